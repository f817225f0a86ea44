"""Pages built from contacts: a local row or a bundled entry as an :class:`Item`, the
effective list (bundled minus hidden and overridden, plus the local rows), and the
"Who can help" lines on a card."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import catalogue
from ..languages import LANGS, PAGE_WORDS
from ..model import Item, Variant
from .directory import COUNTRIES, HELPS_WITH
from .model import GUIDE_COUNTRIES, PER_COUNTRY, SOURCE_STALE_YEARS, Contact, is_stale

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")


def md_escape(text: str) -> str:
    """Text typed by the office, shown literally through Markdown."""
    return _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;"))


def country_name(code: str, lang: str) -> str:
    return catalogue.country_name(code, lang)


def helps_with_label(topic: str, lang: str) -> str:
    return catalogue.topic_name(topic, lang)


def _stale_line(last_checked: str, lang: str) -> str:
    words = PAGE_WORDS[lang]
    when = f" ({last_checked})" if last_checked else ""
    return f"**{words['check_label']}:** {words['stale']}{when}.\n\n"


def local_item(contact: Contact, today: dt.date) -> Item:
    """A local row as a page in every language: the office's text as written,
    the labels in each language."""
    item_id = contact.overrides or contact.id
    stale = is_stale(contact.last_checked, today)
    item = Item(id=item_id, kind="contact", toolkit="all", audience=("workers",), extra={
        "origin": "override" if contact.overrides else "local", "row_id": contact.id,
        "country": contact.country, "helps_with": list(contact.helps_with),
        "phone": contact.phone, "website": contact.website,
        "languages": list(contact.languages), "last_checked": contact.last_checked,
        "address": contact.address, "opening_hours": contact.opening_hours,
        "notes": contact.notes, "stale": stale, "stale_reason": "stale" if stale else "",
    })
    aliases = tuple(dict.fromkeys((*contact.helps_with,
                                   *(helps_with_label(h, lang) for lang in LANGS
                                     for h in contact.helps_with))))
    for lang in LANGS:
        words = page = PAGE_WORDS[lang]
        rows = []
        for label, value in ((page["phone"], contact.phone), (page["website"], contact.website),
                             (page["hours"], contact.opening_hours),
                             (words["address"], contact.address),
                             (words["languages_spoken"], ", ".join(contact.languages))):
            if value.strip():
                rows.append(f"**{label}:** {md_escape(' '.join(value.split()))}")
        rows.append(f"**{words['helps_with']}:** "
                    + md_escape(", ".join(helps_with_label(h, lang) for h in contact.helps_with)))
        notes = "\n\n".join(md_escape(" ".join(p.split()))
                            for p in re.split(r"\n\s*\n", contact.notes) if p.strip())
        checked = (f"*{page['checked']} {contact.last_checked}. {page['verify']}*"
                   if contact.last_checked else f"*{words['never']} {page['verify']}*")
        body = ((_stale_line(contact.last_checked, lang) if stale else "")
                + "  \n".join(rows) + "\n\n" + (notes + "\n\n" if notes else "")
                + checked + f"\n\n*{words['local']}*\n")
        item.variants[lang] = Variant(lang=lang, title=contact.organisation.strip(),
                                      summary=" ".join(contact.notes.split())[:300],
                                      body=body, aliases=aliases + (contact.country,)
                                      if contact.country else aliases)
    return item


def staleness(item: Item, today: dt.date) -> str:
    """Why a contact should be checked before use, as a key of PAGE_WORDS, or "".

    The office's own rows age with the date they were last checked (a year).
    A bundled contact ages with its source: the year the source states, when
    it states one (more than two full years before this year), else the day
    the source was read (more than a year ago)."""
    extra = item.extra
    if extra.get("origin") in ("local", "override"):
        return "stale" if is_stale(str(extra.get("last_checked") or ""), today) else ""
    year = extra.get("source_year")
    if isinstance(year, int):
        return "old_source" if today.year - year > SOURCE_STALE_YEARS else ""
    return "old_read" if is_stale(str(extra.get("last_checked") or ""), today) else ""


def stale_text(item: Item, reason: str, lang: str) -> str:
    """The words for ``reason`` (from :func:`staleness`) in ``lang``."""
    words = PAGE_WORDS.get(lang, PAGE_WORDS["en"])
    return words[reason].format(year=item.extra.get("source_year") or "",
                                date=item.extra.get("last_checked") or "")


def bundled_item(item: Item, today: dt.date) -> Item:
    """A bundled contact as shown: marked when its source is old (see :func:`staleness`)."""
    reason = staleness(replace(item, extra={**item.extra, "origin": "bundled"}), today)
    extra = {**item.extra, "origin": "bundled", "row_id": "", "stale": bool(reason),
             "stale_reason": reason}
    variants = item.variants
    if reason:
        variants = {}
        for lang, v in item.variants.items():
            code = lang if lang in PAGE_WORDS else "en"
            note = (f"**{PAGE_WORDS[code]['check_label']}:** "
                    f"{md_escape(stale_text(item, reason, code))}.\n\n")
            variants[lang] = replace(v, body=note + v.body)
    return replace(item, extra=extra, variants=dict(variants))


@dataclass
class Directory:
    """The effective contacts at one version of the file."""

    items: list[Item] = field(default_factory=list)
    by_id: dict[str, Item] = field(default_factory=dict)
    local: list[Item] = field(default_factory=list)  # local rows and overrides
    masked: frozenset[str] = frozenset()  # bundled ids that are hidden or overridden
    hidden: frozenset[str] = frozenset()
    error: str | None = None  # the file could not be read: bundled contacts only
    version: object = None  # changes with the file and the day


def effective(bundled: Iterable[Item], rows: Iterable[Contact], hidden: Iterable[str],
              today: dt.date, error: str | None = None) -> Directory:
    """Bundled minus hidden and overridden, plus the local rows."""
    bundled = {item.id: item for item in bundled}
    hidden_ids = frozenset(hidden) & bundled.keys()
    local = []
    for contact in rows:
        if contact.overrides and contact.overrides not in bundled:
            contact = replace(contact, overrides="")  # noqa: PLW2901 - its bundled one is gone
        if not contact.overrides and contact.id in bundled:
            continue  # a row that would shadow a bundled id without saying so
        local.append(local_item(contact, today))
    overridden = frozenset(i.id for i in local if i.extra["origin"] == "override")
    masked = hidden_ids | overridden
    items = [bundled_item(i, today) for i in bundled.values() if i.id not in masked] + local
    items.sort(key=lambda i: sort_key(i, "en"))
    return Directory(items=items, by_id={i.id: i for i in items}, local=local, masked=masked,
                     hidden=hidden_ids, error=error)


def sort_key(item: Item, lang: str) -> tuple[int, str, str]:
    """This office first, then the bundled countries in their order, then others."""
    country = str(item.extra.get("country", ""))
    rank = 0 if not country else (1 + COUNTRIES.index(country) if country in COUNTRIES
                                  else 1 + len(COUNTRIES))
    return (rank, country, item.title(lang).casefold())


def _rank(item: Item, order: dict[str, int], card_origin: str) -> tuple:
    helps = [h for h in item.extra.get("helps_with", ()) if h in order]
    # A content pack's contacts come after every bundled one, so a pack never
    # pushes a bundled contact out of a bundled card's list (a pack's own
    # cards rank that pack's contacts like bundled ones).
    foreign_pack = 1 if item.origin and item.origin != card_origin else 0
    local = 0 if item.extra.get("origin") in ("local", "override") else 1
    return (foreign_pack, min(order[h] for h in helps), -len(helps), local,
            len(item.extra.get("helps_with", ())), sort_key(item, "en"))


def matching(items: Iterable[Item], topics: Sequence[str], limit: int = 6,
             card_origin: str = "") -> list[Item]:
    """The contacts that help with ``topics`` (most specific topic first):
    bundled ones before a content pack's; then those matching an earlier
    topic, then the office's own, then the ones that help with fewer things."""
    order = {topic: n for n, topic in enumerate(topics)}
    found = [item for item in items if any(h in order for h in item.extra.get("helps_with", ()))]
    found.sort(key=lambda item: _rank(item, order, card_origin))
    return found[:limit]


def by_country(items: Iterable[Item], topics: Sequence[str], card_origin: str = "",
               per_country: int = PER_COUNTRY) -> list[tuple[str, list[Item]]]:
    """The best matching contacts of each country (see :func:`matching`), at
    most ``per_country`` each: this office first, then the EU-wide numbers
    and other countries when something matches, and always each of
    GUIDE_COUNTRIES (perhaps with nothing: its line still links its guide)."""
    groups: dict[str, list[Item]] = {}
    for item in items:
        groups.setdefault(str(item.extra.get("country") or ""), []).append(item)
    codes = [c for c in groups if c not in COUNTRIES and c]
    out = []
    for code in ("", *COUNTRIES, *sorted(codes)):
        found = matching(groups.get(code, ()), topics, per_country, card_origin)
        if found or code in GUIDE_COUNTRIES:
            out.append((code, found))
    return out


def card_topics(card: Item) -> tuple[str, ...]:
    """``helps_with`` from the front matter of a card's English file (the
    loader keeps no unknown keys, so it is read here; unknown words are left out)."""
    from .. import frontmatter

    path = card.variants["en"].path if "en" in card.variants else ""
    try:
        meta = frontmatter.split(Path(path).read_text(encoding="utf-8")).meta
    except (OSError, UnicodeDecodeError, frontmatter.FrontMatterError):
        return ()
    value = meta.get("helps_with")
    if not isinstance(value, list):
        return ()
    return tuple(dict.fromkeys(v for v in value if v in HELPS_WITH))


def with_contact_links(body: str, heading: str, groups: Sequence[tuple[str, Sequence[Item]]],
                       lang: str, guides: dict[str, str] | None = None) -> str:
    """``body`` (a card's Markdown) with one line per country at the end of
    the section headed ``heading``: its contacts from ``groups`` (see
    :func:`by_country`) and a link to its country guide (``guides`` maps a
    country code to the guide's id). Unchanged without the heading or lines."""
    lines = body.split("\n")
    try:
        start = next(n for n, line in enumerate(lines) if line.strip() == f"## {heading}")
    except StopIteration:
        return body
    guides = guides or {}
    words = PAGE_WORDS.get(lang, PAGE_WORDS["en"])
    rows = []
    for code, found in groups:
        links = []
        for item in found:
            check = f" ({words['check_label'].lower()})" if item.extra.get("stale") else ""
            pack = (f" ({words['from_pack'].lower()} “{md_escape(item.origin_title(lang))}”)"
                    if item.origin else "")  # a pack's contact never passes for bundled
            links.append(f"[{md_escape(item.title(lang))}](contact:{item.id}){check}{pack}")
        where = country_name(code, lang)
        guide = guides.get(code)
        guide_link = (f"[{md_escape(words['guide'].format(country=where))}](country:{guide})"
                      if guide else "")
        if not links and not guide_link:
            continue
        rows.append(f"- **{md_escape(where)}:** " + " · ".join(links)
                    + (" — " if links and guide_link else "") + guide_link)
    if not rows:
        return body
    end = next((n for n in range(start + 1, len(lines)) if lines[n].startswith("## ")),
               len(lines))
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    block = ["", words["from_list"], "", *rows, ""]
    return "\n".join(lines[:end] + block + lines[end:])
