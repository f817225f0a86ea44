"""Load the content folders into a :class:`Library`, validating everything.

Every problem is reported with its file, its line where known, and what is
wrong. An item with a problem is left out (all its languages), so the rest of
the library still loads; callers decide whether problems are fatal
(``check-content``, the tests) or shown as a message (the window).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import frontmatter
from .contacts import directory
from .content_checks import (
    check_card_body,
    check_country_guide,
    check_figures,
    check_glossary_titles,
    check_links,
    check_manifest_sections,
    check_module_body,
)
from .content_files import ContentFile, LoadResult, Problem, Reporter, read_text
from .languages import LANGS
from .model import KINDS, SECTION_KINDS, Item, Library, Source, Variant
from .toolkit_manifests import MANIFEST, load_manifests

__all__ = ["LoadResult", "Problem", "load"]

FILE_RE = re.compile(r"^(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?P<lang>[a-z]{2})\.md$")
# Which kinds may live in which folder of a content root.
FOLDER_KINDS = {"cards": ("card",), "glossary": ("glossary",), "toolkits": SECTION_KINDS,
                "pages": ("page",), "countries": ("country",)}


def load(roots: Iterable[Path]) -> LoadResult:
    """Load one or more content roots; the first is the bundled content."""
    report = Reporter()
    files: list[ContentFile] = []
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

    toolkits = load_manifests(manifests, report)
    items, item_files = _assemble(files, set(toolkits), report)
    check_manifest_sections(toolkits, items, item_files, report)
    for root, contact in contacts:
        if contact.id in items:
            report.add(Path(contact.variants["en"].path), None,
                       f"duplicate id {contact.id!r}", (root, contact.id))
        else:
            items[contact.id] = contact
            item_files[contact.id] = []
    check_glossary_titles(items, item_files, report)
    known = {item_id: item.kind for item_id, item in items.items()}
    documents = {d.id for _root, t in toolkits.values() for d in t.documents}
    for item_files_of_id in item_files.values():
        for f in item_files_of_id:
            check_links(f, known, documents, report)

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


def _content_files(root: Path, report: Reporter) -> Iterator[tuple[str, Path]]:
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



def _parse(root: Path, folder: str, path: Path, report: Reporter) -> ContentFile | None:
    match = FILE_RE.match(path.name)
    if not match:
        report.add(path, None, "file name must be <id>.<lang>.md with a lowercase id")
        return None
    item_key = (root, match["id"])
    if match["lang"] not in LANGS:
        report.add(path, None, f"unknown language {match['lang']!r}; use one of "
                   + ", ".join(LANGS), item_key)
        return None
    text = read_text(path, report, item_key)
    if text is None:
        return None
    try:
        parsed = frontmatter.split(text)
    except frontmatter.FrontMatterError as exc:
        report.add(path, exc.line, str(exc), item_key)
        return None
    front = text.removeprefix("\ufeff").replace("\r\n", "\n").split("\n")[1 : parsed.body_line - 2]
    return ContentFile(path, root, folder, match["id"], match["lang"], parsed.meta, parsed.body,
                 parsed.body_line, front)


def _str_list(f: ContentFile, key: str, report: Reporter) -> tuple[str, ...]:
    value = f.meta.get(key, [])
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str | int | float) for v in value):
        report.add(f.path, f.line_of(key), f"'{key}' must be a list of words", (f.root, f.id))
        return ()
    return tuple(str(v).strip() for v in value if str(v).strip())


def _text(f: ContentFile, key: str, report: Reporter, required: bool) -> str:
    value = f.meta.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            report.add(f.path, f.line_of(key) or 2, f"'{key}' is missing", (f.root, f.id))
        return ""
    if not isinstance(value, str | int | float):
        report.add(f.path, f.line_of(key), f"'{key}' must be text", (f.root, f.id))
        return ""
    return str(value).strip()


def _sources(f: ContentFile, report: Reporter) -> tuple[Source, ...]:
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


def _assemble(files: list[ContentFile], toolkit_ids: set[str],
              report: Reporter) -> tuple[dict[str, Item], dict[str, list[ContentFile]]]:
    """Group files by id and build items, checking fields and languages."""
    by_id: dict[str, list[ContentFile]] = {}
    for f in files:
        by_id.setdefault(f.id, []).append(f)
    items: dict[str, Item] = {}
    item_files: dict[str, list[ContentFile]] = {}
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


def _build_item(item_id: str, group: list[ContentFile], toolkit_ids: set[str],
                report: Reporter) -> Item | None:
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
        check_country_guide(en, item, report)
    for f in group:
        item.variants[f.lang] = _build_variant(f, item, report)
        check_figures(f, report)
    return item


def _build_variant(f: ContentFile, item: Item, report: Reporter) -> Variant:
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
        check_card_body(f, report)
    elif item.kind == "module":
        check_module_body(f, item.duration, report)
    return variant


