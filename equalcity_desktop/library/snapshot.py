"""A loaded library saved as JSON beside the index, keyed like it.

Parsing and validating a thousand files takes about a second; reading this
snapshot takes a few milliseconds, so a start with unchanged content skips
the parse. It is derived data: any doubt about it means parse again.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .loader import LoadResult, Problem
from .model import Document, Item, Library, Source, Toolkit, Variant

FORMAT = 3  # 2: items keep their "extra" fields (contacts); 3: sources keep "read"


def path_for(cache: Path, key: str) -> Path:
    return cache / f"library-{FORMAT}-{key[:24]}.json"


def save(result: LoadResult, path: Path) -> None:
    data = {
        "format": FORMAT,
        "items": [asdict(item) for item in result.library.items.values()],
        "toolkits": [asdict(toolkit) for toolkit in result.library.toolkits.values()],
        "problems": [asdict(problem) for problem in result.problems],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    for old in path.parent.glob("library-*.json"):
        if old != path:
            old.unlink(missing_ok=True)


def load(path: Path) -> LoadResult | None:
    """The saved result, or None if it is missing or not readable as one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return None
        library = Library()
        for raw in data["toolkits"]:
            toolkit = _toolkit(raw)
            library.toolkits[toolkit.id] = toolkit
        for raw in data["items"]:
            item = _item(raw)
            library.items[item.id] = item
        return LoadResult(library, [Problem(**p) for p in data["problems"]])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _item(raw: dict[str, Any]) -> Item:
    return Item(
        id=raw["id"], kind=raw["kind"], toolkit=raw["toolkit"],
        audience=tuple(raw["audience"]), related=tuple(raw["related"]),
        sources=tuple(Source(**s) for s in raw["sources"]),
        variants={lang: Variant(**{**v, "aliases": tuple(v["aliases"])})
                  for lang, v in raw["variants"].items()},
        duration=raw.get("duration"),
        extra=dict(raw.get("extra") or {}),
        origin=str(raw.get("origin") or ""),
        origin_titles=dict(raw.get("origin_titles") or {}),
    )


def _toolkit(raw: dict[str, Any]) -> Toolkit:
    return Toolkit(
        id=raw["id"], titles=raw["titles"], cities=raw["cities"], subjects=raw["subjects"],
        partners=tuple(raw["partners"]), years=raw["years"], audiences=tuple(raw["audiences"]),
        documents=tuple(Document(d["id"], d["titles"], tuple(d["sections"]))
                        for d in raw["documents"]),
    )
