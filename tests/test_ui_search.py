"""The search box (Ctrl+F), its results and "checked before?" in the real window; the lazy claims model."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from app.demo import write_demo
from app.models import ClaimStatus
from app.services import claims, similar, sources
from app.workspace import Workspace
from ui.claims import model as claim_model_module
from ui.claims.model import CACHE_ROWS, PAGE, ClaimTableModel
from ui.search.bar import live_query
from ui.search.results import HIT_ROLE, HTML_ROLE
from ui.tasks import ImmediatePool

OLD = "Західна зброя, яку постачають Україні, потрапляє до рук протестувальників у Франції."
NEW = "Зброя, що її постачає Захід Україні, опиняється в руках протестувальників у Франції, заявила Захарова."


@pytest.fixture
def demo_window(window, tmp_path):
    path = write_demo(tmp_path / "demo.factdesk")
    assert window.open_workspace(path)
    window.search_bar.pool = ImmediatePool()
    window.checked_before.pool = ImmediatePool()
    return window


def hits(bar) -> list[tuple[str, int]]:
    found = []
    for group in range(bar.model.rowCount()):
        parent = bar.model.index(group, 0)
        for row in range(bar.model.rowCount(parent)):
            hit = bar.model.index(row, 0, parent).data(HIT_ROLE)
            found.append((hit.kind, hit.id))
    return found


def test_ctrl_f_focuses_the_search_box(demo_window, qtbot):
    assert demo_window.search_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert demo_window.filter_action.shortcut() != demo_window.search_action.shortcut()
    demo_window.claims_pane.table.setFocus()
    demo_window.search_action.trigger()
    assert demo_window.search_bar.box.hasFocus()


def test_typing_searches_after_a_pause_and_shows_grouped_highlighted_hits(demo_window, qtbot):
    bar = demo_window.search_bar
    bar.box.setFocus()
    bar.box.setText("clust")  # while typing, the last word is a prefix
    bar.box.textEdited.emit("clust")
    assert hits(bar) == []  # nothing before the pause
    qtbot.waitUntil(lambda: bar.model.rowCount() > 0, timeout=2000)
    assert bar.popup.isVisible()
    kinds = [bar.model.index(g, 0).data() for g in range(bar.model.rowCount())]
    assert kinds[0].startswith("Claims") and any(k.startswith("Sources") for k in kinds)
    claim_hit = bar.model.index(0, 0, bar.model.index(0, 0))
    assert "<b>Cluster</b>" in claim_hit.data(HTML_ROLE) or "<b>cluster</b>" in claim_hit.data(HTML_ROLE)


def test_picking_hits_opens_them_in_the_panes(demo_window, qtbot):
    bar = demo_window.search_bar
    bar.search_now("Zakharova weapons")
    kind, claim_id = hits(bar)[0]
    assert kind == "claim"
    bar._open(bar.view.currentIndex())  # Enter on the first hit
    assert not bar.popup.isVisible()
    assert demo_window.verdict_pane.claim_id == claim_id
    assert demo_window.claims_pane.current_claim_id() == claim_id

    bar.search_now("Vilnius")
    source = next(i for k, i in hits(bar) if k == "source")
    demo_window.source_pane.show_source(None)
    bar.source_requested.emit(source)
    assert demo_window.source_pane.source_id == source

    bar.search_now("IAEA")
    evidence_hits = [i for k, i in hits(bar) if k == "evidence"]
    assert evidence_hits
    for group in range(bar.model.rowCount()):
        parent = bar.model.index(group, 0)
        for row in range(bar.model.rowCount(parent)):
            index = bar.model.index(row, 0, parent)
            if index.data(HIT_ROLE).kind == "evidence":
                bar._open(index)
                break
    verdict = demo_window.verdict_pane
    assert verdict.claim_id is not None
    selected = verdict.evidence_table.selectionModel().selectedRows()
    assert selected and verdict.links.link(selected[0].row()).evidence_id == evidence_hits[0]


def test_search_combines_with_the_claims_list_filters(demo_window, qtbot):
    pane = demo_window.claims_pane
    pane.status_filter.setCurrentIndex(pane.status_filter.findData(ClaimStatus.IN_REVIEW.value))
    bar = demo_window.search_bar
    bar.search_now("Zakharova")  # the claim about France is done, not in review
    assert [k for k, _ in hits(bar)].count("claim") == 0
    pane.status_filter.setCurrentIndex(0)
    bar.search_now("Zakharova")
    assert [k for k, _ in hits(bar)].count("claim") >= 1


def test_keys_in_the_box_move_open_and_close(demo_window, qtbot):
    bar = demo_window.search_bar
    bar.box.setFocus()
    bar.search_now("drones")
    first = bar.view.currentIndex()
    qtbot.keyClick(bar.box, Qt.Key.Key_Down)
    assert bar.view.currentIndex() != first
    qtbot.keyClick(bar.box, Qt.Key.Key_Escape)
    assert not bar.popup.isVisible()
    qtbot.keyClick(bar.box, Qt.Key.Key_Up)  # back to the first, and the list shows again
    assert bar.popup.isVisible() and bar.view.currentIndex() == first
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    assert demo_window.verdict_pane.claim_id == first.data(HIT_ROLE).id


def test_hostile_text_is_shown_not_obeyed(window, tmp_path, qtbot):
    path = tmp_path / "hostile.factdesk"
    text = "The <b>bold</b> claim & <img src=x> about tanks."
    with Workspace.create(path, user="tester") as ws:
        source = sources.create_source(ws, title="<i>Title</i>", text=text).subject
        claims.create_claim(ws, source, 0, len(text))
    window.open_workspace(path)
    bar = window.search_bar
    bar.pool = ImmediatePool()
    bar.search_now('"tanks" OR bold')
    html = bar.model.index(0, 0, bar.model.index(0, 0)).data(HTML_ROLE)
    assert "&lt;b&gt;" in html and "<img" not in html and "&lt;img" in html
    for query in ['"', "*", "NEAR(", "a:b", "OR", "''"]:
        bar.search_now(query)  # never an error


def test_live_query():
    assert live_query("оборо") == "оборо*"
    assert live_query("оборона ") == "оборона "
    assert live_query("ab") == "ab"
    assert live_query('"оборона укр') == '"оборона укр'
    assert live_query("війна*") == "війна*"


# -- checked before? --------------------------------------------------------------------------------------


@pytest.fixture
def repeat_window(window, tmp_path):
    path = tmp_path / "repeats.factdesk"
    with Workspace.create(path, user="tester") as ws:
        ids = {}
        for key, text in (("old", OLD), ("new", NEW)):
            source = sources.create_source(ws, title=key, text=text, language="uk").subject
            ids[key] = claims.create_claim(ws, source, 0, len(text)).subject
        claims.update_claim(ws, ids["old"], status="done")
    window.open_workspace(path)
    window.checked_before.pool = ImmediatePool()
    return window, ids


def test_checked_before_shows_matches_and_links_them_undoably(repeat_window, qtbot):
    window, ids = repeat_window
    panel = window.checked_before
    window.claims_pane.select_claim(ids["new"])
    assert panel.model.rowCount() == 1
    html = panel.model.index(0, 0).data(HTML_ROLE)
    assert f"#{ids['old']}" in html and "протестувальників" in html
    assert "similar" in panel.summary.text()
    panel.select_row(0)
    assert panel.repeats_button.isEnabled() and not panel.unlink_button.isEnabled()
    panel.repeats_button.click()
    (relation,) = similar.relations(window.session.workspace, ids["new"])
    assert relation.other_claim_id == ids["old"] and relation.kind == "repeats"
    # shown as a link now, on both claims
    assert "repeats" in panel.model.index(0, 0).data(HTML_ROLE)
    assert similar.relations(window.session.workspace, ids["old"])[0].other_claim_id == ids["new"]
    assert window.undo_action.text().endswith("Link Claims")
    window.undo_action.trigger()
    assert similar.relations(window.session.workspace, ids["new"]) == []
    assert "similar" in panel.summary.text()
    window.redo_action.trigger()
    assert [r.id for r in similar.relations(window.session.workspace, ids["new"])] == [relation.id]
    panel.select_row(0)
    panel.unlink_button.click()
    assert similar.relations(window.session.workspace, ids["new"]) == []
    # opening a match shows it
    panel.select_row(0)
    panel.open_button.click()
    assert window.verdict_pane.claim_id == ids["old"]


def test_checked_before_follows_a_new_claim(repeat_window, qtbot):
    window, ids = repeat_window
    from ui import commands

    session = window.session
    text = "Захід постачає Україні зброю, а вона опиняється в руках протестувальників у Франції."
    assert session.push(commands.create_source(session, title="third", text=text, language="uk"))
    window._create_claim(window.source_pane.source_id, 0, len(text))
    new = window.verdict_pane.claim_id
    assert new not in ids.values()
    found = {
        window.checked_before.model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1)
        for r in range(window.checked_before.model.rowCount())
    }
    assert found == {ids["old"], ids["new"]}


# -- the lazy claims model ---------------------------------------------------------------------------------


def test_claims_model_fetches_pages_and_keeps_a_bounded_cache(qtmodeltester, ws, monkeypatch):
    count = CACHE_ROWS + 3 * PAGE
    words = [f"w{i:05d}" for i in range(count)]
    source = sources.create_source(ws, title="many", text=" ".join(words)).subject
    with ws.writing() as session:  # quicker than the service for thousands of claims
        from app.models import Claim

        for i in range(count):
            session.add(Claim(source_id=source, quote=words[i], start=i * 7, end=i * 7 + 6))
    fetched: list[int] = []
    real = claims.claim_rows

    def spy(workspace, ids):
        fetched.append(len(ids))
        return real(workspace, ids)

    monkeypatch.setattr(claim_model_module.claims, "claim_rows", spy)
    model = ClaimTableModel(ws)
    assert model.rowCount() == count and fetched == []  # ids only at start
    for row in range(0, count, 50):  # scroll through everything
        model.data(model.index(row, 0))
    assert len(fetched) == count // PAGE and set(fetched) == {PAGE}
    assert len(model._rows) <= CACHE_ROWS  # older pages were let go
    assert model.data(model.index(0, 0)) == "w00000"  # and come back when shown again
    assert model.row_of(model.claim_id(count - 1)) == count - 1
    qtmodeltester.check(model)


def test_a_big_workspace_queries_ids_off_the_ui_thread(qtbot, tmp_path, monkeypatch):
    import threading

    monkeypatch.setattr(claim_model_module, "BACKGROUND_FROM", 1)  # "big" from one claim on
    threads = []
    real = claims.claim_ids

    def spy(workspace, flt=claims.ClaimFilter()):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(workspace, flt)

    monkeypatch.setattr(claim_model_module.claims, "claim_ids", spy)
    with Workspace.open(write_demo(tmp_path / "demo.factdesk"), user="tester") as ws:
        model = ClaimTableModel()
        with qtbot.waitSignal(model.loaded, timeout=5000):
            model.set_workspace(ws)
        assert model.rowCount() == 5 and threads == [False]
        with qtbot.waitSignal(model.loaded, timeout=5000):
            model.set_filter(claims.ClaimFilter(status=ClaimStatus.DONE.value))
            assert model.rowCount() == 5  # the old list stays until the new ids are in
        assert model.rowCount() == 2
        # an answer overtaken by a newer question is dropped
        with qtbot.waitSignal(model.loaded, timeout=5000):
            model.set_filter(claims.ClaimFilter(status=ClaimStatus.NEW.value))
            model.set_filter(claims.ClaimFilter())
        qtbot.wait(100)
        assert model.rowCount() == 5 and not model.busy
        assert threads and not any(threads)


def test_a_big_workspace_keeps_the_selection_through_filters(window, tmp_path, qtbot, monkeypatch):
    monkeypatch.setattr(claim_model_module, "BACKGROUND_FROM", 1)
    assert window.open_workspace(write_demo(tmp_path / "demo.factdesk"))
    pane = window.claims_pane
    qtbot.waitUntil(lambda: pane.model.rowCount() == 5, timeout=5000)
    chosen = pane.model.claim_id(1)
    pane.select_claim(chosen)
    done = pane.status_filter.findData(ClaimStatus.DONE.value)
    with qtbot.waitSignal(pane.model.loaded, timeout=5000):
        pane.status_filter.setCurrentIndex(done)
    assert pane.current_claim_id() == chosen == window.verdict_pane.claim_id
    with qtbot.waitSignal(pane.model.loaded, timeout=5000):
        pane.status_filter.setCurrentIndex(0)
    assert pane.current_claim_id() == chosen
