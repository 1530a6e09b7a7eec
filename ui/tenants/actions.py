"""The tenant tree's commands: New reseller, New company, New user and Edit…, in a toolbar above the tree,
in the tree's context menu and on the detail panel, each enabled for what the selected node allows; and, in
the context menu of a company or a user, Move… (``move_dialog``).

A saved form refreshes the node's parent in the tree, selects the node and shows it afresh.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from app.services.tenant_view import NodeKind, NodeRef
from ui.tenants.forms import CompanyDialog, ResellerDialog, UserDialog
from ui.tenants.forms.base import TenantDialog
from ui.tenants.move_dialog import MoveDialog
from ui.tenants.tree_model import REF_ROLE


@dataclass(frozen=True)
class Node:
    """What the commands need of a tree node: its ref, name and code (a user's email), and its parent's."""

    ref: NodeRef
    name: str
    code: str | None
    parent: "Node | None" = None


def node_at(index: QModelIndex) -> Node | None:
    if not index.isValid():
        return None
    index = index.siblingAtColumn(0)
    ref = index.data(REF_ROLE)
    if ref is None:
        return None
    parent = node_at(index.parent()) if index.parent().isValid() else None
    return Node(ref, index.model().node_name(index), index.siblingAtColumn(1).data() or None, parent)


class TenantActions(QObject):
    """Owns the four actions; ``browser`` is the TenantBrowser they act on."""

    def __init__(self, browser, worker, today: date | None = None):
        super().__init__(browser)
        self._browser = browser
        self._worker = worker
        self._today = today
        self.dialog: TenantDialog | None = None  # the last form opened (tests look at it)
        self.new_reseller = QAction(self)
        self.new_reseller.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.new_company = QAction(self)
        self.new_company.setShortcut(QKeySequence.StandardKey.New)
        self.new_user = QAction(self)
        self.new_user.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.edit = QAction(self)
        self.edit.setShortcut(QKeySequence("F2"))
        self.all = [self.new_reseller, self.new_company, self.new_user, self.edit]
        self.withheld: set[QAction] = set()  # not offered to this login at all (ui/login_scope.py)
        for action in self.all:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            browser.addAction(action)  # the shortcuts work while the Tenants tab has the focus
        self.new_reseller.triggered.connect(lambda: self.open_new_reseller())
        self.new_company.triggered.connect(lambda: self.open_new_company())
        self.new_user.triggered.connect(lambda: self.open_new_user())
        self.edit.triggered.connect(lambda: self.open_edit())
        self.move = QAction(self)  # a company to another seller, a user to another company: context menu only
        self.move.triggered.connect(lambda: self.open_move())

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.all:
            self.toolbar.addAction(action)
        tree = browser.tree
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        tree.sig_node_selected.connect(lambda _ref: self.update())
        self.edit_button: QToolButton = browser.detail.edit_button
        self.edit_button.setDefaultAction(self.edit)
        self.edit.changed.connect(lambda: self.edit_button.setVisible(self.edit.isEnabled()))
        self.retranslate()
        self.update()

    # --- state -------------------------------------------------------------------

    def current(self) -> Node | None:
        return node_at(self._browser.tree.currentIndex())

    def update(self) -> None:
        """Enable each action for the selected node."""
        node = self.current()
        kind = node.ref.kind if node else None
        self.new_reseller.setEnabled(self._browser.model.rowCount() > 0)
        self.new_company.setEnabled(self._seller_of(node) is not None)
        self.new_user.setEnabled(kind in (NodeKind.COMPANY, NodeKind.USER))
        self.edit.setEnabled(kind in (NodeKind.RESELLER, NodeKind.COMPANY, NodeKind.USER))
        self.move.setEnabled(kind in (NodeKind.COMPANY, NodeKind.USER))
        self.move.setText(self.tr("&Move to another company…") if kind == NodeKind.USER
                          else self.tr("&Move to another seller…"))
        for action in self.withheld:
            action.setEnabled(False)
        self.edit_button.setVisible(self.edit.isEnabled())

    def withhold(self, *actions: QAction) -> None:
        """Never offer ``actions`` (a reseller's staff: New reseller; a reviewer: every change)."""
        self.withheld.update(actions)
        for action in actions:
            action.setVisible(False)
        self.update()

    def _context_menu(self, pos) -> None:
        tree = self._browser.tree
        index = tree.indexAt(pos)
        if index.isValid():
            tree.setCurrentIndex(index)
        self.update()
        menu = QMenu(tree)
        if self.edit not in self.withheld:
            menu.addAction(self.edit)
        if self.move.isEnabled():
            menu.addAction(self.move)
        menu.addSeparator()
        for action in (self.new_reseller, self.new_company, self.new_user):
            if action not in self.withheld:
                menu.addAction(action)
        menu.popup(tree.viewport().mapToGlobal(pos))
        self.menu = menu

    # --- forms -------------------------------------------------------------------

    def _present(self, dialog: TenantDialog) -> TenantDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(self._saved)
        dialog.load()
        dialog.open()
        return dialog

    def open_new_reseller(self) -> TenantDialog:
        return self._present(ResellerDialog(self._worker, self._browser.window(), today=self._today))

    @staticmethod
    def _seller_of(node: Node | None) -> Node | None:
        """The seller a new company goes under: the selected reseller, the hoster (or its direct customers), or
        the seller of the selected company or of the selected user's company."""
        while node is not None and node.ref.kind in (NodeKind.USER, NodeKind.COMPANY):
            node = node.parent
        if node is None or node.ref.kind not in (NodeKind.HOSTER, NodeKind.DIRECT, NodeKind.RESELLER):
            return None
        return node

    def open_new_company(self) -> TenantDialog | None:
        seller = self._seller_of(self.current())
        if seller is None:
            return None
        reseller = seller.code if seller.ref.kind == NodeKind.RESELLER else None
        return self._present(CompanyDialog(self._worker, self._browser.window(), reseller=reseller,
                                           today=self._today))

    def open_new_user(self) -> TenantDialog | None:
        node = self.current()
        if node is not None and node.ref.kind == NodeKind.USER:
            node = node.parent
        if node is None or node.ref.kind != NodeKind.COMPANY:
            return None
        return self._present(UserDialog(self._worker, self._browser.window(), company=node.code,
                                        company_ref=node.ref, company_name=node.name, today=self._today))

    def open_edit(self) -> TenantDialog | None:
        node = self.current()
        kind = node.ref.kind if node else None
        parent = self._browser.window()
        if kind == NodeKind.RESELLER:
            return self._present(ResellerDialog(self._worker, parent, code=node.code, today=self._today))
        if kind == NodeKind.COMPANY:
            return self._present(CompanyDialog(self._worker, parent, code=node.code, today=self._today))
        if kind == NodeKind.USER and node.parent is not None:
            company = node.parent
            return self._present(UserDialog(self._worker, parent, company=company.code, company_ref=company.ref,
                                            company_name=company.name, email=node.code, today=self._today))
        return None

    def open_move(self) -> TenantDialog | None:
        """The move of the selected company to another seller, or of the selected user to another company."""
        node = self.current()
        kind = node.ref.kind if node else None
        if kind == NodeKind.COMPANY:
            dialog = MoveDialog(self._worker, self._browser.window(), company=node.code, company_name=node.name,
                                today=self._today)
        elif kind == NodeKind.USER and node.parent is not None:
            dialog = MoveDialog(self._worker, self._browser.window(), company=node.parent.code,
                                company_name=node.parent.name, email=node.code, today=self._today)
        else:
            return None
        left = node.parent.ref if node.parent is not None else None

        def moved(ref: NodeRef, parent: NodeRef, words: str) -> None:
            if left is not None and self._browser.model.index_for(left).isValid():
                self._browser.model.refresh(left)  # the node leaves it (a user stays, holding nothing)
        dialog.sig_saved.connect(moved)
        return self._present(dialog)

    def _saved(self, ref: NodeRef, parent: NodeRef, words: str) -> None:
        self._browser.node_changed(ref, parent)
        self._browser.sig_status.emit(words)

    def retranslate(self) -> None:
        self.new_reseller.setText(self.tr("New &reseller…"))
        self.new_reseller.setToolTip(self.tr("Sign up a reseller (%1)").replace(
            "%1", self.new_reseller.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.new_company.setText(self.tr("New &company…"))
        self.new_company.setToolTip(self.tr("Sign up a company under the selected reseller or the hoster, or "
                                            "beside the selected company, under its seller (%1)")
                                    .replace("%1", self.new_company.shortcut().toString(
                                        QKeySequence.SequenceFormat.NativeText)))
        self.new_user.setText(self.tr("New &user…"))
        self.new_user.setToolTip(self.tr("Add a user to the selected company (%1)").replace(
            "%1", self.new_user.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.edit.setText(self.tr("&Edit…"))
        self.edit.setToolTip(self.tr("Edit the selected reseller, company or user (%1)").replace(
            "%1", self.edit.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        for action in self.all:  # the toolbar and the detail panel's button keep the "…"
            action.setIconText(action.text().replace("&", ""))
        # The toolbar above the tree is narrow: languages whose "New …" labels overflow it word them shorter.
        self.new_reseller.setIconText(self.tr("New reseller…", "toolbar button, short"))
        self.new_company.setIconText(self.tr("New company…", "toolbar button, short"))
        self.new_user.setIconText(self.tr("New user…", "toolbar button, short"))
        self.toolbar.setWindowTitle(self.tr("Tenants"))
