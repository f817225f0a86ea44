"""One slide drawn to fill its widget: the audience sees it on the projector,
the presenter console shows the current and the next one smaller.

Text scales with the widget's height so a slide looks the same at every
size: body text is 28 pt on a 1080-line screen (38 px), the size the issue
asks for at the back of a room. Only a slide too long to fit is drawn
smaller (never under 60%), and ``fits`` says whether it did.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...library.markup import plain_text, render_html

BODY_PER_LINE = 38 / 1080  # 38 px: just over 28 pt at 96 dpi on a 1080-line screen
MARGIN = 0.06  # of the height, around the text
SMALLEST = 0.6
BLANKS = {"black": QColor("#000000"), "white": QColor("#ffffff")}


def slide_css(px: float, colour: str) -> str:
    return (f"h1, h2, h3 {{ font-size: {px * 1.45:.0f}px; font-weight: 600; "
            f"margin-bottom: {px * 0.5:.0f}px; color: {colour}; }}"
            f"p, li {{ margin-bottom: {px * 0.3:.0f}px; }}"
            f"ul, ol {{ margin-left: {px * 0.4:.0f}px; }}"
            "a { text-decoration: none; }")


class SlideView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._markdown = ""
        self._html = ""
        self.blank = ""  # "", "black" or "white"
        self.scale = 1.0  # below 1 when the slide had to be drawn smaller
        self.aspect: float | None = None  # a preview keeps the projector's shape
        self._layout: tuple[tuple, QTextDocument, float] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 360)

    def set_slide(self, markdown: str) -> None:
        if markdown != self._markdown:
            self._markdown = markdown
            self._html = render_html(markdown) if markdown else ""
            self.setAccessibleDescription(plain_text(markdown) if markdown else "")
            self.update()

    def set_blank(self, blank: str) -> None:
        if blank != self.blank:
            self.blank = blank
            self.update()

    def body_px(self, height: int | None = None) -> float:
        return (height or self.height()) * BODY_PER_LINE

    def layout_document(self, height: int, width: int) -> tuple[QTextDocument, float]:
        """The slide laid out for a widget of this size, and the scale used
        (kept until the slide, the size or the colours change: a repaint
        does not lay it out again)."""
        colour = self.palette().color(QPalette.ColorRole.Text).name()
        key = (self._html, height, width, colour, self.font().key())
        if self._layout is None or self._layout[0] != key:
            self._layout = (key, *self._fit(height, width, colour))
        return self._layout[1], self._layout[2]

    def _fit(self, height: int, width: int, colour: str) -> tuple[QTextDocument, float]:
        margin = height * MARGIN
        scale = 1.0
        while True:
            doc = QTextDocument()
            px = self.body_px(height) * scale
            font = QFont(self.font())
            font.setPixelSize(max(6, round(px)))
            doc.setDefaultFont(font)
            doc.setDefaultStyleSheet(slide_css(px, colour))
            doc.setDocumentMargin(0)
            doc.setHtml(self._html)
            doc.setTextWidth(max(1.0, width - 2 * margin))
            if doc.size().height() <= height - 2 * margin or scale <= SMALLEST:
                return doc, scale
            scale = round(scale - 0.05, 2)

    def slide_rect(self) -> QRect:
        """Where the slide is drawn: all of the widget, or the largest
        rectangle of the projector's shape at its top."""
        area = self.rect()
        if not self.aspect:
            return area
        width = min(area.width(), round(area.height() * self.aspect))
        height = min(area.height(), round(width / self.aspect))
        return QRect(area.x() + (area.width() - width) // 2, area.y(), width, height)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        target = self.slide_rect()
        if target != self.rect():
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        if self.blank:
            painter.fillRect(target, BLANKS[self.blank])
            return
        painter.fillRect(target, self.palette().color(QPalette.ColorRole.Base))
        if not self._html:
            return
        doc, self.scale = self.layout_document(target.height(), target.width())
        margin = target.height() * MARGIN
        painter.translate(target.x() + margin, target.y() + margin)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        doc.drawContents(painter, QRectF(0, 0, target.width() - 2 * margin,
                                         target.height() - 2 * margin))


def solid_colour(widget: QWidget) -> QColor | None:
    """The one colour a widget shows, or None when it shows more (tests, and
    the console's check that a blank really is blank)."""
    image = widget.grab().toImage()
    first = image.pixelColor(0, 0)
    step = max(1, min(image.width(), image.height()) // 40)
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            if image.pixelColor(x, y) != first:
                return None
    return first

