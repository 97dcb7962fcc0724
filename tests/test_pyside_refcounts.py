"""Guard against a PySide6 build that loses references to Python singletons.

PySide6-Essentials 6.12.0 on Python 3.11 drops one reference to None on every call of a method
returning void (and one to the bool SignalInstance.disconnect returns). None's count runs out
after a few thousand calls and the interpreter aborts ("deallocating None"), mid-session or at
exit. pyproject.toml excludes that release; these tests fail if a release with the bug is used.
"""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QTextEdit


class _Emitter(QObject):
    fired = Signal()


def test_void_methods_keep_none_alive(qtbot):
    label, edit = QLabel(), QTextEdit()
    qtbot.addWidget(label)
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(100):
        label.setText("x")
        edit.setExtraSelections([])
    assert sys.getrefcount(None) - before >= -5  # a few may move elsewhere; 200 lost would show


def test_disconnect_keeps_bools_alive():
    emitter = _Emitter()

    def slot():
        return None

    before = sys.getrefcount(True) + sys.getrefcount(False)
    for _ in range(100):
        emitter.fired.connect(slot)
        emitter.fired.disconnect(slot)
    assert sys.getrefcount(True) + sys.getrefcount(False) - before >= -5
