"""The SQLite file of the office's own contacts, shared by every colleague on the PC.

Every write is one transaction; a busy timeout lets two windows on the same PC wait
for each other instead of failing on a lock; ``user_version`` numbers the schema for
later migrations.
"""

from __future__ import annotations

import errno
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

from .model import BUSY_TIMEOUT_MS, FIELD_NAMES, LIST_FIELDS, SCHEMA, Contact, ContactsError

DISK_FULL = ("The disk is full, so the contacts were not saved and nothing was changed; free "
             "some space and try again.")


def _disk_full(exc: BaseException) -> bool:
    if isinstance(exc, sqlite3.Error):
        return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


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


