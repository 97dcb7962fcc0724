"""Test set-up: headless Qt, and settings and data folders of the test's own."""

import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest

ROOT = Path(__file__).resolve().parents[1]
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


def keep_picture(widget, name: str) -> None:
    """Save a grab of `widget` as `name` in the folder FACTDESK_SHOTS names, when it is set (for
    looking at a dialog as a user would; a plain test run writes nothing outside its tmp_path)."""
    folder = os.environ.get("FACTDESK_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / name))


def permissions_apply() -> bool:
    """False where file permissions do not stop this process (root with CAP_DAC_OVERRIDE)."""
    import tempfile

    if sys.platform == "win32":
        return False
    with tempfile.TemporaryDirectory() as folder:
        probe = Path(folder) / "probe"
        probe.write_bytes(b"")
        probe.chmod(0o444)
        try:
            probe.open("ab").close()
        except PermissionError:
            return True
        return False
