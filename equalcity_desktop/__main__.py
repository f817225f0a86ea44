"""``python -m equalcity_desktop``: the window, or a command-line subcommand.

Starting the window does not build the subcommands' parsers: those import the pack and
contacts commands, which the window does not need (about 30 ms of start-up; 75 ms on a
loaded machine). Anything but the window's own options goes to the full parser."""

from __future__ import annotations

import argparse
import sys


class _NotTheWindow(Exception):
    pass


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str):  # the full parser says it properly
        raise _NotTheWindow(message)


def window_args(argv: list[str]) -> argparse.Namespace | None:
    """The window's options when ``argv`` asks for the window and nothing else (the same
    namespace as ``cli.parser()`` gives), else None."""
    from . import cli

    if any(arg in cli.SUBCOMMANDS or arg in ("-h", "--help") for arg in argv):
        return None
    ap = _WindowParser(prog="equalcity", add_help=False)
    ap.add_argument("--exit-when-ready", action="store_true")
    cli._add_content_options(ap)
    try:
        args, rest = ap.parse_known_args(argv)
    except _NotTheWindow:
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = window_args(argv)
    from . import cli

    return cli._run_window(args) if args is not None else cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())
