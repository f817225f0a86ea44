"""The line above everything that says when content could not be read:
files skipped (with their problems behind "Details"), or no content at all.
Texts keep the "MainWindow" translation context they had in the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from .. import APP_NAME


class ProblemBanner(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setObjectName("banner")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a message may hold a file name
        self.details = QPushButton()
        self.details.clicked.connect(self.show_details)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.details)
        self._problems: list = []
        self._failure = ""
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_problems(self, problems: list) -> None:
        """Files the content skipped (none: the banner goes)."""
        self._problems, self._failure = list(problems), ""
        self.retranslate_ui()

    def show_failure(self, message: str) -> None:
        """Nothing could be opened."""
        self._problems, self._failure = [], message
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.details.setText(QCoreApplication.translate("MainWindow", "Details"))
        count = len(self._problems)
        if self._failure:
            self.text.setText(QCoreApplication.translate(
                "MainWindow", "The toolkits could not be opened: %1").replace("%1", self._failure))
        elif count:
            self.text.setText(QCoreApplication.translate(
                "MainWindow", "%n content file(s) had problems and were skipped; "
                "everything else is here.", "", count))
        self.details.setVisible(bool(count))
        self.setVisible(bool(count or self._failure))

    def show_details(self) -> None:
        box = QMessageBox(self.window())
        box.setWindowTitle(APP_NAME)
        box.setText(QCoreApplication.translate("MainWindow", "These content files were skipped:"))
        box.setDetailedText("\n".join(str(p) for p in self._problems))
        box.exec()
