"""The result list says why each result was found (issue 13): the query words a
result matched and, for an everyday word, what it stood for ("violence, for: hits"),
in a small grey line under the snippet; "for:" follows the interface language."""

from __future__ import annotations

from .conftest import part, results, search_and_wait


def _why_lines(window) -> list[str]:
    return [window.search_panel.why(result) for result in results(window)]


def test_each_row_says_what_it_matched_and_what_a_word_stood_for(window, qtbot) -> None:
    search_and_wait(qtbot, window, "her boyfriend pushed her")
    lines = _why_lines(window)
    assert lines and all(lines)
    assert any("for: pushed" in line for line in lines)
    # The grey line is part of the drawn row: a row with it is taller than without.
    delegate = part(window, "results").itemDelegate()
    index = part(window, "results").model().index(0)
    with_why = delegate.sizeHint(_option(window), index).height()
    delegate._why = None
    try:
        assert with_why > delegate.sizeHint(_option(window), index).height()
    finally:
        delegate._why = window.search_panel.why


def test_for_is_translated(window, qtbot) -> None:
    window.translations.apply("fr")
    try:
        search_and_wait(qtbot, window, "her boyfriend pushed her")
        assert any("pour : pushed" in line for line in _why_lines(window))
    finally:
        window.translations.apply("en")


def _option(window):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(part(window, "results"))
    return option
