"""Typing never waits for a search, a late result never wins, and the search thread's life
is owned: it stops with its service, never signals from a deleted object, and a stop during
an index build does not wait for it."""

from __future__ import annotations

import threading

from equalcity_desktop.library.service import ContentService
from equalcity_desktop.ui import search_service as search_service_mod
from equalcity_desktop.ui.search_service import SearchRequest, SearchService

from ..conftest import CONTENT, LIVENESS_MS
from .conftest import keys, make_window

TYPED = "interpreter from the same comm"  # 30 characters


def test_typing_while_a_search_is_stuck(qtbot, bundled_index) -> None:
    """Every search blocks until the test opens the gate: all keys still land, in order,
    and only the newest query runs once the gate opens."""
    seen: list[str] = []
    gate = threading.Event()
    gate_timed_out: list[bool] = []

    def stuck(request: SearchRequest):
        seen.append(request.text)
        # A window that waited for its searches would stall here until this guard.
        gate_timed_out.append(not gate.wait(timeout=LIVENESS_MS / 1000))
        return window.content.search(request.text, request.lang, request.limit)

    window = make_window(qtbot, bundled_index, search=stuck)
    try:
        window.search_panel.focus_search()
        keys(TYPED)
        assert window.search_panel.query().text == TYPED  # every key landed, in order
        assert len(seen) <= 1  # at most the first query is running, and it is stuck
        gate.set()
        expected = window.content.search(TYPED, "en", SearchRequest(0, "", "en").limit)
        qtbot.waitUntil(lambda: window.search_panel.result_ids() == [r.id for r in expected],
                        timeout=LIVENESS_MS)
        assert seen[-1] == TYPED
        assert len(seen) <= 2  # overtaken queries were skipped, not run
        assert not any(gate_timed_out)  # the keys never waited for a search
    finally:
        gate.set()
        window.search_service.stop()


def test_results_of_an_older_query_are_dropped(qtbot, bundled_index) -> None:
    window = make_window(qtbot, bundled_index)
    try:
        service = window.search_service
        old = service.search("suicide", "en")
        new = service.search("tolk", "en")
        with qtbot.waitSignal(service.results_ready, timeout=LIVENESS_MS,
                              check_params_cb=lambda qid, _r: qid == new):
            pass
        # The older answer arrives late, as the search thread would send it.
        service.results_ready.emit(old, window.content.search("suicide", "en"))
        assert "suicidal-thoughts" not in window.search_panel.result_ids()[:1]
        assert "interpreter-working" in window.search_panel.result_ids()
    finally:
        window.search_service.stop()


class _SlowToOpen(ContentService):
    """Content whose open blocks until the test lets it go (an index build, injected)."""

    def __init__(self, *args, gate: threading.Event, entered: threading.Event, **kw) -> None:
        super().__init__(*args, **kw)
        self.gate, self.entered, self.closed = gate, entered, threading.Event()

    def load(self):
        self.entered.set()
        self.gate.wait(timeout=LIVENESS_MS / 1000)
        return super().load()

    def close(self) -> None:
        super().close()
        self.closed.set()


def test_a_stop_during_the_open_does_not_wait_and_nothing_signals_afterwards(
        qtbot, qapp, bundled_index) -> None:
    gate, entered = threading.Event(), threading.Event()
    content = _SlowToOpen([CONTENT], cache=bundled_index, gate=gate, entered=entered)
    service = SearchService(content)
    heard: list[str] = []
    service.ready.connect(lambda: heard.append("ready"))
    service.failed.connect(lambda m: heard.append(m))
    service.start()
    qtbot.waitUntil(entered.is_set, timeout=LIVENESS_MS)
    try:
        assert service.stop() is False  # returned while the open is still blocked
        assert search_service_mod._STOPPED_THREADS  # kept alive until it ends
        service.deleteLater()  # the service may go; its thread must not signal to it
        qapp.processEvents()
    finally:
        gate.set()
    search_service_mod.wait_for_stopped()
    qapp.processEvents()
    assert content.closed.is_set()  # the search thread closed what it opened
    assert heard == []
    qtbot.waitUntil(lambda: not search_service_mod._STOPPED_THREADS, timeout=LIVENESS_MS)


def test_a_stop_when_idle_ends_the_thread(qtbot, bundled_index) -> None:
    content = ContentService([CONTENT], cache=bundled_index)
    service = SearchService(content)
    service.start()
    qtbot.waitUntil(lambda: service.is_ready, timeout=LIVENESS_MS)
    assert service.stop() is True
    assert not service._thread.isRunning()
    assert service.stop() is True  # a second stop (the app's aboutToQuit) is harmless
    content.close()


def test_replaced_content_is_swapped_on_the_ui_thread(qtbot, bundled_index) -> None:
    content = ContentService([CONTENT], cache=bundled_index)
    service = SearchService(content)
    service.start()
    qtbot.waitUntil(lambda: service.is_ready, timeout=LIVENESS_MS)
    try:
        fresh = content.fresh()
        threads: list[bool] = []
        service.content_replaced.connect(
            lambda: threads.append(threading.current_thread() is threading.main_thread()))
        with qtbot.waitSignal(service.content_replaced, timeout=LIVENESS_MS):
            service.replace_content(fresh)
        assert service.content is fresh and threads == [True]
        with qtbot.waitSignal(service.results_ready, timeout=LIVENESS_MS):
            service.search("interpreter", "en")
    finally:
        service.stop()
        service.content.close()
