"""The Content packs dialog: list, import with a summary first, downgrade only
on an explicit click, failures in one sentence, remove, names for screen
readers, and a window that keeps answering while a 5 MB pack is checked."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QFileDialog, QWidget

from equalcity_desktop.app import create_app
from equalcity_desktop.library import packs
from equalcity_desktop.library.languages import LANGS
from equalcity_desktop.ui import packs_dialog
from equalcity_desktop.ui.packs_dialog import PacksDialog

from ..conftest import LIVENESS_MS, make_content
from ..library.pack_helpers import TEST_KEY, sign
from ..library.test_pack_bad_input import make_zip, manifest_for
from ..library.test_packs import leftovers, pack_card, pack_source, state


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("dialog-packs")
    content = make_content(base / "content")
    out = {"content": content}
    for version, cards in (("1.0", 2), ("1.1", 3)):
        src = pack_source(base / f"src-{version}", version=version, cards=cards)
        out[version] = base / f"city-{version}.zip"
        packs.build(src, out[version], folder=base / "none", bundled=content, key=TEST_KEY)
    return out


@pytest.fixture(autouse=True)
def _trusted(trusted_test_key) -> None:
    """This PC trusts the key the test packs are signed with (trust itself is
    tests/ui/test_packs_trust.py's subject)."""


@pytest.fixture
def dialog(qtbot, built) -> PacksDialog:
    create_app()
    d = PacksDialog(bundled=built["content"])
    qtbot.addWidget(d)
    d.show()
    return d


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface else "") or ""


def _unnamed(d: PacksDialog) -> list[str]:
    return [f"{type(w).__name__}#{w.objectName()}" for w in d.findChildren(QWidget)
            if isinstance(w, QAbstractButton | QAbstractItemView) and w.isVisible()
            and not _name(w).strip()]


def _import(qtbot, d: PacksDialog, archive: Path) -> None:
    d.import_file(archive)
    qtbot.waitUntil(lambda: d.worker is None, timeout=LIVENESS_MS)


def test_import_shows_the_summary_first_then_installs(qtbot, dialog, built,
                                                      private_profile: Path) -> None:
    assert dialog.table.topLevelItemCount() == 0
    _import(qtbot, dialog, built["1.0"])
    assert dialog.confirm_box.isVisible()
    assert packs.list_installed() == []  # nothing yet: the summary comes first
    summary = dialog.summary.text()
    assert "“City pack”, version 1.0" in summary
    assert "Languages: EN, NL, FR, PT" in summary
    assert "Contains: situation cards (2)" in summary
    assert not dialog.import_button.isEnabled()
    assert _unnamed(dialog) == []
    with qtbot.waitSignal(dialog.packs_changed, timeout=5_000):
        dialog.install_button.click()
    assert [p.version for p in packs.list_installed()] == ["1.0"]
    row = dialog.table.topLevelItem(0)
    assert [row.text(i) for i in range(4)] == ["City pack", "1.0", "EN, NL, FR, PT", "8"]
    assert "Installed “City pack”, version 1.0." == dialog.status.text()
    assert leftovers(private_profile) == []

    _import(qtbot, dialog, built["1.1"])  # an update says what it replaces
    assert "Replaces the installed version 1.0." in dialog.summary.text()
    assert dialog.install_button.text() == "Install"


def test_an_older_version_needs_an_explicit_click(qtbot, dialog, built,
                                                  private_profile: Path) -> None:
    packs.install(built["1.1"], bundled=built["content"])
    dialog.refresh()
    before = state(private_profile)
    _import(qtbot, dialog, built["1.0"])
    assert "Version 1.1 is installed, which is newer." in dialog.summary.text()
    assert dialog.install_button.text() == "Replace with the older version"
    dialog.cancel_button.click()
    assert dialog.status.text() == "Nothing was installed."
    assert state(private_profile) == before and leftovers(private_profile) == []

    _import(qtbot, dialog, built["1.0"])
    with qtbot.waitSignal(dialog.packs_changed, timeout=5_000):
        dialog.install_button.click()
    assert [p.version for p in packs.list_installed()] == ["1.0"]


def test_a_bad_pack_is_one_sentence_and_changes_nothing(qtbot, dialog, built, tmp_path: Path,
                                                        private_profile: Path) -> None:
    packs.install(built["1.0"], bundled=built["content"])
    dialog.refresh()
    before = state(private_profile)
    files = {f"cards/city-card-0.{lang}.md": pack_card("city-card-0", lang).encode()
             for lang in LANGS}
    bad = make_zip(tmp_path / "bad.zip", files, extra={"../evil.md": b"x"})
    with qtbot.assertNotEmitted(dialog.packs_changed):
        _import(qtbot, dialog, bad)
    assert dialog.status.text() == ("The pack was not installed: '../evil.md' climbs out of "
                                    "the pack with '..'.")
    assert not dialog.confirm_box.isVisible()
    assert dialog.import_button.isEnabled()
    assert state(private_profile) == before and leftovers(private_profile) == []


def test_remove_asks_then_removes(qtbot, dialog, built, private_profile: Path) -> None:
    packs.install(built["1.0"], bundled=built["content"])
    dialog.refresh()
    assert not dialog.remove_button.isEnabled()
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    dialog.remove_button.click()
    assert "Remove “City pack”?" in dialog.status.text()
    assert dialog.confirm_remove_button.isVisible()
    assert _unnamed(dialog) == []
    assert packs.list_installed() != []
    with qtbot.waitSignal(dialog.packs_changed, timeout=5_000):
        dialog.confirm_remove_button.click()
    assert packs.list_installed() == []
    assert dialog.table.topLevelItemCount() == 0
    assert dialog.status.text() == "The pack was removed."


def test_closing_mid_import_installs_nothing_and_leaves_nothing(qtbot, dialog, built,
                                                                private_profile: Path) -> None:
    dialog.import_file(built["1.0"])
    dialog.reject()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=LIVENESS_MS)
    # The abandoned thread discards its work folder itself: wait for that, not for a time.
    qtbot.waitUntil(lambda: leftovers(private_profile) == [], timeout=LIVENESS_MS)
    assert packs.list_installed() == []


def test_the_file_dialog_leaves_no_history(qtbot, dialog, built, monkeypatch) -> None:
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.setValue("FileDialog/history", ["/somewhere/else"])
    qt.setValue("Other/key", "kept")
    qt.sync()

    def fake_open(parent, title, start, name_filter):
        # What Qt's own dialog does when it closes.
        s = QSettings(QSettings.Scope.UserScope, "QtProject")
        s.setValue("FileDialog/history", [str(built["1.0"].parent)])
        s.setValue("FileDialog/lastVisited", str(built["1.0"].parent))
        s.sync()
        return str(built["1.0"]), name_filter

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=LIVENESS_MS)
    assert dialog.confirm_box.isVisible()
    after = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert after.value("FileDialog/history") == ["/somewhere/else"]
    assert after.value("FileDialog/lastVisited") is None
    assert after.value("Other/key") == "kept"
    conf = Path(after.fileName()).read_text(encoding="utf-8")
    assert str(built["1.0"].parent) not in conf


def test_the_window_keeps_answering_while_a_5mb_pack_is_checked(
        qtbot, dialog, tmp_path: Path, private_profile: Path, monkeypatch) -> None:
    """The check of a 5 MB pack is held inside its thread until the window has shown, by its
    own timer, that it kept answering; then the check completes as usual."""
    files: dict[str, bytes] = {}
    n = 0
    while sum(map(len, files.values())) < 5 * 1024 * 1024:
        for lang in LANGS:
            files[f"cards/big-{n}.{lang}.md"] = pack_card(f"big-{n}", lang).encode()
        n += 1
    archive = sign(make_zip(tmp_path / "big.zip", files, manifest=manifest_for(files, id="big")))
    gate, entered = threading.Event(), threading.Event()
    real_prepare = packs.prepare

    def held_prepare(*args, **kwargs):
        entered.set()
        gate.wait(timeout=LIVENESS_MS / 1000)
        return real_prepare(*args, **kwargs)

    monkeypatch.setattr(packs, "prepare", held_prepare)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    try:
        dialog.import_file(archive)
        qtbot.waitUntil(lambda: entered.is_set() and len(ticks) >= 5, timeout=LIVENESS_MS)
        assert dialog.worker is not None and not gate.is_set()  # answering mid-check
    finally:
        gate.set()
        timer.stop()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=LIVENESS_MS)
    assert dialog.confirm_box.isVisible(), dialog.status.text()
    assert f"Contains: situation cards ({n})" in dialog.summary.text()
    dialog.install_button.click()
    assert [p.id for p in packs.list_installed()] == ["big"]


def test_every_string_goes_through_tr() -> None:
    source = Path(packs_dialog.__file__).read_text(encoding="utf-8")
    assert re.findall(r'(?:Text|Title|(?<!Object)Name|Labels)\(\[?"[A-Za-z]', source) == []
