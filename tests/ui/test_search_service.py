"""Typing never waits for a search, and a late result never wins."""

from __future__ import annotations

import time

from PySide6.QtTest import QTest

from equalcity_desktop.ui.search_service import SearchRequest

from .conftest import make_window

TYPED = "interpreter from the same comm"  # 30 characters


def test_typing_while_every_search_is_slow(qtbot, bundled_index) -> None:
    seen: list[str] = []

    def slow(request: SearchRequest):
        seen.append(request.text)
        time.sleep(0.08)  # five frames at 60 Hz, for every query
        return window.content.search(request.text, request.lang, request.limit)

    window = make_window(qtbot, bundled_index, search=slow)
    try:
        window.search_box.setFocus()
        start = time.perf_counter()
        QTest.keyClicks(window.search_box, TYPED)
        typing = time.perf_counter() - start
        assert window.search_box.text() == TYPED  # every key landed, in order
        assert typing < 0.08 * len(TYPED) / 2  # the keys did not wait for the searches
        qtbot.waitUntil(lambda: window.model.rowCount() > 0 and seen[-1] == TYPED,
                        timeout=10_000)
        qtbot.wait(300)
        assert len(seen) < len(TYPED)  # overtaken queries were skipped, not run
        expected = window.content.search(TYPED, "en", SearchRequest(0, "", "en").limit)
        assert window.model.ids() == [r.id for r in expected]
    finally:
        window.search_service.stop()


def test_results_of_an_older_query_are_dropped(qtbot, bundled_index) -> None:
    window = make_window(qtbot, bundled_index)
    try:
        service = window.search_service
        old = service.search("suicide", "en")
        new = service.search("tolk", "en")
        with qtbot.waitSignal(service.results_ready, timeout=5_000,
                              check_params_cb=lambda qid, _r: qid == new):
            pass
        window.on_search_results_ready(old, window.content.search("suicide", "en"))
        assert "suicidal-thoughts" not in window.model.ids()[:1]
        assert "interpreter-working" in window.model.ids()
    finally:
        window.search_service.stop()
