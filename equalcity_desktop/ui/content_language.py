"""The content language: one owner, one signal.

The cards and toolkits are read in this language; the menus keep the
interface language (ui/i18n.py). Whoever shows content listens to
``changed(lang)`` instead of being told by the window, and reads ``value``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox

from ..library.languages import LANGS, NATIVE_NAMES
from .settings import Settings


class ContentLanguage(QObject):
    """Signals: ``changed(lang)`` after the language changed (never for the same one)."""

    changed = Signal(str)

    def __init__(self, settings: Settings, fallback: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        chosen = settings.get("content_language") or fallback
        self._lang = chosen if chosen in LANGS else LANGS[0]

    @property
    def value(self) -> str:
        return self._lang

    def set(self, lang: str) -> bool:
        """Switch to ``lang`` and remember it; False for an unknown language."""
        if lang not in LANGS:
            return False
        if lang != self._lang:
            self._lang = lang
            self._settings.set("content_language", lang)
            self.changed.emit(lang)
        return True


class ContentLanguageBox(QComboBox):
    """The toolbar's choice of content language, each written in its own language;
    it follows ``language`` and sets it."""

    def __init__(self, language: ContentLanguage, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("contentLanguage")
        for lang in LANGS:
            self.addItem(NATIVE_NAMES[lang], lang)
        self._language = language
        self.setCurrentIndex(LANGS.index(language.value))
        self.currentIndexChanged.connect(lambda index: language.set(self.itemData(index)))
        language.changed.connect(lambda lang: self.setCurrentIndex(self.findData(lang)))
