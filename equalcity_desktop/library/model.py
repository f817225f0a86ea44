"""The content model: items in four languages, toolkits and their documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS: tuple[str, ...] = ("card", "section", "module", "poster", "glossary", "page", "country",
                          "contact")
# Kinds that live inside a toolkit folder and are listed in its manifest.
SECTION_KINDS: tuple[str, ...] = ("section", "module", "poster")
LINK_SCHEMES: tuple[str, ...] = ("card", "doc", "term", "page", "country", "contact")
# What each internal link scheme may point to.
SCHEME_KINDS: dict[str, tuple[str, ...]] = {
    "card": ("card",), "doc": SECTION_KINDS, "term": ("glossary",), "page": ("page",),
    "country": ("country",), "contact": ("contact",),
}


@dataclass(frozen=True)
class Source:
    org: str
    title: str
    year: int | None = None
    url: str | None = None
    read: str | None = None  # the ISO date the source was read, when given

    def __str__(self) -> str:
        year = f" ({self.year})" if self.year else ""
        return f"{self.org}: {self.title}{year}"


@dataclass
class Variant:
    """One item in one language."""

    lang: str
    title: str
    summary: str
    body: str  # Markdown, without the front matter
    aliases: tuple[str, ...] = ()
    path: str = ""
    body_line: int = 1  # line of the file where the body starts


@dataclass
class Item:
    """A card, toolkit section, training module, poster or glossary term."""

    id: str
    kind: str
    toolkit: str
    audience: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    variants: dict[str, Variant] = field(default_factory=dict)
    duration: int | None = None  # minutes, for training modules
    extra: dict[str, Any] = field(default_factory=dict)  # a contact's phone, website, ...
    origin: str = ""  # the id of the content pack it came from; "" for the bundled content
    origin_titles: dict[str, str] = field(default_factory=dict)  # that pack's title per language

    def origin_title(self, lang: str) -> str:
        """The name of the pack this item came from ("" for the bundled content)."""
        if not self.origin:
            return ""
        return (self.origin_titles.get(lang) or self.origin_titles.get("en")
                or next(iter(self.origin_titles.values()), self.origin))

    def variant(self, lang: str) -> Variant:
        """The item in ``lang``, falling back to English."""
        return self.variants.get(lang) or self.variants["en"]

    def title(self, lang: str) -> str:
        return self.variant(lang).title


@dataclass
class Document:
    id: str
    titles: dict[str, str]
    sections: tuple[str, ...]


@dataclass
class Toolkit:
    id: str
    titles: dict[str, str]
    cities: dict[str, str]
    subjects: dict[str, str]
    partners: tuple[str, ...]
    years: str
    audiences: tuple[str, ...]
    documents: tuple[Document, ...]


@dataclass
class Library:
    """Everything that loaded cleanly, in a stable order."""

    items: dict[str, Item] = field(default_factory=dict)
    toolkits: dict[str, Toolkit] = field(default_factory=dict)

    def of_kind(self, kind: str) -> list[Item]:
        return [item for item in self.items.values() if item.kind == kind]

    def cards_by_toolkit(self, lang: str) -> list[tuple[str, list[Item]]]:
        """The situation cards per toolkit (manifest order, then "all"),
        each group sorted by its title in ``lang``; empty groups left out."""
        groups = []
        for toolkit_id in (*self.toolkits, "all"):
            cards = sorted((i for i in self.of_kind("card") if i.toolkit == toolkit_id),
                           key=lambda i: i.title(lang).casefold())
            if cards:
                groups.append((toolkit_id, cards))
        return groups

    def document(self, doc_id: str) -> tuple[Toolkit, Document] | None:
        for toolkit in self.toolkits.values():
            for document in toolkit.documents:
                if document.id == doc_id:
                    return toolkit, document
        return None

    def resolve(self, scheme: str, target: str) -> str | None:
        """The item id a ``card:``/``doc:``/``term:`` link opens, or None."""
        if scheme == "doc":
            found = self.document(target)
            if found:
                return found[1].sections[0] if found[1].sections else None
            item = self.items.get(target)
            return item.id if item and item.kind in SECTION_KINDS else None
        item = self.items.get(target)
        return item.id if item and item.kind in SCHEME_KINDS.get(scheme, ()) else None
