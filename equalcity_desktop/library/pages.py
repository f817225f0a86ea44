"""An item as a page, in HTML (Qt-free): what the window shows and what a single
item prints as. :class:`~.service.ContentService` hands these out (``page_html``,
``sources_html``); the printouts (:mod:`.printable`) build on them.

A card's text links the glossary's terms and ends its "Who can help" section with the
contacts in effect, one line per country; a toolkit section links the previous and
next sections of its document; every page lists its sources (not on paper: the
printed footer names them).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from . import contacts as contacts_mod
from .languages import CARD_HEADINGS, PAGE_WORDS
from .markup import link_terms, render_html
from .model import Item

if TYPE_CHECKING:
    from .service import ContentService


def page_html(service: ContentService, item_id: str, lang: str, *, for_print: bool = False,
              for_client: bool = False) -> str:
    """The item as safe HTML in ``lang`` (English where a language is missing).
    For print, the previous/next links and the sources list are left out
    (the printed footer names the sources). A copy for a client keeps, of a card's
    contact lines, only the office's own and the EU-wide numbers: the four countries'
    lists are for the worker."""
    item = service.item(item_id)
    if item is None:
        raise KeyError(item_id)
    words = PAGE_WORDS.get(lang, PAGE_WORDS["en"])
    variant = item.variant(lang)
    kind = escape(words.get(item.kind, item.kind))
    if item.origin:  # content a pack brought: say which
        kind += f" · {escape(words['from_pack'])} “{escape(item.origin_title(lang))}”"
    parts = [f'<p class="kind">{kind}</p>', f"<h1>{escape(variant.title)}</h1>"]
    # A card opens with "In short", and a contact's body is its description.
    if item.kind not in ("card", "contact") and variant.summary:
        parts.append(f'<p class="summary">{escape(variant.summary)}</p>')
    body = variant.body
    if item.kind == "card":
        body = link_terms(body, _glossary_terms(service, lang, item.origin))
        body = _with_contacts(service, body, item, lang, for_client)
    parts.append(render_html(body))
    if for_print:
        return "\n".join(parts)
    parts += _document_links(service, item, lang, words)
    related = [r for r in item.related if r in service.library.items]
    if related and item.kind == "glossary":
        links = ", ".join(_link(service, r, lang) for r in related)
        parts.append(f'<p class="related">{escape(words["related"])}: {links}</p>')
    if item.sources:
        sources = "".join(f"<li>{escape(str(s))}"
                          + (f". {escape(words['source_read'])} {escape(s.read)}."
                             if s.read else "")
                          + (f"<br>{escape(s.url)}" if s.url else "")
                          + "</li>" for s in item.sources)
        parts.append(f'<h3 class="sources">{escape(words["sources"])}</h3>'
                     f'<ul class="sources">{sources}</ul>')
    return "\n".join(parts)


def sources_html(service: ContentService, lang: str) -> str:
    """Every source cited in the library, with the items that cite it."""
    words = PAGE_WORDS.get(lang, PAGE_WORDS["en"])
    cited: dict[tuple[str, str, int | None, str | None], list[str]] = {}
    for item in service.library.items.values():
        for source in item.sources:
            key = (source.org, source.title, source.year, source.url)
            cited.setdefault(key, []).append(item.id)
    rows = []
    for (org, title, year, url), ids in sorted(cited.items(),
                                               key=lambda kv: (kv[0][0].casefold(), kv[0][1])):
        head = escape(f"{org}: {title}" + (f" ({year})" if year else ""))
        where = ", ".join(_link(service, i, lang) for i in ids)
        address = f"<br>{escape(url)}" if url else ""
        rows.append(f"<li>{head}{address}<br>{escape(words['used_in'])}: {where}</li>")
    return (f'<h1>{escape(words["sources"])}</h1><p>{escape(words["sources_intro"])}</p>'
            f"<ul>{''.join(rows)}</ul>")


def _glossary_terms(service: ContentService, lang: str, origin: str = "") -> dict[str, str]:
    """Glossary titles in ``lang`` (without a gloss in brackets) -> term id.
    A pack's terms link only inside that pack's own cards: bundled text never
    links to a pack's words."""
    terms = {}
    for item in service.library.of_kind("glossary"):
        if item.origin and item.origin != origin:
            continue
        title = item.title(lang).split(" (")[0].strip()
        if len(title) >= 4:
            terms[title] = item.id
    return terms


def _with_contacts(service: ContentService, body: str, item: Item, lang: str,
                   for_client: bool = False) -> str:
    """The card's "Who can help" section, ended with one line per country:
    the contacts in effect that best help with the card's topics, and a
    link to that country's guide."""
    topics = service.card_topics(item)
    if not topics:
        return body
    groups = contacts_mod.by_country(service.directory().items, topics, item.origin)
    guides = service.country_guides()
    if for_client:
        groups = [(code, found) for code, found in groups if code in ("", "eu")]
        guides = {}
    headings = CARD_HEADINGS.get(lang, CARD_HEADINGS["en"])
    return contacts_mod.with_contact_links(body, headings[4], groups, lang, guides)


def _link(service: ContentService, item_id: str, lang: str) -> str:
    item = service.item(item_id) or service.library.items[item_id]
    scheme = {"card": "card", "glossary": "term", "page": "page", "country": "country",
              "contact": "contact"}.get(item.kind, "doc")
    return f'<a href="{scheme}:{escape(item_id)}">{escape(item.title(lang))}</a>'


def _document_links(service: ContentService, item: Item, lang: str,
                    words: dict[str, str]) -> list[str]:
    """Previous/next within the item's toolkit document."""
    toolkit = service.library.toolkits.get(item.toolkit)
    if toolkit is None:
        return []
    for document in toolkit.documents:
        present = [s for s in document.sections if s in service.library.items]
        if item.id in present:
            i = present.index(item.id)
            links = []
            if i > 0:
                links.append(f"← {words['previous']}: {_link(service, present[i - 1], lang)}")
            if i + 1 < len(present):
                links.append(f"{words['next']}: {_link(service, present[i + 1], lang)} →")
            return [f'<p class="docnav">{" &nbsp;|&nbsp; ".join(links)}</p>'] if links else []
    return []
