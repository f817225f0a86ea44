"""One window per user: the second start brings the first forward and exits."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from equalcity_desktop.ui.single_instance import SingleInstance

from ..conftest import LIVENESS_MS, ROOT


def test_second_instance_asks_the_first_to_come_forward(qapp, qtbot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "instance")
    assert first.acquire()
    second = SingleInstance(tmp_path / "instance")
    assert not second.acquire()
    with qtbot.waitSignal(first.raise_requested, timeout=5_000):
        assert second.ask_first_to_raise()
    assert not list((tmp_path / "instance").glob("raise-*"))  # request consumed
    first.release()
    third = SingleInstance(tmp_path / "instance")
    assert third.acquire()  # free again once the first is gone
    third.release()


def test_a_lock_left_by_a_dead_process_does_not_block(qapp, tmp_path: Path) -> None:
    folder = tmp_path / "instance"
    code = ("import sys; from pathlib import Path; from equalcity_desktop.ui.single_instance "
            "import SingleInstance; s = SingleInstance(Path(sys.argv[1])); "
            "print(s.acquire(), flush=True); import os; os._exit(0)")
    out = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "True"
    assert (folder / "instance.lock").exists()  # killed without cleaning up
    assert SingleInstance(folder).acquire()


def test_a_second_app_start_exits_and_leaves_one_window(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "EQUALCITY_CACHE_DIR": str(tmp_path / "cache"),
           "EQUALCITY_SETTINGS_DIR": str(tmp_path / "settings"),
           "EQUALCITY_DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path)}
    first = subprocess.Popen([sys.executable, "-m", "equalcity_desktop"], env=env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lock = tmp_path / "cache" / "instance" / "instance.lock"
        deadline = time.monotonic() + LIVENESS_MS / 1000
        while not lock.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert lock.exists()
        second = subprocess.run([sys.executable, "-m", "equalcity_desktop"], env=env,
                                cwd=ROOT, capture_output=True, text=True,
                                timeout=LIVENESS_MS / 1000, check=False)
        assert second.returncode == 0
        assert "already open" in second.stderr
        assert first.poll() is None  # the first one still runs
    finally:
        first.terminate()
        first.communicate(timeout=LIVENESS_MS / 1000)
