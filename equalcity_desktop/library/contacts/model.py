"""A contact of the office's own: the record, its checks, and a new id for it."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace

from .directory import HELPS_WITH

FILE_NAME = "contacts.sqlite3"
SCHEMA = 1  # PRAGMA user_version of a file this app writes
STALE_AFTER_DAYS = 365
GUIDE_COUNTRIES = ("be", "lu", "it", "se")  # the countries with a guide, on every card
PER_COUNTRY = 3  # contacts per country under "Who can help"
SOURCE_STALE_YEARS = 2  # a bundled contact's source older than this many full years: check it
BUSY_TIMEOUT_MS = 10_000
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PHONE_RE = re.compile(r"^[0-9+(][0-9 ()./+-]{0,39}$")
COUNTRY_RE = re.compile(r"^[a-z]{2}$")
MAX_TEXT = 2_000  # characters in one field; notes may hold more
MAX_NOTES = 10_000



class ContactsError(Exception):
    """A contacts file that cannot be read or written; the message is one
    sentence for the person at the PC."""


@dataclass(frozen=True)
class Contact:
    """One local row. ``country`` is a two-letter code or "" (this office);
    ``last_checked`` an ISO date or "" (never); ``overrides`` the id of the
    bundled contact it replaces, or ""."""

    id: str
    organisation: str
    helps_with: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    address: str = ""
    phone: str = ""
    opening_hours: str = ""
    website: str = ""
    notes: str = ""
    country: str = ""
    last_checked: str = ""
    overrides: str = ""

    def same_content(self, other: Contact) -> bool:
        return replace(self, id="") == replace(other, id="")


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Contact))
LIST_FIELDS = ("helps_with", "languages")


def problems(contact: Contact, today: dt.date | None = None) -> list[str]:
    """What is wrong with a row, one sentence each (empty when it can be saved)."""
    out = []
    if not contact.organisation.strip():
        out.append("The organisation needs a name.")
    if not contact.helps_with:
        out.append("Say what it helps with (at least one topic).")
    unknown = [h for h in contact.helps_with if h not in HELPS_WITH]
    if unknown:
        out.append(f"Unknown topic {unknown[0]!r}; use: " + ", ".join(HELPS_WITH) + ".")
    if not (contact.phone.strip() or contact.website.strip() or contact.address.strip()):
        out.append("Give a phone number, a website or an address.")
    if contact.phone and not PHONE_RE.match(contact.phone):
        out.append(f"The phone number {contact.phone!r} may hold only digits, spaces, "
                   "+ ( ) . / and -.")
    if contact.website and (any(c.isspace() for c in contact.website)
                            or len(contact.website) > 200):
        out.append("The website must be one address without spaces.")
    if contact.country and not COUNTRY_RE.match(contact.country):
        out.append(f"The country {contact.country!r} must be a two-letter code such as be, "
                   "or empty for this office.")
    if contact.last_checked:
        try:
            checked = dt.date.fromisoformat(contact.last_checked)
        except ValueError:
            out.append(f"The date {contact.last_checked!r} must look like 2026-11-28.")
        else:
            if checked > (today or dt.date.today()) + dt.timedelta(days=1):
                out.append(f"The date {contact.last_checked} is in the future.")
    if contact.id and not ID_RE.match(contact.id):
        out.append(f"The id {contact.id!r} may hold only lowercase letters, digits and '-'.")
    for name in FIELD_NAMES:
        value = getattr(contact, name)
        texts = value if isinstance(value, tuple) else (value,)
        limit = MAX_NOTES if name == "notes" else MAX_TEXT
        if any(len(t) > limit for t in texts):
            out.append(f"The {name.replace('_', ' ')} is longer than {limit:,} characters.")
        if any("\0" in t for t in texts):
            out.append(f"The {name.replace('_', ' ')} holds a NUL character.")
    return out


def slug(text: str) -> str:
    """Lowercase ASCII words joined by '-', for a new id."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "-".join(re.findall(r"[a-z0-9]+", plain.lower()))[:40].strip("-")


def new_id(organisation: str, taken: Iterable[str]) -> str:
    """``local-<name>``, with a number when that is taken."""
    used = set(taken)
    base = "local-" + (slug(organisation) or "contact")
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


# -- the file ----------------------------------------------------------------

def is_stale(last_checked: str, today: dt.date) -> bool:
    """Never checked, or checked more than a year ago."""
    try:
        return (today - dt.date.fromisoformat(last_checked)).days > STALE_AFTER_DAYS
    except (TypeError, ValueError):
        return True

