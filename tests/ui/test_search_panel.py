"""The search panel (ui/search_panel.py) on its own: no window, no search service. What it
asks for goes out as ``query_changed(SearchQuery)``; what is chosen goes out as
``item_requested(item_id)``; results come in through ``show_results``. Fed with real
results and toolkits from the bundled content."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from equalcity_desktop.library.results import Result, Results
from equalcity_desktop.library.service import ContentService
from equalcity_desktop.ui.result_model import DescriptionRole
from equalcity_desktop.ui.search_panel import SearchPanel, SearchQuery

from ..conftest import LIVENESS_MS


class Recorder:
    """Every emission of a signal, in order."""

    def __init__(self, signal) -> None:
        self.calls: list = []
        signal.connect(lambda *args: self.calls.append(args[0] if len(args) == 1 else args))


@pytest.fixture
def panel(qtbot, service: ContentService) -> SearchPanel:
    panel = SearchPanel()
    qtbot.addWidget(panel)
    panel.set_toolkits(list(service.library.toolkits.values()), "en")
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    return panel


@pytest.fixture
def found(service: ContentService) -> Results:
    results = service.search("interpreter", "en", 5)
    assert len(results) >= 3
    return results


def choose_kind(panel: SearchPanel, label: str) -> None:
    """Pick a kind in the kind filter with the keyboard, as a person would."""
    box = panel.kind_filter
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentText() == label:
            return
        QTest.keyClick(box, Qt.Key.Key_Down)
    raise AssertionError(f"the kind filter offers no {label!r}")


def typed(panel: SearchPanel, text: str) -> None:
    """Type into the panel's box, as a person would."""
    panel.focus_search()
    QTest.keyClicks(panel.search_box, text)


# -- what it asks for ------------------------------------------------------------------

def test_each_key_emits_the_words_so_far(qtbot, panel: SearchPanel) -> None:
    seen = Recorder(panel.query_changed)
    with qtbot.waitSignal(panel.query_changed, timeout=LIVENESS_MS,
                          check_params_cb=lambda q: q.text == "tolk"):
        typed(panel, "tolk")
    assert [q.text for q in seen.calls] == ["t", "to", "tol", "tolk"]
    assert all(q == SearchQuery(q.text) for q in seen.calls)  # no filter: all of them
    assert panel.query() == SearchQuery("tolk")


def test_typing_carries_the_filters_chosen(qtbot, panel: SearchPanel) -> None:
    panel.set_filters("brussels")
    choose_kind(panel, "Situation cards")
    expected = SearchQuery("tolk", ("brussels",), ("card",))
    with qtbot.waitSignal(panel.query_changed, timeout=LIVENESS_MS,
                          check_params_cb=lambda q: q == expected):
        typed(panel, "tolk")


def test_set_filters_emits_the_query_with_them(qtbot, panel: SearchPanel) -> None:
    panel.set_text("tolk")
    with qtbot.waitSignal(panel.query_changed, timeout=LIVENESS_MS,
                          check_params_cb=lambda q: q.toolkits == ("rome",)):
        panel.set_filters("rome")
    with qtbot.waitSignal(panel.query_changed, timeout=LIVENESS_MS,
                          check_params_cb=lambda q: q.kinds == ("section", "poster")):
        choose_kind(panel, "Toolkit sections")
    assert panel.query() == SearchQuery("tolk", ("rome",), ("section", "poster"))
    with qtbot.waitSignal(panel.query_changed, timeout=LIVENESS_MS,
                          check_params_cb=lambda q: q == SearchQuery("tolk")):
        panel.set_filters()  # no arguments: everything again


def test_set_filters_chooses_a_kind(panel: SearchPanel) -> None:
    panel.set_text("tolk")
    panel.set_filters("rome", tuple(["card"]))  # equal to the filter's value, not the same
    assert panel.query() == SearchQuery("tolk", ("rome",), ("card",))


@pytest.mark.parametrize("toolkit, kinds", [
    ("nowhere", None), (None, ("nonsense",)), ("", ()), ("BRUSSELS", ("Card",)),
    ("brussels ", ("card", "glossary")),  # a kind tuple the filter does not offer
])
def test_filters_it_does_not_offer_mean_all(panel: SearchPanel, toolkit, kinds) -> None:
    panel.set_filters("gothenburg")
    choose_kind(panel, "Glossary")
    panel.set_filters(toolkit, kinds)
    assert panel.query().toolkits == ()
    assert panel.query().kinds == ()


def test_a_filter_before_the_toolkits_are_known_means_all(qtbot) -> None:
    panel = SearchPanel()
    qtbot.addWidget(panel)
    panel.set_filters("brussels")
    assert panel.query() == SearchQuery("")


def test_the_chosen_toolkit_survives_a_language_change(qtbot, panel: SearchPanel,
                                                       service: ContentService) -> None:
    panel.set_text("tolk")
    panel.set_filters("luxembourg")
    before = panel.query()
    with qtbot.assertNotEmitted(panel.query_changed):
        panel.set_toolkits(list(service.library.toolkits.values()), "nl")
    assert panel.query() == before == SearchQuery("tolk", ("luxembourg",))


def test_the_chosen_kind_survives_a_content_language_change(qtbot, panel: SearchPanel,
                                                            service: ContentService) -> None:
    panel.set_text("tolk")
    choose_kind(panel, "Glossary")
    assert panel.query().kinds == ("glossary",)
    with qtbot.assertNotEmitted(panel.query_changed):
        panel.set_toolkits(list(service.library.toolkits.values()), "nl")
    assert panel.query().kinds == ("glossary",)


def test_the_chosen_kind_survives_an_interface_language_change(panel: SearchPanel) -> None:
    panel.set_text("tolk")
    choose_kind(panel, "Training")
    panel.retranslate_ui()
    assert panel.query().kinds == ("module",)


def test_spaces_alone_are_an_empty_query(qtbot, panel: SearchPanel, found: Results) -> None:
    panel.set_text("tolk")
    panel.show_results(found)
    with qtbot.waitSignal(panel.query_changed, timeout=LIVENESS_MS,
                          check_params_cb=lambda q: q.is_empty):
        panel.set_text("   \t ")
    assert panel.result_ids() == []  # nothing left of the last results


def test_keys_from_elsewhere_go_where_the_cursor_is(qtbot, panel: SearchPanel) -> None:
    panel.set_text("interpreter")
    panel.search_box.setCursorPosition(0)
    with qtbot.waitSignal(panel.query_changed, timeout=LIVENESS_MS,
                          check_params_cb=lambda q: q.text == "no interpreter"):
        panel.type_text("no ")


def test_clear_empties_everything_without_asking(qtbot, panel: SearchPanel,
                                                found: Results) -> None:
    panel.set_text("interpreter")
    panel.set_filters("brussels")
    choose_kind(panel, "Situation cards")
    panel.show_results(found)
    with qtbot.assertNotEmitted(panel.query_changed):
        panel.clear()
    assert panel.query() == SearchQuery("")
    assert panel.result_ids() == []
    assert not panel.empty_state.isVisibleTo(panel)
    assert not panel.did_you_mean.isVisibleTo(panel)


# -- what it shows -----------------------------------------------------------------------

def test_results_are_listed_with_their_descriptions(panel: SearchPanel, found: Results) -> None:
    panel.set_text("interpreter")
    found.descriptions = tuple(f"line {n}" for n in range(len(found)))
    panel.show_results(found)
    assert panel.result_ids() == [r.id for r in found]
    assert panel.result_at(0) is found[0]
    assert panel.result_at(len(found)) is None
    assert panel.result_at(-1) is None
    model = panel.model
    assert [model.data(model.index(n), DescriptionRole) for n in range(len(found))] == \
        list(found.descriptions)
    assert not panel.empty_state.isVisibleTo(panel)


def test_no_results_for_typed_words_shows_the_empty_state(panel: SearchPanel) -> None:
    panel.set_text("zzqxw")
    panel.show_results(Results())
    assert panel.empty_state.isVisibleTo(panel)
    assert panel.no_results.text()
    assert not panel.reset_filters.isVisibleTo(panel)  # no filter to reset
    assert panel.result_ids() == []


def test_no_results_with_a_filter_offers_to_search_everything(qtbot, panel: SearchPanel) -> None:
    panel.set_text("zzqxw")
    panel.set_filters("rome")
    choose_kind(panel, "Glossary")
    panel.show_results(Results())
    assert panel.reset_filters.isVisibleTo(panel)
    with qtbot.waitSignal(panel.query_changed, timeout=LIVENESS_MS,
                          check_params_cb=lambda q: q == SearchQuery("zzqxw")):
        QTest.mouseClick(panel.reset_filters, Qt.MouseButton.LeftButton)


def test_no_results_with_nothing_typed_is_not_an_empty_state(panel: SearchPanel) -> None:
    panel.show_results(Results())
    assert not panel.empty_state.isVisibleTo(panel)
    panel.set_text("   ")
    panel.show_results(Results())
    assert not panel.empty_state.isVisibleTo(panel)


def test_results_after_the_empty_state_hide_it(panel: SearchPanel, found: Results) -> None:
    panel.set_text("zzqxw")
    panel.show_results(Results())
    panel.set_text("interpreter")
    panel.show_results(found)
    assert not panel.empty_state.isVisibleTo(panel)


def test_did_you_mean_offers_the_correction_as_a_link(qtbot, panel: SearchPanel,
                                                      found: Results) -> None:
    panel.set_text("intrepreter")
    found.did_you_mean = "interpreter"
    panel.show_results(found)
    assert panel.did_you_mean.isVisibleTo(panel)
    assert '<a href="interpreter">interpreter</a>' in panel.did_you_mean.text()
    with qtbot.waitSignal(panel.query_changed, timeout=LIVENESS_MS,
                          check_params_cb=lambda q: q.text == "interpreter"):
        panel.did_you_mean.linkActivated.emit("interpreter")  # as a click on the link


def test_did_you_mean_is_escaped(panel: SearchPanel) -> None:
    panel.set_text("x")
    results = Results()
    results.did_you_mean = '"><img src=x>&<b>'
    panel.show_results(results)
    text = panel.did_you_mean.text()
    assert "<img" not in text and "<b>" not in text
    assert "&lt;img" in text and "&quot;" in text


def test_did_you_mean_goes_when_not_offered_or_nothing_typed(panel: SearchPanel,
                                                             found: Results) -> None:
    panel.set_text("intrepreter")
    found.did_you_mean = "interpreter"
    panel.show_results(found)
    panel.show_results(Results(found))  # a newer answer without a correction
    assert not panel.did_you_mean.isVisibleTo(panel)
    panel.set_text("")
    panel.show_results(found)  # a late answer once the box was emptied
    assert not panel.did_you_mean.isVisibleTo(panel)
    results = Results()
    results.did_you_mean = ""
    panel.set_text("x")
    panel.show_results(results)
    assert not panel.did_you_mean.isVisibleTo(panel)


# -- keys and choosing ------------------------------------------------------------------

def test_down_goes_to_the_first_result(qtbot, panel: SearchPanel, found: Results) -> None:
    typed(panel, "interpreter")
    panel.show_results(found)
    QTest.keyClick(panel.search_box, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.results, timeout=LIVENESS_MS)
    assert panel.results.currentIndex().row() == 0
    QTest.keyClick(panel.results, Qt.Key.Key_Up)  # up from the first row: back to the box
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.search_box,
                    timeout=LIVENESS_MS)


def test_down_without_results_stays_in_the_box(qtbot, panel: SearchPanel) -> None:
    typed(panel, "zzqxw")
    panel.show_results(Results())
    QTest.keyClick(panel.search_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.search_box


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_in_the_box_opens_the_first_result(qtbot, panel: SearchPanel, found: Results,
                                                 key) -> None:
    typed(panel, "interpreter")
    panel.show_results(found)
    with qtbot.waitSignal(panel.item_requested, timeout=LIVENESS_MS,
                          check_params_cb=lambda item_id: item_id == found[0].id):
        QTest.keyClick(panel.search_box, key)


def test_enter_without_results_opens_nothing(qtbot, panel: SearchPanel) -> None:
    typed(panel, "zzqxw")
    panel.show_results(Results())
    with qtbot.assertNotEmitted(panel.item_requested):
        QTest.keyClick(panel.search_box, Qt.Key.Key_Return)


def test_enter_in_the_list_opens_the_current_row(qtbot, panel: SearchPanel,
                                                found: Results) -> None:
    typed(panel, "interpreter")
    panel.show_results(found)
    QTest.keyClick(panel.search_box, Qt.Key.Key_Down)
    QTest.keyClick(panel.results, Qt.Key.Key_Down)
    assert panel.results.currentIndex().row() == 1
    with qtbot.waitSignal(panel.item_requested, timeout=LIVENESS_MS,
                          check_params_cb=lambda item_id: item_id == found[1].id):
        QTest.keyClick(panel.results, Qt.Key.Key_Return)


def test_esc_empties_the_box_and_asks_for_nothing(qtbot, panel: SearchPanel,
                                                  found: Results) -> None:
    typed(panel, "interpreter")
    panel.show_results(found)
    with qtbot.waitSignal(panel.query_changed, timeout=LIVENESS_MS,
                          check_params_cb=lambda q: q.is_empty):
        QTest.keyClick(panel.search_box, Qt.Key.Key_Escape)
    assert panel.result_ids() == []
    with qtbot.assertNotEmitted(panel.query_changed):  # Esc in an empty box: nothing
        QTest.keyClick(panel.search_box, Qt.Key.Key_Escape)


def test_a_click_on_a_row_requests_its_item(qtbot, panel: SearchPanel, found: Results) -> None:
    panel.set_text("interpreter")
    panel.show_results(found)
    view = panel.results
    rect = view.visualRect(panel.model.index(2))
    assert rect.isValid()
    with qtbot.waitSignal(panel.item_requested, timeout=LIVENESS_MS,
                          check_params_cb=lambda item_id: item_id == found[2].id):
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_click_below_the_rows_requests_nothing(qtbot, panel: SearchPanel) -> None:
    panel.set_text("interpreter")
    panel.show_results(Results([Result("interpreter", "glossary", "all", "en",
                                       "Interpreter", 1.0, ())]))
    view = panel.results
    below = view.viewport().rect().bottomLeft() - QPoint(-10, 2)
    assert not view.indexAt(below).isValid()
    with qtbot.assertNotEmitted(panel.item_requested):
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=below)
