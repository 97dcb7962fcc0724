"""Search results as a two-level model (kind, then hits) and a delegate that draws highlighted snippets.

The model holds the few hits of one search (at most the limit of each kind) as plain records from
the service; the delegate turns a hit's snippet into HTML with every piece of text escaped, so a
claim's own "<b>" is shown, never obeyed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.services.search import Hit, SearchResults
from ui import theme
from ui.labels import status_label

Index = QModelIndex | QPersistentModelIndex
HTML_ROLE = Qt.ItemDataRole.UserRole + 10
HIT_ROLE = Qt.ItemDataRole.UserRole + 11
_NO_PARENT = 0xFFFFFFFF  # internalId of a group row


class SearchResultsModel(QAbstractItemModel):
    """Groups (Claims, Sources, Evidence) with their hits below them; empty groups are left out."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[str, list[Hit], bool]] = []  # kind, hits, more

    def set_results(self, results: SearchResults | None) -> None:
        self.beginResetModel()
        self._groups = (
            [(kind, hits, results.more.get(kind, False)) for kind, hits in results.groups if hits] if results else []
        )
        self.endResetModel()

    def hit(self, index: Index) -> Hit | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        return self._groups[index.internalId()][1][index.row()]

    def hit_count(self) -> int:
        return sum(len(hits) for _, hits, _ in self._groups)

    def first_hit(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    # -- Qt model interface ----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _NO_PARENT) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _NO_PARENT or parent.row() >= len(self._groups):
            return QModelIndex()
        hits = self._groups[parent.row()][1]
        return self.createIndex(row, 0, parent.row()) if row < len(hits) else QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _NO_PARENT and parent.row() < len(self._groups):
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _NO_PARENT:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            kind, hits, more = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                count = f"{len(hits)}+" if more else str(len(hits))
                return f"{self._group_name(kind)} ({count})"
            if role == HTML_ROLE:
                count = f"{len(hits)}+" if more else str(len(hits))
                muted = theme.colours().muted
                return f"<b>{escape(self._group_name(kind))}</b> <span style='color:{muted}'>({count})</span>"
            return None
        hit = self.hit(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title}\n{hit.snippet.plain}"
        if role == HTML_ROLE:
            return self._html(hit)
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.title
        return None

    def _group_name(self, kind: str) -> str:
        return {"claim": self.tr("Claims"), "source": self.tr("Sources"), "evidence": self.tr("Evidence")}[kind]

    def _html(self, hit: Hit) -> str:
        snippet = hit.snippet.html("b") or escape(hit.title)
        meta = []
        detail = hit.detail
        if hit.kind == "claim":
            if detail.get("rating"):
                colour = escape(detail.get("colour") or "#808080")
                meta.append(f"<span style='color:{colour}'>■</span> {escape(detail['rating'])}")
            meta.append(escape(status_label(detail.get("status", ""))))
            if detail.get("claimant"):
                meta.append(escape(detail["claimant"]))
            if detail.get("claimed_on"):
                meta.append(detail["claimed_on"].isoformat())
            title = ""
        elif hit.kind == "source":
            title = f"<b>{escape(hit.title)}</b><br>"
            meta += [escape(v) for v in (detail.get("outlet"), detail.get("language")) if v]
            if detail.get("published"):
                meta.append(detail["published"].isoformat())
        else:
            title = f"<b>{escape(hit.title)}</b><br>"
            meta += [escape(v) for v in (detail.get("publisher"), detail.get("url")) if v]
        line = f"<br><span style='color:{theme.colours().muted}'>{' · '.join(meta)}</span>" if meta else ""
        return f"{title}{snippet}{line}"


#: for views drawn by HtmlDelegate: a selection light enough for the snippet's colours to stay legible
LIGHT_SELECTION = "QAbstractItemView::item:selected { background: #D6EAF8; color: black; }"


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML_ROLE (already escaped); its view should use LIGHT_SELECTION."""

    WIDTH_HINT = 520

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(3)
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or "")
        width = option.rect.width()
        if width <= 0:  # sizeHint: the row will be as wide as the view
            view = option.widget
            width = view.viewport().width() - 28 if view is not None else self.WIDTH_HINT
        doc.setTextWidth(max(width, 120))
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        context = QAbstractTextDocumentLayout.PaintContext()  # the view's light selection keeps text dark
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2)
