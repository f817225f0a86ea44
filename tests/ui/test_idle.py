"""The optional return to an empty home screen after minutes without input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ..conftest import LIVENESS_MS
from .conftest import part, type_query


def test_off_by_default(window) -> None:
    assert window.settings.get("idle_minutes") == 0
    assert not window.privacy.idle.timer.isActive()


def test_idle_clears_the_page_and_the_search(window, qtbot) -> None:
    action = next(a for a in window.menus.menu("idle").actions() if a.data() == 5)
    action.trigger()
    assert window.settings.get("idle_minutes") == 5
    assert window.privacy.idle.timer.isActive() and window.privacy.idle.timer.interval() == 300_000
    type_query(qtbot, window, "interpreter")
    window.navigation.open_item("interpreter-working")
    window.privacy.idle.timer.setInterval(50)  # the test does not wait five minutes
    with qtbot.waitSignal(window.privacy.idle.idle, timeout=LIVENESS_MS):
        pass
    assert window.search_panel.query().text == ""
    assert not window.reading.showing_page
    assert window.navigation.history.current is None
    assert not window.is_neutral  # an empty home, not the quick-exit screen


def test_input_starts_the_count_again(window, qtbot) -> None:
    window.privacy.idle.set_minutes(5)
    for _ in range(5):
        window.privacy.idle.timer.stop()  # as if the count had run down, without waiting for it
        QApplication.sendEvent(part(window, "searchBox"), QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier))
        assert window.privacy.idle.timer.isActive()
        assert window.privacy.idle.timer.remainingTime() > 250_000  # the whole five minutes again


def test_a_show_is_never_cleared(window, qtbot) -> None:
    window.navigation.open_item("brussels-module-disclosure")
    window.output.present()
    window.privacy.idle.set_minutes(5)
    window.privacy.idle.idle.emit()
    assert window.output.show_session is not None and window.output.show_session.running
    window.output.show_session.end()
