"""Back and forward within one session (ui/history.py), on its own: no window."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from equalcity_desktop.ui.history import History


def visited(*ids: str) -> History:
    history = History()
    for item_id in ids:
        history.visit(item_id)
    return history


def test_a_new_history_is_empty_and_goes_nowhere() -> None:
    history = History()
    assert history.current is None
    assert not history.can_back() and not history.can_forward()
    assert history.back() is None
    assert history.forward() is None
    assert history.current is None


def test_visits_go_back_and_forward_in_order() -> None:
    history = visited("a", "b", "c")
    assert history.current == "c"
    assert history.can_back() and not history.can_forward()
    assert history.back() == "b"
    assert history.back() == "a"
    assert not history.can_back() and history.can_forward()
    assert history.forward() == "b"
    assert history.forward() == "c"
    assert not history.can_forward()


def test_back_at_the_start_and_forward_at_the_end_stay_put() -> None:
    history = visited("a", "b")
    history.back()
    assert history.back() == "a"  # already at the first: stays there
    assert history.current == "a"
    history.forward()
    assert history.forward() == "b"  # already at the last: stays there
    assert history.current == "b"


def test_visiting_the_current_item_again_adds_nothing() -> None:
    history = visited("a", "a", "b", "b")
    assert history.back() == "a"
    assert not history.can_back()


def test_an_item_seen_before_but_not_current_is_a_new_step() -> None:
    history = visited("a", "b", "a")
    assert history.current == "a"
    assert history.back() == "b"
    assert history.back() == "a"


def test_a_visit_after_going_back_drops_the_forward_steps() -> None:
    history = visited("a", "b", "c")
    history.back()
    history.back()
    history.visit("d")
    assert history.current == "d"
    assert not history.can_forward()
    assert history.forward() == "d"
    assert history.back() == "a"
    assert not history.can_back()


def test_revisiting_the_current_item_after_going_back_keeps_the_forward_steps() -> None:
    history = visited("a", "b", "c")
    history.back()
    history.visit("b")  # the item already shown: nothing changes
    assert history.can_forward()
    assert history.forward() == "c"


def test_clear_forgets_everything() -> None:
    history = visited("a", "b", "c")
    history.back()
    history.clear()
    assert history.current is None
    assert not history.can_back() and not history.can_forward()
    assert history.back() is None and history.forward() is None
    history.visit("x")
    assert history.current == "x" and not history.can_back()


def test_an_empty_id_is_kept_like_any_other() -> None:
    # The window never passes one; the history does not judge ids, it only orders them.
    history = visited("a", "")
    assert history.current == ""
    assert history.back() == "a"


@given(st.lists(st.one_of(st.tuples(st.just("visit"), st.sampled_from("abcd")),
                          st.tuples(st.sampled_from(["back", "forward", "clear"]),
                                    st.none())), max_size=40))
def test_it_behaves_like_a_list_and_a_cursor(steps: list[tuple[str, str | None]]) -> None:
    history = History()
    entries: list[str] = []
    index = -1
    for action, item_id in steps:
        if action == "visit":
            history.visit(item_id)
            if index < 0 or entries[index] != item_id:
                entries = entries[: index + 1] + [item_id]
                index = len(entries) - 1
        elif action == "back":
            history.back()
            index = index - 1 if index > 0 else index
        elif action == "forward":
            history.forward()
            index = index + 1 if index + 1 < len(entries) else index
        else:
            history.clear()
            entries, index = [], -1
        assert history.current == (entries[index] if index >= 0 else None)
        assert history.can_back() == (index > 0)
        assert history.can_forward() == (index + 1 < len(entries))
