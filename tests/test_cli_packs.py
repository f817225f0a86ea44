"""The pack commands end to end, as an admin's script runs them on a fresh
profile (EQUALCITY_* folders): keys, sign, install (refused unsigned, then
allowed), list, remove; every refusal one sentence on stderr with exit 1."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from equalcity_desktop.library import packs

from .conftest import CONTENT, ROOT
from .library.pack_helpers import TEST_KEY, write_key_file
from .library.test_packs import pack_source


def run(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EQUALCITY_")}
    env |= {"EQUALCITY_SETTINGS_DIR": str(profile / "settings"),
            "EQUALCITY_DATA_DIR": str(profile / "data"),
            "EQUALCITY_CACHE_DIR": str(profile / "cache"),
            "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "equalcity_desktop", *args], check=False,
                          env=env,
                          capture_output=True, text=True, timeout=300, cwd=ROOT)


def one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("refused: ") and lines[0].endswith(".")
    return lines[0]


def test_an_admin_script_on_a_fresh_profile(tmp_path: Path) -> None:
    profile = tmp_path / "fresh"  # nothing exists yet: no settings, data or cache folder
    keys = tmp_path / "usb"
    keys.mkdir()
    # The office makes its key once, away from the app's folders ...
    made = run(profile, "pack", "keys", "generate", "Ghent office", "-o", str(keys / "ghent.key"))
    assert made.returncode == 0, made.stderr
    assert stat.S_IMODE((keys / "ghent.key").stat().st_mode) == 0o600
    inside = run(profile, "pack", "keys", "generate", "x", "-o",
                 str(profile / "settings" / "x.key"))
    assert "may not be kept in the app's folder" in one_sentence(inside)
    # ... builds and signs a pack ...
    src = pack_source(tmp_path / "src", cards=1)
    unsigned, signed = tmp_path / "city-unsigned.zip", tmp_path / "city.zip"
    assert run(profile, "pack", "build", str(src), "-o", str(unsigned)).returncode == 0
    built = run(profile, "pack", "build", str(src), "-o", str(signed), "--key",
                str(keys / "ghent.key"))
    assert built.returncode == 0, built.stderr
    assert "signed by Ghent office" in built.stdout

    # A PC that trusts no key refuses both, in one sentence, and installs nothing.
    refused = one_sentence(run(profile, "pack", "install", str(signed)))
    assert "signed with a key this PC does not trust" in refused
    assert "--allow-unsigned" in refused
    assert "not signed" in one_sentence(run(profile, "pack", "install", str(unsigned)))
    assert run(profile, "pack", "list").stdout.strip() == "No content packs are installed."

    # The admin trusts the office's public key, then installs.
    added = run(profile, "pack", "keys", "add", str(keys / "ghent.key.pub"), "--name",
                "Ghent office")
    assert added.returncode == 0, added.stderr
    assert "Ghent office" in run(profile, "pack", "keys", "list").stdout
    assert not (profile / "settings" / "ghent.key").exists()
    assert (profile / "settings" / "trusted-keys.yaml").is_file()
    installed = run(profile, "pack", "install", str(signed))
    assert installed.returncode == 0, installed.stderr
    assert "installed pack city 1.0" in installed.stdout
    assert "signed by Ghent office" in installed.stdout
    listed = run(profile, "pack", "list").stdout
    assert "city" in listed and "signed by Ghent office" in listed

    # Remove, then the unsigned one only with --allow-unsigned, with a warning.
    assert run(profile, "pack", "remove", "city").returncode == 0
    assert "no pack 'city' is installed" in one_sentence(run(profile, "pack", "remove", "city"))
    allowed = run(profile, "pack", "install", "--allow-unsigned", str(unsigned))
    assert allowed.returncode == 0, allowed.stderr
    assert "warning: the pack is not signed" in allowed.stderr
    assert "[not signed]" in run(profile, "pack", "list").stdout

    # Forgetting the key: a signed pack is refused again.
    assert run(profile, "pack", "keys", "remove", "Ghent office").returncode == 0
    assert "does not trust" in one_sentence(run(profile, "pack", "install", str(signed)))
    assert "no trusted key is named" in one_sentence(
        run(profile, "pack", "keys", "remove", "Ghent office"))


def test_sign_then_check_and_a_tampered_pack(tmp_path: Path) -> None:
    profile = tmp_path / "p"
    key = write_key_file(tmp_path / "test.key", TEST_KEY)
    src = pack_source(tmp_path / "src", cards=1)
    archive = tmp_path / "city.zip"
    packs.build(src, archive, folder=tmp_path / "none", bundled=CONTENT)
    signed = run(profile, "pack", "sign", str(archive), "--key", str(key))
    assert signed.returncode == 0, signed.stderr
    checked = run(profile, "pack", "check", str(archive))
    assert checked.returncode == 0 and checked.stdout.strip() == f"{archive}: 0 problems"
    assert "signed with a key this PC does not trust" in checked.stderr
    # The manifest changed after signing: refused, even with --allow-unsigned.
    import zipfile

    with zipfile.ZipFile(archive) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    entries["pack.yaml"] = entries["pack.yaml"].replace(b"version: '1.0'", b"version: '9.0'")
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(tampered, "w") as zf:
        for name, body in entries.items():
            zf.writestr(name, body)
    refused = one_sentence(run(profile, "pack", "install", "--allow-unsigned", str(tampered)))
    assert "changed after it was signed" in refused
    assert run(profile, "pack", "check", str(tampered)).returncode == 1
    missing = one_sentence(run(profile, "pack", "install", str(tmp_path / "nope.zip")))
    assert "is not a pack file" in missing
