"""What the panels that list the library share: they are given the loaded
library later than they are built, and redraw on a content-language or an
interface-language change."""

from __future__ import annotations

from PySide6.QtCore import QEvent

from ..library.model import Library


class LibraryPanel:
    """Mixin for a QWidget subclass; it calls ``_rebuild()`` and ``_retranslate()``."""

    _library: Library | None = None
    _lang: str = "en"

    def set_library(self, library: Library, lang: str) -> None:
        self._library, self._lang = library, lang
        self._rebuild()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._rebuild()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)  # type: ignore[misc]

    def _rebuild(self) -> None:
        raise NotImplementedError

    def _retranslate(self) -> None:
        raise NotImplementedError
