"""The right side of the window: the home screen's tiles, or a page."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget

from .card_view import CardView
from .home_page import HomePage


class ReadingPane(QStackedWidget):
    def __init__(self, zoom: int = 0, parent=None) -> None:
        super().__init__(parent)
        self.home = HomePage()
        self.page = CardView()
        self.page.set_zoom(zoom)
        self.addWidget(self.home)
        self.addWidget(self.page)

    @property
    def showing_page(self) -> bool:
        return self.currentWidget() is self.page

    def show_page(self, html: str) -> None:
        self.page.show_html(html)
        self.setCurrentWidget(self.page)

    def show_home(self) -> None:
        self.setCurrentWidget(self.home)

    def clear(self) -> None:
        """The home screen, and nothing left of the last page."""
        self.page.clear_page()
        self.show_home()

    def retranslate_ui(self, page_name: str) -> None:
        self.page.setAccessibleName(page_name)
