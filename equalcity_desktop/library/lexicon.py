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
import sys
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


Phrase = tuple[tuple[frozenset[str], ...], int]  # a phrase's words as key sets, its concept


class Lexicon:
    def __init__(self, data: dict[str, dict]) -> None:
        """``data``: per language, the parsed YAML (``ignore`` and ``concepts``)."""
        ignore: set[str] = set()
        self._ignore_by_lang: dict[str, frozenset[str]] = {}
        # Per language: first word's keys -> [(phrase as key sets, concept index)]
        self._phrases: dict[str, dict[str, list[Phrase]]] = {}
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

    # Stemming every word of every phrase takes about half a second, on the way to the
    # first search; the compiled tables come back from the cache in a few milliseconds.
    def compiled(self) -> tuple:
        """The tables as plain data (strings, numbers, tuples, frozensets) for marshal."""
        phrases = {}
        for lang, table in self._phrases.items():
            seen: dict[int, Phrase] = {}
            for entries in table.values():
                for entry in entries:
                    seen.setdefault(id(entry), entry)
            phrases[lang] = tuple(seen.values())
        means = tuple(tuple((m.text, m.lang, m.stems) for m in ms) for ms in self._means)
        return dict(self._ignore_by_lang), phrases, means

    @classmethod
    def from_compiled(cls, data: tuple) -> Lexicon:
        ignore_by_lang, phrases, means = data
        lexicon = cls({})
        lexicon._ignore_by_lang = {str(lang): frozenset(words)
                                   for lang, words in ignore_by_lang.items()}
        lexicon.ignore = frozenset().union(*lexicon._ignore_by_lang.values())
        lexicon._means = [tuple(Meaning(text, lang, tuple(stems)) for text, lang, stems in ms)
                          for ms in means]
        for lang, entries in phrases.items():
            table = lexicon._phrases.setdefault(lang, {})
            for entry in entries:
                words, number = entry
                if not (isinstance(number, int) and all(isinstance(k, frozenset)
                                                         for k in words)):
                    raise TypeError("not a compiled phrase")
                for key in words[0]:
                    table.setdefault(key, []).append(entry)
        return lexicon

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
        # In the order of the query; for the same first word, in the lexicon's
        # order (the sets above iterate in an order that changes between runs).
        return [Match(tuple(words[i] for i in sorted(pos)), self._means[number])
                for number, pos in sorted(found.items(), key=lambda item: (min(item[1]),
                                                                          item[0]))]


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


CACHE_FORMAT = 2  # raise when the compiled form or the way words become keys changes


def _stemmers_stamp() -> str:
    """What the stems depend on besides the files: Whoosh's version (its Snowball
    stemmers) and the Dutch stemmer package's files, read without importing it (that
    import loads thirty stemmers, 20 ms)."""
    import importlib.util

    import whoosh

    stamp = ".".join(map(str, whoosh.__version__))
    try:
        spec = importlib.util.find_spec("snowballstemmer")
        folder = Path(next(iter(spec.submodule_search_locations or ())))
        info = (folder / "dutch_stemmer.py").stat()
        stamp += f"-{info.st_size}-{info.st_mtime_ns}"
    except (ImportError, AttributeError, StopIteration, OSError, ValueError):
        # A frozen app keeps the stemmer's files in its archive: a new build of the app is
        # what may bring another stemmer, so its executable stands for them.
        try:
            info = Path(sys.executable).stat()
            stamp += f"-app-{info.st_size}-{info.st_mtime_ns}"
        except OSError:
            stamp += "-?"
    return stamp


def load_cached(folder: Path, cache: Path | None, langs: Iterable[str] = LANGS) -> Lexicon:
    """:func:`load`, through a compiled copy in ``cache`` named after a hash of the files,
    the stemmers and this format (derived from the content only: nothing anyone typed).
    It is written with :mod:`marshal`, which can only ever give back data, in a format of
    this Python version (part of the hash)."""
    import hashlib
    import marshal

    from .index import SCHEMA_VERSION

    digest = hashlib.sha256(f"{CACHE_FORMAT}-{SCHEMA_VERSION}-{_stemmers_stamp()}-"
                            f"{sys.version_info[:2]}".encode())
    for lang in langs:
        path = folder / f"{lang}.yaml"
        digest.update(lang.encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"-")
    target = cache / f"lexicon-{digest.hexdigest()[:24]}.bin" if cache else None
    if target is not None:
        try:
            return Lexicon.from_compiled(marshal.loads(target.read_bytes()))
        except FileNotFoundError:
            pass
        except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("the compiled concept lexicon was damaged (%s); compiling it again",
                        type(exc).__name__)
    lexicon = load(folder, langs)
    if target is not None:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            for old in target.parent.glob("lexicon-*"):
                if old != target and old.suffix in (".json", ".bin"):
                    old.unlink(missing_ok=True)
            tmp = target.with_suffix(f".tmp{id(lexicon)}")
            tmp.write_bytes(marshal.dumps(lexicon.compiled()))
            tmp.replace(target)
        except OSError:  # an unwritable cache only costs the compile next time
            pass
    return lexicon


@lru_cache(maxsize=1)
def bundled() -> Lexicon:
    from .. import resources
    from .paths import cache_dir

    return load_cached(resources.content_dir() / "lexicon", cache_dir())
