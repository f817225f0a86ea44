"""WORKAROUNDS for two slow imports in whoosh-reloaded 2.7.5 that the app
pays at every start without using either (about 40 ms together, measured):

- ``whoosh.reading`` uses the ``cached-property`` backport, whose module
  imports asyncio for an async variant Whoosh never uses. Python's own
  functools.cached_property does the same job for Whoosh's one use
  (``SegmentReader.deleted_docs_set``), so it stands in for the backport.
- ``whoosh.compat`` imports ``urllib.request`` (with http.client and email)
  only to re-export ``urlretrieve``, which nothing on the app's path calls.
  A lazy stand-in takes its place: the real module is imported the first
  time anything in it is used, and replaces the stand-in.

:func:`install` runs when ``equalcity_desktop.library`` is imported, before
any module of it imports Whoosh.
"""

from __future__ import annotations

import functools
import importlib
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


def install() -> None:
    if "whoosh" in sys.modules:
        return
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
