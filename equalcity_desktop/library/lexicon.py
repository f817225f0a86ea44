"""The concept lexicon: the everyday words a worker types, mapped to what the
content calls the situation ("pushed" -> violence), one file per language in
``content/lexicon/<lang>.yaml`` (format: ``content/lexicon/README.md``).

Words are compared through the index's own stemmer of the file's language
(Snowball), each both as written and accent-folded, so "pushes", "pushing",
"enfermee" and "enfermée" all meet their entry. A phrase matches when every
one of its words is in the query, in any order ("reads messages" matches
"he reads all her messages"). ``ignore`` lists the conversational words of a
consultation (says, client, today) that are never searched.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .analysis import TOKEN_PATTERN, fold_word, normalise, stem_word, stemmer
from .languages import LANGS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Meaning:
    text: str  # as written in the lexicon, shown as "violence, for: hits"
    lang: str
    stems: tuple[str, ...]  # index terms of the lang's stemmed fields, all required


@dataclass(frozen=True)
class Match:
    """A concept the query named: its meanings, and the query words that named it."""

    words: tuple[str, ...]  # the query's words (as typed) that matched, in query order
    means: tuple[Meaning, ...]

    @property
    def label(self) -> str:
        return " ".join(self.words)


@lru_cache(maxsize=8192)
def word_keys(lang: str, word: str) -> frozenset[str]:
    """A word's stems in ``lang``, of the word as written and accent-folded,
    themselves folded: two words meet when their keys meet."""
    folded = fold_word(word)
    stem = stemmer(lang)
    return frozenset(fold_word(stem(w)) for w in {word, folded} if w) | {folded}


class Lexicon:
    def __init__(self, data: dict[str, dict]) -> None:
        """``data``: per language, the parsed YAML (``ignore`` and ``concepts``)."""
        ignore: set[str] = set()
        self._ignore_by_lang: dict[str, frozenset[str]] = {}
        # Per language: first word's keys -> [(phrase as key sets, concept index)]
        self._phrases: dict[str, dict[str, list[tuple[tuple[frozenset[str], ...], int]]]] = {}
        self._means: list[tuple[Meaning, ...]] = []
        for lang, doc in data.items():
            if lang not in LANGS or not isinstance(doc, dict):
                continue
            own = {fold_word(w) for word in doc.get("ignore") or () for w in _words(str(word))}
            self._ignore_by_lang[lang] = frozenset(own)
            ignore |= own
            table = self._phrases.setdefault(lang, {})
            for concept in doc.get("concepts") or ():
                if not isinstance(concept, dict):
                    continue
                means = tuple(Meaning(str(m), lang, tuple(stem_word(lang, normalise(str(m)))))
                              for m in concept.get("means") or ())
                means = tuple(m for m in means if m.stems)
                if not means:
                    continue
                self._means.append(means)
                number = len(self._means) - 1
                for phrase in concept.get("words") or ():
                    words = _words(str(phrase))
                    if not words:
                        continue
                    keys = tuple(word_keys(lang, w) for w in words)
                    for key in keys[0]:
                        table.setdefault(key, []).append((keys, number))
        self.ignore = frozenset(ignore)

    def __len__(self) -> int:
        return len(self._means)

    def languages(self, words: Sequence[str]) -> list[str]:
        """The languages ``words`` are most likely in: those with the most of
        their stop words and conversational words among them; all of them
        when there is none ("pushed"). A concept is looked up only in these,
        so that French "son" (his) is not English "son"."""
        folded = [fold_word(w) for w in words]
        counts = {}
        for lang in self._phrases:
            common = _folded_stops(lang) | self._ignore_by_lang.get(lang, frozenset())
            counts[lang] = sum(1 for w in folded if w in common)
        best = max(counts.values(), default=0)
        return [lang for lang, n in counts.items() if n == best]

    def match(self, words: Sequence[str], langs: Iterable[str] | None = None) -> list[Match]:
        """The concepts named in ``words`` (a query's words, lowercased, stop
        words included), each once, in the order of the query; only in
        ``langs`` if given (see :meth:`languages`)."""
        found: dict[int, set[int]] = {}
        wanted = set(self._phrases if langs is None else langs)
        for lang, table in self._phrases.items():
            if lang not in wanted:
                continue
            keys = [word_keys(lang, w) for w in words]
            where: dict[str, list[int]] = {}
            for i, ks in enumerate(keys):
                for k in ks:
                    where.setdefault(k, []).append(i)
            for k in list(where):
                for phrase, number in table.get(k, ()):
                    positions: set[int] = set()
                    for word_keys_ in phrase:
                        hit = next((i for key in word_keys_ for i in where.get(key, ())), None)
                        if hit is None:
                            break
                        positions.add(hit)
                    else:
                        found.setdefault(number, set()).update(positions)
        out = [Match(tuple(words[i] for i in sorted(pos)), self._means[number])
               for number, pos in found.items()]
        out.sort(key=lambda m: min(words.index(w) for w in m.words))
        return out


@lru_cache(maxsize=8)
def _folded_stops(lang: str) -> frozenset[str]:
    from whoosh.lang import stopwords_for_language

    return frozenset(fold_word(w) for w in stopwords_for_language(lang))


def _words(text: str) -> list[str]:
    return re.findall(TOKEN_PATTERN, normalise(text).lower())


def load(folder: Path, langs: Iterable[str] = LANGS) -> Lexicon:
    """The lexicon in ``folder``; a missing or unreadable file is left out (logged)."""
    from .frontmatter import load_yaml

    data = {}
    for lang in langs:
        path = folder / f"{lang}.yaml"
        try:
            data[lang] = load_yaml(path.read_text(encoding="utf-8")) or {}
        except FileNotFoundError:
            continue
        except Exception as exc:  # a damaged file must never stop search
            log.warning("concept lexicon %s not used: %s", path, exc)
    return Lexicon(data)


@lru_cache(maxsize=1)
def bundled() -> Lexicon:
    from .. import resources

    return load(resources.content_dir() / "lexicon")
