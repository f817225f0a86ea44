"""The country guides in the real window: home tiles, the navigation branch,
the kind label in the interface language, links from a card, and search."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl

from equalcity_desktop.library.contacts import country_name
from equalcity_desktop.library.languages import PAGE_WORDS
from equalcity_desktop.ui.nav_pane import IdRole

from ..library.test_country_guides import guide
from .conftest import make_window, part

ORDER = ("be", "lu", "it", "se")


def guides_content(mini_content: Path) -> Path:
    for code in ("se", "be", "it", "lu"):  # written out of order on purpose
        guide(mini_content, code)
    return mini_content


def test_home_tiles_and_tree_branch(qtbot, tmp_path, mini_content) -> None:
    window = make_window(qtbot, tmp_path / "cache", roots=[guides_content(mini_content)])
    try:
        tiles = part(window, "homePage").tiles
        # The situations first (a tile still opens a card), then one per country.
        assert [t.text() for t in tiles[-4:]] == [f"How things work in {n} en" for n in
                                                  ("Belgium", "Luxembourg", "Italy", "Sweden")]
        assert "How things work" not in tiles[0].text()
        tiles[-1].click()
        assert window.navigation.history.current == "country-se"
        assert "How things work in Sweden en" in part(window, "cardView").toPlainText()
        assert PAGE_WORDS["en"]["country"] in part(window, "cardView").toPlainText()

        tree = part(window, "navPane")
        top = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
        branch = next(node for node in top if node.text(0) == "Country guides")
        assert [branch.child(i).text(0) for i in range(branch.childCount())] == [
            t.text() for t in tiles[-4:]]
        part(window, "navPane").item_requested.emit(branch.child(0).data(0, IdRole))
        assert window.navigation.history.current == "country-be"

        window.content_lang.setCurrentIndex(window.content_lang.findData("pt"))
        qtbot.waitUntil(
            lambda: part(window, "homePage").tiles[-1].text() == "How things work in Sweden pt")
    finally:
        window.search_service.stop()


def test_a_card_links_each_country_guide(qtbot, tmp_path, mini_content) -> None:
    content = guides_content(mini_content)
    path = content / "cards" / "card-one.en.md"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "related: []\n", "related: []\nhelps_with: [violence]\n"), encoding="utf-8")
    window = make_window(qtbot, tmp_path / "cache", roots=[content])
    try:
        window.navigation.open_item("card-one")
        text = part(window, "cardView").toPlainText()
        for code in ORDER:
            where = country_name(code, "en")
            assert f"{where}: {PAGE_WORDS['en']['guide'].format(country=where)}" in text
        part(window, "cardView").link_activated.emit(QUrl("country:country-it"))
        assert window.navigation.history.current == "country-it"
    finally:
        window.search_service.stop()


def test_the_kind_label_follows_the_interface_language(qtbot, tmp_path, mini_content) -> None:
    from equalcity_desktop.ui.labels import kind_label

    window = make_window(qtbot, tmp_path / "cache", roots=[guides_content(mini_content)],
                         ui_lang="nl")
    try:
        assert kind_label("country") == "Landengids"
        tree = part(window, "navPane")
        top = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
        assert "Landengidsen" in top
    finally:
        window.search_service.stop()
        window.translations.apply("en")


def test_search_finds_a_guide(tmp_path, mini_content) -> None:
    from equalcity_desktop.library.service import ContentService

    service = ContentService([guides_content(mini_content)], cache=tmp_path / "cache")
    try:
        assert service.search("Luxembourg", "en")[0].id == "country-lu"
        found = service.search("Luxembourg", "en", kinds=("country",))
        assert [r.id for r in found] == ["country-lu"]
    finally:
        service.close()
