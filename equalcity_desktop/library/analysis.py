"""The analysis chains of the index: two per language.

A stemmed field matches whole words in all their inflections; an unstemmed,
accent-folded field matches a half-typed word as a prefix and words typed
without accents. Measured on this content's languages (tech-measurements.md):
a prefix on a stemmed field stops matching once typing passes the stem
("discrimina*" finds nothing), and Portuguese "discriminacao" only matches a
folded field.

Everything is normalised first, queries and content alike (:func:`normalise`):
text pasted from a PDF or a Mac (decomposed accents, soft hyphens,
ligatures, full-width letters) finds what the same text typed finds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
)
from whoosh.lang import stopwords_for_language
from whoosh.support.charset import accent_map

from .languages import LANGS

# Words are runs of letters and digits; apostrophes split ("l'interprète").
TOKEN_PATTERN = r"\w+"

# Invisible characters that break a word in two when pasted: the soft hyphen
# of PDF line breaks, zero-width spaces and joiners, the word joiner and the
# byte-order mark. NFKC keeps them, so they are dropped before it.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def normalise(text: str) -> str:
    """The one normal form of every text searched and indexed: invisible
    characters dropped, then NFKC (composed accents, "ﬁ" -> "fi", full-width
    "ｖｉｏｌｅｎｃｅ" -> "violence", "²" -> "2"). Plain ASCII is returned as is."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))


class NormalisingTokenizer(RegexTokenizer):
    """A :class:`RegexTokenizer` over the normalised text; character offsets
    are offsets in the normalised text (``query.parse`` normalises first)."""

    def __call__(self, value, **kwargs):  # noqa: ANN001, ANN204 - Whoosh's signature
        return super().__call__(normalise(value), **kwargs)


def dutch_stem(word: str) -> str:
    """Snowball's current Dutch stemmer: Whoosh's own leaves plurals apart
    ("discriminatie"/"discriminaties"); this one conflates them."""
    return _dutch().stemWord(word)


@cache
def _dutch():  # noqa: ANN202 - a snowballstemmer stemmer
    from .whoosh_shim import snowball_dutch

    return snowball_dutch()


@cache
def stemmed(lang: str) -> Analyzer:
    """Lowercase, drop stop words, stem, then fold accents (so "violencia" meets "violência")."""
    # Whoosh's LanguageAnalyzer, with the normalising tokenizer and, for
    # Dutch, Snowball's current stemmer.
    stem = StemFilter(stemfn=dutch_stem) if lang == "nl" else StemFilter(lang=lang,
                                                                          cachesize=50000)
    return (NormalisingTokenizer(TOKEN_PATTERN) | LowercaseFilter() | StopFilter(lang=lang)
            | stem | CharsetFilter(accent_map))


@cache
def stemmer(lang: str) -> Callable[[str], str]:
    """The index's stemmer of ``lang``, for one lowercased word (no stop words
    dropped, no accents folded): the concept lexicon is matched with it."""
    if lang == "nl":
        return dutch_stem
    from whoosh.lang import stemmer_for_language

    return stemmer_for_language(lang)


@cache
def folded() -> Analyzer:
    """Lowercase and fold accents; no stemming, no stop words."""
    return NormalisingTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)


@cache
def stop_words() -> frozenset[str]:
    """Stop words of all four languages, accent-folded."""
    fold = folded()
    words: set[str] = set()
    for lang in LANGS:
        for word in stopwords_for_language(lang):
            words.update(t.text for t in fold(word))
    return frozenset(words)


def fold_word(word: str) -> str:
    return "".join(t.text for t in folded()(word))


def stem_word(lang: str, word: str) -> list[str]:
    return list(_stems(lang, word))


@lru_cache(maxsize=16384)
def _stems(lang: str, word: str) -> tuple[str, ...]:
    """Every keystroke stems the query's words again in four languages: kept."""
    return tuple(t.text for t in stemmed(lang)(word))


def clear_stems() -> None:
    """Forget the stems kept by :func:`stem_word`."""
    _stems.cache_clear()
