"""Printouts on paper or as PDF: every kind of item, from the window and the CLI.

``library/printable.py`` decides what goes on the page (as HTML) for each
kind; this module lays it out with QTextDocument and draws it page by page on
a QPdfWriter or a QPrinter (QtGui only), in a font bundled under
resources/fonts, so the output is the same on every machine, carries its
fonts and keeps its text extractable in all four languages. A footer names
the source and the date; page numbers ("2/5") appear only when there is
more than one page.

What is printed is chosen by the id: an item id (a module prints as its
trainer's handout pack, a poster fills one page with large type), a toolkit
document id (all its sections), ``@glossary``, ``@contacts``, ``@sources``,
``@languages`` or ``@client-phrases`` (in the client's scripts, fonts embedded).
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
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from .. import __version__, resources
from ..library import printable
from ..library.printable import CONTACTS_ID, GLOSSARY_ID, SOURCES_ID, PrintError
from ..library.service import ContentService
from . import posters

__all__ = ["CONTACTS_ID", "GLOSSARY_ID", "SOURCES_ID", "PAGE_SIZES", "PdfRequest", "PrintError",
           "export_pdf", "page_name", "render"]

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter,
              "a3": QPageSize.PageSizeId.A3}
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
              # the client's scripts (library/client_phrases.py SCRIPT_FONTS)
              "NotoNaskhArabic-Regular.ttf", "NotoSansEthiopic-Regular.ttf",
              "NotoSansBengali-Regular.ttf")
RESOLUTION = 300
FOOTER_POINTS = 7.5
POSTER_POINTS = (12.0, 90.0)  # the range a poster's body type is fitted in
PRINT_CSS = """
h1 { font-size: 13pt; margin-bottom: 2px; }
h2 { font-size: 11pt; margin-top: 9px; margin-bottom: 2px; }
h3 { font-size: 10pt; margin-top: 7px; margin-bottom: 1px; }
h4 { font-size: 10pt; font-style: italic; margin-top: 5px; margin-bottom: 1px; }
p.kind { font-size: 8.5pt; color: #444444; margin: 0; }
p.summary { font-style: italic; }
li { margin-bottom: 1px; }
a { color: #000000; text-decoration: none; }
ul.sources, h3.sources { font-size: 8pt; color: #333333; }
p.docnav { display: none; }
table.steps { border-color: #777777; border-style: solid; }
th { background-color: #eeeeee; }
blockquote { color: #333333; margin-left: 12px; }
"""
COMPACT_CSS = PRINT_CSS + """
h1 { font-size: 11pt; margin-bottom: 1px; }
h2 { font-size: 9.5pt; margin-top: 5px; margin-bottom: 1px; }
li { margin-bottom: 0px; }
p { margin-top: 0px; margin-bottom: 3px; }
ul, ol { margin-top: 0px; margin-bottom: 2px; }
"""
# A card is one page: when it runs over at the normal size, tighter spacing
# and a slightly smaller size are tried before a second page (points, CSS).
CARD_STEPS = ((10.0, PRINT_CSS), (9.5, PRINT_CSS), (9.0, PRINT_CSS), (9.0, COMPACT_CSS),
              (8.5, COMPACT_CSS))
# Two languages in half-width columns run 7-25% over one page at 9 pt
# (measured over every card and pair), so tight spacing and down to 8 pt,
# which DejaVu Sans's large x-height keeps readable.
PAIR_STEPS = ((9.0, COMPACT_CSS), (8.5, COMPACT_CSS), (8.0, COMPACT_CSS))


@dataclass(frozen=True)
class PdfRequest:
    """What to print: ``item_id`` is an item, a toolkit document or a
    collection id (``@glossary``, ``@contacts``, ``@sources``)."""

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


def page_name(device: QPagedPaintDevice) -> str | None:
    """"a4", "letter" or "a3" for the paper a printer is set to (None for others),
    so Print can keep the paper the user chose in the system dialog."""
    current = device.pageLayout().pageSize().id()
    return next((name for name, size in PAGE_SIZES.items() if size == current), None)


def _check(service: ContentService, request: PdfRequest,
           today: dt.date | None = None) -> printable.Printout:
    """The printout, or a clear error: KeyError for an unknown id,
    PrintError (a ValueError) for a language or paper that does not fit."""
    if request.page not in PAGE_SIZES:
        raise PrintError("page sizes are " + ", ".join(PAGE_SIZES))
    printout = printable.build(service, request.item_id, request.lang, request.second_lang,
                               today)
    if request.page not in printout.pages:
        raise PrintError(f"{request.page.upper()} is for posters and flyers; print this on "
                         + " or ".join(p.upper() if p != "letter" else "Letter"
                                       for p in printout.pages))
    return printout


def export_pdf(service: ContentService, request: PdfRequest, path: Path,
               today: dt.date | None = None) -> int:
    """Write the PDF; returns the number of pages. Needs a QGuiApplication."""
    printout = _check(service, request, today)
    if path.is_dir():
        raise OSError(errno.EISDIR, "that is a folder; give a file name", str(path))
    if not path.parent.is_dir():
        raise OSError(errno.ENOENT, "the folder does not exist", str(path.parent))
    if not os.access(path.parent, os.W_OK):
        raise OSError(errno.EACCES, "the folder cannot be written to", str(path.parent))
    # Written beside the target and renamed at the end: never half a file.
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        # Python says why a file cannot be made here; Qt would only warn.
        partial.open("wb").close()
        writer = QPdfWriter(str(partial))
        writer.setResolution(RESOLUTION)
        writer.setTitle(printout.title)
        writer.setCreator(f"Equalcity Desktop {__version__}")
        pages = _draw(printout, request.page, writer)
        del writer  # closes the file
        if not partial.is_file() or partial.stat().st_size == 0:
            raise OSError(errno.EIO, "the PDF could not be written", str(path))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return pages


def render(service: ContentService, request: PdfRequest, device: QPagedPaintDevice,
           today: dt.date | None = None) -> int:
    """Draw the request on a PDF writer or a printer; returns the number of pages."""
    return _draw(_check(service, request, today), request.page, device)


def _draw(printout: printable.Printout, page_size: str, device: QPagedPaintDevice) -> int:
    family = font_family()
    device.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[page_size]),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter))
    resolution = device.logicalDpiY()
    paint = device.pageLayout().paintRectPixels(resolution)
    footer_height = FOOTER_POINTS * resolution / 72 * 4.6  # room for three lines
    page = QSizeF(paint.width(), paint.height() - footer_height)
    if printout.poster is not None:  # drawn, not typeset: render/posters.py
        return posters.draw_page(printout.poster, printout.footer, device, page,
                                       footer_height, family, FOOTER_POINTS)

    top = 0.0
    if printout.layout == "poster":
        doc, top = _fit_poster(printout.html, family, device, page)
    else:
        steps = PAIR_STEPS if printout.two_languages else CARD_STEPS
        if printout.layout != "card":
            steps = steps[:1]
        for size, css in steps:
            doc = _layout(printout.html, family, size, device, page, css=css)
            if doc.pageCount() == 1:
                break
        _settle_pages(doc, page.height())
    pages = doc.pageCount()

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
            painter.translate(0, top - number * page.height())
            doc.drawContents(painter, QRectF(0, number * page.height() + 1, page.width(),
                                             page.height() - 2))
            painter.restore()
            painter.setFont(footer_font)
            text = printout.footer + (f"  {number + 1}/{pages}" if pages > 1 else "")
            painter.drawText(QRectF(0, page.height() + footer_height * 0.25, page.width(),
                                    footer_height * 0.75),
                             int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), text)
    finally:
        painter.end()
    return pages


def _layout(html: str, family: str, points: float, device: QPagedPaintDevice, page: QSizeF,
            *, css: str = PRINT_CSS) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)  # lay out at the device's resolution
    body_font = QFont(family)
    body_font.setPointSizeF(points)
    doc.setDefaultFont(body_font)
    doc.setDefaultStyleSheet(css)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setPageSize(page)  # a page size also stops Qt adding its own page numbers
    return doc


def _settle_pages(doc: QTextDocument, page_height: float) -> None:
    """Make the page breaks clean, one fix at a time from the top (each fix
    moves what follows): a heading left alone at the bottom of a page goes to
    the next one (Qt knows no "keep with next"), and a paragraph running over
    a page break becomes two blocks at that line. Qt's QTextLayout::draw
    also paints the line just above the clip rectangle (its first-line
    search is one off), so without the split the last line of each page
    would sit a second time, clipped and invisible, in the next page's text:
    copied, searched and read aloud twice."""
    block = doc.begin()
    for _ in range(5000):  # a bound, never reached: each fix moves on
        block = _next_fix(doc, block, page_height)
        if block is None:
            return


def _page_of(y: float, page_height: float) -> int:
    return int((y + 0.5) // page_height)


def _line_tops(doc: QTextDocument, block: QTextBlock) -> list[float]:
    top = doc.documentLayout().blockBoundingRect(block).top()
    lines = block.layout()
    return [top + lines.lineAt(i).y() for i in range(lines.lineCount())]


def _next_fix(doc: QTextDocument, block: QTextBlock, page_height: float) -> QTextBlock | None:
    """Fix the first bad break from ``block`` on; the block to go on from, or None."""
    while block.isValid():
        tops = _line_tops(doc, block)
        following = block.next()
        if (tops and following.isValid() and block.blockFormat().headingLevel()
                and QTextCursor(block).currentTable() is None):
            after = _line_tops(doc, following)
            if after and _page_of(after[0], page_height) > _page_of(tops[-1], page_height):
                first = block  # a run of headings ("D", then "Demandeur d'asile") moves together
                while first.previous().isValid() and first.previous().blockFormat().headingLevel():
                    first = first.previous()
                fmt = QTextBlockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(first).mergeBlockFormat(fmt)
                return following
        for i in range(1, len(tops)):
            if _page_of(tops[i], page_height) > _page_of(tops[0], page_height):
                _split(block, block.layout().lineAt(i).textStart())
                return block.next()
        block = following
    return None


def _split(block: QTextBlock, offset: int) -> None:
    """Break a block in two at ``offset`` without a visible seam: no spacing
    between the halves, and the second half of a list item gets no bullet."""
    text_list = block.textList()
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + offset)
    if block.text()[offset - 1: offset] == "\u2028":  # a <br>: the new block replaces it
        cursor.deletePreviousChar()
    cursor.insertBlock()
    rest = cursor.block()
    if text_list is not None:
        text_list.remove(rest)
    before = QTextBlockFormat()
    before.setBottomMargin(0)
    QTextCursor(block).mergeBlockFormat(before)
    fmt = rest.blockFormat()
    fmt.setTopMargin(0)
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
    if text_list is not None:
        fmt.setIndent(text_list.format().indent())
    cursor.setBlockFormat(fmt)


def _poster_css(points: float) -> str:
    px = points * 96 / 72  # Qt's CSS margins are in pixels at 96 dpi
    return f"""
h1 {{ font-size: {points * 1.75:.1f}pt; font-weight: bold; margin-bottom: {px * 0.9:.0f}px; }}
p {{ font-size: {points:.1f}pt; margin-top: 0px; margin-bottom: {px * 0.7:.0f}px; }}
li {{ font-size: {points:.1f}pt; margin-bottom: {px * 0.45:.0f}px; }}
ul {{ margin-bottom: {px * 0.7:.0f}px; }}
hr {{ margin-top: {px * 0.8:.0f}px; margin-bottom: {px * 0.8:.0f}px; }}
a {{ color: #000000; text-decoration: none; }}
"""


def _fit_poster(html: str, family: str, device: QPagedPaintDevice,
                page: QSizeF) -> tuple[QTextDocument, float]:
    """The largest type that keeps the poster on one page and within its
    width, and the top offset that centres it vertically."""

    def fits(points: float) -> QTextDocument | None:
        doc = _layout(html, family, points, device, page, css=_poster_css(points))
        ok = doc.pageCount() == 1 and doc.idealWidth() <= page.width() + 0.5
        return doc if ok else None

    low, high = POSTER_POINTS
    best = fits(low) or _layout(html, family, low, device, page, css=_poster_css(low))
    for _ in range(12):  # binary search to within about 0.02 pt
        middle = (low + high) / 2
        doc = fits(middle)
        if doc is not None:
            best, low = doc, middle
        else:
            high = middle
    if best.pageCount() > 1:
        return best, 0.0
    used = best.documentLayout().blockBoundingRect(best.lastBlock()).bottom()
    return best, max(0.0, (page.height() - used) / 2)
