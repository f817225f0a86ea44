"""The navigation tree (ui/nav_pane.py NavPane), on its own: the bundled library and
contacts handed in as the window would, items clicked with the mouse, checked through
``item_requested`` and the tree's own items."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTreeWidgetItem

from equalcity_desktop.library.model import Library
from equalcity_desktop.ui.labels import all_toolkits_label
from equalcity_desktop.ui.nav_pane import IdRole, NavPane

from ..conftest import LIVENESS_MS
from .conftest import settle

BRANCHES = ["Situations", "Country guides", "Toolkits", "Glossary", "Contacts"]


@pytest.fixture
def nav(qtbot) -> NavPane:
    nav = NavPane()
    nav.resize(400, 700)
    qtbot.addWidget(nav)
    nav.show()
    qtbot.waitExposed(nav, timeout=LIVENESS_MS)
    return nav


@pytest.fixture
def library(service) -> Library:
    return service.library


def top(nav: NavPane) -> list[str]:
    return [nav.topLevelItem(i).text(0) for i in range(nav.topLevelItemCount())]


def branch(nav: NavPane, name: str) -> QTreeWidgetItem:
    return next(nav.topLevelItem(i) for i in range(nav.topLevelItemCount())
                if nav.topLevelItem(i).text(0) == name)


def walk(node: QTreeWidgetItem):
    for i in range(node.childCount()):
        child = node.child(i)
        yield child
        yield from walk(child)


def leaves(nav: NavPane) -> dict[str, QTreeWidgetItem]:
    """Every node that opens an item, by id (the first when an id is listed twice)."""
    found: dict[str, QTreeWidgetItem] = {}
    for i in range(nav.topLevelItemCount()):
        for node in walk(nav.topLevelItem(i)):
            item_id = node.data(0, IdRole)
            if item_id:
                found.setdefault(item_id, node)
    return found


def click(nav: NavPane, node: QTreeWidgetItem) -> None:
    parent = node.parent()
    while parent is not None:
        parent.setExpanded(True)
        parent = parent.parent()
    nav.scrollToItem(node)
    settle()
    rect = nav.visualItemRect(node)
    assert rect.isValid()
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_before_the_library_comes_the_tree_is_empty(nav: NavPane) -> None:
    assert nav.topLevelItemCount() == 0
    assert nav.accessibleName() == "Contents"
    nav.set_language("fr")  # a language change before the library: still nothing, no error
    assert nav.topLevelItemCount() == 0


def test_the_branches_in_order(nav: NavPane, library: Library) -> None:
    nav.set_library(library, "en")
    assert top(nav) == BRANCHES
    assert branch(nav, "Situations").isExpanded()
    assert not branch(nav, "Glossary").isExpanded()


def test_every_card_guide_term_section_and_contact_is_listed(nav: NavPane,
                                                             library: Library) -> None:
    nav.set_library(library, "en")
    listed = set(leaves(nav))
    for kind in ("card", "country", "glossary", "contact"):
        assert {i.id for i in library.of_kind(kind)} <= listed, kind
    sections = {s for t in library.toolkits.values() for d in t.documents for s in d.sections
                if s in library.items}
    assert sections <= listed
    assert listed <= set(library.items)  # nothing that does not exist


def test_situations_are_grouped_by_city_and_sorted_by_title(nav: NavPane,
                                                             library: Library) -> None:
    nav.set_library(library, "en")
    situations = branch(nav, "Situations")
    groups = [situations.child(i) for i in range(situations.childCount())]
    assert [g.text(0) for g in groups] == [
        library.toolkits[t].cities["en"] if t in library.toolkits else all_toolkits_label()
        for t, _ in library.cards_by_toolkit("en")]
    for group in groups:
        titles = [group.child(i).text(0) for i in range(group.childCount())]
        assert titles == sorted(titles, key=str.casefold)


def test_glossary_is_sorted_in_the_reading_language(nav: NavPane, library: Library) -> None:
    for lang in ("en", "nl"):
        nav.set_library(library, lang)
        glossary = branch(nav, "Glossary")
        titles = [glossary.child(i).text(0) for i in range(glossary.childCount())]
        assert titles == sorted((i.title(lang) for i in library.of_kind("glossary")),
                                key=str.casefold)


def test_a_language_change_retitles_the_items(nav: NavPane, library: Library) -> None:
    nav.set_library(library, "en")
    node = leaves(nav)["suicidal-thoughts"]
    assert node.text(0) == library.items["suicidal-thoughts"].title("en")
    nav.set_language("pt")
    node = leaves(nav)["suicidal-thoughts"]
    assert node.text(0) == library.items["suicidal-thoughts"].title("pt")
    assert node.toolTip(0) == node.text(0)
    assert top(nav) == BRANCHES  # interface words follow the interface, not the content


def test_clicking_an_item_requests_it_once(qtbot, nav: NavPane, library: Library) -> None:
    nav.set_library(library, "en")
    requested: list[str] = []
    nav.item_requested.connect(requested.append)
    for item_id in ("suicidal-thoughts", "interpreter", "country-be", "be-1712"):
        with qtbot.waitSignal(nav.item_requested, timeout=LIVENESS_MS) as blocker:
            click(nav, leaves(nav)[item_id])
        assert blocker.args == [item_id]
    assert requested == ["suicidal-thoughts", "interpreter", "country-be", "be-1712"]


def test_clicking_a_heading_requests_nothing(nav: NavPane, library: Library) -> None:
    nav.set_library(library, "en")
    requested: list[str] = []
    nav.item_requested.connect(requested.append)
    situations = branch(nav, "Situations")
    click(nav, situations)
    click(nav, situations.child(0))  # a city group
    click(nav, branch(nav, "Toolkits"))
    assert requested == []


def test_select_item_shows_where_it_is_without_opening_it(nav: NavPane,
                                                          library: Library) -> None:
    nav.set_library(library, "en")
    requested: list[str] = []
    nav.item_requested.connect(requested.append)
    nav.select_item("interpreter")
    assert nav.currentItem() is not None
    assert nav.currentItem().data(0, IdRole) == "interpreter"
    nav.select_item("be-1712")
    assert nav.currentItem().data(0, IdRole) == "be-1712"
    assert requested == []


@pytest.mark.parametrize("item_id", [None, "", "nope", "Interpreter", "*", "?"])
def test_select_item_of_nothing_or_an_unknown_id_clears_the_selection(
        nav: NavPane, library: Library, item_id) -> None:
    nav.set_library(library, "en")
    requested: list[str] = []
    nav.item_requested.connect(requested.append)
    nav.select_item("interpreter")
    nav.select_item(item_id)
    assert nav.selectedItems() == []
    assert requested == []
    assert not nav.signalsBlocked()  # the tree talks again afterwards


def test_show_glossary_opens_it_and_takes_the_keyboard(qtbot, nav: NavPane,
                                                        library: Library) -> None:
    nav.set_library(library, "en")
    nav.activateWindow()
    nav.show_glossary()
    glossary = branch(nav, "Glossary")
    assert glossary.isExpanded()
    assert nav.currentItem() is glossary
    qtbot.waitUntil(nav.hasFocus, timeout=LIVENESS_MS)


def test_the_contacts_in_effect_replace_the_bundled_list(nav: NavPane, service,
                                                         library: Library) -> None:
    nav.set_library(library, "en")
    bundled = library.of_kind("contact")
    kept = [c for c in bundled if c.extra.get("country") == "be"][:2]
    nav.set_contacts(kept)
    contacts = branch(nav, "Contacts")
    assert contacts.childCount() == 1  # only Belgium has any
    assert {n.data(0, IdRole) for n in walk(contacts) if n.data(0, IdRole)} == {
        c.id for c in kept}
    nav.set_contacts(None)  # back to the bundled list
    assert {n.data(0, IdRole) for n in walk(branch(nav, "Contacts"))
            if n.data(0, IdRole)} == {c.id for c in bundled}


def test_no_contacts_means_no_contacts_branch(nav: NavPane, library: Library) -> None:
    nav.set_library(library, "en")
    nav.set_contacts([])
    assert "Contacts" not in top(nav)
    assert top(nav) == BRANCHES[:-1]


def test_set_contacts_without_rebuild_waits_for_the_next_change(nav: NavPane,
                                                                library: Library) -> None:
    nav.set_library(library, "en")
    nav.set_contacts([], rebuild=False)
    assert "Contacts" in top(nav)  # not yet
    nav.set_language("en")
    assert "Contacts" not in top(nav)


def test_an_old_contact_says_check_this_and_an_unknown_country_comes_last(
        nav: NavPane, library: Library) -> None:
    be = next(c for c in library.of_kind("contact") if c.extra.get("country") == "be")
    stale = dataclasses.replace(be, extra={**be.extra, "stale": True})
    elsewhere = dataclasses.replace(be, id="zz-local", extra={**be.extra, "country": "zz"})
    nav.set_library(library, "en")
    nav.set_contacts([stale, elsewhere])
    contacts = branch(nav, "Contacts")
    groups = [contacts.child(i) for i in range(contacts.childCount())]
    assert len(groups) == 2
    assert groups[0].child(0).text(0) == be.title("en") + " (check this)"
    assert groups[-1].child(0).data(0, IdRole) == "zz-local"


def test_content_from_a_pack_names_the_pack(nav: NavPane, library: Library) -> None:
    card = library.items["suicidal-thoughts"]
    from_pack = dataclasses.replace(card, origin="pk",
                                    origin_titles={"en": "Office pack", "fr": "Pack du bureau"})
    changed = Library(items={**library.items, card.id: from_pack}, toolkits=library.toolkits)
    nav.set_library(changed, "fr")
    assert leaves(nav)[card.id].text(0) == f"{card.title('fr')} · Pack du bureau"
    nav.set_language("nl")  # no Dutch pack title: the English one
    assert leaves(nav)[card.id].text(0) == f"{card.title('nl')} · Office pack"


def test_an_empty_library_has_only_the_fixed_branches(nav: NavPane) -> None:
    nav.set_library(Library(), "en")
    assert top(nav) == ["Situations", "Toolkits", "Glossary"]
    assert leaves(nav) == {}


def test_an_interface_language_change_rebuilds(nav: NavPane, library: Library) -> None:
    nav.set_library(library, "en")
    nav.set_contacts([])
    before = nav.topLevelItemCount()
    QApplication.sendEvent(nav, QEvent(QEvent.Type.LanguageChange))
    assert nav.topLevelItemCount() == before
    assert top(nav) == BRANCHES[:-1]  # the contacts in effect are kept across it
