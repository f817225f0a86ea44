"""Save as PDF and print from a window: the file and print dialogs and the
messages around render/pdf.py, in one place for every window that prints.

Texts keep the "MainWindow" translation context they had when this lived
in the main window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_NAME
from ..library import printable
from ..library.service import ContentService
from ..render.pdf import PdfRequest, PrintError, export_pdf, page_name, render
from .file_dialogs import ask_save_path


def save_pdf(parent: QWidget, content: ContentService, request: PdfRequest,
             path: Path | None = None) -> bool:
    """Ask where (unless ``path``), write the PDF, say so in one sentence if not."""
    path = path or ask_save_path(parent, QCoreApplication.translate("MainWindow", "Save as PDF"),
                                 QCoreApplication.translate("MainWindow", "PDF (*.pdf)"))
    if path is None:
        return False
    try:
        export_pdf(content, request, path)
    except PrintError as exc:  # e.g. a second language for the glossary
        QMessageBox.information(parent, APP_NAME, str(exc))
        return False
    except OSError as exc:
        QMessageBox.warning(parent, APP_NAME, QCoreApplication.translate(
            "MainWindow", "The PDF could not be saved: %1").replace("%1", exc.strerror or str(exc)))
        return False
    return True


def print_with_dialog(parent: QWidget, content: ContentService, print_id: str,
                      lang: str) -> bool:
    """Print through the system dialog, on the paper chosen there when the
    item can be printed on it (a card on A3 is not: it gets its first size)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # not on the start path

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    page = page_name(printer)
    sizes = printable.page_sizes(content, print_id)
    render(content, PdfRequest(print_id, lang, page if page in sizes else sizes[0]), printer)
    return True
