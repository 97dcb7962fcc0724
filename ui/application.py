"""Starting the window: the application object, translations, the error hook, the first workspace."""

from __future__ import annotations

import gc
import html
import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_ID, APP_NAME, app_version
from ui import keyboard

log = logging.getLogger(__name__)
#: resources/ beside the packages: the source tree's, or the desktop bundle's (PyInstaller keeps
#: the same layout under sys._MEIPASS, where the modules' __file__ points)
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS = RESOURCES / "translations"
APP_ICON = RESOURCES / "icons" / f"{APP_ID}.svg"


def data_dir() -> Path:
    import platformdirs  # 20 ms to import: not before the first paint

    return platformdirs.user_data_path("factdesk", appauthor=False)


def log_dir() -> Path:
    import platformdirs

    return platformdirs.user_log_path("factdesk", appauthor=False)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain("factdesk.org")
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)  # Wayland and the task bar find the .desktop entry and its icon
    app.setWindowIcon(QIcon(str(APP_ICON)))
    _install_translations(app)
    keyboard.install(app)  # Ctrl+letter shortcuts also answer with a Cyrillic layout alone
    return app


def _install_translations(app: QApplication) -> None:
    """Qt's own strings and ours follow the system language, when a translation exists.

    The English catalogue is always installed first: it holds the plural forms ("1 claim",
    "2 claims") that Qt's %n strings need in any language without a catalogue of its own."""
    locale = QLocale()
    english = QTranslator(app)
    if english.load(str(TRANSLATIONS / "factdesk_en.qm")):
        app.installTranslator(english)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), ("factdesk", str(TRANSLATIONS))):
        if name == "factdesk" and locale.language() == QLocale.Language.English:
            continue
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


def _install_error_hook(window) -> None:
    """An unexpected error is logged with its traceback and told to the analyst in words."""
    folder = log_dir()

    def hook(kind, value, tb) -> None:
        text = "".join(traceback.format_exception(kind, value, tb))
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with (folder / "errors.log").open("a", encoding="utf-8") as fh:
                fh.write(text + "\n")
        except OSError:
            pass
        log.error("unexpected error\n%s", text)
        QMessageBox.critical(
            window,
            APP_NAME,
            QCoreApplication.translate(
                "application", "Something went wrong: %1\n\nYour saved work is safe. Details were written to %2."
            )
            .replace("%1", str(value) or kind.__name__)
            .replace("%2", str(folder / "errors.log")),
        )

    sys.excepthook = hook


def after_first_paint(window, callback) -> None:
    """Call `callback` on the event loop's next turn after `window` first paints. A 0 ms timer set
    at show() fires before the paint (measured: the window stayed blank until a 100,000-claim
    workspace had opened, 4–5 s); this keeps the promise that the window paints first."""
    from PySide6.QtCore import QEvent, QObject

    class _Painted(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, callback)
                self.deleteLater()
            return False

    window.installEventFilter(_Painted(window))


def sweep_leftovers(settings) -> list[Path]:
    """Remove the temporary files a killed or crashed write left behind (app.atomic) in the folders
    Factdesk wrote to recently: the last export folder, the recent workspaces' folders and the
    backup folders. Only files named like ours, whose writer is gone, are removed."""
    from app.atomic import sweep_folders

    folders: list[Path | None] = [settings.last_export_folder()]
    for path in settings.recent_workspaces():
        folders.append(path.parent)
        folders.extend(_backup_folders(path))
    try:
        removed = sweep_folders(folders)
    except Exception:  # tidying up must never stop the app from starting
        log.exception("sweeping temporary files failed")
        return []
    if removed:
        log.info("removed %d temporary file(s) left by an interrupted write: %s", len(removed), removed)
    return removed


def _backup_folders(workspace: Path) -> list[Path]:
    try:
        from app import backup
    except ImportError:
        return []
    folder_of = getattr(backup, "backup_folder", None)
    try:
        return [Path(folder_of(workspace))] if folder_of is not None else []
    except Exception:
        return []


def run(workspace: Path | None = None) -> int:
    app = make_application()
    # Python needs 0.6–0.8 s to load SQLAlchemy and the panes; a frame of the window's size and
    # place shows meanwhile, so the start is seen at once (a bare window takes 0.15–0.3 s here)
    frame = _startup_frame()
    frame.show()
    after_first_paint(frame, lambda: _start(app, frame, workspace))
    return app.exec()


def _startup_frame():
    from PySide6.QtWidgets import QLabel, QMainWindow

    from ui.settings import Settings

    frame = QMainWindow(objectName="startup_frame")
    frame.setWindowTitle(APP_NAME)
    words = QCoreApplication.translate("application", "Opening Factdesk…")
    # centred by markup, not with Qt.AlignmentFlag: PySide builds the Python side of all of Qt's
    # ~100 namespace enums at the first use of any of them, some 30 ms this frame need not wait for
    frame.setCentralWidget(QLabel(f'<p align="center">{html.escape(words)}</p>'))
    geometry = Settings().geometry()
    if geometry is None or not frame.restoreGeometry(geometry):
        frame.resize(1400, 860)
    return frame


def _start(app: QApplication, frame, workspace: Path | None) -> None:
    from ui.main_window import MainWindow

    app.setApplicationVersion(app_version())  # not before the first paint: the lookup takes some 40 ms
    window = MainWindow()
    app.main_window = window  # held for the life of the application
    _install_error_hook(window)
    target = workspace or window.settings.last_workspace()
    if target is not None and workspace is None and not Path(target).exists():
        window.settings.forget(Path(target))
        target = None
    if target is not None:
        window.show_opening(Path(target))  # not the welcome page, which would flash up first
    window.show()
    frame.close()
    frame.deleteLater()
    # Everything made so far (modules, classes, the window) lives as long as the app: keep it out
    # of the collector's full passes, which otherwise walked it all and stalled the window for
    # 70–90 ms while a long source's suggestions were ranked (benchmarks/source_view_bench.py).
    gc.freeze()
    QTimer.singleShot(0, lambda: sweep_leftovers(window.settings))
    # first run: the name the audit trail records, asked before any workspace is made or opened
    from ui.welcome import ask_name_first

    asked = not window.settings.user_name()
    ask_name_first(window.settings, parent=window)
    # the window paints first; the workspace opens on the next turn of the event loop after that
    if target is not None:
        if asked:  # the window painted while the name was asked: waiting for its first paint would wait forever
            QTimer.singleShot(0, lambda: window.open_at_start(Path(target)))
        else:
            after_first_paint(window, lambda: window.open_at_start(Path(target)))
