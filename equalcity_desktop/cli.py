"""The command line. Subcommands never import Qt, so they work on a server.

    python -m equalcity_desktop                      start the window
    python -m equalcity_desktop search [--lang xx] [--limit N] [--json] QUERY|-
    python -m equalcity_desktop list [--json]
    python -m equalcity_desktop check-content [DIR]
    python -m equalcity_desktop build-index [--out DIR]
    python -m equalcity_desktop export-pdf --id ID --lang xx [--page a4|letter|a3]
                                           [--second-lang yy] -o FILE
    python -m equalcity_desktop pack build|sign|check|install|list|remove|keys ...
    python -m equalcity_desktop contacts import FILE [--dry-run] | export FILE
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import resources
from .library.languages import LANGS
from .library.roots import content_roots

if TYPE_CHECKING:
    from .library.service import ContentService

SUBCOMMANDS = ("search", "list", "check-content", "build-index", "export-pdf", "pack",
               "contacts")


def _service(args: argparse.Namespace) -> ContentService:
    from .library.service import ContentService

    roots = content_roots(args.content, args.extra_content)
    prebuilt = None if args.content or args.extra_content else resources.prebuilt_index_dir()
    return ContentService(roots, prebuilt=prebuilt)


def _add_content_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", metavar="DIR", help="use this content folder instead "
                        "of the bundled one")
    parser.add_argument("--extra-content", metavar="DIR", action="append",
                        help="also load this content folder (may be repeated)")


PDF_IDS = """what --id prints:
  a card id            the situation card, on one page
  a module id          the trainer's handout pack: objectives, duration, materials,
                       preparation, the steps as a timed table, trainer notes, debrief
                       questions; the handouts on a page of their own; the slides'
                       text with their notes as an appendix
  a poster id          one page of large type (A4, A3 or Letter)
  a section, term, contact or page id   that item
  a document id        a whole toolkit document (e.g. brussels-training)
  @glossary            every term of the language, A to Z
  @contacts            the local contacts in effect, by country
  @sources             every source behind the text
  @languages           the card a client points at: 28 languages, each in its own
                       script ("I speak this language. I need an interpreter.")
  @client-phrases      key phrases in the client's language: --lang is the client's
                       (e.g. ar, fa, ps, ti, so, kmr, ckb, tr, uk, ru, es), --second-lang
                       the worker's (default en)"""


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="equalcity", description="Equalcity Desktop: the four "
                                 "Equalcity toolkits, offline.")
    ap.add_argument("--exit-when-ready", action="store_true",
                    help="start the window and exit as soon as search works (for tests)")
    _add_content_options(ap)
    sub = ap.add_subparsers(dest="command")

    search = sub.add_parser("search", help="search from the terminal")
    search.add_argument("--lang", default="en", choices=LANGS,
                        help="language of titles and snippets")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--json", action="store_true", help="one JSON array per query")
    search.add_argument("query", nargs="+", help="words to search, or - to read one query "
                        "per line from standard input")
    _add_content_options(search)

    listing = sub.add_parser("list", help="list every item")
    listing.add_argument("--json", action="store_true")
    _add_content_options(listing)

    check = sub.add_parser("check-content", help="validate content, print every problem")
    check.add_argument("dir", nargs="?", help="content folder (default: the bundled one)")

    pdf = sub.add_parser("export-pdf", help="an item, a document, the glossary or the "
                         "contacts as PDF, without a window", epilog=PDF_IDS,
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    pdf.add_argument("--id", required=True, dest="item_id", help="what to print: an item id "
                     "(see `list`), a toolkit document id, @glossary, @contacts, @sources, "
                     "@languages or @client-phrases")
    pdf.add_argument("--lang", default="en", metavar="xx",
                     help="content language: en, nl, fr or pt; for @client-phrases the "
                     "client's language")
    pdf.add_argument("--page", default="a4", choices=("a4", "letter", "a3"),
                     help="paper size; a3 only for posters and flyers")
    pdf.add_argument("--second-lang", choices=LANGS,
                     help="print this language beside the first (show it to the client); "
                     "for a card, a page or a poster")
    pdf.add_argument("-o", "--output", required=True, metavar="FILE")
    _add_content_options(pdf)

    build = sub.add_parser("build-index", help="build the search index")
    build.add_argument("--out", metavar="DIR", help="build into DIR (for packaging)")
    _add_content_options(build)

    from .library import pack_commands  # build, sign, check, install, list, remove, keys

    pack_commands.add_parser(sub)
    from .library.contacts import (
        commands as contacts_commands,  # import FILE [--dry-run], export FILE
    )

    contacts_commands.add_parser(sub, _add_content_options)
    return ap


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parser().parse_args(argv)
    if args.command is None:
        return _run_window(args)
    try:
        return {
            "search": cmd_search, "list": cmd_list,
            "check-content": cmd_check, "build-index": cmd_build, "export-pdf": cmd_pdf,
            "pack": cmd_pack, "contacts": cmd_contacts,
        }[args.command](args)
    except BrokenPipeError:  # `... | head` closed the pipe: not an error
        sys.stderr.close()
        return 0


def _run_window(args: argparse.Namespace) -> int:
    if no_display():
        print("Equalcity: no display was found, so the window cannot open. Search from the "
              "terminal instead: python -m equalcity_desktop search WORDS", file=sys.stderr)
        return 2
    from . import startup_gc

    startup_gc.pause()  # app.run resumes it once search is ready
    from .app import run  # Qt is imported only here

    return run(args)


def no_display() -> bool:
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _print_results(results: list, as_json: bool, batch: bool) -> None:
    if as_json:
        print(json.dumps([r.as_json() for r in results], ensure_ascii=False))
    elif batch:
        print(" ".join(r.id for r in results))
    else:
        if not results:
            print("No results.")
        for rank, r in enumerate(results, 1):
            other = f" (matched in {r.matched_lang})" if r.matched_lang else ""
            print(f"{rank}. {r.title}  [{r.kind}, {r.toolkit}] {r.id}{other}")
            print(f"   {r.snippet_text()}")


def cmd_search(args: argparse.Namespace) -> int:
    service = _service(args)
    if args.query == ["-"]:
        for line in sys.stdin:
            results = service.search(line.rstrip("\n"), args.lang, args.limit)
            _print_results(results, args.json, batch=True)
            sys.stdout.flush()
    else:
        _print_results(service.search(" ".join(args.query), args.lang, args.limit),
                       args.json, batch=False)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from .library.markup import plain_text, word_count

    service = _service(args)
    for problem in service.problems:
        print(f"warning: {problem}", file=sys.stderr)
    rows = []
    for item in service.library.items.values():
        words = {lang: word_count(plain_text(v.body)) for lang, v in item.variants.items()}
        rows.append({"id": item.id, "kind": item.kind, "toolkit": item.toolkit,
                     "title": item.title("en"), "words": words})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for row in rows:
            print(f"{row['kind']:9} {row['toolkit']:11} {row['id']:40} {row['title']}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .library import loader

    folder = Path(args.dir) if args.dir else resources.content_dir()
    result = loader.load([folder])  # always a fresh parse, never a snapshot
    problems = result.problems
    for problem in problems:
        print(problem)
    library = result.library
    kinds: dict[str, int] = {}
    for item in library.items.values():
        kinds[item.kind] = kinds.get(item.kind, 0) + 1
    counted = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) or "no items"
    print(f"{folder}: {len(library.toolkits)} toolkits; {counted}; "
          f"{len(problems)} problem{'s' * (len(problems) != 1)}")
    return 1 if problems else 0


def cmd_build(args: argparse.Namespace) -> int:
    service = _service(args)
    for problem in service.problems:
        print(f"warning: {problem}", file=sys.stderr)
    try:
        path = service.build_index(Path(args.out) if args.out else None)
    except OSError as exc:
        from .library.paths import os_error_text

        where = args.out or "the cache folder"
        print(f"The index could not be built in {where} ({os_error_text(exc)}); nothing was "
              "left half-written.", file=sys.stderr)
        return 1
    print(f"index ready: {path}")
    return 0


def cmd_pdf(args: argparse.Namespace) -> int:
    """Qt's GUI module draws the PDF; offscreen, so no display is needed."""
    if no_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from .library import printable

    service = _service(args)
    if not printable.exists(service, args.item_id):
        print(f"no item, document or collection with id {args.item_id!r} (see `list`, or use "
              "@glossary, @contacts, @sources, @languages, @client-phrases)", file=sys.stderr)
        return 1
    from PySide6.QtGui import QGuiApplication

    from .render.pdf import PdfRequest, export_pdf

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    output = Path(args.output)
    try:
        pages = export_pdf(service, PdfRequest(args.item_id, args.lang, args.page,
                                               args.second_lang), output)
    except printable.PrintError as exc:
        print(f"cannot export {args.item_id}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if not output.is_file() or output.stat().st_size == 0:
        print(f"cannot write {output}", file=sys.stderr)
        return 1
    print(f"{output}: {pages} page{'s' * (pages != 1)}")
    return 0


def cmd_contacts(args: argparse.Namespace) -> int:
    from .library.contacts import commands as contacts_commands

    return contacts_commands.run(args, lambda: _service(args))


def cmd_pack(args: argparse.Namespace) -> int:
    from .library import pack_commands

    return pack_commands.run(args)
