"""Qt's own words that its Ukrainian catalogue (qtbase_uk.qm) lacks, translated in ours.

The file dialogs Factdesk opens (new workspace, import, attach, export) showed "Look in:", "Files
of type:" and "Folder" in a Ukrainian window: Qt 6 says "&Look in:" and "Files of &type:" where
its catalogue has only the older words. `pyside6-lupdate` reads these calls into
factdesk_<lang>.ts under Qt's own contexts, and our catalogue is installed after Qt's, so it is
asked first (ui/application.py). Nothing calls `strings()` at run time but the test that checks them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def strings() -> list[str]:
    return [
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    ]
