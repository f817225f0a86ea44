"""A real window over the real content, with settings in a temp folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from equalcity_desktop import resources
from equalcity_desktop.app import create_app
from equalcity_desktop.library.service import ContentService
from equalcity_desktop.ui.i18n import Translations
from equalcity_desktop.ui.main_window import MainWindow
from equalcity_desktop.ui.search_service import SearchService
from equalcity_desktop.ui.settings import Settings

from ..conftest import CONTENT, LIVENESS_MS


def make_window(qtbot, cache: Path, search=None, ui_lang: str = "en",
                roots: list[Path] | None = None) -> MainWindow:
    create_app()
    content = ContentService(roots or [CONTENT], cache=cache)
    translations = Translations(resources.path("i18n"))
    translations.apply(ui_lang)
    service = SearchService(content, search=search)
    window = MainWindow(service, Settings(), translations)
    service.setParent(window)
    qtbot.addWidget(window)
    window.show()
    service.start()
    qtbot.waitUntil(lambda: service.is_ready, timeout=LIVENESS_MS)
    qtbot.waitUntil(lambda: bool(window.home.tiles), timeout=LIVENESS_MS)
    return window


@pytest.fixture
def window(qtbot, bundled_index: Path):
    w = make_window(qtbot, bundled_index)
    yield w
    w.search_service.stop()
    w.translations.apply("en")


def type_query(qtbot, window: MainWindow, text: str) -> None:
    window.search_box.setFocus()
    QTest.keyClicks(window.search_box, text)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=LIVENESS_MS)


def link_position(view, href: str) -> QPoint:
    """Where in the view's viewport the link to ``href`` is drawn."""
    doc = view.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position() + 1)
                view.setTextCursor(cursor)
                view.ensureCursorVisible()
                return view.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def click_link(view, href: str) -> None:
    pos = link_position(view, href)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def when_dialog_opens(handle, kind: type = QFileDialog) -> QTimer:
    """Call ``handle(dialog)`` once a visible dialog of ``kind`` is up, however long it takes
    to open (polled from the event loop the dialog runs; no fixed delay). Keep the returned
    timer referenced until the dialog has been answered."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)
                   and w.isVisible()]
        if dialogs:
            timer.stop()
            handle(dialogs[0])

    timer.timeout.connect(poll)
    timer.start()
    return timer


def settle() -> None:
    """Deliver every posted event (layout requests, deferred deletes, resizes) and let the
    ones they post run too: what a fixed wait was standing in for."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def search_and_wait(qtbot, window: MainWindow, text: str) -> None:
    """Type ``text`` into a cleared search box and wait until its own search has answered
    (an empty result counts)."""
    service = window.search_service
    window.search_box.clear()
    with qtbot.waitSignal(service.results_ready, timeout=LIVENESS_MS,
                          check_params_cb=lambda qid, _r: qid == service.latest_id):
        QTest.keyClicks(window.search_box, text)
