"""The starting directory of contacts: ``directory/<country>.yaml``.

Each entry becomes an item of kind ``contact`` (toolkit ``all``), so contacts
are searched, listed and shown like everything else; its structured fields
(phone, website, what it helps with, when it was checked) stay in
``Item.extra`` for the local directory that offices edit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import frontmatter
from .languages import LANGS, PAGE_WORDS
from .model import Item, Source, Variant

COUNTRIES = ("eu", "be", "lu", "it", "se")
HELPS_WITH = ("emergency", "violence", "sexual-violence", "children", "youth", "suicide",
              "mental-health", "lgbtqi", "trafficking", "victims", "asylum", "health", "legal",
              "honour-violence", "shelter", "fgm", "forced-marriage", "interpreting",
              "hate-crime", "guardianship")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PHONE_RE = re.compile(r"^[0-9+][0-9 ()./-]{1,24}$")

Report = Callable[[Path, int | None, str], None]


def load_file(path: Path, report: Report) -> list[Item]:
    """The valid entries of one country file; each bad entry is reported and left out."""
    country = path.stem
    if country not in COUNTRIES:
        report(path, None, f"unknown country file {path.name}; use one of "
               + ", ".join(f"{c}.yaml" for c in COUNTRIES))
        return []
    try:
        text = path.read_bytes().decode("utf-8")
        data = frontmatter.load_yaml(text)
    except UnicodeDecodeError:
        report(path, None, "not UTF-8 text; save it as UTF-8")
        return []
    except OSError as exc:
        report(path, None, f"cannot be read: {exc.strerror}")
        return []
    except frontmatter.FrontMatterError as exc:
        report(path, exc.line, str(exc))
        return []
    if not isinstance(data, dict) or data.get("country") != country \
            or not isinstance(data.get("entries"), list):
        report(path, 1, f"needs 'country: {country}' and a list of 'entries'")
        return []
    lines = text.split("\n")
    items = []
    for number, raw in enumerate(data["entries"], 1):
        line = _line_of_entry(lines, raw.get("id") if isinstance(raw, dict) else None)
        problems = _check_entry(raw)
        for message in problems:
            report(path, line, f"entry {number}: {message}")
        if not problems:
            items.append(_item(raw, country, path))
    return items


def _line_of_entry(lines: list[str], entry_id: object) -> int | None:
    for number, line in enumerate(lines, 1):
        if entry_id and re.match(rf"^\s*-\s*id:\s*['\"]?{re.escape(str(entry_id))}\b", line):
            return number
    return None


def _languages(value: Any, required: bool = True) -> bool:
    if value is None:
        return not required
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, dict) and all(isinstance(value.get(lang), str)
                                           and value[lang].strip() for lang in LANGS)


def _check_entry(raw: Any) -> list[str]:
    if not isinstance(raw, dict):
        return ["must be a mapping with id, name, helps_with, phone or website, "
                "description, last_checked and source"]
    out = []
    if not isinstance(raw.get("id"), str) or not ID_RE.match(raw["id"]):
        out.append("'id' must be lowercase words joined by '-'")
    if not _languages(raw.get("name")):
        out.append("'name' must be text, or text in every language")
    if not _languages(raw.get("description")) or isinstance(raw.get("description"), str):
        out.append("'description' needs text in every language")
    if not _languages(raw.get("hours"), required=False):
        out.append("'hours' needs text in every language")
    helps = raw.get("helps_with")
    if not isinstance(helps, list) or not helps or any(h not in HELPS_WITH for h in helps):
        out.append("'helps_with' must list words from: " + ", ".join(HELPS_WITH))
    phone, website = raw.get("phone"), raw.get("website")
    if phone is None and website is None:
        out.append("needs a 'phone' or a 'website'")
    if phone is not None and (not isinstance(phone, str) or not PHONE_RE.match(phone)):
        out.append("'phone' must be a quoted number such as \"0800 00 000\"")
    if not isinstance(raw.get("last_checked"), dt.date):
        out.append("'last_checked' must be a date such as 2026-11-28")
    source = raw.get("source")
    if not isinstance(source, dict) or not source.get("org") or not source.get("title"):
        out.append("'source' needs at least 'org' and 'title'")
    return out


def _text(value: Any, lang: str) -> str:
    return value.strip() if isinstance(value, str) else str(value[lang]).strip()


def _item(raw: dict[str, Any], country: str, path: Path) -> Item:
    source = raw["source"]
    item = Item(
        id=raw["id"], kind="contact", toolkit="all", audience=("workers",),
        sources=(Source(org=str(source["org"]), title=str(source["title"]),
                        year=source.get("year") if isinstance(source.get("year"), int) else None,
                        url=str(source["url"]) if source.get("url") else None),),
        extra={
            "country": country, "helps_with": list(raw["helps_with"]),
            "phone": raw.get("phone") or "", "website": raw.get("website") or "",
            "languages": [str(x) for x in raw.get("languages") or ()],
            "last_checked": raw["last_checked"].isoformat(),
        },
    )
    for lang in LANGS:
        words = PAGE_WORDS[lang]
        rows = []
        if raw.get("phone"):
            rows.append(f"**{words['phone']}:** {raw['phone']}")
        if raw.get("website"):
            rows.append(f"**{words['website']}:** {raw['website']}")
        if raw.get("hours"):
            rows.append(f"**{words['hours']}:** {_text(raw['hours'], lang)}")
        body = "  \n".join(rows) + "\n\n" + _text(raw["description"], lang) + "\n\n" + \
            f"*{words['checked']} {raw['last_checked'].isoformat()}. {words['verify']}*\n"
        item.variants[lang] = Variant(
            lang=lang, title=_text(raw["name"], lang),
            summary=_text(raw["description"], lang),
            body=body, aliases=tuple(raw["helps_with"]) + (country,), path=str(path))
    return item
