"""Search as a service: queries run on a worker thread, the newest wins.

The UI thread only stores the newest request and wakes the worker; the worker
skips requests that were overtaken while it was busy, and results carry the
id of their query so the window can drop any that arrive late (Zeal's
``DocsetRegistry::search``/``searchCompleted``, after its issue #265 where
typing stuttered while a search ran).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QThread, Signal

from ..library.results import Result, Results
from ..library.service import ContentService
from ..timing import milestone

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SearchRequest:
    id: int
    text: str
    lang: str
    limit: int = 30  # each row is laid out as rich text on the UI thread
    kinds: tuple[str, ...] = field(default_factory=tuple)
    toolkits: tuple[str, ...] = field(default_factory=tuple)


SearchFn = Callable[[SearchRequest], list[Result]]
WARM_UP_AFTER = 0.8  # seconds without a search before the corrector is built


class _Worker(QThread):
    def __init__(self, service: SearchService) -> None:
        super().__init__()
        self.setObjectName("equalcity-search")
        self._service = service

    def run(self) -> None:
        self._service._work()  # noqa: SLF001 - the worker is part of the service


class SearchService(QObject):
    """Owns the searcher. Signals: ``ready()`` once the index is open and the
    content is loaded, ``warmed()`` once typo correction is prepared,
    ``results_ready(query_id, results)`` for the newest query only,
    ``failed(message)`` when the content cannot be opened (a replacement
    that fails leaves the old content in place)."""

    ready = Signal()
    content_replaced = Signal()  # after replace_content: self.content is the new one
    warmed = Signal()  # typo correction and compounds are ready from now on
    results_ready = Signal(int, object)  # Results: a list with did_you_mean
    failed = Signal(str)

    def __init__(self, content: ContentService, search: SearchFn | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self._search = search or self._default_search
        self._cond = threading.Condition()
        self._pending: SearchRequest | None = None
        self._latest = 0
        self._stopping = False
        self._replacement: ContentService | None = None
        self._is_ready = False
        self._thread = _Worker(self)

    def _default_search(self, request: SearchRequest) -> list[Result]:
        return self.content.search(request.text, request.lang, request.limit,
                                   kinds=request.kinds, toolkits=request.toolkits)

    @property
    def is_ready(self) -> bool:
        return self._is_ready

    @property
    def latest_id(self) -> int:
        return self._latest

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._pending = None
            self._cond.notify_all()
        self._thread.wait(5000)

    def search(self, text: str, lang: str, kinds: tuple[str, ...] = (),
               toolkits: tuple[str, ...] = ()) -> int:
        """Queue a search; returns its id. An empty text clears at once."""
        with self._cond:
            self._latest += 1
            request = SearchRequest(self._latest, text, lang, kinds=kinds, toolkits=toolkits)
            self._pending = request if text.strip() else None
            self._cond.notify_all()
        if not text.strip():
            self.results_ready.emit(request.id, Results())
        return request.id

    def replace_content(self, content: ContentService) -> None:
        """Open ``content`` on the worker and switch to it once it is ready
        (a content pack was installed or removed); searches keep using the
        old content until then."""
        with self._cond:
            self._replacement = content
            self._cond.notify_all()

    def cancel(self) -> None:
        """Forget any queued search; results still running are dropped."""
        with self._cond:
            self._latest += 1
            self._pending = None

    def _warm_up(self) -> None:
        """Prepare the typo corrector while nobody is typing yet (about 0.2 s)."""
        warm = getattr(self.content, "warm_up", None)
        if warm is not None:
            try:
                warm()
            except Exception:
                log.error("the typo corrector could not be prepared", exc_info=False)
                return
            self.warmed.emit()

    def _open(self, content: ContentService) -> bool:
        try:
            # Typo correction waits for the background warm-up (see _warm_up).
            content.searcher().build_on_demand = False
            milestone("index-open")
            content.load()
            milestone("library-loaded")
        except Exception as exc:  # shown to the user; the query text is never logged
            log.exception("the content could not be opened")
            self.failed.emit(str(exc))
            return False
        return True

    def _swap(self, content: ContentService) -> None:
        if not self._open(content):
            content.close()
            return
        old, self.content = self.content, content
        old.close()
        self.content_replaced.emit()

    def _work(self) -> None:
        if not self._open(self.content):
            return
        self._is_ready = True
        self.ready.emit()
        warmed = False
        while True:
            with self._cond:
                while self._pending is None and self._replacement is None \
                        and not self._stopping:
                    # Once nobody has typed for a moment, prepare the typo corrector.
                    if not self._cond.wait(timeout=None if warmed else WARM_UP_AFTER):
                        break
                if self._stopping:
                    return
                replacement, self._replacement = self._replacement, None
                if replacement is None:
                    request, self._pending = self._pending, None
            if replacement is not None:
                self._swap(replacement)
                warmed = False
                continue
            if request is None:
                self._warm_up()
                warmed = True
                continue
            try:
                results = self._search(request)
            except Exception:
                log.error("a search failed", exc_info=False)
                results = Results()
            with self._cond:
                if request.id != self._latest:
                    continue  # overtaken while it ran
            self.results_ready.emit(request.id, results)
