"""The path of a keystroke (ui/search_controller.py) on its own: a bare SearchPanel, a real
SearchService over the bundled content (its search function injected to record what it is
asked, and to hold a search where a test needs one held), and the content language. No
window. Also :func:`describe`, the grey line under each result."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from equalcity_desktop import resources
from equalcity_desktop.library.results import Result, Results
from equalcity_desktop.library.service import ContentService
from equalcity_desktop.ui.content_language import ContentLanguage
from equalcity_desktop.ui.i18n import Translations
from equalcity_desktop.ui.result_model import DescriptionRole
from equalcity_desktop.ui.search_controller import SearchController, describe
from equalcity_desktop.ui.search_panel import SearchPanel, SearchQuery
from equalcity_desktop.ui.search_service import SearchRequest, SearchService
from equalcity_desktop.ui.settings import Settings

from ..conftest import LIVENESS_MS


class Asked:
    """The injected search: records each request, answers from the real content, and holds
    a request whose text is in ``hold`` until ``release`` is set."""

    def __init__(self, content: ContentService) -> None:
        self.content = content
        self.requests: list[SearchRequest] = []
        self.hold: set[str] = set()
        self.held = threading.Event()
        self.release = threading.Event()
        self.timed_out = False

    def __call__(self, request: SearchRequest) -> list[Result]:
        self.requests.append(request)
        if request.text in self.hold:
            self.held.set()
            self.timed_out = not self.release.wait(timeout=LIVENESS_MS / 1000)
        return self.content.search(request.text, request.lang, request.limit,
                                   kinds=request.kinds, toolkits=request.toolkits)

    def texts(self) -> list[tuple[str, str]]:
        return [(r.text, r.lang) for r in self.requests]


@dataclass
class Rig:
    panel: SearchPanel
    service: SearchService
    language: ContentLanguage
    controller: SearchController
    asked: Asked
    answered: list[int]  # the ids of every results_ready, in order


def build(qtbot, content: ContentService, start: bool = True) -> Rig:
    panel = SearchPanel()
    qtbot.addWidget(panel)
    panel.set_toolkits(list(content.library.toolkits.values()), "en")
    language = ContentLanguage(Settings(), "en")
    asked = Asked(content)
    service = SearchService(content, search=asked, describe=describe)
    controller = SearchController(panel, service, language)
    answered: list[int] = []
    service.results_ready.connect(lambda qid, _results: answered.append(qid))
    rig = Rig(panel, service, language, controller, asked, answered)
    if start:
        with qtbot.waitSignal(service.ready, timeout=LIVENESS_MS):
            service.start()
    return rig


@pytest.fixture
def rig(qtbot, service: ContentService) -> Iterator[Rig]:
    rig = build(qtbot, service)
    yield rig
    rig.asked.release.set()
    rig.service.stop()


def wait_for_answer(qtbot, rig: Rig) -> None:
    """Until the newest query asked has been answered and listed."""
    qtbot.waitUntil(lambda: rig.service.latest_id in rig.answered, timeout=LIVENESS_MS)


def ids(content: ContentService, text: str, lang: str, **kw) -> list[str]:
    return [r.id for r in content.search(text, lang, SearchRequest(0, "", "").limit, **kw)]


# -- a query reaches the service -------------------------------------------------------

def test_typed_words_reach_the_service_in_the_content_language(qtbot, rig: Rig,
                                                              service: ContentService) -> None:
    rig.language.set("nl")
    rig.panel.set_text("tolk")
    wait_for_answer(qtbot, rig)
    assert rig.asked.texts()[-1] == ("tolk", "nl")
    assert rig.panel.result_ids() == ids(service, "tolk", "nl")
    assert rig.panel.result_ids()  # not vacuous


def test_the_filters_reach_the_service(qtbot, rig: Rig, service: ContentService) -> None:
    rig.panel.set_filters("brussels")
    rig.panel.set_text("interpreter")
    wait_for_answer(qtbot, rig)
    request = rig.asked.requests[-1]
    assert (request.text, request.toolkits, request.kinds) == ("interpreter", ("brussels",), ())
    expected = ids(service, "interpreter", "en", toolkits=("brussels",))
    assert rig.panel.result_ids() == expected
    assert expected != ids(service, "interpreter", "en")  # the filter made a difference


def test_each_row_carries_its_description(qtbot, rig: Rig, service: ContentService) -> None:
    rig.language.set("fr")
    rig.panel.set_text("interpreter")
    wait_for_answer(qtbot, rig)
    model, rows = rig.panel.model, len(rig.panel.result_ids())
    assert rows
    for row in range(rows):
        result = rig.panel.result_at(row)
        assert model.data(model.index(row), DescriptionRole) == describe(service, result, "fr")


def test_search_returns_the_id_the_service_answers_with(qtbot, rig: Rig) -> None:
    with qtbot.waitSignal(rig.service.results_ready, timeout=LIVENESS_MS) as blocker:
        qid = rig.controller.search(SearchQuery("safe word"))
    assert qid == rig.service.latest_id == blocker.args[0]


def test_an_empty_query_clears_the_list_without_asking(qtbot, rig: Rig) -> None:
    rig.panel.set_text("interpreter")
    wait_for_answer(qtbot, rig)
    assert rig.panel.result_ids()
    asked = len(rig.asked.requests)
    rig.panel.set_text("   ")
    wait_for_answer(qtbot, rig)  # the service answers an empty query at once, with nothing
    assert rig.panel.result_ids() == []
    assert len(rig.asked.requests) == asked


# -- late answers ------------------------------------------------------------------------

def test_a_late_answer_for_an_older_query_is_dropped(qtbot, rig: Rig,
                                                    service: ContentService) -> None:
    old = rig.controller.search(SearchQuery("suicide"))
    qtbot.waitUntil(lambda: old in rig.answered, timeout=LIVENESS_MS)
    old_ids = rig.panel.result_ids()
    rig.panel.set_text("tolk")
    wait_for_answer(qtbot, rig)
    new_ids = rig.panel.result_ids()
    assert new_ids and new_ids != old_ids
    # The older query's answer arrives once more, late (as from a search that finished
    # just before the newer one was asked): the list keeps the newer answer.
    rig.service.results_ready.emit(old, service.search("suicide", "en"))
    assert rig.panel.result_ids() == new_ids
    rig.service.results_ready.emit(rig.service.latest_id + 1, Results())  # not asked yet
    assert rig.panel.result_ids() == new_ids


def test_clear_drops_the_search_running_and_empties_the_panel(qtbot, rig: Rig,
                                                             service: ContentService) -> None:
    rig.asked.hold.add("tolk")
    rig.panel.set_text("tolk")
    held = rig.service.latest_id
    qtbot.waitUntil(rig.asked.held.is_set, timeout=LIVENESS_MS)
    rig.controller.clear()
    assert rig.panel.query() == SearchQuery("")
    assert rig.panel.result_ids() == []
    rig.asked.release.set()
    rig.panel.set_text("interpreter")  # answered after the held one: it is behind it
    wait_for_answer(qtbot, rig)
    assert held not in rig.answered
    assert rig.panel.result_ids() == ids(service, "interpreter", "en")
    assert not rig.asked.timed_out


def test_queries_overtaken_while_one_runs_are_never_asked(qtbot, rig: Rig) -> None:
    rig.asked.hold.add("t")
    rig.panel.set_text("t")
    qtbot.waitUntil(rig.asked.held.is_set, timeout=LIVENESS_MS)
    for text in ("to", "tol", "tolk"):
        rig.panel.set_text(text)
    rig.asked.release.set()
    wait_for_answer(qtbot, rig)
    assert [text for text, _ in rig.asked.texts()] == ["t", "tolk"]
    assert rig.answered == [rig.service.latest_id]  # the held one was never listed


# -- a new language, new content ---------------------------------------------------------

def test_a_language_change_searches_again(qtbot, rig: Rig, service: ContentService) -> None:
    rig.panel.set_text("interpreter")
    wait_for_answer(qtbot, rig)
    with qtbot.waitSignal(rig.service.results_ready, timeout=LIVENESS_MS,
                          check_params_cb=lambda qid, _r: qid == rig.service.latest_id):
        rig.language.set("pt")
    assert rig.asked.texts()[-1] == ("interpreter", "pt")
    assert rig.panel.result_ids() == ids(service, "interpreter", "pt")


def test_the_same_language_again_does_not_search(rig: Rig) -> None:
    rig.panel.set_text("interpreter")
    latest = rig.service.latest_id
    rig.language.set("en")
    rig.language.set("xx")
    assert rig.service.latest_id == latest


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_a_language_change_with_nothing_typed_does_not_search(rig: Rig, text: str) -> None:
    rig.panel.set_text(text)
    latest = rig.service.latest_id
    rig.language.set("nl")
    rig.controller.search_again()
    assert rig.service.latest_id == latest


def test_a_query_typed_before_typo_correction_was_ready_is_asked_again(
        qtbot, service: ContentService) -> None:
    rig = build(qtbot, service, start=False)
    try:
        rig.panel.set_text("intrepreter")  # typed before the service has even started
        with qtbot.waitSignal(rig.service.warmed, timeout=LIVENESS_MS):
            rig.service.start()
        qtbot.waitUntil(lambda: [t for t, _ in rig.asked.texts()].count("intrepreter") >= 2,
                        timeout=LIVENESS_MS)
        wait_for_answer(qtbot, rig)
        assert rig.panel.result_ids()
    finally:
        rig.service.stop()


# -- describe ----------------------------------------------------------------------------

def result(kind: str = "card", toolkit: str = "brussels", matched_lang: str | None = None,
           item_id: str = "asylum-sogiesc-fear") -> Result:
    return Result(item_id, kind, toolkit, "en", "A title", 1.0, (), matched_lang)


@pytest.fixture
def english() -> Iterator[Translations]:
    translations = Translations(resources.path("i18n"))
    translations.apply("en")
    yield translations
    translations.apply("en")


def test_describe_gives_kind_city_and_found_in(service: ContentService, english) -> None:
    assert describe(service, result(matched_lang="fr"), "en") == \
        "Situation card · Brussels · found in French"
    assert describe(service, result(), "en") == "Situation card · Brussels"


def test_describe_names_the_city_in_the_content_language(service: ContentService,
                                                        english) -> None:
    assert describe(service, result(toolkit="gothenburg"), "pt") == "Situation card · Gotemburgo"
    assert describe(service, result(toolkit="brussels"), "nl") == "Situation card · Brussel"


def test_describe_without_a_toolkit_of_its_own(service: ContentService, english) -> None:
    assert describe(service, result(kind="glossary", toolkit="all", item_id="interpreter"),
                    "en") == "Glossary"


def test_describe_in_the_interface_language(service: ContentService, english) -> None:
    assert english.apply("nl")
    text = describe(service, result(matched_lang="fr"), "fr")
    assert text == "Situatiekaart · Bruxelles · gevonden in het Frans"


@pytest.mark.parametrize("bad", [
    result(kind="weird", toolkit="nowhere", item_id="no-such-item"),
    result(kind="", toolkit="", item_id=""),
])
def test_describe_with_unknown_parts_leaves_them_out(service: ContentService, english,
                                                    bad: Result) -> None:
    assert describe(service, bad, "en") == bad.kind


def test_describe_with_an_unknown_language_found_in(service: ContentService, english) -> None:
    assert describe(service, result(matched_lang="xx"), "en") == \
        "Situation card · Brussels · found in xx"
