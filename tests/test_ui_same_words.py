""" "Checked before?" in the window: a fake from the sample review, reworded in Ukrainian and in
Russian and pasted as new sources, shows the old verdict with the reasons of the match; the
analyst's "treat these as the same" groups, added and removed undoably."""

from __future__ import annotations

from app.models import ClaimStatus
from app.services import claims, similar, sources
from app.workspace import Workspace
from ui import commands
from ui.search.results import HTML_ROLE
from ui.search.same_words import SameWordsDialog, split_terms
from ui.tasks import ImmediatePool

OLD = "Київ готує провокацію на Запорізькій АЕС, щоб звинуватити Росію"
UK = "Українська влада планує диверсію на Запорізькій атомній станції і звинуватить Росію"
RU = "Киев готовит провокацию на Запорожской АЭС, чтобы обвинить Россию"


def _window(window, tmp_path):
    path = tmp_path / "review.factdesk"
    with Workspace.create(path, user="tester") as ws:
        source = sources.create_source(ws, title="Weekly review", text=OLD, language="uk").subject
        old = claims.create_claim(ws, source, 0, len(OLD)).subject
        claims.update_claim(ws, old, status=ClaimStatus.DONE.value, summary="Фейк: МАГАТЕ не знайшло ознак")
    assert window.open_workspace(path)
    window.checked_before.pool = ImmediatePool()
    return window, old


def _paste(window, text: str, language: str) -> int:
    session = window.session
    assert session.push(commands.create_source(session, title=text[:30], text=text, language=language))
    window._create_claim(window.source_pane.source_id, 0, len(text))
    return window.verdict_pane.claim_id


def test_reworded_fake_pasted_in_ukrainian_and_russian_shows_the_old_verdict_and_why(window, tmp_path, qtbot):
    window, old = _window(window, tmp_path)
    panel = window.checked_before
    for text, language, reason in ((UK, "uk", "диверсію ≈ провокацію"), (RU, "ru", "провокацию")):
        _paste(window, text, language)
        html = panel.model.index(0, 0).data(HTML_ROLE)
        assert f"#{old}" in html, html
        assert "matched as the same" in html and reason in html and "[uk]" in html
        assert "similar" in panel.summary.text()


def test_treat_words_as_the_same_is_kept_in_the_workspace_and_undoable(window, tmp_path, qtbot):
    window, _old = _window(window, tmp_path)
    assert split_terms("мер, очільник міста; глава города ,") == ["мер", "очільник міста", "глава города"]
    dialog = SameWordsDialog(window.session, parent=window)
    qtbot.addWidget(dialog)
    dialog.terms.setText("мер")
    dialog._add()
    assert not dialog.problem.isHidden() and similar.synonym_groups(window.session.workspace) == []
    assert dialog.terms.text() == "мер"  # what was typed stays
    dialog.terms.setText("мер, очільник міста")
    dialog._add()
    (group,) = similar.synonym_groups(window.session.workspace)
    assert group.terms == "мер\nочільник міста" and dialog.groups.count() == 1
    assert window.undo_action.text().endswith("Treat Words as the Same")
    window.undo_action.trigger()
    assert similar.synonym_groups(window.session.workspace) == []
    window.redo_action.trigger()
    assert [g.id for g in similar.synonym_groups(window.session.workspace)] == [group.id]
    dialog.refresh()
    dialog.groups.setCurrentRow(0)
    dialog._remove()
    assert similar.synonym_groups(window.session.workspace) == [] and dialog.groups.count() == 0
    window.undo_action.trigger()
    assert len(similar.synonym_groups(window.session.workspace)) == 1
    assert window.checked_before.same_words_action.isEnabled()
