"""Keys typed before search is ready are never lost: the window shows before the index is
open, so a worker may type at once; the text stays in the box and the results for the
whole text arrive once the search thread has opened the content."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from equalcity_desktop.app import build_window, create_app
from equalcity_desktop.library.service import ContentService
from equalcity_desktop.ui.search_service import SearchRequest

from ..conftest import CONTENT, LIVENESS_MS
from .conftest import keys, part

TYPED = "interpreter for a child"


class GatedContent(ContentService):
    """Content whose opening waits for the test: search cannot be ready before ``gate``."""

    def __init__(self, *args, gate: threading.Event, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.gate = gate
        self.waited_in: list[str] = []

    def load(self):
        if not self.gate.is_set():
            self.waited_in.append(threading.current_thread().name)
            self.gate.wait(timeout=LIVENESS_MS / 1000)
        return super().load()


def test_keys_typed_before_search_is_ready_are_kept_and_searched(qtbot, bundled_index) -> None:
    gate = threading.Event()
    create_app()
    content = GatedContent([CONTENT], cache=bundled_index, gate=gate)
    window = build_window(content)
    service = window.search_service
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: bool(content.waited_in), timeout=LIVENESS_MS)  # opening
        window.search_panel.focus_search()
        keys(TYPED)
        assert not service.is_ready  # every key went in before search could answer
        assert window.search_panel.query().text == TYPED
        assert len(window.search_panel.result_ids()) == 0
        gate.set()
        qtbot.waitUntil(lambda: service.is_ready, timeout=LIVENESS_MS)
        expected = [r.id for r in content.search(TYPED, "en", SearchRequest(0, "", "en").limit)]
        assert expected
        qtbot.waitUntil(lambda: window.search_panel.result_ids() == expected, timeout=LIVENESS_MS)
        qtbot.waitUntil(lambda: bool(part(window, "homePage").tiles), timeout=LIVENESS_MS)
        assert window.search_panel.query().text == TYPED  # filling the home page and tree kept it
        assert window.search_panel.result_ids() == expected
        # Only the search thread waited: the window never read the content before ready.
        assert all(name != threading.main_thread().name for name in content.waited_in)
    finally:
        gate.set()
        service.stop()


def test_keys_typed_into_the_first_frame_are_kept_when_the_window_is_built(
        qtbot, bundled_index) -> None:
    """The app shows the search box alone first and builds the rest at the event loop's
    first turn: what was typed in between is in the built panel's box, and searched."""
    create_app()
    content = ContentService([CONTENT], cache=bundled_index)
    window = build_window(content, staged=True)
    service = window.search_service
    qtbot.addWidget(window)
    window.show()
    try:
        assert not window.laid_out  # only the shell so far
        for char in TYPED:  # sendEvent delivers at once and never turns the event loop
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(window.search_box, QKeyEvent(
                    kind, 0, Qt.KeyboardModifier.NoModifier, char))
        assert not window.laid_out  # nothing else was built while the keys went in
        qtbot.waitUntil(lambda: window.laid_out, timeout=LIVENESS_MS)
        assert window.search_panel.query().text == TYPED
        qtbot.waitUntil(lambda: service.is_ready, timeout=LIVENESS_MS)
        expected = [r.id for r in content.search(TYPED, "en", SearchRequest(0, "", "en").limit)]
        assert expected
        qtbot.waitUntil(lambda: window.search_panel.result_ids() == expected, timeout=LIVENESS_MS)
        assert part(window, "searchBox") is window.search_box  # one box, taken over
    finally:
        service.stop()
