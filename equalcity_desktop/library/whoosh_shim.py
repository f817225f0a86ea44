"""WORKAROUND for a slow import in whoosh-reloaded 2.7.5: its reader uses the
``cached-property`` backport, whose module imports asyncio (about 30 ms at
every start) for an async variant Whoosh never uses. Python's own
functools.cached_property does the same job for Whoosh's one use
(``SegmentReader.deleted_docs_set``), so it stands in for the backport.
See https://github.com/Sygil-Dev/whoosh-reloaded/blob/main/src/whoosh/reading.py
"""

from __future__ import annotations

import functools
import sys
import types

if "cached_property" not in sys.modules:
    _shim = types.ModuleType("cached_property")
    _shim.cached_property = functools.cached_property  # type: ignore[attr-defined]
    sys.modules["cached_property"] = _shim
