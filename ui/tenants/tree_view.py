"""The tenant tree widget: a QTreeView that keeps paging in whatever the reader scrolls to."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from ui.tenants.tree_model import REF_ROLE, TenantTreeModel


class TenantTreeView(QTreeView):
    """Shows a TenantTreeModel; emits the selected node's ref."""

    sig_node_selected = Signal(object)
    """The current node changed: its NodeRef (None when nothing is selected)."""

    def __init__(self, model: TenantTreeModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setUniformRowHeights(True)  # row heights are not measured per row: big lists stay fast
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setMinimumWidth(280)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 150)
        self.selectionModel().currentChanged.connect(self._current_changed)
        # Qt pages in more rows only for the last expanded node at the very bottom;
        # this also pages a node whose last loaded row is anywhere on screen.
        self._check = QTimer(self, singleShot=True, interval=50)
        self._check.timeout.connect(self._fetch_visible_ends)
        self.verticalScrollBar().valueChanged.connect(self._check.start)
        self.expanded.connect(self._check.start)
        model.rowsInserted.connect(self._check.start)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.sig_node_selected.emit(current.data(REF_ROLE) if current.isValid() else None)

    def _fetch_visible_ends(self) -> None:
        model = self.model()
        index = self.indexAt(self.viewport().rect().topLeft())
        bottom = self.viewport().rect().bottom()
        seen = 0
        while index.isValid() and seen < 500:
            rect = self.visualRect(index)
            if rect.top() > bottom:
                break
            parent = index.parent()
            if index.row() == model.rowCount(parent) - 1 and model.canFetchMore(parent):
                model.fetchMore(parent)
            index = self.indexBelow(index)
            seen += 1

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._check.start()

    def select(self, index: QModelIndex) -> None:
        """Expand down to ``index``, make it current and show it in the middle."""
        parent = index.parent()
        chain = []
        while parent.isValid():
            chain.append(parent)
            parent = parent.parent()
        for p in reversed(chain):
            self.expand(p)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
