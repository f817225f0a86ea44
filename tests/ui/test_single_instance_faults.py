"""A damaged lock never keeps the app closed (issue 17.2): a lock that
cannot be read, is empty, belongs to no running process, comes from another
computer or from before the boot is stale and taken over; request files
never pile up."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSysInfo

from equalcity_desktop.ui import single_instance
from equalcity_desktop.ui.single_instance import REQUEST_TTL_S, SingleInstance

from ..conftest import ROOT


def lock_text(pid: int, host: str | None = None, boot: str | None = None) -> bytes:
    host = QSysInfo.machineHostName() if host is None else host
    lines = [str(pid), "python3", host, "machine"]
    if boot is not None:
        lines.append(boot)
    return ("\n".join(lines) + "\n").encode()


def a_dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(proc.stdout)


def take(folder: Path) -> SingleInstance:
    guard = SingleInstance(folder)
    assert guard.acquire()
    return guard


@pytest.mark.parametrize(("name", "data"), [
    ("empty", b""), ("blank", b"\n\n"), ("damaged", b"\x00\xff garbage"),
    ("no pid", b"python3\nhost\n"), ("pid zero", b"0\npython3\nhost\n"),
])
def test_an_empty_or_damaged_lock_is_taken_over(qapp, tmp_path: Path, name: str,
                                                data: bytes) -> None:
    (tmp_path / "instance.lock").write_bytes(data)
    guard = take(tmp_path)
    assert guard.took_over in ("empty", "damaged")
    assert guard.lock.isLocked()
    assert not SingleInstance(tmp_path).acquire()  # and it guards again
    guard.release()


def test_an_unreadable_lock_is_taken_over(qapp, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "instance.lock").write_bytes(lock_text(os.getppid()))
    monkeypatch.setattr(single_instance, "_read", lambda _lock: None)  # EACCES, EIO, ...
    guard = take(tmp_path)
    assert guard.took_over == "unreadable"
    guard.release()


def test_a_folder_in_the_locks_place_is_taken_over(qapp, tmp_path: Path) -> None:
    (tmp_path / "instance.lock").mkdir()
    guard = take(tmp_path)
    assert guard.took_over == "not a file"
    assert (tmp_path / "instance.lock").is_file()
    guard.release()


def test_a_lock_of_a_process_that_is_gone_is_taken_over(qapp, tmp_path: Path) -> None:
    (tmp_path / "instance.lock").write_bytes(lock_text(a_dead_pid()))
    guard = take(tmp_path)
    assert guard.took_over == "no process"
    guard.release()


def test_a_lock_from_another_computer_is_taken_over(qapp, tmp_path: Path) -> None:
    (tmp_path / "instance.lock").write_bytes(lock_text(os.getppid(), host="other-pc"))
    guard = take(tmp_path)
    assert guard.took_over == "another computer"
    guard.release()


def test_a_lock_older_than_the_boot_is_taken_over(qapp, tmp_path: Path) -> None:
    booted = single_instance.boot_time()
    if booted is None:
        pytest.skip("the boot time is not known on this system")
    lock = tmp_path / "instance.lock"
    lock.write_bytes(lock_text(os.getppid()))  # a running process: the id was reused
    os.utime(lock, (booted - 3600, booted - 3600))
    guard = take(tmp_path)
    assert guard.took_over == "before boot"
    guard.release()


def test_a_lock_of_another_boot_is_taken_over(qapp, tmp_path: Path) -> None:
    if single_instance._current_boot_id() is None:
        pytest.skip("no boot id on this system")
    (tmp_path / "instance.lock").write_bytes(lock_text(os.getppid(), boot="an-old-boot"))
    guard = take(tmp_path)
    assert guard.took_over == "before boot"
    guard.release()


def test_a_live_instance_still_keeps_the_second_out(qapp, tmp_path: Path) -> None:
    code = ("import sys, time; from pathlib import Path; from PySide6.QtCore import "
            "QCoreApplication; app = QCoreApplication([]); from equalcity_desktop.ui."
            "single_instance import SingleInstance; s = SingleInstance(Path(sys.argv[1])); "
            "print(s.acquire(), flush=True); time.sleep(60)")
    first = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert first.stdout.readline().strip() == "True"
        second = SingleInstance(tmp_path)
        assert not second.acquire()
        assert second.took_over is None
    finally:
        first.kill()
        first.communicate(timeout=30)


def test_requests_nobody_answers_are_cleaned(qapp, tmp_path: Path) -> None:
    old = [tmp_path / f"raise-{n}" for n in (11, 12, 13)]
    for path in old:
        path.write_bytes(b"")
        os.utime(path, (time.time() - REQUEST_TTL_S - 5,) * 2)
    fresh = tmp_path / "raise-14"
    fresh.write_bytes(b"")
    asker = SingleInstance(tmp_path)
    assert asker.ask_first_to_raise()
    left = sorted(p.name for p in tmp_path.glob("raise-*"))
    assert left == sorted(["raise-14", f"raise-{os.getpid()}"])
    guard = take(tmp_path)  # the first instance to start removes every request
    assert not list(tmp_path.glob("raise-*"))
    guard.release()


def test_the_app_opens_its_window_over_an_empty_lock(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "EQUALCITY_CACHE_DIR": str(tmp_path / "cache"),
           "EQUALCITY_SETTINGS_DIR": str(tmp_path / "settings"),
           "EQUALCITY_DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path)}
    folder = tmp_path / "cache" / "instance"
    folder.mkdir(parents=True)
    (folder / "instance.lock").write_bytes(b"")
    for n in range(5):
        (folder / f"raise-{n + 100}").write_bytes(b"")
    started = subprocess.run([sys.executable, "-m", "equalcity_desktop", "--exit-when-ready"],
                             env=env, cwd=ROOT, capture_output=True, text=True, timeout=600,
                             check=False)
    assert "already open" not in started.stderr
    assert started.returncode == 0, started.stderr[-2000:]
    assert not list(folder.glob("raise-*"))
