"""Help ▸ About: Factdesk's version and licence, the versions of Qt, PySide6 and Python, and the
libraries this build carries with their licences, gathered from their own metadata at run time
(the desktop bundle ships that metadata, so the list is the bundle's own)."""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib.metadata import Distribution, PackageNotFoundError, distribution

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, app_version
from ui.application import APP_ICON

#: the start of a requirement: its distribution name (PEP 508)
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
#: files of a distribution's metadata that hold its licence text
_LICENCE_FILE = re.compile(r"(^|/)(licen[cs]es?|copying|notice)([./_-][^/]*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def licence_of(dist: Distribution) -> str:
    """The SPDX expression when the metadata has one (License-Expression), else the License field
    when it is short, else the licence classifiers."""
    meta = dist.metadata
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 80:  # some packages paste the whole text here
        return field
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return "; ".join(classifiers) or "unknown"


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirements(dist: Distribution) -> list[str]:
    """The names `dist` requires, leaving out optional extras. Requirements for other platforms
    or Pythons are simply not installed, and are skipped by the caller."""
    names = []
    for requirement in dist.requires or []:
        marker = requirement.partition(";")[2]
        match = _NAME.match(requirement.strip())
        if match and "extra" not in marker:
            names.append(match.group(0))
    return names


def bundled_libraries(root: str = "factdesk") -> list[Library]:
    """Every installed distribution `root` needs, directly or not, sorted by name (root left out)."""
    found: dict[str, Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        if _key(name) in found:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        found[_key(name)] = dist
        todo.extend(_requirements(dist))
    found.pop(_key(root), None)
    libraries = [Library(d.metadata["Name"], d.version, licence_of(d)) for d in found.values()]
    return sorted(libraries, key=lambda lib: lib.name.lower())


def components() -> list[Library]:
    """Python and Qt (which the PySide6 wheel carries, under PySide6's terms), then the libraries."""
    libraries = bundled_libraries()
    pyside = next((lib for lib in libraries if _key(lib.name).startswith("pyside6")), None)
    return [
        Library("Python", platform.python_version(), "PSF-2.0"),
        Library("Qt", qVersion(), pyside.licence if pyside else "LGPL-3.0-only"),
        *libraries,
    ]


def licence_text(name: str) -> str:
    """The licence files a distribution ships in its metadata, one after another ("" if none)."""
    try:
        dist = distribution(name)
    except PackageNotFoundError:
        return ""
    texts = []
    for path in dist.files or []:
        if ".dist-info/" in path.as_posix() and _LICENCE_FILE.search(path.as_posix()):
            try:
                texts.append(path.locate().read_text(encoding="utf-8", errors="replace").strip())
            except OSError:  # listed in RECORD but not there
                continue
    return "\n\n\n".join(t for t in texts if t)


def versions() -> list[tuple[str, str]]:
    return [
        (APP_NAME, app_version()),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("Python", platform.python_version()),
        ("System", platform.platform(terse=True)),
    ]


def about_text(libraries: list[Library]) -> str:
    """What the Copy button puts on the clipboard: plain text for a bug report."""
    lines = [f"{name} {value}" for name, value in versions()]
    lines += ["", f"{APP_NAME} licence: GPL-3.0-or-later", "", "Libraries:"]
    lines += [f"{lib.name} {lib.version} ({lib.licence})" for lib in libraries]
    return "\n".join(lines) + "\n"


class AboutDialog(QDialog):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Factdesk"))
        self.libraries = components()

        icon = QLabel()
        icon.setPixmap(QIcon(str(APP_ICON)).pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(
            self.tr(
                "<h2>Factdesk %1</h2><p>An offline workbench for fact-checkers.</p>"
                "<p>Factdesk is free software: you can redistribute it and modify it under the terms of the "
                "GNU General Public License, version 3 or (at your option) any later version "
                "(GPL-3.0-or-later). It comes with no warranty.</p>"
            ).replace("%1", app_version())
        )
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions_label = QLabel("  ·  ".join(f"{name} {value}" for name, value in versions()[1:]))
        self.versions_label.setObjectName("versions")
        self.versions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.library_list = QTreeWidget()
        self.library_list.setObjectName("libraries")
        self.library_list.setHeaderLabels([self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        self.library_list.setRootIsDecorated(False)
        self.library_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.library_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for lib in self.libraries:
            item = QTreeWidgetItem([lib.name, lib.version, lib.licence])
            item.setToolTip(2, lib.licence)
            self.library_list.addTopLevelItem(item)
        header = self.library_list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.library_list.currentItemChanged.connect(self._on_library_list_current_item_changed)

        self.licence_view = QPlainTextEdit()
        self.licence_view.setObjectName("licence_text")
        self.licence_view.setReadOnly(True)
        self.licence_view.setPlaceholderText(self.tr("Select a library to read its licence."))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy to Clipboard"))
        self.copy_button.setObjectName("copy_about")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.versions_label)
        layout.addWidget(QLabel(self.tr("Libraries in this build, with their licences:")))
        layout.addWidget(self.library_list, 3)
        layout.addWidget(self.licence_view, 2)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def _on_library_list_current_item_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is None:
            self.licence_view.clear()
            return
        text = licence_text(current.text(0))
        self.licence_view.setPlainText(
            text
            or self.tr("%1 ships no licence file; its licence is %2.")
            .replace("%1", current.text(0))
            .replace("%2", current.text(2))
        )

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(about_text(self.libraries))
