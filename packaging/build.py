"""Build the onedir bundle: translations, the search index, then PyInstaller.

    python packaging/build.py          (what `make bundle` runs)

The same steps work on Windows and macOS; run them there to build there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "equalcity"


def run(*args: str) -> None:
    print("+", " ".join(args), flush=True)
    subprocess.run(args, cwd=ROOT, check=True)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    bindir = Path(sys.executable).parent
    lrelease = shutil.which("pyside6-lrelease", path=str(bindir)) or "pyside6-lrelease"
    for ts in sorted((ROOT / "i18n").glob("*.ts")):
        run(lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm")))
    # Bundle a snapshot of the content, and index exactly that snapshot.
    content, index = ROOT / "build" / "content", ROOT / "build" / "index"
    for folder in (content, index):
        shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(ROOT / "content", content)
    run(sys.executable, "-m", "equalcity_desktop", "check-content", str(content))
    run(sys.executable, "-m", "equalcity_desktop", "build-index", "--content", str(content),
        "--out", str(index))
    env_seed = {"PYTHONHASHSEED": "1"}  # reproducible builds (PyInstaller docs)
    os.environ.update(env_seed)
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"),
        str(ROOT / "packaging" / "equalcity.spec"))
    size = folder_size(DIST)
    print(f"bundle: {DIST} ({size / 1e6:.1f} MB, {sum(1 for _ in DIST.rglob('*'))} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
