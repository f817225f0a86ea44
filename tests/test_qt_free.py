"""The core and the command line never import Qt."""

from __future__ import annotations

import pkgutil
import re
import subprocess
import sys

import equalcity_desktop.library as library_pkg

from .conftest import ROOT


def test_no_module_of_the_core_imports_pyside6() -> None:
    modules = [f"equalcity_desktop.library.{m.name}"
               for m in pkgutil.iter_modules(library_pkg.__path__)]
    assert len(modules) >= 10
    code = ("import sys\n"
            + "".join(f"import {m}\n" for m in modules)
            + "import equalcity_desktop.cli, equalcity_desktop.resources\n"
            + "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))\n"
            + "print(','.join(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    assert out.stdout.strip() == ""


def test_the_core_sources_import_nothing_from_qt_or_the_ui() -> None:
    imports = re.compile(r"^\s*(?:from|import)\s+(?:PySide6|shiboken6|\.\.ui|"
                         r"equalcity_desktop\.(?:ui|app))", re.MULTILINE)
    for path in (ROOT / "equalcity_desktop" / "library").glob("*.py"):
        assert not imports.search(path.read_text(encoding="utf-8")), path.name


def test_portable_mode_keeps_data_beside_the_app(tmp_path, monkeypatch) -> None:
    from equalcity_desktop import resources
    from equalcity_desktop.library import paths

    monkeypatch.delenv("EQUALCITY_CACHE_DIR", raising=False)
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    monkeypatch.setattr(resources, "app_dir", lambda: stick)
    assert resources.portable_data_dir() is None
    assert not str(paths.cache_dir()).startswith(str(stick))
    (stick / "portable").write_text("", encoding="utf-8")
    assert resources.portable_data_dir() == stick / "data"
    assert paths.cache_dir() == stick / "data" / "cache"
