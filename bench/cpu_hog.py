"""Run a command beside N busy processes and return its exit code: `make test-load`.

    python bench/cpu_hog.py N -- COMMAND [ARGS...]

Each hog spins on pure Python arithmetic until the command ends, so the command sees a
machine with N fewer free cores, as on a shared office PC or a loaded CI runner.
"""

from __future__ import annotations

import multiprocessing
import subprocess
import sys


def _spin() -> None:
    x = 0
    while True:
        x = (x * 31 + 7) % 1_000_003


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[1] != "--" or not argv[0].isdigit():
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    hogs = [multiprocessing.Process(target=_spin, daemon=True) for _ in range(int(argv[0]))]
    for hog in hogs:
        hog.start()
    try:
        return subprocess.run(argv[2:], check=False).returncode
    finally:
        for hog in hogs:
            hog.terminate()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
