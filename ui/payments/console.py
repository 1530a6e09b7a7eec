"""The payment console: the accounts list (filtered, sorted, paged) above the chosen account, and the
aging and collection pages beside it."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from app.payments import console
from app.services import billing_view
from ui.dialogs.messages import show_error
from ui.formatting import fmt_count
from ui.payments.account_panel import AccountPanel
from ui.payments.accounts_model import ID_ROLE, AccountListModel
from ui.payments.aging_view import AgingView
from ui.payments.collection_view import CollectionView
from ui.payments.filter_bar import AccountFilterBar


class PaymentConsole(QWidget):
    """The Payments feature; the shell shows it as a page of its own."""

    sig_status = Signal(str)
    """A short message for the status bar."""

    sig_payments_changed = Signal()
    """Money moved: invoices may have changed status."""

    def __init__(self, worker, parent=None, today: date | None = None):
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._want: int | None = None
        self.filters = AccountFilterBar()
        self.model = AccountListModel(worker, self, today=today)
        self.list_view = QTableView()
        self.list_view.setModel(self.model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setWordWrap(False)
        self.list_view.verticalHeader().hide()
        self.list_view.verticalHeader().setDefaultSectionSize(self.list_view.fontMetrics().height() + 8)
        header = self.list_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(80)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicator(*self.model.sort_column())
        self.list_view.setSortingEnabled(True)  # the database sorts: AccountListModel.sort
        self.count_label = QLabel()
        self.reload_button = QPushButton()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_view, 1)
        below = QHBoxLayout()
        below.addWidget(self.count_label, 1)
        below.addWidget(self.reload_button)
        left_layout.addLayout(below)
        self.panel = AccountPanel(worker, today=today)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([260, 440])
        self.splitter.setChildrenCollapsible(False)
        accounts_page = QWidget()
        accounts_layout = QVBoxLayout(accounts_page)
        accounts_layout.addWidget(self.filters)
        accounts_layout.addWidget(self.splitter, 1)
        self.aging = AgingView(worker, today=today)
        self.pages = QTabWidget()
        self.pages.addTab(accounts_page, "")
        self.pages.addTab(self.aging, "")
        self.collection = CollectionView(worker, today=today)
        self.pages.addTab(self.collection, "")
        self._aging_read = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.filters.sig_changed.connect(self.model.set_filters)
        self.model.sig_loaded.connect(self._loaded)
        self.model.sig_error.connect(lambda e: show_error(self, e))
        self.list_view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.panel.sig_changed.connect(self._account_changed)
        self.panel.sig_status.connect(self.sig_status)
        self.reload_button.clicked.connect(self.load)
        self.pages.currentChanged.connect(self._page_shown)
        self.collection.sig_payments_changed.connect(self._collected)
        self.collection.sig_open_account.connect(self._open_collected)
        self.collection.sig_status.connect(self.sig_status)
        self.retranslate()

    def load(self) -> None:
        """Read the filter's choices, the first page of accounts, and the shown account again."""
        def read(s):
            return billing_view.sellers(s), console.currencies_in_use(s)
        self._worker.run(read, on_done=lambda r: self.filters.set_choices(*r), on_error=lambda e: show_error(self, e))
        self._want = self.panel.account_id()
        self.model.set_filters(self.filters.filters())
        if self.panel.account_id() is not None:
            self.panel.reload()
        if self._aging_read:
            self.aging.load()

    def show_account(self, account_id: int) -> None:
        """Show this account (selected in the list when it is listed)."""
        self._want = account_id
        self.panel.show_account(account_id)
        self.select(account_id)

    def _page_shown(self, index: int) -> None:
        if self.pages.widget(index) is self.aging and not self._aging_read:
            self._aging_read = True
            self.aging.load()

    def _account_changed(self, account_id: int) -> None:
        self._want = account_id
        self.model.reload()
        if self._aging_read:
            self.aging.load()
        self.sig_payments_changed.emit()

    def _collected(self) -> None:
        """A collection booked payments: every account may have changed."""
        self.model.reload()
        if self.panel.account_id() is not None:
            self.panel.reload()
        if self._aging_read:
            self.aging.load()
        self.sig_payments_changed.emit()

    def _open_collected(self, account_id: int) -> None:
        self.pages.setCurrentIndex(0)
        self.show_account(account_id)

    def _current_id(self) -> int | None:
        index = self.list_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _current_changed(self, current, _previous) -> None:
        if current.isValid() and current.data(ID_ROLE) != self.panel.account_id():
            self._want = current.data(ID_ROLE)
            self.panel.show_account(self._want)

    def select(self, account_id: int) -> bool:
        row = self.model.row_of(account_id)
        if row < 0:
            return False
        self.list_view.setCurrentIndex(self.model.index(row, 0))
        self.list_view.scrollTo(self.model.index(row, 0))
        return True

    def _show_count(self) -> None:
        n, total = self.model.rowCount(), self.model.total()
        if self.model.complete():
            self.count_label.setText(self.tr("%Ln account(s)", "", n))
        elif total is not None:
            self.count_label.setText(self.tr("%1 of %Ln account(s) shown; scroll for more", "", total).replace(
                "%1", fmt_count(n)))
        else:
            self.count_label.setText(self.tr("First %Ln account(s) shown; scroll for more", "", n))

    def _loaded(self) -> None:
        n = self.model.rowCount()
        self._show_count()
        if self._want is not None and self.model.row_of(self._want) >= 0 and self._current_id() != self._want:
            self.list_view.selectionModel().blockSignals(True)
            self.select(self._want)
            self.list_view.selectionModel().blockSignals(False)
        header = self.list_view.horizontalHeader()
        if n and header.sectionSize(1) <= header.defaultSectionSize():
            for c in range(1, self.model.columnCount()):
                self.list_view.resizeColumnToContents(c)
                header.resizeSection(c, min(header.sectionSize(c) + 16, 240))

    def retranslate(self) -> None:
        self.pages.setTabText(0, self.tr("Accounts"))
        self.pages.setTabText(1, self.tr("Aging"))
        self.pages.setTabText(2, self.tr("Collection"))
        self.reload_button.setText(self.tr("Reload"))
        if self.count_label.text():  # the count is words too
            self._show_count()
        self.filters.retranslate()
        self.model.retranslate()
        self.panel.retranslate()
        self.aging.retranslate()
        self.collection.retranslate()
