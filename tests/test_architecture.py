"""The import rules of docs/ARCHITECTURE.md, read from the source with ``ast``.

tests/test_qt_free.py imports the core and the command line and checks that Qt never
loads at run time; this test reads every module statically instead, so it also sees
imports inside functions (run only by some commands), relative imports, the core's
subpackages, and the rules between the outer layers:

- library/ (the core, with its subpackages) never imports PySide6, shiboken6, ui, app
  or cli, at any level;
- cli.py never imports PySide6 or app at module level (a subcommand may, inside its
  function: export-pdf draws with QtGui, the window is started from there);
- app.py never imports cli (no loop: both take content_roots from library/roots.py);
- ui/ never imports cli or app (app builds the window, not the other way round);
- render/ (QtGui drawing of PDF pages, posters and slides, shared by the command line and
  the window) never imports QtWidgets, ui, app or cli.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "equalcity_desktop"
QT = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Import:
    module: str  # absolute, e.g. "equalcity_desktop.ui.pdf_export"
    line: int
    top_level: bool  # runs when the module is imported (not inside a def)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> list[Import]:
    """Every import in ``path``, relative ones made absolute; ``from X import a`` yields
    both X and X.a (a may be a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[Import] = []

    def visit(node: ast.AST, top_level: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                found.extend(Import(a.name, child.lineno, top_level) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[:len(base) - child.level + 1]
                    module = ".".join([*base, child.module] if child.module else base)
                else:
                    module = child.module or ""
                found.append(Import(module, child.lineno, top_level))
                found.extend(Import(f"{module}.{a.name}", child.lineno, top_level)
                             for a in child.names)
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                visit(child, False)
            else:
                visit(child, top_level)

    visit(tree, True)
    return found


def is_under(module: str, *prefixes: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def modules(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def violations(paths: list[Path], forbidden: tuple[str, ...], top_level_only: bool = False,
               ) -> list[str]:
    return [f"{p.relative_to(ROOT)}:{i.line} imports {i.module}"
            for p in paths for i in imports_of(p)
            if is_under(i.module, *forbidden) and (i.top_level or not top_level_only)]


def test_the_reader_resolves_relative_imports_and_sees_lazy_ones() -> None:
    """The rules below are only as good as this reader: check it on known lines."""
    names = {(i.module, i.top_level) for i in imports_of(PACKAGE / "app.py")}
    assert ("equalcity_desktop.library.roots.content_roots", True) in names
    assert ("equalcity_desktop.ui.main_window", False) in names  # inside build_window
    cli = {(i.module, i.top_level) for i in imports_of(PACKAGE / "cli.py")}
    assert ("equalcity_desktop.app", False) in cli  # the window starts from a function
    assert ("PySide6.QtGui", False) in cli  # export-pdf
    packs = modules(PACKAGE / "library" / "packs")
    assert packs and all(module_name(p).startswith("equalcity_desktop.library.packs")
                         for p in packs)


def test_the_core_imports_neither_qt_nor_the_outer_layers() -> None:
    core = modules(PACKAGE / "library")
    assert len(core) >= 30  # the whole core, subpackages included
    outer = ("equalcity_desktop.ui", "equalcity_desktop.app", "equalcity_desktop.cli")
    assert violations(core, QT + outer) == []


def test_the_command_line_starts_no_qt_and_no_window_when_imported() -> None:
    assert violations([PACKAGE / "cli.py"], (*QT, "equalcity_desktop.app"),
                      top_level_only=True) == []


def test_no_import_loop_between_the_composition_root_and_the_command_line() -> None:
    assert violations([PACKAGE / "app.py"], ("equalcity_desktop.cli",)) == []


def test_the_widgets_never_reach_for_the_command_line_or_the_composition_root() -> None:
    ui = modules(PACKAGE / "ui")
    assert len(ui) >= 25
    assert violations(ui, ("equalcity_desktop.cli", "equalcity_desktop.app")) == []


def test_the_render_code_draws_with_qtgui_only_and_knows_no_widgets() -> None:
    render = modules(PACKAGE / "render")  # none yet: being moved out of ui/
    outer = ("PySide6.QtWidgets", "equalcity_desktop.ui", "equalcity_desktop.app",
             "equalcity_desktop.cli")
    assert violations(render, outer) == []
