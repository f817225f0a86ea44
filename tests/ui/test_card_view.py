"""The reading pane (ui/card_view.py CardView), on its own: real pages from the bundled
content, shown in a real view, links clicked with the mouse, checked through its
``link_activated`` signal and its own document."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QFont, QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from equalcity_desktop.ui import zoom
from equalcity_desktop.ui.card_view import BASE_POINTS, CardView

from ..conftest import LIVENESS_MS
from .conftest import click_link, settle


@pytest.fixture
def view(qtbot) -> CardView:
    view = CardView()
    view.resize(700, 500)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view, timeout=LIVENESS_MS)
    return view


def reading_points(view: CardView) -> float:
    return view.document().defaultFont().pointSizeF()


def test_it_shows_a_page_and_starts_at_the_top(view: CardView, service) -> None:
    long_page = service.page_html("suicidal-thoughts", "en")
    view.show_html(long_page)
    settle()
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0, "the page should be longer than the view"
    bar.setValue(bar.maximum())
    view.show_html(service.page_html("interpreter-working", "en"))
    assert bar.value() == 0
    assert service.item("interpreter-working").title("en") in view.toPlainText()


@pytest.mark.parametrize("href", ["card:interpreter-working", "term:interpreter",
                                  "https://www.example.org/help", "mailto:x@example.org",
                                  "file:///etc/passwd", "javascript:alert(1)"])
def test_a_click_is_handed_out_and_never_followed(qtbot, view: CardView, href: str) -> None:
    view.show_html(f'<h1>Page</h1><p>Before <a href="{href}">the link</a> after.</p>')
    settle()
    text = view.toPlainText()
    with qtbot.waitSignal(view.link_activated, timeout=LIVENESS_MS) as blocker:
        click_link(view, href)
    assert blocker.args == [QUrl(href)]
    assert view.toPlainText() == text  # the page stays: nothing was opened
    assert view.source() == QUrl()
    assert not view.isBackwardAvailable()


def test_a_link_in_a_real_page_is_handed_out(qtbot, view: CardView, service) -> None:
    view.show_html(service.page_html("suicidal-thoughts", "en"))
    settle()
    doc = view.document()
    hrefs = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href:
                hrefs.append(href)
            it += 1
        block = block.next()
    assert hrefs, "the card links to terms and contacts"
    with qtbot.waitSignal(view.link_activated, timeout=LIVENESS_MS) as blocker:
        click_link(view, hrefs[0])
    assert blocker.args[0].toString() == hrefs[0]


@pytest.mark.parametrize("src", ["qrc:/icon.png", "https://example.org/track.png",
                                 "http://192.0.2.1/x.png"])
def test_no_web_or_qt_resource_is_loaded(view: CardView, src: str) -> None:
    view.show_html(f'<p>Text</p><img src="{src}">')
    settle()
    kind = int(QTextDocument.ResourceType.ImageResource)
    assert not view.loadResource(kind, QUrl(src))  # an empty answer
    assert not view.document().resource(kind, QUrl(src))
    assert "Text" in view.toPlainText()


@pytest.mark.parametrize("as_url", [False, True], ids=["path", "file-url"])
def test_a_local_file_named_by_the_page_is_never_read(view: CardView, tmp_path: Path,
                                                      as_url: bool) -> None:
    picture = tmp_path / "big.png"
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    missing = tmp_path / "missing.png"

    def height(path: Path) -> float:
        src = QUrl.fromLocalFile(str(path)).toString() if as_url else str(path)
        view.show_html(f'<p>Text</p><img src="{src}">')
        settle()
        return view.document().size().height()

    assert height(picture) == height(missing)
    kind = int(QTextDocument.ResourceType.ImageResource)
    loaded = view.document().resource(kind, QUrl.fromLocalFile(str(picture)))
    assert loaded is None or (isinstance(loaded, QImage) and loaded.isNull())


def test_markup_in_plain_text_stays_text(view: CardView) -> None:
    view.setPlainText("<b>not bold</b>")
    assert view.toPlainText() == "<b>not bold</b>"
    view.show_html("")
    assert view.toPlainText() == ""


def test_clear_page_forgets_the_page(view: CardView, service) -> None:
    view.show_html(service.page_html("interpreter", "en"))
    view.clear_page()
    assert view.toPlainText() == ""
    assert not view.isBackwardAvailable() and not view.isForwardAvailable()


@pytest.mark.parametrize(("steps", "kept"), [(0, 0), (3, 3), (zoom.MAX_STEPS, zoom.MAX_STEPS),
                                             (zoom.MIN_STEPS, zoom.MIN_STEPS), (99, zoom.MAX_STEPS),
                                             (-99, zoom.MIN_STEPS)])
def test_zoom_is_clamped_and_sets_the_reading_size(view: CardView, steps: int,
                                                   kept: int) -> None:
    view.set_zoom(steps)
    assert view.zoom == kept
    assert reading_points(view) == pytest.approx(BASE_POINTS * zoom.factor(kept))


def test_a_new_page_keeps_the_zoom(view: CardView, service) -> None:
    view.set_zoom(4)
    view.show_html(service.page_html("interpreter", "fr"))
    assert reading_points(view) == pytest.approx(BASE_POINTS * zoom.factor(4))


def test_a_new_application_or_widget_font_does_not_change_the_reading_size(
        view: CardView) -> None:
    view.set_zoom(2)
    expected = BASE_POINTS * zoom.factor(2)
    small = QFont(view.font())
    small.setPointSizeF(6)
    view.setFont(small)
    assert reading_points(view) == pytest.approx(expected)
    app = QApplication.instance()
    before = QFont(app.font())
    try:
        huge = QFont(before)
        huge.setPointSizeF(30)
        app.setFont(huge)
        settle()
        assert reading_points(view) == pytest.approx(expected)
    finally:
        app.setFont(before)
