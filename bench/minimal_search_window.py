"""A second reference for start-up: the least a search window can be with this stack. A
search box and a list, Whoosh opening the app's own index (built by the benchmark) and
answering one word (the field's own analyser, one term query, no query parser), the
titles listed. Nothing of the app."""

import glob
import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

app = QApplication(sys.argv[:1])
window = QMainWindow()
column = QWidget()
layout = QVBoxLayout(column)
results = QListWidget()
layout.addWidget(QLineEdit())
layout.addWidget(results)
window.setCentralWidget(column)
window.resize(1180, 760)
window.show()


def milestone(name: str) -> None:
    print(f"{name} {time.time() - float(os.environ['EQUALCITY_T0']):.4f}", file=sys.stderr)


def search() -> None:
    try:
        import whoosh.index
        from whoosh.query import Term

        cache = os.environ["EQUALCITY_CACHE_DIR"]
        index = whoosh.index.open_dir(glob.glob(os.path.join(cache, "index", "v*"))[0])
        searcher = index.searcher()
        (word,) = index.schema["body_en"].process_text("violence")
        hits = searcher.search(Term("body_en", word), limit=20)
        results.addItems([str(hit.get("title_en", "")) for hit in hits])
        QTimer.singleShot(0, lambda: (milestone("ready"), app.exit(0 if len(hits) else 1)))
    except Exception:
        app.exit(1)
        raise


QTimer.singleShot(0, lambda: milestone("shown"))
QTimer.singleShot(0, search)
app.exec()
