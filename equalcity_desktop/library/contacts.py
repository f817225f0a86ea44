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
"""

from __future__ import annotations

import datetime as dt
import errno
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .directory import COUNTRIES, HELPS_WITH
from .languages import COUNTRY_NAMES, HELPS_WITH_WORDS, LANGS, PAGE_WORDS
from .model import Item, Variant

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


DISK_FULL = ("The disk is full, so the contacts were not saved and nothing was changed; free "
             "some space and try again.")


def _disk_full(exc: BaseException) -> bool:
    if isinstance(exc, sqlite3.Error):
        return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


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

_MIGRATIONS: dict[int, str] = {
    # user_version 0 -> 1: the first schema.
    1: """
    CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        organisation TEXT NOT NULL,
        helps_with TEXT NOT NULL DEFAULT '',
        languages TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        opening_hours TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        country TEXT NOT NULL DEFAULT '',
        last_checked TEXT NOT NULL DEFAULT '',
        overrides TEXT NOT NULL DEFAULT ''
    );
    CREATE UNIQUE INDEX contacts_overrides ON contacts(overrides) WHERE overrides != '';
    CREATE TABLE hidden (bundled_id TEXT PRIMARY KEY);
    """,
}
_SEP = "\n"  # lists are stored one value a line


def _to_row(contact: Contact) -> tuple[str, ...]:
    return tuple(_SEP.join(v) if isinstance(v, tuple) else v
                 for v in (getattr(contact, n) for n in FIELD_NAMES))


def _from_row(row: Sequence[str]) -> Contact:
    values = dict(zip(FIELD_NAMES, row, strict=True))
    for name in LIST_FIELDS:
        values[name] = tuple(v for v in values[name].split(_SEP) if v)
    return Contact(**values)


class ContactStore:
    """The contacts file. Thread-safe (one connection behind a lock): the
    window edits it on the UI thread while searches read it on the worker.
    The file is created on the first write, never by reading."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._writes = 0

    # -- connection
    def _connect(self, create: bool) -> sqlite3.Connection | None:
        if self._conn is not None:
            return self._conn
        if not create and not self.path.is_file():
            return None
        existed = self.path.exists()
        try:
            if create:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000,
                                   isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            if _disk_full(exc):
                raise ContactsError(DISK_FULL) from None
            raise ContactsError(f"The contacts file {self.path} cannot be opened ({exc}).") \
                from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._migrate(conn)
        except ContactsError:
            conn.close()
            raise
        except sqlite3.Error as exc:
            conn.close()
            if not existed:  # never leave an empty file behind (a full disk, say)
                for leftover in (self.path, self.path.with_name(self.path.name + "-journal")):
                    leftover.unlink(missing_ok=True)
            if _disk_full(exc):
                raise ContactsError(DISK_FULL) from None
            raise ContactsError(f"The contacts file {self.path} is damaged or not a contacts "
                                f"file ({exc}); it was left as it is.") from None
        self._conn = conn
        return conn

    def _migrate(self, conn: sqlite3.Connection) -> None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA:
            raise ContactsError("The contacts file was written by a newer version of the app; "
                                "update the app to read it.")
        if version == SCHEMA:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]  # another window?
            for target in range(version + 1, SCHEMA + 1):
                for statement in _MIGRATIONS[target].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back itself (a full disk)
                conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def version(self) -> tuple[int, int, bool]:
        """Changes whenever this store or another process writes the file."""
        with self._lock:
            try:
                conn = self._connect(create=False)
            except ContactsError:
                return (-1, self._writes, False)
            if conn is None:
                return (0, self._writes, False)
            try:
                return (conn.execute("PRAGMA data_version").fetchone()[0], self._writes, True)
            except sqlite3.Error:
                return (-1, self._writes, True)

    # -- reading
    def rows(self) -> list[Contact]:
        with self._lock:
            conn = self._connect(create=False)
            if conn is None:
                return []
            try:
                cursor = conn.execute(f"SELECT {', '.join(FIELD_NAMES)} FROM contacts "
                                      "ORDER BY id")
                return [_from_row(r) for r in cursor]
            except sqlite3.Error as exc:
                raise ContactsError(f"The contacts file cannot be read ({exc}).") from None

    def hidden(self) -> set[str]:
        with self._lock:
            conn = self._connect(create=False)
            if conn is None:
                return set()
            try:
                return {r[0] for r in conn.execute("SELECT bundled_id FROM hidden")}
            except sqlite3.Error as exc:
                raise ContactsError(f"The contacts file cannot be read ({exc}).") from None

    # -- writing
    def write(self, *, upsert: Sequence[Contact] = (), insert_only: Sequence[Contact] = (),
              delete: Sequence[str] = (), hide: Sequence[str] = (),
              unhide: Sequence[str] = (), expect: dict[str, Contact | None] | None = None,
              ) -> None:
        """Everything in one transaction: all of it is written, or nothing.

        ``insert_only`` rows fail if their id exists; ``expect`` maps ids to
        the row they must still hold (None: absent), so an import previewed
        before a colleague's edit does not overwrite it."""
        with self._lock:
            conn = self._connect(create=True)
            assert conn is not None
            columns = ", ".join(FIELD_NAMES)
            marks = ", ".join("?" for _ in FIELD_NAMES)
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    for row_id, before in (expect or {}).items():
                        now = conn.execute(f"SELECT {columns} FROM contacts WHERE id = ?",
                                           (row_id,)).fetchone()
                        if (None if now is None else _from_row(now)) != before:
                            raise ContactsError("The contacts changed since the preview (a "
                                                "colleague may have edited them); preview "
                                                "the import again.")
                    conn.executemany(f"INSERT INTO contacts ({columns}) VALUES ({marks})",
                                     map(_to_row, insert_only))
                    updates = ", ".join(f"{n} = excluded.{n}" for n in FIELD_NAMES[1:])
                    conn.executemany(f"INSERT INTO contacts ({columns}) VALUES ({marks}) "
                                     f"ON CONFLICT(id) DO UPDATE SET {updates}",
                                     map(_to_row, upsert))
                    conn.executemany("DELETE FROM contacts WHERE id = ?",
                                     ((i,) for i in delete))
                    conn.executemany("INSERT OR IGNORE INTO hidden VALUES (?)",
                                     ((i,) for i in hide))
                    conn.executemany("DELETE FROM hidden WHERE bundled_id = ?",
                                     ((i,) for i in unhide))
                    conn.execute("COMMIT")
                except BaseException:
                    if conn.in_transaction:  # SQLite may have rolled back itself (a full disk)
                        conn.execute("ROLLBACK")
                    raise
            except sqlite3.IntegrityError:
                raise ContactsError("Two contacts would share an id or replace the same "
                                    "bundled contact; nothing was saved.") from None
            except (sqlite3.Error, UnicodeEncodeError) as exc:
                if _disk_full(exc):
                    raise ContactsError(DISK_FULL) from None
                raise ContactsError(f"The contacts could not be saved ({exc}); nothing was "
                                    "changed.") from None
            finally:
                self._writes += 1

    def save(self, contact: Contact) -> None:
        self.write(upsert=[contact])

    def delete(self, contact_id: str) -> None:
        self.write(delete=[contact_id])

    def hide(self, bundled_id: str) -> None:
        self.write(hide=[bundled_id])

    def unhide(self, bundled_id: str) -> None:
        self.write(unhide=[bundled_id])


# -- the effective list --------------------------------------------------------


def is_stale(last_checked: str, today: dt.date) -> bool:
    """Never checked, or checked more than a year ago."""
    try:
        return (today - dt.date.fromisoformat(last_checked)).days > STALE_AFTER_DAYS
    except (TypeError, ValueError):
        return True


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>])")


def md_escape(text: str) -> str:
    """Text typed by the office, shown literally through Markdown."""
    return _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;"))


def country_name(code: str, lang: str) -> str:
    if not code:
        return PAGE_WORDS.get(lang, PAGE_WORDS["en"])["this_office"]
    return COUNTRY_NAMES.get(lang, COUNTRY_NAMES["en"]).get(code, code.upper())


def helps_with_label(topic: str, lang: str) -> str:
    return HELPS_WITH_WORDS.get(lang, HELPS_WITH_WORDS["en"]).get(topic, topic)


def _stale_line(last_checked: str, lang: str) -> str:
    words = PAGE_WORDS[lang]
    when = f" ({last_checked})" if last_checked else ""
    return f"**{words['check_label']}:** {words['stale']}{when}.\n\n"


def local_item(contact: Contact, today: dt.date) -> Item:
    """A local row as a page in every language: the office's text as written,
    the labels in each language."""
    item_id = contact.overrides or contact.id
    stale = is_stale(contact.last_checked, today)
    item = Item(id=item_id, kind="contact", toolkit="all", audience=("workers",), extra={
        "origin": "override" if contact.overrides else "local", "row_id": contact.id,
        "country": contact.country, "helps_with": list(contact.helps_with),
        "phone": contact.phone, "website": contact.website,
        "languages": list(contact.languages), "last_checked": contact.last_checked,
        "address": contact.address, "opening_hours": contact.opening_hours,
        "notes": contact.notes, "stale": stale, "stale_reason": "stale" if stale else "",
    })
    aliases = tuple(dict.fromkeys((*contact.helps_with,
                                   *(helps_with_label(h, lang) for lang in LANGS
                                     for h in contact.helps_with))))
    for lang in LANGS:
        words = page = PAGE_WORDS[lang]
        rows = []
        for label, value in ((page["phone"], contact.phone), (page["website"], contact.website),
                             (page["hours"], contact.opening_hours),
                             (words["address"], contact.address),
                             (words["languages_spoken"], ", ".join(contact.languages))):
            if value.strip():
                rows.append(f"**{label}:** {md_escape(' '.join(value.split()))}")
        rows.append(f"**{words['helps_with']}:** "
                    + md_escape(", ".join(helps_with_label(h, lang) for h in contact.helps_with)))
        notes = "\n\n".join(md_escape(" ".join(p.split()))
                            for p in re.split(r"\n\s*\n", contact.notes) if p.strip())
        checked = (f"*{page['checked']} {contact.last_checked}. {page['verify']}*"
                   if contact.last_checked else f"*{words['never']} {page['verify']}*")
        body = ((_stale_line(contact.last_checked, lang) if stale else "")
                + "  \n".join(rows) + "\n\n" + (notes + "\n\n" if notes else "")
                + checked + f"\n\n*{words['local']}*\n")
        item.variants[lang] = Variant(lang=lang, title=contact.organisation.strip(),
                                      summary=" ".join(contact.notes.split())[:300],
                                      body=body, aliases=aliases + (contact.country,)
                                      if contact.country else aliases)
    return item


def staleness(item: Item, today: dt.date) -> str:
    """Why a contact should be checked before use, as a key of PAGE_WORDS, or "".

    The office's own rows age with the date they were last checked (a year).
    A bundled contact ages with its source: the year the source states, when
    it states one (more than two full years before this year), else the day
    the source was read (more than a year ago)."""
    extra = item.extra
    if extra.get("origin") in ("local", "override"):
        return "stale" if is_stale(str(extra.get("last_checked") or ""), today) else ""
    year = extra.get("source_year")
    if isinstance(year, int):
        return "old_source" if today.year - year > SOURCE_STALE_YEARS else ""
    return "old_read" if is_stale(str(extra.get("last_checked") or ""), today) else ""


def stale_text(item: Item, reason: str, lang: str) -> str:
    """The words for ``reason`` (from :func:`staleness`) in ``lang``."""
    words = PAGE_WORDS.get(lang, PAGE_WORDS["en"])
    return words[reason].format(year=item.extra.get("source_year") or "",
                                date=item.extra.get("last_checked") or "")


def bundled_item(item: Item, today: dt.date) -> Item:
    """A bundled contact as shown: marked when its source is old (see :func:`staleness`)."""
    reason = staleness(replace(item, extra={**item.extra, "origin": "bundled"}), today)
    extra = {**item.extra, "origin": "bundled", "row_id": "", "stale": bool(reason),
             "stale_reason": reason}
    variants = item.variants
    if reason:
        variants = {}
        for lang, v in item.variants.items():
            code = lang if lang in PAGE_WORDS else "en"
            note = (f"**{PAGE_WORDS[code]['check_label']}:** "
                    f"{md_escape(stale_text(item, reason, code))}.\n\n")
            variants[lang] = replace(v, body=note + v.body)
    return replace(item, extra=extra, variants=dict(variants))


@dataclass
class Directory:
    """The effective contacts at one version of the file."""

    items: list[Item] = field(default_factory=list)
    by_id: dict[str, Item] = field(default_factory=dict)
    local: list[Item] = field(default_factory=list)  # local rows and overrides
    masked: frozenset[str] = frozenset()  # bundled ids that are hidden or overridden
    hidden: frozenset[str] = frozenset()
    error: str | None = None  # the file could not be read: bundled contacts only
    version: object = None  # changes with the file and the day


def effective(bundled: Iterable[Item], rows: Iterable[Contact], hidden: Iterable[str],
              today: dt.date, error: str | None = None) -> Directory:
    """Bundled minus hidden and overridden, plus the local rows."""
    bundled = {item.id: item for item in bundled}
    hidden_ids = frozenset(hidden) & bundled.keys()
    local = []
    for contact in rows:
        if contact.overrides and contact.overrides not in bundled:
            contact = replace(contact, overrides="")  # noqa: PLW2901 - its bundled one is gone
        if not contact.overrides and contact.id in bundled:
            continue  # a row that would shadow a bundled id without saying so
        local.append(local_item(contact, today))
    overridden = frozenset(i.id for i in local if i.extra["origin"] == "override")
    masked = hidden_ids | overridden
    items = [bundled_item(i, today) for i in bundled.values() if i.id not in masked] + local
    items.sort(key=lambda i: sort_key(i, "en"))
    return Directory(items=items, by_id={i.id: i for i in items}, local=local, masked=masked,
                     hidden=hidden_ids, error=error)


def sort_key(item: Item, lang: str) -> tuple[int, str, str]:
    """This office first, then the bundled countries in their order, then others."""
    country = str(item.extra.get("country", ""))
    rank = 0 if not country else (1 + COUNTRIES.index(country) if country in COUNTRIES
                                  else 1 + len(COUNTRIES))
    return (rank, country, item.title(lang).casefold())


def _rank(item: Item, order: dict[str, int], card_origin: str) -> tuple:
    helps = [h for h in item.extra.get("helps_with", ()) if h in order]
    # A content pack's contacts come after every bundled one, so a pack never
    # pushes a bundled contact out of a bundled card's list (a pack's own
    # cards rank that pack's contacts like bundled ones).
    foreign_pack = 1 if item.origin and item.origin != card_origin else 0
    local = 0 if item.extra.get("origin") in ("local", "override") else 1
    return (foreign_pack, min(order[h] for h in helps), -len(helps), local,
            len(item.extra.get("helps_with", ())), sort_key(item, "en"))


def matching(items: Iterable[Item], topics: Sequence[str], limit: int = 6,
             card_origin: str = "") -> list[Item]:
    """The contacts that help with ``topics`` (most specific topic first):
    bundled ones before a content pack's; then those matching an earlier
    topic, then the office's own, then the ones that help with fewer things."""
    order = {topic: n for n, topic in enumerate(topics)}
    found = [item for item in items if any(h in order for h in item.extra.get("helps_with", ()))]
    found.sort(key=lambda item: _rank(item, order, card_origin))
    return found[:limit]


def by_country(items: Iterable[Item], topics: Sequence[str], card_origin: str = "",
               per_country: int = PER_COUNTRY) -> list[tuple[str, list[Item]]]:
    """The best matching contacts of each country (see :func:`matching`), at
    most ``per_country`` each: this office first, then the EU-wide numbers
    and other countries when something matches, and always each of
    GUIDE_COUNTRIES (perhaps with nothing: its line still links its guide)."""
    groups: dict[str, list[Item]] = {}
    for item in items:
        groups.setdefault(str(item.extra.get("country") or ""), []).append(item)
    codes = [c for c in groups if c not in COUNTRIES and c]
    out = []
    for code in ("", *COUNTRIES, *sorted(codes)):
        found = matching(groups.get(code, ()), topics, per_country, card_origin)
        if found or code in GUIDE_COUNTRIES:
            out.append((code, found))
    return out


def card_topics(card: Item) -> tuple[str, ...]:
    """``helps_with`` from the front matter of a card's English file (the
    loader keeps no unknown keys, so it is read here; unknown words are left out)."""
    from . import frontmatter

    path = card.variants["en"].path if "en" in card.variants else ""
    try:
        meta = frontmatter.split(Path(path).read_text(encoding="utf-8")).meta
    except (OSError, UnicodeDecodeError, frontmatter.FrontMatterError):
        return ()
    value = meta.get("helps_with")
    if not isinstance(value, list):
        return ()
    return tuple(dict.fromkeys(v for v in value if v in HELPS_WITH))


def with_contact_links(body: str, heading: str, groups: Sequence[tuple[str, Sequence[Item]]],
                       lang: str, guides: dict[str, str] | None = None) -> str:
    """``body`` (a card's Markdown) with one line per country at the end of
    the section headed ``heading``: its contacts from ``groups`` (see
    :func:`by_country`) and a link to its country guide (``guides`` maps a
    country code to the guide's id). Unchanged without the heading or lines."""
    lines = body.split("\n")
    try:
        start = next(n for n, line in enumerate(lines) if line.strip() == f"## {heading}")
    except StopIteration:
        return body
    guides = guides or {}
    words = PAGE_WORDS.get(lang, PAGE_WORDS["en"])
    rows = []
    for code, found in groups:
        links = []
        for item in found:
            check = f" ({words['check_label'].lower()})" if item.extra.get("stale") else ""
            pack = (f" ({words['from_pack'].lower()} “{md_escape(item.origin_title(lang))}”)"
                    if item.origin else "")  # a pack's contact never passes for bundled
            links.append(f"[{md_escape(item.title(lang))}](contact:{item.id}){check}{pack}")
        where = country_name(code, lang)
        guide = guides.get(code)
        guide_link = (f"[{md_escape(words['guide'].format(country=where))}](country:{guide})"
                      if guide else "")
        if not links and not guide_link:
            continue
        rows.append(f"- **{md_escape(where)}:** " + " · ".join(links)
                    + (" — " if links and guide_link else "") + guide_link)
    if not rows:
        return body
    end = next((n for n in range(start + 1, len(lines)) if lines[n].startswith("## ")),
               len(lines))
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    block = ["", words["from_list"], "", *rows, ""]
    return "\n".join(lines[:end] + block + lines[end:])
