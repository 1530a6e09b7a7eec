"""The accounts list: accounts paged in from the worker (limit/offset) as the table scrolls, sorted and
filtered by the database (app/payments/console.py)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.payments import console
from app.payments.console import AccountFilters, AccountRow
from ui.formatting import fmt_money

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor(179, 38, 30)
CREDIT = QColor(27, 110, 52)
NUMERIC = (3, 4, 5)


class AccountListModel(QAbstractTableModel):
    """Accounts matching the filters; pages of ``page_size`` fetched on demand, the matching accounts
    counted beside the first page. Columns: customer, issuer, currency, balance, credit, overdue."""

    sig_error = Signal(object)
    """A page could not be read: the ProrataError."""

    sig_loaded = Signal()
    """A page arrived (or the list was found empty), or the count of matching accounts."""

    def __init__(self, worker, parent=None, page_size: int = 200, today: date | None = None):
        super().__init__(parent)
        self._worker = worker
        self._today = today  # "overdue" as of this day (None: each time read, the day it is)
        self._page = page_size
        self._rows: list[AccountRow] = []
        self._filters = AccountFilters(limit=page_size)
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self._total: int | None = None

    # --- paging ------------------------------------------------------------------

    def set_filters(self, filters: AccountFilters) -> None:
        """Start over with new filters (keeping the order) and read their first page."""
        self._filters = replace(filters, limit=self._page, offset=0, sort=self._filters.sort,
                                descending=self._filters.descending, as_of=self._today)
        self.reload()

    def filters(self) -> AccountFilters:
        return self._filters

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by a column (the database sorts, so every page follows the order)."""
        if not 0 <= column < len(console.SORTS):
            return
        key, descending = console.SORTS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._filters.sort, self._filters.descending):
            self._filters = replace(self._filters, sort=key, descending=descending)
            self.reload()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        return console.SORTS.index(self._filters.sort), \
            Qt.SortOrder.DescendingOrder if self._filters.descending else Qt.SortOrder.AscendingOrder

    def total(self) -> int | None:
        """How many accounts match the filters; None until counted."""
        return self._total

    def loading(self) -> bool:
        return self._loading

    def complete(self) -> bool:
        """True when every matching account is in the model."""
        return self._exhausted

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._total = None
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self.fetchMore()
        gen, f = self._generation, self._filters

        def counted(n: int) -> None:
            if gen == self._generation:
                self._total = n
                self.sig_loaded.emit()
        self._worker.run(lambda s: console.count_accounts(s, f), on_done=counted, on_error=lambda e: None)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._loading and not self._exhausted

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        gen = self._generation
        f = replace(self._filters, limit=self._page, offset=len(self._rows))

        def done(rows: list[AccountRow]) -> None:
            if gen != self._generation:
                return
            self._loading = False
            self._exhausted = len(rows) < self._page
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            self.sig_loaded.emit()

        def failed(error) -> None:
            if gen == self._generation:
                self._loading = False
                self._exhausted = True
                self.sig_loaded.emit()
            self.sig_error.emit(error)
        self._worker.run(lambda s: console.account_page(s, f), on_done=done, on_error=failed)

    # --- reading -------------------------------------------------------------------

    def row_data(self, row: int) -> AccountRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, account_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == account_id), -1)

    def headers(self) -> list[str]:
        return [self.tr("Customer"), self.tr("Issued by"), self.tr("Currency"), self.tr("Balance"),
                self.tr("Credit"), self.tr("Overdue")]

    def _cell(self, r: AccountRow, column: int) -> str:
        if column == 0:
            return f"{r.customer_name} ({r.customer})"
        if column == 1:
            return r.issuer_name
        if column == 2:
            return r.currency
        value = (r.balance, r.credit, r.overdue)[column - 3]
        if column > 3 and not value:
            return "—"
        return fmt_money(value, r.currency)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < 6):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
            return int(RIGHT)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < 6):
            return None
        r = self._rows[index.row()]
        c = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and c == 3 and r.to_pay_out:
            # A reseller's account with the hoster: what explains a balance no invoice shows.
            if r.to_pay_out < 0:  # the reseller owes on its statements: to collect
                return self.tr("%1: open invoices less credit, plus %2 still to collect from the reseller on its "
                               "statements").replace("%1", self._cell(r, c)).replace(
                    "%2", fmt_money(-r.to_pay_out, r.currency))
            return self.tr("%1: open invoices less credit, less %2 still to pay out to the reseller on its "
                           "statements").replace("%1", self._cell(r, c)).replace(
                "%2", fmt_money(r.to_pay_out, r.currency))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(r, c)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.TextAlignmentRole and c in NUMERIC:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if c == 5 and r.overdue > 0:
                return QBrush(OVERDUE)
            if c == 4 and r.credit > 0:
                return QBrush(CREDIT)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 5))
