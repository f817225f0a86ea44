"""A content pack installed or removed from the window: the content is
opened again beside the old one, then switched; pack items say where they
came from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from equalcity_desktop.cli import content_roots
from equalcity_desktop.library import packs
from equalcity_desktop.ui.result_model import DescriptionRole

from ..conftest import CONTENT
from ..library.test_packs import build_pack
from .conftest import keys, make_window, part


def test_a_pack_comes_and_goes_while_the_window_is_open(qtbot, tmp_path: Path,
                                                       trusted_test_key) -> None:
    window = make_window(qtbot, tmp_path / "index")
    window.content.roots_provider = lambda: content_roots(None, None)
    try:
        archive = build_pack(tmp_path, CONTENT, word=" zebrafinch")
        packs.install(archive, bundled=CONTENT)
        old = window.content
        with qtbot.waitSignal(window.search_service.content_replaced, timeout=120_000):
            window.contents.reload_content()
        assert window.content is not old
        keys("zebrafinch")
        qtbot.waitUntil(lambda: len(window.search_panel.result_ids()) > 0, timeout=10_000)
        assert sorted(window.search_panel.result_ids()) == ["city-card-0", "city-card-1"]
        row = part(window, "results").model().index(0, 0)
        assert "pack: City pack" in row.data(DescriptionRole)  # the row's grey line
        assert part(window, "navPane").findItems("City card city-card-0 en · City pack",
                                    Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        window.navigation.open_item("city-card-0")
        page = part(window, "cardView").toPlainText()
        assert "From the content pack “City pack”" in page

        packs.remove("city")
        with qtbot.waitSignal(window.search_service.content_replaced, timeout=120_000):
            window.contents.reload_content()
        assert not window.reading.showing_page  # its page is gone
        qtbot.waitUntil(lambda: len(window.search_panel.result_ids()) == 0, timeout=10_000)
    finally:
        window.search_service.stop()
