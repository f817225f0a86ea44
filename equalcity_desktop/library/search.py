"""Run a parsed query against the index and shape the results.

Results are shown in the reader's content language whatever language
matched; ``matched_lang`` says when the match came only from another one.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from html import escape

from whoosh.index import Index
from whoosh.query import And, Or, Query, Term

from . import query as query_mod
from .analysis import folded, stemmed
from .languages import LANGS

# Situation cards first for the same match: they are what a worker needs now.
KIND_WEIGHT = {"card": 1.6, "glossary": 1.15, "section": 1.0, "module": 0.9, "poster": 0.9}
CANDIDATES = 60  # re-ranked by kind before the limit is applied
SNIPPET_CHARS = 180


@dataclass(frozen=True)
class Result:
    id: str
    kind: str
    toolkit: str
    lang: str  # the language the title and snippet are in
    title: str
    score: float
    snippet: tuple[tuple[str, bool], ...]  # (text, is a match)
    matched_lang: str | None = None  # set when only another language matched

    def snippet_text(self, mark: str = "**") -> str:
        return "".join(f"{mark}{t}{mark}" if hit else t for t, hit in self.snippet)

    def snippet_html(self) -> str:
        return "".join(f"<b>{escape(t)}</b>" if hit else escape(t) for t, hit in self.snippet)

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind, "toolkit": self.toolkit, "lang": self.lang,
                "title": self.title, "score": round(self.score, 4),
                "snippet": self.snippet_text(), "matched_lang": self.matched_lang}


class Searcher:
    """A long-lived searcher over a read-only index (one thread at a time)."""

    def __init__(self, ix: Index) -> None:
        self._ix = ix
        self._searcher = ix.searcher()

    def close(self) -> None:
        self._searcher.close()

    def search(self, text: str, lang: str = "en", limit: int = 20, *, typing: bool = True,
               kinds: Collection[str] = (), toolkits: Collection[str] = ()) -> list[Result]:
        lang = lang if lang in LANGS else "en"
        parsed = query_mod.parse(text, typing=typing)
        q = query_mod.build(parsed)
        if q is None or limit <= 0:
            return []
        hits = self._searcher.search(q, limit=max(CANDIDATES, limit), terms=True,
                                     filter=_filter(kinds, toolkits))
        ranked = sorted(hits, key=lambda h: -h.score * KIND_WEIGHT.get(h["kind"], 1.0))
        return [self._result(hit, lang) for hit in ranked[:limit]]

    def _result(self, hit, lang: str) -> Result:
        matched = hit.matched_terms()
        fields = {name for name, _ in matched}
        matched_lang = None
        if not any(name.endswith(f"_{lang}") for name in fields):
            langs = [code for code in LANGS if any(n.endswith(f"_{code}") for n in fields)]
            matched_lang = langs[0] if langs else None
        fold_terms = {t.decode("utf-8") for name, t in matched
                      if name in (f"headfold_{lang}", f"bodyfold_{lang}")}
        stem_terms = {t.decode("utf-8") for name, t in matched
                      if name in (f"head_{lang}", f"body_{lang}")}
        return Result(
            id=hit["id"], kind=hit["kind"], toolkit=hit["toolkit"], lang=lang,
            title=hit.get(f"title_{lang}") or hit.get("title_en", hit["id"]),
            score=hit.score * KIND_WEIGHT.get(hit["kind"], 1.0),
            snippet=snippet(hit.get(f"text_{lang}", ""), lang, fold_terms, stem_terms),
            matched_lang=matched_lang,
        )


def _filter(kinds: Collection[str], toolkits: Collection[str]) -> Query | None:
    parts: list[Query] = []
    if kinds:
        parts.append(Or([Term("kind", k) for k in kinds]))
    if toolkits:
        parts.append(Or([Term("toolkit", t) for t in toolkits]))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def snippet(text: str, lang: str, fold_terms: set[str],
            stem_terms: set[str]) -> tuple[tuple[str, bool], ...]:
    """The first paragraph with a match, cut around it, matches marked."""
    lines = text.split("\n")
    for line in lines:
        spans = _matches(line, lang, fold_terms, stem_terms)
        if spans:
            return _cut(line, spans)
    first = lines[0] if lines else ""
    return _cut(first, [])


def _matches(line: str, lang: str, fold_terms: set[str],
             stem_terms: set[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if fold_terms:
        spans = [(t.startchar, t.endchar) for t in folded()(line, chars=True)
                 if t.text in fold_terms]
    if stem_terms:
        spans += [(t.startchar, t.endchar) for t in stemmed(lang)(line, chars=True)
                  if t.text in stem_terms]
    return sorted(set(spans))


def _cut(line: str, spans: list[tuple[int, int]]) -> tuple[tuple[str, bool], ...]:
    start = 0
    if spans and spans[0][0] > SNIPPET_CHARS // 3:
        start = line.rfind(" ", 0, spans[0][0] - SNIPPET_CHARS // 4) + 1
    end = min(len(line), start + SNIPPET_CHARS)
    if end < len(line):
        end = max(line.rfind(" ", start, end), start + SNIPPET_CHARS // 2)
    parts: list[tuple[str, bool]] = [("… ", False)] if start else []
    pos = start
    for s, e in spans:
        if s < pos or e > end:
            continue
        if s > pos:
            parts.append((line[pos:s], False))
        parts.append((line[s:e], True))
        pos = e
    if pos < end:
        parts.append((line[pos:end], False))
    if end < len(line):
        parts.append((" …", False))
    return tuple(parts)
