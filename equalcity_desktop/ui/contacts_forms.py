"""The contacts dialog's two sub-dialogs: one contact's form, and the
preview of an import (what it would add, change and skip)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..library import contacts as contacts_mod
from ..library.contacts import HELPS_WITH, Contact
from ..library.contacts import io as contacts_io
from .labels import country_label, topic_label

IdRole = Qt.ItemDataRole.UserRole + 1
PREVIEW_ROWS = 1_000  # rows listed in the import preview; the counts cover all


class ContactEditor(QDialog):
    """One contact's form. Signals: ``saved(Contact)`` when the form is valid
    and accepted."""

    saved = Signal(object)

    def __init__(self, contact: Contact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactEditor")
        self._contact = contact
        replacing = bool(contact.overrides)
        self.setWindowTitle(self.tr("Replace a bundled contact") if replacing
                            else self.tr("Contact"))
        form = QFormLayout()
        self.organisation = self._line(contact.organisation, self.tr("Organisation"))
        form.addRow(self.tr("&Organisation:"), self.organisation)
        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Helps with"))
        for topic in HELPS_WITH:
            row = QListWidgetItem(topic_label(topic), self.topics)
            row.setData(IdRole, topic)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if topic in contact.helps_with
                              else Qt.CheckState.Unchecked)
        self.topics.setMaximumHeight(150)
        form.addRow(self.tr("&Helps with:"), self.topics)
        self.phone = self._line(contact.phone, self.tr("Phone"))
        form.addRow(self.tr("&Phone:"), self.phone)
        self.website = self._line(contact.website, self.tr("Website (shown as text)"))
        form.addRow(self.tr("&Website:"), self.website)
        self.address = self._text(contact.address, self.tr("Address"), 54)
        form.addRow(self.tr("A&ddress:"), self.address)
        self.hours = self._line(contact.opening_hours, self.tr("Opening hours"))
        form.addRow(self.tr("Opening ho&urs:"), self.hours)
        self.languages = self._line(", ".join(contact.languages),
                                    self.tr("Languages spoken, separated by commas"))
        form.addRow(self.tr("&Languages spoken:"), self.languages)
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        codes = ["", "be", "lu", "it", "se", "eu"]
        if contact.country and contact.country not in codes:
            codes.append(contact.country)
        for code in codes:
            self.country.addItem(country_label(code), code)
        self.country.setCurrentIndex(codes.index(contact.country))
        form.addRow(self.tr("&Country:"), self.country)
        self.checked = QDateEdit()
        self.checked.setAccessibleName(self.tr("Last checked"))
        self.checked.lineEdit().setAccessibleName(self.tr("Last checked"))
        self.checked.setDisplayFormat("yyyy-MM-dd")
        self.checked.setCalendarPopup(True)
        self.checked.setMaximumDate(QDate.currentDate())
        when = (dt.date.fromisoformat(contact.last_checked) if contact.last_checked
                else dt.date.today())
        self.checked.setDate(QDate(when.year, when.month, when.day))
        form.addRow(self.tr("Last chec&ked:"), self.checked)
        self.notes = self._text(contact.notes, self.tr("Notes"), 90)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.problem = QLabel()
        self.problem.setObjectName("contactProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        note = QLabel(self.tr("Write in your own words, in one language: the entry is shown as "
                              "written whatever content language is chosen."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _line(self, value: str, name: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setAccessibleName(name)
        return edit

    def _text(self, value: str, name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(height)
        return edit

    def contact(self) -> Contact:
        topics = tuple(self.topics.item(i).data(IdRole) for i in range(self.topics.count())
                       if self.topics.item(i).checkState() == Qt.CheckState.Checked)
        languages = tuple(p.strip() for p in self.languages.text().replace(";", ",").split(",")
                          if p.strip())
        return Contact(
            id=self._contact.id, organisation=" ".join(self.organisation.text().split()),
            helps_with=topics, languages=languages, address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(), opening_hours=self.hours.text().strip(),
            website=self.website.text().strip(), notes=self.notes.toPlainText().strip(),
            country=self.country.currentData(),
            last_checked=self.checked.date().toString("yyyy-MM-dd"),
            overrides=self._contact.overrides)

    def problem_text(self, contact: Contact) -> str | None:
        """The first thing to fix, in the interface language."""
        if not contact.organisation:
            return self.tr("Give the organisation's name.")
        if not contact.helps_with:
            return self.tr("Tick at least one thing it helps with.")
        if not (contact.phone or contact.website or contact.address):
            return self.tr("Give a phone number, a website or an address.")
        if contact.phone and not contacts_mod.PHONE_RE.match(contact.phone):
            return self.tr("The phone number may hold only digits, spaces, + ( ) . / and -.")
        if any(c.isspace() for c in contact.website):
            return self.tr("The website must be one address without spaces.")
        found = contacts_mod.problems(contact)
        return found[0] if found else None

    def _on_save(self) -> None:
        contact = self.contact()
        problem = self.problem_text(contact)
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            return
        self.saved.emit(contact)
        self.accept()


class ImportPreviewDialog(QDialog):
    """What an import would add, change and skip. Accepting it imports."""

    def __init__(self, plan: contacts_io.ImportPreview, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import contacts"))
        self.plan = plan
        summary = QLabel(self.tr("%1: %2 to add, %3 to change, %4 skipped. Nothing is written "
                                 "until you choose Import.")
                         .replace("%1", file_name).replace("%2", str(len(plan.added)))
                         .replace("%3", str(len(plan.changed)))
                         .replace("%4", str(len(plan.skipped))))
        summary.setWordWrap(True)
        summary.setObjectName("importSummary")
        self.summary = summary
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("importRows")
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("What happens"),
                                              self.tr("Organisation and reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        rows = ([(p.line, self.tr("Add"), p.contact.organisation) for p in plan.added]
                + [(p.line, self.tr("Change"), f"{p.contact.organisation}: "
                    + ", ".join(p.changes).replace("_", " ")) for p in plan.changed]
                + [(s.line, self.tr("Skip"), f"{s.organisation}: {s.reason}" if s.organisation
                    else s.reason) for s in plan.skipped])
        rows.sort(key=lambda r: r[0])
        shown = rows[:PREVIEW_ROWS]
        self.table.setRowCount(len(shown))
        for n, (line, what, text) in enumerate(shown):
            for column, value in enumerate((str(line), what, text)):
                self.table.setItem(n, column, QTableWidgetItem(value))
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if plan.ignored_columns:
            ignored = QLabel(self.tr("Columns not used: %1").replace(
                "%1", ", ".join(plan.ignored_columns)))
            ignored.setWordWrap(True)
            layout.addWidget(ignored)
        layout.addWidget(self.table)
        if len(rows) > PREVIEW_ROWS:
            layout.addWidget(QLabel(self.tr("The first %1 lines are listed.").replace(
                "%1", str(PREVIEW_ROWS))))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(plan.writes > 0)
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 420)
