"""Where the words of a query are in a text: snippets with the matches marked,
and whether a language's text matched at all. Split from search.py."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from . import query as query_mod
from .analysis import stem_word
from .languages import LANGS

SNIPPET_CHARS = 180


def _fold_table() -> dict[int, str]:
    """Lowercase letters with accents to their base letter, one char to one
    char, so positions in the folded text are positions in the original."""
    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0].lower()
        if base.isascii() and base.isalpha():
            table[code] = base
    return table


_FOLD = _fold_table()


def fold_same_length(text: str) -> str:
    folded = text.lower().translate(_FOLD)
    return folded if len(folded) == len(text) else text.translate(_FOLD)


class Highlighter:
    """Finds the words of a query in a text: the typed words, the last word as
    a prefix, and the stems, all accent-folded; a word matches when it starts
    with one of them (stems are word beginnings). Regex-fast, for snippets."""

    def __init__(self, parsed: query_mod.ParsedQuery, extra: Sequence[str] = ()) -> None:
        self._words = {w for w in parsed.folded if w} | set(extra)
        self._stems = {lang: {fold_same_length(s) for w in (*parsed.words, *extra)
                              for s in stem_word(lang, w) if len(s) >= query_mod.MIN_PREFIX}
                       for lang in LANGS}
        self._patterns: dict[str, re.Pattern[str] | None] = {}
        self._prefix = parsed.prefix

    def _pattern(self, lang: str) -> re.Pattern[str] | None:
        """The words as one pattern. It has no leading ``\\b``: a pattern that
        starts with the words' first letters is scanned for several times
        faster, and :meth:`_matches` keeps only matches at a word's start."""
        if lang not in self._patterns:
            starts = {w for w in self._words if len(w) >= query_mod.MIN_PREFIX} | self._stems[lang]
            exact = {w for w in self._words if len(w) < query_mod.MIN_PREFIX}
            alternatives = [re.escape(w) + r"\w*" for w in sorted(starts, key=len, reverse=True)]
            alternatives += [re.escape(w) + r"\b" for w in exact]
            self._patterns[lang] = (re.compile("(?:" + "|".join(alternatives) + ")")
                                    if alternatives else None)
        return self._patterns[lang]

    def _matches(self, folded_text: str, lang: str, start: int = 0,
                 end: int | None = None) -> Iterator[re.Match[str]]:
        """Matches that begin a word. One that begins inside a word runs to that
        word's end, so it never hides a match at the start of the next one."""
        pattern = self._pattern(lang)
        if pattern is None:
            return
        for match in pattern.finditer(folded_text, start,
                                      len(folded_text) if end is None else end):
            at = match.start()
            if at == 0 or not (folded_text[at - 1].isalnum() or folded_text[at - 1] == "_"):
                yield match

    def spans(self, text: str, lang: str) -> list[tuple[int, int]]:
        return [m.span() for m in self._matches(fold_same_length(text), lang)] if text else []

    def found(self, folded_text: str, lang: str) -> bool:
        """Whether any word matches in a text already folded (``fold_same_length``)."""
        return next(self._matches(folded_text, lang), None) is not None

    def snippet(self, text: str, lang: str, folded_text: str | None = None,
                ) -> tuple[tuple[tuple[str, bool], ...], bool]:
        """The first paragraph with a match, cut around it; and whether any
        matched. ``folded_text``: ``text`` folded, when the caller has it."""
        if folded_text is None:
            folded_text = fold_same_length(text)
        first = next(self._matches(folded_text, lang), None)
        if first is None:
            end = text.find("\n")
            return _cut(text if end < 0 else text[:end], []), False
        start = folded_text.rfind("\n", 0, first.start()) + 1
        end = folded_text.find("\n", first.end())
        end = len(text) if end < 0 else end
        spans = [(m.start() - start, m.end() - start)
                 for m in self._matches(folded_text, lang, start, end)]
        return _cut(text[start:end], spans), True


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
