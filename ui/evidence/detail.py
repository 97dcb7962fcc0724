"""One piece of evidence's locker: its attachments with a preview, and its custody log.

Shown under the claim's evidence list and in the evidence library. Files dropped here, or an image
pasted (Ctrl+V), are attached to the piece shown; Open hands a read-only temporary copy to the
system viewer, Save As writes a copy; both are recorded in the custody log. Attachments whose latest
integrity check failed are shown in red.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QDesktopServices, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.changes import ATTACHMENT, EVIDENCE, Changes
from app.errors import FactdeskError
from app.models import Attachment
from app.services import attachments, custody
from ui import theme
from ui.evidence import preview
from ui.evidence.locker import Locker, clipboard_png, detach_command, on_paste, screenshot_name, temp_folder
from ui.messages import size_text, words
from ui.session import WorkspaceSession, follow
from ui.tasks import Task, run_task
from ui.widgets import local_shortcut, show_refusal

RED = "#C62828"
#: preview tasks still running, held here (not by a widget that may close first) until they report:
#: a task's signals die with it
_RUNNING: set[Task] = set()
PROBLEM_WORDS = {"altered": "altered", "missing": "missing", "size": "wrong size"}


class EvidenceDetail(QWidget):
    preview_shown = Signal(str)  # what the preview shows now: "image", "text", "document", "message"

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._session: WorkspaceSession | None = None
        self._subscription = None
        self._locker: Locker | None = None
        self._evidence_id: int | None = None
        self._rows: list[Attachment] = []
        self._flags: dict[int, str] = {}
        self._preview_task: Task | None = None
        self.pool = None  # tests give an ImmediatePool

        self.table = QTableWidget(0, 5, objectName="attachments_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Type"), self.tr("Size"), self.tr("Captured (UTC)"), self.tr("Check")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Attachments"))
        self.table.setAccessibleDescription(self.tr("Enter opens a read-only copy; Del removes it; Ctrl+V pastes"))
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _i: self.open_attachment())
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() + 30)  # a header, a row
        self.add_button = QPushButton(self.tr("Attach &File…"), objectName="attach_file")
        self.paste_button = QPushButton(self.tr("&Paste Image"), objectName="attach_paste")
        self.paste_button.setToolTip(self.tr("Attach the image on the clipboard, e.g. a screenshot (Ctrl+V)"))
        self.open_button = QPushButton(self.tr("&Open"), objectName="attachment_open")
        self.open_button.setToolTip(self.tr("Open a read-only copy in the system viewer (Enter)"))
        self.save_button = QPushButton(self.tr("Save &As…"), objectName="attachment_save")
        self.remove_button = QPushButton(self.tr("&Remove"), objectName="attachment_remove")
        self.add_button.clicked.connect(self.attach_dialog)
        self.paste_button.clicked.connect(self.paste_image)
        self.open_button.clicked.connect(self.open_attachment)
        self.save_button.clicked.connect(self.save_attachment)
        self.remove_button.clicked.connect(self.remove_attachment)
        local_shortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_attachment)
        local_shortcut(QKeySequence("Return"), self.table, self.open_attachment)
        on_paste(self.table, self.paste_image)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.paste_button, self.open_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()

        self.banner = QLabel(objectName="integrity_banner", wordWrap=True)
        self.banner.setStyleSheet(f"color: white; background: {RED}; padding: 4px;")
        self.banner.hide()
        self.image = QLabel(objectName="preview_image", alignment=Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(120, 90)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # never grows the pane
        self.text = QPlainTextEdit(objectName="preview_text", readOnly=True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setAccessibleName(self.tr("Preview"))
        self.text.setAccessibleDescription(self.tr("The first lines of the selected attachment"))
        self.message = QLabel(objectName="preview_message", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        theme.mute(self.message)
        self.preview = QStackedWidget(objectName="attachment_preview")
        for widget in (self.message, self.image, self.text):
            self.preview.addWidget(widget)
        self.info = QLabel(objectName="attachment_info", wordWrap=True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.mute(self.info)

        # the table and its buttons, then the preview beside the file's details: every part keeps
        # its honest minimum (no overlap) and the preview takes what room is left
        self.info.setFixedWidth(self._info_width())
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        below = QHBoxLayout()
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.preview, 1)
        below.addWidget(self.info)
        self.files_page = files_page = QWidget(objectName="attachments_page")
        files_layout = QVBoxLayout(files_page)
        files_layout.setContentsMargins(2, 2, 2, 2)
        files_layout.addWidget(self.table, 2)
        files_layout.addLayout(buttons)
        files_layout.addLayout(below, 3)

        self.custody = QTableWidget(0, 3, objectName="custody_table")
        self.custody.setHorizontalHeaderLabels([self.tr("When (UTC)"), self.tr("Who"), self.tr("What")])
        self.custody.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.custody.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.custody.verticalHeader().hide()
        self.custody.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.custody.setWordWrap(False)
        self.custody.setAccessibleName(self.tr("Custody log"))
        self.custody.setAccessibleDescription(self.tr("Who did what to this evidence, and when (UTC), newest first"))

        self.tabs = QTabWidget(objectName="evidence_locker_tabs")
        self.tabs.tabBar().setAccessibleName(self.tr("Attachments and custody"))
        self.tabs.tabBar().setAccessibleDescription(self.tr("Ctrl+Tab shows the next tab"))
        self.tabs.addTab(files_page, self.tr("Attachments"))
        self.tabs.addTab(self.custody, self.tr("Custody"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)  # above the tabs: seen whichever tab is open
        layout.addWidget(self.tabs)
        self._show_message(self.tr("Select a piece of evidence to see its files."))
        self._update_buttons()

    # -- workspace -----------------------------------------------------------------------------------

    def set_session(self, session: WorkspaceSession | None, locker: Locker | None = None) -> None:
        self._subscription = follow(self._subscription, session, self._on_session_changed)
        if session is not self._session and self._preview_task is not None:
            self._preview_task.cancel()  # a document still being read for the old workspace
            self._preview_task = None
        self._session = session
        if locker is not None:
            self._locker = locker
        self.show_evidence(None)

    @property
    def evidence_id(self) -> int | None:
        return self._evidence_id

    def _on_session_changed(self, changes: Changes) -> None:
        if self._evidence_id is not None and (
            self._evidence_id in changes.ids(EVIDENCE) or changes.touches(ATTACHMENT)
        ):
            self.reload()

    def show_evidence(self, evidence_id: int | None) -> None:
        if evidence_id == self._evidence_id and evidence_id is not None:
            return
        self._evidence_id = evidence_id
        self.reload()

    def reload(self) -> None:
        selected = self.current_attachment()
        ws = self._session.workspace if self._session else None
        if ws is None or self._evidence_id is None:
            self._rows, self._flags, log = [], {}, []
        else:
            try:
                self._rows = attachments.attachments_of(ws, self._evidence_id)
                self._flags = custody.failed_checks(ws).get(self._evidence_id, {})
                log = custody.log_for(ws, self._evidence_id)
            except FactdeskError:
                self._rows, self._flags, log = [], {}, []
        self._fill_table()
        self._fill_custody(log)
        self.tabs.setTabText(
            self.tabs.indexOf(self.files_page), self.tr("Attachments (%1)").replace("%1", str(len(self._rows)))
        )
        self.tabs.setTabText(self.tabs.indexOf(self.custody), self.tr("Custody (%1)").replace("%1", str(len(log))))
        if self._flags:
            names = ", ".join(
                f"{row.name} ({PROBLEM_WORDS.get(self._flags[row.id], self._flags[row.id])})"
                for row in self._rows
                if row.id in self._flags
            )
            alarm = self.tr("The last integrity check found altered or missing files: %1")
            self.banner.setText(alarm.replace("%1", names))
        self.banner.setVisible(bool(self._flags))
        row = next((i for i, a in enumerate(self._rows) if selected and a.id == selected.id), 0 if self._rows else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._on_selection()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            problem = self._flags.get(row.id)
            cells = [
                row.name,
                row.media_type,
                size_text(row.size),
                row.captured_at.strftime("%Y-%m-%d %H:%M:%S"),
                self.tr("⚠ %1").replace("%1", PROBLEM_WORDS.get(problem, problem)) if problem else "",
            ]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                item.setToolTip(f"SHA-256 {row.sha256}")
                if problem:
                    item.setForeground(QBrush(theme.colour("danger")))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill_custody(self, log: list[custody.Entry]) -> None:
        self.custody.setRowCount(len(log))
        for r, entry in enumerate(reversed(log)):  # newest first
            text = words(entry.describe())
            for c, value in enumerate((entry.at.strftime("%Y-%m-%d %H:%M:%S"), entry.user, text)):
                item = QTableWidgetItem(value)
                item.setToolTip(text if c == 2 else value)
                if entry.action == "checked" and entry.detail.get("failed"):
                    item.setForeground(QBrush(theme.colour("danger")))
                self.custody.setItem(r, c, item)
        self.custody.resizeColumnToContents(0)
        self.custody.resizeColumnToContents(1)

    def flagged(self) -> dict[int, str]:
        return dict(self._flags)

    def current_attachment(self) -> Attachment | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not (0 <= rows[0].row() < len(self._rows)):
            return None
        return self._rows[rows[0].row()]

    def _update_buttons(self) -> None:
        has_piece = self._evidence_id is not None and self._session is not None
        has_file = self.current_attachment() is not None
        writable = self._session is not None and not self._session.workspace.read_only  # not a second instance's
        for button in (self.add_button, self.paste_button):
            button.setEnabled(has_piece and writable)
        for button in (self.open_button, self.save_button):
            button.setEnabled(has_file)
        self.remove_button.setEnabled(has_file and writable)

    # -- preview -------------------------------------------------------------------------------------

    def _on_selection(self) -> None:
        self._update_buttons()
        row = self.current_attachment()
        if row is None:
            self.info.setText("")
            self._show_message(
                self.tr("Drop files here, or paste a screenshot (Ctrl+V), to attach them to this evidence.")
                if self._evidence_id is not None
                else self.tr("Select a piece of evidence to see its files.")
            )
            return
        # the hash in two halves of 32 digits, each one line in the column's width (never cut)
        lines = [
            "SHA-256",
            row.sha256[:32],
            row.sha256[32:],
            self.tr("captured %1 by %2")
            .replace("%1", row.captured_at.strftime("%Y-%m-%d %H:%M:%S UTC"))
            .replace("%2", row.analyst or "?"),
        ]
        if row.url:  # an unbroken address would widen the column: elided, whole in the tooltip
            lines.append(self.info.fontMetrics().elidedText(row.url, Qt.TextElideMode.ElideMiddle, self._info_width()))
        self.info.setText("\n".join(lines))
        self.info.setToolTip(f"SHA-256 {row.sha256}" + (f"\n{row.url}" if row.url else ""))
        self._preview(row)

    def _info_width(self) -> int:
        """Room for one half of a SHA-256 (32 hex digits) and a little more."""
        return self.info.fontMetrics().horizontalAdvance("0123456789abcdef" * 2) + 12

    def _preview(self, row: Attachment) -> None:
        ws = self._session.workspace
        kind = preview.kind_of(row.media_type)
        if kind == "none":
            note = self.tr("No preview for %1 files. Use Open to view a copy.")
            self._show_message(note.replace("%1", row.media_type))
            return
        if kind in ("image", "document") and row.size > preview.MAX_PREVIEW_BYTES:
            self._show_message(self.tr("Too large to preview here; use Open to view a copy."))
            return
        try:
            if kind == "text":
                self.text.setPlainText(preview.text_preview(attachments.read_head(ws, row.id, preview.TEXT_HEAD_BYTES)))
                self.preview.setCurrentWidget(self.text)
                self.preview_shown.emit("text")
                return
            data = attachments.read_head(ws, row.id, row.size)
        except FactdeskError as exc:
            self._show_message(words(exc))
            return
        if kind == "image":
            box = self.preview.size().boundedTo(QSize(1600, 1200)).expandedTo(QSize(320, 200))
            image, note = preview.image_preview(data, box)
            if image is None:
                self._show_message(note)
                return
            self.image.setPixmap(QPixmap.fromImage(image))
            self.image.setToolTip(note)
            self.preview.setCurrentWidget(self.image)
            self.preview_shown.emit("image")
            return
        self._show_message(self.tr("Reading %1…").replace("%1", row.name))
        if self._preview_task is not None:
            self._preview_task.cancel()
        task = Task(preview.document_text, data, row.name)
        self._preview_task = task
        _RUNNING.add(task)
        attachment_id = row.id
        task.succeeded.connect(lambda text: self._on_document(task, attachment_id, text))
        task.failed.connect(lambda message: self._on_document(task, attachment_id, None, message))
        task.cancelled.connect(lambda: _RUNNING.discard(task))
        run_task(task, self.pool)

    def _on_document(self, task: Task, attachment_id: int, text: str | None, message: str = "") -> None:
        _RUNNING.discard(task)
        if not isValid(self):  # the pane closed while the document was read
            return
        current = self.current_attachment()
        if task is not self._preview_task or current is None or current.id != attachment_id:
            return  # the analyst moved on meanwhile
        self._preview_task = None
        if text is None:
            reason = message.replace(" was not imported: ", ": ")  # the intake's words, said of a preview
            self._show_message(self.tr("No text preview. %1").replace("%1", reason))
            return
        self.text.setPlainText(text)
        self.preview.setCurrentWidget(self.text)
        self.preview_shown.emit("document")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.preview.setCurrentWidget(self.message)
        self.preview_shown.emit("message")

    # -- adding --------------------------------------------------------------------------------------

    def attach_dialog(self) -> None:
        if self._evidence_id is None or self._locker is None:
            return
        title, everything = self.tr("Attach Files"), self.tr("All files (*)")
        paths, _ = QFileDialog.getOpenFileNames(self, title, str(self._locker.files_folder()), everything)
        if paths:
            self._locker.remember_files_folder(Path(paths[0]).parent)
            self._locker.attach_paths([Path(p) for p in paths], evidence_id=self._evidence_id)

    def paste_image(self) -> bool:
        if self._evidence_id is None or self._locker is None:
            return False
        data = clipboard_png()
        if data is None:
            show_refusal(self, self.tr("The clipboard holds no image. Take a screenshot (or copy an image) first."))
            return False
        return self._locker.attach_bytes(data, screenshot_name(), evidence_id=self._evidence_id)

    def dragEnterEvent(self, event) -> None:
        mime = event.mimeData()
        if self._evidence_id is not None and mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if self._evidence_id is None or self._locker is None or not files:
            return
        event.acceptProposedAction()
        self._locker.attach_paths(files, evidence_id=self._evidence_id)

    # -- handing out copies --------------------------------------------------------------------------

    def open_attachment(self) -> None:
        row = self.current_attachment()
        if row is None or self._session is None:
            return
        try:
            path, changes = attachments.temp_copy(self._session.workspace, row.id, temp_folder())
        except FactdeskError as exc:
            show_refusal(self, exc)
            return
        self._session.publish(changes)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_refusal(self, self.tr("No program on this computer opens %1 files.").replace("%1", row.media_type))

    def save_attachment(self) -> None:
        row = self.current_attachment()
        if row is None or self._session is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a Copy"), str(Path.home() / row.name))
        if target:
            self.save_to(Path(target))

    def save_to(self, target: Path) -> bool:
        """Write a copy of the selected attachment (the file dialog already asked about replacing)."""
        row = self.current_attachment()
        if row is None or self._session is None:
            return False
        changes = self._session.run(lambda: attachments.save_copy(self._session.workspace, row.id, target, force=True))
        return changes is not None

    def remove_attachment(self) -> None:
        row = self.current_attachment()
        if row is None or self._session is None:
            return
        self._session.push(detach_command(self._session, row.id))
