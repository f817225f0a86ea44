"""Posters made for a wall: the headline, the campaign's colour, a pictogram
drawn for the app, and the office's own name and phone, on A3 and A4."""

from __future__ import annotations

import collections
import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from equalcity_desktop import resources
from equalcity_desktop.library import contacts, poster
from equalcity_desktop.library.presentation import ACCENTS, contrast
from equalcity_desktop.render.pdf import PdfRequest, export_pdf, font_family
from equalcity_desktop.render.posters import draw_poster, parse_path, pictogram

POSTERS = ("brussels-poster-welcome", "brussels-poster-you-belong", "brussels-poster-your-words",
           "brussels-flyer-workers")
DAY = dt.date(2026, 12, 7)
SHAPES = {"svg", "title", "circle", "rect", "path"}


@pytest.fixture
def office_service(service, tmp_path: Path):
    service.contacts_path = tmp_path / contacts.FILE_NAME
    return service


def _add_office(service) -> None:
    store = service.contact_store()
    store.save(contacts.Contact(id="local-zz-partner", organisation="A partner elsewhere",
                                phone="02 111 11 11", country="be"))
    store.save(contacts.Contact(id="local-our-centre", organisation="Centre Arc-en-ciel",
                                phone="02 123 45 67", website="www.example.org"))


def _text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


def test_every_pictogram_is_simple_svg_drawn_for_the_app() -> None:
    folder = resources.path("resources/pictograms")
    names = {p.stem for p in folder.glob("*.svg")}
    assert set(poster.PICTOGRAMS.values()) | {poster.DEFAULT_PICTOGRAM} <= names
    for name in names:
        root = ET.parse(folder / f"{name}.svg").getroot()
        assert root.get("viewBox") == "0 0 100 100", name
        assert {e.tag.rsplit("}", 1)[-1] for e in root.iter()} <= SHAPES, name
        shapes = pictogram(name)
        assert len(shapes) >= 2 and any(not s.cut for s in shapes), name
        for shape in shapes:
            box = shape.path.boundingRect()
            assert 0 <= box.left() and box.right() <= 100 and 0 <= box.top() <= box.bottom() <= 100


def test_path_data_absolute_and_relative() -> None:
    square = parse_path("M10 10 h20 v20 H10 Z")
    assert square.boundingRect() == QRectF(10, 10, 20, 20)
    relative = parse_path("m10 10 l20 0 l0 20 z")
    assert relative.boundingRect() == QRectF(10, 10, 20, 20)
    curve = parse_path("M0 50 C0 0 100 0 100 50 Q50 100 0 50 Z")
    assert curve.boundingRect().width() == pytest.approx(100)
    with pytest.raises(ValueError):
        parse_path("10 10 L 20")


def test_the_office_is_its_own_first_contact(office_service) -> None:
    assert poster.office_contact(office_service) is None
    _add_office(office_service)
    found = poster.office_contact(office_service)
    # "This office" (no country) before a row with a country, whatever the ids.
    assert found == poster.Office("Centre Arc-en-ciel", "02 123 45 67", "www.example.org")


@pytest.mark.parametrize("page", ["a4", "a3"])
def test_the_poster_pdf_has_the_headline_and_the_office(qapp, office_service, tmp_path: Path,
                                                        page: str) -> None:
    _add_office(office_service)
    item = office_service.item("brussels-poster-welcome")
    out = tmp_path / "poster.pdf"
    assert export_pdf(office_service, PdfRequest(item.id, "fr", page), out, today=DAY) == 1
    text = _text(out)
    assert " ".join(item.title("fr").split()) in text
    assert "Centre Arc-en-ciel" in text and "02 123 45 67" in text
    assert "A partner elsewhere" not in text
    sizes: collections.Counter[float] = collections.Counter()

    def visit(chunk, cm, _tm, _font, size) -> None:
        if chunk.strip():
            sizes[round(size * cm[0], 1)] += len(chunk)

    PdfReader(out).pages[0].extract_text(visitor_text=visit)
    body = sizes.most_common(1)[0][0]
    assert max(sizes) >= 1.75 * body  # the headline, read from across the room
    assert max(sizes) >= (30 if page == "a4" else 45)


def test_without_an_office_the_poster_leaves_lines_to_fill_in(qapp, office_service,
                                                              tmp_path: Path) -> None:
    out = tmp_path / "poster.pdf"
    export_pdf(office_service, PdfRequest("brussels-poster-you-belong", "nl", "a4"), out,
               today=DAY)
    text = _text(out)
    assert poster.SERVICE_LABEL["nl"] in text and "____" in text


@pytest.mark.parametrize("poster_id", POSTERS)
def test_the_pictogram_is_drawn_in_the_campaign_colour(qapp, service, poster_id: str) -> None:
    spec = poster.build(None, service.item(poster_id), "en")
    assert spec.colour == ACCENTS["brussels"]
    assert contrast(spec.colour, "#ffffff") >= 4.5  # the white headline on it
    image = QImage(1240, 1754, QImage.Format.Format_RGB32)  # A4 at 150 dpi
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    layout = draw_poster(painter, QRectF(0, 0, 1240, 1754), spec, font_family())
    painter.end()
    colour = QColor(spec.colour)
    box = layout.pictogram.toRect()
    inked = sum(image.pixelColor(x, y) == colour
                for x in range(box.left(), box.right(), 4)
                for y in range(box.top(), box.bottom(), 4))
    total = len(range(box.left(), box.right(), 4)) * len(range(box.top(), box.bottom(), 4))
    assert 0.15 * total < inked < 0.9 * total  # a shape, not an empty or a full box
    disc = layout.disc
    assert image.pixelColor(round(disc.center().x()), round(disc.top() + 3)) == QColor("#ffffff")
    assert image.pixelColor(round(layout.band.left() + 3), round(layout.band.top() + 3)) == colour
    # Top to bottom: headline in the band, the message, the office's line at the foot.
    assert layout.band.bottom() < layout.body.top() < layout.body.bottom() < layout.contact.top()
    assert layout.contact.bottom() <= 1754
