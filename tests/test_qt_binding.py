"""The Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 drops a reference to None on every call of a method that
returns nothing; on Python 3.11 (where None is not immortal) the app aborts
after a few thousand such calls. pyproject.toml excludes that release; this
test catches any other with the same fault."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_methods_do_not_leak_references_to_none() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        obj.setObjectName("x")
    assert sys.getrefcount(None) - before > -10
