"""The cyclic collector rests while the window starts and resumes once search is ready,
with what start-up made frozen (equalcity_desktop/startup_gc.py)."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from pathlib import Path

from equalcity_desktop import startup_gc

from ..conftest import ROOT

# The real start (`python -m equalcity_desktop --exit-when-ready`), with the collector's
# state printed at each start-up milestone.
WATCH = """
import atexit, gc, sys
frozen_at_start = gc.get_freeze_count()  # 0 on 3.11; 3.12 starts with some
from equalcity_desktop import startup_gc, timing
startup_gc.RESUME_AT_THE_LATEST_S = 3600  # a slow machine must not resume it before ready
from equalcity_desktop.__main__ import main
shown = timing.milestone
def milestone(name):
    shown(name)
    print(name, gc.isenabled(), gc.get_freeze_count() > frozen_at_start, flush=True)
timing.milestone = milestone
atexit.register(milestone, "exit")
sys.exit(main(["--exit-when-ready"]))
"""


def test_the_collector_rests_until_search_is_ready_then_resumes_with_start_up_frozen(
        tmp_path: Path, bundled_index: Path) -> None:
    shutil.copytree(bundled_index, tmp_path / "cache" / "index")  # a start as users have it
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EQUALCITY_T0="0",
               EQUALCITY_SETTINGS_DIR=str(tmp_path / "settings"),
               EQUALCITY_CACHE_DIR=str(tmp_path / "cache"))
    out = subprocess.run([sys.executable, "-c", WATCH], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=600, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    states = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    assert states["shown"] == "False False"  # paused, nothing frozen yet
    assert states["ready"] == "False False"  # the milestone is printed just before it resumes
    assert states["exit"] == "True True"


# A user's start (no --exit-when-ready, no milestones): the collector resumes once the
# content is open, and no search is made that nobody asked for.
PLAIN = """
import gc, sys
from PySide6.QtWidgets import QApplication
from equalcity_desktop import startup_gc
from equalcity_desktop.__main__ import main
from equalcity_desktop.ui.search_service import SearchService
startup_gc.RESUME_AT_THE_LATEST_S = 3600
asked = []
search = SearchService.search
SearchService.search = lambda self, *a, **k: (asked.append(a), search(self, *a, **k))[1]
resume = startup_gc.resume
def resumed():
    resume()
    print("resumed", gc.isenabled(), len(asked), flush=True)
    QApplication.instance().quit()
startup_gc.resume = resumed
sys.exit(main([]))
"""


def test_a_users_start_resumes_the_collector_when_the_content_is_open_and_searches_nothing(
        tmp_path: Path, bundled_index: Path) -> None:
    shutil.copytree(bundled_index, tmp_path / "cache" / "index")
    env = {k: v for k, v in os.environ.items() if k != "EQUALCITY_T0"}
    env.update(QT_QPA_PLATFORM="offscreen", EQUALCITY_SETTINGS_DIR=str(tmp_path / "settings"),
               EQUALCITY_CACHE_DIR=str(tmp_path / "cache"))
    out = subprocess.run([sys.executable, "-c", PLAIN], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=600, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.splitlines()[0] == "resumed True 0"


def test_resume_freezes_once_and_leaves_a_running_collector_alone() -> None:
    assert gc.isenabled()
    before = gc.get_freeze_count()
    startup_gc.resume()  # already running: nothing to do
    assert gc.isenabled() and gc.get_freeze_count() == before
    try:
        startup_gc.pause()
        assert not gc.isenabled()
        startup_gc.resume()
        assert gc.isenabled() and gc.get_freeze_count() > before
    finally:
        gc.unfreeze()  # the test process's objects go back to being collected
        gc.enable()
