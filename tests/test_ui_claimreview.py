"""ClaimReview in the window: Workspace Settings (with undo), a claim's Publication dialog,
Copy ClaimReview, and File ▸ Export ClaimReview… with its lint."""

from __future__ import annotations

import json

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog

from app.demo import write_demo
from app.services import claims, publication
from ui.publication import ExportDialog, PublicationDialog, WorkspaceSettingsDialog


def _open_demo(window, tmp_path):
    path = write_demo(tmp_path / "demo.factdesk")
    assert window.open_workspace(path)
    return window.session.workspace


def test_workspace_settings_set_the_organisation_and_undo_puts_it_back(window, tmp_path, monkeypatch):
    ws = _open_demo(window, tmp_path)

    def exec_(dialog):
        dialog.url.setText("not a site")
        dialog.accept()
        assert not dialog.problem.isHidden() and "not a web address" in dialog.problem.text()
        dialog.name.setText("  Our   Desk ")
        dialog.url.setText("https://desk.example")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WorkspaceSettingsDialog, "exec", exec_)
    window.workspace_settings_action.trigger()
    assert publication.organisation(ws) == publication.Organisation("Our Desk", "https://desk.example", "")
    window.undo_action.trigger()
    assert publication.organisation(ws).name == "Factdesk demo team"


def test_publication_dialog_edits_the_claim_and_the_claimants_links(window, tmp_path, monkeypatch):
    ws = _open_demo(window, tmp_path)
    window.open_claim(2)
    assert window.verdict_pane.publication_button.isVisible()

    def exec_(dialog):
        assert dialog.review_url.text() == "https://factdesk.example/checks/france"
        dialog.appearance_url.setText("https://t.me/channel/5")
        dialog.appearance_date.edit.setText("2023-07-05")
        dialog.same_as.setPlainText("https://www.wikidata.org/wiki/Q4195406\n")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PublicationDialog, "exec", exec_)
    window.verdict_pane.publication_button.click()
    claim = claims.get_claim(ws, 2)
    assert (claim.claim.appearance_url, str(claim.claim.appearance_date)) == ("https://t.me/channel/5", "2023-07-05")
    assert claim.claimant.same_as == "https://www.wikidata.org/wiki/Q4195406"
    window.undo_action.trigger()  # the links
    window.undo_action.trigger()  # the claim's fields
    claim = claims.get_claim(ws, 2)
    assert claim.claim.appearance_url == "" and claim.claimant.same_as == ""


def test_copy_claimreview_puts_one_object_on_the_clipboard(window, tmp_path):
    _open_demo(window, tmp_path)
    window.open_claim(3)
    window.copy_claimreview_action.trigger()
    data = json.loads(QGuiApplication.clipboard().text())
    assert data["@type"] == "ClaimReview" and data["url"] == "https://factdesk.example/checks/drones"
    assert data["reviewRating"]["alternateName"] == "False"


def test_export_lints_then_writes_the_file(window, tmp_path, monkeypatch):
    _open_demo(window, tmp_path)
    window.open_claim(5)  # no verdict: an error in the lint
    seen = {}

    def exec_(dialog):
        seen["claim"] = (dialog.summary.text(), dialog.problems.toPlainText(), dialog.export_button.text())
        dialog.findChild(type(dialog.group.buttons()[0]), "scope_all").setChecked(True)
        seen["all"] = dialog.summary.text()
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    target = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_claimreview_action.trigger()
    summary, problems, button = seen["claim"]
    assert "2 error(s)" in summary and "no verdict" in problems and "Despite Errors" in button
    assert "4 ClaimReview item(s): 0 error(s)" in seen["all"]
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [item["url"].rsplit("/", 1)[1] for item in data] == ["cluster", "france", "drones", "contractors"]


def test_checked_before_shows_external_verdicts_marked_as_such(window, tmp_path):
    """A claim imported from another fact-checker's ClaimReview shows, in "checked before?", their
    verdict marked as external, beside the team's rating (here: not rated)."""
    from app.services import similar
    from app.services.intake import import_file
    from ui.tasks import ImmediatePool

    ws = _open_demo(window, tmp_path)
    review = {
        "@context": "https://schema.org", "@type": "ClaimReview", "url": "https://factuel.afp.com/x",
        "claimReviewed": "Weapons supplied to Ukraine end up with rioters fighting the police in France",
        "author": {"@type": "Organization", "name": "AFP"},
        "reviewRating": {"@type": "Rating", "alternateName": "Faux"},
    }  # fmt: skip
    path = tmp_path / "afp.json"
    path.write_text(json.dumps(review), encoding="utf-8")
    outcome = import_file(ws, path)
    window.session.publish(outcome.changes)
    (imported,) = outcome.changes.created["claim"]
    matches = similar.similar_claims(ws, 2)
    found = next(m for m in matches if m.claim_id == imported)
    assert found.external == ("AFP: Faux",) and found.rating == ""
    window.checked_before.pool = ImmediatePool()
    window.claims_pane.select_claim(2)
    panel = window.checked_before
    html = next(h for h in (panel.model.index(r, 0).data(_html_role()) for r in range(panel.model.rowCount()))
                if f"#{imported}" in h)  # fmt: skip
    assert "External verdict: AFP: Faux" in html and "not rated" in html
    similar.link_claims(ws, 2, imported, "repeats")
    assert similar.relations(ws, 2)[0].other_external == ("AFP: Faux",)


def _html_role():
    from ui.search.checked_before import HTML_ROLE

    return HTML_ROLE


def test_the_windows_import_takes_a_claimreview_file_and_reports_its_notes(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.tasks import ImmediatePool

    data = tmp_path / "claimreview"
    assert window.create_workspace(tmp_path / "in.factdesk")
    window.importer.pool = ImmediatePool()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    sample = __import__("pathlib").Path(__file__).parent / "data" / "claimreview" / "05_afp_defacto_simple_fr.json"
    data.mkdir()
    target = data / sample.name
    target.write_bytes(sample.read_bytes())
    assert window.importer.import_files([target])
    assert window.claims_pane.model.rowCount() == 1
    window.open_claim(window.claims_pane.model.claim_id(0))
    assert window.verdict_pane.quote.toPlainText().strip("“”") == "Pétain a protégé les juifs français"
    assert "white space around the address removed" in shown[0]
