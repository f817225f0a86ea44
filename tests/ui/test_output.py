"""What leaves the reading pane (ui/output.py) on its own: a bare QMainWindow holding a
reading pane, navigation over the bundled content, the content language and the
interface translations. PDFs are written to this test's folder and read back with pypdf;
messages are replaced where output.py and printing.py call them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from equalcity_desktop import resources
from equalcity_desktop.library.languages import LANGS
from equalcity_desktop.library.service import ContentService
from equalcity_desktop.ui import actions as action_table
from equalcity_desktop.ui import output as output_mod
from equalcity_desktop.ui import printing as printing_mod
from equalcity_desktop.ui.content_language import ContentLanguage
from equalcity_desktop.ui.i18n import Translations
from equalcity_desktop.ui.nav_pane import NavPane
from equalcity_desktop.ui.navigation import SOURCES_PAGE, Navigation
from equalcity_desktop.ui.output import CONTACTS_ID, GLOSSARY_ID, Output
from equalcity_desktop.ui.reading_pane import ReadingPane
from equalcity_desktop.ui.search_service import SearchService
from equalcity_desktop.ui.settings import Settings

from ..conftest import LIVENESS_MS

CARD, MODULE, TERM = "interpreter-working", "brussels-module-disclosure", "interpreter"


class Boxes:
    """Stands in for QMessageBox in ui/output.py and ui/printing.py."""

    StandardButton = QMessageBox.StandardButton

    def __init__(self) -> None:
        self.told: list[str] = []
        self.warned: list[str] = []

    def information(self, _parent, _title, text):
        self.told.append(text)

    def warning(self, _parent, _title, text):
        self.warned.append(text)


@dataclass
class Rig:
    window: QMainWindow
    navigation: Navigation
    language: ContentLanguage
    actions: dict[str, QAction]
    output: Output
    beside: QMenu
    boxes: Boxes


@pytest.fixture
def rig(qtbot, service: ContentService, monkeypatch) -> Rig:
    window = QMainWindow()
    qtbot.addWidget(window)
    reading, tree = ReadingPane(), NavPane()
    window.setCentralWidget(reading)
    actions = action_table.create(QObject(window))
    language = ContentLanguage(Settings(), "en")
    navigation = Navigation(reading, tree, SearchService(service, parent=window), language,
                            actions)
    translations = Translations(resources.path("i18n"))
    output = Output(window, navigation, language, translations, actions)
    beside = QMenu(window)
    for lang in LANGS:
        beside.addAction(lang).setData(lang)
    output.set_beside_menu(beside)
    boxes = Boxes()
    monkeypatch.setattr(output_mod, "QMessageBox", boxes)
    monkeypatch.setattr(printing_mod, "QMessageBox", boxes)
    window.show()
    yield Rig(window, navigation, language, actions, output, beside, boxes)
    output.end_all()


def state(rig: Rig) -> tuple[bool, bool, bool, bool]:
    """(present, present from the current slide, show to the client, beside a language)."""
    a = rig.actions
    return (a["present"].isEnabled(), a["present_current"].isEnabled(),
            a["show_client"].isEnabled(), rig.beside.isEnabled())


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    assert len(reader.pages) >= 1
    # Words come back separated by tabs and line ends: one space each, to compare.
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


# -- which actions are on ---------------------------------------------------------------

def test_with_nothing_open_nothing_can_be_presented_or_shown(rig: Rig) -> None:
    assert state(rig) == (False, False, False, False)


@pytest.mark.parametrize("item_id, expected", [
    (CARD, (True, True, True, True)),
    (MODULE, (True, True, True, False)),  # handouts: not beside another language
    (TERM, (False, False, True, True)),  # a glossary term is not a show
    ("eu-emergency-112", (False, False, True, True)),  # a contact
    ("brussels-poster-welcome", (True, True, True, True)),
])
def test_the_actions_follow_the_page_opened(rig: Rig, item_id: str, expected) -> None:
    assert rig.navigation.open_item(item_id)
    assert state(rig) == expected


def test_the_generated_sources_page_and_home_turn_them_off(rig: Rig) -> None:
    rig.navigation.open_item(CARD)
    rig.navigation.open_item(SOURCES_PAGE)
    assert state(rig) == (False, False, False, False)
    rig.navigation.open_item(CARD)
    rig.navigation.go_home()
    assert state(rig) == (False, False, False, False)


# -- PDF -----------------------------------------------------------------------------------

def test_export_pdf_writes_the_open_page(rig: Rig, service: ContentService,
                                         tmp_path: Path) -> None:
    rig.navigation.open_item(CARD)
    path = tmp_path / "card.pdf"
    assert rig.output.export_pdf(path=path) is True
    assert service.item(CARD).title("en") in pdf_text(path)
    assert rig.boxes.told == rig.boxes.warned == []


def test_export_pdf_is_in_the_content_language_and_beside_another(
        rig: Rig, service: ContentService, tmp_path: Path) -> None:
    rig.language.set("nl")
    rig.navigation.open_item(CARD)
    path = tmp_path / "card-nl-fr.pdf"
    assert rig.output.export_pdf("fr", path=path) is True
    text = pdf_text(path)
    assert service.item(CARD).title("nl") in text
    assert service.item(CARD).title("fr") in text
    assert service.item(CARD).title("en") not in text


def test_export_pdf_of_the_glossary_needs_no_page_open(rig: Rig, service: ContentService,
                                                       tmp_path: Path) -> None:
    path = tmp_path / "glossary.pdf"
    assert rig.output.export_pdf(path=path, print_id=GLOSSARY_ID) is True
    assert service.item(TERM).title("en") in pdf_text(path)


def test_export_pdf_of_the_contacts_list(rig: Rig, tmp_path: Path) -> None:
    path = tmp_path / "contacts.pdf"
    assert rig.output.export_pdf(path=path, print_id=CONTACTS_ID) is True
    assert "112" in pdf_text(path)


def test_export_pdf_with_nothing_open_says_so(rig: Rig, tmp_path: Path) -> None:
    path = tmp_path / "nothing.pdf"
    assert rig.output.export_pdf(path=path) is False
    assert rig.boxes.told == ["Open a card or a page first."]
    assert not path.exists()


def test_the_glossary_beside_another_language_is_refused_in_a_sentence(rig: Rig,
                                                                      tmp_path: Path) -> None:
    path = tmp_path / "glossary-two.pdf"
    assert rig.output.export_pdf("fr", path=path, print_id=GLOSSARY_ID) is False
    assert len(rig.boxes.told) == 1 and rig.boxes.told[0]
    assert not path.exists()


@pytest.mark.parametrize("where", ["missing/folder/card.pdf", "."])
def test_a_pdf_that_cannot_be_written_is_a_warning(rig: Rig, tmp_path: Path, where: str) -> None:
    rig.navigation.open_item(CARD)
    path = tmp_path / where
    assert rig.output.export_pdf(path=path) is False
    assert len(rig.boxes.warned) == 1 and "could not be saved" in rig.boxes.warned[0]
    assert not (tmp_path / "missing").exists()
    assert list(tmp_path.glob("*.partial")) == list(tmp_path.glob(".*.partial")) == []


def test_the_save_action_asks_nothing_with_nothing_open(rig: Rig) -> None:
    rig.actions["export_pdf"].trigger()
    assert rig.boxes.told == ["Open a card or a page first."]


# -- the client's windows and the show ---------------------------------------------------------

def test_show_to_client_opens_a_window_and_end_all_closes_it(qtbot, rig: Rig) -> None:
    rig.navigation.open_item(CARD)
    assert rig.output.show_to_client("fr", whole=False) is True
    view = rig.output.client_view
    assert view is not None
    qtbot.waitUntil(view.isVisible, timeout=LIVENESS_MS)
    with qtbot.waitSignal(view.closed, timeout=LIVENESS_MS):
        rig.output.end_all()
    assert rig.output.client_view is None


def test_a_second_client_window_takes_the_place_of_the_first(qtbot, rig: Rig) -> None:
    rig.navigation.open_item(CARD)
    rig.output.show_to_client("en", whole=True)
    first = rig.output.client_view
    with qtbot.waitSignal(first.closed, timeout=LIVENESS_MS):
        rig.output.show_to_client("pt", whole=True)
    assert rig.output.client_view is not None and rig.output.client_view is not first
    with qtbot.waitSignal(rig.output.client_view.closed, timeout=LIVENESS_MS):
        rig.output.close_client_view()
    assert rig.output.client_view is None


def test_show_to_client_with_nothing_open_says_so(rig: Rig) -> None:
    assert rig.output.show_to_client("fr", whole=True) is False
    assert rig.output.client_view is None
    assert rig.boxes.told == ["Open a card or a page first."]


def test_end_all_closes_the_language_card(qtbot, rig: Rig) -> None:
    card = rig.output.open_language_card()
    assert rig.output.client_view is card
    with qtbot.waitSignal(card.closed, timeout=LIVENESS_MS):
        rig.output.end_all()
    assert rig.output.client_view is None


def test_present_with_nothing_presentable_says_so(rig: Rig) -> None:
    assert rig.output.present() is False
    rig.navigation.open_item(TERM)
    assert rig.output.present(from_current=True) is False
    assert len(rig.boxes.told) == 2
    assert rig.output.show_session is None


def test_end_all_ends_the_show(rig: Rig) -> None:
    rig.navigation.open_item(MODULE)
    assert rig.output.present() is True
    assert rig.output.show_session is not None
    rig.output.end_all()
    assert rig.output.show_session is None


def test_end_all_with_nothing_open_is_harmless(rig: Rig) -> None:
    rig.output.end_all()
    rig.output.close_client_view()
    assert rig.output.client_view is None and rig.output.show_session is None
