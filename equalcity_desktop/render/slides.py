"""How a slide looks, drawn with a QPainter on anything: the projector, the
console's previews, the overview grid and the handout PDF (QtGui only).

A slide is drawn on white in a safe area of 90% of its width and height,
centred: a thin bar of the toolkit's accent colour along the top, the title
at 1.6 times the body size with a short accent rule under it, the body, and
at the foot the deck's title (left) and "3 / 12" (right). Body text is 28 pt
on a 1080-line screen (38 px) and grows, up to 1.75 times, until the text
block fills the safe area; only a slide too long to fit is drawn smaller
(never under 60%), and ``scale`` says so. A title slide (``kind == "title"``)
has the accent as a band down its left edge and the toolkit, the title and
the duration as one block in the middle.

Sizes are fractions of the slide's height, so a slide looks the same at
1920x1080, at 1366x768 and as a preview; colours are fixed (dark text on
white, 16:1) whatever the app's theme, since they are for a room.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextDocument, QTextOption

from ..library.markup import render_html
from ..library.presentation import DEFAULT_ACCENT, DeckSlide

BODY_PER_LINE = 38 / 1080  # 38 px: just over 28 pt at 96 dpi on a 1080-line screen
SAFE = 0.90  # of the width and of the height: the safe area, centred
TITLE_RATIO = 1.6  # title size to body size
GROW = 1.75  # body text grows up to this much to fill the safe area
TITLE_GROW = 1.3  # and a title slide's text up to this much
SMALLEST = 0.6
FOOT = 0.026  # the foot line's text, of the height (28 px on 1080 lines)
BAR = 0.012  # the accent bar along the top, of the height
BACKGROUND = "#ffffff"
TEXT = "#1a1a1a"  # 17.4:1 on white
MUTED = "#4d4d4d"  # 8.5:1 on white: the foot line and a title slide's toolkit

HEADING_RE = re.compile(r"^#{1,6}\s+(.*\S)\s*$")


def split_title(markdown: str) -> tuple[str, str]:
    """A slide's leading heading (its title, as Markdown) and the rest."""
    lines = markdown.strip().split("\n")
    if lines and (found := HEADING_RE.match(lines[0])):
        return found[1], "\n".join(lines[1:]).strip()
    return "", markdown.strip()


def body_css(px: float) -> str:
    return (f"p, li {{ margin-bottom: {px * 0.35:.0f}px; }}"
            f"ul, ol {{ margin-left: {px * 0.2:.0f}px; -qt-list-indent: 1; }}"
            f"h1, h2, h3, h4 {{ font-size: {px * 1.15:.0f}px; font-weight: 600; "
            f"margin-top: {px * 0.3:.0f}px; margin-bottom: {px * 0.3:.0f}px; }}"
            f"a {{ text-decoration: none; color: {TEXT}; }}")


def _document(html: str, px: float, font: QFont, width: float, *, bold: bool = False,
              colour: str = TEXT, css: str = "") -> QTextDocument:
    doc = QTextDocument()
    base = QFont(font)
    base.setPixelSize(max(4, round(px)))
    base.setBold(bold)
    doc.setDefaultFont(base)
    doc.setDefaultStyleSheet(f"body {{ color: {colour}; }}" + css)
    doc.setDocumentMargin(0)
    # Break only between words: a word too long for the line shows as too wide
    # (idealWidth), and a smaller size is tried, instead of a word cut in two.
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setHtml(f'<div style="color: {colour}">{html}</div>')
    doc.setTextWidth(max(1.0, width))
    return doc


@dataclass
class SlideLayout:
    """A slide laid out for one size; ``block`` is where its text sits,
    ``safe`` the safe area (both relative to the slide's top-left corner)."""

    width: float
    height: float
    safe: QRectF
    block: QRectF
    title: QTextDocument | None
    body: QTextDocument | None
    body_px: float
    scale: float  # below 1 when the slide had to be drawn smaller than 28 pt
    grow: float  # above 1 when the text was enlarged to fill the safe area
    kind: str = ""
    overline: QTextDocument | None = None
    meta: QTextDocument | None = None
    gap: float = 0.0  # between the title and the body (the accent rule sits in it)

    @property
    def title_px(self) -> float:
        return self.body_px * TITLE_RATIO


def safe_area(width: float, height: float) -> QRectF:
    margin_x, margin_y = width * (1 - SAFE) / 2, height * (1 - SAFE) / 2
    return QRectF(margin_x, margin_y, width - 2 * margin_x, height - 2 * margin_y)


def _content_area(width: float, height: float) -> QRectF:
    """The safe area less the foot line (and a gap above it)."""
    safe = safe_area(width, height)
    return safe.adjusted(0, 0, 0, -height * (FOOT * 1.5 + 0.025))


def layout_slide(slide: DeckSlide | None, markdown: str, width: float, height: float,
                 font: QFont) -> SlideLayout:
    if slide is not None and slide.kind == "title":
        return _layout_title(slide, markdown, width, height, font)
    return _layout_content(markdown, width, height, font)


def _fits(doc: QTextDocument | None, width: float) -> bool:
    return doc is None or doc.idealWidth() <= width + 0.5


def _best(attempt, most: float):
    """The largest factor from 1 up to ``most`` (in steps of 0.05) whose
    attempt fits, or when 1 does not fit the first one down to SMALLEST that
    does; the factor and that attempt (whose first element says "fits")."""
    factor = 1.0
    result = attempt(factor)
    if result[0]:
        while factor < most:
            step = round(min(most, factor + 0.05), 2)
            bigger = attempt(step)
            if not bigger[0]:
                break
            factor, result = step, bigger
    else:
        while not result[0] and factor > SMALLEST:
            factor = round(factor - 0.05, 2)
            result = attempt(factor)
    return factor, result


def _layout_content(markdown: str, width: float, height: float, font: QFont) -> SlideLayout:
    area = _content_area(width, height)
    title_md, body_md = split_title(markdown)
    title_html = render_html(title_md) if title_md else ""
    body_html = render_html(body_md) if body_md else ""
    base = height * BODY_PER_LINE

    def attempt(factor: float):
        px = base * factor
        title = _document(title_html, px * TITLE_RATIO, font, area.width(), bold=True,
                          css="p { margin: 0; }") if title_html else None
        body = _document(body_html, px, font, area.width(), css=body_css(px)) \
            if body_html else None
        gap = px * 1.1 if title and body else 0.0
        used = (title.size().height() if title else 0.0) + gap + \
            (body.size().height() if body else 0.0)
        ok = used <= area.height() and _fits(title, area.width()) and _fits(body, area.width())
        return ok, title, body, gap, used, px

    factor, result = _best(attempt, GROW)
    _ok, title, body, gap, used, px = result
    block_width = max((d.idealWidth() for d in (title, body) if d is not None), default=0.0)
    block = QRectF(area.x(), area.y() + max(0.0, (area.height() - used) / 2),
                   min(area.width(), block_width), used)
    return SlideLayout(width, height, safe_area(width, height), block, title, body, px,
                       min(1.0, factor), max(1.0, factor), gap=gap)


def _layout_title(slide: DeckSlide, markdown: str, width: float, height: float,
                  font: QFont) -> SlideLayout:
    area = _content_area(width, height)
    inset = width * 0.04  # the text stands clear of the accent band
    text_width = area.width() - inset
    title_md, _rest = split_title(markdown)
    title_html = render_html(title_md or slide.context or markdown)
    base = height * BODY_PER_LINE

    def attempt(factor: float):
        px = base * factor
        over = _document(render_html(slide.overline), px * 0.9, font, text_width,
                         colour=MUTED, css="p { margin: 0; }") if slide.overline else None
        title = _document(title_html, px * 2.0, font, text_width, bold=True,
                          css="p { margin: 0; }")
        meta = _document(render_html(slide.meta), px, font, text_width,
                         css="p { margin: 0; }") if slide.meta else None
        gap = px * 1.4
        used = sum(d.size().height() for d in (over, title, meta) if d is not None) \
            + gap * (bool(over) + bool(meta))
        ok = used <= area.height() and all(_fits(d, text_width) for d in (over, title, meta))
        return ok, over, title, meta, gap, used, px

    factor, result = _best(attempt, TITLE_GROW)
    _ok, over, title, meta, gap, used, px = result
    block_width = max(d.idealWidth() for d in (over, title, meta) if d is not None)
    block = QRectF(area.x() + inset, area.y() + max(0.0, (area.height() - used) / 2),
                   min(text_width, block_width), used)
    return SlideLayout(width, height, safe_area(width, height), block, title, None, px,
                       min(1.0, factor), max(1.0, factor), kind="title", overline=over,
                       meta=meta, gap=gap)


def paint_slide(painter: QPainter, target: QRectF, slide: DeckSlide | None,
                layout: SlideLayout, font: QFont) -> None:
    """Draw a laid-out slide into ``target`` (its size is the layout's)."""
    accent = QColor(slide.accent if slide else DEFAULT_ACCENT)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(target.topLeft())
    w, h = layout.width, layout.height
    painter.fillRect(QRectF(0, 0, w, h), QColor(BACKGROUND))
    block = layout.block
    if layout.kind == "title":
        painter.fillRect(QRectF(0, 0, w * 0.025, h), accent)
        y = block.y()
        for doc in (layout.overline, layout.title):
            if doc is None:
                continue
            _draw_doc(painter, doc, block.x(), y)
            y += doc.size().height() + (layout.gap if doc is layout.overline else 0)
        if layout.meta is not None:
            rule = max(2.0, h * 0.008)
            painter.fillRect(QRectF(block.x(), y + (layout.gap - rule) / 2, w * 0.12, rule),
                             accent)
            _draw_doc(painter, layout.meta, block.x(), y + layout.gap)
    else:
        painter.fillRect(QRectF(0, 0, w, max(2.0, h * BAR)), accent)
        y = block.y()
        if layout.title is not None:
            _draw_doc(painter, layout.title, block.x(), y)
            y += layout.title.size().height()
            if layout.body is not None:
                rule = max(2.0, h * 0.006)
                painter.fillRect(QRectF(block.x(), y + (layout.gap - rule) / 2, w * 0.08, rule),
                                 accent)
            y += layout.gap
        if layout.body is not None:
            _draw_doc(painter, layout.body, block.x(), y)
    _paint_foot(painter, slide, layout, font)
    painter.restore()


def _draw_doc(painter: QPainter, doc: QTextDocument, x: float, y: float) -> None:
    painter.save()
    painter.translate(x, y)
    doc.drawContents(painter)
    painter.restore()


def foot_rect(layout: SlideLayout) -> QRectF:
    safe = layout.safe
    px = layout.height * FOOT
    return QRectF(safe.x(), safe.bottom() - px * 1.5, safe.width(), px * 1.5)


def _paint_foot(painter: QPainter, slide: DeckSlide | None, layout: SlideLayout,
                font: QFont) -> None:
    if slide is None or not slide.total:
        return
    foot = QFont(font)
    foot.setPixelSize(max(4, round(layout.height * FOOT)))
    foot.setBold(False)
    painter.setFont(foot)
    painter.setPen(QColor(MUTED))
    rect = foot_rect(layout)
    number = f"{slide.number} / {slide.total}"
    metrics = QFontMetricsF(foot)
    number_width = metrics.horizontalAdvance(number)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                     number)
    if slide.context and slide.kind != "title":
        room = rect.width() - number_width - layout.height * 0.05
        label = metrics.elidedText(slide.context, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRectF(rect.x(), rect.y(), room, rect.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)


def foot_texts(slide: DeckSlide) -> tuple[str, str]:
    """What the foot line says: the deck's title (not on a title slide) and "n / N"."""
    return (slide.context if slide.kind != "title" else "", f"{slide.number} / {slide.total}")


__all__ = ["SlideLayout", "foot_texts", "layout_slide", "paint_slide", "safe_area",
           "split_title"]
