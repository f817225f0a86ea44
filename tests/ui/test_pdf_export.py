"""PDFs read back: one page per card, title and creator, embedded fonts,
extractable text in all four languages, a footer with source and date."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from equalcity_desktop.library.service import ContentService
from equalcity_desktop.ui.pdf_export import PdfRequest, export_pdf

from ..conftest import ROOT

CARDS = ("disclosure-sogiesc", "interpreter-working", "youth-rejected-home",
         "residence-permit-dependency")
DAY = dt.date(2026, 11, 28)


def _text(reader: PdfReader) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def _embedded_fonts(reader: PdfReader) -> set[str]:
    found = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is not None and any(
                        k in descriptor.get_object() for k in ("/FontFile2", "/FontFile3")):
                    found.add(str(descendant.get_object()["/BaseFont"]))
    return found


@pytest.mark.parametrize("lang", ["en", "nl", "fr", "pt"])
@pytest.mark.parametrize("page", ["a4", "letter"])
def test_a_card_is_one_page_in_every_language(qapp, service: ContentService, tmp_path: Path,
                                               lang: str, page: str) -> None:
    for card in CARDS:
        out = tmp_path / f"{card}.pdf"
        assert export_pdf(service, PdfRequest(card, lang, page), out, today=DAY) == 1
        reader = PdfReader(out)
        assert len(reader.pages) == 1
        item = service.item(card)
        assert reader.metadata.title == item.title(lang)
        assert reader.metadata.creator.startswith("Equalcity Desktop")
        text = _text(reader)
        heading = item.variant(lang).body.split("\n## ", 2)[1].split("\n")[0]
        assert heading.split()[0] in text  # the first section heading, e.g. "Kort"
        assert "2026-11-28" in text
        assert "1/1" not in text  # no page number on a one-page item
        assert any("DejaVu" in f for f in _embedded_fonts(reader))


def test_two_languages_side_by_side(qapp, service: ContentService, tmp_path: Path) -> None:
    out = tmp_path / "both.pdf"
    export_pdf(service, PdfRequest("suicidal-thoughts", "nl", second_lang="pt"), out, today=DAY)
    text = _text(PdfReader(out))
    for lang in ("nl", "pt"):
        first_word = service.item("suicidal-thoughts").title(lang).split()[0]
        assert first_word in text


def test_a_long_section_gets_page_numbers(qapp, service: ContentService,
                                          tmp_path: Path) -> None:
    out = tmp_path / "module.pdf"
    pages = export_pdf(service, PdfRequest("brussels-module-disclosure", "fr", "a3"), out,
                       today=DAY)
    reader = PdfReader(out)
    assert pages == len(reader.pages) >= 1
    if pages > 1:
        assert f"1/{pages}" in _text(reader)


def test_bad_requests_leave_no_file(qapp, service: ContentService, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(KeyError):
        export_pdf(service, PdfRequest("no-such-card", "en"), tmp_path / "x.pdf")
    with pytest.raises(ValueError, match="languages"):
        export_pdf(service, PdfRequest("suicidal-thoughts", "de"), tmp_path / "x.pdf")
    with pytest.raises(OSError, match="does not exist"):
        export_pdf(service, PdfRequest("suicidal-thoughts", "en"),
                   tmp_path / "missing" / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_form(tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    result = subprocess.run([sys.executable, "-m", "equalcity_desktop", "export-pdf", "--id",
                             "honour-violence-signs", "--lang", "pt", "--page", "letter",
                             "-o", str(out)], capture_output=True, text=True, cwd=ROOT,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "1 page" in result.stdout
    assert PdfReader(out).metadata.title.startswith("Sinais")
