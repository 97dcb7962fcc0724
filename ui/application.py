"""Starting the window: the application object, translations, the error hook, the first workspace."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, __version__

log = logging.getLogger(__name__)
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def data_dir() -> Path:
    return platformdirs.user_data_path("factdesk", appauthor=False)


def log_dir() -> Path:
    return platformdirs.user_log_path("factdesk", appauthor=False)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain("factdesk.org")
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.factdesk.Factdesk")
    _install_translations(app)
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


def run(workspace: Path | None = None) -> int:
    from ui.main_window import MainWindow

    app = make_application()
    window = MainWindow()
    _install_error_hook(window)
    window.show()
    # the window paints first; the workspace opens on the next turn of the event loop
    target = workspace or window.settings.last_workspace()
    if target is not None:
        if workspace is None and not Path(target).exists():
            window.settings.forget(Path(target))
        else:
            QTimer.singleShot(0, lambda: window.open_workspace(Path(target)))
    return app.exec()
