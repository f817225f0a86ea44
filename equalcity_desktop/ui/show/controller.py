"""The state of a show: which slide, blank or not, which step of the plan,
the clock. Both windows send their keys here and redraw on ``changed``.

Signals: ``changed()`` after any change the windows must show,
``ended()`` when the show is over, and ``asked(str)`` for an action that
needs a window (overview, key list, reset confirmation, full screen, swap,
console).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...library.presentation import Deck, PaceClock

WINDOW_ACTIONS = ("overview", "keys", "reset", "fullscreen", "swap", "console",
                  "notes_larger", "notes_smaller")


class ShowController(QObject):
    changed = Signal()
    ended = Signal()
    asked = Signal(str)

    def __init__(self, deck: Deck, start: int = 0, clock: PaceClock | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.deck = deck
        self.index = min(max(0, start), len(deck.slides) - 1)
        self.blank = ""
        self.digits = ""
        self.step = 0
        self.clock = clock or PaceClock()
        self.clock.start()
        self.running = True

    # -- where we are --------------------------------------------------------
    @property
    def count(self) -> int:
        return len(self.deck.slides)

    @property
    def current(self):
        return self.deck.slides[self.index]

    @property
    def upcoming(self):
        return self.deck.slides[self.index + 1] if self.index + 1 < self.count else None

    # -- actions ------------------------------------------------------------
    def trigger(self, action: str, text: str = "") -> None:
        """Run a key-map action; ``text`` is the typed character for digits."""
        if not self.running:
            return
        if action == "digit":
            self.digits = (self.digits + text)[-4:]
            self.changed.emit()
            return
        if action == "next" and self.digits:
            number, self.digits = int(self.digits), ""
            self.go(number - 1)
            return
        self.digits = ""
        handler = {
            "next": lambda: self.go(self.index + 1),
            "previous": lambda: self.go(self.index - 1),
            "first": lambda: self.go(0),
            "last": lambda: self.go(self.count - 1),
            "black": lambda: self.toggle_blank("black"),
            "white": lambda: self.toggle_blank("white"),
            "pause": self.toggle_pause,
            "next_step": lambda: self.go_step(self.step + 1),
            "previous_step": lambda: self.go_step(self.step - 1),
            "end": self.end,
        }.get(action)
        if handler is not None:
            handler()
        elif action in WINDOW_ACTIONS:
            self.asked.emit(action)

    def go(self, index: int) -> None:
        """Show slide ``index`` (clamped); a blank screen stays blank."""
        index = min(max(0, index), self.count - 1)
        if index != self.index:
            self.index = index
        self.changed.emit()

    def toggle_blank(self, colour: str) -> None:
        self.blank = "" if self.blank == colour else colour
        self.changed.emit()

    def toggle_pause(self) -> None:
        self.clock.toggle_pause()
        self.changed.emit()

    def reset_clock(self) -> None:
        self.clock.reset()
        self.step = 0
        self.changed.emit()

    def go_step(self, step: int) -> None:
        if not self.deck.steps:
            return
        step = min(max(0, step), len(self.deck.steps) - 1)
        if step != self.step:
            self.step = step
            self.clock.next_step()
        self.changed.emit()

    def end(self) -> None:
        if self.running:
            self.running = False
            self.ended.emit()
