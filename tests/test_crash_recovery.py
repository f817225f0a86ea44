"""A process killed at the worst moment leaves nothing half-done: the next
start opens the previous state, and a killed session leaves no trace of
what was being searched."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from equalcity_desktop import resources
from equalcity_desktop.library import index as index_mod
from equalcity_desktop.library.service import ContentService

from .conftest import LIVENESS_MS, ROOT, make_content


def _env(profile: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(profile / "home"),
            "TMPDIR": str(profile / "tmp"), "XDG_CONFIG_HOME": str(profile / "home" / ".config"),
            "XDG_CACHE_HOME": str(profile / "home" / ".cache"),
            "XDG_DATA_HOME": str(profile / "home" / ".local" / "share"),
            "EQUALCITY_SETTINGS_DIR": str(profile / "settings"),
            "EQUALCITY_CACHE_DIR": str(profile / "cache"),
            "EQUALCITY_DATA_DIR": str(profile / "data")}


STUCK_BUILD = textwrap.dedent("""
    import sys, threading
    from pathlib import Path
    from equalcity_desktop import cli
    from equalcity_desktop.library import index

    real = index.documents

    def stuck(library):
        for n, doc in enumerate(real(library)):
            if n == 5:  # a few documents are in the writer: say so, then never go on
                Path(sys.argv[2]).touch()
                threading.Event().wait()
            yield doc

    index.documents = stuck
    cli.main(["build-index", "--extra-content", sys.argv[1]])
""")


def test_killed_during_an_index_rebuild(private_profile: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    cache = private_profile / "cache" / "index"  # where the command line builds
    before = ContentService([resources.content_dir()], cache=cache)
    assert before.search("interpreter")  # the index of the installed content
    before.close()
    built = sorted(p.name for p in cache.iterdir() if p.name.startswith("v"))

    # New content arrives and the rebuild is killed half-way: its documents stop coming
    # after a few (injected), so the kill always lands mid-build, however fast the machine.
    extra = make_content(tmp_path / "extra")
    marker = tmp_path / "stuck"
    build = subprocess.Popen([sys.executable, "-c", STUCK_BUILD, str(extra), str(marker)], cwd=ROOT,
                             env=_env(private_profile), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + LIVENESS_MS / 1000
        while not marker.exists():
            assert build.poll() is None and time.monotonic() < deadline, "the build never started"
            time.sleep(0.02)
    finally:
        build.send_signal(signal.SIGKILL)
        build.wait()
    leftovers = [p for p in cache.iterdir() if p.name.startswith("tmp-")]
    assert leftovers  # killed mid-way: only a temporary folder, never half an index
    assert sorted(p.name for p in cache.iterdir() if p.name.startswith("v")) == built

    # The next start with the installed content opens its index as it was, without a build.
    def no_build(*_args, **_kwargs):
        raise AssertionError("the index was rebuilt instead of opened")

    monkeypatch.setattr(index_mod, "build", no_build)
    monkeypatch.setattr(index_mod, "build_in_memory", no_build)
    after = ContentService([resources.content_dir()], cache=cache)
    assert after.search("interpreter")
    after.close()
    monkeypatch.undo()
    # An abandoned build is cleaned once it is old enough not to be another
    # process still at work.
    old = time.time() - index_mod.STALE_TMP_SECONDS - 60
    for path in leftovers:
        os.utime(path, (old, old))
    index_mod.remove_stale(cache, built[0])
    assert not [p for p in cache.iterdir() if p.name.startswith("tmp-")]


SESSION = textwrap.dedent("""
    import os, signal, sys, time
    from pathlib import Path
    from equalcity_desktop.app import build_window, create_app
    from equalcity_desktop.library.service import ContentService
    from equalcity_desktop import resources

    app = create_app()
    content = ContentService([resources.content_dir()])
    window = build_window(content)
    window.show()
    while not window.search_service.is_ready:
        app.processEvents()
        time.sleep(0.01)
    window.search_panel.set_text("qqvmarkerxx honour")
    app.processEvents()
    window.navigation.open_item("honour-violence-signs")
    window.output.present()
    app.processEvents()
    window.output.show_session.end()
    window.search_panel.set_text("")
    window.search_panel.set_text("zqxjasylum suicide")  # killed mid-search
    print("typed", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


QUERIES = ("qqvmarkerxx", "zqxjasylum")
OPENED = "honour-violence-signs"  # in the index of course: that is the content itself


def test_killed_mid_search_leaves_no_trace(private_profile: Path) -> None:
    result = subprocess.run([sys.executable, "-c", SESSION], cwd=ROOT,
                            env=_env(private_profile), capture_output=True, text=True,
                            timeout=180, check=False)
    assert result.returncode == -signal.SIGKILL, result.stderr[-2000:]
    assert "typed" in result.stdout
    hits = []
    for path in private_profile.rglob("*"):
        if path.is_file():
            data = path.read_bytes().lower()
            words = QUERIES if "index" in path.relative_to(private_profile).parts[:2] \
                else (*QUERIES, OPENED)
            hits += [f"{path}: {w}" for w in words if w.encode() in data]
    assert hits == []
    # and the next start works
    again = subprocess.run([sys.executable, "-m", "equalcity_desktop", "--exit-when-ready"],
                           cwd=ROOT, env=_env(private_profile), capture_output=True, text=True,
                           timeout=180, check=False)
    assert again.returncode == 0, again.stderr[-2000:]
