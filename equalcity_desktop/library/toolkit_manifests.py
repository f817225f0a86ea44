"""A toolkit's manifest (``toolkits/<id>/toolkit.yaml``): its title, city and subject in
every language, and the documents its sections make up."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from . import frontmatter
from .content_files import Reporter, read_text
from .languages import LANGS
from .model import Document, Toolkit

MANIFEST = "toolkit.yaml"
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _languages(value: Any) -> dict[str, str] | None:
    if not isinstance(value, dict) or not all(
        isinstance(value.get(lang), str) and value[lang].strip() for lang in LANGS
    ):
        return None
    return {lang: value[lang].strip() for lang in LANGS}


def load_manifests(manifests: list[tuple[Path, Path]],
                    report: Reporter) -> dict[str, tuple[Path, Toolkit]]:
    out: dict[str, tuple[Path, Toolkit]] = {}
    for root, path in manifests:
        folder_id = path.parent.name
        key = (root, folder_id)
        text = read_text(path, report, key)
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


def _manifest(path: Path, folder_id: str, data: Any, report: Reporter,
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

