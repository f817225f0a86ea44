"""The problems banner (ui/banner.py) on its own: fed with the problems of a real small
library that has broken files, and with a failure message; its "Details" box replaced
where the banner calls it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from equalcity_desktop import resources
from equalcity_desktop.library.service import ContentService
from equalcity_desktop.ui import banner as banner_mod
from equalcity_desktop.ui.banner import ProblemBanner
from equalcity_desktop.ui.i18n import Translations

from ..conftest import LIVENESS_MS, write


class FakeBox:
    """Stands in for QMessageBox in ui/banner.py; remembers every box shown."""

    shown: list[FakeBox] = []

    def __init__(self, _parent=None) -> None:
        self.title = self.text = self.details = ""

    def setWindowTitle(self, text: str) -> None:  # noqa: N802 (Qt's names)
        self.title = text

    def setText(self, text: str) -> None:  # noqa: N802
        self.text = text

    def setDetailedText(self, text: str) -> None:  # noqa: N802
        self.details = text

    def exec(self) -> int:
        FakeBox.shown.append(self)
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def banner(qtbot, monkeypatch) -> ProblemBanner:
    FakeBox.shown = []
    monkeypatch.setattr(banner_mod, "QMessageBox", FakeBox)
    banner = ProblemBanner()
    qtbot.addWidget(banner)
    return banner


@pytest.fixture
def problems(mini_content: Path, tmp_path: Path) -> list:
    write(mini_content / "cards" / "broken.en.md", "no front matter at all\n")
    write(mini_content / "cards" / "half.en.md", "---\nid: half\nkind: card\n---\n")
    content = ContentService([mini_content], cache=tmp_path / "cache")
    try:
        found = list(content.problems)
    finally:
        content.close()
    assert len(found) >= 2
    return found


def test_with_no_problems_there_is_no_banner(banner: ProblemBanner) -> None:
    assert banner.isHidden()
    banner.show_problems([])
    assert banner.isHidden()


def test_problems_are_counted_and_detailed(banner: ProblemBanner, problems: list) -> None:
    banner.show_problems(problems)
    assert not banner.isHidden()
    assert f"{len(problems)} content file" in banner.text.text()
    assert not banner.details.isHidden()
    QTest.mouseClick(banner.details, Qt.MouseButton.LeftButton)
    assert len(FakeBox.shown) == 1
    details = FakeBox.shown[0].details
    assert "broken.en.md" in details and "half.en.md" in details
    assert details.count("\n") == len(problems) - 1  # one line each


def test_problems_going_away_take_the_banner_with_them(banner: ProblemBanner,
                                                      problems: list) -> None:
    banner.show_problems(problems)
    banner.show_problems([])
    assert banner.isHidden()


def test_a_failure_is_said_without_details(banner: ProblemBanner) -> None:
    banner.show_failure("the index folder is not readable")
    assert not banner.isHidden()
    assert banner.text.text().endswith("the index folder is not readable")
    assert banner.details.isHidden()


def test_problems_after_a_failure_replace_it(banner: ProblemBanner, problems: list) -> None:
    banner.show_failure("gone")
    banner.show_problems(problems)
    assert "gone" not in banner.text.text()
    assert not banner.details.isHidden()
    banner.show_failure("gone again")
    assert banner.details.isHidden()
    assert banner.text.text().endswith("gone again")


def test_an_empty_failure_message_is_no_banner(banner: ProblemBanner) -> None:
    banner.show_failure("")
    assert banner.isHidden()


def test_a_failure_message_is_shown_as_written(banner: ProblemBanner) -> None:
    banner.show_failure("<b>cards</b> could not be read")
    assert banner.text.textFormat() == Qt.TextFormat.PlainText or \
        not Qt.mightBeRichText(banner.text.text())


@pytest.fixture
def translations() -> Iterator[Translations]:
    translations = Translations(resources.path("i18n"))
    yield translations
    translations.apply("en")


def test_the_banner_follows_the_interface_language(qtbot, banner: ProblemBanner,
                                                   problems: list,
                                                   translations: Translations) -> None:
    banner.show_problems(problems)
    english = (banner.text.text(), banner.details.text())
    assert translations.apply("fr")  # Qt posts the banner a LanguageChange
    qtbot.waitUntil(lambda: banner.details.text() != english[1], timeout=LIVENESS_MS)
    french = (banner.text.text(), banner.details.text())
    assert french[0] != english[0] and french[1] != english[1]
    assert str(len(problems)) in french[0]
