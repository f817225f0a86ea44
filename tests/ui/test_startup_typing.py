"""Keys typed before search is ready are never lost: the window shows before the index is
open, so a worker may type at once; the text stays in the box and the results for the
whole text arrive once the search thread has opened the content."""

from __future__ import annotations

import threading

from PySide6.QtTest import QTest

from equalcity_desktop import resources
from equalcity_desktop.app import create_app
from equalcity_desktop.library.service import ContentService
from equalcity_desktop.ui.i18n import Translations
from equalcity_desktop.ui.main_window import MainWindow
from equalcity_desktop.ui.search_service import SearchRequest, SearchService
from equalcity_desktop.ui.settings import Settings

from ..conftest import CONTENT, LIVENESS_MS

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
    translations = Translations(resources.path("i18n"))
    translations.apply("en")
    service = SearchService(content)
    window = MainWindow(service, Settings(), translations)
    service.setParent(window)
    qtbot.addWidget(window)
    window.show()
    service.start()
    try:
        qtbot.waitUntil(lambda: bool(content.waited_in), timeout=LIVENESS_MS)  # opening
        window.search_box.setFocus()
        QTest.keyClicks(window.search_box, TYPED)
        assert not service.is_ready  # every key went in before search could answer
        assert window.search_box.text() == TYPED
        assert window.model.rowCount() == 0
        gate.set()
        qtbot.waitUntil(lambda: service.is_ready, timeout=LIVENESS_MS)
        expected = [r.id for r in content.search(TYPED, "en", SearchRequest(0, "", "en").limit)]
        assert expected
        qtbot.waitUntil(lambda: window.model.ids() == expected, timeout=LIVENESS_MS)
        qtbot.waitUntil(lambda: bool(window.home.tiles), timeout=LIVENESS_MS)
        assert window.search_box.text() == TYPED  # filling the home page and tree kept it
        assert window.model.ids() == expected
        # Only the search thread waited: the window never read the content before ready.
        assert all(name != threading.main_thread().name for name in content.waited_in)
    finally:
        gate.set()
        service.stop()
