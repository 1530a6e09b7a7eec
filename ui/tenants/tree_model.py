"""The tenant tree as a lazy item model: hoster > resellers | direct customers > companies > users.

Children are read a page at a time through the worker (``fetchMore`` posts
the request; rows are inserted when the answer arrives), never a whole table.
Each node knows whether all its children are in (``complete``) and whether a
page is on its way (``loading``). Companies claim children without asking the
database (a company nearly always has users); the first fetch settles it.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from app.services import directory
from app.services.tenant_view import HOSTER_REF, NodeKind, NodeRef, NodeRow
from ui.formatting import fmt_count

PAGE = 200
REF_ROLE = Qt.ItemDataRole.UserRole + 1
# Computed once: Qt asks for flags of every row it lays out (tens of thousands on a jump).
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_USER = NodeKind.USER


class _Node:
    __slots__ = ("ref", "name", "code", "count", "parent", "row", "children", "complete", "loading",
                 "waiters", "epoch")

    def __init__(self, ref: NodeRef | None, name: str = "", code: str | None = None,
                 count: int | None = None, parent: "_Node | None" = None, row: int = 0):
        self.ref = ref
        self.name = name
        self.code = code
        self.count = count  # None: unknown until fetched
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []
        self.complete = count == 0 or (ref is not None and ref.kind is _USER)
        self.loading = False
        self.waiters: list[Callable[[], None]] = []
        self.epoch = 0  # raised when the children are read again: older pages are dropped


class TenantTreeModel(QAbstractItemModel):
    """Two columns: the name (with the number of children where known) and the code or email."""

    sig_root_loaded = Signal(bool)
    """The hoster and its first page are in (True), or the database has no hoster (False)."""

    sig_error = Signal(object)
    """A page could not be read: the ProrataError."""

    def __init__(self, worker, parent=None, page_size: int = PAGE):
        super().__init__(parent)
        self._worker = worker
        self._page = page_size
        self._root = _Node(None)
        self._by_ref: dict[NodeRef, _Node] = {}
        self._generation = 0

    # --- loading ------------------------------------------------------------

    def reload(self) -> None:
        """Forget everything and read the hoster with its first page of children."""
        self.beginResetModel()
        self._generation += 1
        self._root = _Node(None)
        self._by_ref = {}
        self.endResetModel()
        gen, page = self._generation, self._page

        def read(s):
            top = directory.root(s)
            return top, (directory.children(s, HOSTER_REF, 0, page) if top else [])
        self._root.loading = True
        self._worker.run(read, on_done=lambda res: self._root_read(gen, *res), on_error=self._failed)

    def _root_read(self, gen: int, top: NodeRow | None, first: list[NodeRow]) -> None:
        if gen != self._generation:
            return
        self._root.loading = False
        self._root.complete = True
        if top is None:
            self.sig_root_loaded.emit(False)
            return
        self._insert(self._root, [top], 1)
        self._root.complete = True
        self._insert(self._by_ref[HOSTER_REF], first, self._page)
        self.sig_root_loaded.emit(True)

    def _load(self, node: _Node, upto: int | None = None, then: Callable[[], None] | None = None) -> None:
        """Read the next page of ``node``'s children (or all up to row ``upto``), then call ``then``."""
        if then is not None:
            node.waiters.append(then)
        if node.loading:
            return  # the answer on its way runs the waiters
        have = len(node.children)
        if node.complete or (upto is not None and upto < have):
            self._run_waiters(node)
            return
        limit = self._page if upto is None else upto + 1 - have + self._page
        node.loading = True
        gen, ref, epoch = self._generation, node.ref, node.epoch

        def done(rows: list[NodeRow]) -> None:
            if gen != self._generation or epoch != node.epoch:
                return
            node.loading = False
            self._insert(node, rows, limit)
            self._run_waiters(node)
        self._worker.run(lambda s: directory.children(s, ref, have, limit), on_done=done,
                         on_error=lambda e: self._page_failed(gen, node, e))

    def _run_waiters(self, node: _Node) -> None:
        waiters, node.waiters = node.waiters, []
        for w in waiters:
            w()

    def _page_failed(self, gen: int, node: _Node, error) -> None:
        if gen == self._generation:
            node.loading = False
            node.complete = True  # do not retry in a loop; Reload tries again
            node.waiters = []
        self._failed(error)

    def _failed(self, error) -> None:
        self._root.loading = False
        self.sig_error.emit(error)

    def _insert(self, node: _Node, rows: list[NodeRow], asked: int) -> None:
        first = len(node.children)
        if rows:
            self.beginInsertRows(self._index_of(node), first, first + len(rows) - 1)
            for i, r in enumerate(rows):
                child = _Node(r.ref, r.name, r.code, r.child_count, node, first + i)
                node.children.append(child)
                self._by_ref[r.ref] = child
            self.endInsertRows()
        if node.count is not None:
            node.complete = len(node.children) >= node.count or len(rows) < asked
        else:
            node.complete = len(rows) < asked
        if node.complete and node.count is None and node.parent is not None:
            node.count = len(node.children)
            if not node.children:  # the arrow goes away
                idx = self._index_of(node)
                self.dataChanged.emit(idx, idx)

    def _index_of(self, node: _Node, column: int = 0) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def refresh(self, ref: NodeRef, then: Callable[[], None] | None = None) -> None:
        """Read ``ref``'s children again (after one was added or edited under it), then call ``then``.

        The node's count is read anew and its children are dropped; they page in again as they are
        shown (``reveal`` pages in down to a given row). A node not loaded yet needs nothing.
        """
        gen = self._generation

        def counted(n: int) -> None:
            if gen != self._generation:
                return
            node = self._by_ref.get(ref)
            if node is not None:
                node.epoch += 1
                node.loading = False
                if node.children:
                    self.beginRemoveRows(self._index_of(node), 0, len(node.children) - 1)
                    self._forget(node.children)
                    node.children = []
                    self.endRemoveRows()
                node.count = n
                node.complete = n == 0
                index = self._index_of(node)
                self.dataChanged.emit(index, index)
                self._run_waiters(node)
            if then is not None:
                then()
        self._worker.run(lambda s: directory.child_count(s, ref), on_done=counted, on_error=self._failed)

    def _forget(self, nodes: list[_Node]) -> None:
        for n in nodes:
            if self._by_ref.get(n.ref) is n:
                del self._by_ref[n.ref]
            n.epoch += 1  # a page on its way for it is dropped
            self._forget(n.children)

    # --- finding nodes -------------------------------------------------------

    def index_for(self, ref: NodeRef) -> QModelIndex:
        """The index of a loaded node, or an invalid index."""
        node = self._by_ref.get(ref)
        return self._index_of(node) if node is not None else QModelIndex()

    def reveal(self, steps: list[tuple[NodeRef, int]], then: Callable[[QModelIndex], None]) -> None:
        """Load each level down a path of (ref, row among siblings), then call ``then`` with the last index.

        ``steps`` starts with the hoster; siblings are paged in up to each row.
        ``then`` gets an invalid index when the path no longer matches the tree.
        """
        gen = self._generation
        pending = list(steps)

        def step(parent: _Node) -> None:
            if gen != self._generation:
                return
            if not pending:
                then(self._index_of(parent))
                return
            ref, row = pending.pop(0)

            def arrived() -> None:
                node = self._by_ref.get(ref)
                if node is None and not parent.complete and len(parent.children) <= row:
                    self._load(parent, upto=row, then=arrived)  # a page already on its way came first
                elif node is None or node.parent is not parent:
                    then(QModelIndex())
                else:
                    step(node)
            if ref in self._by_ref:
                arrived()
            else:
                self._load(parent, upto=row, then=arrived)
        if self._root.loading:
            self.sig_root_loaded.connect(self._once(lambda ok: step(self._root) if ok else then(QModelIndex())))
        else:
            step(self._root)

    def _once(self, fn: Callable[[bool], None]) -> Callable[[bool], None]:
        def wrapper(ok: bool) -> None:
            self.sig_root_loaded.disconnect(wrapper)
            fn(ok)
        return wrapper

    def node_name(self, index: QModelIndex) -> str:
        """The node's own name (the first column shows a count after some)."""
        return self._node(index).name if index.isValid() else ""

    def is_loading(self) -> bool:
        """True while any page is on its way (tests and the benchmark wait on this)."""
        return self._root.loading or any(n.loading for n in self._by_ref.values())

    # --- QAbstractItemModel ------------------------------------------------------

    def _node(self, index: QModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            children = parent.internalPointer().children
        else:
            children = self._root.children
        if 0 <= row < len(children) and 0 <= column < 2:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        up = node.parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 2

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        if not parent.isValid():
            return bool(self._root.children)
        if parent.column() != 0:
            return False
        node = parent.internalPointer()
        if node.children:
            return True
        return not node.complete and (node.count is None or node.count > 0)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        return node is not self._root and not node.complete and not node.loading

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._load(self._node(parent))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        kind = node.ref.kind
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 1:
                return node.code or ""
            name = self.tr("Direct customers") if kind == NodeKind.DIRECT else node.name
            if kind in (NodeKind.RESELLER, NodeKind.DIRECT) and node.count is not None:
                return f"{name} ({fmt_count(node.count)})"
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 1:
                return node.code or None
            name = self.tr("Direct customers") if kind == NodeKind.DIRECT else node.name
            return f"{self._kind_words(kind)}: {name}"
        if role == Qt.ItemDataRole.FontRole and col == 0 and kind in (NodeKind.HOSTER, NodeKind.RESELLER,
                                                                        NodeKind.DIRECT):
            font = QFont()
            font.setBold(True)
            return font
        if role == REF_ROLE:
            return node.ref
        return None

    def _kind_words(self, kind: NodeKind) -> str:
        return {
            NodeKind.HOSTER: self.tr("Hoster"),
            NodeKind.RESELLER: self.tr("Reseller"),
            NodeKind.DIRECT: self.tr("Companies the hoster bills directly"),
            NodeKind.COMPANY: self.tr("Company"),
            NodeKind.USER: self.tr("User"),
        }[kind]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Name"), self.tr("Code / email")][section] if 0 <= section < 2 else None
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else _NO_FLAGS

    def retranslate(self) -> None:
        """Labels made here (the direct group, headers, tooltips) in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        hoster = self._by_ref.get(HOSTER_REF)
        if hoster is not None and hoster.children:
            top = self._index_of(hoster.children[0])
            bottom = self._index_of(hoster.children[-1], 1)
            self.dataChanged.emit(top, bottom)

