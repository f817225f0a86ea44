"""Slides made for a room: a title slide per module, the toolkit's accent,
the slide number on every slide, and text that fills the safe area at the
size of the back row, measured on the layout at 1920x1080 and 1366x768."""

from __future__ import annotations

import statistics

import pytest
from PySide6.QtGui import QColor, QFont

from equalcity_desktop.library.languages import LANGS, PAGE_WORDS
from equalcity_desktop.library.presentation import (
    ACCENTS,
    DEFAULT_ACCENT,
    PACK_ACCENTS,
    accent_for,
    build_deck,
    contrast,
    toolkit_title,
)
from equalcity_desktop.render.pdf import font_family
from equalcity_desktop.render.slides import (
    BODY_PER_LINE,
    TEXT,
    foot_texts,
    layout_slide,
    safe_area,
)
from equalcity_desktop.ui.show.slide_view import SlideView, show_deck

MODULE = "rome-module-understanding-children"
SIZES = ((1920, 1080), (1366, 768))


def test_every_module_opens_with_a_title_slide(service) -> None:
    for module in service.library.of_kind("module"):
        for lang in LANGS:
            deck = build_deck(module, lang)
            first = deck.slides[0]
            words = PAGE_WORDS[lang]
            assert first.kind == "title", module.id
            assert first.overline == toolkit_title(module.toolkit, lang) != ""
            assert first.overline in first.markdown
            assert module.title(lang) in first.markdown
            assert first.meta == f"{words['module']} · {module.duration} {words['minutes']}"
            assert first.notes  # the summary and the plan, for the trainer
            assert all(s.kind == "" for s in deck.slides[1:])


def test_the_title_slide_shows_toolkit_module_and_duration(qapp, service) -> None:
    module = service.item(MODULE)
    font = QFont(font_family())
    for lang in LANGS:
        slide = build_deck(module, lang).slides[0]
        for width, height in SIZES:
            layout = layout_slide(slide, slide.markdown, width, height, font)
            assert layout.kind == "title" and layout.scale == 1.0
            assert layout.overline.toPlainText() == toolkit_title(module.toolkit, lang)
            assert " ".join(layout.title.toPlainText().split()) == module.title(lang)
            assert f"{module.duration} {PAGE_WORDS[lang]['minutes']}" in \
                layout.meta.toPlainText()
            # The title stands out: twice the body size at least.
            title_px = layout.title.defaultFont().pixelSize()
            assert title_px >= 2 * height * BODY_PER_LINE - 1


def test_every_slide_says_where_it_is(qapp, service) -> None:
    deck = build_deck(service.item(MODULE), "fr")
    assert [s.number for s in deck.slides] == list(range(1, len(deck.slides) + 1))
    assert {s.total for s in deck.slides} == {len(deck.slides)}
    assert foot_texts(deck.slides[2]) == (deck.title, f"3 / {len(deck.slides)}")
    assert foot_texts(deck.slides[0])[1] == f"1 / {len(deck.slides)}"
    # A document is numbered too.
    other = build_deck(service.item("brussels-cities-actions"), "nl")
    assert other.slides[0].kind == "title"
    assert foot_texts(other.slides[-1])[1] == f"{len(other.slides)} / {len(other.slides)}"


def test_one_accent_per_toolkit_that_reads_on_white(service) -> None:
    toolkits = list(service.library.toolkits)
    assert set(toolkits) <= set(ACCENTS)
    assert len({accent_for(t) for t in toolkits}) == len(toolkits)
    for colour in (*ACCENTS.values(), DEFAULT_ACCENT, *PACK_ACCENTS):
        assert contrast(colour, "#ffffff") >= 4.5, colour
    assert contrast(TEXT, "#ffffff") >= 4.5
    assert accent_for("all") == accent_for("") == DEFAULT_ACCENT
    assert accent_for("some-pack-kit") == accent_for("some-pack-kit") in PACK_ACCENTS
    for toolkit in toolkits:
        module = next(m for m in service.library.of_kind("module") if m.toolkit == toolkit)
        assert {s.accent for s in build_deck(module, "en").slides} == {ACCENTS[toolkit]}


def test_the_accent_is_drawn_as_a_bar_not_as_text(qapp, service) -> None:
    deck = build_deck(service.item(MODULE), "en")
    view = SlideView()
    view.resize(1920, 1080)
    view.set_slide(deck.slides[2])
    image = view.grab().toImage()
    accent = QColor(ACCENTS["rome"])
    assert image.pixelColor(960, 4) == accent  # the bar along the top
    assert image.pixelColor(960, 60) == QColor("#ffffff")
    view.set_slide(deck.slides[0])
    image = view.grab().toImage()
    assert image.pixelColor(10, 540) == accent  # a title slide: the band down the left


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_text_fills_the_safe_area_at_the_size_of_the_back_row(qapp, service, size) -> None:
    width, height = size
    font = QFont(font_family())
    safe = safe_area(width, height)
    assert safe.width() == pytest.approx(0.9 * width) and safe.height() == pytest.approx(
        0.9 * height)
    assert safe.center().x() == pytest.approx(width / 2)
    fills = []
    for module in service.library.of_kind("module"):
        for lang in LANGS:
            for slide in build_deck(module, lang).slides[1:]:
                layout = layout_slide(slide, slide.markdown, width, height, font)
                where = f"{module.id} {lang} slide {slide.number}"
                assert layout.scale == 1.0, where  # never smaller than 28 pt on 1080 lines
                assert layout.body_px >= height * BODY_PER_LINE - 0.01, where
                assert layout.title_px >= 1.5 * layout.body_px, where  # the hierarchy
                assert safe.contains(layout.block), where
                fills.append(max(layout.block.width() / safe.width(),
                                 layout.block.height() / safe.height()))
    assert min(fills) >= 0.45
    assert statistics.median(fills) >= 0.75  # a typical slide fills most of the area


def test_a_typical_slide_is_a_centred_block(qapp, service) -> None:
    slide = build_deck(service.item(MODULE), "en").slides[3]
    for width, height in SIZES:
        layout = layout_slide(slide, slide.markdown, width, height, QFont(font_family()))
        assert layout.grow > 1.0  # short enough to be enlarged
        assert layout.block.width() >= 0.6 * layout.safe.width()
        above = layout.block.top() - layout.safe.top()
        assert above > 0.1 * height  # not stuck at the top-left corner
        assert layout.block.left() == pytest.approx(layout.safe.left())


def test_previews_given_only_markdown_draw_the_same_frame(qapp, service) -> None:
    deck = build_deck(service.item(MODULE), "pt")
    show_deck(deck)
    try:
        preview = SlideView()
        preview.resize(480, 270)
        preview.set_slide(deck.slides[4].markdown)  # as the console does
        assert preview.deck_slide == deck.slides[4]
        image = preview.grab().toImage()
        assert image.pixelColor(240, 1) == QColor(ACCENTS["rome"])
    finally:
        show_deck(None)
    bare = SlideView()
    bare.set_slide(deck.slides[4].markdown)
    assert bare.deck_slide is None
