"""The frozen app: build the onedir bundle and run it (slow; CI runs it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.frozen
EXE = ROOT / "dist" / "equalcity" / ("equalcity.exe" if os.name == "nt" else "equalcity")


@pytest.fixture(scope="module")
def bundle() -> Path:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], cwd=ROOT,
                   check=True, timeout=900)
    assert EXE.is_file()
    return EXE


def test_the_frozen_app_starts_and_search_works(bundle: Path, private_profile: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([str(bundle), "--exit-when-ready"], env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    # The bundle's own index was used: nothing was built in the user's cache.
    cache = private_profile / "cache" / "index"
    assert not cache.exists() or not any(p.name.startswith("v") for p in cache.iterdir())


def test_the_frozen_command_line(bundle: Path) -> None:
    out = subprocess.run([str(bundle), "search", "--json", "--lang", "pt", "suicide"],
                         capture_output=True, text=True, timeout=120, check=True)
    results = json.loads(out.stdout)
    assert results[0]["id"] == "suicidal-thoughts"
    assert results[0]["lang"] == "pt"


def test_the_bundle_is_pruned(bundle: Path) -> None:
    root = bundle.parent
    size = sum(f.stat().st_size for f in root.rglob("*") if f.is_file() and not f.is_symlink())
    names = {f.name for f in root.rglob("*")}
    assert not any(n.startswith(("libQt6Network", "libQt6Qml", "libQt6Quick")) for n in names)
    assert size < 150e6


def test_the_frozen_app_exports_a_pdf(bundle: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "card.pdf"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    subprocess.run([str(bundle), "export-pdf", "--id", "disclosure-sogiesc", "--lang", "fr",
                    "-o", str(out)], capture_output=True, text=True, timeout=120, check=True,
                   env=env)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    assert "orientation" in reader.pages[0].extract_text()


def test_the_bundle_carries_the_translations(bundle: Path) -> None:
    names = {f.name for f in bundle.parent.rglob("*.qm")}
    assert {"equalcity_nl.qm", "equalcity_fr.qm", "equalcity_pt.qm"} <= names
    assert {"qtbase_nl.qm", "qtbase_fr.qm"} <= names


def test_every_bundled_library_finds_what_it_needs(bundle: Path) -> None:
    """ldd inside the bundle: nothing missing beyond what every Linux desktop has."""
    if sys.platform != "linux":
        pytest.skip("ldd is Linux's")
    internal = bundle.parent / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    system_ok = ("libc.so", "libm.so", "libdl.so", "libpthread.so", "librt.so", "ld-linux",
                 "libGL", "libEGL", "libOpenGL", "libGLX", "libxcb.so")
    missing = set()
    for lib in internal.rglob("*.so*"):
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env=env,
                             check=False).stdout
        for line in out.splitlines():
            name = line.split()[0] if line.strip() else ""
            if "not found" in line and not name.startswith(system_ok):
                missing.add(f"{lib.name}: {name}")
    assert missing == set()
