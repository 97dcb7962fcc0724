"""The Qt item models behind the claims list and the evidence table, checked by Qt's own model tester.

`qtmodeltester.check` attaches Qt's QAbstractItemModelTester (failures are Qt warnings, which fail
the test under qt_log_level_fail=WARNING) and stays attached, so every later reset, layout change
and dataChanged is checked as well. The Python tester is run too (force_py=True): it re-checks
the whole model at every signal.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.demo import write_demo
from app.models import ClaimStatus
from app.services import catalog, claims, evidence, sources
from app.services.claims import ClaimFilter
from app.workspace import Workspace
from ui.claims import model as claim_model_module
from ui.claims.model import PAGE, ClaimTableModel
from ui.evidence.model import LinkedEvidenceModel

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def demo_ws(tmp_path):
    workspace = Workspace.open(write_demo(tmp_path / "demo.factdesk"), user="tester")
    yield workspace
    workspace.close()


def _column(model: ClaimTableModel, name: str) -> list:
    column = ClaimTableModel.COLUMNS.index(name)
    return [model.data(model.index(row, column), DISPLAY) for row in range(model.rowCount())]


def _all_display(model) -> list[list]:
    return [
        [model.data(model.index(row, column), DISPLAY) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


# -- ClaimTableModel ---------------------------------------------------------------------------


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "py-tester"])
def test_claim_model_empty_workspace(qtmodeltester, ws, force_py):
    model = ClaimTableModel(ws)
    qtmodeltester.check(model, force_py=force_py)
    assert model.rowCount() == 0
    assert model.columnCount() == len(ClaimTableModel.COLUMNS)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Claim"
    assert model.claim_id(0) is None
    assert model.row_of(1) is None
    # no workspace at all is a valid, empty model as well
    model.set_workspace(None)
    assert model.rowCount() == 0


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "py-tester"])
def test_claim_model_demo_workspace(qtmodeltester, demo_ws, force_py):
    model = ClaimTableModel(demo_ws)
    qtmodeltester.check(model, force_py=force_py)
    assert model.rowCount() == 5
    quotes = _column(model, "quote")
    assert quotes[0] == "neither the United States, Ukraine nor Russia has signed the Convention on Cluster Munitions"
    assert _column(model, "claimant") == [
        "Leonid Slutsky",
        "Maria Zakharova",
        "Vasily Nebenzia",
        "Dmitry Medvedev",
        "Dmitry Peskov",
    ]
    assert _column(model, "rating") == ["True", "False", "False", "Unproven", "—"]
    assert _column(model, "status") == ["Done", "Done", "In review", "In review", "Researching"]
    assert _column(model, "claimed_on")[0] == "2023-07-07"
    # the ids are in the model, one per row, and the id role needs no row fetch
    ids = [model.data(model.index(row, 0), ClaimTableModel.ID_ROLE) for row in range(5)]
    assert ids == [model.claim_id(row) for row in range(5)] == claims.claim_ids(demo_ws)
    rating_column = ClaimTableModel.COLUMNS.index("rating")
    assert model.data(model.index(4, rating_column), Qt.ItemDataRole.ToolTipRole) == "Not rated yet"
    assert model.data(model.index(4, rating_column), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(0, rating_column), Qt.ItemDataRole.DecorationRole).isValid()


def test_claim_model_filter_changes(qtmodeltester, demo_ws):
    model = ClaimTableModel(demo_ws)
    qtmodeltester.check(model)
    rating_ids = {r.label: r.id for r in catalog.ratings(demo_ws)}
    tag_ids = {t.name: t.id for t in catalog.list_tags(demo_ws)}

    model.set_filter(ClaimFilter(status=ClaimStatus.DONE.value))
    assert _column(model, "status") == ["Done", "Done"]
    model.set_filter(ClaimFilter(rating_id=rating_ids["False"]))
    assert _column(model, "claimant") == ["Maria Zakharova", "Vasily Nebenzia"]
    model.set_filter(ClaimFilter(rating_id=0))  # not rated yet
    assert _column(model, "claimant") == ["Dmitry Peskov"]
    model.set_filter(ClaimFilter(tag_id=tag_ids["Western aid"]))
    assert _column(model, "claimant") == ["Leonid Slutsky", "Maria Zakharova"]
    model.set_filter(ClaimFilter(text="ЗАХАРОВА maria"))  # the claimant's name counts, in either alphabet
    assert _column(model, "claimant") == ["Maria Zakharova"]
    model.set_filter(ClaimFilter(text="ПЕТРЕНКО maria"))  # every word must match
    assert model.rowCount() == 0
    model.set_filter(ClaimFilter(text="IRANIAN drones"))
    assert _column(model, "claimant") == ["Vasily Nebenzia"]
    model.set_filter(ClaimFilter(status=ClaimStatus.NEW.value))
    assert model.rowCount() == 0
    model.set_filter(ClaimFilter())
    assert model.rowCount() == 5


def test_claim_model_survives_edits_while_shown(qtmodeltester, demo_ws):
    """refresh(): an edit that keeps the list redraws one row; one that changes it resets."""
    model = ClaimTableModel(demo_ws)
    qtmodeltester.check(model)
    first = model.claim_id(0)
    _all_display(model)  # fetch and cache every row
    changes = claims.update_claim(demo_ws, first, status=ClaimStatus.NEW.value)
    model.refresh(changes.ids("claim"))
    assert _column(model, "status")[0] == "New"
    model.set_filter(ClaimFilter(status=ClaimStatus.DONE.value))
    assert model.rowCount() == 1
    changes = claims.update_claim(demo_ws, model.claim_id(0), status=ClaimStatus.RESEARCHING.value)
    model.refresh(changes.ids("claim"))
    assert model.rowCount() == 0


_SORT_KEYS = {
    # column: the key the displayed values must be sorted by, ascending
    "quote": lambda v: v.casefold(),
    "claimant": lambda v: v.casefold(),
    "status": None,  # stored values, checked below
    "claimed_on": lambda v: v,
    "source": lambda v: v.casefold(),
}


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "py-tester"])
def test_claim_model_sort_every_column(qtmodeltester, demo_ws, force_py):
    # a second source, so the source column has something to sort
    source_id = sources.create_source(demo_ws, title="Another source", text="Alpha beta gamma.").subject
    extra = claims.create_claim(demo_ws, source_id, 0, 5).subject
    model = ClaimTableModel(demo_ws)
    qtmodeltester.check(model, force_py=force_py)
    ratings = [r.label for r in catalog.ratings(demo_ws)]
    # persistent indexes (what a view's selection holds) must follow their claim through each sort
    persistent = QPersistentModelIndex(model.index(model.row_of(extra), 0))
    for column, name in enumerate(ClaimTableModel.COLUMNS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            descending = order == Qt.SortOrder.DescendingOrder
            assert model.filter.sort == name and model.filter.descending is descending
            assert sorted(model.claim_id(r) for r in range(model.rowCount())) == sorted(claims.claim_ids(demo_ws))
            assert persistent.isValid() and model.claim_id(persistent.row()) == extra
            values = _column(model, name)
            if name == "rating":
                rated = [v for v in values if v != "—"]
                assert values[len(rated) :] == ["—"] * (len(values) - len(rated))  # unrated last, both ways
                keys = [ratings.index(v) for v in rated]
            elif name == "status":
                stored = [claims.get_claim(demo_ws, model.claim_id(r)).claim.status for r in range(model.rowCount())]
                keys = [list(ClaimStatus).index(v) for v in stored]  # the workflow's order, new to done
            elif name == "claimed_on":
                dated = [v for v in values if v]
                assert values[len(dated) :] == [""] * (len(values) - len(dated))  # undated last
                keys = dated
            else:
                keys = [_SORT_KEYS[name](v) if v else "" for v in values]
                if name == "claimant":
                    named = [k for k in keys if k]
                    assert keys[len(named) :] == [""] * (len(keys) - len(named))
                    keys = named
            assert keys == sorted(keys, reverse=descending), (name, order, values)
    # back to the order of creation
    model.sort(-1)
    assert [model.claim_id(r) for r in range(model.rowCount())] == claims.claim_ids(demo_ws)


def test_claim_model_sort_through_the_view_keeps_the_selection(qtbot, qtmodeltester, demo_ws):
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    model = ClaimTableModel(demo_ws)
    qtmodeltester.check(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSortingEnabled(True)
    view.show()
    chosen = model.claim_id(3)
    view.selectRow(3)
    view.sortByColumn(ClaimTableModel.COLUMNS.index("claimant"), Qt.SortOrder.DescendingOrder)
    current = view.selectionModel().currentIndex()
    assert model.claim_id(current.row()) == chosen
    assert _column(model, "claimant") == sorted(_column(model, "claimant"), key=str.casefold, reverse=True)


def test_claim_model_fetches_rows_lazily_a_page_at_a_time(qtmodeltester, ws, monkeypatch):
    words = [f"w{i:04d}" for i in range(600)]
    source_id = sources.create_source(ws, title="Many claims", text=" ".join(words)).subject
    for i in range(600):
        claims.create_claim(ws, source_id, i * 6, i * 6 + 5)

    fetched: list[list[int]] = []
    real = claims.claim_rows

    def spy(workspace, ids):
        fetched.append(list(ids))
        return real(workspace, ids)

    monkeypatch.setattr(claim_model_module.claims, "claim_rows", spy)
    model = ClaimTableModel(ws)
    assert model.rowCount() == 600
    assert len(model._rows) == 0 and fetched == []
    # the id role, the header and the row count need no row
    assert model.data(model.index(450, 0), ClaimTableModel.ID_ROLE) == model.claim_id(450)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Claimant"
    assert len(model._rows) == 0

    assert model.data(model.index(450, 0), DISPLAY) == "w0450"
    assert len(fetched) == 1 and len(fetched[0]) == PAGE == 200
    assert set(model._rows) == set(model._ids[400:600])
    # the rest of that page is served from the cache
    assert model.data(model.index(401, 0), DISPLAY) == "w0401"
    assert model.data(model.index(599, 0), DISPLAY) == "w0599"
    assert len(fetched) == 1
    # another page is another single fetch
    assert model.data(model.index(10, 0), DISPLAY) == "w0010"
    assert len(fetched) == 2 and set(fetched[1]) == set(model._ids[0:200])
    assert len(model._rows) == 400
    # a changed claim drops out of the cache alone, and comes back alone
    changes = claims.update_claim(ws, model.claim_id(10), status=ClaimStatus.DONE.value)
    model.refresh(changes.ids("claim"))
    assert len(model._rows) == 399
    assert model.data(model.index(10, ClaimTableModel.COLUMNS.index("status")), DISPLAY) == "Done"
    assert fetched[-1] == [model.claim_id(10)]
    # and the whole thing passes the model tester
    qtmodeltester.check(model)


def test_claim_model_set_filter_to_the_same_filter_does_not_reset(qtbot, demo_ws):
    model = ClaimTableModel(demo_ws)
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_filter(replace(model.filter))


# -- LinkedEvidenceModel -----------------------------------------------------------------------


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "py-tester"])
def test_linked_evidence_model_no_claim(qtmodeltester, ws, force_py):
    model = LinkedEvidenceModel()
    qtmodeltester.check(model, force_py=force_py)
    assert model.rowCount() == 0
    model.load(ws, None)
    assert model.rowCount() == 0 and model.link_ids() == []
    model.load(None, 5)
    assert model.rowCount() == 0
    assert model.columnCount() == len(LinkedEvidenceModel.COLUMNS)
    assert model.link(0) is None and model.row_of(1) is None


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "py-tester"])
def test_linked_evidence_model_two_links(qtmodeltester, ws, force_py):
    source_id = sources.create_source(ws, title="S", text="The sky is green, he said.").subject
    claim_id = claims.create_claim(ws, source_id, 0, 16).subject
    photo = evidence.create_evidence(
        ws,
        title="Photo of the sky",
        kind="media",
        publisher="Met Office",
        published="2023-07-05",
        excerpt="A blue\nsky.",
        url="https://example.org/sky",
    ).subject
    first = evidence.link(ws, claim_id, photo, stance="refutes", note="Plainly not")
    second_evidence = evidence.create_evidence(ws, title="Colour chart").subject
    second = evidence.link(ws, claim_id, second_evidence, stance="context")

    model = LinkedEvidenceModel()
    qtmodeltester.check(model, force_py=force_py)
    model.load(ws, claim_id)
    assert model.rowCount() == 2
    assert model.link_ids() == [first.subject, second.subject]
    assert _all_display(model) == [
        ["1", "Refutes", "Photo of the sky (Met Office, 2023-07-05)", "A blue sky.", "https://example.org/sky"],
        ["2", "Context", "Colour chart", "", ""],
    ]
    stance = LinkedEvidenceModel.COLUMNS.index("stance")
    assert model.data(model.index(0, stance), Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    title = LinkedEvidenceModel.COLUMNS.index("title")
    assert (
        model.data(model.index(0, title), Qt.ItemDataRole.ToolTipRole)
        == "Photo of the sky\nPhoto or video\nPlainly not"
    )
    assert model.data(model.index(1, 0), LinkedEvidenceModel.ROW_ROLE).link_id == second.subject
    assert model.data(QModelIndex(), DISPLAY) is None

    # a new order shows after a reload, and the tester checks the reset
    evidence.reorder_links(ws, claim_id, [second.subject, first.subject])
    model.load(ws, claim_id)
    assert model.link_ids() == [second.subject, first.subject]
    assert model.data(model.index(0, 0), DISPLAY) == "1"
    assert model.row_of(first.subject) == 1
