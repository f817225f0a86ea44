"""The search results as a list model (ui/result_model.py), on its own: fed with real
results from the bundled index, checked through the model's own API and signals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from equalcity_desktop.library.results import Result
from equalcity_desktop.ui.result_model import ResultModel, ResultRole

from ..conftest import LIVENESS_MS


@pytest.fixture
def results(service) -> list[Result]:
    found = list(service.search("interpreter", "en", 5))
    assert len(found) >= 3
    return found


@pytest.fixture
def model(qtbot) -> ResultModel:
    return ResultModel()


def test_it_passes_qts_model_checks_empty_and_full(qtmodeltester, model: ResultModel,
                                                   results: list[Result]) -> None:
    qtmodeltester.check(model, force_py=True)
    model.set_results(results)
    qtmodeltester.check(model, force_py=True)


def test_a_new_model_is_empty(model: ResultModel) -> None:
    assert model.rowCount() == 0
    assert model.ids() == []
    assert model.result(0) is None
    assert model.data(model.index(0)) is None


def test_rows_show_the_titles_and_carry_the_results(model: ResultModel,
                                                     results: list[Result]) -> None:
    model.set_results(results)
    assert model.rowCount() == len(results)
    assert model.ids() == [r.id for r in results]
    for row, result in enumerate(results):
        index = model.index(row)
        assert model.data(index) == result.title
        assert model.data(index, Qt.ItemDataRole.DisplayRole) == result.title
        assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == result.title
        assert model.data(index, ResultRole) is result
        assert model.result(row) is result


def test_roles_it_does_not_serve_are_none(model: ResultModel, results: list[Result]) -> None:
    model.set_results(results)
    index = model.index(0)
    for role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole,
                 Qt.ItemDataRole.EditRole, Qt.ItemDataRole.UserRole + 100):
        assert model.data(index, role) is None


def test_rows_outside_the_list_are_none(model: ResultModel, results: list[Result]) -> None:
    model.set_results(results)
    n = len(results)
    assert model.result(n) is None
    assert model.result(-1) is None  # not the last row, as a Python index would be
    assert model.result(10_000) is None
    assert model.data(QModelIndex()) is None
    assert model.data(model.createIndex(n, 0)) is None
    assert model.data(model.createIndex(-1, 0)) is None


def test_a_list_has_no_children(model: ResultModel, results: list[Result]) -> None:
    model.set_results(results)
    assert model.rowCount(model.index(0)) == 0
    assert model.rowCount(QPersistentModelIndex(model.index(0))) == 0


def test_new_results_reset_the_model_once(qtbot, model: ResultModel,
                                          results: list[Result]) -> None:
    resets = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    with qtbot.waitSignal(model.modelAboutToBeReset, timeout=LIVENESS_MS):
        model.set_results(results)
    assert resets == [len(results)]
    with qtbot.waitSignal(model.modelReset, timeout=LIVENESS_MS):
        model.set_results(results[:1])
    assert resets == [len(results), 1]
    assert model.ids() == [results[0].id]


def test_clear_empties_it_with_a_reset(qtbot, model: ResultModel,
                                       results: list[Result]) -> None:
    model.set_results(results)
    with qtbot.waitSignal(model.modelReset, timeout=LIVENESS_MS):
        model.clear()
    assert model.rowCount() == 0 and model.ids() == []
    assert model.result(0) is None


def test_the_model_keeps_its_own_copy_of_the_list(model: ResultModel,
                                                  results: list[Result]) -> None:
    given = list(results)
    model.set_results(given)
    given.clear()  # the caller reuses its list
    assert model.rowCount() == len(results)
    assert model.ids() == [r.id for r in results]


def test_it_takes_any_iterable_of_results(model: ResultModel, results: list[Result]) -> None:
    model.set_results(r for r in results)
    assert model.ids() == [r.id for r in results]
    model.set_results(())
    assert model.rowCount() == 0


def test_a_results_object_with_a_correction_is_shown_like_a_list(service,
                                                                  model: ResultModel) -> None:
    found = service.search("interpeter", "en", 5)  # a typo
    assert found, "the typo should still find something"
    model.set_results(found)
    assert model.ids() == [r.id for r in found]
    assert all(model.data(model.index(row)) for row in range(model.rowCount()))
