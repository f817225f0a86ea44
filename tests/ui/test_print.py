"""Save as PDF and print from the window, with the file dialog leaving no trace."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from equalcity_desktop.render.pdf import PdfRequest, render

from .conftest import when_dialog_opens


def test_save_as_pdf_through_the_real_dialog_leaves_no_trace(window, qtbot,
                                                               private_profile: Path,
                                                               tmp_path: Path) -> None:
    other = QSettings(QSettings.Scope.UserScope, "QtProject")
    other.setValue("FileDialog/otherProgram", "kept as it was")
    other.sync()
    conf = Path(other.fileName())
    assert str(conf).startswith(str(private_profile))
    window.navigation.open_item("suicidal-thoughts")
    target = tmp_path / "usb-stick-zqxjfolder" / "equalcity.pdf"  # the suggested name
    target.parent.mkdir()

    def answer(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(target.parent))
        dialog.accept()

    answering = when_dialog_opens(answer)
    assert window.output.export_pdf()
    del answering
    assert PdfReader(target).metadata.title == window.content.item("suicidal-thoughts").title("en")
    text = conf.read_text(encoding="utf-8")
    assert "zqxjfolder" not in text
    assert "kept as it was" in text


def test_save_beside_another_language(window, tmp_path: Path) -> None:
    window.navigation.open_item("interpreter-working")
    target = tmp_path / "both.pdf"
    assert window.output.export_pdf("pt", path=target)
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "intérprete" in text.lower() and "interpreter" in text.lower()


def test_nothing_to_print_says_so(window, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    window.navigation.go_home()
    assert not window.output.export_pdf(path=Path("/tmp/never.pdf"))
    assert shown and "Open a card" in shown[0]


def test_printing_draws_on_a_printer(qapp, service, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert render(service, PdfRequest("disclosure-violence-child", "fr", "letter"), printer) == 1
    del printer
    assert "enfant" in PdfReader(tmp_path / "printed.pdf").pages[0].extract_text().lower()


def test_a_handout_pack_and_a_poster_on_a_printer(qapp, service, tmp_path: Path) -> None:
    """The system dialog's printer, set to PDF output, gets every page."""
    from equalcity_desktop.library.languages import PAGE_WORDS

    jobs = ((PdfRequest("rome-module-understanding-children", "pt"), (595, 842),
             PAGE_WORDS["pt"]["handout_pack"]),
            (PdfRequest("brussels-poster-welcome", "fr", "a3"), (842, 1191), "bienvenu"),
            (PdfRequest("@contacts", "nl", "letter"), (612, 792), "Lokale contacten"))
    for number, (request, size, words) in enumerate(jobs):
        target = tmp_path / f"printed-{number}.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        pages = render(service, request, printer)
        del printer
        reader = PdfReader(target)
        assert len(reader.pages) == pages >= 1
        box = reader.pages[-1].mediabox
        assert abs(float(box.width) - size[0]) <= 1 and abs(float(box.height) - size[1]) <= 1
        assert words in " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def test_the_paper_chosen_in_the_dialog_can_be_kept(qapp) -> None:
    from PySide6.QtGui import QPageSize

    from equalcity_desktop.render.pdf import page_name

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    for size, name in ((QPageSize.PageSizeId.A3, "a3"), (QPageSize.PageSizeId.Letter, "letter"),
                       (QPageSize.PageSizeId.A4, "a4"), (QPageSize.PageSizeId.A5, None)):
        printer.setPageSize(QPageSize(size))
        assert page_name(printer) == name
