"""WORKAROUNDS for start-up costs in whoosh-reloaded 2.7.5 that the app pays
at every start for nothing it uses. Three slow imports (about 70 ms together,
measured):

- ``whoosh.reading`` uses the ``cached-property`` backport, whose module
  imports asyncio for an async variant Whoosh never uses. Python's own
  functools.cached_property does the same job for Whoosh's one use
  (``SegmentReader.deleted_docs_set``), so it stands in for the backport.
- ``whoosh.compat`` imports ``urllib.request`` (with http.client and email)
  only to re-export ``urlretrieve``, which nothing on the app's path calls.
  A lazy stand-in takes its place: the real module is imported the first
  time anything in it is used, and replaces the stand-in.
- ``snowballstemmer`` (the Dutch stemmer: see analysis.dutch_stem) imports all thirty of
  its stemmers when the package is imported (20-25 ms on the way to the first search);
  :func:`snowball_dutch` loads the Dutch one alone.
- ``whoosh.query.terms`` imports ``whoosh.lang.morph_en`` (about 30 ms of
  regular expressions compiled at import) only for the ``Variations`` query,
  which the app never builds. A stand-in's ``variations`` imports it on call.

:func:`install` runs when ``equalcity_desktop.library`` is imported, before
any module of it imports Whoosh.

And one copy: an index opened from disk is a memory-mapped compound file,
and each of its parts is opened as a ``BufferFile``, whose constructor copies
the part into a ``BytesIO`` (the terms, postings and stored fields: 10 MB for
the bundled content, copied again for each reader, 10-25 ms at every open),
although most reading goes through ``BufferFile.get`` on the mapped memory.
:func:`lazy_buffer_files` gives a ``BufferFile`` over mapped memory a stream
that reads the mapping itself, made on first use; no copy is made. It is
applied by :mod:`.index` once Whoosh is imported.
"""

from __future__ import annotations

import functools
import importlib
import importlib.machinery
import importlib.util
import sys
import types
from typing import Any


class _LazyUrllibRequest(types.ModuleType):
    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # the import system probes __path__ and the like
            raise AttributeError(name)
        return getattr(_real_urllib_request(), name)


def _real_urllib_request() -> types.ModuleType:
    if isinstance(sys.modules.get("urllib.request"), _LazyUrllibRequest):
        del sys.modules["urllib.request"]
    real = importlib.import_module("urllib.request")
    import urllib

    urllib.request = real  # type: ignore[attr-defined]
    return real


def _urlretrieve(*args: Any, **kwargs: Any) -> Any:
    return _real_urllib_request().urlretrieve(*args, **kwargs)


MORPH_EN = "whoosh.lang.morph_en"


class _MorphStandIn:
    """Gives the stand-in when Whoosh first imports ``morph_en`` (only then, so
    nothing of Whoosh is in ``sys.modules`` before Whoosh is imported)."""

    def __init__(self) -> None:
        self.real_wanted = False

    def find_spec(self, name: str, *_args: Any) -> Any:
        """(a meta path finder and loader, without importlib.abc's 50 ms of imports)"""
        if name != MORPH_EN or self.real_wanted:
            return None
        return importlib.machinery.ModuleSpec(name, self)

    def create_module(self, spec: Any) -> types.ModuleType:
        module = types.ModuleType(spec.name)
        module.variations = self.variations  # type: ignore[attr-defined]
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        pass

    def variations(self, word: str) -> Any:
        self.real_wanted = True
        if getattr(sys.modules.get(MORPH_EN), "variations", None) == self.variations:
            del sys.modules[MORPH_EN]
        return importlib.import_module(MORPH_EN).variations(word)


def install() -> None:
    if "whoosh" in sys.modules:
        return
    if not any(isinstance(finder, _MorphStandIn) for finder in sys.meta_path):
        sys.meta_path.insert(0, _MorphStandIn())
    if "cached_property" not in sys.modules:
        backport = types.ModuleType("cached_property")
        backport.cached_property = functools.cached_property  # type: ignore[attr-defined]
        sys.modules["cached_property"] = backport
    if "urllib.request" not in sys.modules:
        import urllib

        stand_in = _LazyUrllibRequest("urllib.request")
        stand_in.urlretrieve = _urlretrieve  # type: ignore[attr-defined]
        sys.modules["urllib.request"] = stand_in
        urllib.request = stand_in  # type: ignore[attr-defined]


class _MappedStream:
    """The file interface Whoosh reads a ``BufferFile`` through (seek, tell,
    read, readline), over the buffer itself instead of a ``BytesIO`` copy."""

    __slots__ = ("_buf", "_pos")

    def __init__(self, buf: memoryview) -> None:
        self._buf = buf
        self._pos = 0

    def seek(self, pos: int, whence: int = 0) -> int:
        if whence == 1:
            pos += self._pos
        elif whence == 2:  # noqa: PLR2004 - io.SEEK_END
            pos += len(self._buf)
        self._pos = max(pos, 0)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def read(self, size: int | None = -1) -> bytes:
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size is None or size < 0 else min(start + size, len(self._buf))
        self._pos = end
        return bytes(self._buf[start:end])

    def readline(self, size: int | None = -1) -> bytes:
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size is None or size < 0 else min(start + size, len(self._buf))
        rest = bytes(self._buf[start:end])
        cut = rest.find(b"\n")
        line = rest if cut < 0 else rest[:cut + 1]
        self._pos = start + len(line)
        return line

    def __iter__(self) -> Any:
        while line := self.readline():
            yield line

    def close(self) -> None:
        pass


def lazy_buffer_files() -> None:
    """``BufferFile`` reads mapped memory in place; a ``BytesIO`` is made, on
    first use, only for a buffer of bytes (an index in memory, where it is no
    copy)."""
    from io import BytesIO

    from whoosh.filedb.structfile import BufferFile

    if getattr(BufferFile, "_equalcity_lazy", False):
        return

    def __init__(self: Any, buf: Any, name: str | None = None, onclose: Any = None) -> None:
        self._buf = buf
        self._name = name
        self._stream = None
        self.onclose = onclose
        self.is_real = False
        self.is_closed = False

    def get_file(self: Any) -> Any:
        if self._stream is None:
            buf = self._buf
            self._stream = _MappedStream(buf) if isinstance(buf, memoryview) else BytesIO(buf)
        return self._stream

    def set_file(self: Any, value: Any) -> None:
        self._stream = value

    def close(self: Any) -> None:
        if self.is_closed:
            raise Exception("This file is already closed")  # as StructFile.close
        if self.onclose:
            self.onclose(self)
        if self._stream is not None:
            self._stream.close()
        self.is_closed = True

    BufferFile.__init__ = __init__
    BufferFile.file = property(get_file, set_file)
    BufferFile.close = close
    BufferFile._equalcity_lazy = True


# Libraries the core imports on the search thread; none of them uses Qt.
PYSIDE_FREE = ("equalcity_desktop.library", "whoosh", "yaml", "snowballstemmer", "markdown",
               "nh3", "cached_property")


def faster_pyside_import_hook() -> None:
    """WORKAROUND: once PySide6 is imported, its import hook asks of every module
    imported after it whether it uses PySide6, by ``inspect.getsource`` and a search
    for "PySide6" in the text (shibokensupport's ``feature._mod_uses_pyside``, for
    ``from __feature__ import snake_case``): about 0.3 ms a module, 150 modules on
    the search thread's way to the first search (40 ms). The same answer, faster:
    no for the core and the libraries it alone uses (none imports Qt; a test keeps
    the core so), else a byte search of the module's file; anything else (no file,
    no source) goes to PySide6's own test. Does nothing without PySide6 (the command
    line) or when already done."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "equalcity", False):
        return
    prefixes = PYSIDE_FREE + tuple(f"{name}." for name in PYSIDE_FREE)

    def uses_pyside(module: types.ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name in PYSIDE_FREE or name.startswith(prefixes):
            return False
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.equalcity = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # noqa: SLF001


def snowball_dutch() -> Any:
    """snowballstemmer's Dutch stemmer, its module loaded without running the package's
    ``__init__`` (which imports every stemmer it has). The package, when something imports
    it later, runs as usual and reuses the module loaded here."""
    if "snowballstemmer" not in sys.modules:
        try:
            spec = importlib.util.find_spec("snowballstemmer")
            bare = types.ModuleType("snowballstemmer")
            bare.__path__ = list(spec.submodule_search_locations or ())  # type: ignore[union-attr]
            sys.modules["snowballstemmer"] = bare
            try:
                module = importlib.import_module("snowballstemmer.dutch_stemmer")
            finally:
                del sys.modules["snowballstemmer"]  # the real package is imported whole
            return module.DutchStemmer()
        except Exception:  # a layout this does not know: the package's own way
            sys.modules.pop("snowballstemmer.dutch_stemmer", None)
    import snowballstemmer

    return snowballstemmer.stemmer("dutch")
