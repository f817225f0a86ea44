"""The path of a keystroke: panel -> service -> panel.

The panel says what is asked (``query_changed`` carries a SearchQuery); this
controller adds the content language and hands it to the search service; the
service answers on its worker thread, with the list's description lines
already written (:func:`describe`); the newest answer goes back to the panel.
Older answers are dropped here, once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from ..library.results import Result, Results
from ..library.service import ContentService
from .content_language import ContentLanguage
from .labels import kind_label, language_name
from .search_panel import SearchPanel, SearchQuery
from .search_service import SearchService


def describe(content: ContentService, result: Result, lang: str) -> str:
    """The grey line under a result's title: kind, toolkit city, pack, and the
    language it was found in when not the content language. Runs on the search
    thread (QCoreApplication.translate is thread-safe); texts keep the
    "MainWindow" translation context they had when the window wrote them."""
    parts = [kind_label(result.kind)]
    library = content.library
    toolkit = library.toolkits.get(result.toolkit)
    if toolkit is not None:
        parts.append(toolkit.cities.get(lang, toolkit.id))
    item = library.items.get(result.id)
    if item is not None and item.origin:
        parts.append(QCoreApplication.translate("MainWindow", "pack: %1").replace(
            "%1", item.origin_title(lang)))
    if result.matched_lang:
        parts.append(QCoreApplication.translate("MainWindow", "found in %1").replace(
            "%1", language_name(result.matched_lang)))
    return " · ".join(parts)


class SearchController(QObject):
    """Connects the panel, the service and the content language."""

    def __init__(self, panel: SearchPanel, service: SearchService, language: ContentLanguage,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panel, self._service, self._language = panel, service, language
        panel.query_changed.connect(self.search)
        service.results_ready.connect(self._on_results)
        # A query typed before typo correction was ready is asked again.
        service.warmed.connect(self.search_again)
        language.changed.connect(self.search_again)
        self.search_again()  # words typed before the panel was built

    def search(self, query: SearchQuery) -> int:
        return self._service.search(query.text, self._language.value, kinds=query.kinds,
                                    toolkits=query.toolkits)

    def search_again(self) -> None:
        """The same words once more (the content or its language changed)."""
        query = self._panel.query()
        if not query.is_empty:
            self.search(query)

    def clear(self) -> None:
        """No words, no results, no search running."""
        self._service.cancel()
        self._panel.clear()

    def _on_results(self, query_id: int, results: Results) -> None:
        if query_id == self._service.latest_id:  # an older query that finished late is dropped
            self._panel.show_results(results)
