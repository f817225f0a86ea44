"""Shift pressed three times within two seconds, as GOV.UK's "Exit this page".

A Shift press counts only on its own: any other key in between starts the
count again, so Shift+A or typing capitals never trigger it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

PRESSES = 3
WINDOW_SECONDS = 2.0


class ShiftTripleDetector(QObject):
    """Install on the QApplication. Signals: triggered()."""

    triggered = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._presses: list[float] = []
        self._shift_down = False
        self._other_key = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # Every event of the app passes here: the class test is the cheap one (reading
        # event.type() makes a Python enum member each time).
        if not isinstance(event, QKeyEvent):
            return False
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) or not first_receiver(
                watched):
            return False
        if kind == QEvent.Type.KeyPress:
            if event.isAutoRepeat():  # type: ignore[attr-defined]
                return False
            if event.key() == Qt.Key.Key_Shift:  # type: ignore[attr-defined]
                self._shift_down = True
                self._other_key = False
            else:
                self._presses.clear()
                self._other_key = True
        elif kind == QEvent.Type.KeyRelease and not event.isAutoRepeat():  # type: ignore[attr-defined]
            if event.key() == Qt.Key.Key_Shift and self._shift_down:  # type: ignore[attr-defined]
                self._shift_down = False
                if not self._other_key:
                    self._count(time.monotonic())
        return False

    def _count(self, now: float) -> None:
        self._presses = [t for t in self._presses if now - t <= WINDOW_SECONDS]
        self._presses.append(now)
        if len(self._presses) >= PRESSES:
            self._presses.clear()
            self.triggered.emit()


def first_receiver(watched: QObject) -> bool:
    """One key press reaches the filter several times (the QWindow, the focus
    widget, then each parent it propagates to); count it once, at the focus
    widget, or at the window when nothing has focus."""
    focus = QApplication.focusWidget()
    if focus is not None:
        return watched is focus
    return isinstance(watched, QWidget) and watched.isWindow()
