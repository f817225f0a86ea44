"""The idle count (ui/idle.py IdleTimer), on its own: installed on a real
QApplication over a plain widget, no window. tests/ui/test_idle.py checks what the
window does when it fires; here, when it fires and what starts it again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from equalcity_desktop.ui.idle import CHOICES, INPUT, IdleTimer

from ..conftest import LIVENESS_MS


@pytest.fixture
def idle(qtbot):
    timer = IdleTimer()
    app = QApplication.instance()
    app.installEventFilter(timer)
    yield timer
    app.removeEventFilter(timer)
    timer.set_minutes(0)


@pytest.fixture
def box(qtbot) -> QLineEdit:
    box = QLineEdit()
    qtbot.addWidget(box)
    box.show()
    return box


def run_down(idle: IdleTimer) -> None:
    """As if the minutes had passed without input (the timer stopped, not fired)."""
    idle.timer.stop()


def test_off_by_default(idle: IdleTimer) -> None:
    assert idle.minutes == 0
    assert not idle.timer.isActive()


@pytest.mark.parametrize("minutes", [m for m in CHOICES if m])
def test_setting_minutes_starts_a_single_shot_count(idle: IdleTimer, minutes: int) -> None:
    idle.set_minutes(minutes)
    assert idle.minutes == minutes
    assert idle.timer.isActive() and idle.timer.isSingleShot()
    assert idle.timer.interval() == minutes * 60_000


@pytest.mark.parametrize("minutes", [0, -1, -30])
def test_zero_or_less_is_off(idle: IdleTimer, minutes: int) -> None:
    idle.set_minutes(5)
    idle.set_minutes(minutes)
    assert idle.minutes == 0
    assert not idle.timer.isActive()


def test_it_fires_idle_once_the_count_runs_out(qtbot, idle: IdleTimer) -> None:
    fired = []
    idle.idle.connect(lambda: fired.append(True))
    idle.set_minutes(5)
    idle.timer.setInterval(1)  # the test does not wait five minutes
    idle.timer.start()
    with qtbot.waitSignal(idle.idle, timeout=LIVENESS_MS):
        pass
    assert fired == [True]
    assert not idle.timer.isActive()  # once, not every five minutes


@pytest.mark.parametrize("make", [
    lambda: QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
    lambda: QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(3, 3), QPointF(3, 3),
                        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier),
    lambda: QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier),
], ids=["key", "click", "move"])
def test_input_starts_the_count_again(idle: IdleTimer, box: QLineEdit, make) -> None:
    idle.set_minutes(15)
    run_down(idle)
    QApplication.sendEvent(box, make())
    assert idle.timer.isActive()
    assert idle.timer.remainingTime() > 14 * 60_000  # the whole count again


def test_real_typing_starts_the_count_again(idle: IdleTimer, box: QLineEdit) -> None:
    idle.set_minutes(5)
    run_down(idle)
    QTest.keyClicks(box, "x")
    assert idle.timer.isActive()
    assert box.text() == "x"  # the filter never eats input


def test_input_while_off_starts_nothing(idle: IdleTimer, box: QLineEdit) -> None:
    QTest.keyClicks(box, "hello")
    QTest.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not idle.timer.isActive()
    assert box.text() == "hello"


def test_events_that_are_not_input_do_not_start_it(idle: IdleTimer, box: QLineEdit) -> None:
    idle.set_minutes(5)
    run_down(idle)
    for kind in (QEvent.Type.Paint, QEvent.Type.Timer, QEvent.Type.FocusIn,
                 QEvent.Type.LayoutRequest, QEvent.Type.KeyRelease):
        assert kind not in INPUT
        assert idle.eventFilter(box, QEvent(kind)) is False
    assert not idle.timer.isActive()


def test_turned_off_after_running_it_never_fires(qtbot, idle: IdleTimer, box) -> None:
    idle.set_minutes(5)
    idle.set_minutes(0)
    QTest.keyClicks(box, "x")
    assert not idle.timer.isActive()
