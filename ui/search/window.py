"""What the main window does for search: the search box in its toolbar, "checked before?" in the
verdict pane, and opening what a search found. Mixed into MainWindow so the window only assembles."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QSizePolicy, QWidget

from ui.search.bar import SearchBar
from ui.search.checked_before import CheckedBeforePanel


class SearchWindow:
    def _build_search(self) -> None:
        self.search_bar = SearchBar(window=self)
        self.search_bar.filter_provider = self.claims_pane.search_filter
        self.search_bar.claim_requested.connect(self.open_claim)
        self.search_bar.source_requested.connect(self.open_source)
        self.search_bar.evidence_requested.connect(self.open_evidence)
        self.search_toolbar = self.addToolBar(self.tr("Search"))
        self.search_toolbar.setObjectName("search_toolbar")
        self.search_toolbar.setMovable(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.search_toolbar.addWidget(spacer)
        self.search_toolbar.addWidget(self.search_bar)
        self.checked_before = CheckedBeforePanel()
        self.checked_before.claim_requested.connect(self.open_claim)
        # the first question about a claim: right below what it says, above its evidence
        body = self.verdict_pane.body.layout()
        first_box = next(
            (i for i in range(body.count()) if isinstance(body.itemAt(i).widget(), QGroupBox)), body.count()
        )
        body.insertWidget(first_box, self.checked_before)

    def open_claim(self, claim_id: int) -> None:
        """Show a claim in the panes: selected in the list if the list's filters show it."""
        if self.session is None:
            return
        self.verdict_pane.commit_pending()
        self.claims_pane.select_claim(claim_id, notify=False)
        self._on_claim_selected(claim_id)

    def open_source(self, source_id: int) -> None:
        if self.session is not None:
            self.source_pane.show_source(source_id)

    def open_evidence(self, evidence_id: int, claim_id: int | None) -> None:
        """Evidence opens with a claim it serves, its row chosen in the evidence list."""
        if claim_id is None:
            self.statusBar().showMessage(self.tr("This evidence serves no claim the list's filters show."), 6000)
            return
        self.open_claim(claim_id)
        links = self.verdict_pane.links
        for row in range(links.rowCount()):
            if links.link(row).evidence_id == evidence_id:
                self.verdict_pane.evidence_table.selectRow(row)
                break
