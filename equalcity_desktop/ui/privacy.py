"""Quick exit and the idle timer: what protects a client when someone else
comes near the screen.

Quick exit (its button, or Shift three times) asks everything that shows
what was being read to go (``leaving``: shows, client windows, dialogs;
``clearing``: the search and the page), leaves only the app's name on
screen and minimises. The idle timer, off unless an office turns it on,
only asks for ``clearing``, and never while a show runs (a trainer talks
without touching keys).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QStatusBar,
    QToolBar,
    QWidget,
)

from .. import APP_NAME
from .idle import IdleTimer
from .quick_exit import ShiftTripleDetector
from .settings import MAX_IDLE_MINUTES, Settings

MODIFIERS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta)


class NeutralPage(QLabel):
    """What quick exit leaves on screen: the app's name and nothing else.
    Signals: ``dismissed()`` on a click or a key."""

    dismissed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(APP_NAME, parent)
        self.setObjectName("neutralPage")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def mousePressEvent(self, _event) -> None:  # noqa: N802
        self.dismissed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() not in MODIFIERS:
            self.dismissed.emit()


class Privacy(QObject):
    """Signals: ``leaving()`` at quick exit, before ``clearing()``; ``clearing()`` at
    quick exit and when idle; ``returned()`` when the neutral screen is left."""

    leaving = Signal()
    clearing = Signal()
    returned = Signal()

    def __init__(self, window: QMainWindow, screens: QStackedWidget, settings: Settings,
                 busy: Callable[[], bool]) -> None:
        """``screens`` holds the window's main screen first; the neutral page is added to it.
        ``busy()`` says when the idle timer must wait (a show is running)."""
        super().__init__(window)
        self._window, self._screens, self._settings, self._busy = window, screens, settings, busy
        self._hidden: list[QWidget] = []
        self.neutral = NeutralPage()
        screens.addWidget(self.neutral)
        self.neutral.dismissed.connect(self.leave_neutral)
        self.shift_detector = ShiftTripleDetector(self)
        self.shift_detector.triggered.connect(self.quick_exit)
        self.idle = IdleTimer(self)
        self.idle.idle.connect(self.on_idle)
        self.idle.set_minutes(settings.get("idle_minutes"))
        app = QApplication.instance()
        app.installEventFilter(self.shift_detector)
        app.installEventFilter(self.idle)

    def connect_action(self, action: QAction) -> None:
        action.triggered.connect(self.quick_exit)

    @property
    def is_neutral(self) -> bool:
        return self._screens.currentWidget() is self.neutral

    def quick_exit(self) -> None:
        """Empty everything that shows what was being read, then minimise."""
        self.leaving.emit()
        self.clearing.emit()
        window = self._window
        bars = (window.menuBar(), *window.findChildren(QToolBar), *window.findChildren(QStatusBar))
        self._hidden = [bar for bar in bars if bar.isVisible()] or self._hidden
        for bar in bars:
            bar.hide()
        self._screens.setCurrentWidget(self.neutral)
        self.neutral.setFocus()
        self._window.showMinimized()

    def leave_neutral(self) -> None:
        if not self.is_neutral:
            return
        self._screens.setCurrentIndex(0)
        for bar in self._hidden:  # the bars that were there before
            bar.show()
        self.returned.emit()

    def set_idle_minutes(self, minutes: int) -> None:
        """0 is off; what the settings would refuse is off too."""
        minutes = minutes if 0 <= minutes <= MAX_IDLE_MINUTES else 0
        self._settings.set("idle_minutes", minutes)
        self.idle.set_minutes(minutes)

    def on_idle(self) -> None:
        """Nobody used the app for a while: back to an empty home screen."""
        if not (self._busy() or self.is_neutral):
            self.clearing.emit()
            self.returned.emit()  # the search box takes the focus again
        self.idle.set_minutes(self.idle.minutes)

    def uninstall(self) -> None:
        app = QApplication.instance()
        app.removeEventFilter(self.shift_detector)
        app.removeEventFilter(self.idle)
