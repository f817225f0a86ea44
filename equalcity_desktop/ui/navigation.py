"""Where the reader is: open an item, follow a link, back, forward, home.

Owns the history of this session (in memory only, emptied by quick exit and
the idle timer) and the reading pane's page. Texts keep the "MainWindow"
translation context they had when the window did this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMessageBox

from .. import APP_NAME
from ..library.model import LINK_SCHEMES
from .content_language import ContentLanguage
from .history import History
from .nav_pane import NavPane
from .reading_pane import ReadingPane

if TYPE_CHECKING:
    from ..library.model import Item
    from ..library.service import ContentService
    from .search_service import SearchService

SOURCES_PAGE = "@sources"  # generated, not an item ("@" is never in an id; printable's id)
WEB_SCHEMES = ("http", "https", "mailto")


class Navigation(QObject):
    """Signals: ``page_changed(item_id)`` after a page is shown ("" for the home screen)."""

    page_changed = Signal(str)

    def __init__(self, reading: ReadingPane, tree: NavPane, service: SearchService,
                 language: ContentLanguage, actions: dict[str, QAction]) -> None:
        super().__init__(reading)
        self._reading, self._tree, self._service = reading, tree, service
        self._language, self._actions = language, actions
        self.history = History()
        actions["back"].triggered.connect(self.go_back)
        actions["forward"].triggered.connect(self.go_forward)
        actions["home"].triggered.connect(self.go_home)
        actions["help_page"].triggered.connect(lambda: self.open_item("using-the-app"))
        actions["sources"].triggered.connect(lambda: self.open_item(SOURCES_PAGE))
        actions["about"].triggered.connect(self.show_about)
        reading.page.link_activated.connect(self.follow_link)
        reading.home.item_requested.connect(self.open_item)
        language.changed.connect(lambda _lang: self.reopen())
        self._update_actions()

    @property
    def content(self) -> ContentService:
        return self._service.content

    def current_id(self) -> str | None:
        """The id of the page on screen; None on the home screen."""
        return self.history.current if self._reading.showing_page else None

    def current_item(self) -> Item | None:
        """The item on screen (not the generated sources page)."""
        item_id = self.current_id()
        return self.content.item(item_id) if item_id else None

    def open_item(self, item_id: str, record: bool = True) -> bool:
        """Show an item (or the generated sources page); False if there is none."""
        lang = self._language.value
        if item_id == SOURCES_PAGE:
            html = self.content.sources_html(lang)
        elif self.content.item(item_id) is not None:
            html = self.content.page_html(item_id, lang)
        else:
            return False
        self._reading.show_page(html)
        if record:
            self.history.visit(item_id)
        self._tree.select_item(item_id)
        self._update_actions()
        self.page_changed.emit(item_id)
        return True

    def reopen(self, keep_missing: bool = False) -> None:
        """The page on screen once more (its language or its content changed). If it is
        gone (it came from a content pack that was removed), the home screen; or, with
        ``keep_missing``, the page stays as it was (a contact deleted while it was open)."""
        current = self.current_id()
        if current is None:
            return
        if not self.open_item(current, record=False) and not keep_missing:
            self.clear()

    def go_back(self) -> None:
        item_id = self.history.back()
        if item_id:
            self.open_item(item_id, record=False)

    def go_forward(self) -> None:
        item_id = self.history.forward()
        if item_id:
            self.open_item(item_id, record=False)

    def go_home(self) -> None:
        self._reading.show_home()
        self._tree.select_item(None)
        self._update_actions()
        self.page_changed.emit("")

    def clear(self) -> None:
        """No history and no page: the home screen."""
        self.history.clear()
        self._reading.clear()
        self.go_home()

    def show_about(self) -> None:
        if not self.open_item("about"):
            QMessageBox.information(self._reading.window(), APP_NAME, QCoreApplication.translate(
                "MainWindow", "The About page is missing from this library."))

    def follow_link(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme in LINK_SCHEMES:
            item_id = self.content.resolve(url.toString())
            if item_id is None or not self.open_item(item_id):
                QMessageBox.information(
                    self._reading.window(), APP_NAME, QCoreApplication.translate(
                        "MainWindow", "This page is not available in this library."))
        elif scheme in WEB_SCHEMES:
            self.confirm_external(url)

    def confirm_external(self, url: QUrl) -> bool:
        answer = QMessageBox.question(
            self._reading.window(), APP_NAME, QCoreApplication.translate(
                "MainWindow", "Open this address in your web browser?\n\n%1\n\nEqualcity itself "
                "never goes online.").replace("%1", url.toString()))
        if answer == QMessageBox.StandardButton.Yes:
            return QDesktopServices.openUrl(url)
        return False

    def _update_actions(self) -> None:
        self._actions["back"].setEnabled(self.history.can_back())
        self._actions["forward"].setEnabled(self.history.can_forward())
