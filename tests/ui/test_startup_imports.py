"""The window's start path imports no library it does not need to show the
window: Whoosh, YAML, Markdown and nh3 load on first use (measured: 40 ms for
Markdown, 15 ms for YAML, 75-100 ms for Whoosh on this machine)."""

from __future__ import annotations

import subprocess
import sys

from ..conftest import ROOT

LATER = ("whoosh", "yaml", "markdown", "nh3")


def test_the_window_module_imports_none_of_the_heavy_libraries() -> None:
    code = ("import sys, equalcity_desktop.app, equalcity_desktop.ui.main_window; "
            f"print([m for m in {LATER!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"
