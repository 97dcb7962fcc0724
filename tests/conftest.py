"""Test set-up: headless Qt, and settings and data folders of the test's own."""

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "samples"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Each test gets empty XDG config/data folders, so settings and the demo never leak between tests."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    yield home


@pytest.fixture
def ws(tmp_path):
    """A fresh, empty workspace."""
    from app.workspace import Workspace

    workspace = Workspace.create(tmp_path / "test.factdesk", user="tester")
    yield workspace
    workspace.close()


@pytest.fixture
def sample_text() -> str:
    """The sample weekly review as plain text (a copy ships in tests/data for clean clones)."""
    local = Path(__file__).parent / "data" / "weekly-review-2023-07-09.txt"
    return local.read_text(encoding="utf-8")


@pytest.fixture
def settings(tmp_path):
    """Window settings in a file of the test's own."""
    from PySide6.QtCore import QSettings

    from ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings):
    """The real main window, with no workspace open yet."""
    from ui.main_window import MainWindow

    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _disconnect_drops_a_bool() -> bool:
    """Whether this PySide6 has the bug: SignalInstance.disconnect() releases a reference to the
    True/False it returns (seen with PySide6 6.12 on Python 3.11, where True and False are not
    immortal). Each call then leaves True one reference short, and once enough calls have been
    made (a few dozen: set_session, qtbot.waitSignal, the model tester all disconnect) the
    interpreter aborts at exit with "Fatal Python error: bool_dealloc"."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal()

    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.connect(probe.deleteLater)
        probe.ping.disconnect(probe.deleteLater)
    lost = before - sys.getrefcount(True)
    if lost > 0:  # give back what the probe itself took
        import ctypes

        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= 8


@pytest.fixture(autouse=True, scope="session")
def _pyside_disconnect_refcount():
    """Give back the reference PySide6's buggy SignalInstance.disconnect() drops (see
    `_disconnect_drops_a_bool`), so the test process does not abort at exit. Does nothing when
    this PySide6 is not affected. (QObject.disconnect(connection) does not have the bug.)"""
    from PySide6.QtCore import SignalInstance

    if not _disconnect_drops_a_bool():
        yield
        return
    import ctypes

    original = SignalInstance.disconnect

    def disconnect(self, *args):
        result = original(self, *args)
        if result is True or result is False:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    SignalInstance.disconnect = disconnect
    yield  # left in place: widgets torn down after the session disconnect too
