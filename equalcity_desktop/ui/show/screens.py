"""Which screen shows what. The audience gets a screen other than the
primary one (the laptop's own panel on most machines); the trainer's
console stays on the primary. Mirrored screens count once.

``QWidget.setScreen`` alone does not move a window: it is moved to the
screen's top-left corner before going full screen (Qt docs on QWindow::setScreen).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget


def distinct(screens: Sequence[QScreen]) -> list[QScreen]:
    """Screens without mirrors (a mirror has the same geometry as another)."""
    out: list[QScreen] = []
    for screen in screens:
        if all(screen.geometry() != seen.geometry() for seen in out):
            out.append(screen)
    return out


def choose(screens: Sequence[QScreen], primary: QScreen | None,
           swapped: bool = False) -> tuple[QScreen, QScreen]:
    """(audience screen, console screen); the same screen when there is one."""
    screens = distinct(screens)
    primary = primary if primary in screens else screens[0]
    if len(screens) < 2:
        return primary, primary
    audience = next(s for s in screens if s is not primary)
    console = primary
    return (console, audience) if swapped else (audience, console)


def full_screen_on(window: QWidget, screen: QScreen) -> None:
    if window.isFullScreen() and window.screen() is screen:
        return
    window.showNormal()  # leave full screen on the old screen first
    window.setScreen(screen)
    window.move(screen.geometry().topLeft())
    window.showFullScreen()


def window_on(window: QWidget, screen: QScreen) -> None:
    """A normal (maximised) window on ``screen``."""
    area = screen.availableGeometry()
    window.showNormal()
    window.setScreen(screen)
    window.move(area.topLeft())
    window.resize(area.size())
    window.showMaximized()
