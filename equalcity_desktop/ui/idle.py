"""Back to an empty home screen after some minutes without input, for a
shared PC left unattended (off unless an office turns it on).

Signals: ``idle()``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
         QEvent.Type.Wheel, QEvent.Type.TouchBegin}
CHOICES = (0, 5, 15, 30)  # minutes; 0 is off


class IdleTimer(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.minutes = 0

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, minutes)
        self.timer.stop()
        if self.minutes:
            self.timer.setInterval(self.minutes * 60_000)
            self.timer.start()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self.minutes and event.type() in INPUT:
            self.timer.start()  # any input starts the count again
        return False
