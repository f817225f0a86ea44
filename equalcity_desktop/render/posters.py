"""A poster made for a wall, drawn with a QPainter (QtGui only): read from
three metres in two seconds.

From the top: a field of the campaign's colour with the headline in white,
bold, and the poster's pictogram in a white disc beside it; the message in
dark type on white; at the foot a rule of the campaign's colour and the
service's own name and contact (or lines to write them on); then the usual
small footer (source and date). All type comes from one size found by
binary search, the largest that fits the page: the headline is 1.8 times the
message, the service's name 1.2 times. A second language stands under the
first, its headline smaller.

The pictograms are SVG files under resources/pictograms, drawn here from
their shapes (``circle``, ``rect``, ``path`` with M L H V C Q Z), since Qt's
SVG module is not in the bundle.
"""

from __future__ import annotations

import errno
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPagedPaintDevice,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QTextDocument,
    QTextOption,
)

from .. import resources
from ..library.poster import Poster

HEADLINE = 1.8  # headline size to message size
SECOND_HEADLINE = 1.1  # a second language's headline, to the message size
SERVICE = 1.2  # the service's name, to the message size
DISC = 0.22  # the pictogram's disc, of the width
TEXT = "#1a1a1a"
MUTED = "#4d4d4d"
WHITE = "#ffffff"


# -- pictograms ------------------------------------------------------------------
@dataclass(frozen=True)
class Shape:
    path: QPainterPath
    cut: bool  # drawn in white (a cut-out) rather than in the ink colour
    stroke: float = 0.0  # a stroked line of this width; 0 for a filled shape


NUMBER = r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
TOKEN = re.compile(rf"[MLHVCQZmlhvcqz]|{NUMBER}")
ARGS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "Q": 4, "Z": 0}


def parse_path(d: str) -> QPainterPath:
    """An SVG path's ``d`` (M L H V C Q Z, absolute or relative) as a QPainterPath."""
    path = QPainterPath()
    tokens = TOKEN.findall(d)
    x = y = start_x = start_y = 0.0
    command = ""
    i = 0
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command in "Zz":
                path.closeSubpath()
                x, y = start_x, start_y
                continue
        if not command:
            raise ValueError(f"path data starts without a command: {d[:20]!r}")
        upper = command.upper()
        count = ARGS[upper]
        values = [float(v) for v in tokens[i:i + count]]
        if len(values) < count:
            raise ValueError(f"path data ends early: {d[-20:]!r}")
        i += count
        relative = command.islower()
        if upper == "H":
            x = values[0] + (x if relative else 0)
            path.lineTo(x, y)
            continue
        if upper == "V":
            y = values[0] + (y if relative else 0)
            path.lineTo(x, y)
            continue
        dx, dy = (x, y) if relative else (0.0, 0.0)
        points = [QPointF(values[k] + dx, values[k + 1] + dy) for k in range(0, count, 2)]
        if upper == "M":
            path.moveTo(points[0])
            start_x, start_y = points[0].x(), points[0].y()
            command = "l" if relative else "L"  # more pairs after M are lines
        elif upper == "L":
            path.lineTo(points[0])
        elif upper == "C":
            path.cubicTo(*points)
        elif upper == "Q":
            path.quadTo(*points)
        x, y = points[-1].x(), points[-1].y()
    return path


def _is_white(colour: str) -> bool:
    return colour.strip().lower() in ("#fff", "#ffffff", "white")


def _attr(element: ET.Element, name: str, default: float = 0.0) -> float:
    return float(element.get(name, default))


@cache
def pictogram(name: str) -> tuple[Shape, ...]:
    """The shapes of ``resources/pictograms/<name>.svg`` in its 100x100 box."""
    root = ET.parse(resources.path(f"resources/pictograms/{name}.svg")).getroot()
    shapes = []
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        path = QPainterPath()
        if tag == "circle":
            r = _attr(element, "r")
            path.addEllipse(QPointF(_attr(element, "cx"), _attr(element, "cy")), r, r)
        elif tag == "rect":
            rx = _attr(element, "rx")
            path.addRoundedRect(QRectF(_attr(element, "x"), _attr(element, "y"),
                                       _attr(element, "width"), _attr(element, "height")),
                                rx, _attr(element, "ry", rx))
        elif tag == "path":
            path = parse_path(element.get("d", ""))
        else:
            continue
        fill = element.get("fill", "#000000")
        stroke = element.get("stroke", "none")
        if fill != "none":
            shapes.append(Shape(path, _is_white(fill)))
        if stroke != "none":
            shapes.append(Shape(path, _is_white(stroke), _attr(element, "stroke-width", 1)))
    return tuple(shapes)


def draw_pictogram(painter: QPainter, box: QRectF, name: str, ink: QColor,
                   paper: QColor | None = None) -> None:
    """Draw a pictogram scaled into ``box`` (square), dark parts in ``ink``,
    cut-outs in ``paper`` (white)."""
    paper = paper or QColor(WHITE)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(box.topLeft())
    painter.scale(box.width() / 100, box.height() / 100)
    for shape in pictogram(name):
        colour = paper if shape.cut else ink
        if shape.stroke:
            pen = QPen(colour, shape.stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                       Qt.PenJoinStyle.RoundJoin)
            painter.strokePath(shape.path, pen)
        else:
            painter.fillPath(shape.path, QBrush(colour))
    painter.restore()


# -- the poster ------------------------------------------------------------------
@dataclass
class PosterLayout:
    """Where each part of the poster went (in the painter's coordinates)."""

    band: QRectF
    disc: QRectF
    pictogram: QRectF
    headline: QRectF
    body: QRectF
    contact: QRectF
    body_px: float

    @property
    def headline_px(self) -> float:
        return self.body_px * HEADLINE


def _doc(html: str, px: float, family: str, width: float,  # noqa: PLR0913
         device: QPaintDevice | None, *, colour: str = TEXT, bold: bool = False,
         css: str = "") -> QTextDocument:
    doc = QTextDocument()
    if device is not None:
        doc.documentLayout().setPaintDevice(device)
    font = QFont(family)
    font.setPixelSize(max(3, round(px)))
    font.setBold(bold)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(
        f"p {{ margin-top: 0px; margin-bottom: {px * 0.55:.0f}px; }}"
        f"ul {{ margin-top: 0px; margin-bottom: {px * 0.55:.0f}px; margin-left: {px * 0.3:.0f}px;"
        f" -qt-list-indent: 1; }}"
        f"li {{ margin-bottom: {px * 0.3:.0f}px; }}"
        f"a {{ color: {colour}; text-decoration: none; }}" + css)
    doc.setDocumentMargin(0)
    # Break only between words: a word too long for the line shows as too wide
    # (idealWidth), and a smaller size is tried, instead of a word cut in two.
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setHtml(f'<div style="color: {colour}">{html}</div>')
    doc.setTextWidth(max(1.0, width))
    return doc


def _height(doc: QTextDocument) -> float:
    return doc.documentLayout().documentSize().height()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass
class _Attempt:
    fits: bool
    px: float
    headlines: list[QTextDocument]
    bodies: list[QTextDocument]
    contact: QTextDocument
    band_height: float
    headline_height: float
    body_height: float
    contact_height: float


def _attempt(poster: Poster, px: float, family: str, w: float, h: float,  # noqa: PLR0913, PLR0917
             device: QPaintDevice | None) -> _Attempt:
    pad = w * 0.04
    disc = w * DISC
    head_width = w - 3 * pad - disc
    headlines = [_doc(f"<p>{_escape(part.title)}</p>", px * (HEADLINE if n == 0 else
                                                             SECOND_HEADLINE),
                      family, head_width, device, colour=WHITE, bold=n == 0,
                      css="p { margin-bottom: 0px; }")
                 for n, part in enumerate(poster.parts)]
    gap = px * 0.6
    headline_height = sum(_height(d) for d in headlines) + gap * (len(headlines) - 1)
    band = max(disc, headline_height) + 2 * pad
    text_width = w - 2 * pad
    bodies = [_doc(part.html, px, family, text_width, device) for part in poster.parts]
    body_height = sum(_height(d) for d in bodies) + px * 1.2 * (len(bodies) - 1)
    contact = _doc(_contact_html(poster, px), px, family, text_width, device,
                   css="p { margin-bottom: 0px; }")
    contact_height = _height(contact) + px * 0.9  # with the rule above it
    used = band + pad + body_height + pad + contact_height
    wide = all(d.idealWidth() <= d.textWidth() + 0.5 for d in (*headlines, *bodies, contact))
    return _Attempt(used <= h and wide, px, headlines, bodies, contact, band, headline_height,
                    body_height, contact_height)


def _contact_html(poster: Poster, px: float) -> str:
    big = f"font-size: {px * SERVICE:.0f}px; font-weight: bold;"
    colon = "\u00a0:" if poster.parts[0].lang == "fr" else ":"  # French puts a space first
    office = poster.office
    if office is None:
        # Lines to write on: the office's name and its phone number.
        line = "_" * 24
        return (f'<p style="{big}">{_escape(poster.service_label)}{colon} '
                f'<span style="color: {MUTED}">{line}</span></p>'
                f"<p>{_escape(poster.phone_label)}{colon} "
                f'<span style="color: {MUTED}">{line}</span></p>')
    details = []
    if office.phone:
        details.append(f"{_escape(poster.phone_label)}{colon} <b>{_escape(office.phone)}</b>")
    if office.website:
        details.append(_escape(office.website))
    if office.address:
        details.append(_escape(office.address))
    return (f'<p style="{big}">{_escape(office.name)}</p>'
            + (f"<p>{' · '.join(details)}</p>" if details else ""))


def layout_poster(poster: Poster, family: str, w: float, h: float,
                  device: QPaintDevice | None = None) -> _Attempt:
    """The largest type (message size in pixels) at which the poster fits."""
    low, high = h * 0.012, h * 0.06
    best = _attempt(poster, low, family, w, h, device)
    for _ in range(14):
        middle = (low + high) / 2
        found = _attempt(poster, middle, family, w, h, device)
        if found.fits:
            best, low = found, middle
        else:
            high = middle
    return best


def draw_poster(painter: QPainter, rect: QRectF, poster: Poster, family: str,
                device: QPaintDevice | None = None) -> PosterLayout:
    """Draw the poster into ``rect``; where each part went."""
    w, h = rect.width(), rect.height()
    found = layout_poster(poster, family, w, h, device)
    px = found.px
    pad = w * 0.04
    colour = QColor(poster.colour)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(rect.topLeft())

    band = QRectF(0, 0, w, found.band_height)
    painter.fillRect(band, colour)
    disc_size = w * DISC
    disc = QRectF(w - pad - disc_size, (band.height() - disc_size) / 2, disc_size, disc_size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(WHITE))
    painter.drawEllipse(disc)
    inner = disc.adjusted(disc_size * 0.2, disc_size * 0.2, -disc_size * 0.2, -disc_size * 0.2)
    draw_pictogram(painter, inner, poster.pictogram, colour)

    y = (band.height() - found.headline_height) / 2
    headline = QRectF(pad, y, w - 3 * pad - disc_size, found.headline_height)
    for doc in found.headlines:
        _paint(painter, doc, pad, y)
        y += _height(doc) + px * 0.6

    contact_top = h - found.contact_height
    space = contact_top - pad - (band.height() + pad)
    y = band.height() + pad + max(0.0, (space - found.body_height) / 2)
    body = QRectF(pad, y, w - 2 * pad, found.body_height)
    for n, doc in enumerate(found.bodies):
        if n:
            rule_y = y - px * 0.6
            painter.fillRect(QRectF(pad, rule_y - px * 0.05, w * 0.2, px * 0.1), colour)
        _paint(painter, doc, pad, y)
        y += _height(doc) + px * 1.2

    painter.fillRect(QRectF(pad, contact_top, w - 2 * pad, max(1.0, px * 0.18)), colour)
    contact = QRectF(pad, contact_top + px * 0.9, w - 2 * pad, _height(found.contact))
    _paint(painter, found.contact, pad, contact.y())
    painter.restore()
    offset = rect.topLeft()
    return PosterLayout(band.translated(offset), disc.translated(offset),
                        inner.translated(offset), headline.translated(offset),
                        body.translated(offset), contact.translated(offset), px)


def _paint(painter: QPainter, doc: QTextDocument, x: float, y: float) -> None:
    painter.save()
    painter.translate(x, y)
    doc.drawContents(painter)
    painter.restore()


def draw_page(poster: Poster, footer: str, device: QPagedPaintDevice,  # noqa: PLR0913, PLR0917
              page: QSizeF, footer_height: float, family: str, footer_points: float) -> int:
    """The poster on one page of a PDF writer or printer whose page layout is
    set, ``page`` being the room above the footer; returns 1 (pages)."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(errno.EACCES, "cannot write or print here")
    try:
        draw_poster(painter, QRectF(0, 0, page.width(), page.height() - footer_height * 0.2),
                    poster, family, device)
        footer_font = QFont(family)
        footer_font.setPointSizeF(footer_points)
        painter.setFont(footer_font)
        painter.setPen(QColor(TEXT))
        painter.drawText(QRectF(0, page.height() + footer_height * 0.25, page.width(),
                                footer_height * 0.75),
                         int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), footer)
    finally:
        painter.end()
    return 1
