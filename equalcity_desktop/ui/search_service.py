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

from PySide6.QtCore import QObject, QThread, Signal, Slot

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
# The grey line of a result in the list, written on the search thread: (content, result, lang).
DescribeFn = Callable[[ContentService, Result, str], str]
WARM_UP_AFTER = 0.8  # seconds without a search before the corrector is built
# Threads whose service stopped while they were opening the content (an index build cannot be
# interrupted): kept referenced until they end, since Qt aborts if a running QThread is
# destroyed. wait_for_stopped() lets the process finish them before it exits.
_STOPPED_THREADS: set[QThread] = set()


class _Worker(QObject):
    """Runs on the search thread: opens the content, then answers the newest request.

    It talks to the service only through its own signals (queued to the UI thread), so a
    service deleted while a search or an index build runs is never a signal source.
    """

    opened = Signal(object, object)  # (content, content it replaces or None); UI swaps it
    open_failed = Signal(str)
    results = Signal(int, object)
    warmed = Signal()

    def __init__(self, state: _State, content: ContentService, search: SearchFn | None,
                 describe: DescribeFn | None = None) -> None:
        super().__init__()
        self._state = state
        self.content = content  # what this thread searches; only this thread reassigns it
        self._search = search or self._default_search
        self._describe = describe

    def _default_search(self, request: SearchRequest) -> list[Result]:
        return self.content.search(request.text, request.lang, request.limit,
                                   kinds=request.kinds, toolkits=request.toolkits)

    def _open(self, content: ContentService) -> bool:
        state = self._state
        with state.cond:
            if state.stopping:
                return False
            state.opening = True
        try:
            # Typo correction waits for the background warm-up (see _warm_up).
            content.searcher().build_on_demand = False
            milestone("index-open")
            content.load()
            milestone("library-loaded")
        except Exception as exc:  # shown to the user; the query text is never logged
            log.exception("the content could not be opened")
            self.open_failed.emit(str(exc))
            return False
        finally:
            with state.cond:
                state.opening = False
        return True

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

    def _next(self, warmed: bool) -> tuple[SearchRequest | None, ContentService | None] | None:
        """Wait for work; None once the service stops."""
        state = self._state
        with state.cond:
            while state.pending is None and state.replacement is None and not state.stopping:
                # Once nobody has typed for a moment, prepare the typo corrector.
                if not state.cond.wait(timeout=None if warmed else WARM_UP_AFTER):
                    break
            if state.stopping:
                return None
            replacement, state.replacement = state.replacement, None
            request = None
            if replacement is None:
                request, state.pending = state.pending, None
            return request, replacement

    def set_describe(self, describe: DescribeFn | None) -> None:
        with self._state.cond:  # read on the search thread; one reference, swapped whole
            self._describe = describe

    def _answer(self, request: SearchRequest) -> Results:
        found = self._search(request)
        results = found if isinstance(found, Results) else Results(found)
        if self._describe is not None:
            results.descriptions = tuple(self._describe(self.content, result, request.lang)
                                         for result in results)
        return results

    @Slot()
    def run(self) -> None:
        try:
            self._loop()
        finally:
            self.thread().quit()

    def _loop(self) -> None:
        opened = self._open(self.content)
        with self._state.cond:
            orphaned = self._state.orphaned
        if orphaned:  # stopped during the open: this thread owns the content now
            self.content.close()
            return
        if not opened:
            return
        self.opened.emit(self.content, None)
        warmed = False
        while (work := self._next(warmed)) is not None:
            request, replacement = work
            if replacement is not None:
                if self._open(replacement):
                    old, self.content = self.content, replacement
                    self.opened.emit(replacement, old)  # the UI thread closes the old one
                else:
                    replacement.close()
                warmed = False
                continue
            if request is None:
                self._warm_up()
                warmed = True
                continue
            try:
                results = self._answer(request)
            except Exception:
                log.error("a search failed", exc_info=False)
                results = Results()
            with self._state.cond:
                if request.id != self._state.latest:
                    continue  # overtaken while it ran
            self.results.emit(request.id, results)


@dataclass
class _State:
    """What the UI thread and the search thread share, under ``cond``."""

    cond: threading.Condition = field(default_factory=threading.Condition)
    pending: SearchRequest | None = None
    replacement: ContentService | None = None
    latest: int = 0
    stopping: bool = False
    opening: bool = False
    orphaned: bool = False  # stopped mid-open: the search thread closes the content


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
                 parent: QObject | None = None, describe: DescribeFn | None = None) -> None:
        super().__init__(parent)
        self.content = content  # what the UI reads pages from; swapped on the UI thread
        self._state = _State()
        self._is_ready = False
        self._thread = QThread()
        self._thread.setObjectName("equalcity-search")
        self._worker = _Worker(self._state, content, search, describe)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._thread.finished.connect(self._worker.deleteLater)
        self._worker.opened.connect(self._on_opened)
        self._worker.open_failed.connect(self.failed)
        self._worker.results.connect(self.results_ready)
        self._worker.warmed.connect(self.warmed)

    @property
    def is_ready(self) -> bool:
        return self._is_ready

    @property
    def latest_id(self) -> int:
        return self._state.latest

    def start(self) -> None:
        self._thread.start()

    def set_describe(self, describe: DescribeFn | None) -> None:
        """How results are described from now on (given once the window's search panel
        exists: importing it must not hold the first frame back)."""
        self._worker.set_describe(describe)

    def stop(self) -> bool:
        """Stop the search thread. Returns True when it has ended; False when it is still
        opening the content (an index build cannot be interrupted): it then closes that
        content itself when the build ends, and nothing reaches this service any more."""
        state = self._state
        with state.cond:
            if state.orphaned:
                return False
            state.stopping = True
            state.pending = state.replacement = None
            state.cond.notify_all()
            state.orphaned = state.opening and self._thread.isRunning()
        if not self._thread.isRunning():
            return True
        if state.orphaned:
            for signal in (self._worker.opened, self._worker.open_failed,
                           self._worker.results, self._worker.warmed):
                signal.disconnect()
            thread = self._thread
            _STOPPED_THREADS.add(thread)
            thread.finished.connect(lambda: _STOPPED_THREADS.discard(thread))
            return False
        self._thread.wait()
        return True

    def search(self, text: str, lang: str, kinds: tuple[str, ...] = (),
               toolkits: tuple[str, ...] = ()) -> int:
        """Queue a search; returns its id. An empty text clears at once."""
        state = self._state
        with state.cond:
            state.latest += 1
            request = SearchRequest(state.latest, text, lang, kinds=kinds, toolkits=toolkits)
            state.pending = request if text.strip() else None
            state.cond.notify_all()
        if not text.strip():
            self.results_ready.emit(request.id, Results())
        return request.id

    def replace_content(self, content: ContentService) -> None:
        """Open ``content`` on the worker and switch to it once it is ready
        (a content pack was installed or removed); searches keep using the
        old content until then."""
        with self._state.cond:
            self._state.replacement = content
            self._state.cond.notify_all()

    def cancel(self) -> None:
        """Forget any queued search; results still running are dropped."""
        with self._state.cond:
            self._state.latest += 1
            self._state.pending = None

    @Slot(object, object)
    def _on_opened(self, content: ContentService, old: ContentService | None) -> None:
        self.content = content
        if old is None:
            self._is_ready = True
            self.ready.emit()
            return
        old.close()  # the search thread has moved on to the new content
        self.content_replaced.emit()


def wait_for_stopped(timeout_ms: int = -1) -> None:
    """Let threads stopped mid-open finish (at process exit, after the window is gone)."""
    for thread in list(_STOPPED_THREADS):
        thread.wait(timeout_ms) if timeout_ms >= 0 else thread.wait()
