"""Run a parsed query against the index and shape the results.

Results are shown in the reader's content language whatever language
matched; ``matched_lang`` says when the match came only from another one.

How a query is ranked: each content word of the query (conversational words
such as "says", "client", "today" and stop words left out) is searched in its
stems in the four languages, folded, completed while typed, corrected when
unknown; each concept the concept lexicon finds in the query ("pushed" ->
violence) adds what it stands for, in the stemmed fields of the lexicon's
language, counted once per concept and below the words themselves. BM25F
sums these; the sum is then weighed by the kind of item: for a query of one
word a glossary term is as strong as a card, for a sentence cards lead and
glossary terms, sections and guides follow. Each result carries the query
words it matched and, for a concept, the word it stood for.

Per keystroke (``bench/bench.py --keystrokes``): the scores of each term and
each part of the query are kept between searches (:class:`_Scores`), so that
typing a sentence scores only the word being typed; the documents shown keep
their stored and folded text, so snippets and "matched in" cost one regular
expression scan.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections import OrderedDict
from collections.abc import Collection, Iterator, Sequence
from math import log

from whoosh.index import Index
from whoosh.query import And, DisjunctionMax, Or, Query, Term
from whoosh.scoring import BM25F, BM25FScorer, bm25

from . import lexicon as lexicon_mod
from . import query as query_mod
from .analysis import clear_stems, fold_word, stem_word, stop_words
from .correct import MIN_LENGTH as MIN_CORRECT
from .correct import Corrector
from .languages import LANGS
from .results import Result, Results

# Situation cards first for the same match: they are what a worker needs now.
KIND_WEIGHT = {"card": 2.0, "glossary": 1.0, "contact": 0.7, "section": 1.0, "module": 0.9,
               "poster": 0.9, "page": 0.8, "country": 0.85}
# For a sentence (two content words or more) the situation it describes leads:
# a glossary term or a long section matching one of its words must not.
CANDIDATES = 60  # of a one-word query, re-ranked by kind before the limit is applied
SENTENCE_KIND_WEIGHT = {"card": 2.0, "glossary": 0.6, "contact": 0.6, "section": 0.7,
                        "module": 0.6, "poster": 0.6, "page": 0.5, "country": 0.6}
SNIPPET_CHARS = 180


class Searcher:
    """A long-lived searcher over a read-only index (one thread at a time)."""

    def __init__(self, ix: Index, stats_from: Searcher | None = None,
                 lexicon: lexicon_mod.Lexicon | None = None) -> None:
        """``stats_from``: a bigger index whose statistics this one scores
        with, so that the scores of both compare (the local contacts).
        ``lexicon``: the concept lexicon (default: the bundled one)."""
        self._ix = ix
        self.lexicon = lexicon if lexicon is not None else lexicon_mod.bundled()
        # Titles and aliases without length normalisation: a card with many
        # aliases (the words people type) must not lose to one with few.
        head_fields = ["headfold", *(f"head_{lang}" for lang in LANGS)]
        b_values = {f"{name}_B": 0.0 for name in head_fields}
        self._searcher = ix.searcher(weighting=BM25F(**b_values) if stats_from is None
                                     else _SharedStats(stats_from._searcher, **b_values))
        # Kind of every document, to re-rank without reading stored fields.
        self._kind: dict[int, str] = {}
        self._scores = _Scores(self._searcher)
        self._docs: OrderedDict[int, _Doc] = OrderedDict()
        # What the index says of words typed: known, or the beginning of a known word.
        self._known: dict[tuple[str, str], bool] = {}
        self._complete = query_mod.Completions(self._searcher.reader())
        self._corrector: Corrector | None = None
        self.build_on_demand = True  # the window turns this off and warms up instead
        self._term_names: dict[str, set[int]] = {}  # one-word titles -> glossary terms
        self._synonyms = self._glossary_synonyms()
        for kind in KIND_WEIGHT:
            for docnum in self._searcher.docs_for_query(Term("kind", kind)):
                self._kind[docnum] = kind

    def close(self) -> None:
        self._searcher.close()

    def drop_caches(self) -> None:
        """Forget what was kept between searches, as a fresh searcher has not
        (``bench.py`` starts each pass of its keystrokes from here)."""
        self._scores = _Scores(self._searcher)
        self._docs.clear()
        self._known.clear()
        self._complete = query_mod.Completions(self._searcher.reader())
        clear_stems()

    def search(self, text: str, lang: str = "en", limit: int = 20, *, typing: bool = True,
               kinds: Collection[str] = (), toolkits: Collection[str] = (),
               exclude_ids: Collection[str] = ()) -> list[Result]:
        """``exclude_ids``: items left out (bundled contacts an office hid or replaced)."""
        lang = lang if lang in LANGS else "en"
        parsed = query_mod.parse(text, typing=typing, ignore=self.lexicon.ignore)
        if parsed.empty or limit <= 0:
            return Results()
        corrections = self._corrections(parsed)
        extras = self._extras(parsed, corrections)
        last = len(parsed.words) - 1
        # The query's units: its words, then the concepts the lexicon found in
        # it, each concept a list of meanings. Each unit is scored on its own,
        # so that what a document matched is known without a second pass.
        units: list[list[tuple[tuple[str, str | None], Query]]] = [
            [((word, None), query_mod.word_query(word, folded, parsed.prefix and i == last,
                                                 self._complete,
                                                 extras.get(i, query_mod.NO_EXTRAS)))]
            for i, (word, folded) in enumerate(zip(parsed.words, parsed.folded, strict=True))]
        words = parsed.all_words
        for match in self.lexicon.match(words, self.lexicon.languages(words)):
            label = self._label(match)
            units.append([((m.text, label), query_mod.meaning_query(m.lang, m.stems))
                          for m in match.means])
        scores, matched = self._score(units, _filter(kinds, toolkits), exclude_ids)
        if len(units) == 1 and len(units[0]) == 1 and len(scores) > max(CANDIDATES, limit):
            # One word and no concept (most keystrokes): only its best raw
            # scores are re-ranked by kind (a far match stays out of the top).
            kept = heapq.nlargest(max(CANDIDATES, limit), scores.items(),
                                  key=lambda pair: (pair[1], -pair[0]))
            scores = dict(kept)
        weights = SENTENCE_KIND_WEIGHT if len(parsed.words) > 1 else KIND_WEIGHT
        kind, count = self._kind, len(units)
        weighted = [(score * weights.get(kind.get(docnum, ""), 1.0)
                     * _coordination(matched[docnum], count), docnum)
                    for docnum, score in scores.items()]
        named: set[int] = (self._term_names.get(parsed.folded[0], set())
                           if len(parsed.words) == 1 else set())
        # One word that is a glossary term's title: the term first.
        first = sorted((pair for pair in weighted if pair[1] in named), key=_rank)
        weighted = first + heapq.nsmallest(limit, (pair for pair in weighted
                                                   if pair[1] not in named), key=_rank)
        weighted = weighted[:limit]
        marker = Highlighter(parsed, [w for ws in corrections.values() for w in ws[:1]])
        out = Results(self._result(docnum, score, lang, marker, tuple(matched[docnum]))
                      for score, docnum in weighted)
        if corrections:
            fixed = list(parsed.folded)
            for i, words in corrections.items():
                fixed[i] = words[0]
            out.did_you_mean = " ".join(fixed)
        return out

    def _label(self, match: lexicon_mod.Match) -> str:
        """The query words a concept was found in, without stop words."""
        stops = stop_words()
        words = [w for w in match.words
                 if fold_word(w) not in stops and fold_word(w) not in self.lexicon.ignore]
        return " ".join(words or match.words)

    def _score(self, units: Sequence[Sequence[tuple[tuple[str, str | None], Query]]],
               filter_query: Query | None, exclude_ids: Collection[str],
               ) -> tuple[dict[int, float], dict[int, list[tuple[str, str | None]]]]:
        """BM25F scores of every matching document, summed over the units; and
        for each document what it matched: a word as ``(word, None)``, a
        concept as ``(its first matching meaning, the words it stood for)``.
        A concept scores its best meaning plus a little of the others, below
        a typed word (``query.CONCEPT_WEIGHT``). The scores of each part come
        from :class:`_Scores`, which keeps them between keystrokes."""
        searcher = self._searcher
        allowed = set(searcher.docs_for_query(filter_query)) if filter_query else None
        masked = (set(searcher.docs_for_query(Or([Term("id", i) for i in exclude_ids])))
                  if exclude_ids else set())
        scores: dict[int, float] = {}
        matched: dict[int, list[tuple[str, str | None]]] = {}
        for unit in units:
            concept = len(unit) > 1 or unit[0][0][1] is not None
            best: dict[int, float] = {}
            total: dict[int, float] = {}
            for label, group in unit:
                for docnum, score in self._scores.of(group).items():
                    if docnum in masked or (allowed is not None and docnum not in allowed):
                        continue
                    if docnum not in total:
                        total[docnum] = score
                        best[docnum] = score
                        matched.setdefault(docnum, []).append(label)
                    else:
                        total[docnum] += score
                        best[docnum] = max(best[docnum], score)
            for docnum, summed in total.items():
                top = best[docnum]
                scores[docnum] = scores.get(docnum, 0.0) + (
                    query_mod.CONCEPT_WEIGHT * (top + CONCEPT_TIEBREAK * (summed - top))
                    if concept else summed)
        return scores, matched

    def _remember(self, key: tuple[str, str], value: bool) -> bool:
        if len(self._known) >= MAX_KNOWN:
            self._known.clear()  # a few thousand words typed: start again
        self._known[key] = value
        return value

    def _glossary_synonyms(self) -> dict[str, tuple[str, ...]]:
        """Each one-word name of a glossary term (a title or synonym, in any
        language, folded) -> the term's one-word titles in the four languages:
        "homo" -> ("gay",), "tolk" -> ("interprete", "interpreter")."""
        out: dict[str, set[str]] = {}
        for docnum in self._searcher.docs_for_query(Term("kind", "glossary")):
            fields = self._searcher.stored_fields(docnum)
            titles = {fold_same_length(fields.get(f"title_{lang}", "").split(" (")[0])
                      for lang in LANGS}
            titles = {t for t in titles if t.isalpha()}
            for title in titles:
                self._term_names.setdefault(title, set()).add(docnum)
            for name in fields.get("names") or []:
                word = fold_same_length(name)
                if word.isalpha() and titles - {word}:
                    out.setdefault(word, set()).update(titles - {word})
        return {word: tuple(sorted(others)) for word, others in out.items()}

    def _extras(self, parsed: query_mod.ParsedQuery,
                corrections: dict[int, list[str]]) -> dict[int, query_mod.Extras]:
        out = {}
        corrector = self._ready_corrector()
        for i, word in enumerate(parsed.folded):
            split = corrector.split_compound(word) if corrector and i not in corrections else None
            extras = query_mod.Extras(
                corrections=corrections.get(i, ()), synonyms=self._synonyms.get(word, ()),
                compounds=corrector.compounds_ending_with(word) if corrector else (),
                parts=split or ())
            if extras != query_mod.NO_EXTRAS:
                out[i] = extras
        return out

    def _ready_corrector(self) -> Corrector | None:
        """The corrector, built now if this searcher may build on demand (the
        command line), or only once it was warmed in the background (the window,
        so that the first searches after start-up do not wait ~0.2 s for it)."""
        if self.build_on_demand or (self._corrector is not None and self._corrector.warm):
            return self.corrector()
        return None

    def corrector(self) -> Corrector:
        """Built on the first unknown word, from the folded fields' vocabulary."""
        if self._corrector is None:
            reader = self._searcher.reader()
            self._corrector = Corrector(
                (term.decode("utf-8") if isinstance(term, bytes) else term,
                 info.doc_frequency())
                for name in ("headfold", "bodyfold") for term, info in reader.iter_field(name))
        return self._corrector

    def _corrections(self, parsed: query_mod.ParsedQuery) -> dict[int, list[str]]:
        """Typos: words the index does not know (and, for the word being typed,
        that no indexed word starts with), with the words they may have meant."""
        out: dict[int, list[str]] = {}
        reader = self._searcher.reader()
        last = len(parsed.folded) - 1
        for i, word in enumerate(parsed.folded):
            if len(word) < MIN_CORRECT:
                continue
            known = self._known.get(("known", word))
            if known is None:
                known = self._remember(("known", word), bool(
                    reader.doc_frequency("bodyfold", word)
                    or reader.doc_frequency("headfold", word)))
            if known:
                continue
            if parsed.prefix and i == last:
                begins = self._known.get(("begins", word))
                if begins is None:
                    begins = self._remember(("begins", word), any(
                        True for _ in reader.expand_prefix("bodyfold", word)))
                if begins:
                    continue  # still being typed: it may become a known word
            corrector = self._ready_corrector()
            suggestions = corrector.suggest(word) if corrector else []
            if suggestions:
                out[i] = suggestions
        return out

    def _result(self, docnum: int, score: float, lang: str, marker: Highlighter,
                matched: tuple[tuple[str, str | None], ...] = ()) -> Result:
        doc = self._doc(docnum)
        fields = doc.fields
        title = fields.get(f"title_{lang}") or fields.get("title_en", fields["id"])
        text_field = f"text_{lang}"
        snip, found = marker.snippet(fields.get(text_field, ""), lang, doc.folded(text_field))
        matched_lang = None
        if not found and not marker.found(doc.folded(f"title_{lang}"), lang):
            matched_lang = next((other for other in LANGS if other != lang and (
                marker.found(doc.folded(f"title_{other}"), other)
                or marker.found(doc.folded(f"text_{other}"), other))), None)
        return Result(id=fields["id"], kind=fields["kind"], toolkit=fields["toolkit"],
                      lang=lang, title=title, score=score, snippet=snip,
                      matched_lang=matched_lang, matched=matched)

    def _doc(self, docnum: int) -> _Doc:
        """A document's stored fields, and their folded text once asked for,
        kept for the next searches (the same results come back while typing)."""
        doc = self._docs.get(docnum)
        if doc is None:
            doc = self._docs[docnum] = _Doc(self._searcher.stored_fields(docnum))
            if len(self._docs) > MAX_DOCS:
                self._docs.popitem(last=False)
        else:
            self._docs.move_to_end(docnum)
        return doc


class _Doc:
    """A document's stored fields, with their accent-folded lowercase text."""

    __slots__ = ("_folded", "fields")

    def __init__(self, fields: dict) -> None:
        self.fields = fields
        self._folded: dict[str, str] = {}

    def folded(self, name: str) -> str:
        text = self._folded.get(name)
        if text is None:
            text = self._folded[name] = fold_same_length(self.fields.get(name) or "")
        return text


COORDINATION = 0.5  # how much of the score depends on matching all of the query
CONCEPT_TIEBREAK = 0.2  # a concept's other matching meanings, beside its best one
MAX_KNOWN = 20_000  # answers about typed words kept (known or not)
MAX_DOCS = 2000  # documents whose stored and folded text are kept between searches
MAX_SCORES = 500_000  # document scores kept between searches (a few tens of MB at most)


def _coordination(matched: Sequence[tuple[str, str | None]], units: int) -> float:
    """More of the query matched, higher: a document that matches one rare
    word of a sentence must not outrank one that matches most of it."""
    if units <= 1:
        return 1.0
    found = len({source or word for word, source in matched})  # a concept counts once
    return 1 - COORDINATION + COORDINATION * min(found, units) / units


def _rank(pair: tuple[float, int]) -> tuple[float, int]:
    """Highest score first; for the same score, the earlier document."""
    return -pair[0], pair[1]


class _Scores:
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


class _SharedStats(BM25F):
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


def _filter(kinds: Collection[str], toolkits: Collection[str]) -> Query | None:
    parts: list[Query] = []
    if kinds:
        parts.append(Or([Term("kind", k) for k in kinds]))
    if toolkits:
        parts.append(Or([Term("toolkit", t) for t in toolkits]))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


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
