"""The loader's checks of content files and of the whole set: card and module
sections, word counts, training plans, links, figures without a year, country guides,
toolkit sections and glossary titles. Each adds to the :class:`Reporter`; an item with
a problem is left out (a figure without a year only warns)."""

from __future__ import annotations

import re
from pathlib import Path

from .contacts import directory
from .content_files import ContentFile, Reporter
from .languages import CARD_HEADINGS, CARD_MAX_WORDS, CARD_MIN_WORDS, MODULE_HEADINGS
from .markup import iter_links, plain_text, split_link, word_count
from .model import SCHEME_KINDS, SECTION_KINDS, Item, Toolkit
from .sections import Section, slides, split_sections, steps
from .toolkit_manifests import MANIFEST

MIN_GUIDE_SOURCES = 8
COUNTRY_RE = re.compile(r"^[a-z]{2}$")


def check_country_guide(en: ContentFile, item: Item, report: Reporter) -> None:
    """A country guide names its country and cites at least MIN_GUIDE_SOURCES
    sources, each with its address and the day it was read."""
    key = (en.root, en.id)
    code = en.meta.get("country")
    if not isinstance(code, str) or not COUNTRY_RE.match(code):
        report.add(en.path, en.line_of("country") or 2, "a country guide needs 'country:', "
                   "the two-letter code of its country (be, lu, it, se)", key)
    else:
        item.extra["country"] = code
    if len(item.sources) < MIN_GUIDE_SOURCES:
        report.add(en.path, en.line_of("sources") or 2, f"a country guide cites at least "
                   f"{MIN_GUIDE_SOURCES} sources; this one has {len(item.sources)}")
    for source in item.sources:
        missing = [name for name, value in (("url", source.url), ("read", source.read))
                   if not value]
        if missing:
            report.add(en.path, en.line_of("sources"), f"source {source.title!r} needs "
                       + " and ".join(f"'{m}'" for m in missing)
                       + " (its address, and the date you read it such as 2026-12-07)")


def check_figures(f: ContentFile, report: Reporter) -> None:
    """A percentage or "over N" in running text needs its year in the same
    paragraph. Reported, but the item still loads."""
    for offset, figure in directory.numbers_without_year(f.body):
        report.add(f.path, f.body_line + offset, f"{figure!r} needs a year in the same "
                   "paragraph (say when, and from which source)")


def _check_headings(f: ContentFile, expected: tuple[str, ...], what: str,
                    report: Reporter) -> list[Section]:
    """Report missing, unknown, out-of-order and empty ``##`` sections."""
    key = (f.root, f.id)
    found = split_sections(f.body, f.body_line)
    titles = [s.title for s in found]
    for wanted in expected:
        if wanted not in titles:
            report.add(f.path, None, f"{what} section '## {wanted}' is missing", key)
    for section in found:
        if section.title not in expected:
            report.add(f.path, section.line, f"unknown {what} section "
                              f"'## {section.title}'; the sections are: " + ", ".join(expected),
                              key)
        elif not section.text:
            report.add(f.path, section.line,
                              f"{what} section '## {section.title}' is empty", key)
    present = [t for t in titles if t in expected]
    if present != [t for t in expected if t in present]:
        report.add(f.path, None, f"{what} sections are out of order; the order is: "
                          + ", ".join(expected), key)
    return found


def check_card_body(f: ContentFile, report: Reporter) -> None:
    _check_headings(f, CARD_HEADINGS[f.lang], "card", report)
    words = word_count(plain_text(f.body))
    if not CARD_MIN_WORDS <= words <= CARD_MAX_WORDS:
        report.add(f.path, None, f"a card has {CARD_MIN_WORDS}-{CARD_MAX_WORDS} words; "
                          f"this one has {words}", (f.root, f.id))


def check_module_body(f: ContentFile, duration: int | None, report: Reporter) -> None:
    key = (f.root, f.id)
    found = {s.title: s for s in _check_headings(f, MODULE_HEADINGS[f.lang], "module", report)}
    steps_title, slides_title = MODULE_HEADINGS[f.lang][4], MODULE_HEADINGS[f.lang][-1]
    if steps_title in found:
        plan = steps(found[steps_title].text)
        if not plan or any(step.minutes <= 0 for step in plan):
            report.add(f.path, found[steps_title].line, "every step is a numbered item "
                              "with its length, e.g. '1. Welcome (10 min)'", key)
        elif duration and sum(s.minutes for s in plan) != duration:
            report.add(f.path, found[steps_title].line,
                              f"the steps add up to {sum(s.minutes for s in plan)} minutes but "
                              f"'duration' says {duration}", key)
    if not duration:
        report.add(f.path, f.line_of("duration") or 2, "a module needs 'duration' in minutes "
                   "(in the English file)", key)
    if slides_title in found and len(slides(found[slides_title].text)) < 3:
        report.add(f.path, found[slides_title].line, "a module needs at least 3 slides, "
                          "separated by '---' lines", key)


def check_links(f: ContentFile, known: dict[str, str], documents: set[str],
                 report: Reporter) -> None:
    for line, target in iter_links(f.body, f.body_line):
        link = split_link(target)
        if link is None:
            continue
        scheme, target_id = link
        wanted = SCHEME_KINDS[scheme]
        if scheme == "doc" and target_id in documents:
            continue
        if known.get(target_id) not in wanted:
            report.add(f.path, line, f"broken link {target!r}: no {scheme} with that id",
                       (f.root, f.id))
    for target_id in f.meta.get("related") or []:
        if f.lang == "en" and str(target_id) not in known and str(target_id) not in documents:
            report.add(f.path, f.line_of("related"),
                       f"'related' names {target_id!r}, which does not exist", (f.root, f.id))


def check_manifest_sections(toolkits: dict[str, tuple[Path, Toolkit]], items: dict[str, Item],
                             item_files: dict[str, list[ContentFile]], report: Reporter) -> None:
    listed: dict[str, str] = {}
    for toolkit_id, (root, toolkit) in toolkits.items():
        manifest = root / "toolkits" / toolkit_id / MANIFEST
        for document in toolkit.documents:
            for section_id in document.sections:
                item = items.get(section_id)
                if item is None or item.kind not in SECTION_KINDS or item.toolkit != toolkit_id:
                    report.add(manifest, None, f"document {document.id!r} lists section "
                               f"{section_id!r}, which is not a section of {toolkit_id}",
                               (root, toolkit_id))
                elif section_id in listed:
                    report.add(manifest, None, f"section {section_id!r} is listed twice",
                               (root, toolkit_id))
                listed[section_id] = document.id
    for item_id, item in items.items():
        if item.kind in SECTION_KINDS and item_id not in listed:
            f = item_files[item_id][0]
            report.add(f.path, None, f"section {item_id!r} is in no document of "
                       f"{MANIFEST}", (f.root, item_id))


def check_glossary_titles(items: dict[str, Item], item_files: dict[str, list[ContentFile]],
                           report: Reporter) -> None:
    """Two glossary terms may not share a title in the same language."""
    seen: dict[tuple[str, str], str] = {}
    for item_id, item in items.items():
        if item.kind != "glossary":
            continue
        for f in item_files[item_id]:
            key = (f.lang, item.variants[f.lang].title.casefold())
            if key in seen:
                report.add(f.path, f.line_of("title"), f"glossary term {key[1]!r} is already "
                           f"defined by {seen[key]!r}", (f.root, f.id))
            else:
                seen[key] = item_id
