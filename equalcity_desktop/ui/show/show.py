"""A running show: builds the deck, the controller and the two windows, puts
each on its screen, and routes every key of both windows through the key
map. The main window starts one with ``Show(...).start()`` and ends it with
``end()`` (quick exit does too).

With two screens the audience window is full screen on the second and the
console fills the first; with one screen the audience window is full screen
and the console comes over it on demand (C). Screens plugged in or out
during the show re-place both windows, at once and again a second later,
as pympress does, because some systems report the new geometry late.

Signals: ``ended(int)`` with the last slide shown (for Shift+F5).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ... import APP_NAME
from ...library.model import Item
from ...library.presentation import PaceClock, build_deck
from . import keymap, screens
from .audience import AudienceWindow
from .console import PresenterConsole
from .controller import ShowController
from .dialogs import KeysDialog, OverviewDialog


class Show(QObject):
    ended = Signal(int)

    def __init__(self, item: Item, lang: str, start: int = 0, *, notes_lang: str | None = None,
                 clock: PaceClock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.item, self.lang = item, lang
        deck = build_deck(item, lang, notes_lang or lang)
        self.controller = ShowController(deck, start, clock, self)
        self.audience = AudienceWindow(self.controller)
        self.console = PresenterConsole(self.controller, notes_lang or lang)
        self.swapped = False
        self.overlay = False  # one screen: the console shown over the slides
        self.dialog: QWidget | None = None
        self.controller.asked.connect(self.on_controller_asked)
        self.controller.ended.connect(self._close)
        self.console.notes_language_requested.connect(self.set_notes_language)

    @property
    def windows(self) -> tuple[QWidget, QWidget]:
        return self.audience, self.console

    @property
    def running(self) -> bool:
        return self.controller.running

    def start(self) -> None:
        app = QApplication.instance()
        app.installEventFilter(self)
        app.screenAdded.connect(self.on_screens_changed)
        app.screenRemoved.connect(self.on_screens_changed)
        self.place()
        self.audience.activateWindow()
        self.audience.setFocus()

    def end(self) -> None:
        self.controller.end()

    # -- screens -----------------------------------------------------------------
    @property
    def two_screens(self) -> bool:
        return len(screens.distinct(QGuiApplication.screens())) > 1

    def place(self) -> None:
        if not self.running:
            return
        audience_screen, console_screen = screens.choose(
            QGuiApplication.screens(), QGuiApplication.primaryScreen(), self.swapped)
        screens.full_screen_on(self.audience, audience_screen)
        size = audience_screen.geometry().size()
        self.console.set_aspect(size.width() / max(1, size.height()))
        if audience_screen is not console_screen:
            self.overlay = False
            self.console.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
            screens.window_on(self.console, console_screen)
        elif self.overlay:
            self.console.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
            screens.full_screen_on(self.console, console_screen)
            self.console.raise_()
        else:
            self.console.hide()

    def on_screens_changed(self, _screen=None) -> None:
        QTimer.singleShot(0, self.place)
        QTimer.singleShot(1000, self.place)

    # -- keys --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget) \
                or watched.window() not in self.windows:
            return False
        assert isinstance(event, QKeyEvent)
        action = keymap.action_for(event)
        if action is None:
            return False
        self.controller.trigger(action, event.text())
        return True

    # -- what needs a window ------------------------------------------------------
    def on_controller_asked(self, action: str) -> None:
        host = self.console if self.console.isVisible() else self.audience
        if action == "overview":
            dialog = OverviewDialog(self.controller.deck, self.controller.index, host)
            dialog.finished.connect(lambda _r: dialog.chosen is not None
                                    and self.controller.go(dialog.chosen))
            self._open(dialog)
        elif action == "keys":
            self._open(KeysDialog(host))
        elif action == "reset":
            box = QMessageBox(QMessageBox.Icon.Question, APP_NAME,
                              self.tr("Reset the timer to zero?"),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                              host)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.finished.connect(lambda r: r == QMessageBox.StandardButton.Yes
                                 and self.controller.reset_clock())
            self._open(box)
        elif action == "fullscreen":
            if self.audience.isFullScreen():
                self.audience.showNormal()
                area = self.audience.screen().availableGeometry()
                self.audience.resize(area.width() * 2 // 3, area.height() * 2 // 3)
            else:
                screens.full_screen_on(self.audience, self.audience.screen())
        elif action == "swap":
            self.swapped = not self.swapped
            self.place()
        elif action == "console":
            if not self.two_screens:
                self.overlay = not self.overlay
                self.place()
                (self.console if self.overlay else self.audience).activateWindow()
        elif action in ("notes_larger", "notes_smaller"):
            step = 2 if action == "notes_larger" else -2
            self.console.set_notes_points(self.console.notes_points + step)

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        dialog.open()

    def set_notes_language(self, lang: str) -> None:
        deck = build_deck(self.item, self.lang, lang)
        self.controller.deck = deck
        self.controller.changed.emit()

    def _close(self) -> None:
        app = QApplication.instance()
        app.removeEventFilter(self)
        app.screenAdded.disconnect(self.on_screens_changed)
        app.screenRemoved.disconnect(self.on_screens_changed)
        if self.dialog is not None:
            self.dialog.close()
        self.console.ticker.stop()
        for window in self.windows:
            window.close()
            window.deleteLater()
        self.ended.emit(self.controller.index)
