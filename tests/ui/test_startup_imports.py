"""The window's start path imports no library it does not need to show the
window: Whoosh, YAML, Markdown and nh3 load on first use (measured: 40 ms for
Markdown, 15 ms for YAML, 75-100 ms for Whoosh on this machine), and the modules
only some actions need (printing and PDF, presenting, the client views, the
dialogs) load when first used (about 80 ms of imports and PySide6 enum set-up)."""

from __future__ import annotations

import subprocess
import sys

from ..conftest import ROOT

LATER = ("whoosh", "yaml", "markdown", "nh3")
ON_FIRST_USE = (
    "equalcity_desktop.library.printable", "equalcity_desktop.library.presentation",
    "equalcity_desktop.ui.printing", "equalcity_desktop.render.pdf",
    "equalcity_desktop.render.posters", "equalcity_desktop.render.slides",
    "equalcity_desktop.ui.show", "equalcity_desktop.ui.client_view",
    "equalcity_desktop.ui.language_card", "equalcity_desktop.ui.phrase_view",
    "equalcity_desktop.ui.contacts_dialog", "equalcity_desktop.ui.packs_dialog",
    "equalcity_desktop.ui.file_dialogs", "equalcity_desktop.cli",
    "PySide6.QtPrintSupport",
)


def _loaded_after(code: str, names: tuple[str, ...]) -> str:
    code = (f"import sys; {code}; "
            f"print(sorted(m for m in sys.modules if m.startswith({names!r})))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    return out.stdout.strip()


def test_the_window_module_imports_none_of_the_heavy_libraries() -> None:
    assert _loaded_after("import equalcity_desktop.app, equalcity_desktop.ui.main_window",
                         LATER) == "[]"


def test_the_window_module_imports_what_only_some_actions_need_on_first_use() -> None:
    assert _loaded_after("import equalcity_desktop.app, equalcity_desktop.ui.main_window",
                         ON_FIRST_USE) == "[]"


def test_the_window_uses_the_printable_ids_of_the_core() -> None:
    from equalcity_desktop.library import printable
    from equalcity_desktop.ui import navigation, output

    assert (output.GLOSSARY_ID, output.CONTACTS_ID, navigation.SOURCES_PAGE) == (
        printable.GLOSSARY_ID, printable.CONTACTS_ID, printable.SOURCES_ID)


def test_starting_the_window_builds_no_subcommand_parser() -> None:
    code = "from equalcity_desktop.__main__ import window_args; assert window_args([]) is not None"
    assert _loaded_after(code, ("equalcity_desktop.library.pack_commands",
                                "equalcity_desktop.library.contacts.commands",
                                "equalcity_desktop.library.contacts_commands")) == "[]"


def test_the_window_options_parse_as_the_full_command_line_does() -> None:
    from equalcity_desktop.__main__ import window_args
    from equalcity_desktop.cli import parser

    for argv in ([], ["--exit-when-ready"], ["--exit"], ["--content", "/x"],
                 ["--extra-content", "a", "--extra-content", "b"]):
        args = window_args(argv)
        assert args is not None and vars(args) == vars(parser().parse_args(argv)), argv
    # A subcommand, help, or anything the window does not take: the full parser decides.
    for argv in (["search", "x"], ["--content", "list"], ["-h"], ["--bogus"], ["--content"],
                 ["--ex"], ["stray"]):
        assert window_args(argv) is None, argv
