"""The office's own contacts: a small SQLite file every colleague shares.

The bundled contacts (``content/directory``) are read-only defaults. An
office adds its own rows, hides a bundled contact, or overrides one (a local
row that takes its place and its id, so links to it keep working). What the
app shows is the *effective* list: bundled minus hidden and overridden, plus
the local rows, as :class:`Item` objects of kind ``contact``.

Local rows are written in the office's own words in one language and shown
as written in every content language; only the few labels around them
(Phone, Hours, ...) follow the content language.

The file lives in ``paths.data_dir()`` so every colleague on a shared PC
sees the same list. Every write is one transaction; a busy timeout lets two
windows on the same PC wait for each other instead of failing on a lock;
``user_version`` numbers the schema for later migrations.

Modules: :mod:`.model` (a contact and its checks), :mod:`.store` (the SQLite file),
:mod:`.directory` (the bundled contacts, ``content/directory``), :mod:`.items` (pages
built from contacts, the effective list, "Who can help"), :mod:`.io` (import and
export, with :mod:`.read` and :mod:`.export`), :mod:`.index` (the search index of the
local rows) and :mod:`.commands` (``equalcity contacts ...``). The names other modules
use are importable from this package.
"""

from __future__ import annotations

from .directory import COUNTRIES, HELPS_WITH
from .items import (
    Directory,
    bundled_item,
    by_country,
    card_topics,
    country_name,
    effective,
    helps_with_label,
    local_item,
    matching,
    md_escape,
    sort_key,
    stale_text,
    staleness,
    with_contact_links,
)
from .model import (
    BUSY_TIMEOUT_MS,
    FIELD_NAMES,
    FILE_NAME,
    GUIDE_COUNTRIES,
    LIST_FIELDS,
    PER_COUNTRY,
    PHONE_RE,
    SCHEMA,
    STALE_AFTER_DAYS,
    Contact,
    ContactsError,
    is_stale,
    new_id,
    problems,
    slug,
)
from .store import DISK_FULL, ContactStore

__all__ = [
    "BUSY_TIMEOUT_MS", "COUNTRIES", "DISK_FULL", "FIELD_NAMES", "FILE_NAME", "GUIDE_COUNTRIES",
    "HELPS_WITH", "LIST_FIELDS", "PER_COUNTRY", "PHONE_RE", "SCHEMA", "STALE_AFTER_DAYS",
    "Contact", "ContactStore", "ContactsError", "Directory", "bundled_item", "by_country",
    "card_topics", "country_name", "effective", "helps_with_label", "is_stale", "local_item",
    "matching", "md_escape", "new_id", "problems", "slug", "sort_key", "stale_text",
    "staleness", "with_contact_links",
]
