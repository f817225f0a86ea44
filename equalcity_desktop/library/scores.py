"""The BM25F scores of the parts of a query, kept between keystrokes
(:class:`Scores`), and the statistics a small index borrows from a big one
(:class:`SharedStats`). Split from search.py, which combines them."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from math import log

from whoosh.query import And, DisjunctionMax, Or, Query, Term
from whoosh.scoring import BM25F, BM25FScorer, bm25

MAX_SCORES = 500_000  # document scores kept between searches (a few tens of MB at most)


class Scores:
    """The BM25F score of every document for a part of a query, kept between
    searches (least recently used dropped past ``MAX_SCORES`` scores in all).

    While a sentence is typed, every keystroke searches the same finished words
    again, and a half-typed word completes to mostly the same index words as one
    letter before: each term's scores are read from the index once, and each
    part of a query is combined from its terms' scores once. A term scores as
    Whoosh's matcher scores it (the searcher's own weighting); an ``Or`` sums
    its parts, an ``And`` sums them where all match, a ``DisjunctionMax`` takes
    the best (plus ``tiebreak`` of the others); a boost multiplies."""

    def __init__(self, searcher) -> None:  # noqa: ANN001 - a whoosh Searcher
        self._searcher = searcher
        self._context = searcher.context(needs_current=False)
        self._cache: OrderedDict[object, dict[int, float]] = OrderedDict()
        self._size = 0
        self._lengths: dict[str, dict[int, int]] = {}  # field -> docnum -> its length

    def of(self, q: Query) -> dict[int, float]:
        """docnum -> score of every document ``q`` matches (do not modify it)."""
        key = _key(q)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        found = self._compute(q)
        self._cache[key] = found
        self._size += len(found) + 1
        while self._size > MAX_SCORES and len(self._cache) > 1:
            _, old = self._cache.popitem(last=False)
            self._size -= len(old) + 1
        return found

    def _compute(self, q: Query) -> dict[int, float]:
        if isinstance(q, Term) and q.boost == 1.0:
            return self._term(q)
        subqueries = getattr(q, "subqueries", None)
        if not subqueries or not isinstance(q, And | Or | DisjunctionMax):
            return self._whoosh(q)
        parts = sorted((self.of(sub) for sub in subqueries), key=len)
        if isinstance(q, And):
            out = {docnum: score for docnum, score in parts[0].items()
                   if all(docnum in other for other in parts[1:])}
            for other in parts[1:]:
                for docnum in out:
                    out[docnum] += other[docnum]
        elif isinstance(q, DisjunctionMax):
            out = _best_of(parts, q.tiebreak)
        else:
            out = dict(parts[-1])
            for other in parts[-2::-1]:
                for docnum, score in other.items():
                    out[docnum] = out.get(docnum, 0.0) + score
        if q.boost != 1.0:
            boost = q.boost
            out = {docnum: score * boost for docnum, score in out.items()}
        return out

    def _term(self, q: Term) -> dict[int, float]:
        """A term's BM25F scores, computed as Whoosh's scorer computes them but
        from one reading of its postings and the fields' lengths kept (a new
        prefix completes to some twenty terms, each read here once)."""
        searcher = self._searcher
        field = searcher.schema[q.fieldname] if q.fieldname in searcher.schema else None
        try:
            text = field.to_bytes(q.text) if field is not None else None
        except ValueError:
            text = None
        reader = searcher.reader()
        if text is None or (q.fieldname, text) not in reader:
            return {}
        scorer = self._context.weighting.scorer(searcher, q.fieldname, text)
        if not isinstance(scorer, BM25FScorer) or not field.scorable:
            return self._whoosh(q)
        idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        lengths = self._lengths.setdefault(q.fieldname, {})
        out: dict[int, float] = {}
        matcher = reader.postings(q.fieldname, text)
        while matcher.is_active():
            docnum = matcher.id()
            length = lengths.get(docnum)
            if length is None:
                length = lengths[docnum] = reader.doc_field_length(docnum, q.fieldname, 1)
            out[docnum] = bm25(idf, matcher.weight(), length, avgfl, b, k1)
            matcher.next()
        return out

    def _whoosh(self, q: Query) -> dict[int, float]:
        """A term (or any other query) as Whoosh's own matcher scores it."""
        out: dict[int, float] = {}
        matcher = q.matcher(self._searcher, self._context)
        while matcher.is_active():
            out[matcher.id()] = matcher.score()
            matcher.next()
        return out


def _best_of(parts: Sequence[dict[int, float]], tiebreak: float) -> dict[int, float]:
    """Each document's best score among ``parts``, plus ``tiebreak`` of the others."""
    out = dict(parts[-1])
    summed = dict(out) if tiebreak else None
    for other in parts[-2::-1]:
        for docnum, score in other.items():
            if summed is not None:
                summed[docnum] = summed.get(docnum, 0.0) + score
            if score > out.get(docnum, -1.0):
                out[docnum] = score
    if summed is None:
        return out
    return {docnum: top + tiebreak * (summed[docnum] - top) for docnum, top in out.items()}


def _key(q: Query) -> object:
    """A query as a tuple, to keep its scores by: Whoosh's own hash of a query
    is the same for every (head, body) pair of one language, whatever the word."""
    if isinstance(q, Term):
        return (q.fieldname, q.text) if q.boost == 1.0 else (q.fieldname, q.text, q.boost)
    subqueries = getattr(q, "subqueries", None)
    if subqueries is None:
        return q
    return (type(q).__name__, q.boost, getattr(q, "tiebreak", None),
            tuple(_key(sub) for sub in subqueries))


class SharedStats(BM25F):
    """BM25F with the collection statistics of a second, bigger index added:
    a word's rarity and a field's average length come from both, so a small
    index (the office's contacts) scores on the same scale as the main one."""

    def __init__(self, other, **kwargs: float) -> None:
        super().__init__(**kwargs)
        self._other = other  # a whoosh Searcher, used on the same thread

    def idf(self, searcher, fieldname, text):
        n = searcher.doc_frequency(fieldname, text) + self._other.doc_frequency(fieldname, text)
        count = searcher.doc_count_all() + self._other.doc_count_all()
        return log(count / (n + 1)) + 1

    def scorer(self, searcher, fieldname, text, qf=1):
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if isinstance(scorer, BM25FScorer):
            scorer.avgfl = self._other.avg_field_length(fieldname) or scorer.avgfl
        return scorer
