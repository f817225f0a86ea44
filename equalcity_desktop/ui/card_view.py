"""The reading pane: an item's sanitised HTML in a QTextBrowser.

QTextBrowser would follow links itself and blank the view on a web link, and
it would read any local file a link or image names. Here it follows nothing:
every click is handed to the window as ``link_activated``, and no resource
is ever loaded.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QUrl, Signal
from PySide6.QtGui import QFont, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from . import zoom

CSS = """
h1 { font-size: x-large; font-weight: 600; margin-bottom: 8px; }
h2 { font-size: large; font-weight: 600; margin-top: 16px; margin-bottom: 4px; }
h3 { font-size: medium; font-weight: 600; margin-top: 12px; margin-bottom: 2px; }
p.kind { font-size: small; margin: 0; }
p.summary { font-style: italic; }
li { margin-bottom: 0.25em; }
ul.sources, p.docnav { font-size: small; }
a { text-decoration: underline; }
table { border-collapse: collapse; }
th, td { border: 1px solid gray; padding: 4px; }
"""
BASE_POINTS = 12.0


class CardView(QTextBrowser):
    """Signals: ``link_activated(QUrl)`` for every link the reader follows."""

    link_activated = Signal(QUrl)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("cardView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self.link_activated)
        self.document().setDefaultStyleSheet(CSS)
        self.document().setDocumentMargin(18)
        self._zoom = 0
        self.set_zoom(0)

    def loadResource(self, kind: int, _name: QUrl) -> object:  # noqa: N802 (Qt API)
        # No files, no network: an empty answer, never None (None, or an empty byte array,
        # lets QTextDocument read a named file itself; a null image does not). The content
        # sanitiser strips images before this anyway.
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return QImage()
        return QByteArray()

    def show_html(self, html: str) -> None:
        self.setHtml(html)
        self.verticalScrollBar().setValue(0)

    def clear_page(self) -> None:
        self.clear()
        self.clearHistory()

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        self._zoom = zoom.clamp(steps)
        self._apply_font()

    def _apply_font(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(BASE_POINTS * zoom.factor(self._zoom))
        self.document().setDefaultFont(font)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        # QTextEdit hands a new application font or style to its document;
        # the reading size is ours, so put it back.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._apply_font()
