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
    # Offline app: no TLS in the bundle at all.
    assert not any(n.startswith(("libssl", "libcrypto", "_ssl.", "_hashlib.")) for n in names)
    assert size < 130e6, f"{size / 1e6:.1f} MB"
    # Qt's translations: just the three qtbase catalogues.
    qt_qm = {f.name for f in root.rglob("*.qm") if not f.name.startswith("equalcity_")}
    assert qt_qm == {"qtbase_nl.qm", "qtbase_fr.qm", "qtbase_pt_BR.qm"}
    if sys.platform == "linux":
        icu = next(root.rglob("libicudata.so.*"))
        assert icu.stat().st_size < 8e6  # filtered (packaging/icu_data.py); the full one is 32 MB


def test_the_smaller_icu_data_keeps_what_four_languages_need() -> None:
    """The filter copies a package byte for byte when it keeps everything, and
    keeps the core tables, our languages, root and single-byte code pages."""
    sys.path.insert(0, str(ROOT / "packaging"))
    import icu_data
    from PySide6.QtCore import QLibraryInfo

    lib = next(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
               .glob("libicudata.so.*"), None)
    if lib is None:
        pytest.skip("this Qt has no bundled ICU")
    data = lib.read_bytes()
    _name, offset, size = icu_data._symbol(data)
    package = data[offset:offset + size]
    assert icu_data.filter_package(package, keep=lambda _n, _b: True)[0] == package
    small, dropped = icu_data.filter_package(package)
    assert len(small) < len(package) / 4
    dropped_names = {d.split("/", 1)[1] for d in dropped}
    for kept in ("coll/nl.res", "coll/fr.res", "coll/pt.res", "coll/root.res", "coll/ucadata.icu",
                 "nl_BE.res", "pt_PT.res", "en_GB.res", "root.res", "pool.res", "res_index.res",
                 "cnvalias.icu", "ibm-5348_P100-1997.cnv", "uts46.nrm", "supplementalData.res",
                 "brkitr/word.brk", "zone/fr.res"):
        assert kept not in dropped_names, kept
    for gone in ("coll/zh.res", "de.res", "brkitr/cjdict.dict", "translit/root.res",
                 "gb18030.cnv"):
        assert gone in dropped_names, gone


def test_the_frozen_app_passes_its_smoke_test(bundle: Path, private_profile: Path,
                                             tmp_path: Path) -> None:
    """The real window in the bundle: start, search, open a card with Enter, switch
    the interface (ours and Qt's catalogue) and the content language, save a PDF, quit."""
    from pypdf import PdfReader

    out = tmp_path / "smoke"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([str(bundle), "--smoke-test", str(out)], env=env,
                            capture_output=True, text=True, timeout=180, check=False)
    report = json.loads((out / "smoke.json").read_text(encoding="utf-8"))
    steps = {s["step"]: s for s in report["steps"]}
    assert result.returncode == 0 and report["passed"], (report, result.stderr[-2000:])
    assert report["errors"] == []
    assert list(steps) == ["start", "search", "open card", "interface language",
                           "content language", "export pdf", "quit"]
    assert steps["start"]["frozen"] and steps["start"]["prebuilt_index"]
    assert steps["search"]["results"][0] == "suicidal-thoughts"
    assert steps["open card"]["id"] == "suicidal-thoughts"
    assert steps["interface language"]["file_menu"] == "&Bestand"
    assert steps["interface language"]["qt_cancel"].replace("&", "") == "Annuleren"
    # Qt's catalogue came from inside the bundle, not from a PySide6 on this machine.
    assert Path(steps["interface language"]["qt_catalogue"]).is_relative_to(bundle.parent)
    assert steps["content language"]["interface_still"] == "nl"
    text = PdfReader(out / "card.pdf").pages[0].extract_text()
    assert "automutilation" in text and "suicide" in text  # the French card
    # It kept to its own settings and the bundle's index: the profile is untouched.
    assert not any((private_profile / "settings").iterdir())
    cache = private_profile / "cache" / "index"
    assert not cache.exists() or not any(p.name.startswith("v") for p in cache.iterdir())


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


def test_the_frozen_app_runs_portable_from_a_copied_folder(bundle: Path, tmp_path: Path,
                                                           private_profile: Path) -> None:
    """A copy of the folder with a `portable` file beside the executable (as on a USB
    stick) keeps its settings and cache in data/ there, and nothing in the profile."""
    import shutil

    stick = tmp_path / "stick" / "equalcity"
    shutil.copytree(bundle.parent, stick, symlinks=True, copy_function=os.link)  # cheap copy
    (stick / "portable").touch()
    env = {k: v for k, v in os.environ.items() if not k.startswith("EQUALCITY_")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(private_profile / "home"))
    result = subprocess.run([str(stick / bundle.name), "--exit-when-ready"], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert (stick / "data" / "settings" / "settings.ini").is_file()
    assert (stick / "data" / "cache").is_dir()
    written = [p for p in (private_profile / "home").rglob("*") if p.is_file()]
    assert written == []
    assert not (bundle.parent / "data").exists()  # the original folder is untouched
