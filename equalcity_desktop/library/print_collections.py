"""The collections on paper, as HTML (Qt-free): every glossary term A to Z
(``@glossary``), the effective contacts by country (``@contacts``) and every source
behind the text (``@sources``). :mod:`.printable` wraps them in a printout."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from html import escape
from typing import TYPE_CHECKING

from . import catalogue
from .contacts import helps_with_label, staleness
from .contacts.directory import spoken_names
from .languages import PAGE_WORDS
from .markup import render_html
from .model import Item

if TYPE_CHECKING:
    from .service import ContentService


def sort_key(text: str) -> tuple[str, str]:
    """Alphabetical order that ignores case, accents and leading quotes
    ("Bénéficiaire" between "Asile" and "Bisexuel", not after "Z")."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in folded if not unicodedata.combining(c))
    return bare.lstrip(" \"'«»“”‘’¿¡(-"), text.casefold()



def demote(html: str) -> str:
    """Each heading one level down, so a section's ``h1`` can sit under a document's."""
    return re.sub(r"<(/?)h([1-5])\b", lambda m: f"<{m[1]}h{int(m[2]) + 1}", html)


# -- collections ---------------------------------------------------------------
def glossary(service: ContentService, lang: str, _today: dt.date | None) -> tuple[str, str, str]:
    words = PAGE_WORDS[lang]
    terms = sorted(service.library.of_kind("glossary"),
                   key=lambda i: sort_key(i.title(lang)))
    parts = [f'<p class="kind">Equalcity</p><h1>{escape(words["glossary"])}</h1>',
             f'<p class="summary">{escape(words["glossary_intro"].format(n=len(terms)))}</p>']
    letter = None
    for item in terms:
        variant = item.variant(lang)
        first = sort_key(variant.title)[0][:1].upper()
        first = first if first.isalpha() else "#"
        if first != letter:
            parts.append(f"<h2>{escape(first)}</h2>")
            letter = first
        parts.append(f"<h3>{escape(variant.title)}</h3>{demote(render_html(variant.body))}")
    footer = f"{words['footer']} {words['sources_in_app']}"
    return words["glossary"], "\n".join(parts), footer


def effective_contacts(service: ContentService, lang: str) -> list[Item]:
    """The contacts an office sees: the starting directory with the office's
    own rows, hidden ones left out, this office first, then by country."""
    return service.contacts(lang)


def _field(item: Item, lang: str, *names: str) -> str:
    """A contact's field in ``lang``: from its structured data, or for hours
    (kept only in the text by the starting directory) from its body."""
    for name in names:
        value = item.extra.get(name)
        if isinstance(value, dict):
            value = value.get(lang) or value.get("en")
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    if "hours" in names:
        label = re.escape(PAGE_WORDS[item.variant(lang).lang]["hours"])
        found = re.search(rf"^\*\*{label}:\*\*\s*(.+?)\s*$", item.variant(lang).body,
                          re.MULTILINE)
        return found[1] if found else ""
    return ""


def _contact_html(item: Item, lang: str, today: dt.date) -> str:
    words = PAGE_WORDS[lang]
    variant = item.variant(lang)
    rows = []
    topics = [str(t) for t in item.extra.get("helps_with") or ()]
    if topics:
        rows.append(f"<b>{escape(words['helps_with'])}:</b> "
                    f"{escape(', '.join(helps_with_label(t, lang) for t in topics))}")
    for label, names in ((words["phone"], ("phone",)), (words["website"], ("website",)),
                         (words["hours"], ("hours", "opening_hours")),
                         (words["address"], ("address",))):
        value = _field(item, lang, *names)
        if value:
            rows.append(f"<b>{escape(label)}:</b> {escape(value)}")
    spoken = spoken_names([str(c) for c in item.extra.get("languages") or ()], lang)
    if spoken:
        rows.append(f"<b>{escape(words['languages_spoken'])}:</b> {escape(spoken)}")
    checked = str(item.extra.get("last_checked") or "")
    reason = staleness(item, today)  # against the print date, so a list printed for later says so
    note = ""
    if reason:
        printed = {"old_source": "check_old_source", "old_read": "check_old_read"}
        note = " <b>(" + escape(words[printed.get(reason, "check_this")].format(
            year=item.extra.get("source_year") or "")) + ")</b>"
    bundled = item.extra.get("origin") not in ("local", "override")
    label = words["source_read_label"] if bundled else words["checked"]
    rows.append(f"<b>{escape(label)}:</b> {escape(checked or '–')}{note}")
    if bundled and item.sources:
        source = item.sources[0]
        rows.append(f"<b>{escape(words['source'])}:</b> {escape(str(source))}"
                    + (f", {escape(source.url)}" if source.url else ""))
    what = variant.summary.strip()
    return (f"<h3>{escape(variant.title)}</h3>" + (f"<p>{escape(what)}</p>" if what else "")
            + f'<p class="facts">{"<br>".join(rows)}</p>')


def contacts(service: ContentService, lang: str, today: dt.date | None) -> tuple[str, str, str]:
    words = PAGE_WORDS[lang]
    today = today or dt.date.today()
    groups: dict[str, list[Item]] = {}  # in the directory's order: this office first
    for item in effective_contacts(service, lang):
        groups.setdefault(str(item.extra.get("country") or ""), []).append(item)
    parts = [f'<p class="kind">Equalcity</p><h1>{escape(words["contacts"])}</h1>',
             f'<p class="summary">{escape(words["contacts_intro"])}</p>']
    for country, items in groups.items():
        parts.append(f"<h2>{escape(catalogue.contacts_heading(country, lang))}</h2>")
        parts += [_contact_html(item, lang, today) for item in items]
    return words["contacts"], "\n".join(parts), words["contacts_footer"] + " " + words["verify"]


def sources(service: ContentService, lang: str, _today: dt.date | None) -> tuple[str, str, str]:
    words = PAGE_WORDS[lang]
    html = f'<p class="kind">Equalcity</p>{service.sources_html(lang)}'
    return words["sources"], html, words["footer"]


COLLECTION_BUILDERS = {"glossary": glossary, "contacts": contacts, "sources": sources}
