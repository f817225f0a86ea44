"""One table of actions, and no key bound twice."""

from __future__ import annotations

from collections import Counter

from equalcity_desktop.ui import actions


def test_no_key_is_bound_twice(qapp) -> None:
    keys = [seq.toString() for spec in actions.ACTIONS for seq in actions.sequences(spec)]
    assert keys
    doubles = [k for k, n in Counter(keys).items() if n > 1]
    assert doubles == []


def test_every_action_has_a_text_and_a_tip(qapp) -> None:
    ids = [spec.id for spec in actions.ACTIONS]
    assert len(ids) == len(set(ids))
    for spec in actions.ACTIONS:
        assert spec.text and spec.tip, spec.id


def test_search_shortcuts(qapp) -> None:
    spec = next(s for s in actions.ACTIONS if s.id == "focus_search")
    keys = {seq.toString() for seq in actions.sequences(spec)}
    assert {"Ctrl+K", "Ctrl+F"} <= keys
