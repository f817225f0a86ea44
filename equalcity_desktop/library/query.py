"""Turn whatever a person typed into a Whoosh query, without a query language.

Input is treated as words, never as syntax: quotes, ``*``, ``AND``,
``title:``, ``[a TO`` and unbalanced parentheses are just characters, so no
input can raise. While typing, the last word is also a prefix.
"""

from __future__ import annotations

from dataclasses import dataclass

from whoosh.query import Or, Prefix, Query, Term

from .analysis import folded, stem_word, stop_words
from .languages import LANGS

MAX_INPUT = 500  # characters; a pasted page is cut, not refused
MAX_WORDS = 12
MAX_WORD = 40
MIN_PREFIX = 2
COORDINATION = 0.9  # matching more of the words ranks higher


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[str, ...]  # as typed, lowercased (the stemmers need the accents)
    folded: tuple[str, ...]  # accent-folded, same order
    prefix: bool  # the last word is still being typed

    @property
    def empty(self) -> bool:
        return not self.words


def parse(text: str, typing: bool = True) -> ParsedQuery:
    text = text[:MAX_INPUT]
    # Whoosh reuses one Token object while iterating: copy each one.
    tokens = [t.copy() for t in folded()(text, mode="query", chars=True)]
    raw = [text[t.startchar:t.endchar].lower()[:MAX_WORD] for t in tokens]
    fold = [t.text[:MAX_WORD] for t in tokens]
    prefix = typing and bool(tokens) and tokens[-1].endchar == len(text)
    stops = stop_words()
    keep = [i for i, f in enumerate(fold)
            if f not in stops or (prefix and i == len(fold) - 1)]
    if not keep:  # only stop words: search them after all
        keep = list(range(len(fold)))
    keep = keep[-MAX_WORDS:]
    if prefix and keep and keep[-1] != len(fold) - 1:
        prefix = False
    return ParsedQuery(tuple(raw[i] for i in keep), tuple(fold[i] for i in keep), prefix)


def word_query(word: str, folded_word: str, prefix: bool) -> Query:
    """One word in every language: stems, the folded form, and maybe a prefix."""
    parts: list[Query] = []
    for lang in LANGS:
        for stem in dict.fromkeys(stem_word(lang, word)):
            parts += [Term(f"head_{lang}", stem), Term(f"body_{lang}", stem)]
        for name in (f"headfold_{lang}", f"bodyfold_{lang}"):
            if prefix and len(folded_word) >= MIN_PREFIX:
                parts.append(Prefix(name, folded_word))
            else:
                parts.append(Term(name, folded_word))
    return Or(parts)


def build(parsed: ParsedQuery) -> Query | None:
    if parsed.empty:
        return None
    last = len(parsed.words) - 1
    words = [word_query(w, f, parsed.prefix and i == last)
             for i, (w, f) in enumerate(zip(parsed.words, parsed.folded, strict=True))]
    return words[0] if len(words) == 1 else Or(words, scale=COORDINATION)
