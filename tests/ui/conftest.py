"""A real window over the real content, with settings in a temp folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from equalcity_desktop.app import build_window, create_app
from equalcity_desktop.library.service import ContentService
from equalcity_desktop.ui.main_window import MainWindow
from equalcity_desktop.ui.settings import Settings

from ..conftest import CONTENT, LIVENESS_MS


def make_window(qtbot, cache: Path, search=None, ui_lang: str = "en",
                roots: list[Path] | None = None) -> MainWindow:
    """The window as the app builds it (themes, zoom and the interface language applied
    from the settings), with the interface in ``ui_lang``."""
    create_app()
    settings = Settings()
    settings.set("ui_language", ui_lang)
    window = build_window(ContentService(roots or [CONTENT], cache=cache), settings,
                          search=search)
    qtbot.addWidget(window)
    window.resize(1180, 760)  # the size the tests were written for (offscreen is 800 x 600)
    window.show()
    service = window.search_service
    qtbot.waitUntil(lambda: service.is_ready, timeout=LIVENESS_MS)
    qtbot.waitUntil(lambda: bool(part(window, "homePage").tiles), timeout=LIVENESS_MS)
    return window


@pytest.fixture
def window(qtbot, bundled_index: Path):
    w = make_window(qtbot, bundled_index)
    yield w
    w.search_service.stop()
    w.translations.apply("en")


def part(window: MainWindow, name: str) -> QWidget:
    """A part of the window by its object name, as accessibility tools find it."""
    found = window.findChild(QWidget, name)
    assert found is not None, f"no part named {name}"
    return found


def results(window: MainWindow) -> list:
    """The results listed now, in order."""
    panel = window.search_panel
    return [panel.result_at(row) for row in range(len(panel.result_ids()))]


def keys(text: str) -> None:
    """Type ``text`` where the keyboard focus is, as a person would."""
    QTest.keyClicks(QApplication.focusWidget(), text)


def type_query(qtbot, window: MainWindow, text: str) -> None:
    """Go to the search box (Ctrl+K), type ``text`` and wait for results."""
    window.actions["focus_search"].trigger()
    keys(text)
    qtbot.waitUntil(lambda: bool(window.search_panel.result_ids()), timeout=LIVENESS_MS)


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
    window.search_panel.set_text("")
    window.actions["focus_search"].trigger()
    with qtbot.waitSignal(service.results_ready, timeout=LIVENESS_MS,
                          check_params_cb=lambda qid, _r: qid == service.latest_id):
        keys(text)
