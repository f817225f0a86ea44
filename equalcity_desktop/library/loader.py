"""Load the content folders into a :class:`Library`, validating everything.

Every problem is reported with its file, its line where known, and what is
wrong. An item with a problem is left out (all its languages), so the rest of
the library still loads; callers decide whether problems are fatal
(``check-content``, the tests) or shown as a message (the window).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import directory, frontmatter
from .languages import CARD_HEADINGS, CARD_MAX_WORDS, CARD_MIN_WORDS, LANGS, MODULE_HEADINGS
from .markup import iter_links, plain_text, split_link, word_count
from .model import (
    KINDS,
    SCHEME_KINDS,
    SECTION_KINDS,
    Document,
    Item,
    Library,
    Source,
    Toolkit,
    Variant,
)
from .sections import Section, slides, split_sections, steps

MIN_GUIDE_SOURCES = 8
COUNTRY_RE = re.compile(r"^[a-z]{2}$")
FILE_RE = re.compile(r"^(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?P<lang>[a-z]{2})\.md$")
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Which kinds may live in which folder of a content root.
FOLDER_KINDS = {"cards": ("card",), "glossary": ("glossary",), "toolkits": SECTION_KINDS,
                "pages": ("page",), "countries": ("country",)}
MANIFEST = "toolkit.yaml"


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass
class LoadResult:
    library: Library
    problems: list[Problem] = field(default_factory=list)


@dataclass
class _File:
    path: Path
    root: Path
    folder: str
    id: str
    lang: str
    meta: dict[str, Any]
    body: str
    body_line: int
    front: list[str]  # front matter lines, for line numbers

    def line_of(self, key: str) -> int | None:
        for number, line in enumerate(self.front, start=2):
            if line.startswith(f"{key}:"):
                return number
        return None


class _Reporter:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.bad_ids: set[tuple[Path, str]] = set()

    def add(self, path: Path, line: int | None, message: str,
            item: tuple[Path, str] | None = None) -> None:
        self.problems.append(Problem(str(path), line, message))
        if item is not None:
            self.bad_ids.add(item)


def load(roots: Iterable[Path]) -> LoadResult:
    """Load one or more content roots; the first is the bundled content."""
    report = _Reporter()
    files: list[_File] = []
    manifests: list[tuple[Path, Path]] = []
    contacts: list[tuple[Path, Item]] = []
    for root in map(Path, roots):
        if not root.is_dir():
            report.add(root, None, "content folder not found")
            continue
        for path in sorted((root / "directory").glob("*.yaml")):
            contacts += [(root, item) for item in directory.load_file(path, report.add,
                                                                      report.add)]
        for folder, path in _content_files(root, report):
            if path.name == MANIFEST:
                manifests.append((root, path))
            else:
                parsed = _parse(root, folder, path, report)
                if parsed:
                    files.append(parsed)

    toolkits = _load_manifests(manifests, report)
    items, item_files = _assemble(files, set(toolkits), report)
    _check_manifest_sections(toolkits, items, item_files, report)
    for root, contact in contacts:
        if contact.id in items:
            report.add(Path(contact.variants["en"].path), None,
                       f"duplicate id {contact.id!r}", (root, contact.id))
        else:
            items[contact.id] = contact
            item_files[contact.id] = []
    _check_glossary_titles(items, item_files, report)
    known = {item_id: item.kind for item_id, item in items.items()}
    documents = {d.id for _root, t in toolkits.values() for d in t.documents}
    for item_files_of_id in item_files.values():
        for f in item_files_of_id:
            _check_links(f, known, documents, report)

    library = Library()
    for toolkit_id, (_root, toolkit) in toolkits.items():
        if (_root, toolkit_id) not in report.bad_ids:
            library.toolkits[toolkit_id] = toolkit
    roots_of = {item.id: root for root, item in contacts}
    origins: dict[Path, tuple[str, dict[str, str]]] = {}
    for item_id, item in items.items():
        root = item_files[item_id][0].root if item_files[item_id] else roots_of[item_id]
        if (root, item_id) not in report.bad_ids and (
            item.toolkit == "all" or item.toolkit in library.toolkits
        ):
            if root not in origins:
                origins[root] = _pack_origin(root)
            item.origin, item.origin_titles = origins[root]
            library.items[item_id] = item
    return LoadResult(library=library, problems=report.problems)


def _pack_origin(root: Path) -> tuple[str, dict[str, str]]:
    """A content pack's id and title per language (from its ``pack.yaml``), so
    the window can mark what came from it; ("", {}) for any other folder."""
    path = root / "pack.yaml"
    if not path.is_file():
        return "", {}
    try:
        data = frontmatter.load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, frontmatter.FrontMatterError):
        return "", {}
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        return "", {}
    title = data.get("title")
    if isinstance(title, dict):
        titles = {str(k): v.strip() for k, v in title.items() if isinstance(v, str) and v.strip()}
    else:
        titles = {"en": title.strip()} if isinstance(title, str) and title.strip() else {}
    return data["id"], titles


def _content_files(root: Path, report: _Reporter) -> Iterator[tuple[str, Path]]:
    for folder in FOLDER_KINDS:
        base = root / folder
        if not base.is_dir():
            continue
        if folder == "toolkits":
            for sub in sorted(p for p in base.iterdir() if p.is_dir()):
                if not (sub / MANIFEST).is_file():
                    report.add(sub, None, f"toolkit folder without its {MANIFEST}")
                    continue
                yield folder, sub / MANIFEST
                yield from ((folder, p) for p in sorted(sub.glob("*.md")))
        else:
            yield from ((folder, p) for p in sorted(base.glob("*.md")))


def _read_text(path: Path, report: _Reporter, item: tuple[Path, str] | None) -> str | None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        report.add(path, None, f"cannot be read: {exc.strerror}", item)
        return None
    if not data.strip():
        report.add(path, None, "the file is empty", item)
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        report.add(path, line, f"not UTF-8 text (byte {exc.start}); save it as UTF-8", item)
        return None


def _parse(root: Path, folder: str, path: Path, report: _Reporter) -> _File | None:
    match = FILE_RE.match(path.name)
    if not match:
        report.add(path, None, "file name must be <id>.<lang>.md with a lowercase id")
        return None
    item_key = (root, match["id"])
    if match["lang"] not in LANGS:
        report.add(path, None, f"unknown language {match['lang']!r}; use one of "
                   + ", ".join(LANGS), item_key)
        return None
    text = _read_text(path, report, item_key)
    if text is None:
        return None
    try:
        parsed = frontmatter.split(text)
    except frontmatter.FrontMatterError as exc:
        report.add(path, exc.line, str(exc), item_key)
        return None
    front = text.removeprefix("\ufeff").replace("\r\n", "\n").split("\n")[1 : parsed.body_line - 2]
    return _File(path, root, folder, match["id"], match["lang"], parsed.meta, parsed.body,
                 parsed.body_line, front)


def _str_list(f: _File, key: str, report: _Reporter) -> tuple[str, ...]:
    value = f.meta.get(key, [])
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        report.add(f.path, f.line_of(key), f"'{key}' must be a list of words", (f.root, f.id))
        return ()
    return tuple(str(v).strip() for v in value if str(v).strip())


def _text(f: _File, key: str, report: _Reporter, required: bool) -> str:
    value = f.meta.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            report.add(f.path, f.line_of(key) or 2, f"'{key}' is missing", (f.root, f.id))
        return ""
    if not isinstance(value, str | int | float):
        report.add(f.path, f.line_of(key), f"'{key}' must be text", (f.root, f.id))
        return ""
    return str(value).strip()


def _sources(f: _File, report: _Reporter) -> tuple[Source, ...]:
    value = f.meta.get("sources") or []
    out: list[Source] = []
    if not isinstance(value, list):
        report.add(f.path, f.line_of("sources"), "'sources' must be a list", (f.root, f.id))
        return ()
    for entry in value:
        if not isinstance(entry, dict) or not entry.get("org") or not entry.get("title"):
            report.add(f.path, f.line_of("sources"),
                       "each source needs at least 'org' and 'title'", (f.root, f.id))
            continue
        year = entry.get("year")
        read = ""
        if entry.get("read") is not None:
            read, problem = directory.read_date(entry.get("read"))
            if problem:
                report.add(f.path, f.line_of("sources"),
                           f"source {entry['title']!r}: {problem}", (f.root, f.id))
        out.append(Source(org=str(entry["org"]), title=str(entry["title"]),
                          year=year if isinstance(year, int) else None,
                          url=str(entry["url"]) if entry.get("url") else None,
                          read=read or None))
    return tuple(out)


def _check_country_guide(en: _File, item: Item, report: _Reporter) -> None:
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


def _check_figures(f: _File, report: _Reporter) -> None:
    """A percentage or "over N" in running text needs its year in the same
    paragraph. Reported, but the item still loads."""
    for offset, figure in directory.numbers_without_year(f.body):
        report.add(f.path, f.body_line + offset, f"{figure!r} needs a year in the same "
                   "paragraph (say when, and from which source)")


def _assemble(files: list[_File], toolkit_ids: set[str],
              report: _Reporter) -> tuple[dict[str, Item], dict[str, list[_File]]]:
    """Group files by id and build items, checking fields and languages."""
    by_id: dict[str, list[_File]] = {}
    for f in files:
        by_id.setdefault(f.id, []).append(f)
    items: dict[str, Item] = {}
    item_files: dict[str, list[_File]] = {}
    for item_id, group in by_id.items():
        roots = {f.root for f in group}
        folders = {f.path.parent for f in group}
        if len(roots) > 1 or len(folders) > 1:
            first = group[0]
            for f in group[1:]:
                if f.path.parent != first.path.parent:
                    report.add(f.path, f.line_of("id"),
                               f"duplicate id {item_id!r}: also used by {first.path}",
                               (f.root, f.id))
        group = [f for f in group if f.path.parent == group[0].path.parent]  # noqa: PLW2901
        item = _build_item(item_id, group, toolkit_ids, report)
        if item is not None:
            items[item_id] = item
            item_files[item_id] = group
    return items, item_files


def _build_item(item_id: str, group: list[_File], toolkit_ids: set[str],
                report: _Reporter) -> Item | None:
    key = (group[0].root, item_id)
    langs = {f.lang: f for f in group}
    anchor = langs.get("en") or group[0]
    for lang in LANGS:
        if lang not in langs:
            report.add(anchor.path, None, f"language {lang!r} is missing: add {item_id}.{lang}.md",
                       key)
    if "en" not in langs:
        return None
    en = langs["en"]
    kind = _text(en, "kind", report, required=True)
    toolkit = _text(en, "toolkit", report, required=True)
    if kind and kind not in KINDS:
        report.add(en.path, en.line_of("kind"),
                   f"unknown kind {kind!r}; use one of " + ", ".join(KINDS), key)
    elif kind and kind not in FOLDER_KINDS[en.folder]:
        report.add(en.path, en.line_of("kind"), f"kind {kind!r} does not belong in {en.folder}/",
                   key)
    if toolkit and toolkit != "all" and toolkit not in toolkit_ids:
        report.add(en.path, en.line_of("toolkit"), f"unknown toolkit {toolkit!r}", key)
    if en.folder == "toolkits" and toolkit != en.path.parent.name:
        report.add(en.path, en.line_of("toolkit"),
                   f"toolkit must be {en.path.parent.name!r}, the folder it is in", key)
    sources = _sources(en, report)
    if kind == "card" and not sources:
        report.add(en.path, en.line_of("sources") or 2, "a card needs 'sources'", key)
    duration = en.meta.get("duration")
    item = Item(id=item_id, kind=kind, toolkit=toolkit,
                audience=_str_list(en, "audience", report),
                related=_str_list(en, "related", report), sources=sources,
                duration=duration if isinstance(duration, int) and duration > 0 else None)
    if kind == "country":
        _check_country_guide(en, item, report)
    for f in group:
        item.variants[f.lang] = _build_variant(f, item, report)
        _check_figures(f, report)
    return item


def _build_variant(f: _File, item: Item, report: _Reporter) -> Variant:
    key = (f.root, f.id)
    if str(f.meta.get("id", "")) != f.id:
        report.add(f.path, f.line_of("id") or 2,
                   f"'id' must be {f.id!r}, the same as the file name", key)
    for field_name, expected in (("kind", item.kind), ("toolkit", item.toolkit)):
        value = f.meta.get(field_name)
        if f.lang != "en" and value is not None and value != expected:
            report.add(f.path, f.line_of(field_name),
                       f"'{field_name}' is {value!r} here but {expected!r} in English", key)
    lang = f.meta.get("lang")
    if lang is not None and lang != f.lang:
        report.add(f.path, f.line_of("lang"), f"'lang' is {lang!r} but the file name says "
                   f"{f.lang!r}", key)
    needs_summary = item.kind != "glossary"
    variant = Variant(
        lang=f.lang,
        title=_text(f, "title", report, required=True),
        summary=_text(f, "summary", report, required=needs_summary),
        body=f.body,
        aliases=_str_list(f, "aliases", report),
        path=str(f.path),
        body_line=f.body_line,
    )
    if not f.body.strip():
        report.add(f.path, f.body_line, "the text after the front matter is empty", key)
    if item.kind == "card":
        if not variant.aliases:
            report.add(f.path, f.line_of("aliases") or 2, "a card needs 'aliases'", key)
        _check_card_body(f, report)
    elif item.kind == "module":
        _check_module_body(f, item.duration, report)
    return variant


def _check_headings(f: _File, expected: tuple[str, ...], what: str,
                    report: _Reporter) -> list[Section]:
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


def _check_card_body(f: _File, report: _Reporter) -> None:
    _check_headings(f, CARD_HEADINGS[f.lang], "card", report)
    words = word_count(plain_text(f.body))
    if not CARD_MIN_WORDS <= words <= CARD_MAX_WORDS:
        report.add(f.path, None, f"a card has {CARD_MIN_WORDS}-{CARD_MAX_WORDS} words; "
                          f"this one has {words}", (f.root, f.id))


def _check_module_body(f: _File, duration: int | None, report: _Reporter) -> None:
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


def _check_links(f: _File, known: dict[str, str], documents: set[str],
                 report: _Reporter) -> None:
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


def _languages(value: Any) -> dict[str, str] | None:
    if not isinstance(value, dict) or not all(
        isinstance(value.get(lang), str) and value[lang].strip() for lang in LANGS
    ):
        return None
    return {lang: value[lang].strip() for lang in LANGS}


def _load_manifests(manifests: list[tuple[Path, Path]],
                    report: _Reporter) -> dict[str, tuple[Path, Toolkit]]:
    out: dict[str, tuple[Path, Toolkit]] = {}
    for root, path in manifests:
        folder_id = path.parent.name
        key = (root, folder_id)
        text = _read_text(path, report, key)
        if text is None:
            continue
        try:
            data = frontmatter.load_yaml(text)
        except frontmatter.FrontMatterError as exc:
            report.add(path, exc.line, str(exc), key)
            continue
        toolkit = _manifest(path, folder_id, data, report, key)
        if toolkit is None:
            continue
        if toolkit.id in out:
            report.add(path, 1, f"duplicate toolkit {toolkit.id!r}", key)
            continue
        out[toolkit.id] = (root, toolkit)
    return out


def _manifest(path: Path, folder_id: str, data: Any, report: _Reporter,
              key: tuple[Path, str]) -> Toolkit | None:
    if not isinstance(data, dict):
        report.add(path, 1, "the manifest must be a YAML mapping", key)
        return None
    if data.get("id") != folder_id:
        report.add(path, 1, f"'id' must be {folder_id!r}, the folder's name", key)
    fields = {}
    for name in ("title", "city", "subject"):
        fields[name] = _languages(data.get(name))
        if fields[name] is None:
            report.add(path, None, f"'{name}' needs text in all of " + ", ".join(LANGS), key)
    documents: list[Document] = []
    raw_docs = data.get("documents")
    if not isinstance(raw_docs, list) or not raw_docs:
        report.add(path, None, "'documents' must list at least one document", key)
        raw_docs = []
    for raw in raw_docs:
        titles = _languages(raw.get("title")) if isinstance(raw, dict) else None
        sections = raw.get("sections") if isinstance(raw, dict) else None
        doc_id = str(raw.get("id", "")) if isinstance(raw, dict) else ""
        if not ID_RE.match(doc_id) or titles is None or not isinstance(sections, list) \
                or not sections or not all(isinstance(s, str) for s in sections):
            report.add(path, None, f"document {doc_id or '?'!r} needs an 'id', a 'title' in "
                       "every language and a list of 'sections'", key)
            continue
        documents.append(Document(doc_id, titles, tuple(sections)))
    if any(v is None for v in fields.values()):
        return None
    return Toolkit(
        id=folder_id,
        titles=fields["title"] or {},
        cities=fields["city"] or {},
        subjects=fields["subject"] or {},
        partners=tuple(str(p) for p in data.get("partners") or ()),
        years=str(data.get("years", "")),
        audiences=tuple(str(a) for a in data.get("audiences") or ()),
        documents=tuple(documents),
    )


def _check_manifest_sections(toolkits: dict[str, tuple[Path, Toolkit]], items: dict[str, Item],
                             item_files: dict[str, list[_File]], report: _Reporter) -> None:
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


def _check_glossary_titles(items: dict[str, Item], item_files: dict[str, list[_File]],
                           report: _Reporter) -> None:
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
