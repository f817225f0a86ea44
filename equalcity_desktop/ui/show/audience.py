"""The audience window: the slide, nothing else, full screen on the
projector. Its title is the app's name only, as everywhere. It tells the
other slide views which deck is on show, so the console's previews and the
overview draw the same frame (number, accent, title slide)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ... import APP_NAME
from .controller import ShowController
from .slide_view import SlideView, show_deck


class AudienceWindow(QWidget):
    def __init__(self, controller: ShowController) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("audienceWindow")
        self.setWindowTitle(APP_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.controller = controller
        self.slide = SlideView()
        self.slide.setObjectName("audienceSlide")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slide)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        controller.changed.connect(self.refresh)
        self.refresh()

    def closeEvent(self, event) -> None:  # noqa: N802
        # Closed by the system (Alt+F4, the window's close button): the show ends.
        self.controller.end()
        show_deck(None)
        super().closeEvent(event)

    def refresh(self) -> None:
        show_deck(self.controller.deck)
        self.slide.set_slide(self.controller.current)
        self.slide.set_blank(self.controller.blank)
        self.setAccessibleName(self.tr("Slide %1 of %2")
                               .replace("%1", str(self.controller.index + 1))
                               .replace("%2", str(self.controller.count)))
