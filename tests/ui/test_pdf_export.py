"""PDFs of every kind read back with pypdf: page count and size, title and
creator, embedded fonts, the text of titles and headings in all four
languages, a footer with the date, and page numbers only past one page."""

from __future__ import annotations

import collections
import datetime as dt
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from equalcity_desktop.library import printable
from equalcity_desktop.library.languages import CARD_HEADINGS, LANGS, MODULE_HEADINGS, PAGE_WORDS
from equalcity_desktop.library.markup import _TextCollector
from equalcity_desktop.library.sections import split_sections
from equalcity_desktop.library.service import ContentService
from equalcity_desktop.render.pdf import PdfRequest, PrintError, export_pdf

from ..conftest import ROOT

CARDS = ("disclosure-sogiesc", "interpreter-working", "youth-rejected-home",
         "residence-permit-dependency")
MODULE = "rome-module-understanding-children"
POSTER = "brussels-poster-welcome"
SECTION = "luxembourg-referral-pathway"
DOCUMENT = "brussels-training"
DAY = dt.date(2026, 11, 28)
POINTS = {"a4": (595, 842), "letter": (612, 792), "a3": (842, 1191)}
WORD_RE = re.compile(r"[^\W\d_]+")


def _text(reader: PdfReader) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def _flat(text: str) -> str:
    """As text extraction gives it: ligatures undone, one space between words."""
    return " ".join(unicodedata.normalize("NFKC", text).replace("&#x27;", "'").split())


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


def _read_back(path: Path, page: str, title: str) -> tuple[PdfReader, str]:
    """The checks every PDF passes; the reader and its flattened text."""
    reader = PdfReader(path)
    for sheet in reader.pages:
        width, height = float(sheet.mediabox.width), float(sheet.mediabox.height)
        assert abs(width - POINTS[page][0]) <= 1 and abs(height - POINTS[page][1]) <= 1
    assert reader.metadata.title == title
    assert reader.metadata.creator.startswith("Equalcity Desktop ")
    assert all("DejaVu" in f for f in _embedded_fonts(reader))
    assert any("DejaVuSans-Bold" in f for f in _embedded_fonts(reader))
    pages = len(reader.pages)
    texts = [_flat(p.extract_text() or "") for p in reader.pages]
    for number, text in enumerate(texts, 1):
        assert "2026-11-28" in text  # the footer, on every page
        if pages > 1:
            assert text.endswith(f"{number}/{pages}")
    if pages == 1:
        assert not re.search(r"\b1/1\b", texts[0])
    return reader, _flat(" ".join(texts))


# -- cards -------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", ["a4", "letter"])
def test_a_card_is_one_page_in_every_language(qapp, service: ContentService, tmp_path: Path,
                                               lang: str, page: str) -> None:
    for card in CARDS:
        out = tmp_path / f"{card}.pdf"
        assert export_pdf(service, PdfRequest(card, lang, page), out, today=DAY) == 1
        item = service.item(card)
        _, text = _read_back(out, page, item.title(lang))
        assert _flat(item.title(lang)) in text
        for heading in CARD_HEADINGS[lang]:
            assert heading in text


@pytest.mark.parametrize("pair", ["nl+pt", "fr+en", "pt+nl", "en+fr"])
@pytest.mark.parametrize("page", ["a4", "letter"])
def test_a_card_beside_another_language_is_one_page(qapp, service: ContentService,
                                                    tmp_path: Path, pair: str,
                                                    page: str) -> None:
    first, second = pair.split("+")
    out = tmp_path / "both.pdf"
    for card in ("suicidal-thoughts", *CARDS):
        item = service.item(card)
        assert export_pdf(service, PdfRequest(card, first, page, second), out, today=DAY) == 1
        _, text = _read_back(out, page, item.title(first))
        for lang in (first, second):
            assert _flat(item.title(lang)) in text
            assert CARD_HEADINGS[lang][2] in text  # "You can say", for the client too


# -- every other kind, in every language ---------------------------------------
def _expected_headings(service: ContentService, print_id: str, lang: str) -> list[str]:
    words = PAGE_WORDS[lang]
    if print_id == "@glossary":
        terms = sorted((i.title(lang) for i in service.library.of_kind("glossary")),
                       key=printable.sort_key)
        return [words["glossary"], terms[0], terms[len(terms) // 2], terms[-1]]
    if print_id == "@contacts":
        return [words["contacts"], words["country_be"], words["country_se"]]
    if print_id == DOCUMENT:
        _, document = service.library.document(DOCUMENT)
        return [document.titles[lang], *(service.item(s).title(lang) for s in document.sections)]
    variant = service.item(print_id).variant(lang)
    if print_id == MODULE:
        return [variant.title, words["handout_pack"], *MODULE_HEADINGS[lang][:-1],
                words["slides_appendix"]]
    return [variant.title, *(s.title for s in split_sections(variant.body))]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("case", [
    (MODULE, "a4", "handouts"), (POSTER, "a3", "poster"), (POSTER, "a4", "poster"),
    (SECTION, "letter", "page"), (DOCUMENT, "a4", "document"), ("@glossary", "a4", "glossary"),
    ("@contacts", "letter", "contacts"), ("ally", "a4", "page")], ids=lambda c: "-".join(c))
def test_every_kind_reads_back(qapp, service: ContentService, tmp_path: Path, lang: str,
                               case: tuple[str, str, str]) -> None:
    print_id, page, layout = case
    out = tmp_path / "item.pdf"
    pages = export_pdf(service, PdfRequest(print_id, lang, page), out, today=DAY)
    printout = printable.build(service, print_id, lang, today=DAY)
    assert printout.layout == layout
    reader, text = _read_back(out, page, printout.title)
    assert pages == len(reader.pages)
    if print_id in (POSTER, "ally"):
        assert pages == 1
    if layout in ("handouts", "document", "glossary", "contacts"):
        assert pages > 1
    for heading in _expected_headings(service, print_id, lang):
        assert _flat(heading) in text, heading


def _words(text: str) -> collections.Counter[str]:
    return collections.Counter(WORD_RE.findall(unicodedata.normalize("NFKC", text)))


@pytest.mark.parametrize(("print_id", "lang"), [("@glossary", "fr"), (DOCUMENT, "en"),
                                                ("@contacts", "pt"), (MODULE, "nl")])
def test_no_line_is_lost_or_repeated_at_a_page_break(qapp, service: ContentService,
                                                     tmp_path: Path, print_id: str,
                                                     lang: str) -> None:
    """Every word of the page is in the PDF exactly as often as in the text:
    nothing cut at a page bottom, and no line painted twice (Qt paints the
    line above the clip, so a paragraph over a page break is split)."""
    out = tmp_path / "long.pdf"
    pages = export_pdf(service, PdfRequest(print_id, lang), out, today=DAY)
    printout = printable.build(service, print_id, lang, today=DAY)
    collector = _TextCollector()
    collector.feed(re.sub(r"</t[dh]>", "\n", printout.html))
    collector.close()
    expected = _words("".join(collector.parts))
    found = collections.Counter()
    for sheet in PdfReader(out).pages:
        found.update(_words(sheet.extract_text()))
    for _ in range(pages):
        found.subtract(_words(printout.footer))
    # The steps table's header row is repeated on each page it runs onto.
    for word in (PAGE_WORDS[lang]["time"], PAGE_WORDS[lang]["step"], "min"):
        found.pop(word, None)
        expected.pop(word, None)
    assert +found == expected  # not a word more, not a word less


def _type_sizes(path: Path) -> tuple[collections.Counter[float], list[float]]:
    """Characters per type size (points) and the height of each line on page 1,
    leaving out the 7.5 pt footer."""
    sizes: collections.Counter[float] = collections.Counter()
    heights: list[float] = []

    def visit(text: str, cm: list, tm: list, _font: object, size: float) -> None:
        points = round(size * cm[0], 1)
        if text.strip() and points > 10:
            sizes[points] += len(text)
            heights.append(cm[5] + cm[3] * tm[5])

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return sizes, heights


def test_a_poster_fills_its_page_with_large_type(qapp, service: ContentService,
                                                 tmp_path: Path) -> None:
    body_points = {}
    for page in ("a4", "a3"):
        out = tmp_path / f"poster-{page}.pdf"
        assert export_pdf(service, PdfRequest(POSTER, "en", page), out, today=DAY) == 1
        sizes, heights = _type_sizes(out)
        body_points[page] = sizes.most_common(1)[0][0]
        assert max(sizes) >= 1.5 * body_points[page]  # the headline
        assert max(heights) - min(heights) >= 0.75 * POINTS[page][1]  # top to bottom
    assert body_points["a4"] >= 18
    assert body_points["a3"] >= 1.3 * body_points["a4"]


def test_a_bilingual_poster_holds_both(qapp, service: ContentService, tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    assert export_pdf(service, PdfRequest(POSTER, "nl", "a3", "fr"), out, today=DAY) == 1
    _, text = _read_back(out, "a3", service.item(POSTER).title("nl"))
    for lang in ("nl", "fr"):
        assert _flat(service.item(POSTER).title(lang)) in text


def test_the_whole_glossary_prints(qapp, service: ContentService, tmp_path: Path) -> None:
    pages = export_pdf(service, PdfRequest("@glossary", "pt"), tmp_path / "g.pdf")
    assert pages > 5


# -- what cannot be printed ------------------------------------------------------
def test_bad_requests_leave_no_file(qapp, service: ContentService, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(KeyError):
        export_pdf(service, PdfRequest("no-such-card", "en"), folder / "x.pdf")
    with pytest.raises(ValueError, match="languages"):
        export_pdf(service, PdfRequest("suicidal-thoughts", "de"), folder / "x.pdf")
    with pytest.raises(PrintError, match="A3 is for posters"):
        export_pdf(service, PdfRequest("suicidal-thoughts", "en", "a3"), folder / "x.pdf")
    with pytest.raises(PrintError, match="page sizes"):
        export_pdf(service, PdfRequest(POSTER, "en", "a5"), folder / "x.pdf")
    with pytest.raises(PrintError, match="one language"):
        export_pdf(service, PdfRequest("@glossary", "en", second_lang="fr"), folder / "x.pdf")
    with pytest.raises(OSError, match="does not exist"):
        export_pdf(service, PdfRequest("suicidal-thoughts", "en"), folder / "missing" / "x.pdf")
    with pytest.raises(OSError, match="folder"):
        export_pdf(service, PdfRequest("suicidal-thoughts", "en"), folder)
    assert list(folder.iterdir()) == []


def test_an_existing_file_is_replaced_whole(qapp, service: ContentService,
                                            tmp_path: Path) -> None:
    out = tmp_path / "out" / "x.pdf"
    out.parent.mkdir()
    out.write_bytes(b"old")
    export_pdf(service, PdfRequest(POSTER, "pt", "a3"), out, today=DAY)
    assert PdfReader(out).metadata.title == service.item(POSTER).title("pt")
    assert [p.name for p in out.parent.iterdir()] == ["x.pdf"]


# -- the command line ----------------------------------------------------------
def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "equalcity_desktop", "export-pdf", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)


def test_the_command_line_form(tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    result = _cli("--id", "honour-violence-signs", "--lang", "pt", "--page", "letter",
                  "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "1 page" in result.stdout
    assert PdfReader(out).metadata.title.startswith("Sinais")


def test_the_command_line_prints_a_handout_pack_and_the_glossary(tmp_path: Path) -> None:
    pack = tmp_path / "pack.pdf"
    result = _cli("--id", MODULE, "--lang", "fr", "-o", str(pack))
    assert result.returncode == 0, result.stderr
    assert "Dossier pédagogique" in _text(PdfReader(pack))
    glossary = tmp_path / "glossary.pdf"
    result = _cli("--id", "@glossary", "--lang", "nl", "-o", str(glossary))
    assert result.returncode == 0, result.stderr
    assert PdfReader(glossary).metadata.title == "Woordenlijst"


@pytest.mark.parametrize(("args", "message"), [
    (("--id", "no-such-item"), "no item, document or collection with id 'no-such-item'"),
    (("--id", "suicidal-thoughts", "--page", "a3"), "A3 is for posters and flyers"),
    (("--id", "@contacts", "--second-lang", "fr"), "print this in one language"),
])
def test_the_command_line_says_what_is_wrong_in_one_line(tmp_path: Path, args: tuple[str, ...],
                                                         message: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    result = _cli(*args, "-o", str(folder / "x.pdf"))
    assert result.returncode == 1
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert list(folder.iterdir()) == []


def test_the_command_line_names_an_unwritable_place(tmp_path: Path) -> None:
    for target, message in ((tmp_path / "missing" / "x.pdf", "the folder does not exist"),
                            (tmp_path, "that is a folder")):
        result = _cli("--id", "ally", "-o", str(target))
        assert result.returncode == 1
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
