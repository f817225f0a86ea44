"""A whole session on a shared PC leaves nothing about what was searched,
read, presented, printed or imported: searches with marker words, cards,
a show, a PDF and a content pack both through the real file dialog, quick
exit, quit. Then every file written under the test profile (home, settings,
cache, app data, temp) is searched for the markers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLineEdit

from equalcity_desktop.cli import content_roots
from equalcity_desktop.library import packs

from ..conftest import CONTENT, LIVENESS_MS
from ..library.test_packs import build_pack
from .conftest import make_window, search_and_wait, when_dialog_opens

QUERIES = ["zqxjasylum", "qqvmarkerxx"]
FOLDERS = ["usbzqxjstick", "pdfqqvfolder"]  # where the pack came from, where the PDF went
OPENED = ["suicidal-thoughts", "gothenburg-module-honour-violence"]


def _answer_file_dialog(folder: Path, name: str):
    """Choose ``folder/name`` in Qt's own file dialog once it is up."""
    return when_dialog_opens(lambda dialog: _choose(dialog, folder, name))


def _choose(dialog: QFileDialog, folder: Path, name: str) -> None:
    dialog.setDirectory(str(folder))
    # Typed as a person would: the dialog lists a folder's files a moment later.
    dialog.findChild(QLineEdit, "fileNameEdit").setText(name)
    dialog.accept()


def _hits(profile: Path) -> list[str]:
    hits = []
    for path in profile.rglob("*"):
        if not path.is_file():
            continue
        parts = path.relative_to(profile).parts
        derived = parts[0] == "cache" or parts[:2] == ("data", "packs")  # the content itself
        words = QUERIES + FOLDERS + ([] if derived else OPENED)
        data = path.read_bytes().lower()
        hits += [f"{path}: {w}" for w in words if w.encode() in data]
    return hits


def test_a_full_session_leaves_no_trace(qtbot, private_profile: Path, tmp_path: Path,
                                        trusted_test_key) -> None:
    other = QSettings(QSettings.Scope.UserScope, "QtProject")
    other.setValue("FileDialog/otherProgram", "kept as it was")
    other.sync()
    usb = tmp_path / FOLDERS[0]
    usb.mkdir()
    archive = build_pack(usb, CONTENT, name="city.zip", word=" zebrafinch")
    out = tmp_path / FOLDERS[1]
    out.mkdir()

    window = make_window(qtbot, private_profile / "cache" / "index")
    window.content.roots_provider = lambda: content_roots(None, None)
    try:
        for marker in QUERIES:
            search_and_wait(qtbot, window, marker)
        window.navigation.open_item(OPENED[0])
        answering = _answer_file_dialog(out, "equalcity.pdf")
        assert window.output.export_pdf()
        del answering
        assert (out / "equalcity.pdf").stat().st_size > 0
        window.navigation.open_item(OPENED[1])
        window.output.present()
        QTest.keyClick(window.output.show_session.audience, "n")
        window.output.show_session.end()

        window.contents.open_packs()
        dialog = window.contents.dialog
        answering = _answer_file_dialog(usb, archive.name)
        dialog.import_button.click()
        del answering
        qtbot.waitUntil(lambda: dialog.worker is None and dialog.install_button.isVisible(),
                        timeout=LIVENESS_MS)
        with qtbot.waitSignal(window.search_service.content_replaced, timeout=LIVENESS_MS):
            dialog.install_button.click()
        assert [p.id for p in packs.list_installed()] == ["city"]
        dialog.close()

        window.privacy.quick_exit()
    finally:
        window.search_service.stop()
    window.close()
    window.settings.sync()
    assert _hits(private_profile) == []
    conf = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    assert "kept as it was" in conf.read_text(encoding="utf-8")
