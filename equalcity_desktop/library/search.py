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
from collections import OrderedDict
from collections.abc import Collection, Sequence

from whoosh.index import Index
from whoosh.query import And, Or, Query, Term
from whoosh.scoring import BM25F

from . import lexicon as lexicon_mod
from . import query as query_mod
from .analysis import clear_stems, fold_word, stop_words
from .correct import MIN_LENGTH as MIN_CORRECT
from .correct import Corrector
from .highlight import Highlighter, fold_same_length
from .languages import LANGS
from .results import Result, Results
from .scores import Scores, SharedStats

# Situation cards first for the same match: they are what a worker needs now.
KIND_WEIGHT = {"card": 2.0, "glossary": 1.0, "contact": 0.7, "section": 1.0, "module": 0.9,
               "poster": 0.9, "page": 0.8, "country": 0.85}
# For a sentence (two content words or more) the situation it describes leads:
# a glossary term or a long section matching one of its words must not.
CANDIDATES = 60  # of a one-word query, re-ranked by kind before the limit is applied
SENTENCE_KIND_WEIGHT = {"card": 2.0, "glossary": 0.6, "contact": 0.6, "section": 0.7,
                        "module": 0.6, "poster": 0.6, "page": 0.5, "country": 0.6}


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
                                     else SharedStats(stats_from._searcher, **b_values))
        # Kind of every document, to re-rank without reading stored fields.
        self._kind: dict[int, str] = {}
        self._scores = Scores(self._searcher)
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
        self._scores = Scores(self._searcher)
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


def _filter(kinds: Collection[str], toolkits: Collection[str]) -> Query | None:
    parts: list[Query] = []
    if kinds:
        parts.append(Or([Term("kind", k) for k in kinds]))
    if toolkits:
        parts.append(Or([Term("toolkit", t) for t in toolkits]))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


