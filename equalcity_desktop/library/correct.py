"""Typo correction against the index's own vocabulary.

A word that is not in the index is corrected to the nearest indexed words:
within one edit for short words, two for long ones (Damerau-Levenshtein, so
a swapped pair of letters is one edit). Candidates come from a
symmetric-delete table (each indexed word with one letter dropped, looked up
with up to two letters dropped from the typed word), built on first use in
about 0.2 s and then answering in well under a millisecond. Two changed
letters in a long word ("violanse") escape that table; for those, the words
that begin with the same three letters are also compared one by one (about a
millisecond).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable

MIN_LENGTH = 4  # shorter words are too ambiguous to correct
LONG_WORD = 6  # from this length on, two edits are allowed
MAX_SUGGESTIONS = 3
COMPOUND_PART = 4  # the shortest part of a compound word


def max_distance(word: str) -> int:
    return 2 if len(word) >= LONG_WORD else 1


def _deletes(word: str, depth: int) -> set[str]:
    found, frontier = {word}, {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance, or ``limit + 1`` once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


class Corrector:
    """Built from (word, document frequency) pairs of the folded fields."""

    def __init__(self, vocabulary: Iterable[tuple[str, int]]) -> None:
        self.frequency: dict[str, int] = {}
        for word, freq in vocabulary:
            self.frequency[word] = self.frequency.get(word, 0) + freq
        self._table: dict[str, set[str]] | None = None
        self._by_start: dict[str, list[str]] = {}
        self._reversed: list[str] | None = None

    def __contains__(self, word: str) -> bool:
        return word in self.frequency

    @property
    def warm(self) -> bool:
        return self._table is not None and self._reversed is not None

    def warm_up(self) -> None:
        self._lookup()
        self._reversed_words()

    def _reversed_words(self) -> list[str]:
        if self._reversed is None:
            self._reversed = sorted(word[::-1] for word in self.frequency)
        return self._reversed

    def compounds_ending_with(self, word: str, limit: int = 10) -> list[str]:
        """Longer indexed words that end with ``word`` (Dutch compounds:
        "geweld" -> "partnergeweld", "huwelijk" -> "kindhuwelijk")."""
        if len(word) < COMPOUND_PART:
            return []
        backwards = word[::-1]
        words = self._reversed_words()
        found = []
        for i in range(bisect.bisect_left(words, backwards), len(words)):
            if not words[i].startswith(backwards):
                break
            if len(words[i]) >= len(word) + COMPOUND_PART - 1:
                found.append(words[i][::-1])
        found.sort(key=lambda w: -self.frequency[w])
        return found[:limit]

    def split_compound(self, word: str) -> tuple[str, str] | None:
        """An unknown word made of two indexed words ("partnergeweld"), if any."""
        if word in self.frequency or len(word) < 2 * COMPOUND_PART:
            return None
        splits = [(word[:i], word[i:]) for i in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1)
                  if word[:i] in self.frequency and word[i:] in self.frequency]
        if not splits:
            return None
        return max(splits, key=lambda s: self.frequency[s[0]] * self.frequency[s[1]])

    def _lookup(self) -> dict[str, set[str]]:
        if self._table is None:
            table: dict[str, set[str]] = defaultdict(set)
            by_start: dict[str, list[str]] = defaultdict(list)
            for word in self.frequency:
                if len(word) >= MIN_LENGTH - 1:
                    for key in _deletes(word, 1):
                        table[key].add(word)
                    by_start[word[:3]].append(word)
            self._table, self._by_start = dict(table), dict(by_start)
        return self._table

    def suggest(self, word: str) -> list[str]:
        """The nearest indexed words, closest and most frequent first."""
        if len(word) < MIN_LENGTH or word in self.frequency or not word.isalpha():
            return []
        limit = max_distance(word)
        table = self._lookup()
        candidates: set[str] = set()
        for key in _deletes(word, limit):
            candidates |= table.get(key, set())
        if limit == 2:
            candidates.update(self._by_start.get(word[:3], ()))
        scored = self._score(word, candidates, limit)
        return [c for *_, c in sorted(scored)[:MAX_SUGGESTIONS]]

    def _score(self, word: str, candidates: Iterable[str],
               limit: int) -> list[tuple[int, int, int, str]]:
        """Closest first; then the longest shared beginning (typos are rarer
        at the start of a word), then the most frequent."""
        scored = []
        for candidate in candidates:
            d = distance(word, candidate, limit)
            if d <= limit:
                shared = next((i for i, (a, b) in enumerate(zip(word, candidate, strict=False))
                               if a != b), min(len(word), len(candidate)))
                scored.append((d, -shared, -self.frequency[candidate], candidate))
        return scored
