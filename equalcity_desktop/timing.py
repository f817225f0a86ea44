"""Start-up milestones for the benchmark: printed only when EQUALCITY_T0 is set
(by `make bench`), and never anything about what is searched or read."""

from __future__ import annotations

import os
import sys
import time

ENV = "EQUALCITY_T0"


def measuring() -> bool:
    return bool(os.environ.get(ENV))


def milestone(name: str) -> None:
    t0 = os.environ.get(ENV)
    if t0:
        print(f"{name} {time.time() - float(t0):.4f}", file=sys.stderr, flush=True)
