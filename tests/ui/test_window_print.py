"""Print and PDF from the window: collections, the sources page, and what
prints beside another language."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from equalcity_desktop.render.pdf import CONTACTS_ID, GLOSSARY_ID
from equalcity_desktop.ui.navigation import SOURCES_PAGE


def test_glossary_and_contacts_from_the_file_menu(window, tmp_path: Path) -> None:
    assert window.output.export_pdf(print_id=GLOSSARY_ID, path=tmp_path / "glossary.pdf")
    assert window.output.export_pdf(print_id=CONTACTS_ID, path=tmp_path / "contacts.pdf")
    glossary = PdfReader(tmp_path / "glossary.pdf")
    assert len(glossary.pages) > 5
    term = window.content.library.of_kind("glossary")[0].title("en")
    assert term.split()[0] in " ".join(p.extract_text() for p in glossary.pages)
    contacts = PdfReader(tmp_path / "contacts.pdf")
    assert "1712" in " ".join(p.extract_text() for p in contacts.pages)


def test_the_sources_page_prints(window, tmp_path: Path) -> None:
    window.navigation.open_item(SOURCES_PAGE)
    assert window.output.export_pdf(path=tmp_path / "sources.pdf")
    assert len(PdfReader(tmp_path / "sources.pdf").pages) > 1


def test_beside_another_language_only_where_it_fits(window, monkeypatch,
                                                    tmp_path: Path) -> None:
    window.navigation.open_item("disclosure-sogiesc")
    assert window.menus.menu("beside").isEnabled()
    window.navigation.open_item("brussels-module-disclosure")
    assert not window.menus.menu("beside").isEnabled()
    told = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))
    assert not window.output.export_pdf("nl", path=tmp_path / "pack.pdf")  # asked anyway
    assert len(told) == 1 and not (tmp_path / "pack.pdf").exists()
