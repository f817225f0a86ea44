"""``equalcity contacts import FILE [--dry-run]`` and ``contacts export FILE``:
the office's contacts from a terminal or a script, with the same checks and
sentences as the window (.io). Every refusal is one sentence on
stderr and exit code 1, with nothing written; success is exit code 0. Light
to import: the parser is built at every start, the rest only when it runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..service import ContentService

HELP = "import or export this office's contacts (CSV or JSON, see README)"


def add_parser(sub: argparse._SubParsersAction,
               add_content_options: Callable[[argparse.ArgumentParser], None]) -> None:
    contacts = sub.add_parser("contacts", help=HELP)
    contacts_sub = contacts.add_subparsers(dest="contacts_command", required=True)
    imp = contacts_sub.add_parser("import", help="add and update contacts from a CSV or JSON "
                                  "file; one line per row added, changed or skipped")
    imp.add_argument("file")
    imp.add_argument("--dry-run", action="store_true",
                     help="say what the import would do and write nothing")
    add_content_options(imp)
    exp = contacts_sub.add_parser("export", help="write this office's own contacts to a .csv "
                                  "(for spreadsheets) or .json file")
    exp.add_argument("file")
    add_content_options(exp)


def _refuse(sentence: str) -> int:
    print(sentence, file=sys.stderr)
    return 1


def run(args: argparse.Namespace, make_service: Callable[[], ContentService]) -> int:
    from . import io as contacts_io
    from .model import ContactsError

    service = make_service()
    try:
        if args.contacts_command == "import":
            return _import(service, Path(args.file), args.dry_run)
        return _export(service, Path(args.file))
    except (contacts_io.ImportFailed, contacts_io.ExportFailed, ContactsError) as exc:
        return _refuse(str(exc))
    except Exception as exc:  # noqa: BLE001 - a file never ends in a traceback
        return _refuse(contacts_io.unexpected(exc))
    finally:
        service.close()


def _import(service: ContentService, path: Path, dry_run: bool) -> int:
    from . import io as contacts_io

    library = service.library
    bundled = {i.id for i in library.of_kind("contact")}
    store = service.contact_store()
    plan = contacts_io.preview(path, store, bundled, set(library.items) - bundled)
    rows = ([(p.line, f"add: {p.contact.organisation}") for p in plan.added]
            + [(p.line, f"change: {p.contact.organisation} ("
                + ", ".join(p.changes).replace("_", " ") + ")") for p in plan.changed]
            + [(s.line, "skip: " + (f"{s.organisation}: " if s.organisation else "") + s.reason)
               for s in plan.skipped])
    for line, text in sorted(rows, key=lambda r: r[0]):
        print(f"line {line}: {text}")
    if plan.ignored_columns:
        print("columns not used: " + ", ".join(plan.ignored_columns))
    counts = (f"{len(plan.added)} to add, {len(plan.changed)} to change, "
              f"{len(plan.skipped)} skipped")
    if dry_run:
        print(f"{path.name}: {counts}; nothing was written (--dry-run).")
        return 0
    written = contacts_io.apply(store, plan) if plan.writes else 0
    print(f"{path.name}: {counts}; {written} written.")
    return 0


def _export(service: ContentService, path: Path) -> int:
    from . import io as contacts_io

    if path.suffix.lower() not in (".csv", ".json"):
        return _refuse(f"Name the file .csv (for spreadsheets) or .json, not {path.name}.")
    rows = service.contact_store().rows()
    if not rows:
        return _refuse("There are no contacts of this office to export yet; nothing was "
                       "written.")
    contacts_io.export(path, rows)
    print(f"{path}: {len(rows)} contact{'s' * (len(rows) != 1)} exported.")
    return 0
