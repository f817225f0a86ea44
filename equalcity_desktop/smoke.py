"""A self-test of the real window, for the frozen bundle's smoke test in CI.

    equalcity --smoke-test OUTDIR             (the bundle; see packaging/launch.py)
    python -m equalcity_desktop.smoke OUTDIR  (the same from source)

It starts the window as a person would (offscreen unless a display is set),
then: searches, opens the first result with Enter, switches the interface
language (the app's and Qt's own catalogues) and the content language, saves
the open card as a PDF, and quits. It writes OUTDIR/smoke.json, one entry per
step with what was seen, and OUTDIR/card.pdf; the exit code is 0 only if
every step passed. The words searched for are fixed here, and the report goes
only where it is told: nothing about real use is written.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

QUERY = "suicide"  # a fixed probe word: the card "suicidal-thoughts" ranks first
REPORT = "smoke.json"
PDF = "card.pdf"


def _wait(app, condition: Callable[[], bool], timeout: float = 30.0) -> bool:
    from PySide6.QtCore import QEventLoop

    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return True


def _key(widget, key) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def run(outdir: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from . import resources
    from .app import build_window, create_app
    from .library.languages import LANGS
    from .library.service import ContentService
    from .ui.settings import Settings

    outdir.mkdir(parents=True, exist_ok=True)
    steps: list[dict[str, Any]] = []
    errors: list[str] = []
    t0 = time.monotonic()
    # An exception in a Qt slot is only printed; the report must see it too.
    previous_hook = sys.excepthook

    def record(kind, value, tb) -> None:
        errors.append(f"{kind.__name__}: {value}")
        previous_hook(kind, value, tb)

    sys.excepthook = record

    def step(name: str, ok: bool, **seen: Any) -> bool:
        steps.append({"step": name, "ok": bool(ok), "ms": round((time.monotonic() - t0) * 1000),
                      **seen})
        return ok

    app = create_app()
    content = ContentService([resources.content_dir()], prebuilt=resources.prebuilt_index_dir())
    # Settings of its own, so a smoke test never changes a person's languages.
    window = build_window(content, Settings(outdir / "settings"))
    window.show()
    service = window.search_service
    ok = step("start", _wait(app, lambda: service.is_ready and window.isVisible()),
              frozen=bool(getattr(sys, "frozen", False)),
              prebuilt_index=resources.prebuilt_index_dir() is not None,
              ui_language=window.translations.language)

    if ok:
        window.search_panel.focus_search()
        window.search_panel.set_text(QUERY)
        found = _wait(app, lambda: len(window.search_panel.result_ids()) > 0)
        ok = step("search", found, query=QUERY, results=window.search_panel.result_ids()[:5])

    if ok:
        first = window.search_panel.result_ids()[0]
        _key(window.search_box, Qt.Key.Key_Return)  # Enter opens the first result
        opened = _wait(app, lambda: window.navigation.history.current == first, timeout=10)
        title = window.content.item(first).title("en")
        text = window.reading.page.toPlainText()
        ok = step("open card", opened and window.reading.showing_page
                  and title in text, id=first, title=title, chars=len(text))

    if ok:
        action = next(a for a in window.menus.menu("ui_language").actions() if a.data() == "nl")
        action.trigger()
        switched = _wait(app, lambda: window.menus.menu("file").title() == "&Bestand", timeout=10)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
        ok = step("interface language", switched and cancel.replace("&", "") == "Annuleren",
                  language=window.translations.language,
                  file_menu=window.menus.menu("file").title(),
                  placeholder=window.search_box.placeholderText(), qt_cancel=cancel,
                  qt_catalogue=window.translations.qt_catalogue)

    if ok:
        window.content_lang.setCurrentIndex(LANGS.index("fr"))
        title = window.content.item(window.navigation.history.current).title("fr")
        french = _wait(app, lambda: title in window.reading.page.toPlainText(), timeout=10)
        lang = window.language.value
        ok = step("content language", french and lang == "fr", language=lang,
                  title=title, interface_still=window.translations.language)

    if ok:
        pdf = outdir / PDF
        saved = window.output.export_pdf(path=pdf)
        ok = step("export pdf", saved and pdf.is_file() and pdf.stat().st_size > 0,
                  path=str(pdf), bytes=pdf.stat().st_size if pdf.is_file() else 0)

    window.close()
    app.processEvents()
    app.quit()
    if service.stop():  # otherwise the search thread closes it when its open ends
        content.close()
    step("quit", True)
    sys.excepthook = previous_hook
    passed = ok and not errors and all(s["ok"] for s in steps)
    report = {"passed": passed, "steps": steps, "errors": errors}
    (outdir / REPORT).write_text(json.dumps(report, ensure_ascii=False, indent=1),
                                 encoding="utf-8")
    return 0 if passed else 1


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: --smoke-test OUTDIR", file=sys.stderr)
        return 2
    return run(Path(argv[0]))


if __name__ == "__main__":
    sys.exit(main())
