"""Every key of a show in one table: the console's key list, the dispatch
and the test that no key is bound twice all read it.

Clickers send PageDown/PageUp, F5/Esc and "." (their "hide" button); those
are here. Keys are written as QKeySequence strings.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence


@dataclass(frozen=True)
class ShowKey:
    action: str
    keys: tuple[str, ...]
    text: str


KEYMAP: tuple[ShowKey, ...] = (
    ShowKey("next", ("Right", "Down", "PgDown", "Space", "N", "Return", "Enter"),
            QT_TRANSLATE_NOOP("ShowKeys", "Next slide")),
    ShowKey("previous", ("Left", "Up", "PgUp", "Backspace", "P", "Shift+Space"),
            QT_TRANSLATE_NOOP("ShowKeys", "Previous slide")),
    ShowKey("first", ("Home", "F5"), QT_TRANSLATE_NOOP("ShowKeys", "First slide")),
    ShowKey("last", ("End",), QT_TRANSLATE_NOOP("ShowKeys", "Last slide")),
    ShowKey("digit", tuple("0123456789"),
            QT_TRANSLATE_NOOP("ShowKeys", "Type a slide number, then Enter: go to that slide")),
    ShowKey("black", ("B", "."),
            QT_TRANSLATE_NOOP("ShowKeys", "Black screen on or off (the slides go on behind it)")),
    ShowKey("white", ("W", ","),
            QT_TRANSLATE_NOOP("ShowKeys", "White screen on or off (the slides go on behind it)")),
    ShowKey("fullscreen", ("F", "F11"),
            QT_TRANSLATE_NOOP("ShowKeys", "Audience window full screen on or off")),
    ShowKey("swap", ("S",), QT_TRANSLATE_NOOP("ShowKeys", "Swap the two screens")),
    ShowKey("console", ("C",),
            QT_TRANSLATE_NOOP("ShowKeys", "With one screen: show or hide the presenter console")),
    ShowKey("next_step", ("]",), QT_TRANSLATE_NOOP("ShowKeys", "Next step of the plan")),
    ShowKey("previous_step", ("[",), QT_TRANSLATE_NOOP("ShowKeys", "Previous step of the plan")),
    ShowKey("pause", ("Pause",),
            QT_TRANSLATE_NOOP("ShowKeys", "Pause or resume the timer (it is not reset)")),
    ShowKey("reset", ("R",), QT_TRANSLATE_NOOP("ShowKeys", "Reset the timer (asks first)")),
    ShowKey("overview", ("O",), QT_TRANSLATE_NOOP("ShowKeys", "Overview of all slides")),
    ShowKey("notes_larger", ("+", "="), QT_TRANSLATE_NOOP("ShowKeys", "Larger notes")),
    ShowKey("notes_smaller", ("-",), QT_TRANSLATE_NOOP("ShowKeys", "Smaller notes")),
    ShowKey("keys", ("?", "F1"), QT_TRANSLATE_NOOP("ShowKeys", "This list of keys")),
    ShowKey("end", ("Esc",), QT_TRANSLATE_NOOP("ShowKeys", "End the show")),
)


def _normal(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)


def bindings() -> dict[str, str]:
    """Key (portable text) -> action. Raises if a key is bound twice."""
    out: dict[str, str] = {}
    for spec in KEYMAP:
        for key in spec.keys:
            normal = _normal(key)
            if normal in out:
                raise ValueError(f"{key} is bound to both {out[normal]} and {spec.action}")
            out[normal] = spec.action
    return out


_BINDINGS = bindings()


def action_for(event: QKeyEvent) -> str | None:
    """The show action a key press asks for, if any. Keypad keys count as
    the same keys, and Shift is ignored when the key with Shift is not bound
    itself, so "?" works on every keyboard layout."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = event.key()
    if key in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
        return None
    full = QKeySequence(mods.value | key).toString(QKeySequence.SequenceFormat.PortableText)
    if full in _BINDINGS:
        return _BINDINGS[full]
    if mods == Qt.KeyboardModifier.ShiftModifier:
        bare = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
        return _BINDINGS.get(bare)
    return None


def key_list() -> list[tuple[str, str]]:
    """(keys, what they do) in the interface language, for the key list."""
    rows = []
    for spec in KEYMAP:
        keys = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                         for k in spec.keys)
        if spec.action == "digit":
            keys = "0 … 9"
        rows.append((keys, QCoreApplication.translate("ShowKeys", spec.text)))
    return rows
