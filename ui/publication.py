"""ClaimReview in the window: Workspace Settings (the organisation), a claim's Publication dialog
(fact-check URL, appearance, the claimant's links, other fact-checkers' verdicts), File ▸ Export
ClaimReview… with the lint shown before writing, and Copy ClaimReview for pasting into a CMS.

Every change goes through an undo command; the JSON-LD and the lint come from exports.claimreview."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.changes import ACTOR, Changes
from app.errors import FactdeskError
from app.services import claims, publication
from exports import claimreview
from ui import commands
from ui.messages import words
from ui.session import ServiceCommand, WorkspaceSession
from ui.widgets import DateField


def _problem_text(widget: QWidget, problem: claimreview.Problem) -> str:
    # a context of its own: widget.tr() would look the words up under the widget's class at run time
    if problem.level == claimreview.ERROR:
        level = QCoreApplication.translate("claimreview", "Error")
    else:
        level = QCoreApplication.translate("claimreview", "Warning")
    return f"{level}: {words(problem.where)}: {words(problem.message)}"


class WorkspaceSettingsDialog(QDialog):
    """The organisation that publishes the fact-checks (ClaimReview's author)."""

    def __init__(self, org: publication.Organisation, *, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="workspace_settings")
        self.setWindowTitle(self.tr("Workspace Settings"))
        self.name = QLineEdit(org.name, objectName="org_name")
        self.name.setPlaceholderText(self.tr("e.g. Factdesk Team"))
        self.url = QLineEdit(org.url, objectName="org_url")
        self.url.setPlaceholderText(self.tr("https://… (the site that publishes your fact-checks)"))
        self.logo = QLineEdit(org.logo, objectName="org_logo")
        self.logo.setPlaceholderText(self.tr("https://… (optional)"))
        self.problem = QLabel(objectName="settings_problem", wordWrap=True)
        self.problem.setStyleSheet("color: #B71C1C")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Organisation &name:"), buddy=self.name), self.name)
        form.addRow(QLabel(self.tr("&Web site:"), buddy=self.url), self.url)
        form.addRow(QLabel(self.tr("&Logo URL:"), buddy=self.logo), self.logo)
        note = QLabel(
            self.tr(
                "Published fact-checks (ClaimReview) name this organisation as their author; "
                "each claim's fact-check URL must be on its web site."
            ),
            wordWrap=True,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.value: publication.Organisation | None = None

    def accept(self) -> None:
        try:
            self.value = publication.clean_organisation(self.name.text(), self.url.text(), self.logo.text())
        except FactdeskError as exc:
            self.problem.setText(words(exc))
            self.problem.show()
            return
        super().accept()


class PublicationDialog(QDialog):
    """A claim's publication: where its fact-check is published, where and when the claim appeared,
    the claimant's links, and (read-only) what other fact-checkers said."""

    def __init__(
        self,
        detail: claims.ClaimDetail,
        external: list[publication.External],
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="publication_dialog")
        claim = detail.claim
        self.setWindowTitle(self.tr("Publication of Claim %1").replace("%1", str(claim.id)))
        self.review_url = QLineEdit(claim.review_url, objectName="review_url")
        self.review_url.setPlaceholderText(self.tr("https://… (your published fact-check)"))
        self.appearance_url = QLineEdit(claim.appearance_url, objectName="appearance_url")
        self.appearance_url.setPlaceholderText(self.tr("https://… (where the claim was made)"))
        self.appearance_date = DateField(objectName="appearance_date")
        self.appearance_date.set_date(claim.appearance_date)
        self.same_as = QPlainTextEdit(objectName="claimant_same_as")
        self.same_as.setTabChangesFocus(True)
        self.same_as.setPlaceholderText(self.tr("One link a line: home page, Wikipedia, Wikidata"))
        self.same_as.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.actor = detail.claimant
        self.same_as.setPlainText(self.actor.same_as if self.actor else "")
        self.same_as.setEnabled(self.actor is not None)
        form = QFormLayout()
        form.addRow(QLabel(self.tr("&Fact-check URL:"), buddy=self.review_url), self.review_url)
        form.addRow(QLabel(self.tr("&Appeared at:"), buddy=self.appearance_url), self.appearance_url)
        form.addRow(QLabel(self.tr("Appeared &on:"), buddy=self.appearance_date), self.appearance_date)
        who = self.actor.name if self.actor else self.tr("(no claimant)")
        form.addRow(QLabel(self.tr("&Links for %1:").replace("%1", who), buddy=self.same_as), self.same_as)
        self.external = QTreeWidget(objectName="external_verdicts")
        self.external.setHeaderLabels([self.tr("Publisher"), self.tr("Their verdict"), self.tr("Date"), self.tr("URL")])
        self.external.setRootIsDecorated(False)
        for verdict in external:
            when = verdict.reviewed_on.isoformat() if verdict.reviewed_on else ""
            self.external.addTopLevelItem(QTreeWidgetItem([verdict.publisher, verdict.rating, when, verdict.url]))
        self.external.setVisible(bool(external))
        self.problem = QLabel(objectName="publication_problem", wordWrap=True)
        self.problem.setStyleSheet("color: #B71C1C")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if external:
            layout.addWidget(QLabel(self.tr("Other fact-checkers' verdicts (imported, not yours):")))
            layout.addWidget(self.external)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.fields: dict[str, object] = {}
        self.links: str | None = None
        self._claim = claim

    def accept(self) -> None:
        problem = self.appearance_date.problem()
        try:
            if problem:
                raise FactdeskError(problem)
            wanted = {
                "review_url": publication.web_url(self.review_url.text(), self.tr("The fact-check's URL")),
                "appearance_url": publication.web_url(self.appearance_url.text(), self.tr("The appearance's URL")),
                "appearance_date": self.appearance_date.date(),
            }
            links = publication.clean_same_as(self.same_as.toPlainText(), self.tr("The claimant's links"))
        except FactdeskError as exc:
            self.problem.setText(words(exc))
            self.problem.show()
            return
        self.fields = {k: v for k, v in wanted.items() if getattr(self._claim, k) != v}
        self.links = links if self.actor is not None and links != self.actor.same_as else None
        super().accept()


def set_organisation(session: WorkspaceSession, org: publication.Organisation) -> ServiceCommand:
    old: dict[str, str] = {}

    def do() -> Changes:
        changes = publication.set_organisation(session.workspace, org.name, org.url, org.logo)
        old.setdefault("org", changes.previous)
        return changes

    def undo() -> Changes:
        return publication.set_organisation(session.workspace, **old["org"])

    text = QCoreApplication.translate("commands", "Change Organisation")
    return ServiceCommand(session, text, do, undo)


def set_same_as(session: WorkspaceSession, actor_id: int, links: str) -> ServiceCommand:
    old: dict[str, str] = {}

    def do() -> Changes:
        changes = publication.set_same_as(session.workspace, actor_id, links)
        old.setdefault("same_as", changes.previous["same_as"])
        return changes

    def undo() -> Changes:
        return publication.set_same_as(session.workspace, actor_id, old["same_as"])

    return ServiceCommand(
        session,
        QCoreApplication.translate("commands", "Edit Claimant's Links"),
        do,
        undo,
        refresh=Changes().update(ACTOR, actor_id),
    )


class ExportDialog(QDialog):
    """What to export (the claim, the report, every claim with a verdict), and the lint of it."""

    def __init__(
        self,
        build: Callable[[str], claimreview.Export],
        choices: list[tuple[str, str]],
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="claimreview_export")
        self.setWindowTitle(self.tr("Export ClaimReview"))
        self._build = build
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Write schema.org ClaimReview (JSON-LD) for:")))
        for key, text in choices:
            button = QRadioButton(text, objectName=f"scope_{key}")
            button.setProperty("scope", key)
            self.group.addButton(button)
            layout.addWidget(button)
        self.summary = QLabel(objectName="lint_summary", wordWrap=True)
        self.problems = QPlainTextEdit(objectName="lint_problems", readOnly=True)
        self.problems.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export_claimreview_button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.result_: claimreview.Export | None = None
        self.errors = 0
        self.group.buttonToggled.connect(lambda _b, on: on and self._lint())
        self.group.buttons()[0].setChecked(True)
        self.resize(720, 440)

    def scope(self) -> str:
        return self.group.checkedButton().property("scope")

    def _lint(self) -> None:
        try:
            self.result_ = self._build(self.scope())
        except FactdeskError as exc:
            self.result_ = None
            self.summary.setText(words(exc))
            self.problems.clear()
            self.export_button.setEnabled(False)
            return
        problems = self.result_.lint()
        self.errors = sum(p.level == claimreview.ERROR for p in problems)
        count = len(self.result_.items)
        text = self.tr("%1 ClaimReview item(s): %2 error(s), %3 warning(s).")
        self.summary.setText(
            text.replace("%1", str(count))
            .replace("%2", str(self.errors))
            .replace("%3", str(len(problems) - self.errors))
            + (
                ""
                if not self.errors
                else " " + self.tr("Google rejects items with errors; fix them before publishing.")
            )
        )
        self.problems.setPlainText("\n".join(_problem_text(self, p) for p in problems))
        self.export_button.setEnabled(count > 0)
        self.export_button.setText(self.tr("&Export Despite Errors…") if self.errors else self.tr("&Export…"))


class ClaimReviewTools(QObject):
    """The window's ClaimReview commands; `window` gives the session and what is selected."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window

    def _session(self) -> WorkspaceSession | None:
        return self._window.session

    def _claim_id(self) -> int | None:
        return self._window.verdict_pane.claim_id

    def workspace_settings(self) -> None:
        session = self._session()
        if session is None:
            return
        dialog = WorkspaceSettingsDialog(publication.organisation(session.workspace), parent=self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.value is not None:
            session.push(set_organisation(session, dialog.value))

    def edit_publication(self, claim_id: int | None = None) -> None:
        session = self._session()
        claim_id = claim_id if claim_id is not None else self._claim_id()
        if session is None or claim_id is None:
            return
        self._window.verdict_pane.commit_pending()
        detail = claims.get_claim(session.workspace, claim_id)
        external = publication.external_verdicts(session.workspace, [claim_id]).get(claim_id, [])
        dialog = PublicationDialog(detail, external, parent=self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.fields:
            session.push(commands.update_claim(session, claim_id, **dialog.fields))
        if dialog.links is not None and detail.claimant is not None:
            session.push(set_same_as(session, detail.claimant.id, dialog.links))

    def copy(self, claim_id: int | None = None) -> None:
        """The claim's ClaimReview on the clipboard (one JSON-LD object), with any error said."""
        session = self._session()
        claim_id = claim_id if claim_id is not None else self._claim_id()
        if session is None or claim_id is None:
            return
        self._window.verdict_pane.commit_pending()
        try:
            result = claimreview.build(session.workspace, claim_id=claim_id)
        except FactdeskError as exc:
            QMessageBox.warning(self._window, self.tr("Copy ClaimReview"), words(exc))
            return
        QGuiApplication.clipboard().setText(result.json_text(single=True))
        errors = [p for p in result.lint() if p.level == claimreview.ERROR]
        if errors:
            QMessageBox.warning(
                self._window,
                self.tr("Copy ClaimReview"),
                self.tr("Copied, but Google would reject it:")
                + "\n\n"
                + "\n".join("• " + words(p.message) for p in errors),
            )
        else:
            self._window.statusBar().showMessage(
                self.tr("ClaimReview of claim %1 copied.").replace("%1", str(claim_id)), 5000
            )

    def export(self) -> None:
        session = self._session()
        if session is None:
            return
        self._window.verdict_pane.commit_pending()
        ws = session.workspace
        claim_id = self._claim_id()
        report_id = self._window.reports_pane.shown_report_id()
        choices = []
        if claim_id is not None:
            choices.append(("claim", self.tr("The selected claim (%1)").replace("%1", str(claim_id))))
        if report_id is not None:
            choices.append(("report", self.tr("The claims of the report shown in Reports")))
        choices.append(("all", self.tr("Every claim with a verdict")))

        def build(scope: str) -> claimreview.Export:
            if scope == "claim":
                return claimreview.build(ws, claim_id=claim_id)
            if scope == "report":
                return claimreview.build(ws, report_id=report_id)
            return claimreview.build(ws)

        dialog = ExportDialog(build, choices, parent=self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_ is None:
            return
        folder = Path(ws.path).parent
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Export ClaimReview"), str(folder / "claimreview.json"), self.tr("JSON-LD (*.json)")
        )
        if not path:
            return
        self.write(Path(path), dialog.result_, single=dialog.scope() == "claim")

    def write(self, path: Path, result: claimreview.Export, *, single: bool) -> bool:
        from app.atomic import write_atomic

        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        try:
            # the save dialog has already asked about replacing an existing file
            write_atomic(path, result.json_text(single=single).encode("utf-8"), force=True)
        except FactdeskError as exc:
            QMessageBox.warning(self._window, self.tr("Export ClaimReview"), words(exc))
            return False
        self._window.statusBar().showMessage(
            self.tr("Wrote %1 ClaimReview item(s) to %2.")
            .replace("%1", str(len(result.items)))
            .replace("%2", str(path)),
            8000,
        )
        return True
