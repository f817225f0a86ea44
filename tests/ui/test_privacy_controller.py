"""Quick exit and the idle timer (ui/privacy.py) on their own: a bare QMainWindow with a
menu bar, a tool bar, a status bar and a stack of screens, and this test's settings. What
must go is asked for through ``leaving`` and ``clearing``; coming back is ``returned``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMainWindow, QStackedWidget, QToolBar

from equalcity_desktop import APP_NAME
from equalcity_desktop.ui.privacy import Privacy
from equalcity_desktop.ui.settings import MAX_IDLE_MINUTES, Settings

from ..conftest import LIVENESS_MS


@dataclass
class Rig:
    window: QMainWindow
    screens: QStackedWidget
    main: QLineEdit
    toolbar: QToolBar
    settings: Settings
    privacy: Privacy
    busy: list[bool]
    heard: list[str]  # leaving, clearing and returned, in order


def build(qtbot, settings: Settings) -> Rig:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&File")
    toolbar = window.addToolBar("Toolbar")
    toolbar.addAction("Back")
    window.statusBar().showMessage("ready")
    screens = QStackedWidget()
    main = QLineEdit("what was being read")
    screens.addWidget(main)
    window.setCentralWidget(screens)
    busy = [False]
    privacy = Privacy(window, screens, settings, busy=lambda: busy[0])
    heard: list[str] = []
    for name in ("leaving", "clearing", "returned"):
        getattr(privacy, name).connect(lambda name=name: heard.append(name))
    window.show()
    qtbot.waitExposed(window)
    return Rig(window, screens, main, toolbar, settings, privacy, busy, heard)


@pytest.fixture
def rig(qtbot) -> Iterator[Rig]:
    rig = build(qtbot, Settings())
    yield rig
    rig.privacy.uninstall()


def bars_hidden(rig: Rig) -> tuple[bool, bool, bool]:
    return (rig.window.menuBar().isHidden(), rig.toolbar.isHidden(),
            rig.window.statusBar().isHidden())


def reread(settings: Settings) -> Settings:
    settings.sync()
    return Settings(settings.path.parent)


# -- quick exit --------------------------------------------------------------------------

def test_quick_exit_asks_to_leave_then_to_clear(qtbot, rig: Rig) -> None:
    with qtbot.waitSignals([rig.privacy.leaving, rig.privacy.clearing], order="strict",
                           timeout=LIVENESS_MS):
        rig.privacy.quick_exit()
    assert rig.heard == ["leaving", "clearing"]


def test_quick_exit_leaves_only_the_name_and_minimises(qtbot, rig: Rig) -> None:
    rig.privacy.quick_exit()
    assert rig.privacy.is_neutral
    assert rig.screens.currentWidget() is rig.privacy.neutral
    assert rig.privacy.neutral.text() == APP_NAME
    assert bars_hidden(rig) == (True, True, True)
    qtbot.waitUntil(rig.window.isMinimized, timeout=LIVENESS_MS)


def test_the_quick_exit_action_triggers_it(qtbot, rig: Rig) -> None:
    action = rig.window.menuBar().actions()[0]
    rig.privacy.connect_action(action)
    with qtbot.waitSignal(rig.privacy.clearing, timeout=LIVENESS_MS):
        action.trigger()
    assert rig.privacy.is_neutral


def test_quick_exit_twice_asks_twice_and_stays_neutral(rig: Rig) -> None:
    rig.privacy.quick_exit()
    rig.privacy.quick_exit()
    assert rig.heard == ["leaving", "clearing"] * 2
    assert rig.privacy.is_neutral


@pytest.mark.parametrize("key", [Qt.Key.Key_A, Qt.Key.Key_Space, Qt.Key.Key_Escape,
                                 Qt.Key.Key_Return, Qt.Key.Key_F1])
def test_a_key_on_the_neutral_page_returns(qtbot, rig: Rig, key) -> None:
    rig.privacy.quick_exit()
    with qtbot.waitSignal(rig.privacy.returned, timeout=LIVENESS_MS):
        QTest.keyClick(rig.privacy.neutral, key)
    assert not rig.privacy.is_neutral
    assert rig.screens.currentWidget() is rig.main
    assert bars_hidden(rig)[:2] == (False, False)


def test_a_click_on_the_neutral_page_returns(qtbot, rig: Rig) -> None:
    rig.privacy.quick_exit()
    with qtbot.waitSignal(rig.privacy.returned, timeout=LIVENESS_MS):
        QTest.mouseClick(rig.privacy.neutral, Qt.MouseButton.LeftButton)
    assert not rig.privacy.is_neutral


@pytest.mark.parametrize("key", [Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                                 Qt.Key.Key_Meta])
def test_a_modifier_alone_does_not_return(qtbot, rig: Rig, key) -> None:
    """Shift is how quick exit is reached: pressing it again must not undo it."""
    rig.privacy.quick_exit()
    with qtbot.assertNotEmitted(rig.privacy.returned):
        QTest.keyClick(rig.privacy.neutral, key)
    assert rig.privacy.is_neutral


def test_leaving_neutral_when_not_neutral_does_nothing(qtbot, rig: Rig) -> None:
    with qtbot.assertNotEmitted(rig.privacy.returned):
        rig.privacy.leave_neutral()
    assert rig.screens.currentWidget() is rig.main


def test_returning_brings_the_status_bar_back(qtbot, rig: Rig) -> None:
    rig.privacy.quick_exit()
    rig.privacy.leave_neutral()
    assert bars_hidden(rig) == (False, False, False)


# -- idle ------------------------------------------------------------------------------------

def test_idle_clears_and_returns_the_focus(qtbot, rig: Rig) -> None:
    with qtbot.waitSignals([rig.privacy.clearing, rig.privacy.returned], order="strict",
                           timeout=LIVENESS_MS):
        rig.privacy.on_idle()
    assert "leaving" not in rig.heard  # idle asks only for clearing
    assert not rig.privacy.is_neutral
    assert not rig.window.isMinimized()


def test_the_idle_timer_going_off_clears(qtbot, rig: Rig) -> None:
    rig.privacy.set_idle_minutes(5)
    with qtbot.waitSignal(rig.privacy.clearing, timeout=LIVENESS_MS):
        rig.privacy.idle.idle.emit()  # as when five minutes passed without input


def test_idle_does_not_clear_while_busy(qtbot, rig: Rig) -> None:
    rig.privacy.set_idle_minutes(5)
    rig.busy[0] = True
    with qtbot.assertNotEmitted(rig.privacy.clearing), \
            qtbot.assertNotEmitted(rig.privacy.returned):
        rig.privacy.on_idle()
    assert rig.privacy.idle.timer.isActive()  # it counts again: the show may end
    rig.busy[0] = False
    with qtbot.waitSignal(rig.privacy.clearing, timeout=LIVENESS_MS):
        rig.privacy.on_idle()


def test_idle_on_the_neutral_page_leaves_it_neutral(qtbot, rig: Rig) -> None:
    rig.privacy.quick_exit()
    with qtbot.assertNotEmitted(rig.privacy.clearing), \
            qtbot.assertNotEmitted(rig.privacy.returned):
        rig.privacy.on_idle()
    assert rig.privacy.is_neutral


def test_idle_minutes_are_remembered_and_count(rig: Rig) -> None:
    rig.privacy.set_idle_minutes(15)
    assert reread(rig.settings).get("idle_minutes") == 15
    assert rig.privacy.idle.timer.isActive()
    assert rig.privacy.idle.timer.interval() == 15 * 60_000
    rig.privacy.set_idle_minutes(0)
    assert reread(rig.settings).get("idle_minutes") == 0
    assert not rig.privacy.idle.timer.isActive()


def test_a_new_start_takes_the_idle_minutes_remembered(qtbot) -> None:
    settings = Settings()
    settings.set("idle_minutes", 30)
    rig = build(qtbot, reread(settings))
    try:
        assert rig.privacy.idle.minutes == 30
        assert rig.privacy.idle.timer.isActive()
    finally:
        rig.privacy.uninstall()


@pytest.mark.parametrize("minutes", [-1, -30])
def test_negative_idle_minutes_mean_off(rig: Rig, minutes: int) -> None:
    rig.privacy.set_idle_minutes(5)
    rig.privacy.set_idle_minutes(minutes)
    assert not rig.privacy.idle.timer.isActive()
    assert reread(rig.settings).get("idle_minutes") == 0


def test_idle_minutes_the_settings_refuse_are_refused(rig: Rig) -> None:
    rig.privacy.set_idle_minutes(MAX_IDLE_MINUTES + 1)
    assert rig.privacy.idle.minutes == reread(rig.settings).get("idle_minutes")


def test_uninstall_stops_listening_to_the_keyboard(qtbot, rig: Rig) -> None:
    rig.privacy.set_idle_minutes(5)
    rig.privacy.uninstall()
    rig.privacy.idle.timer.stop()
    QTest.keyClick(rig.main, Qt.Key.Key_A)  # input no longer restarts the count
    assert not rig.privacy.idle.timer.isActive()
