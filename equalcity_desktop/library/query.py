"""Turn whatever a person typed into a Whoosh query, without a query language.

Input is treated as words, never as syntax: quotes, ``*``, ``AND``,
``title:``, ``[a TO`` and unbalanced parentheses are just characters, so no
input can raise. While typing, the last word is also a prefix. The text is
normalised first (``analysis.normalise``), as the index's text was.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from whoosh.query import And, DisjunctionMax, Or, Query, Term
from whoosh.reading import IndexReader

from .analysis import folded, normalise, stem_word, stop_words
from .languages import LANGS

MAX_INPUT = 500  # characters; a pasted page is cut, not refused
MAX_WORDS = 12
MAX_WORD = 40
MIN_PREFIX = 3  # shorter prefixes expand to half the vocabulary
MIN_BODY_PREFIX = 5  # short prefixes complete against titles and aliases only
MAX_COMPLETIONS = 20  # of a half-typed word, the most frequent
COMPLETION_WEIGHT = 0.6
CORRECTION_WEIGHT = 0.5
SYNONYM_WEIGHT = 0.4
COMPOUND_WEIGHT = 0.5
CONCEPT_WEIGHT = 0.7  # what an everyday word stands for (the concept lexicon)


@dataclass(frozen=True)
class ParsedQuery:
    words: tuple[str, ...]  # as typed, lowercased (the stemmers need the accents)
    folded: tuple[str, ...]  # accent-folded, same order
    prefix: bool  # the last word is still being typed
    # Every word typed, lowercased, stop words included (the lexicon's phrases
    # match against them: "wants to die").
    all_words: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.words


def parse(text: str, typing: bool = True, ignore: Collection[str] = ()) -> ParsedQuery:
    """``ignore``: more words that are never searched, as stop words are (the
    conversational words of the concept lexicon: says, client, today)."""
    text = normalise(text[:MAX_INPUT])
    # Whoosh reuses one Token object while iterating: copy each one.
    tokens = [t.copy() for t in folded()(text, mode="query", chars=True)]
    raw = [text[t.startchar:t.endchar].lower()[:MAX_WORD] for t in tokens]
    fold = [t.text[:MAX_WORD] for t in tokens]
    prefix = typing and bool(tokens) and tokens[-1].endchar == len(text)
    stops = stop_words()
    last = len(fold) - 1
    keep, seen = [], set()
    for i, f in enumerate(fold):
        being_typed = prefix and i == last
        if f in seen or (len(f) < 2 and last > 0) or (
                (f in stops or f in ignore) and not being_typed):
            continue  # repeats, stray letters ("m'a") and stop words add cost, not meaning
        keep.append(i)
        seen.add(f)
    if not keep and fold:  # only stop words: search the last of them after all
        keep = [last]
    keep = keep[-MAX_WORDS:]
    if prefix and keep and keep[-1] != last:
        prefix = False
    return ParsedQuery(tuple(raw[i] for i in keep), tuple(fold[i] for i in keep), prefix,
                       tuple(raw))


def completions(reader: IndexReader, field: str, prefix: str) -> list[str]:
    """Index words that start with ``prefix``; the most frequent when there are many."""
    found = [t.decode("utf-8") if isinstance(t, bytes) else t
             for t in reader.expand_prefix(field, prefix)]
    if len(found) > MAX_COMPLETIONS:
        found.sort(key=lambda t: -reader.doc_frequency(field, t))
        found = found[:MAX_COMPLETIONS]
    return [t for t in found if t != prefix]


def _whole_word(word: str, folded_word: str) -> list[Query]:
    parts: list[Query] = []
    for lang in LANGS:
        for stem in dict.fromkeys(stem_word(lang, word)):
            parts += [Term(f"head_{lang}", stem), Term(f"body_{lang}", stem)]
    parts += [Term("headfold", folded_word), Term("bodyfold", folded_word)]
    return parts


@dataclass(frozen=True)
class Extras:
    """More words for one query word, each ranked below the word itself."""

    corrections: Sequence[str] = ()  # what a typo may have meant
    synonyms: Sequence[str] = ()  # the glossary term's titles in four languages
    compounds: Sequence[str] = ()  # longer words ending with it ("partnergeweld")
    parts: Sequence[str] = ()  # the two words an unknown compound is made of


NO_EXTRAS = Extras()


def _any_of(words: Sequence[str], boost: float) -> Query:
    """Counts once, whichever of the words matched, in titles or bodies."""
    return DisjunctionMax([Term(name, w) for w in words for name in ("headfold", "bodyfold")],
                          boost=boost)


class Completions:
    """:func:`completions` of one reader, kept: typing "viol", "viole", "violen"
    asks again for the same words (least recently asked dropped past ``size``)."""

    def __init__(self, reader: IndexReader, size: int = 4096) -> None:
        self.reader = reader
        self._size = size
        self._kept: OrderedDict[tuple[str, str], list[str]] = OrderedDict()

    def __call__(self, field: str, prefix: str) -> list[str]:
        key = (field, prefix)
        found = self._kept.get(key)
        if found is None:
            found = self._kept[key] = completions(self.reader, field, prefix)
            if len(self._kept) > self._size:
                self._kept.popitem(last=False)
        else:
            self._kept.move_to_end(key)
        return found


def word_query(word: str, folded_word: str, prefix: bool,
               reader: IndexReader | Completions | None = None,
               extras: Extras = NO_EXTRAS) -> Query:
    """One word in every language: stems and the folded form, its completions
    while it is being typed, and the extras (see :class:`Extras`)."""
    parts = _whole_word(word, folded_word)
    for name, shortest in (("headfold", MIN_PREFIX), ("bodyfold", MIN_BODY_PREFIX)):
        if prefix and reader is not None and len(folded_word) >= shortest:
            words = (reader(name, folded_word) if isinstance(reader, Completions)
                     else completions(reader, name, folded_word))
            if words:
                parts.append(DisjunctionMax([Term(name, w) for w in words],
                                            boost=COMPLETION_WEIGHT))
    for correction in extras.corrections:
        parts.append(Or(_whole_word(correction, correction), boost=CORRECTION_WEIGHT))
    if extras.synonyms:
        parts.append(_any_of(extras.synonyms, SYNONYM_WEIGHT))
    if extras.compounds:
        parts.append(_any_of(extras.compounds, COMPOUND_WEIGHT))
    if extras.parts:
        parts.append(And([Or([Term("headfold", p), Term("bodyfold", p)])
                          for p in extras.parts], boost=COMPOUND_WEIGHT))
    return Or(parts)


def meaning_query(lang: str, stems: Sequence[str]) -> Query:
    """One meaning of the concept lexicon: all its stems, in the stemmed
    fields of its own language."""
    parts = [Or([Term(f"head_{lang}", s), Term(f"body_{lang}", s)]) for s in stems]
    return parts[0] if len(parts) == 1 else And(parts)


def concept_query(meanings: Sequence[Query]) -> Query:
    """A concept counts once, by its best-matching meaning."""
    return DisjunctionMax(list(meanings), boost=CONCEPT_WEIGHT, tiebreak=0.2)


def build(parsed: ParsedQuery, reader: IndexReader | None = None,
          extras: dict[int, Extras] | None = None) -> Query | None:
    """The query for ``parsed``; without a reader the last word is not expanded.
    ``extras`` maps a word's position to more words for it."""
    if parsed.empty:
        return None
    last = len(parsed.words) - 1
    extras = extras or {}
    words = [word_query(w, f, parsed.prefix and i == last, reader, extras.get(i, NO_EXTRAS))
             for i, (w, f) in enumerate(zip(parsed.words, parsed.folded, strict=True))]
    # A sum over the words already ranks a document matching more of them
    # higher; Whoosh's coordination bonus cost time and changed no ranking
    # of the public queries.
    return words[0] if len(words) == 1 else Or(words)
