"""The content language (ui/content_language.py) on its own: one owner, remembered in this
test's settings, ``changed(lang)`` once per real change; and the toolbar's box that follows
it and sets it."""

from __future__ import annotations

import pytest

from equalcity_desktop.library.languages import LANGS, NATIVE_NAMES
from equalcity_desktop.ui.content_language import ContentLanguage, ContentLanguageBox
from equalcity_desktop.ui.settings import Settings

from ..conftest import LIVENESS_MS


class Recorder:
    def __init__(self, signal) -> None:
        self.calls: list = []
        signal.connect(self.calls.append)


def reread(settings: Settings) -> Settings:
    settings.sync()
    return Settings(settings.path.parent)


@pytest.fixture
def settings() -> Settings:
    return Settings()


def test_with_nothing_stored_it_takes_the_fallback(settings: Settings) -> None:
    assert ContentLanguage(settings, "pt").value == "pt"


@pytest.mark.parametrize("fallback", ["de", "", "EN", "en_GB", "xx-YY"])
def test_an_unknown_fallback_means_the_first_language(settings: Settings, fallback) -> None:
    assert ContentLanguage(settings, fallback).value == LANGS[0]


def test_a_stored_language_wins_over_the_fallback(settings: Settings) -> None:
    settings.set("content_language", "fr")
    assert ContentLanguage(reread(settings), "nl").value == "fr"


@pytest.mark.parametrize("stored", ["de", "FR", " nl", "0", "en,fr"])
def test_an_unknown_stored_language_falls_back(settings: Settings, stored) -> None:
    settings.set("content_language", stored)
    assert ContentLanguage(reread(settings), "nl").value == "nl"


def test_a_change_is_remembered_for_the_next_start(qtbot, settings: Settings) -> None:
    language = ContentLanguage(settings, "en")
    with qtbot.waitSignal(language.changed, timeout=LIVENESS_MS,
                          check_params_cb=lambda lang: lang == "nl"):
        assert language.set("nl") is True
    assert language.value == "nl"
    again = reread(settings)
    assert again.get("content_language") == "nl"
    assert ContentLanguage(again, "en").value == "nl"


def test_changed_is_emitted_once_per_change_and_never_for_the_same(settings: Settings) -> None:
    language = ContentLanguage(settings, "en")
    seen = Recorder(language.changed)
    assert language.set("en") is True  # already: nothing happens
    assert seen.calls == []
    for lang in ("fr", "fr", "pt", "fr", "fr"):
        assert language.set(lang) is True
    assert seen.calls == ["fr", "pt", "fr"]


@pytest.mark.parametrize("bad", ["de", "", "EN", " fr", "fr ", "nl-BE", "english", None, 1])
def test_an_unknown_language_is_refused(qtbot, settings: Settings, bad) -> None:
    language = ContentLanguage(settings, "pt")
    with qtbot.assertNotEmitted(language.changed):
        assert language.set(bad) is False
    assert language.value == "pt"
    assert reread(settings).get("content_language") == ""  # nothing was written


def test_the_box_offers_each_language_in_its_own_name(qtbot, settings: Settings) -> None:
    box = ContentLanguageBox(ContentLanguage(settings, "fr"))
    qtbot.addWidget(box)
    assert [box.itemData(i) for i in range(box.count())] == list(LANGS)
    assert [box.itemText(i) for i in range(box.count())] == [NATIVE_NAMES[x] for x in LANGS]
    assert box.currentData() == "fr"


def test_the_box_follows_the_language(qtbot, settings: Settings) -> None:
    language = ContentLanguage(settings, "en")
    box = ContentLanguageBox(language)
    qtbot.addWidget(box)
    seen = Recorder(language.changed)
    language.set("pt")
    assert box.currentData() == "pt"
    assert seen.calls == ["pt"]  # the box following does not set it a second time
    language.set("de")
    assert box.currentData() == "pt"


def test_the_box_sets_the_language(qtbot, settings: Settings) -> None:
    language = ContentLanguage(settings, "en")
    box = ContentLanguageBox(language)
    qtbot.addWidget(box)
    seen = Recorder(language.changed)
    with qtbot.waitSignal(language.changed, timeout=LIVENESS_MS,
                          check_params_cb=lambda lang: lang == "nl"):
        box.setCurrentIndex(box.findData("nl"))  # as a choice in the list
    assert language.value == "nl"
    assert seen.calls == ["nl"]
    assert reread(settings).get("content_language") == "nl"


def test_two_boxes_on_one_language_agree(qtbot, settings: Settings) -> None:
    language = ContentLanguage(settings, "en")
    first, second = ContentLanguageBox(language), ContentLanguageBox(language)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    seen = Recorder(language.changed)
    first.setCurrentIndex(first.findData("fr"))
    assert second.currentData() == "fr"
    assert seen.calls == ["fr"]
