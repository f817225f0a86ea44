"""The floor for start-up: a bare PySide6 window that does nothing."""

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1180, 760)
window.show()


def shown() -> None:
    print(f"shown {time.time() - float(os.environ['EQUALCITY_T0']):.4f}", file=sys.stderr)
    app.quit()


QTimer.singleShot(0, shown)
app.exec()
