"""How the app looks, as the worker chose: text size, colours and the
interface language, applied at once and remembered."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication

from ..library.languages import LANGS
from . import themes, zoom
from .card_view import CardView
from .i18n import Translations
from .settings import Settings


class Appearance(QObject):
    """Signals: ``zoomed(steps)`` after the text size changed (lists measure their rows
    again), ``recoloured()`` after the colours changed."""

    zoomed = Signal(int)
    recoloured = Signal()

    def __init__(self, page: CardView, settings: Settings, translations: Translations,
                 actions: dict[str, QAction]) -> None:
        super().__init__(page)
        self._page, self._settings, self._translations = page, settings, translations
        actions["zoom_in"].triggered.connect(lambda: self.zoom(self._page.zoom + 1))
        actions["zoom_out"].triggered.connect(lambda: self.zoom(self._page.zoom - 1))
        actions["zoom_reset"].triggered.connect(lambda: self.zoom(0))
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_colours)

    def zoom(self, steps: int) -> None:
        """Reading pane and interface together (see ui/zoom.py)."""
        self._page.set_zoom(steps)
        zoom.apply(QApplication.instance(), self._page.zoom)
        self._settings.set("text_zoom", self._page.zoom)
        self.zoomed.emit(self._page.zoom)

    def set_theme(self, choice: str) -> None:
        themes.apply(QApplication.instance(), choice)
        self._settings.set("theme", choice)
        self.recoloured.emit()

    def _on_system_colours(self, _scheme) -> None:
        if self._settings.get("theme") == "system":
            themes.apply(QApplication.instance(), "system")
            self.recoloured.emit()

    def set_ui_language(self, lang: str) -> None:
        if lang not in LANGS:
            return
        self._translations.apply(lang)
        self._settings.set("ui_language", lang)
