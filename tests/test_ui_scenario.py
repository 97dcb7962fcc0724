"""The analyst's day, driven through the real window: paste a source, mark claims, reach verdicts,
gather evidence, undo and redo all of it, close, reopen and find everything where it was left.

Each edit goes through the widget the analyst uses (keys, the line edits' editingFinished, the
status combo's activated, the evidence buttons, the menu actions); dialogs are answered by
patching their `exec`, so nothing blocks. The workspace itself is read back through app services.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMessageBox

from app.models import ClaimStatus
from app.services import catalog, claims, evidence, sources
from ui.evidence.dialogs import EvidenceDialog, LinkEvidenceDialog
from ui.main_window import MainWindow
from ui.sources.new_source_dialog import SourceDialog

CTRL = Qt.KeyboardModifier.ControlModifier

FRANCE = "The weapons supplied to Kyiv end up in the hands of protesters and are used against the police in France"
DRONES = "called the photos of downed Iranian drones in Ukraine a fake"
CONTRACTORS = "in 2023, 185,000 contractors were accepted into the Russian army"
CLUSTER = "neither the United States nor Ukraine, not even Russia, signed it"
ZNPP = "a high threat of sabotage from the Kyiv regime"
QUOTES = (FRANCE, DRONES, CONTRACTORS, CLUSTER, ZNPP)

SOURCE_TITLE = "Weekly review 3–9 July 2023"
INTERIEUR = "Ministère de l'Intérieur: urban violence, 27 June – 5 July 2023"
UNSC = "Security Council, 9367th meeting, 6 July 2023"
SPARE = "A page that turned out not to matter"


# -- helpers ---------------------------------------------------------------------------------------


def answer(dialog_class, monkeypatch, fill):
    """Patch `dialog_class.exec` to fill the dialog's fields with `fill(dialog)` and press OK."""
    calls = []

    def exec_(self):
        calls.append(self)
        fill(self)
        self.accept()  # the dialog's own checks run, as when the analyst presses OK
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return calls


def select_text(view, start: int, end: int) -> None:
    """Select text[start:end] (Python offsets) in the source view, as a mouse drag would."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.map.to_utf16(start))
    cursor.setPosition(view.map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def state(ws) -> dict:
    """Everything the analyst set, read back through the services."""
    result = {"sources": [(s.title, s.outlet, s.published) for s in sources.list_sources(ws)], "claims": {}}
    for claim_id in claims.claim_ids(ws):
        detail = claims.get_claim(ws, claim_id)
        claim = detail.claim
        result["claims"][claim_id] = {
            "quote": claim.quote,
            "span": (claim.start, claim.end),
            "claimant": (detail.claimant.name, detail.claimant.role) if detail.claimant else None,
            "status": claim.status,
            "rating": detail.rating.label if detail.rating else None,
            "summary": claim.summary,
            "rationale": claim.rationale,
            "tags": detail.tags,
            "links": [(link.title, link.stance, link.note) for link in evidence.links_for_claim(ws, claim_id)],
        }
    return result


class Steps:
    """Runs the analyst's actions, checking each is exactly one new undo step, and keeps the
    workspace's state before each, so undo can be checked step by step."""

    def __init__(self, window):
        self.window = window
        self.before: list[tuple[str, dict]] = []

    @property
    def stack(self):
        return self.window.session.undo_stack

    def __call__(self, name: str, action, *, undo_text: str) -> None:
        ws = self.window.session.workspace
        snapshot = state(ws)
        count = self.stack.count()
        action()
        assert self.stack.count() == count + 1, f"{name}: expected one new undo step"
        assert self.stack.index() == self.stack.count()
        assert self.stack.undoText() == undo_text, name
        assert self.window.undo_action.text() == f"&Undo {undo_text}"
        assert state(ws) != snapshot, f"{name} changed nothing"
        self.before.append((name, snapshot))


# -- the scenario ------------------------------------------------------------------------------------


def test_analyst_scenario(window, settings, tmp_path, qtbot, sample_text, monkeypatch):
    refusals = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kwargs: refusals.append(args))
    path = tmp_path / "weekly-review-28.factdesk"
    assert window.create_workspace(path)
    assert window.stack.currentWidget() is window.splitter
    assert window.windowTitle() == "weekly-review-28.factdesk — Factdesk"
    assert not window.mark_action.isEnabled()  # nothing to mark in yet
    ws = window.session.workspace
    steps = Steps(window)
    vp = window.verdict_pane
    view = window.source_pane.view

    # -- a source from the pasted text ----------------------------------------------------------------
    def fill_source(dialog):
        dialog.text.setPlainText(sample_text)
        assert dialog.title.text() == sample_text.splitlines()[0][:120]  # the first line is offered
        dialog.title.setText(SOURCE_TITLE)
        dialog.outlet.setText("OPORA")
        dialog.published.set_date(date(2023, 7, 10))

    answer(SourceDialog, monkeypatch, fill_source)
    steps("new source", window.new_source_action.trigger, undo_text="New Source")
    source_id = window.source_pane.source_id
    source = sources.get_source(ws, source_id)
    assert (source.title, source.outlet, source.published, source.text) == (
        SOURCE_TITLE,
        "OPORA",
        date(2023, 7, 10),
        sample_text,
    )
    assert view.toPlainText() == sample_text
    assert window.source_pane.picker.currentText() == f"{SOURCE_TITLE} — OPORA"
    assert window.mark_action.isEnabled()

    # -- five claims marked from selections (Ctrl+M in the source view) ---------------------------
    ids: dict[str, int] = {}
    for quote in QUOTES:
        start = sample_text.index(quote)
        end = start + len(quote)
        if quote == CONTRACTORS:
            start -= 1  # the drag took the space before; the claim must not
            assert sample_text[start] == " "
        select_text(view, start, end)
        view.setFocus()
        steps(f"mark {quote[:20]}", lambda: qtbot.keyClick(view, Qt.Key.Key_M, CTRL), undo_text="Mark Claim")
        claim_id = vp.claim_id
        assert claim_id is not None and claim_id not in ids.values()
        ids[quote] = claim_id
        claim = claims.get_claim(ws, claim_id).claim
        assert claim.quote == quote
        assert sample_text[claim.start : claim.end] == quote
        assert window.claims_pane.current_claim_id() == claim_id
        assert vp.quote.toPlainText() == f"“{quote}”"
        assert vp.claimant.hasFocus()  # ready for the claimant's name
    assert window.claims_pane.model.rowCount() == 5
    assert [claims.get_claim(ws, i).claim.quote for i in claims.claim_ids(ws)] == list(QUOTES)

    def show(quote):
        window.claims_pane.select_claim(ids[quote])
        assert vp.claim_id == ids[quote]

    # -- the France claim: claimant, tags, status, rating, summary, rationale --------------------
    show(FRANCE)
    line = vp.claimant.lineEdit()
    line.setFocus()
    qtbot.keyClicks(line, "Maria Zakharova")

    def claimant_entered():
        line.editingFinished.emit()

    steps("claimant", claimant_entered, undo_text="Change Claimant")
    assert claims.get_claim(ws, ids[FRANCE]).claimant.role == ""

    def role_entered():
        vp.role.setText("Spokeswoman of the Russian MFA")
        vp.role.editingFinished.emit()

    steps("role", role_entered, undo_text="Edit Claimant")
    assert catalog.list_actors(ws)[0].role == "Spokeswoman of the Russian MFA"

    def tags_entered():
        vp.tags.setText("weapons diversion, Western aid")
        vp.tags.finished.emit()

    steps("tags", tags_entered, undo_text="Change Tags")

    def status_chosen(value):
        def choose():
            index = vp.status.findData(value)
            vp.status.setCurrentIndex(index)
            vp.status.activated.emit(index)

        return choose

    steps("status", status_chosen(ClaimStatus.IN_REVIEW.value), undo_text="Change Status")

    def rate(key):
        def press():
            vp.setFocus()
            qtbot.keyClick(vp, key)

        return press

    steps("rating", rate(Qt.Key.Key_5), undo_text="Change Rating")
    assert claims.get_claim(ws, ids[FRANCE]).rating.label == "False"
    assert [b.text() for b in vp.rating._group.buttons() if b.isChecked()] == ["5 False"]

    def summary_entered():
        vp.summary.setText("No evidence: the French police reported no weapons from Ukraine.")
        vp.summary.editingFinished.emit()

    steps("summary", summary_entered, undo_text="Edit Summary")

    rationale = "The interior ministry lists arrests and fireworks, not weapons."

    def rationale_typed():
        vp.rationale.setFocus()
        qtbot.keyClicks(vp.rationale, rationale)
        # nothing is saved while typing; the save timer writes it after a pause
        assert claims.get_claim(ws, ids[FRANCE]).claim.rationale == ""
        qtbot.waitUntil(lambda: claims.get_claim(ws, ids[FRANCE]).claim.rationale == rationale, timeout=3000)

    steps("rationale", rationale_typed, undo_text="Edit Rationale")
    steps("status done", status_chosen(ClaimStatus.DONE.value), undo_text="Change Status")

    # -- evidence for the France claim: two new pieces, then the second moved up ------------------
    def fill_evidence(title, stance, note, **extra):
        def fill(dialog):
            dialog.title.setText(title)
            dialog.kind.setCurrentIndex(dialog.kind.findData(extra.get("kind", "statement")))
            dialog.url.setText(extra.get("url", ""))
            dialog.publisher.setText(extra.get("publisher", ""))
            dialog.excerpt.setPlainText(extra.get("excerpt", ""))
            dialog.stance.setCurrentIndex(dialog.stance.findData(stance))
            dialog.link_note.setText(note)

        return fill

    answer(
        EvidenceDialog,
        monkeypatch,
        fill_evidence(
            INTERIEUR,
            "refutes",
            "No such weapons in the official account.",
            url="https://www.interieur.gouv.fr/actualites/communiques",
            publisher="French Ministry of the Interior",
            excerpt="Arrests, injured officers, burned vehicles; no military weapons.",
        ),
    )
    steps("add evidence", window.add_evidence_action.trigger, undo_text="Add Evidence")
    answer(EvidenceDialog, monkeypatch, fill_evidence(UNSC, "context", "The week's pattern.", kind="document"))
    steps(
        "add evidence 2", lambda: qtbot.mouseClick(vp.add_button, Qt.MouseButton.LeftButton), undo_text="Add Evidence"
    )
    assert [vp.links.link(r).title for r in range(vp.links.rowCount())] == [INTERIEUR, UNSC]
    interieur_id = vp.links.link(0).evidence_id
    unsc_id = vp.links.link(1).evidence_id

    def move_second_up():
        vp.evidence_table.selectRow(1)
        assert vp.up_button.isEnabled() and not vp.down_button.isEnabled()
        qtbot.mouseClick(vp.up_button, Qt.MouseButton.LeftButton)

    steps("reorder", move_second_up, undo_text="Reorder Evidence")
    assert [vp.links.link(r).title for r in range(vp.links.rowCount())] == [UNSC, INTERIEUR]
    assert vp.links.link(vp.evidence_table.selectionModel().selectedRows()[0].row()).title == UNSC  # still selected

    # -- the drones claim: claimant, rating from the menu, evidence linked and unlinked ----------
    show(DRONES)
    assert vp.links.rowCount() == 0 and vp.claimant.currentText() == ""

    def claimant_with_role():
        vp.claimant.setEditText("Vasily Nebenzia")
        vp.role.setText("Permanent Representative of Russia to the UN")
        vp.role.editingFinished.emit()

    steps("claimant 2", claimant_with_role, undo_text="Change Claimant")
    steps("rating 2", lambda: window.rating_actions[1].trigger(), undo_text="Change Rating")
    assert claims.get_claim(ws, ids[DRONES]).rating.label == "Mostly true"
    steps("rating 2 again", rate(Qt.Key.Key_5), undo_text="Change Rating")

    offered = []

    def pick_interieur(dialog):
        offered.extend(dialog.results.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.results.count()))
        for row in range(dialog.results.count()):
            if dialog.results.item(row).data(Qt.ItemDataRole.UserRole) == interieur_id:
                dialog.results.setCurrentRow(row)
        dialog.stance.setCurrentIndex(dialog.stance.findData("refutes"))
        dialog.link_note.setText("Same account, read for drones.")

    answer(LinkEvidenceDialog, monkeypatch, pick_interieur)
    steps("link existing", window.link_evidence_action.trigger, undo_text="Link Evidence")
    assert set(offered) == {interieur_id, unsc_id}
    answer(EvidenceDialog, monkeypatch, fill_evidence(SPARE, "context", ""))
    steps("add spare", window.add_evidence_action.trigger, undo_text="Add Evidence")
    assert [vp.links.link(r).title for r in range(vp.links.rowCount())] == [INTERIEUR, SPARE]

    def unlink_spare():
        vp.evidence_table.selectRow(1)
        qtbot.mouseClick(vp.unlink_button, Qt.MouseButton.LeftButton)

    steps("unlink", unlink_spare, undo_text="Unlink Evidence")
    assert [vp.links.link(r).title for r in range(vp.links.rowCount())] == [INTERIEUR]
    assert any(hit.evidence.title == SPARE for hit in evidence.find_evidence(ws))  # unlinked, not deleted

    # -- the contractors claim: tags and a rating by key -----------------------------------------
    show(CONTRACTORS)
    steps("rating 3", rate(Qt.Key.Key_6), undo_text="Change Rating")

    def tags_3():
        vp.tags.setText("mobilisation")
        vp.tags.finished.emit()

    steps("tags 3", tags_3, undo_text="Change Tags")

    final = state(ws)
    assert refusals == []
    assert steps.stack.count() == len(steps.before) == 25
    france = final["claims"][ids[FRANCE]]
    assert france == {
        "quote": FRANCE,
        "span": (sample_text.index(FRANCE), sample_text.index(FRANCE) + len(FRANCE)),
        "claimant": ("Maria Zakharova", "Spokeswoman of the Russian MFA"),
        "status": "done",
        "rating": "False",
        "summary": "No evidence: the French police reported no weapons from Ukraine.",
        "rationale": rationale,
        "tags": ["Western aid", "weapons diversion"],
        "links": [
            (UNSC, "context", "The week's pattern."),
            (INTERIEUR, "refutes", "No such weapons in the official account."),
        ],
    }
    assert final["claims"][ids[DRONES]]["links"] == [(INTERIEUR, "refutes", "Same account, read for drones.")]
    assert final["claims"][ids[DRONES]]["rating"] == "False"
    assert final["claims"][ids[CONTRACTORS]]["rating"] == "Unproven"
    assert final["claims"][ids[ZNPP]]["rating"] is None

    # -- undo everything, one step at a time (Ctrl+Z in the claims list) --------------------------
    stack = steps.stack
    window.claims_pane.table.setFocus()
    for name, before in reversed(steps.before):
        assert window.undo_action.isEnabled()
        qtbot.keyClick(window.claims_pane.table, Qt.Key.Key_Z, CTRL)
        assert state(ws) == before, f"undo of {name}"
        if name == "rating":
            assert claims.get_claim(ws, ids[FRANCE]).rating is None
        if name == "summary":
            assert claims.get_claim(ws, ids[FRANCE]).claim.summary == ""
        if name == "rating 3":  # the contractors claim is the one shown: its rating buttons follow
            assert vp.claim_id == ids[CONTRACTORS]
            assert not any(b.isChecked() for b in vp.rating._group.buttons())
        if name.startswith("mark"):
            assert window.claims_pane.model.rowCount() == len(state(ws)["claims"])
    assert stack.index() == 0 and stack.isClean()
    assert not window.undo_action.isEnabled() and window.redo_action.isEnabled()
    assert claims.claim_ids(ws) == [] and sources.list_sources(ws) == []
    assert window.claims_pane.model.rowCount() == 0
    assert window.source_pane.source_id is None and window.source_pane.placeholder.isVisibleTo(window)
    assert vp.claim_id is None

    # -- and redo it all (Ctrl+Shift+Z, then the menu action) -------------------------------------
    for index, (name, _before) in enumerate(steps.before):
        if index % 2:
            window.redo_action.trigger()
        else:
            qtbot.keyClick(window.claims_pane.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert stack.index() == index + 1, f"redo of {name}"
        if index + 1 < len(steps.before):
            assert state(ws) == steps.before[index + 1][1], f"redo of {name}"
    assert state(ws) == final
    assert not window.redo_action.isEnabled()
    assert refusals == []

    # -- the audit trail recorded every rating change, with labels ----------------------------------
    rating_events = [(e.old_value, e.new_value) for e in claims.audit_events(ws, ids[FRANCE]) if e.field == "rating"]
    assert rating_events == [("", "False"), ("False", ""), ("", "False")]
    drone_events = [(e.old_value, e.new_value) for e in claims.audit_events(ws, ids[DRONES]) if e.field == "rating"]
    assert drone_events == [
        ("", "Mostly true"),
        ("Mostly true", "False"),  # done
        ("False", "Mostly true"),
        ("Mostly true", ""),  # undone
        ("", "Mostly true"),
        ("Mostly true", "False"),  # redone
    ]
    status_events = [(e.old_value, e.new_value) for e in claims.audit_events(ws, ids[FRANCE]) if e.field == "status"]
    assert status_events[:2] == [("new", "in_review"), ("in_review", "done")]
    assert {e.user for e in claims.audit_events(ws)} == {ws.user}

    # -- close, and open again in a new window with the same settings ------------------------------
    window.close()
    assert window.session is None
    assert settings.last_workspace() == path.resolve()
    second = MainWindow(settings=settings)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.stack.currentWidget() is second.welcome
    assert second.open_workspace(settings.last_workspace())
    ws2 = second.session.workspace
    assert state(ws2) == final
    assert {a.name: a.role for a in catalog.list_actors(ws2)} == {
        "Maria Zakharova": "Spokeswoman of the Russian MFA",
        "Vasily Nebenzia": "Permanent Representative of Russia to the UN",
    }
    assert [e.position for e in evidence.links_for_claim(ws2, ids[FRANCE])] == [0, 1]
    assert second.session.undo_stack.count() == 0  # a new session starts a new history
    assert second.claims_pane.model.rowCount() == 5
    assert second.source_pane.source_id == source_id

    # the widgets show it too
    second.claims_pane.select_claim(ids[FRANCE])
    vp2 = second.verdict_pane
    assert vp2.claim_id == ids[FRANCE]
    assert vp2.claimant.currentText() == "Maria Zakharova"
    assert vp2.role.text() == "Spokeswoman of the Russian MFA"
    assert vp2.status.currentData() == "done"
    assert vp2.tags.tags() == ["Western aid", "weapons diversion"]
    assert vp2.summary.text() == "No evidence: the French police reported no weapons from Ukraine."
    assert vp2.rationale.toPlainText() == rationale
    checked = [b for b in vp2.rating._group.buttons() if b.isChecked()]
    assert [b.text() for b in checked] == ["5 False"]
    assert [vp2.links.data(vp2.links.index(r, 1)) for r in range(vp2.links.rowCount())] == ["Context", "Refutes"]
    assert [vp2.links.link(r).title for r in range(vp2.links.rowCount())] == [UNSC, INTERIEUR]
    rating_column = second.claims_pane.model.COLUMNS.index("rating")
    row = second.claims_pane.model.row_of(ids[FRANCE])
    assert second.claims_pane.model.data(second.claims_pane.model.index(row, rating_column)) == "False"
    # the source pane marks all five claims, the current one last (painted on top)
    selections = [  # the claims' marks (a suggested sentence's faint mark carries no claim id)
        s
        for s in second.source_pane.view.extraSelections()
        if s.format.property(QTextCharFormat.Property.UserProperty) is not None
    ]
    assert len(selections) == 5
    start = sample_text.index(FRANCE)
    assert (selections[-1].cursor.selectionStart(), selections[-1].cursor.selectionEnd()) == (
        start,
        start + len(FRANCE),
    )
    assert refusals == []


@pytest.mark.parametrize("how", ["menu", "keys"])
def test_rating_menu_follows_the_workspace_scale(window, tmp_path, qtbot, how):
    """The Claim ▸ Rating menu is built from the workspace's scale, one Ctrl+number per rating."""
    assert window.create_workspace(tmp_path / "w.factdesk")
    labels = [r.label for r in catalog.ratings(window.session.workspace)]
    actions = [a for a in window.rating_menu.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == [*labels, "Not Rated"]
    assert [a.shortcut().toString() for a in actions] == [f"Ctrl+{n}" for n in range(1, len(labels) + 1)] + ["Ctrl+0"]
    assert not any(a.isEnabled() for a in actions)  # no claim selected
    window.close_workspace()
    assert window.rating_menu.actions() == []
