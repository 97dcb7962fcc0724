"""The window opens a workspace and shows its claims (a quick check; the scenario tests go further)."""

from app.demo import write_demo


def test_window_opens_demo_and_selects_a_claim(window, tmp_path, qtbot):
    path = write_demo(tmp_path / "demo.factdesk")
    assert window.open_workspace(path)
    assert window.stack.currentWidget() is window.splitter
    assert window.claims_pane.model.rowCount() == 5
    window.claims_pane.select_claim(window.claims_pane.model.claim_id(1))
    assert window.verdict_pane.claim_id == window.claims_pane.model.claim_id(1)
    assert window.source_pane.source_id is not None
