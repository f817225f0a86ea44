"""The one API the window and the command line use to reach the content.

``ContentService`` owns the loaded library, the index and a searcher. It
loads lazily: opening a valid index needs only the key of the content files
(their hash, remembered under their sizes and times: see
:func:`.index.cached_content_key`), and the loaded library is kept as a
snapshot beside the index, so a start with unchanged content parses nothing
and reads no content file. Whoosh, YAML, Markdown and the contacts are
imported on first use, off the window's start-up path.
"""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .model import Item, Library
from .paths import cache_dir, data_dir
from .results import Results

if TYPE_CHECKING:
    from . import contacts as contacts_mod
    from .contacts.index import LocalContactIndex
    from .loader import LoadResult, Problem
    from .search import Searcher


class ContentService:
    def __init__(self, roots: Sequence[Path], cache: Path | None = None,
                 prebuilt: Path | None = None,
                 roots_provider: Callable[[], Sequence[Path]] | None = None) -> None:
        """``roots_provider`` gives the content folders again when they may have
        changed (a content pack installed or removed): see :meth:`fresh`."""
        from .whoosh_shim import faster_pyside_import_hook

        faster_pyside_import_hook()  # for what the search thread imports (a no-op without Qt)
        self.roots = [Path(r) for r in roots]
        self.roots_provider = roots_provider
        self.cache = cache or cache_dir() / "index"
        self.prebuilt = prebuilt
        self._lock = threading.RLock()
        self._loaded: LoadResult | None = None
        self._searcher: Searcher | None = None
        self._key: str | None = None
        # The office's own contacts (library/contacts/), read again whenever
        # the file changes; searched through a small index in memory.
        self.contacts_path: Path | None = None  # None: paths.data_dir()
        self._store: contacts_mod.ContactStore | None = None
        self._directory: tuple[object, contacts_mod.Directory] | None = None
        self._local_index: LocalContactIndex | None = None
        self._card_topics: dict[str, tuple[str, ...]] | None = None

    def fresh(self) -> ContentService:
        """A new service like this one over the content folders as they are
        now; this one keeps working until the caller closes it."""
        roots = self.roots_provider() if self.roots_provider else self.roots
        new = ContentService(roots, self.cache, self.prebuilt, self.roots_provider)
        new.contacts_path = self.contacts_path
        return new

    @property
    def key(self) -> str:
        """Hash of the content and the index schema (computed once): a bundle's
        from the manifest beside its prebuilt index, else remembered in the
        cache under the files' sizes and times."""
        if self._key is None:
            from .index import cached_content_key, key_from_manifest

            if self.prebuilt is not None:
                self._key = key_from_manifest(self.roots, self.prebuilt)
            if self._key is None:
                self._key = cached_content_key(self.roots, self.cache)
        return self._key

    # -- content ---------------------------------------------------------
    def load(self) -> LoadResult:
        with self._lock:
            if self._loaded is None:
                from . import snapshot  # the loader (YAML, Markdown) only if it must parse

                saved = snapshot.path_for(self.cache, self.key)
                # A bundle's snapshot sits beside its prebuilt index (see build_index).
                if self.prebuilt is not None:
                    self._loaded = snapshot.load(snapshot.path_for(self.prebuilt, self.key))
                if self._loaded is None:
                    self._loaded = snapshot.load(saved)
                if self._loaded is None:
                    from . import loader

                    self._loaded = loader.load(self.roots)
                    try:
                        snapshot.save(self._loaded, saved)
                    except (OSError, ValueError):
                        pass  # a read-only cache, or data marshal cannot hold: parse again
            return self._loaded

    @property
    def library(self) -> Library:
        return self.load().library

    @property
    def problems(self) -> list[Problem]:
        return self.load().problems

    def item(self, item_id: str) -> Item | None:
        """Any item; for a contact, the one in effect (local rows included,
        hidden ones not)."""
        item = self.library.items.get(item_id)
        if item is not None and item.kind != "contact":
            return item
        return self.directory().by_id.get(item_id)

    # -- contacts --------------------------------------------------------
    def contact_store(self) -> contacts_mod.ContactStore:
        from . import contacts as contacts_mod

        with self._lock:
            if self._store is None:
                self._store = contacts_mod.ContactStore(
                    self.contacts_path or data_dir() / contacts_mod.FILE_NAME)
            return self._store

    def directory(self) -> contacts_mod.Directory:
        """The effective contacts, read again when the file has changed
        (here or in a colleague's window) or the day has."""
        from . import contacts as contacts_mod

        store = self.contact_store()
        today = dt.date.today()
        version = (store.version(), today)
        with self._lock:
            if self._directory is not None and self._directory[0] == version:
                return self._directory[1]
            bundled = self.library.of_kind("contact")
            try:
                found = contacts_mod.effective(bundled, store.rows(), store.hidden(), today)
            except contacts_mod.ContactsError as exc:
                found = contacts_mod.effective(bundled, (), (), today, error=str(exc))
            found.version = version
            self._directory = (version, found)
            return found

    def contacts(self, lang: str = "en") -> list[Item]:
        """The effective contacts sorted by country (this office first), then name."""
        from . import contacts as contacts_mod

        return sorted(self.directory().items, key=lambda i: contacts_mod.sort_key(i, lang))

    def card_topics(self, item: Item) -> tuple[str, ...]:
        """What a card's "Who can help" is about: ``helps_with`` in the English
        file's front matter (other languages inherit it, as ``sources``)."""
        if "helps_with" in item.extra:
            return tuple(item.extra["helps_with"])
        from . import contacts as contacts_mod

        with self._lock:
            if self._card_topics is None:
                self._card_topics = {card.id: contacts_mod.card_topics(card)
                                     for card in self.library.of_kind("card")}
            return self._card_topics.get(item.id, ())

    # -- search ----------------------------------------------------------
    def searcher(self) -> Searcher:
        with self._lock:
            if self._searcher is None:
                from .index import open_or_build
                from .search import Searcher

                ix = open_or_build(lambda: self.library, self.key, self.cache, self.prebuilt)
                self._searcher = Searcher(ix)
            return self._searcher

    def build_index(self, folder: Path | None = None) -> Path:
        """Build (or find) the index for the current content in ``folder``.
        Built into a folder of its own (packaging), the content's manifest and
        the loaded library are saved beside it, so a bundle's start (the first,
        or every one with a cache wiped at logoff) neither reads the content
        files for their key nor parses them."""
        from . import index as index_mod
        from . import snapshot

        key = self.key
        target = (folder or self.cache) / index_mod.index_name(key)
        if folder is not None:
            index_mod.write_manifest(folder, self.roots, key)
            try:
                snapshot.save(self.load(), snapshot.path_for(folder, key))
            except ValueError:
                pass  # data marshal cannot hold: the bundle parses at its first start
        if target.is_dir():
            ix = index_mod.try_open(target, key)
            if ix is not None:
                ix.close()
                return target
            shutil.rmtree(target, ignore_errors=True)
        return index_mod.build(self.library, folder or self.cache, key)

    def warm_up(self) -> None:
        """Build what the first typo would otherwise wait for."""
        self.searcher().corrector().warm_up()

    def search(self, text: str, lang: str = "en", limit: int = 20, *,
               kinds: Collection[str] = (), toolkits: Collection[str] = ()) -> Results:
        """The main index, without the bundled contacts the office hid or
        replaced, merged by score with the office's own contacts."""
        main = self.searcher()
        if not self.contact_store().version()[2]:  # no file: nothing hidden, nothing local
            return main.search(text, lang, limit, kinds=kinds, toolkits=toolkits)
        directory = self.directory()
        found = main.search(text, lang, limit, kinds=kinds, toolkits=toolkits,
                            exclude_ids=directory.masked)
        if kinds and "contact" not in kinds:
            return found
        local = self._local_searcher(directory, main)
        if local is None:
            return found
        extra = local.search(text, lang, limit, kinds=kinds, toolkits=toolkits)
        if not extra and found.did_you_mean:
            extra = local.search(found.did_you_mean, lang, limit, kinds=kinds,
                                 toolkits=toolkits)
        merged = Results(sorted([*found, *extra], key=lambda r: -r.score)[:limit])
        merged.did_you_mean = found.did_you_mean
        return merged

    def _local_searcher(self, directory: contacts_mod.Directory,
                        main: Searcher) -> Searcher | None:
        if self._local_index is None:
            if not directory.local:
                return None  # no index at all until the office has rows of its own
            from .contacts.index import LocalContactIndex

            self._local_index = LocalContactIndex()
        return self._local_index.searcher(directory.local, main, directory.version)

    def close(self) -> None:
        with self._lock:
            if self._local_index is not None:
                self._local_index.close()
                self._local_index = None
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
            if self._store is not None:
                self._store.close()

    # -- pages -----------------------------------------------------------
    def resolve(self, target: str) -> str | None:
        """The item id an internal link (``card:x``, ``doc:x``, ``term:x``) opens."""
        scheme, _, rest = target.partition(":")
        if scheme == "contact":
            return rest if rest in self.directory().by_id else None
        return self.library.resolve(scheme, rest)

    def page_html(self, item_id: str, lang: str, *, for_print: bool = False,
                  for_client: bool = False) -> str:
        """The item as safe HTML in ``lang`` (English where a language is missing).
        For print, the previous/next links and the sources list are left out
        (the printed footer names the sources). Built by :mod:`.pages`."""
        from . import pages

        return pages.page_html(self, item_id, lang, for_print=for_print, for_client=for_client)

    def sources_html(self, lang: str) -> str:
        """Every source cited in the library, with the items that cite it."""
        from . import pages

        return pages.sources_html(self, lang)

    def country_guides(self) -> dict[str, str]:
        """Country code -> the id of its guide (bundled first)."""
        guides: dict[str, str] = {}
        for guide in sorted(self.library.of_kind("country"), key=lambda i: bool(i.origin)):
            code = str(guide.extra.get("country") or "")
            if code:
                guides.setdefault(code, guide.id)
        return guides
