"""Trainer mode driven with real key presses: slides, blanks, jumps, timer,
overview, key list, notes in another language, one screen and two."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from equalcity_desktop.library.languages import LANGS
from equalcity_desktop.library.presentation import OVER, SOON, PaceClock, build_deck
from equalcity_desktop.library.service import ContentService
from equalcity_desktop.ui.show import keymap
from equalcity_desktop.ui.show.dialogs import KeysDialog, OverviewDialog
from equalcity_desktop.ui.show.show import Show
from equalcity_desktop.ui.show.slide_view import SlideView, solid_colour

from ...conftest import ROOT

MODULE = "rome-module-understanding-children"


class FakeTime:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def show(qapp, qtbot, service: ContentService):
    clock = PaceClock(now=FakeTime())
    s = Show(service.item(MODULE), "en", clock=clock)
    s.start()  # the show owns its windows and deletes them when it ends
    qtbot.waitUntil(s.audience.isVisible)
    yield s
    s.end()


def press(show: Show, key: Qt.Key, text: str = "",
          modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(show.audience, key, modifiers)


def test_no_key_is_bound_twice_and_the_issue_keys_are_there() -> None:
    bound = keymap.bindings()  # raises on a key bound twice
    expected = {
        "next": ["Right", "Down", "PgDown", "Space", "N", "Return", "Enter"],
        "previous": ["Left", "Up", "PgUp", "Backspace", "P", "Shift+Space"],
        "first": ["Home"], "last": ["End"], "black": ["B", "."], "white": ["W", ","],
        "fullscreen": ["F", "F11"], "swap": ["S"], "pause": ["Pause"], "reset": ["R"],
        "overview": ["O"], "keys": ["?", "F1"], "end": ["Esc"],
    }
    for action, keys in expected.items():
        for key in keys:
            assert bound[keymap._normal(key)] == action, key


NEXT_KEYS = [Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space,
             Qt.Key.Key_N, Qt.Key.Key_Return, Qt.Key.Key_Enter]
PREVIOUS_KEYS = [Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace,
                 Qt.Key.Key_P]


def test_every_next_and_previous_key_moves_both_windows(show: Show) -> None:
    c = show.controller
    for key in NEXT_KEYS:
        c.go(2)
        press(show, key)
        assert c.index == 3, key
        assert show.audience.slide._markdown == c.deck.slides[3].markdown
    for key in PREVIOUS_KEYS:
        c.go(2)
        QTest.keyClick(show.console, key)  # keys work from the console too
        assert c.index == 1, key
        assert show.console.current._markdown == c.deck.slides[1].markdown
    c.go(0)
    press(show, Qt.Key.Key_Space)
    press(show, Qt.Key.Key_Space, modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert c.index == 0
    press(show, Qt.Key.Key_End)
    assert c.index == c.count - 1
    assert show.console.current._markdown == show.audience.slide._markdown == c.current.markdown
    press(show, Qt.Key.Key_Right)  # past the end stays on the last slide
    assert c.index == c.count - 1
    press(show, Qt.Key.Key_Home)
    assert c.index == 0


def test_digits_then_enter_jump_to_a_slide(show: Show) -> None:
    QTest.keyClicks(show.audience, "4")
    assert "→ 4" in show.console.position.text()
    press(show, Qt.Key.Key_Return)
    assert show.controller.index == 3
    QTest.keyClicks(show.audience, "99")
    press(show, Qt.Key.Key_Enter)
    assert show.controller.index == show.controller.count - 1  # clamped, no error


def test_clicker_keys(show: Show) -> None:
    # A clicker sends PageDown/PageUp, "." for its blank button, and Esc.
    press(show, Qt.Key.Key_PageDown)
    press(show, Qt.Key.Key_PageDown)
    press(show, Qt.Key.Key_PageUp)
    assert show.controller.index == 1
    QTest.keyClicks(show.audience, ".")
    assert show.controller.blank == "black"
    QTest.keyClicks(show.audience, ".")
    assert show.controller.blank == ""


def test_black_and_white_screens_and_navigation_behind_them(show: Show) -> None:
    show.audience.resize(640, 360)
    press(show, Qt.Key.Key_B)
    assert solid_colour(show.audience.slide) == QColor("#000000")
    press(show, Qt.Key.Key_Right)  # the slides go on behind the blank
    assert show.controller.index == 1
    assert solid_colour(show.audience.slide) == QColor("#000000")
    press(show, Qt.Key.Key_B)
    assert solid_colour(show.audience.slide) is None  # the slide again: text on a background
    assert show.audience.slide._markdown == show.controller.deck.slides[1].markdown
    QTest.keyClicks(show.audience, ",")
    assert solid_colour(show.audience.slide) == QColor("#ffffff")
    press(show, Qt.Key.Key_W)
    assert show.controller.blank == ""


def test_pause_keeps_the_time_and_reset_asks_first(show: Show, qtbot) -> None:
    now = show.controller.clock.now
    now.t += 125
    press(show, Qt.Key.Key_Pause)
    now.t += 600  # a long question round while paused
    show.console.refresh_times()
    assert show.console.elapsed.text().startswith("02:05")
    press(show, Qt.Key.Key_Pause)
    now.t += 5
    show.console.refresh_times()
    assert show.console.elapsed.text().startswith("02:10")

    press(show, Qt.Key.Key_R)
    box = show.dialog
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.No).click()
    assert show.controller.clock.elapsed == pytest.approx(130)
    press(show, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: isinstance(show.dialog, QMessageBox))
    show.dialog.button(QMessageBox.StandardButton.Yes).click()
    assert show.controller.clock.elapsed == 0


def test_pacing_turns_when_a_step_runs_over(show: Show) -> None:
    c = show.controller
    now = c.clock.now
    first = c.deck.steps[0]  # Welcome and ground rules, 10 min
    assert first.minutes == 10
    show.console.refresh_times()
    assert show.console.pace.property("pacing") == ""
    assert "on time" in show.console.pace.text()
    now.t += 8.5 * 60
    show.console.refresh_times()
    assert show.console.pace.property("pacing") == SOON
    now.t += 3 * 60
    show.console.refresh_times()
    assert show.console.pace.property("pacing") == OVER
    assert "over time by 2 min" in show.console.pace.text()
    QTest.keyClicks(show.audience, "]")  # on to the next step: its own clock
    show.console.refresh_times()
    assert c.step == 1
    assert show.console.pace.property("pacing") == ""
    assert show.console.plan.currentRow() == 1
    assert show.console.plan.count() == len(c.deck.steps) == 6


def test_overview_grid_jumps_to_the_chosen_slide(show: Show, qtbot) -> None:
    press(show, Qt.Key.Key_O)
    dialog = show.dialog
    assert isinstance(dialog, OverviewDialog)
    assert dialog.grid.count() == show.controller.count
    dialog.grid.setCurrentRow(4)
    dialog.grid.itemActivated.emit(dialog.grid.item(4))
    assert show.controller.index == 4


def test_key_list_comes_from_the_key_map(show: Show) -> None:
    QTest.keyClicks(show.audience, "?")
    dialog = show.dialog
    assert isinstance(dialog, KeysDialog)
    assert dialog.table.rowCount() == len(keymap.KEYMAP)
    texts = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert "End the show" in texts
    dialog.close()
    press(show, Qt.Key.Key_F1)
    assert isinstance(show.dialog, KeysDialog)


def test_notes_in_another_language_than_the_slides(show: Show, service) -> None:
    show.console.notes_lang.setCurrentIndex(LANGS.index("nl"))
    dutch = build_deck(service.item(MODULE), "nl").slides[0].notes
    assert dutch.split()[0] in show.console.notes.toPlainText()
    english = build_deck(service.item(MODULE), "en").slides[0]
    assert show.audience.slide._markdown == english.markdown


def test_esc_ends_the_show_and_closes_both_windows(show: Show, qtbot) -> None:
    with qtbot.waitSignal(show.ended) as ended:
        press(show, Qt.Key.Key_Escape)
    assert ended.args == [0]
    assert not show.audience.isVisible() and not show.console.isVisible()
    press_after = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Right,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(QApplication.instance(), press_after)  # no filter left behind


def test_one_screen_full_screen_and_the_console_as_an_overlay(show: Show) -> None:
    assert len(QApplication.screens()) == 1
    assert show.audience.isFullScreen()
    assert not show.console.isVisible()
    press(show, Qt.Key.Key_C)
    assert show.console.isVisible()
    QTest.keyClick(show.console, Qt.Key.Key_Right)
    assert show.controller.index == 1
    QTest.keyClick(show.console, Qt.Key.Key_C)
    assert not show.console.isVisible()
    press(show, Qt.Key.Key_F)
    assert not show.audience.isFullScreen()
    press(show, Qt.Key.Key_F11)
    assert show.audience.isFullScreen()


@pytest.mark.parametrize("lang", LANGS)
def test_every_module_slide_fits_at_28_pt_on_a_1080p_projector(qapp, service, lang) -> None:
    view = SlideView()
    view.resize(1920, 1080)
    assert view.body_px() * 72 / 96 >= 28
    modules = service.library.of_kind("module")
    assert len(modules) >= 15
    for module in modules:
        deck = build_deck(module, lang)
        assert len(deck.slides) >= 3 and all(s.notes for s in deck.slides), module.id
        assert deck.planned_minutes == module.duration, module.id
        for number, slide in enumerate(deck.slides, 1):
            view.set_slide(slide.markdown)
            _doc, scale = view.layout_document(1080, 1920)
            assert scale == 1.0, f"{module.id} slide {number} ({lang}) does not fit"


def test_a_document_is_presented_section_by_section(qapp, service) -> None:
    item = service.item("brussels-cities-actions")
    deck = build_deck(item, "fr")
    assert deck.slides[0].title == item.title("fr")
    assert len(deck.slides) > 3 and not deck.steps
    headings = [line[4:] for s in deck.slides for line in s.markdown.split("\n")
                if line.startswith("### ")]
    body = item.variant("fr").body
    for line in body.split("\n"):
        if line.startswith("## "):
            assert any(h.startswith(line[3:]) for h in headings), line


TWO_SCREENS = {
    "synchronousWindowSystemEvents": True,
    "windowFrameMargins": False,
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
         "logicalDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1366, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "dpr": 1},
    ],
}
SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtGui import QGuiApplication
    from equalcity_desktop import resources
    from equalcity_desktop.app import create_app
    from equalcity_desktop.library.service import ContentService
    from equalcity_desktop.ui.show.show import Show

    app = create_app()
    service = ContentService([resources.content_dir()], cache=Path(sys.argv[1]))
    show = Show(service.item("rome-module-understanding-children"), "en")
    show.start()
    app.processEvents()

    def where():
        app.processEvents()
        return {"audience": [show.audience.screen().name(), show.audience.isFullScreen(),
                             show.audience.geometry().getRect()],
                "console": [show.console.screen().name(), show.console.isVisible()]}

    report = {"screens": [s.name() for s in app.screens()], "start": where()}
    show.controller.trigger("swap")
    report["swapped"] = where()
    show.controller.trigger("swap")
    # The projector is unplugged: Qt then lists only the laptop's screen.
    laptop, projector = app.screens()
    QGuiApplication.screens = staticmethod(lambda: [laptop])
    app.screenRemoved.emit(projector)  # what Qt sends; the show re-places itself
    for _ in range(5):
        app.processEvents()
    report["unplugged"] = where()
    print(json.dumps(report))
""")


def test_two_screens_audience_on_the_projector_console_on_the_laptop(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(TWO_SCREENS), encoding="utf-8")
    env = {"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT),
           "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "cache")], env=env,
                         capture_output=True, text=True, timeout=120, check=True)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["screens"] == ["laptop", "projector"]
    assert report["start"]["audience"] == ["projector", True, [1366, 0, 1920, 1080]]
    assert report["start"]["console"] == ["laptop", True]
    assert report["swapped"]["audience"][:2] == ["laptop", True]
    assert report["swapped"]["console"] == ["projector", True]
    assert report["unplugged"]["audience"][:2] == ["laptop", True]
    assert report["unplugged"]["console"][1] is False  # one screen: the console waits for C


def test_closing_either_window_ends_the_show(show: Show, qtbot) -> None:
    with qtbot.waitSignal(show.ended):
        show.audience.close()  # Alt+F4 on the projector's window
    assert not show.running and not show.console.isVisible()
