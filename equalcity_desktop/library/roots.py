"""Which content folders are in use: the bundled content (or a folder given on
the command line), any extra folders, and the installed content packs.

Both the command line (cli.py) and the window (app.py) ask this module, so
neither has to import the other."""

from __future__ import annotations

from pathlib import Path

from .. import resources


def content_roots(content: str | None, extra: list[str] | None) -> list[Path]:
    base = Path(content) if content else resources.content_dir()
    roots = [base, *(Path(e) for e in extra or ())]
    if content is None:  # installed packs were checked against the bundled content
        from .pack_store import installed_roots

        roots += installed_roots()
    return roots
