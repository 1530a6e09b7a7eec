"""Small table models for the detail panel: subscriptions, assigned plans, history (paged)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from app.services import directory
from app.services.tenant_view import AssignedPlan, HistoryLine, HistoryPage, SubscriptionLine
from ui.formatting import basis_words, event_words, fmt_count, fmt_date, fmt_money, ui_language

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NEWEST_FIRST = (0, Qt.SortOrder.DescendingOrder)  # the history's own order: by date, then as recorded


class _RowsModel(QAbstractTableModel):
    """Read-only rows of frozen values; subclasses name the columns and the cell text."""

    numeric: frozenset[int] = frozenset()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row, column: int) -> str:
        raise NotImplementedError

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(RIGHT)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            h = self.headers()
            return h[section] if 0 <= section < len(h) else None
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))


class SubscriptionsModel(_RowsModel):
    """A company's plans today: plan, basis, billable quantity, since."""

    numeric = frozenset({2})

    def headers(self) -> list[str]:
        return [self.tr("Plan"), self.tr("Billed"), self.tr("Quantity"), self.tr("Since")]

    def cell(self, s: SubscriptionLine, column: int) -> str:
        return [s.plan_name, basis_words(s.basis), fmt_count(s.quantity), fmt_date(s.since)][column]


class AssignedPlansModel(_RowsModel):
    """The plans a user is assigned to today."""

    def headers(self) -> list[str]:
        return [self.tr("Plan"), self.tr("Assigned since")]

    def cell(self, a: AssignedPlan, column: int) -> str:
        return [a.plan_name, fmt_date(a.since)][column]


class HistoryModel(_RowsModel):
    """A company's events, newest first, paged in from the worker as the table scrolls."""

    numeric = frozenset({3, 5})

    def __init__(self, worker, parent=None, page_size: int = directory.HISTORY_PAGE):
        super().__init__(parent)
        self._worker = worker
        self._page = page_size
        self._company: int | None = None
        self._total = 0
        self._loading = False
        self._generation = 0
        self._sort: tuple[int, Qt.SortOrder] = NEWEST_FIRST

    def show(self, company_id: int | None, first: HistoryPage | None) -> None:
        """Start over with a company's first page (None: empty)."""
        self._generation += 1
        self._company = company_id
        self._loading = False
        self._total = first.total if first else 0
        self.set_rows(first.rows if first else [])
        if self._sort != NEWEST_FIRST:
            self.sort(*self._sort)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by a column (a header click). Newest first is the database's order and pages on; any other
        order reads the rest of the history first (a company's history is hundreds of rows, not millions)."""
        self._sort = (column, order)
        if (column, order) != NEWEST_FIRST and len(self._rows) < self._total and self._company is not None:
            self._loading = True
            gen, company, offset, lang = self._generation, self._company, len(self._rows), ui_language()

            def done(page: HistoryPage) -> None:
                if gen == self._generation:
                    self._loading = False
                    self._total = len(self._rows) + len(page.rows)
                    self._rows.extend(page.rows)
                    self._order()

            def failed(error) -> None:
                if gen == self._generation:
                    self._loading = False
                self._worker.sig_error.emit(error)
            self._worker.run(lambda s: directory.company_history(s, company, offset, self._total - offset, lang),
                             on_done=done, on_error=failed)
            return
        self._order()

    def _order(self) -> None:
        column, order = self._sort
        keys = {0: lambda h: (h.date, h.id), 3: lambda h: (h.quantity is not None, h.quantity or 0),
                5: lambda h: (h.amount is not None, h.amount or 0)}
        key = keys.get(column, lambda h: self.cell(h, column).casefold())
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return (not parent.isValid() and self._company is not None and not self._loading
                and len(self._rows) < self._total)

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        gen, company, offset, limit, lang = self._generation, self._company, len(self._rows), self._page, ui_language()

        def done(page: HistoryPage) -> None:
            if gen != self._generation:
                return
            self._loading = False
            self._total = page.total
            if page.rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
                self._rows.extend(page.rows)
                self.endInsertRows()
            else:
                self._total = len(self._rows)

        def failed(error) -> None:
            if gen == self._generation:
                self._loading = False
                self._total = len(self._rows)
            self._worker.sig_error.emit(error)
        self._worker.run(lambda s: directory.company_history(s, company, offset, limit, lang),
                         on_done=done, on_error=failed)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Change"), self.tr("Plan or item"), self.tr("Quantity"),
                self.tr("User"), self.tr("Amount")]

    def cell(self, h: HistoryLine, column: int) -> str:
        if column == 0:
            return fmt_date(h.date)
        if column == 1:
            words = event_words(h.type)
            if h.type == "extra" and h.recurring:
                words = self.tr("Recurring extra charge")
            return words
        if column == 2:
            if h.type == "plan_change":
                return f"{h.plan_name or ''} → {h.to_plan_name or ''}"
            if h.type == "currency":
                return h.currency or ""
            if h.type in ("extra", "extra_end", "move"):
                return h.description or h.code or ""
            return h.plan_name or ""
        if column == 3:
            return fmt_count(h.quantity)
        if column == 4:
            return h.user_email or ""
        if column == 5:
            return fmt_money(h.amount, h.currency) if h.amount is not None else ""
        return ""
