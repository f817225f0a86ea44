"""A search result, kept free of Whoosh so the window can import it cheaply."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Result:
    id: str
    kind: str
    toolkit: str
    lang: str  # the language the title and snippet are in
    title: str
    score: float
    snippet: tuple[tuple[str, bool], ...]  # (text, is a match)
    matched_lang: str | None = None  # set when only another language matched
    # Why this result: the query words it matched, each as (word, None), and
    # the concepts, each as (what it stands for, the words typed for it).
    matched: tuple[tuple[str, str | None], ...] = ()

    def matched_text(self, for_word: str = "for:") -> str:
        """ "violence, for: hits; messages" (``for_word`` translated by the window)."""
        return "; ".join(f"{word}, {for_word} {source}" if source else word
                         for word, source in self.matched)

    def snippet_text(self, mark: str = "**") -> str:
        return "".join(f"{mark}{t}{mark}" if hit else t for t, hit in self.snippet)

    def snippet_html(self) -> str:
        return "".join(f"<b>{escape(t)}</b>" if hit else escape(t) for t, hit in self.snippet)

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind, "toolkit": self.toolkit, "lang": self.lang,
                "title": self.title, "score": round(self.score, 4),
                "snippet": self.snippet_text(), "matched_lang": self.matched_lang,
                "matched": [f"{word}, for: {source}" if source else word
                            for word, source in self.matched]}


class Results(list[Result]):
    """Search results in rank order; ``did_you_mean`` is the query with its
    typos corrected, when a correction was used; ``descriptions`` has a line
    per result for the list ("Card · Brussels · found in French"), written on
    the search thread so the list only paints it."""

    did_you_mean: str | None = None
    descriptions: tuple[str, ...] = ()
