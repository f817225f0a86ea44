"""The presenter console: what the trainer sees on the laptop while the
audience sees the slide. Current and next slide, trainer notes (in a
language of their own), elapsed time and clock, the module's step plan with
planned minutes, and a pacing line that turns amber near the planned end of
a step and red when it runs over (in words as well as colour).

Its buttons never take the keyboard focus: a clicker's Space or Enter must
move the slides, not press whatever button was last clicked.

Signals: ``notes_language_requested(str)``.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...library.languages import LANGS, NATIVE_NAMES
from ...library.markup import render_html
from ...library.presentation import OVER, SOON, clock_text, pacing
from .controller import ShowController
from .slide_view import SlideView

PACING_STYLE = {
    "": "",
    SOON: "background: #ffcc00; color: #000000;",  # 13:1
    OVER: "background: #b00020; color: #ffffff;",  # 7.6:1
}
BUTTONS = (  # action, text
    ("previous", "Previous"), ("next", "Next"), ("black", "Black"), ("white", "White"),
    ("pause", "Pause timer"), ("reset", "Reset timer"), ("overview", "Overview"),
    ("swap", "Swap screens"), ("keys", "Keys"), ("end", "End show"),
)


class PresenterConsole(QWidget):
    notes_language_requested = Signal(str)

    def __init__(self, controller: ShowController, notes_lang: str) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenterConsole")
        self.setWindowTitle(APP_NAME)
        self.controller = controller
        self.notes_points = 16.0

        self.current = SlideView()
        self.current.setObjectName("consoleCurrent")
        self.upcoming = SlideView()
        self.upcoming.setObjectName("consoleNext")
        self.current_label, self.next_label = QLabel(), QLabel()
        self.notes = QTextBrowser()
        self.notes.setObjectName("consoleNotes")
        self.notes.setOpenLinks(False)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes_lang = QComboBox()
        self.notes_lang.setObjectName("notesLanguage")
        self.notes_lang.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for lang in LANGS:
            self.notes_lang.addItem(NATIVE_NAMES[lang], lang)
        self.notes_lang.setCurrentIndex(LANGS.index(notes_lang))
        self.notes_lang_label = QLabel()
        self.notes_lang_label.setBuddy(self.notes_lang)

        self.elapsed = QLabel()
        self.elapsed.setObjectName("elapsed")
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        self.position = QLabel()
        self.position.setObjectName("position")
        self.pace = QLabel()
        self.pace.setObjectName("pacing")
        self.pace.setWordWrap(True)
        for label in (self.elapsed, self.clock, self.position):
            font = label.font()
            font.setPointSizeF(font.pointSizeF() * 1.8)
            font.setBold(True)
            label.setFont(font)
        self.plan = QListWidget()
        self.plan.setObjectName("stepPlan")
        self.plan.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plan.setWordWrap(True)
        self.plan.itemClicked.connect(lambda item: controller.go_step(self.plan.row(item)))
        self.plan_label = QLabel()

        self.buttons: dict[str, QPushButton] = {}
        button_row = QHBoxLayout()
        for action, _text in BUTTONS:
            button = QPushButton()
            button.setObjectName(f"show_{action}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, a=action: controller.trigger(a))
            self.buttons[action] = button
            button_row.addWidget(button)

        times = QHBoxLayout()
        times.addWidget(self.position)
        times.addStretch(1)
        times.addWidget(self.elapsed)
        times.addSpacing(24)
        times.addWidget(self.clock)

        right = QVBoxLayout()
        right.addWidget(self.next_label)
        right.addWidget(self.upcoming, 2)
        notes_head = QHBoxLayout()
        notes_head.addWidget(self.notes_lang_label)
        notes_head.addWidget(self.notes_lang)
        notes_head.addStretch(1)
        right.addLayout(notes_head)
        right.addWidget(self.notes, 3)

        grid = self.grid = QGridLayout()
        grid.addWidget(self.current_label, 0, 0)
        grid.addWidget(self.current, 1, 0)
        grid.addLayout(right, 0, 1, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        plan_box = QVBoxLayout()
        plan_box.addWidget(self.plan_label)
        plan_box.addWidget(self.plan)
        grid.addLayout(plan_box, 0, 2, 2, 1)
        grid.setColumnStretch(2, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(times)
        layout.addWidget(self.pace)
        layout.addLayout(grid, 1)
        layout.addLayout(button_row)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.notes_lang.currentIndexChanged.connect(
            lambda i: self.notes_language_requested.emit(self.notes_lang.itemData(i)))
        controller.changed.connect(self.refresh)
        self.ticker = QTimer(self)
        self.ticker.setInterval(500)
        self.ticker.timeout.connect(self.refresh_times)
        self.ticker.start()
        self.retranslate_ui()
        self.fill_plan()
        self.refresh()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.controller.end()  # closed by the system: the show ends with it
        super().closeEvent(event)

    # -- texts -----------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:  # switched in the main window
            self.retranslate_ui()
            self.fill_plan()
            self.refresh()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        texts = {
            "previous": self.tr("Previous"), "next": self.tr("Next"),
            "black": self.tr("Black"), "white": self.tr("White"),
            "pause": self.tr("Pause timer"), "reset": self.tr("Reset timer"),
            "overview": self.tr("Overview"), "swap": self.tr("Swap screens"),
            "keys": self.tr("Keys"), "end": self.tr("End show"),
        }
        for action, button in self.buttons.items():
            button.setText(texts[action])
            button.setAccessibleName(texts[action])
        self.current_label.setText(self.tr("Now on screen"))
        self.next_label.setText(self.tr("Next slide"))
        self.notes_lang_label.setText(self.tr("Notes in"))
        self.notes_lang.setAccessibleName(self.tr("Language of the trainer notes"))
        self.plan_label.setText(self.tr("Step plan"))
        self.plan.setAccessibleName(self.tr("Step plan"))
        self.notes.setAccessibleName(self.tr("Trainer notes"))
        self.current.setAccessibleName(self.tr("Now on screen"))
        self.upcoming.setAccessibleName(self.tr("Next slide"))
        self.elapsed.setAccessibleName(self.tr("Time since the start"))
        self.clock.setAccessibleName(self.tr("Clock"))

    def fill_plan(self) -> None:
        self.plan.clear()
        start = 0
        for number, step in enumerate(self.controller.deck.steps, 1):
            text = self.tr("%1. %2 (%3 min, from %4 min)").replace("%1", str(number)) \
                .replace("%2", step.title).replace("%3", str(step.minutes)) \
                .replace("%4", str(start))
            QListWidgetItem(text, self.plan)
            start += step.minutes
        has_plan = bool(self.controller.deck.steps)
        self.plan.setVisible(has_plan)
        self.plan_label.setVisible(has_plan)
        self.grid.setColumnStretch(2, 2 if has_plan else 0)

    # -- updates ---------------------------------------------------------------
    def set_aspect(self, aspect: float) -> None:
        """Draw the previews in the shape of the audience's screen."""
        self.current.aspect = self.upcoming.aspect = aspect
        self.current.update()
        self.upcoming.update()

    def refresh(self) -> None:
        c = self.controller
        self.current.set_slide(c.current.markdown)
        self.current.set_blank(c.blank)
        nxt = c.upcoming
        self.upcoming.set_slide(nxt.markdown if nxt else "")
        no_notes = self.tr("No notes for this slide.")
        self.notes.setHtml(render_html(c.current.notes) if c.current.notes
                           else f"<p><i>{escape(no_notes)}</i></p>")
        font = self.notes.font()
        font.setPointSizeF(self.notes_points)
        self.notes.setFont(font)
        position = self.tr("Slide %1 of %2").replace("%1", str(c.index + 1)) \
            .replace("%2", str(c.count))
        if c.digits:
            position += "  → " + c.digits
        if c.blank == "black":
            position += "  · " + self.tr("black screen")
        elif c.blank == "white":
            position += "  · " + self.tr("white screen")
        self.position.setText(position)
        if c.deck.steps:
            self.plan.setCurrentRow(c.step)
        self.buttons["pause"].setText(self.tr("Resume timer") if c.clock.paused
                                      else self.tr("Pause timer"))
        self.refresh_times()

    def refresh_times(self) -> None:
        c = self.controller
        elapsed = clock_text(c.clock.elapsed)
        self.elapsed.setText(elapsed + (" ⏸" if c.clock.paused else ""))
        self.clock.setText(dt.datetime.now().strftime("%H:%M"))
        state, text = self.pacing_text()
        self.pace.setText(text)
        self.pace.setStyleSheet(PACING_STYLE[state])
        self.pace.setProperty("pacing", state)

    def pacing_text(self) -> tuple[str, str]:
        c = self.controller
        if not c.deck.steps:
            return "", self.tr("Planned: no timed steps for this document")
        step = c.deck.steps[c.step]
        spent = c.clock.step_elapsed
        state = pacing(spent, step.minutes)
        head = self.tr("Step %1 of %2: %3").replace("%1", str(c.step + 1)) \
            .replace("%2", str(len(c.deck.steps))).replace("%3", step.title)
        used = self.tr("%1 of %2 min").replace("%1", clock_text(spent)) \
            .replace("%2", str(step.minutes))
        if state == OVER:
            over = int((spent - step.minutes * 60) // 60) + 1
            note = self.tr("over time by %n min", "", over)
        elif state == SOON:
            note = self.tr("almost at the planned time")
        else:
            note = self.tr("on time")
        keys = self.tr("] next step, [ previous step")
        return state, f"{head} · {used} · {note}   ({keys})"

    def set_notes_points(self, points: float) -> None:
        self.notes_points = min(40.0, max(10.0, points))
        self.refresh()
