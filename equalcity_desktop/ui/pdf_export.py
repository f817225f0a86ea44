"""Items as PDF: a card on one page, or two languages side by side.

Drawn page by page with QTextDocument and QPdfWriter (QtGui only), in a font
bundled under resources/fonts, so the output is the same on every machine,
carries its fonts and keeps its text extractable in all four languages. A
footer names the source and the date; page numbers appear only when there
is more than one page.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from .. import __version__, resources
from ..library.languages import LANGS, PAGE_WORDS
from ..library.service import ContentService

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter,
              "a3": QPageSize.PageSizeId.A3}
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
RESOLUTION = 300
BODY_SIZES = (10.0, 9.5, 9.0)  # points
FOOTER_POINTS = 7.5
PRINT_CSS = """
h1 { font-size: 13pt; margin-bottom: 2px; }
h2 { font-size: 11pt; margin-top: 7px; margin-bottom: 1px; }
h3 { font-size: 10pt; margin-top: 6px; margin-bottom: 1px; }
p.kind { font-size: 8.5pt; color: #444444; margin: 0; }
li { margin-bottom: 1px; }
a { color: #000000; text-decoration: none; }
ul.sources, h3.sources { font-size: 8pt; color: #333333; }
p.docnav { display: none; }
"""


@dataclass(frozen=True)
class PdfRequest:
    item_id: str
    lang: str
    page: str = "a4"
    second_lang: str | None = None


@cache
def font_family() -> str:
    """Register the bundled font (once per process); its family name."""
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources.path(f"resources/fonts/{name}")))
        if font_id >= 0 and not family:
            family = QFontDatabase.applicationFontFamilies(font_id)[0]
    return family or "DejaVu Sans"


def _page_body(service: ContentService, item_id: str, lang: str) -> str:
    return service.page_html(item_id, lang, for_print=True)


def build_html(service: ContentService, request: PdfRequest) -> str:
    first = _page_body(service, request.item_id, request.lang)
    if not request.second_lang or request.second_lang == request.lang:
        return first
    second = _page_body(service, request.item_id, request.second_lang)
    return ('<table width="100%" cellspacing="0" cellpadding="6"><tr>'
            f'<td width="50%" valign="top">{first}</td>'
            f'<td width="50%" valign="top">{second}</td></tr></table>')


def _layout(html: str, family: str, points: float, device: QPagedPaintDevice,
            page: QSizeF) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)  # lay out at the device's resolution
    body_font = QFont(family)
    body_font.setPointSizeF(points)
    doc.setDefaultFont(body_font)
    doc.setDefaultStyleSheet(PRINT_CSS)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setPageSize(page)  # a page size also stops Qt adding its own page numbers
    return doc


def export_pdf(service: ContentService, request: PdfRequest, path: Path,
               today: dt.date | None = None) -> int:
    """Write the PDF; returns the number of pages. Needs a QGuiApplication."""
    if request.lang not in LANGS or (request.second_lang and request.second_lang not in LANGS):
        raise ValueError("languages are en, nl, fr and pt")
    if request.page not in PAGE_SIZES:
        raise ValueError("page sizes are " + ", ".join(PAGE_SIZES))
    item = service.item(request.item_id)
    if item is None:
        raise KeyError(request.item_id)
    if not path.parent.is_dir():
        raise OSError(errno.ENOENT, "the folder does not exist", str(path.parent))
    # Written beside the target and renamed at the end: never half a file.
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        writer = QPdfWriter(str(partial))
        writer.setResolution(RESOLUTION)
        writer.setTitle(item.title(request.lang))
        writer.setCreator(f"Equalcity Desktop {__version__}")
        pages = render(service, request, writer, today)
        del writer  # closes the file
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return pages


def render(service: ContentService, request: PdfRequest, device: QPagedPaintDevice,
           today: dt.date | None = None) -> int:
    """Draw the item on a PDF writer or a printer; returns the number of pages."""
    item = service.item(request.item_id)
    if item is None:
        raise KeyError(request.item_id)
    words = PAGE_WORDS[request.lang]
    family = font_family()
    device.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[request.page]),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter))
    resolution = device.logicalDpiY()
    paint = device.pageLayout().paintRectPixels(resolution)
    footer_height = FOOTER_POINTS * resolution / 72 * 4.6  # room for three lines

    page = QSizeF(paint.width(), paint.height() - footer_height)
    html = build_html(service, request)
    # A card is one page: if it runs over at the normal size, a slightly
    # smaller one (never under 9 pt) is tried before a second page.
    sizes = BODY_SIZES if item.kind == "card" and not request.second_lang else BODY_SIZES[:1]
    for size in sizes:
        doc = _layout(html, family, size, device, page)
        if doc.pageCount() == 1:
            break
    pages = doc.pageCount()

    footer = words["footer"]
    if item.sources:
        footer += f" {words['source']}: " + "; ".join(
            f"{s.org}" + (f" ({s.year})" if s.year else "") for s in item.sources) + "."
    footer += f" {words['printed']} {(today or dt.date.today()).isoformat()}."

    painter = QPainter()
    if not painter.begin(device):
        raise OSError(errno.EACCES, "cannot write or print here")
    try:
        footer_font = QFont(family)
        footer_font.setPointSizeF(FOOTER_POINTS)
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            doc.drawContents(painter, QRectF(0, number * page.height(), page.width(),
                                             page.height()))
            painter.restore()
            painter.setFont(footer_font)
            text = footer + (f"  {number + 1}/{pages}" if pages > 1 else "")
            painter.drawText(QRectF(0, page.height() + footer_height * 0.25, page.width(),
                                    footer_height * 0.75),
                             int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), text)
    finally:
        painter.end()
    return pages


