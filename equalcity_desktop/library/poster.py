"""What a poster shows besides its text (Qt-free): the campaign's colour, its
pictogram, and the service's own name and contact, so that a poster printed
by an office says who to ask there.

The service is the office's own first contact in the contacts list: a row
the office added under "This office" (no country), else any row it added
itself (rows are read in the order of their ids). With none, the poster
leaves lines to write the name and phone number on by hand.
``render/posters.py`` draws it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .languages import PAGE_WORDS
from .markup import render_html
from .model import Item
from .presentation import accent_for

if TYPE_CHECKING:
    from .service import ContentService

PICTOGRAMS = {
    "brussels-poster-welcome": "welcome",
    "brussels-poster-you-belong": "people",
    "brussels-poster-your-words": "speech",
    "brussels-flyer-workers": "shield",
}
DEFAULT_PICTOGRAM = "speech"

# The contact strip at the foot of a poster (written for the app).
SERVICE_LABEL = {"en": "Our service", "nl": "Onze dienst", "fr": "Notre service",
                 "pt": "O nosso serviço"}


@dataclass(frozen=True)
class Office:
    name: str
    phone: str = ""
    website: str = ""
    address: str = ""


@dataclass(frozen=True)
class PosterPart:
    lang: str
    title: str
    html: str  # the message, as HTML


@dataclass(frozen=True)
class Poster:
    parts: tuple[PosterPart, ...]  # one per language, the first one leads
    colour: str  # "#rrggbb", white text on it reads (>= 4.5:1)
    pictogram: str  # a file name in resources/pictograms, without ".svg"
    office: Office | None
    service_label: str
    phone_label: str
    website_label: str


def pictogram_for(item: Item) -> str:
    return PICTOGRAMS.get(item.id, DEFAULT_PICTOGRAM)


def office_contact(service: ContentService) -> Office | None:
    """The office's own contact for its posters, or None when it has none."""
    try:
        rows = [i for i in service.directory().local if i.extra.get("origin") == "local"]
    except Exception:  # noqa: BLE001 - a poster still prints without the office's line
        return None
    rows.sort(key=lambda i: (bool(i.extra.get("country")), str(i.extra.get("row_id") or i.id)))
    if not rows:
        return None
    found = rows[0]
    return Office(name=found.title("en").strip(),
                  phone=str(found.extra.get("phone") or "").strip(),
                  website=str(found.extra.get("website") or "").strip(),
                  address=" ".join(str(found.extra.get("address") or "").split()))


def build(service: ContentService | None, item: Item, lang: str,
          second_lang: str | None = None) -> Poster:
    parts = []
    for code in (lang, second_lang) if second_lang else (lang,):
        variant = item.variant(code)
        parts.append(PosterPart(code, variant.title, render_html(variant.body)))
    words = PAGE_WORDS.get(lang, PAGE_WORDS["en"])
    return Poster(tuple(parts), accent_for(item.toolkit), pictogram_for(item),
                  office_contact(service) if service is not None else None,
                  SERVICE_LABEL.get(lang, SERVICE_LABEL["en"]), words["phone"], words["website"])
