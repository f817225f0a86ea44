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
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from math import log

from whoosh.index import Index
from whoosh.query import And, Or, Query, Term
from whoosh.scoring import BM25F, BM25FScorer

from . import lexicon as lexicon_mod
from . import query as query_mod
from .analysis import fold_word, stem_word, stop_words
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
        self._corrector: Corrector | None = None
        self.build_on_demand = True  # the window turns this off and warms up instead
        self._term_names: dict[str, set[int]] = {}  # one-word titles -> glossary terms
        self._synonyms = self._glossary_synonyms()
        for kind in KIND_WEIGHT:
            for docnum in self._searcher.docs_for_query(Term("kind", kind)):
                self._kind[docnum] = kind

    def close(self) -> None:
        self._searcher.close()

    def search(self, text: str, lang: str = "en", limit: int = 20, *, typing: bool = True,
               kinds: Collection[str] = (), toolkits: Collection[str] = (),
               exclude_ids: Collection[str] = ()) -> list[Result]:
        """``exclude_ids``: items left out (bundled contacts an office hid or replaced)."""
        lang = lang if lang in LANGS else "en"
        parsed = query_mod.parse(text, typing=typing, ignore=self.lexicon.ignore)
        if parsed.empty or limit <= 0:
            return Results()
        corrections = self._corrections(parsed)
        reader = self._searcher.reader()
        extras = self._extras(parsed, corrections)
        last = len(parsed.words) - 1
        # The query's units: its words, then the concepts the lexicon found in
        # it, each concept a list of meanings. Each unit is scored on its own,
        # so that what a document matched is known without a second pass.
        units: list[list[tuple[tuple[str, str | None], Query]]] = [
            [((word, None), query_mod.word_query(word, folded, parsed.prefix and i == last,
                                                 reader, extras.get(i, query_mod.NO_EXTRAS)))]
            for i, (word, folded) in enumerate(zip(parsed.words, parsed.folded, strict=True))]
        words = parsed.all_words
        for match in self.lexicon.match(words, self.lexicon.languages(words)):
            label = self._label(match)
            units.append([((m.text, label), query_mod.meaning_query(m.lang, m.stems))
                          for m in match.means])
        if len(units) == 1 and len(units[0]) == 1:
            scores, matched = self._score_one(units[0][0], _filter(kinds, toolkits), exclude_ids,
                                              limit)
        else:
            scores, matched = self._score(units, _filter(kinds, toolkits), exclude_ids)
        weights = SENTENCE_KIND_WEIGHT if len(parsed.words) > 1 else KIND_WEIGHT
        weighted = sorted(((score * weights.get(self._kind.get(docnum, ""), 1.0)
                            * _coordination(matched[docnum], len(units)), docnum)
                           for docnum, score in scores.items()),
                          key=lambda pair: (-pair[0], pair[1]))
        if len(parsed.words) == 1 and weighted:
            # One word that is a glossary term's title: the term first.
            named = self._term_names.get(parsed.folded[0], set())
            first = [pair for pair in weighted if pair[1] in named]
            weighted = first + [pair for pair in weighted if pair[1] not in named]
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

    def _score_one(self, unit: tuple[tuple[str, str | None], Query], filter_query: Query | None,
                   exclude_ids: Collection[str], limit: int,
                   ) -> tuple[dict[int, float], dict[int, list[tuple[str, str | None]]]]:
        """One word and no concept (most keystrokes): every result matched it, so
        Whoosh's own top-N collector does, skipping what cannot make the top."""
        label, group = unit
        hits = self._searcher.search(group, limit=max(CANDIDATES, limit), filter=filter_query,
                                     mask=Or([Term("id", i) for i in exclude_ids])
                                     if exclude_ids else None)
        scores = {docnum: score for score, docnum in hits.top_n}
        return scores, {docnum: [label] for docnum in scores}

    def _score(self, units: Sequence[Sequence[tuple[tuple[str, str | None], Query]]],
               filter_query: Query | None, exclude_ids: Collection[str],
               ) -> tuple[dict[int, float], dict[int, list[tuple[str, str | None]]]]:
        """BM25F scores of every matching document, summed over the units; and
        for each document what it matched: a word as ``(word, None)``, a
        concept as ``(its first matching meaning, the words it stood for)``.
        A concept scores its best meaning plus a little of the others, below
        a typed word (``query.CONCEPT_WEIGHT``)."""
        searcher = self._searcher
        context = searcher.context(needs_current=False)
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
                matcher = group.matcher(searcher, context)
                while matcher.is_active():
                    docnum = matcher.id()
                    if docnum not in masked and (allowed is None or docnum in allowed):
                        score = matcher.score()
                        if docnum not in total:
                            total[docnum] = 0.0
                            best[docnum] = 0.0
                            matched.setdefault(docnum, []).append(label)
                        total[docnum] += score
                        best[docnum] = max(best[docnum], score)
                    matcher.next()
            for docnum, summed in total.items():
                top = best[docnum]
                score = (query_mod.CONCEPT_WEIGHT * (top + CONCEPT_TIEBREAK * (summed - top))
                         if concept else summed)
                scores[docnum] = scores.get(docnum, 0.0) + score
        return scores, matched

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
            if len(word) < MIN_CORRECT or reader.doc_frequency("bodyfold", word) \
                    or reader.doc_frequency("headfold", word):
                continue
            if parsed.prefix and i == last and any(
                    True for _ in reader.expand_prefix("bodyfold", word)):
                continue  # still being typed: it may become a known word
            corrector = self._ready_corrector()
            suggestions = corrector.suggest(word) if corrector else []
            if suggestions:
                out[i] = suggestions
        return out

    def _result(self, docnum: int, score: float, lang: str, marker: Highlighter,
                matched: tuple[tuple[str, str | None], ...] = ()) -> Result:
        fields = self._searcher.stored_fields(docnum)
        title = fields.get(f"title_{lang}") or fields.get("title_en", fields["id"])
        text = fields.get(f"text_{lang}", "")
        snip, found = marker.snippet(text, lang)
        matched_lang = None
        if not found and not marker.spans(title, lang):
            matched_lang = next((other for other in LANGS if other != lang and (
                marker.spans(fields.get(f"title_{other}", ""), other)
                or marker.spans(fields.get(f"text_{other}", ""), other))), None)
        return Result(id=fields["id"], kind=fields["kind"], toolkit=fields["toolkit"],
                      lang=lang, title=title, score=score, snippet=snip,
                      matched_lang=matched_lang, matched=matched)


COORDINATION = 0.5  # how much of the score depends on matching all of the query
CONCEPT_TIEBREAK = 0.2  # a concept's other matching meanings, beside its best one


def _coordination(matched: Sequence[tuple[str, str | None]], units: int) -> float:
    """More of the query matched, higher: a document that matches one rare
    word of a sentence must not outrank one that matches most of it."""
    if units <= 1:
        return 1.0
    found = len({source or word for word, source in matched})  # a concept counts once
    return 1 - COORDINATION + COORDINATION * min(found, units) / units


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
        if lang not in self._patterns:
            starts = {w for w in self._words if len(w) >= query_mod.MIN_PREFIX} | self._stems[lang]
            exact = {w for w in self._words if len(w) < query_mod.MIN_PREFIX}
            alternatives = [re.escape(w) + r"\w*" for w in sorted(starts, key=len, reverse=True)]
            alternatives += [re.escape(w) + r"\b" for w in exact]
            self._patterns[lang] = (re.compile(r"\b(?:" + "|".join(alternatives) + ")")
                                    if alternatives else None)
        return self._patterns[lang]

    def spans(self, text: str, lang: str) -> list[tuple[int, int]]:
        pattern = self._pattern(lang)
        if pattern is None or not text:
            return []
        return [m.span() for m in pattern.finditer(fold_same_length(text))]

    def snippet(self, text: str, lang: str) -> tuple[tuple[tuple[str, bool], ...], bool]:
        """The first paragraph with a match, cut around it; and whether any matched."""
        lines = text.split("\n")
        for line in lines:
            spans = self.spans(line, lang)
            if spans:
                return _cut(line, spans), True
        return _cut(lines[0] if lines else "", []), False

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
