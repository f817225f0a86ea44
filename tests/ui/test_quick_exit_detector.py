"""Shift pressed three times on its own (ui/quick_exit.py ShiftTripleDetector), on its
own: installed on a real QApplication over a plain line edit, no window. The clock is
the detector's module clock, set by the test, so nothing waits two real seconds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

from equalcity_desktop.ui import quick_exit
from equalcity_desktop.ui.quick_exit import ShiftTripleDetector, first_receiver

from ..conftest import LIVENESS_MS

SHIFT = Qt.Key.Key_Shift


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(quick_exit.time, "monotonic", clock)
    return clock


@pytest.fixture
def page(qtbot) -> tuple[QWidget, QLineEdit, QLabel]:
    window = QWidget()
    layout = QVBoxLayout(window)
    box = QLineEdit()
    label = QLabel("not focusable")
    layout.addWidget(box)
    layout.addWidget(label)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=LIVENESS_MS)
    box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box, timeout=LIVENESS_MS)
    return window, box, label


@pytest.fixture
def detector(qtbot, clock: Clock):
    detector = ShiftTripleDetector()
    app = QApplication.instance()
    app.installEventFilter(detector)
    fired: list[bool] = []
    detector.triggered.connect(lambda: fired.append(True))
    detector.fired = fired
    yield detector
    app.removeEventFilter(detector)


def shift(widget: QWidget) -> None:
    QTest.keyClick(widget, SHIFT)


def test_three_shifts_trigger_once(qtbot, page, detector) -> None:
    _, box, _ = page
    shift(box)
    shift(box)
    assert detector.fired == []
    with qtbot.waitSignal(detector.triggered, timeout=LIVENESS_MS):
        shift(box)
    assert detector.fired == [True]


def test_the_count_starts_again_after_it_triggered(page, detector) -> None:
    _, box, _ = page
    for _ in range(5):
        shift(box)
    assert detector.fired == [True]  # the 4th and 5th are a new count
    shift(box)
    assert detector.fired == [True, True]


def test_two_shifts_do_nothing(page, detector) -> None:
    _, box, _ = page
    shift(box)
    shift(box)
    assert detector.fired == []


def test_presses_spread_over_more_than_two_seconds_do_not_trigger(page, detector,
                                                                   clock: Clock) -> None:
    _, box, _ = page
    shift(box)
    clock.now += 1.5
    shift(box)
    clock.now += 1.5  # the first press is now 3 s old: it no longer counts
    shift(box)
    assert detector.fired == []
    clock.now += 0.5  # the last two and this one are within two seconds
    shift(box)
    assert detector.fired == [True]


def test_exactly_two_seconds_still_counts(page, detector, clock: Clock) -> None:
    _, box, _ = page
    shift(box)
    clock.now += 1.0
    shift(box)
    clock.now += quick_exit.WINDOW_SECONDS - 1.0
    shift(box)
    assert detector.fired == [True]


def test_another_key_in_between_starts_the_count_again(page, detector) -> None:
    _, box, _ = page
    shift(box)
    shift(box)
    QTest.keyClick(box, Qt.Key.Key_A)
    shift(box)
    shift(box)
    assert detector.fired == []
    assert box.text() == "a"  # the detector never eats a key
    shift(box)
    assert detector.fired == [True]


def test_typing_capitals_never_triggers(page, detector) -> None:
    _, box, _ = page
    for letter in (Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_C, Qt.Key.Key_D):
        QTest.keyPress(box, SHIFT)
        QTest.keyClick(box, letter, Qt.KeyboardModifier.ShiftModifier)
        QTest.keyRelease(box, SHIFT)
    assert detector.fired == []
    assert box.text().lower() == "abcd"  # every key reached the box


def test_shift_held_down_with_auto_repeat_counts_once(page, detector) -> None:
    _, box, _ = page
    QTest.keyPress(box, SHIFT)
    for _ in range(5):  # the keyboard repeats a held key
        QApplication.sendEvent(box, QKeyEvent(QEvent.Type.KeyPress, SHIFT,
                                              Qt.KeyboardModifier.ShiftModifier, "", True))
        QApplication.sendEvent(box, QKeyEvent(QEvent.Type.KeyRelease, SHIFT,
                                              Qt.KeyboardModifier.ShiftModifier, "", True))
    QTest.keyRelease(box, SHIFT)
    assert detector.fired == []
    shift(box)
    assert detector.fired == []  # two presses so far
    shift(box)
    assert detector.fired == [True]


def test_a_release_without_its_press_is_not_a_press(page, detector) -> None:
    _, box, _ = page
    for _ in range(3):
        QTest.keyRelease(box, SHIFT)
    assert detector.fired == []


def test_a_key_reaching_a_widget_without_focus_is_not_counted(page, detector) -> None:
    _, box, label = page
    assert QApplication.focusWidget() is box
    for _ in range(3):
        shift(label)  # the same key seen again as it propagates to a parent: once only
    assert detector.fired == []
    assert not first_receiver(label)
    assert first_receiver(box)


def test_without_focus_the_window_counts(qtbot, page, detector) -> None:
    window, box, _ = page
    box.clearFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is None, timeout=LIVENESS_MS)
    assert first_receiver(window)
    assert not first_receiver(box)
    for _ in range(3):
        shift(window)
    assert detector.fired == [True]


def test_other_events_are_let_through_untouched(page, detector) -> None:
    _, box, _ = page
    for kind in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress, QEvent.Type.Show):
        assert detector.eventFilter(box, QEvent(kind)) is False
    assert detector.fired == []
