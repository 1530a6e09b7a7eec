"""The tenant browser: search and tree on the left, the selected node's details on the right."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from app.services import directory
from app.services.tenant_view import HOSTER_REF, NodeRef, SearchHit
from ui.formatting import fmt_count
from ui.tenants.actions import TenantActions
from ui.tenants.detail_panel import DetailPanel
from ui.tenants.search_box import SearchBox
from ui.tenants.tree_model import REF_ROLE, TenantTreeModel
from ui.tenants.tree_view import TenantTreeView


class TenantBrowser(QSplitter):
    """The tenant tree feature; the shell adds it as its central widget."""

    sig_status = Signal(str)
    """A short message for the status bar."""

    sig_error = Signal(object)
    """Something could not be read: the ProrataError."""

    sig_hit_shown = Signal(object)
    """A search hit is selected in the tree: its NodeRef."""

    def __init__(self, worker, parent=None, today: date | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._worker = worker
        self.model = TenantTreeModel(worker, self)
        left = QWidget()
        self.search = SearchBox(worker)
        self.tree = TenantTreeView(self.model)
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        self.detail = DetailPanel(worker, today=today)
        self.actions = TenantActions(self, worker, today)
        lay.addWidget(self.search)
        lay.addWidget(self.actions.toolbar)
        lay.addWidget(self.tree)
        self.addWidget(left)
        # A company's page is tall (settings, schedule, subscriptions, prices, history): on a small screen or
        # in a wordier language it scrolls, instead of its boxes being drawn over one another.
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setWidget(self.detail)
        self.addWidget(self.detail_scroll)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setChildrenCollapsible(False)
        self.setSizes([470, 810])
        self._to_expand: list[NodeRef] = []  # open nodes kept from the last session (ui/window_state.py)
        # A reseller's staff see their reseller as the tree's root, not the hoster above it (ui/login_scope.py).
        self.show_subtree = False
        self._reread: tuple[NodeRef | None, int] | None = None  # a live re-read under way: (selected, scrolled)
        self._settle = QTimer(self, interval=50)  # a re-read done: scroll back once every page is in
        self._settle.timeout.connect(self._settled)

        self.tree.sig_node_selected.connect(self._node_selected)
        self.search.sig_hit_chosen.connect(self.show_hit)
        self.search.sig_searched.connect(self._searched)
        self.model.sig_root_loaded.connect(self._root_loaded)
        self.model.sig_root_loaded.connect(lambda _ok: self.actions.update())
        self.model.sig_error.connect(self.sig_error)
        self.detail.sig_error.connect(self.sig_error)
        self.detail.sig_status.connect(self.sig_status)

    def load(self) -> None:
        """(Re)read the tree from the top."""
        self._reread = None
        self.detail.show_node(None)
        self.model.reload()

    def reread(self) -> None:
        """Read the tree again after a colleague's change (ui/live_refresh.py), keeping the open nodes, the
        selected node (shown afresh) and the scroll position; the detail panel keeps the old node meanwhile."""
        if self._reread is not None or self.model.is_loading():
            QTimer.singleShot(200, self.reread)  # after the read under way: its answer may be older
            return
        current = self.tree.currentIndex()
        self._reread = (current.data(REF_ROLE) if current.isValid() else None,
                        self.tree.verticalScrollBar().value())
        self._to_expand = self.expanded_refs()
        self.model.reload()

    def _node_selected(self, ref: NodeRef | None) -> None:
        if self._reread is None or ref is not None and ref == self._reread[0]:
            self.detail.show_node(ref)

    def _reselect(self, ref: NodeRef) -> None:
        """Select ``ref`` again after a re-read: no focus taken, no scrolling (the position comes back after)."""
        def steps(s):
            return [(r, directory.row_of(s, r)) for r in directory.path_to(s, ref)]

        def arrived(index: QModelIndex) -> None:
            if index.isValid():
                parent = index.parent()
                while parent.isValid():
                    self.tree.expand(parent)
                    parent = parent.parent()
                self.tree.setCurrentIndex(index)
        self._worker.run(steps, on_done=lambda st: self.model.reveal(st, arrived), on_error=lambda _e: None)

    def _settled(self) -> None:
        if self.model.is_loading() or not self._worker.idle():
            return
        self._settle.stop()
        if self._reread is None:
            return
        self.tree.verticalScrollBar().setValue(self._reread[1])
        self._reread = None
        if not self.tree.currentIndex().isValid():  # the selected node was deleted meanwhile: its parent's top
            top = self.model.index(0, 0, self.tree.rootIndex())
            self.tree.setCurrentIndex(top)
            if top == self.tree.currentIndex() and top.isValid():
                return
            self.detail.show_node(None)

    def _root_loaded(self, ok: bool) -> None:
        if ok and self._reread is not None:
            pending, self._to_expand = self._to_expand, []
            for ref in pending:
                self._expand_ref(ref)
            if self.show_subtree:
                self.tree.setRootIndex(self.model.index(0, 0))
            if self._reread[0] is not None:
                self._reselect(self._reread[0])
            self._settle.start()
            return
        if ok:
            hoster = self.model.index(0, 0)
            self.tree.expand(hoster)
            self.tree.setCurrentIndex(hoster)
            if self.show_subtree:
                self.tree.setRootIndex(hoster)  # the rows the login sees under the hoster: its reseller
                top = self.model.index(0, 0, hoster)
                if top.isValid():
                    self.tree.expand(top)
                    self.tree.setCurrentIndex(top)
            pending, self._to_expand = self._to_expand, []
            for ref in pending:
                self._expand_ref(ref)
        else:
            self.sig_status.emit(self.tr("The database holds no hoster yet."))

    def _searched(self, text: str, n: int) -> None:
        if n == 0:
            self.sig_status.emit(self.tr("Nothing matches “%1”.").replace("%1", text))
        else:
            self.sig_status.emit(self.tr("Matches for “%1”: %2").replace("%1", text).replace("%2", fmt_count(n)))

    def node_changed(self, ref: NodeRef, parent: NodeRef) -> None:
        """``ref`` was added or edited under ``parent``: read the parent's children again, select ``ref`` and
        show it afresh."""
        def reread(moved: bool) -> None:
            if not moved:
                self.detail.show_node(ref)  # it was selected already: show its new values

        def select() -> None:
            self.show_ref(ref, on_shown=reread)
        self.model.refresh(parent if self.model.index_for(parent).isValid() else HOSTER_REF, then=select)

    def show_ref(self, ref: NodeRef, on_shown=None) -> None:
        """Expand the tree down to ``ref`` and select it; then ``on_shown(moved)``, moved: the selection changed."""
        self.show_hit(SearchHit(ref, "", None), on_shown)

    def show_hit(self, hit: SearchHit, on_shown=None) -> None:
        """Expand the tree down to the hit, paging in its siblings up to it, and select it."""
        ref = hit.ref

        def steps(s):
            return [(r, directory.row_of(s, r)) for r in directory.path_to(s, ref)]

        def arrived(index: QModelIndex) -> None:
            if index.isValid():
                moved = self.tree.currentIndex() != index
                self.tree.select(index)
                self.tree.setFocus()
                self.sig_hit_shown.emit(ref)
                if on_shown is not None:
                    on_shown(moved)
            else:
                self.sig_status.emit(self.tr("“%1” is no longer in the tree; press F5 to reload.").replace(
                    "%1", hit.name))
        self._worker.run(steps, on_done=lambda st: self.model.reveal(st, arrived),
                         on_error=lambda e: self.sig_error.emit(e))

    def expanded_refs(self) -> list[NodeRef]:
        """The open nodes, parents before their children (only those loaded: a closed node's are not)."""
        out: list[NodeRef] = []
        pending = [self.model.index(r, 0) for r in range(self.model.rowCount())]
        while pending:
            index = pending.pop(0)
            if self.tree.isExpanded(index):
                out.append(index.data(REF_ROLE))
                pending += [self.model.index(r, 0, index) for r in range(self.model.rowCount(index))]
        return out

    def expand_later(self, refs: list[NodeRef]) -> None:
        """Open these nodes once the tree is read (paging in their siblings up to them)."""
        self._to_expand = list(refs)

    def _expand_ref(self, ref: NodeRef) -> None:
        def steps(s):
            return [(r, directory.row_of(s, r)) for r in directory.path_to(s, ref)]

        def arrived(index: QModelIndex) -> None:
            chain = []
            while index.isValid():
                chain.append(index)
                index = index.parent()
            for i in reversed(chain):
                self.tree.expand(i)
        # A node deleted since is no error worth a message: it just stays closed.
        self._worker.run(steps, on_done=lambda st: self.model.reveal(st, arrived), on_error=lambda _e: None)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def retranslate(self) -> None:
        self.search.retranslate()
        self.model.retranslate()
        self.detail.retranslate()
        self.actions.retranslate()
