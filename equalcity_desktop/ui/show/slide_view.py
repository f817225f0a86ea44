"""One slide drawn to fill its widget: the audience sees it on the projector,
the presenter console shows the current and the next one smaller, and the
overview shows them all. The look itself (safe area, accent, title slide,
"3 / 12") is ``render/slides.py``, shared with the handout PDF.

Text scales with the widget's height so a slide looks the same at every
size: body text is 28 pt on a 1080-line screen (38 px), the size the issue
asks for at the back of a room, and grows to fill the safe area. Only a
slide too long to fit is drawn smaller (never under 60%), and ``scale``
says whether it was.

A view can be given the deck's slide itself, or only its Markdown (as the
console and the overview do): it then finds the slide, with its number and
accent, in the deck on show (``show_deck``), so every view of a show draws
the same frame.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...library.markup import plain_text
from ...library.presentation import Deck, DeckSlide
from ...render.slides import BODY_PER_LINE, SMALLEST, SlideLayout, layout_slide, paint_slide

__all__ = ["BLANKS", "BODY_PER_LINE", "SMALLEST", "SlideView", "show_deck", "solid_colour"]

BLANKS = {"black": QColor("#000000"), "white": QColor("#ffffff")}

# The slides of the deck on show, by their Markdown (set by the audience window).
_ON_SHOW: dict[str, DeckSlide] = {}


def show_deck(deck: Deck | None) -> None:
    """Tell every slide view which deck is on show, so that one given only
    Markdown draws that slide's frame (number, accent, title slide)."""
    _ON_SHOW.clear()
    if deck is not None:
        for slide in deck.slides:
            _ON_SHOW.setdefault(slide.markdown, slide)


class SlideView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._markdown = ""
        self._slide: DeckSlide | None = None
        self.blank = ""  # "", "black" or "white"
        self.scale = 1.0  # below 1 when the slide had to be drawn smaller
        self.aspect: float | None = None  # a preview keeps the projector's shape
        self._layout: tuple[tuple, SlideLayout] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 90)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 360)

    @property
    def deck_slide(self) -> DeckSlide | None:
        """The slide shown, with its frame (None for bare Markdown not on show)."""
        if self._slide is None and self._markdown:
            return _ON_SHOW.get(self._markdown)
        return self._slide

    def set_slide(self, slide: str | DeckSlide) -> None:
        markdown = slide.markdown if isinstance(slide, DeckSlide) else slide
        given = slide if isinstance(slide, DeckSlide) else None
        if markdown != self._markdown or given != self._slide:
            self._markdown = markdown
            self._slide = given
            self.setAccessibleDescription(plain_text(markdown) if markdown else "")
            self.update()

    def set_blank(self, blank: str) -> None:
        if blank != self.blank:
            self.blank = blank
            self.update()

    def body_px(self, height: int | None = None) -> float:
        return (height or self.height()) * BODY_PER_LINE

    def layout_document(self, height: int, width: int) -> tuple[SlideLayout, float]:
        """The slide laid out for a widget of this size, and the scale used
        (1.0 unless it had to be drawn smaller; kept until the slide, the
        size or the font change: a repaint does not lay it out again)."""
        slide = self.deck_slide
        key = (self._markdown, slide, height, width, self.font().key())
        if self._layout is None or self._layout[0] != key:
            self._layout = (key, layout_slide(slide, self._markdown, width, height,
                                              self.font()))
        layout = self._layout[1]
        return layout, layout.scale

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
        if not self._markdown:
            painter.fillRect(target, QColor("#ffffff"))
            return
        layout, self.scale = self.layout_document(target.height(), target.width())
        paint_slide(painter, QRectF(target), self.deck_slide, layout, self.font())


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
