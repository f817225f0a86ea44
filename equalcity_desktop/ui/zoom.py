"""Text size for the whole window: the reading pane and the interface grow
together, from 75% to 200% in steps of 12.5% (Ctrl+Plus, Ctrl+Minus, Ctrl+0).

The application font and every point size in the style sheet are scaled
from the values at start, so layouts grow with the text instead of clipping it.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

STEP = 0.125
MIN_STEPS, MAX_STEPS = -2, 8  # 75% .. 200%
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")
_base: dict[str, object] = {}


def clamp(steps: int) -> int:
    return max(MIN_STEPS, min(MAX_STEPS, steps))


def factor(steps: int) -> float:
    return 1 + STEP * clamp(steps)


def apply(app: QApplication, steps: int) -> float:
    """Scale the interface; returns the factor used."""
    if not _base:
        _base["font"] = QFont(app.font())
        _base["sheet"] = app.styleSheet()
    scale = factor(steps)
    font = QFont(_base["font"])  # type: ignore[arg-type]
    font.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(font)
    sheet = str(_base["sheet"])
    app.setStyleSheet(_POINTS.sub(lambda m: f"{float(m.group(1)) * scale:.1f}pt", sheet))
    return scale
