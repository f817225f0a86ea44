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

from .. import frontmatter
from ..languages import LANGS, PAGE_WORDS, SPOKEN_LANGUAGES
from ..model import Item, Source, Variant

COUNTRIES = ("eu", "be", "lu", "it", "se")
HELPS_WITH = ("emergency", "violence", "sexual-violence", "children", "youth", "suicide",
              "mental-health", "lgbtqi", "trafficking", "victims", "asylum", "health", "legal",
              "honour-violence", "shelter", "fgm", "forced-marriage", "interpreting",
              "hate-crime", "guardianship")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PHONE_RE = re.compile(r"^[0-9+][0-9 ()./-]{1,24}$")
LANGUAGE_CODE_RE = re.compile(r"^[a-z]{2,3}$")  # ISO 639-1 (or -2/-3 where there is none)
# A statistic in running text: a percentage, or "over N" and its translations.
NUMBER = r"\d(?:[\d.,]|[ \u00a0\u202f](?=\d{3}\b))*"  # 1200, 1,200, 1.200, 1 200
CLAIM_RE = re.compile(rf"(?:\b(?P<over>over|more than|meer dan|plus de|mais de)\s+)?{NUMBER}"
                      r"(?P<percent>\s?%)?", re.IGNORECASE)
# ... but "over 18 years", "more than 3 months", "aged over 13" state an age or a
# length of time, and "100%" ("100% safe") is a figure of speech.
DURATION_RE = re.compile(r"\s*(?:years?|months?|weeks?|days?|hours?|minutes?|jaar|maanden|"
                         r"maand|weken|week|dagen|dag|uur|uren|minuten|ans?|mois|semaines?|"
                         r"jours?|heures?|anos?|meses|m[eê]s|semanas?|dias?|horas?|minutos?)\b",
                         re.IGNORECASE)
AGE_BEFORE_RE = re.compile(r"\b(?:aged?|ages|âgée?s?|ouder dan|leeftijd|idade|com)\s*$",
                           re.IGNORECASE)
YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
LIST_ITEM_RE = re.compile(r"^(?:[-*+]|\d+[.)])\s")
LINK_TARGET_RE = re.compile(r"\]\([^)]*\)")

Report = Callable[[Path, int | None, str], None]


def load_file(path: Path, report: Report, quality: Report | None = None) -> list[Item]:
    """The valid entries of one country file; each bad entry is reported and left out.
    ``quality`` hears what is worth fixing but leaves the entry in (a figure
    without its year); by default it is ``report``."""
    quality = quality or report
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
            for lang in LANGS:  # a figure in a description needs its year too
                for _offset, figure in numbers_without_year(_text(raw["description"], lang)):
                    quality(path, line, f"entry {number}: the {lang} description says "
                            f"{figure!r} without a year; name the year (and the source)")
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


def read_date(value: Any, today: dt.date | None = None) -> tuple[str, str]:
    """``(iso_date, "")`` for a valid ``read:`` date, or ``("", problem)``.
    A date more than a day ahead of ``today`` is refused (time zones aside,
    nobody has read a page tomorrow)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            return "", f"'read' must be a date such as 2026-12-07, not {value!r}"
    if not isinstance(value, dt.date):
        return "", "'read' (the date you read the source) is missing; write it as 2026-12-07"
    if value > (today or dt.date.today()) + dt.timedelta(days=1):
        return "", f"'read' is {value.isoformat()}, a date in the future"
    return value.isoformat(), ""


def source_problems(source: Any, today: dt.date | None = None) -> list[str]:
    """What a bundled source lacks: org, title, url and the date it was read;
    ``year``, when given, is the year the source states (a number)."""
    if not isinstance(source, dict) or not source.get("org") or not source.get("title"):
        return ["'source' needs 'org', 'title', 'url' and 'read' (the date you read it)"]
    out = []
    url = source.get("url")
    if not isinstance(url, str) or not url.strip() or any(c.isspace() for c in url.strip()):
        out.append("'source' needs a 'url' (one address, shown as text)")
    year = source.get("year")
    if year is not None and (not isinstance(year, int) or isinstance(year, bool)
                             or not 1900 <= year <= (today or dt.date.today()).year + 1):
        out.append("the source's 'year' must be the year it states, such as 2024 "
                   "(leave it out when the source has no date)")
    _iso, problem = read_date(source.get("read"), today)
    if problem:
        out.append(problem)
    return out


def _check_entry(raw: Any, today: dt.date | None = None) -> list[str]:
    if not isinstance(raw, dict):
        return ["must be a mapping with id, name, helps_with, phone or website, hours, "
                "languages, description and source"]
    out = []
    if not isinstance(raw.get("id"), str) or not ID_RE.match(raw["id"]):
        out.append("'id' must be lowercase words joined by '-'")
    if not _languages(raw.get("name")):
        out.append("'name' must be text, or text in every language")
    if not _languages(raw.get("description")) or isinstance(raw.get("description"), str):
        out.append("'description' needs text in every language")
    if raw.get("hours") is None:
        out.append("'hours' is missing: when it answers, in every language (or '24/7')")
    elif not _languages(raw.get("hours")):
        out.append("'hours' needs text in every language")
    spoken = raw.get("languages")
    if not isinstance(spoken, list) or not spoken or not all(
            isinstance(code, str) and LANGUAGE_CODE_RE.match(code) for code in spoken):
        out.append("'languages' must list the languages it answers in, as codes such as "
                   "[nl, fr, en]")
    helps = raw.get("helps_with")
    if not isinstance(helps, list) or not helps or any(h not in HELPS_WITH for h in helps):
        out.append("'helps_with' must list words from: " + ", ".join(HELPS_WITH))
    phone, website = raw.get("phone"), raw.get("website")
    if phone is None and website is None:
        out.append("needs a 'phone' or a 'website'")
    if phone is not None and (not isinstance(phone, str) or not PHONE_RE.match(phone)):
        out.append("'phone' must be a quoted number such as \"0800 00 000\"")
    if "last_checked" in raw:
        out.append("'last_checked' is no longer used: move the date into the source as "
                   "'read:' (the day you read the source), e.g. source: {org: ..., title: ..., "
                   "url: ..., read: 2026-12-07}")
    out += source_problems(raw.get("source"), today)
    return out


def numbers_without_year(text: str) -> list[tuple[int, str]]:
    """Figures in running text that need a year beside them: a percentage, or
    "over N" / "more than N" (and the same in nl, fr, pt), in a paragraph
    without a four-digit year. Returns (line offset in ``text``, the figure)."""
    found: list[tuple[int, str]] = []
    paragraph: list[tuple[int, str]] = []

    def close() -> None:
        joined = " ".join(line for _n, line in paragraph)
        if not YEAR_RE.search(joined):
            for number, line in paragraph:
                found.extend((number, m[0].strip()) for m in _claims(line))
        paragraph.clear()

    fenced = False
    for number, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if stripped.startswith("```"):
            fenced = not fenced
            close()
            continue
        if fenced:
            continue
        if not stripped or stripped.startswith("#") or LIST_ITEM_RE.match(stripped) \
                or stripped == "---":
            close()
        if stripped and not stripped.startswith("#") and stripped != "---":
            paragraph.append((number, LINK_TARGET_RE.sub("]", line)))
    close()
    return found


def _claims(line: str) -> list[re.Match[str]]:
    out = []
    for m in CLAIM_RE.finditer(line):
        if m["percent"]:
            if re.fullmatch(r"100\s?%", m[0].strip()) and not m["over"]:
                continue
        elif not m["over"] or DURATION_RE.match(line, m.end()) \
                or AGE_BEFORE_RE.search(line[: m.start()]):
            continue
        out.append(m)
    return out


def _text(value: Any, lang: str) -> str:
    return value.strip() if isinstance(value, str) else str(value[lang]).strip()


def _item(raw: dict[str, Any], country: str, path: Path) -> Item:
    source = raw["source"]
    read, _problem = read_date(source["read"])
    year = source.get("year") if isinstance(source.get("year"), int) else None
    cited = Source(org=str(source["org"]), title=str(source["title"]), year=year,
                   url=str(source["url"]).strip(), read=read)
    spoken = [str(x) for x in raw.get("languages") or ()]
    item = Item(
        id=raw["id"], kind="contact", toolkit="all", audience=("workers",),
        sources=(cited,),
        extra={
            "country": country, "helps_with": list(raw["helps_with"]),
            "phone": raw.get("phone") or "", "website": raw.get("website") or "",
            "languages": spoken,
            # What the app shows as the day it was checked: the day its source was read.
            "last_checked": read, "source_year": year,
            "hours": {lang: _text(raw["hours"], lang) for lang in LANGS},
        },
    )
    for lang in LANGS:
        words = PAGE_WORDS[lang]
        rows = []
        if raw.get("phone"):
            rows.append(f"**{words['phone']}:** {raw['phone']}")
        if raw.get("website"):
            rows.append(f"**{words['website']}:** {raw['website']}")
        rows.append(f"**{words['hours']}:** {_text(raw['hours'], lang)}")
        rows.append(f"**{words['languages_spoken']}:** {spoken_names(spoken, lang)}")
        body = "  \n".join(rows) + "\n\n" + _text(raw["description"], lang) + "\n\n" + \
            source_line(cited, lang) + "\n\n" + f"*{words['verify']}*\n"
        item.variants[lang] = Variant(
            lang=lang, title=_text(raw["name"], lang),
            summary=_text(raw["description"], lang),
            body=body, aliases=tuple(raw["helps_with"]) + (country,), path=str(path))
    return item


def source_line(source: Source, lang: str) -> str:
    """"Source: org, title (year), url. Read on 2026-12-07." as Markdown."""
    words = PAGE_WORDS[lang]
    text = f"{source.org}: {source.title}" + (f" ({source.year})" if source.year else "")
    address = f", {source.url}" if source.url else ""
    read = f" {words['source_read']} {source.read}." if source.read else ""
    return f"**{words['source']}:** {md_text(text)}{md_text(address)}.{read}"


def spoken_names(codes: list[str], lang: str) -> str:
    names = SPOKEN_LANGUAGES.get(lang, SPOKEN_LANGUAGES["en"])
    return ", ".join(names.get(code, code) for code in codes)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#])")


def md_text(text: str) -> str:
    """Text from a YAML file shown literally through Markdown (a URL stays text)."""
    return _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;"))
