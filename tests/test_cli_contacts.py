"""`contacts import FILE [--dry-run]` and `contacts export FILE` from a script
on a fresh profile, and `build-index --out` on a full disk (issue 17)."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from equalcity_desktop import cli as cli_mod

from .conftest import ROOT


def fresh_profile(tmp_path: Path) -> dict[str, str]:
    profile = tmp_path / "fresh"
    return {**os.environ, "EQUALCITY_DATA_DIR": str(profile / "data"),
            "EQUALCITY_CACHE_DIR": str(profile / "cache"),
            "EQUALCITY_SETTINGS_DIR": str(profile / "settings"), "HOME": str(profile)}


def contacts(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "equalcity_desktop", "contacts", *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, check=False,
                          timeout=300)


def one_sentence(text: str) -> bool:
    text = text.strip()
    return text.endswith(".") and "\n" not in text and "Traceback" not in text


def test_import_dry_run_then_import_then_export(tmp_path: Path) -> None:
    env = fresh_profile(tmp_path)
    data = Path(env["EQUALCITY_DATA_DIR"])
    source = tmp_path / "office.csv"
    source.write_bytes(b"organisation,helps_with,phone,notes\r"  # an old Mac export
                       b"Maison A,violence,02 111 11 11,'=not a formula\r"
                       b"Bad row,nope,1,\r")
    dry = contacts(env, "import", str(source), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines() == [
        "line 2: add: Maison A",
        "line 3: skip: Bad row: Unknown topic 'nope'; use: " + dry.stdout.split("use: ")[1]
        .splitlines()[0],
        "office.csv: 1 to add, 0 to change, 1 skipped; nothing was written (--dry-run)."]
    assert not (data / "contacts.sqlite3").exists()

    done = contacts(env, "import", str(source))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "office.csv: 1 to add, 0 to change, 1 skipped; " \
        "1 written."
    again = contacts(env, "import", str(source))  # the same file twice changes nothing
    assert again.stdout.splitlines()[-1].endswith("0 to add, 0 to change, 2 skipped; 0 written.")

    out = tmp_path / "out.json"
    exported = contacts(env, "export", str(out))
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == f"{out}: 1 contact exported."
    rows = json.loads(out.read_text(encoding="utf-8"))["contacts"]
    assert [(r["organisation"], r["notes"]) for r in rows] == [("Maison A", "=not a formula")]


@pytest.mark.parametrize(("name", "content", "words"), [
    ("deep.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("latin1.csv", "organisation,helps_with,phone\nCaf\xe9,violence,1\n", "not UTF-8"),
    ("no-columns.csv", "name\nA\n", "no column 'helps_with'"),
    ("missing.csv", None, "cannot be opened"),
    ("folder.csv", "", "is a folder, not a file"),
])
def test_a_refused_import_is_one_sentence_exit_1_and_writes_nothing(
        tmp_path: Path, name: str, content: str | None, words: str) -> None:
    env = fresh_profile(tmp_path)
    path = tmp_path / name
    if name.startswith("folder"):
        path.mkdir()
    elif content is not None:
        path.write_bytes(content.encode("latin-1" if "latin1" in name else "utf-8"))
    result = contacts(env, "import", str(path))
    assert result.returncode == 1
    assert words in result.stderr and one_sentence(result.stderr), result.stderr
    assert result.stdout == ""
    assert not (Path(env["EQUALCITY_DATA_DIR"]) / "contacts.sqlite3").exists()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused_at_once(tmp_path: Path) -> None:
    result = contacts(fresh_profile(tmp_path), "import", "/dev/zero")
    assert result.returncode == 1
    assert result.stderr.strip() == "zero is a device, not a file; choose a CSV or JSON file."


def test_export_refusals(tmp_path: Path) -> None:
    env = fresh_profile(tmp_path)
    empty = contacts(env, "export", str(tmp_path / "out.csv"))
    assert empty.returncode == 1 and one_sentence(empty.stderr)
    assert "no contacts of this office" in empty.stderr
    assert not (tmp_path / "out.csv").exists()
    wrong = contacts(env, "export", str(tmp_path / "out.xlsx"))
    assert wrong.returncode == 1 and ".csv" in wrong.stderr and one_sentence(wrong.stderr)


def test_build_index_on_a_full_disk_is_one_sentence(tmp_path: Path, mini_content: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture) -> None:
    from whoosh.filedb.filestore import FileStorage

    def no_room(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(FileStorage, "create_file", no_room)
    out = tmp_path / "ix"
    code = cli_mod.main(["build-index", "--content", str(mini_content), "--out", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[-1] == (f"The index could not be built in {out} (the disk is full); nothing "
                       "was left half-written.")
    assert not any(p.name.startswith("tmp-") for p in out.iterdir())
