"""The office's contacts: list, filter, add, edit, hide, import and export.

Every change is written at once to the contacts file that all colleagues on
this PC share (library/contacts/); the dialog then emits
``contacts_changed`` so the window can redraw its list and search again.
Sub-dialogs open window-modal without blocking (``open()``), and problems
are shown in a line inside the dialog rather than in a blocking box, so the
keyboard never lands in a stack of message boxes.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..library import contacts as contacts_mod
from ..library.contacts import HELPS_WITH, Contact, ContactsError
from ..library.contacts import io as contacts_io
from ..library.model import Item
from ..library.paths import os_error_text
from ..library.service import ContentService
from . import file_dialogs
from .contacts_forms import PREVIEW_ROWS, ContactEditor, IdRole, ImportPreviewDialog
from .labels import country_label, topic_label

__all__ = ["PREVIEW_ROWS", "ContactEditor", "ContactsDialog", "ImportPreviewDialog"]


class ContactsDialog(QDialog):
    """The directory editor. Signals: ``contacts_changed()`` after every
    change written to the contacts file."""

    contacts_changed = Signal()

    def __init__(self, content: ContentService, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsDialog")
        self.content, self.lang = content, lang
        self.store = content.contact_store()
        self.editor: ContactEditor | None = None
        self.preview: ImportPreviewDialog | None = None
        self.confirm: QMessageBox | None = None
        self.setWindowTitle(self.tr("Contacts"))

        intro = QLabel(self.tr("Everyone who uses this PC sees these contacts. Your own entries "
                               "are shown as you wrote them in every content language. The "
                               "bundled contacts can be hidden or replaced, not changed."))
        intro.setWordWrap(True)
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("contactsFilter")
        self.filter_box.setPlaceholderText(self.tr("Filter by name, phone or notes"))
        self.filter_box.setAccessibleName(self.tr("Filter contacts"))
        self.filter_box.setClearButtonEnabled(True)
        self.topic_filter = QComboBox()
        self.topic_filter.setObjectName("contactsTopic")
        self.topic_filter.setAccessibleName(self.tr("Helps with"))
        self.topic_filter.addItem(self.tr("Helps with anything"), "")
        for topic in HELPS_WITH:
            self.topic_filter.addItem(topic_label(topic), topic)
        self.show_hidden = QCheckBox(self.tr("Show hidden &bundled contacts"))
        self.show_hidden.setAccessibleName(self.tr("Show hidden bundled contacts"))
        filters = QHBoxLayout()
        filters.addWidget(self.filter_box, 3)
        filters.addWidget(self.topic_filter, 2)
        filters.addWidget(self.show_hidden)

        self.list = QTreeWidget()
        self.list.setObjectName("contactsList")
        self.list.setAccessibleName(self.tr("Contacts"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels([self.tr("Organisation"), self.tr("Where"),
                                   self.tr("Helps with"), self.tr("Phone or website"),
                                   self.tr("Last checked")])
        header = self.list.header()
        header.setAccessibleName(self.tr("Columns"))
        header.setStretchLastSection(False)
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        self.message = QLabel()
        self.message.setObjectName("contactsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.add_button = self._button(self.tr("&Add…"), self.add_contact)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_selected)
        self.remove_button = self._button(self.tr("&Delete…"), self.remove_selected)
        self.import_button = self._button(self.tr("&Import…"), self.ask_import)
        self.export_button = self._button(self.tr("E&xport…"), self.ask_export)
        self.close_button = self._button(self.tr("Close"), self.accept)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.filter_box.textChanged.connect(self._apply_filter)
        self.topic_filter.currentIndexChanged.connect(self._apply_filter)
        self.show_hidden.toggled.connect(self.refresh)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda *_: self.edit_selected())
        self.resize(900, 560)
        self.refresh()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- the list
    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.refresh()

    def refresh(self) -> None:
        """Read the file again (a colleague may have changed it) and redraw."""
        current = self.selected_id()
        directory = self.content.directory()
        self.list.clear()
        rows: list[tuple[Item, str]] = [(i, "") for i in self.content.contacts(self.lang)]
        if self.show_hidden.isChecked():
            rows += [(i, "hidden") for i in self.content.library.of_kind("contact")
                     if i.id in directory.hidden]
        for item, state in rows:
            self.list.addTopLevelItem(self._row(item, state))
        self._apply_filter()
        if directory.error:
            self._say(directory.error)
        for button in (self.add_button, self.import_button):
            button.setEnabled(directory.error is None)
        self.select(current)

    def _row(self, item: Item, state: str) -> QTreeWidgetItem:
        extra = item.extra
        origin = extra.get("origin", "bundled")
        title = item.title(self.lang)
        if state == "hidden":
            title = self.tr("%1 (hidden)").replace("%1", title)
        elif origin == "override":
            title = self.tr("%1 (replaces a bundled contact)").replace("%1", title)
        checked = str(extra.get("last_checked") or self.tr("never"))
        if extra.get("stale") and state != "hidden":
            checked = self.tr("%1 – check this").replace("%1", checked)
        row = QTreeWidgetItem([title, country_label(str(extra.get("country", ""))),
                               ", ".join(topic_label(t) for t in extra.get("helps_with", ())),
                               str(extra.get("phone") or extra.get("website") or ""), checked])
        row.setData(0, IdRole, item.id)
        row.setData(1, IdRole, state or origin)
        row.setData(2, IdRole, " ".join((title, str(extra.get("phone", "")),
                                         str(extra.get("website", "")), str(extra.get("notes", "")),
                                         item.variant(self.lang).summary)).casefold())
        row.setData(3, IdRole, list(extra.get("helps_with", ())))
        if extra.get("stale") and state != "hidden":
            font = QFont(row.font(4))
            font.setBold(True)
            row.setFont(4, font)
        row.setToolTip(0, title)
        return row

    def _apply_filter(self) -> None:
        words = self.filter_box.text().casefold().split()
        topic = self.topic_filter.currentData()
        for i in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(i)
            text = row.data(2, IdRole)
            row.setHidden(not (all(w in text for w in words)
                               and (not topic or topic in row.data(3, IdRole))))
        self._update_buttons()

    def visible_ids(self) -> list[str]:
        return [self.list.topLevelItem(i).data(0, IdRole)
                for i in range(self.list.topLevelItemCount())
                if not self.list.topLevelItem(i).isHidden()]

    def selected_id(self) -> str | None:
        row = self.list.currentItem()
        return row.data(0, IdRole) if row is not None and not row.isHidden() else None

    def _selected_state(self) -> str | None:
        row = self.list.currentItem()
        return row.data(1, IdRole) if row is not None and not row.isHidden() else None

    def select(self, item_id: str | None) -> None:
        for i in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(i)
            if item_id and row.data(0, IdRole) == item_id and not row.isHidden():
                self.list.setCurrentItem(row)
                return
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        state = self._selected_state()
        writable = self.content.directory().error is None
        labels = {"local": (self.tr("&Edit…"), self.tr("&Delete…")),
                  "override": (self.tr("&Edit…"), self.tr("&Delete…")),
                  "bundled": (self.tr("&Replace…"), self.tr("&Hide")),
                  "hidden": (self.tr("&Edit…"), self.tr("&Show again"))}
        edit, remove = labels.get(state or "local")
        for button, text in ((self.edit_button, edit), (self.remove_button, remove)):
            button.setText(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self.edit_button.setEnabled(writable and state in ("local", "override", "bundled"))
        self.remove_button.setEnabled(writable and state is not None)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- changes
    def _write(self, action, *args) -> bool:
        try:
            action(*args)
        except ContactsError as exc:
            self._say(str(exc))
            return False
        self._say("")
        self.refresh()
        self.contacts_changed.emit()
        return True

    def _open_editor(self, contact: Contact) -> ContactEditor:
        self.editor = ContactEditor(contact, self)
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.open()
        return self.editor

    def _on_editor_saved(self, contact: Contact) -> None:
        if not contact.id:  # a new one: named after the organisation
            taken = {c.id for c in self.store.rows()} | set(self.content.library.items)
            contact = replace(contact, id=contacts_mod.new_id(contact.organisation, taken))
        if self._write(self.store.save, contact):
            self.select(contact.overrides or contact.id)

    def add_contact(self) -> ContactEditor:
        return self._open_editor(Contact(id="", organisation=""))

    def edit_selected(self) -> ContactEditor | None:
        item_id, state = self.selected_id(), self._selected_state()
        if item_id is None or state not in ("local", "override", "bundled"):
            return None
        item = self.content.item(item_id)
        if item is None:
            return None
        if state == "bundled":  # a local copy that takes its place
            taken = {c.id for c in self.store.rows()} | set(self.content.library.items)
            extra = item.extra
            return self._open_editor(Contact(
                id=contacts_mod.new_id(item.title(self.lang), taken),
                organisation=item.title(self.lang), helps_with=tuple(extra["helps_with"]),
                languages=tuple(extra.get("languages", ())), phone=extra.get("phone", ""),
                website=extra.get("website", ""), notes=item.variant(self.lang).summary,
                country=extra.get("country", ""), last_checked=extra.get("last_checked", ""),
                overrides=item.id))
        row = next(c for c in self.store.rows() if c.id == item.extra["row_id"])
        return self._open_editor(row)

    def remove_selected(self) -> None:
        item_id, state = self.selected_id(), self._selected_state()
        if item_id is None:
            return
        if state == "bundled":
            self._write(self.store.hide, item_id)
            return
        if state == "hidden":
            self._write(self.store.unhide, item_id)
            self.select(item_id)
            return
        item = self.content.item(item_id)
        if item is None:
            return
        question = (self.tr("Delete your version of “%1”? The bundled contact comes back.")
                    if state == "override" else
                    self.tr("Delete “%1” for everyone on this PC?")).replace(
                        "%1", item.title(self.lang))
        self.confirm = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete contact"),
                                   question, QMessageBox.StandardButton.Yes
                                   | QMessageBox.StandardButton.No, self)
        self.confirm.setDefaultButton(QMessageBox.StandardButton.No)
        row_id = item.extra["row_id"]
        self.confirm.accepted.connect(lambda: self._write(self.store.delete, row_id))
        self.confirm.open()

    # -- import and export
    def ask_import(self) -> None:
        chosen = file_dialogs.ask_open_path(self, self.tr("Import contacts"),
                                            self.tr("Contacts (*.csv *.json)"))
        if chosen:
            self.import_from(chosen)

    def import_from(self, path: Path) -> ImportPreviewDialog | None:
        """Read the file and show what importing it would do (nothing written yet)."""
        library = self.content.library
        bundled = {i.id for i in library.of_kind("contact")}
        try:
            plan = contacts_io.preview(path, self.store, bundled, set(library.items) - bundled)
        except (contacts_io.ImportFailed, ContactsError) as exc:
            self._say(str(exc))
            return None
        except Exception as exc:  # noqa: BLE001 - a file must never end in a traceback
            self._say(contacts_io.unexpected(exc))
            return None
        self._say("")
        self.preview = ImportPreviewDialog(plan, Path(path).name, self)
        self.preview.accepted.connect(lambda: self._apply_import(plan))
        self.preview.open()
        return self.preview

    def _apply_import(self, plan: contacts_io.ImportPreview) -> None:
        if self._write(contacts_io.apply, self.store, plan):
            self._say(self.tr("Contacts added: %1; changed: %2.").replace(
                "%1", str(len(plan.added))).replace("%2", str(len(plan.changed))))

    def ask_export(self) -> None:
        with file_dialogs.no_history():
            chosen, chosen_filter = QFileDialog.getSaveFileName(
                self, self.tr("Export contacts"), str(file_dialogs.documents() / "contacts.csv"),
                self.tr("CSV for spreadsheets (*.csv);;JSON (*.json)"))
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() not in (".csv", ".json"):
                path = path.with_suffix(".json" if "json" in chosen_filter.lower() else ".csv")
            self.export_to(path)

    def export_to(self, path: Path) -> bool:
        """Write the office's own rows (the bundled ones come with every copy)."""
        try:
            rows = self.store.rows()
            if not rows:
                self._say(self.tr("There are no contacts of this office to export yet."))
                return False
            contacts_io.export(path, rows)
        except (contacts_io.ExportFailed, ContactsError) as exc:
            self._say(str(exc))
            return False
        except OSError as exc:
            self._say(self.tr("The file could not be written: %1").replace(
                "%1", os_error_text(exc)))
            return False
        self._say(self.tr("Contacts exported to %2: %1.").replace("%1", str(len(rows)))
                  .replace("%2", Path(path).name))
        return True
