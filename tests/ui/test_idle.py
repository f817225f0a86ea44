"""The optional return to an empty home screen after minutes without input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ..conftest import LIVENESS_MS
from .conftest import type_query


def test_off_by_default(window) -> None:
    assert window.settings.get("idle_minutes") == 0
    assert not window.idle.timer.isActive()


def test_idle_clears_the_page_and_the_search(window, qtbot) -> None:
    action = next(a for a in window.idle_group.actions() if a.data() == 5)
    action.trigger()
    assert window.settings.get("idle_minutes") == 5
    assert window.idle.timer.isActive() and window.idle.timer.interval() == 300_000
    type_query(qtbot, window, "interpreter")
    window.open_item("interpreter-working")
    window.idle.timer.setInterval(50)  # the test does not wait five minutes
    with qtbot.waitSignal(window.idle.idle, timeout=LIVENESS_MS):
        pass
    assert window.search_box.text() == ""
    assert window.right_stack.currentWidget() is window.home
    assert window.history.current is None
    assert not window.is_neutral  # an empty home, not the quick-exit screen


def test_input_starts_the_count_again(window, qtbot) -> None:
    window.idle.set_minutes(5)
    for _ in range(5):
        window.idle.timer.stop()  # as if the count had run down, without waiting for it
        QApplication.sendEvent(window.search_box, QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier))
        assert window.idle.timer.isActive()
        assert window.idle.timer.remainingTime() > 250_000  # the whole five minutes again


def test_a_show_is_never_cleared(window, qtbot) -> None:
    window.open_item("brussels-module-disclosure")
    window.present()
    window.idle.set_minutes(5)
    window.idle.idle.emit()
    assert window.show_session is not None and window.show_session.running
    window.show_session.end()
