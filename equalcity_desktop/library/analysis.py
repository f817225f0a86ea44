"""The analysis chains of the index: two per language.

A stemmed field matches whole words in all their inflections; an unstemmed,
accent-folded field matches a half-typed word as a prefix and words typed
without accents. Measured on this content's languages (tech-measurements.md):
a prefix on a stemmed field stops matching once typing passes the stem
("discrimina*" finds nothing), and Portuguese "discriminacao" only matches a
folded field.
"""

from __future__ import annotations

from functools import cache

from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    LanguageAnalyzer,
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


def dutch_stem(word: str) -> str:
    """Snowball's current Dutch stemmer: Whoosh's own leaves plurals apart
    ("discriminatie"/"discriminaties"); this one conflates them."""
    return _dutch().stemWord(word)


@cache
def _dutch():  # noqa: ANN202 - a snowballstemmer stemmer
    import snowballstemmer

    return snowballstemmer.stemmer("dutch")


@cache
def stemmed(lang: str) -> Analyzer:
    """Lowercase, drop stop words, stem, then fold accents (so "violencia" meets "violência")."""
    if lang == "nl":
        chain = (RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | StopFilter(lang="nl")
                 | StemFilter(stemfn=dutch_stem))
    else:
        chain = LanguageAnalyzer(lang, expression=TOKEN_PATTERN)
    return chain | CharsetFilter(accent_map)


@cache
def folded() -> Analyzer:
    """Lowercase and fold accents; no stemming, no stop words."""
    return RegexTokenizer(TOKEN_PATTERN) | LowercaseFilter() | CharsetFilter(accent_map)


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
    return [t.text for t in stemmed(lang)(word)]
