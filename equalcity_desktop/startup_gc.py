"""The cyclic garbage collector rests while the window starts.

Start-up allocates objects that live as long as the app (modules, Qt's enums, the
library, the index's tables); the collector scanned them again and again, about 90 ms of
the time to search-ready on our test machine, to find some 400 unreachable objects.
It is paused from the window's first import until search is ready, then everything made
so far is frozen (never scanned again, which also spares each later collection) and
collection resumes. A start that never gets ready resumes at ``RESUME_AT_THE_LATEST_S``.
"""

from __future__ import annotations

import gc

RESUME_AT_THE_LATEST_S = 5.0


def pause() -> None:
    gc.disable()


def resume() -> None:
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
