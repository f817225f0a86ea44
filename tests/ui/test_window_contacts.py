"""Local contacts from the window: the dialog opens from the File menu, and
an edit shows at once in the tree, the results and the open card."""

from __future__ import annotations

from pathlib import Path

from equalcity_desktop.library.contacts import Contact

from .conftest import keys, make_window, part


def _tree_texts(window) -> list[str]:
    out = []
    tree = part(window, "navPane")
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        node = stack.pop()
        out.append(node.text(0))
        stack += [node.child(i) for i in range(node.childCount())]
    return out


def test_an_office_contact_shows_everywhere_at_once(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path / "index")
    try:
        window.actions["contacts"].trigger()
        dialog = window.contents.dialog
        assert dialog is not None and dialog.isVisible()
        window.navigation.open_item("recent-sexual-assault")
        keys("zephyrine")
        store = window.content.contact_store()
        store.save(Contact(id="local-maison-zephyrine", organisation="Maison Zéphyrine",
                           helps_with=("sexual-violence",), phone="02 000 00 00",
                           last_checked="2026-11-01"))
        # (Waiting on results_ready itself would leave pytest-qt's blocker
        # connected to a signal the worker thread may send again later.)
        dialog.contacts_changed.emit()
        assert "Maison Zéphyrine" in _tree_texts(window)
        assert "Maison Zéphyrine" in part(window, "cardView").toPlainText()  # "Who can help"
        qtbot.waitUntil(lambda: "local-maison-zephyrine" in window.search_panel.result_ids(),
                        timeout=10_000)
        window.privacy.quick_exit()
        assert window.contents.dialog is None or not dialog.isVisible()
    finally:
        window.search_service.stop()
