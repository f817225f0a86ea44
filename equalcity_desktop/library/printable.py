"""What each kind of item looks like on paper, as HTML (Qt-free).

The printer and the PDF writer (``render/pdf.py``) draw what this module
builds; keeping the HTML here lets it be tested without Qt and reused by any
other output. A print id is an item id, a toolkit document id (the whole
document), or one of the collections below. The id decides the layout:

============  ======================================================
layout        printed for
============  ======================================================
``card``      a situation card: one page
``page``      any other single item (section, term, contact, page)
``handouts``  a training module: the trainer's pack (see below)
``poster``    a poster or flyer: one page, large type
``document``  a toolkit document: all its sections, with contents
``glossary``  ``@glossary``: every term, A to Z
``contacts``  ``@contacts``: the effective contacts, by country
``sources``   ``@sources``: every source behind the text
``languages``  ``@languages``: the card a client points at (client_phrases_html.py)
``client-phrases``  ``@client-phrases``: key phrases in the client's language
============  ======================================================

A module prints as its trainer's pack: every section but the slides, the
steps as a timed table, the handouts on a page of their own (to copy for
the participants), then the slides' text with their trainer notes as an
appendix, because the steps refer to slides by number and a trainer without
a projector can still run the session from paper.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from . import client_phrases, client_phrases_html
from . import poster as poster_mod
from .languages import CARD_HEADINGS, LANGS, MODULE_HEADINGS, PAGE_WORDS
from .markup import render_html
from .model import Item, Source
from .print_collections import COLLECTION_BUILDERS, demote, effective_contacts, sort_key
from .print_collections import contacts as _contacts  # the contacts list's HTML, for the tests
from .sections import MINUTES_RE, STEP_RE, slides, split_sections

if TYPE_CHECKING:
    from .service import ContentService

GLOSSARY_ID = "@glossary"
CONTACTS_ID = "@contacts"
SOURCES_ID = "@sources"
COLLECTIONS: dict[str, str] = {GLOSSARY_ID: "glossary", CONTACTS_ID: "contacts",
                               SOURCES_ID: "sources"}
PAGE_SIZES: tuple[str, ...] = ("a4", "letter", "a3")
# A3 only makes sense for something read from across a room.
POSTER_PAGES: tuple[str, ...] = ("a4", "a3", "letter")
READING_PAGES: tuple[str, ...] = ("a4", "letter")
# Layouts that may stand in two languages side by side (or, for a poster, one above the other).
TWO_LANGUAGE_LAYOUTS = ("card", "page", "poster")
FOOTER_SOURCES = 3  # more organisations than this are counted, not named

# (module heading index) for the parts the pack treats specially
_STEPS, _HANDOUTS, _SLIDES = 4, 7, 8


class PrintError(ValueError):
    """A request that cannot be printed; the message is one sentence for the user."""


@dataclass(frozen=True)
class Printout:
    layout: str
    title: str  # the PDF's title
    html: str  # for a poster: one part per language, drawn with the poster's type sizes
    footer: str  # source and date; the page number is added per page
    pages: tuple[str, ...]  # the page sizes that make sense for it
    two_languages: bool = False  # side by side (a poster: one above the other)
    poster: poster_mod.Poster | None = None  # a poster's colour, pictogram and service


# -- what an id is ---------------------------------------------------------
def layout_of(service: ContentService, print_id: str) -> str | None:
    """The layout an id prints with, or None when nothing has that id."""
    if print_id in client_phrases_html.PRINT_LAYOUTS:
        return client_phrases_html.PRINT_LAYOUTS[print_id]
    if print_id in COLLECTIONS:
        return COLLECTIONS[print_id]
    item = service.item(print_id)
    if item is not None:
        return {"card": "card", "module": "handouts", "poster": "poster"}.get(item.kind, "page")
    if service.library.document(print_id) is not None:
        return "document"
    return None


def exists(service: ContentService, print_id: str) -> bool:
    return layout_of(service, print_id) is not None


def page_sizes(service: ContentService, print_id: str) -> tuple[str, ...]:
    return POSTER_PAGES if layout_of(service, print_id) == "poster" else READING_PAGES


# -- the one entry point ---------------------------------------------------
def build(service: ContentService, print_id: str, lang: str, second_lang: str | None = None,
          today: dt.date | None = None) -> Printout:
    """The printout for an id. Raises KeyError for an unknown id and
    PrintError (a ValueError) for a request that cannot be printed."""
    if print_id in client_phrases_html.PRINT_LAYOUTS:
        return _client_printout(service, print_id, lang, second_lang, today)
    if lang not in LANGS or (second_lang and second_lang not in LANGS):
        raise PrintError("languages are " + ", ".join(LANGS))
    layout = layout_of(service, print_id)
    if layout is None:
        raise KeyError(print_id)
    if second_lang == lang:
        second_lang = None
    if second_lang and layout not in TWO_LANGUAGE_LAYOUTS:
        raise PrintError("two languages side by side are for a card, a page or a poster; "
                         "print this in one language")
    words = PAGE_WORDS[lang]
    printed = f"{words['printed']} {(today or dt.date.today()).isoformat()}."
    pages = POSTER_PAGES if layout == "poster" else READING_PAGES
    if layout in COLLECTIONS.values():
        title, html, footer = COLLECTION_BUILDERS[layout](service, lang, today)
        return Printout(layout, title, html, f"{footer} {printed}", pages)
    if layout == "document":
        found = service.library.document(print_id)
        assert found is not None
        toolkit, document = found
        members = [service.item(s) for s in document.sections]
        items = [m for m in members if m is not None]
        html = _document_html(toolkit.titles.get(lang, toolkit.id),
                              document.titles.get(lang) or document.titles.get("en", ""),
                              items, lang)
        sources = [s for m in items for s in m.sources]
        return Printout(layout, document.titles.get(lang) or document.id, html,
                        f"{_footer(words, sources)} {printed}", pages)
    item = service.item(print_id)
    assert item is not None
    footer = f"{_footer(words, item.sources)} {printed}"
    if item.origin:  # on every page: this text came from a content pack, not the toolkits
        footer = f"{words['from_pack']} “{item.origin_title(lang)}”. {footer}"
    if layout == "handouts":
        html = _handouts_html(service, item, lang)
    elif layout == "poster":
        html = _poster_html(item, lang, second_lang)
    else:
        html = _side_by_side(service, item, lang, second_lang)
    poster = poster_mod.build(service, item, lang, second_lang) if layout == "poster" else None
    return Printout(layout, item.title(lang), html, footer, pages, bool(second_lang), poster)


def _client_printout(service: ContentService, print_id: str, lang: str,
                     second_lang: str | None, today: dt.date | None) -> Printout:
    """@languages (``lang``: the worker's) and @client-phrases (``lang``: the
    client's, beside ``second_lang``, the worker's, English by default)."""
    worker = second_lang or ("en" if print_id == client_phrases_html.CLIENT_PHRASES_ID else lang)
    if worker not in LANGS or (print_id == client_phrases_html.LANGUAGES_ID and second_lang):
        raise PrintError("the worker's language is one of " + ", ".join(LANGS))
    data = client_phrases.load(service.roots)
    try:
        if print_id == client_phrases_html.LANGUAGES_ID:
            title, html, footer = client_phrases_html.languages_html(data, worker)
        else:
            title, html, footer = client_phrases_html.phrases_html(data, lang, worker)
    except client_phrases_html.ClientPrintError as exc:
        raise PrintError(str(exc)) from None
    printed = f"{PAGE_WORDS[worker]['printed']} {(today or dt.date.today()).isoformat()}."
    return Printout(client_phrases_html.PRINT_LAYOUTS[print_id], title, html, f"{footer} {printed}",
                    READING_PAGES, print_id == client_phrases_html.CLIENT_PHRASES_ID)


# -- footers -----------------------------------------------------------------
def _footer(words: dict[str, str], sources: Iterable[Source]) -> str:
    orgs: list[str] = []
    for source in sources:
        name = source.org + (f" ({source.year})" if source.year else "")
        if name not in orgs:
            orgs.append(name)
    footer = words["footer"]
    if not orgs:
        return footer
    named = "; ".join(orgs[:FOOTER_SOURCES])
    if len(orgs) > FOOTER_SOURCES:
        more = words["more_sources"].format(n=len(orgs) - FOOTER_SOURCES)
        named += f" {more}. {words['sources_in_app']}"
    else:
        named += "."
    return f"{footer} {words['source']}: {named}"


# -- single items ------------------------------------------------------------
def _side_by_side(service: ContentService, item: Item, lang: str, second_lang: str | None) -> str:
    # Beside a second language the card is a copy for a client (see pages.page_html).
    one = _country_html if item.kind == "country" else \
        (lambda service, item, code: service.page_html(item.id, code, for_print=True,
                                                       for_client=bool(second_lang)))
    first = one(service, item, lang)
    if not second_lang:
        return first
    second = one(service, item, second_lang)
    if item.kind == "card":
        # Shown to a client, "Read more" only names pages of the app; without
        # it a card in two languages fits one page.
        first = _cut_at_heading(first, CARD_HEADINGS[item.variant(lang).lang][6])
        second = _cut_at_heading(second, CARD_HEADINGS[item.variant(second_lang).lang][6])
    return ('<table width="100%" cellspacing="0" cellpadding="4"><tr>'
            f'<td width="50%" valign="top">{first}</td>'
            f'<td width="50%" valign="top">{second}</td></tr></table>')


def _country_html(_service: ContentService, item: Item, lang: str) -> str:
    """A country guide on paper: like a page, with its contents first and its
    sources (address and the day each was read) at the end, since the guide's
    facts are only as good as them."""
    words = PAGE_WORDS[lang]
    variant = item.variant(lang)
    headings = [s.title for s in split_sections(variant.body, variant.body_line)]
    parts = [f'<p class="kind">{escape(words["country"])}</p>',
             f"<h1>{escape(variant.title)}</h1>"]
    if variant.summary:
        parts.append(f'<p class="summary">{escape(variant.summary)}</p>')
    if headings:
        contents = "".join(f"<li>{escape(h)}</li>" for h in headings)
        parts.append(f'<p class="contents"><b>{escape(words["contents"])}</b></p>'
                     f"<ol>{contents}</ol>")
    parts.append(render_html(variant.body))
    if item.sources:
        rows = []
        for source in item.sources:
            read = f" {words['source_read']} {source.read}." if source.read else ""
            address = f"<br>{escape(source.url)}" if source.url else ""
            rows.append(f"<li>{escape(str(source))}.{escape(read)}{address}</li>")
        parts.append(f"<h2>{escape(words['sources'])}</h2><ol>{''.join(rows)}</ol>")
    return "\n".join(parts)


def _cut_at_heading(html: str, heading: str) -> str:
    at = html.rfind(f"<h2>{escape(heading)}</h2>")
    return html[:at] if at > 0 else html


def _poster_html(item: Item, lang: str, second_lang: str | None) -> str:
    """Headline and message, nothing else: it is read from across a room."""
    parts = []
    for code in (lang, second_lang) if second_lang else (lang,):
        variant = item.variant(code)
        parts.append(f"<h1>{escape(variant.title)}</h1>\n{render_html(variant.body)}")
    return "\n<hr>\n".join(parts)


def _without_slides(body: str, heading_lang: str) -> str:
    """A module's body up to its slides (they are for the projector)."""
    slides_heading = MODULE_HEADINGS[heading_lang][_SLIDES]
    match = re.search(rf"^##\s+{re.escape(slides_heading)}\s*$", body, re.MULTILINE)
    return body[: match.start()] if match else body


def _document_html(toolkit_title: str, title: str, items: list[Item], lang: str) -> str:
    words = PAGE_WORDS[lang]
    contents = "".join(f"<li>{escape(i.title(lang))}</li>" for i in items)
    parts = [f'<p class="kind">{escape(words["document"])} · {escape(toolkit_title)}</p>',
             f"<h1>{escape(title)}</h1>",
             f'<p class="contents"><b>{escape(words["contents"])}</b></p><ol>{contents}</ol>']
    for item in items:
        variant = item.variant(lang)
        parts.append(f"<h2>{escape(variant.title)}</h2>")
        if variant.summary and item.kind != "poster":
            parts.append(f'<p class="summary">{escape(variant.summary)}</p>')
        body = variant.body
        if item.kind == "module":
            body = _without_slides(body, variant.lang)
        parts.append(demote(render_html(body)))
    return "\n".join(parts)


# -- a training module's pack -------------------------------------------------
def _handouts_html(service: ContentService, item: Item, lang: str) -> str:
    words = PAGE_WORDS[lang]
    variant = item.variant(lang)
    headings = [h.casefold() for h in MODULE_HEADINGS[variant.lang]]
    toolkit = service.library.toolkits.get(item.toolkit)
    where = f" · {escape(toolkit.titles.get(lang, toolkit.id))}" if toolkit else ""
    parts = [f'<p class="kind">{escape(words["handout_pack"])}{where}</p>',
             f"<h1>{escape(variant.title)}</h1>"]
    if variant.summary:
        parts.append(f'<p class="summary">{escape(variant.summary)}</p>')
    for section in split_sections(variant.body, variant.body_line):
        role = headings.index(section.title.casefold()) \
            if section.title.casefold() in headings else -1
        if role == _SLIDES:
            parts.append(_slides_html(section.text, words, MODULE_HEADINGS[variant.lang][5]))
            continue
        if role == _HANDOUTS:
            # The participants' pages start on a new sheet, so they can be copied alone.
            parts.append(f'<h2 style="page-break-before: always">{escape(section.title)}</h2>'
                         f'<p class="kind">{escape(variant.title)}. '
                         f'{escape(words["copy_note"])}</p>')
        else:
            parts.append(f"<h2>{escape(section.title)}</h2>")
        parts.append(_steps_html(section.text, words) if role == _STEPS
                     else demote(render_html(section.text)))
    return "\n".join(parts)


def _steps_html(text: str, words: dict[str, str]) -> str:
    """The numbered steps as a table: when each starts and ends, what it is, its minutes."""
    before: list[str] = []
    found: list[list[str]] = []
    for line in text.split("\n"):
        if STEP_RE.match(line.strip()):
            found.append([STEP_RE.match(line.strip())["text"]])  # type: ignore[index]
        elif found and line.strip():
            found[-1].append(line.strip())
        elif not found:
            before.append(line)
    if not found:
        return render_html(text)
    rows = []
    start = 0
    for number, lines in enumerate(found, 1):
        step = " ".join(lines)
        minutes_match = MINUTES_RE.search(step)
        minutes = int(minutes_match["minutes"]) if minutes_match else 0
        head = step[: minutes_match.start()] if minutes_match else step
        rest = step[minutes_match.end():] if minutes_match else ""
        title = escape(head.replace("**", "").strip(" :.-–"))
        detail = rest.strip().lstrip(":.-– ").strip()
        # One paragraph under the step's name, inline: a <p> in a cell adds a gap.
        detail = "<br>" + re.sub(r"</?p>", "", render_html(detail)).strip() if detail else ""
        end = start + minutes
        rows.append(f'<tr><td valign="top">{_clock(start)}–{_clock(end)}</td>'
                    f'<td valign="top"><b>{number}. {title}</b>{detail}</td>'
                    f'<td valign="top" align="right">{minutes}</td></tr>')
        start = end
    # <thead>: Qt repeats the header row on every page the table runs onto.
    head_row = (f"<thead><tr><th align=\"left\">{escape(words['time'])}</th>"
                f"<th align=\"left\">{escape(words['step'])}</th>"
                f"<th align=\"right\">{escape(words['minutes'])}</th></tr></thead>")
    total = (f"<tr><td></td><td><b>{escape(words['total'])}</b></td>"
             f'<td align="right"><b>{start}</b></td></tr>')
    table = ('<table class="steps" width="100%" cellspacing="0" cellpadding="4" border="1" '
             'style="border-collapse: collapse">'
             f"{head_row}{''.join(rows)}{total}</table>")
    intro = render_html("\n".join(before)) if "".join(before).strip() else ""
    return intro + table


def _clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def _slides_html(text: str, words: dict[str, str], notes_heading: str) -> str:
    parts = [f'<h2 style="page-break-before: always">{escape(words["slides_appendix"])}</h2>']
    for number, slide in enumerate(slides(text), 1):
        lines = slide.markdown.split("\n")
        title = ""
        if lines and lines[0].startswith("#"):
            title = lines.pop(0).lstrip("#").strip()
        label = f"{words['slide']} {number}" + (f": {title}" if title else "")
        parts.append(f"<h3>{escape(label)}</h3>")
        parts.append(demote(demote(render_html("\n".join(lines)))))
        if slide.notes:
            parts.append(f'<p class="notes"><i>{escape(notes_heading)}:</i></p>'
                         f"<blockquote>{render_html(slide.notes)}</blockquote>")
    return "\n".join(parts)


__all__ = ["COLLECTIONS", "CONTACTS_ID", "GLOSSARY_ID", "SOURCES_ID", "PrintError", "Printout",
           "_contacts", "build", "effective_contacts", "exists", "layout_of", "page_sizes",
           "sort_key"]
