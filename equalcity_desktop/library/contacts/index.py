"""A small search index in memory over the office's own contacts.

The main index is built from the bundled content and takes seconds to
rebuild, so it never holds local rows: they get this index, with the same
schema and documents (library/index.py), updated with each change. One
changed row costs about 30 ms; a complete build about 6 ms a row, so a large
import (over ``BACKGROUND_FROM`` rows to index) is built on a thread of its
own while searches go on with the previous one.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Sequence

from whoosh.filedb.filestore import RamStorage
from whoosh.index import Index

from .. import index
from ..model import Item, Library
from ..search import Searcher

BACKGROUND_FROM = 100  # documents to (re)index; fewer are done before the search runs


def _documents(items: Sequence[Item]) -> dict[str, dict[str, str]]:
    return {doc["id"]: doc for doc in index.documents(Library(items={i.id: i for i in items}))}


def _fingerprint(item: Item) -> str:
    """Everything the index takes from an item, hashed without rendering its
    Markdown (rendering every row again made one edit among 1,000 take 2.7 s)."""
    parts = [item.id, item.kind, item.toolkit]
    for lang, v in sorted(item.variants.items()):
        parts += [lang, v.title, v.summary, v.body, *v.aliases]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


class LocalContactIndex:
    """Follows a list of contact items; ``searcher(items, main, version)``
    returns a searcher over the newest state it has. ``version`` changes
    whenever the list may have changed (cheap to compare; the documents are
    not). Called from one thread; a large build runs on a thread of its own."""

    def __init__(self) -> None:
        self._ix: Index | None = None
        self._prints: dict[str, str] = {}
        self._version: object = None
        self._searcher: Searcher | None = None
        self._main: Searcher | None = None
        self._lock = threading.Lock()
        self._pending: threading.Thread | None = None
        self._pending_version: object = None
        self._built: tuple[Index, dict[str, str], object] | None = None  # from the thread

    @property
    def building(self) -> bool:
        return self._pending is not None and self._pending.is_alive()

    def searcher(self, items: Sequence[Item], main: Searcher, version: object
                 ) -> Searcher | None:
        self._take_built()
        if self._main is not main and self._ix is not None:
            self._renew(main)
        self._main = main
        if version == self._version or (self.building and version == self._pending_version):
            return self._searcher
        prints = {item.id: _fingerprint(item) for item in items}
        changed = [d for d, p in prints.items() if self._prints.get(d) != p]
        removed = [d for d in self._prints if d not in prints]
        if len(changed) > BACKGROUND_FROM:
            self._build_in_background(_documents(items), prints, version)
            return self._searcher
        if self._ix is None:
            self._ix = self._build(_documents(items))
        elif changed or removed:
            docs = _documents([item for item in items if item.id in set(changed)])
            with self._ix.writer() as writer:
                for doc_id in removed:
                    writer.delete_by_term("id", doc_id)
                for doc_id in changed:
                    writer.update_document(**docs[doc_id])
        self._prints, self._version = prints, version
        self._renew(main)
        return self._searcher

    def _renew(self, main: Searcher) -> None:
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = Searcher(self._ix, stats_from=main) if self._ix is not None else None
        if self._searcher is not None:
            self._searcher.build_on_demand = False  # typos are the main index's business

    def _take_built(self) -> None:
        with self._lock:
            built, self._built = self._built, None
        if built is not None:
            self._ix, self._prints, self._version = built
            if self._main is not None:
                self._renew(self._main)

    @staticmethod
    def _build(docs: dict[str, dict[str, str]]) -> Index:
        ix = RamStorage().create_index(index.schema())
        with ix.writer() as writer:
            for doc in docs.values():
                writer.add_document(**doc)
        return ix

    def _build_in_background(self, docs: dict[str, dict[str, str]], prints: dict[str, str],
                             version: object) -> None:
        self.wait()  # one build at a time; the newest list wins
        self._take_built()
        self._pending_version = version

        def run() -> None:
            ix = self._build(docs)
            with self._lock:
                self._built = (ix, prints, version)

        self._pending = threading.Thread(target=run, name="equalcity-contacts-index",
                                         daemon=True)
        self._pending.start()

    def wait(self) -> None:
        """Until a background build is done (tests, closing), then use it."""
        if self._pending is not None:
            self._pending.join()
            self._pending = None
        self._take_built()

    def close(self) -> None:
        self.wait()
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
