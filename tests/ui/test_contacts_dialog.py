"""The contacts dialog: list and filter, add, edit, hide, replace, delete,
import with a preview, export; every change reaches search at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from equalcity_desktop.app import create_app
from equalcity_desktop.library.contacts import Contact
from equalcity_desktop.ui.contacts_dialog import ContactsDialog

from .conftest import when_dialog_opens

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit)


@pytest.fixture
def dialog(qtbot, service) -> ContactsDialog:
    create_app()
    d = ContactsDialog(service, "en")
    qtbot.addWidget(d)
    d.show()
    return d


def row_of(dialog: ContactsDialog, item_id: str):
    for i in range(dialog.list.topLevelItemCount()):
        row = dialog.list.topLevelItem(i)
        if row.data(0, Qt.ItemDataRole.UserRole + 1) == item_id:
            return row
    return None


def unnamed(widget: QWidget) -> list[str]:
    def name(w) -> str:
        interface = QAccessible.queryAccessibleInterface(w)
        return (interface.text(QAccessible.Text.Name) if interface else "") or ""
    return [f"{type(w).__name__}#{w.objectName()}" for w in widget.findChildren(QWidget)
            if isinstance(w, INTERACTIVE) and w.isVisible() and not name(w).strip()]


def fill(editor, name: str, phone: str = "02 123 45 67", topics=("violence",)) -> None:
    editor.organisation.setText(name)
    editor.phone.setText(phone)
    for i in range(editor.topics.count()):
        row = editor.topics.item(i)
        if row.data(Qt.ItemDataRole.UserRole + 1) in topics:
            row.setCheckState(Qt.CheckState.Checked)


def save(editor) -> None:
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_lists_the_bundled_contacts_and_filters_them(dialog: ContactsDialog, service) -> None:
    assert len(dialog.visible_ids()) == len(service.library.of_kind("contact"))
    dialog.filter_box.setText("sos")
    assert set(dialog.visible_ids()) >= {"be-sos-viol", "lu-sos-detresse"}
    assert "eu-emergency-112" not in dialog.visible_ids()
    dialog.filter_box.clear()
    dialog.topic_filter.setCurrentIndex(dialog.topic_filter.findData("lgbtqi"))
    shown = dialog.visible_ids()
    assert shown and all("lgbtqi" in service.item(i).extra["helps_with"] for i in shown)


def test_add_a_contact_and_find_it_at_once(dialog: ContactsDialog, service, qtbot) -> None:
    dialog.add_button.click()
    editor = dialog.editor
    assert editor is not None and editor.isVisible()
    fill(editor, "Maison Zéphyrine")
    editor.notes.setPlainText("Walk-in on Tuesday mornings.")
    with qtbot.waitSignal(dialog.contacts_changed):
        save(editor)
    assert not editor.isVisible()
    new_id = dialog.selected_id()
    assert new_id == "local-maison-zephyrine"
    assert row_of(dialog, new_id).text(1) == "This office"
    assert service.search("zephyrine")[0].id == new_id
    assert "Walk-in on Tuesday" in service.page_html(new_id, "pt")


def test_a_bad_form_says_why_and_saves_nothing(dialog: ContactsDialog, service, qtbot) -> None:
    editor = dialog.add_contact()
    editor.phone.setText("02 123")
    save(editor)
    assert editor.isVisible() and editor.problem.isVisible()
    assert "name" in editor.problem.text()
    editor.organisation.setText("Somewhere")
    save(editor)
    assert "at least one" in editor.problem.text()
    fill(editor, "Somewhere", phone="call us")
    save(editor)
    assert "digits" in editor.problem.text()
    editor.reject()
    assert service.contact_store().rows() == []


def test_edit_a_local_contact(dialog: ContactsDialog, service, qtbot) -> None:
    service.contact_store().save(Contact(id="local-a", organisation="Alpha", phone="1",
                                         helps_with=("legal",), last_checked="2026-01-01"))
    dialog.refresh()
    dialog.select("local-a")
    assert dialog.edit_button.text() == "&Edit…" and dialog.remove_button.text() == "&Delete…"
    editor = dialog.edit_selected()
    assert editor.organisation.text() == "Alpha"
    editor.phone.setText("0800 11 111")
    with qtbot.waitSignal(dialog.contacts_changed):
        save(editor)
    assert [c.phone for c in service.contact_store().rows()] == ["0800 11 111"]


def test_hide_and_show_a_bundled_contact(dialog: ContactsDialog, service, qtbot) -> None:
    dialog.select("be-sos-viol")
    assert dialog.edit_button.text() == "&Replace…" and dialog.remove_button.text() == "&Hide"
    with qtbot.waitSignal(dialog.contacts_changed):
        dialog.remove_button.click()
    assert "be-sos-viol" not in dialog.visible_ids()
    assert "be-sos-viol" not in [r.id for r in service.search("sos viol")]
    dialog.show_hidden.setChecked(True)
    dialog.select("be-sos-viol")
    assert "(hidden)" in dialog.list.currentItem().text(0)
    assert dialog.remove_button.text() == "&Show again"
    with qtbot.waitSignal(dialog.contacts_changed):
        dialog.remove_button.click()
    assert "be-sos-viol" in [r.id for r in service.search("sos viol")]
    assert service.contact_store().hidden() == set()


def test_replace_a_bundled_contact_then_go_back(dialog: ContactsDialog, service, qtbot) -> None:
    dialog.select("be-sos-viol")
    editor = dialog.edit_selected()
    assert editor.organisation.text() == "SOS Viol" and editor.phone.text() == "0800 98 100"
    editor.organisation.setText("SOS Viol – our antenna")
    with qtbot.waitSignal(dialog.contacts_changed):
        save(editor)
    assert "replaces a bundled contact" in row_of(dialog, "be-sos-viol").text(0)
    assert service.item("be-sos-viol").title("fr") == "SOS Viol – our antenna"
    dialog.select("be-sos-viol")
    dialog.remove_button.click()
    assert dialog.confirm is not None and dialog.confirm.isVisible()
    with qtbot.waitSignal(dialog.contacts_changed):
        dialog.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert service.item("be-sos-viol").title("en") == "SOS Viol"


def test_delete_asks_first(dialog: ContactsDialog, service, qtbot) -> None:
    service.contact_store().save(Contact(id="local-a", organisation="Alpha", phone="1",
                                         helps_with=("legal",)))
    dialog.refresh()
    dialog.select("local-a")
    dialog.remove_button.click()
    dialog.confirm.button(QMessageBox.StandardButton.No).click()
    assert service.contact_store().rows()
    dialog.remove_button.click()
    with qtbot.waitSignal(dialog.contacts_changed):
        dialog.confirm.button(QMessageBox.StandardButton.Yes).click()
    assert service.contact_store().rows() == []
    assert row_of(dialog, "local-a") is None


def test_an_old_entry_is_marked_check_this(dialog: ContactsDialog, service) -> None:
    service.contact_store().save(Contact(id="local-old", organisation="Old", phone="1",
                                         helps_with=("legal",), last_checked="2020-01-01"))
    dialog.refresh()
    assert row_of(dialog, "local-old").text(4) == "2020-01-01 – check this"
    # A bundled entry ages with its source: SOS Viol's is a 2022 article (old for good);
    # the date shown is the day the source was read.
    assert row_of(dialog, "be-sos-viol").text(4) == "2026-12-07 – check this"
    assert row_of(dialog, "be-ecoute-violences-conjugales").text(4).startswith("2026-12-07")


def test_import_shows_a_preview_then_writes(dialog: ContactsDialog, service, qtbot,
                                            tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("organisation,helps_with,phone\nAlpha,violence,1\nBeta,cooking,2\n",
                    encoding="utf-8")
    preview = dialog.import_from(path)
    assert preview is not None and preview.isVisible()
    assert "1 to add, 0 to change, 1 skipped" in preview.summary.text()
    assert preview.table.rowCount() == 2
    assert "Unknown topic 'cooking'" in preview.table.item(1, 2).text()
    assert service.contact_store().rows() == []  # nothing yet
    assert unnamed(preview) == []
    with qtbot.waitSignal(dialog.contacts_changed):
        preview.import_button.click()
    assert [c.organisation for c in service.contact_store().rows()] == ["Alpha"]
    assert "Contacts added: 1;" in dialog.message.text()
    assert service.search("alpha", kinds=("contact",))[0].title == "Alpha"


def test_a_bad_file_is_one_sentence_and_changes_nothing(dialog: ContactsDialog, service,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("organisation,helps_with,phone\nMédecins,health,1\n".encode("latin-1"))
    assert dialog.import_from(path) is None
    assert dialog.message.isVisible() and "not UTF-8" in dialog.message.text()
    assert not service.contact_store().path.exists()


def test_export_writes_the_office_rows(dialog: ContactsDialog, service, tmp_path: Path) -> None:
    assert not dialog.export_to(tmp_path / "none.csv")
    assert "no contacts of this office" in dialog.message.text()
    service.contact_store().save(Contact(id="local-a", organisation="Alpha", phone="1",
                                         helps_with=("legal",)))
    assert dialog.export_to(tmp_path / "out.json")
    assert '"organisation": "Alpha"' in (tmp_path / "out.json").read_text(encoding="utf-8")
    assert not dialog.export_to(tmp_path / "missing-folder" / "out.csv")
    assert "could not be written" in dialog.message.text()


def test_a_damaged_file_is_said_and_editing_is_off(qtbot, service) -> None:
    path = service.contact_store().path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"garbage" * 100)
    create_app()
    d = ContactsDialog(service, "en")
    qtbot.addWidget(d)
    d.show()
    assert "damaged" in d.message.text() and not d.add_button.isEnabled()
    assert len(d.visible_ids()) == len(service.library.of_kind("contact"))


def test_every_widget_has_a_name(dialog: ContactsDialog) -> None:
    assert unnamed(dialog) == []
    editor = dialog.add_contact()
    assert unnamed(editor) == []
    editor.reject()


def test_import_through_the_real_dialog_leaves_no_trace(dialog: ContactsDialog, service, qtbot,
                                                        private_profile: Path,
                                                        tmp_path: Path) -> None:
    other = QSettings(QSettings.Scope.UserScope, "QtProject")
    other.setValue("FileDialog/otherProgram", "kept as it was")
    other.sync()
    conf = Path(other.fileName())
    folder = tmp_path / "usb-stick-qzxvfolder"
    folder.mkdir()
    (folder / "list.csv").write_text("organisation,helps_with,phone\nAlpha,violence,1\n",
                                     encoding="utf-8")

    def answer(chooser: QFileDialog) -> None:
        # The file name box, as a person types it (selectFile() races the
        # dialog's directory listing and reports "File not found").
        chooser.findChild(QLineEdit, "fileNameEdit").setText(str(folder / "list.csv"))
        chooser.accept()

    answering = when_dialog_opens(answer)
    dialog.ask_import()
    del answering
    assert dialog.preview is not None and "1 to add" in dialog.preview.summary.text()
    dialog.preview.reject()
    text = conf.read_text(encoding="utf-8")
    assert "qzxvfolder" not in text and "kept as it was" in text


def test_the_navigation_lists_the_contacts_in_effect(qtbot, service) -> None:
    from equalcity_desktop.ui.nav_pane import NavPane

    create_app()
    store = service.contact_store()
    store.save(Contact(id="local-old", organisation="Old Friends", phone="1",
                       helps_with=("legal",), last_checked="2020-01-01"))
    store.hide("be-sos-viol")
    nav = NavPane()
    qtbot.addWidget(nav)
    nav.set_library(service.library, "en")
    nav.set_contacts(service.contacts("en"))
    top = {nav.topLevelItem(i).text(0): nav.topLevelItem(i)
           for i in range(nav.topLevelItemCount())}
    groups = {top["Contacts"].child(i).text(0): top["Contacts"].child(i)
              for i in range(top["Contacts"].childCount())}
    assert list(groups)[0] == "This office"
    assert groups["This office"].child(0).text(0) == "Old Friends (check this)"
    belgium = [groups["Belgium"].child(i).text(0) for i in range(groups["Belgium"].childCount())]
    assert "SOS Viol" not in belgium and "1712" in belgium
