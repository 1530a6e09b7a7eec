"""The invoice list: headers paged in from the worker (limit/offset) as the table scrolls."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.services import billing_view, invoices
from app.services.invoice_listing import shown_period
from app.services.invoices import Filters
from ui.formatting import fmt_date, fmt_money
from ui.invoices.words import kind_words, status_words

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DIM = QColor(128, 128, 128)


def iso(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def period_text(start: date | None, end: date | None) -> str:
    """A period as people write it: stored ends are exclusive, shown ends are the last day covered."""
    if start is None or end is None:
        return fmt_date(start or end)
    last = end - timedelta(days=1)
    if last <= start:  # a one-day charge reads as its day
        return fmt_date(start)
    return f"{fmt_date(start)} – {fmt_date(last)}"


def invoice_period(row: dict) -> str:
    """What an invoice covers, in the list and in its header (the rule: ``invoice_listing.shown_period``): its
    days, or a settlement's boundary (a settlement with a reseller has no period of its own)."""
    shown = shown_period(row)
    if shown is None:
        return ""
    if shown.settled_to is not None:
        return InvoiceListModel.tr("settled up to %1").replace("%1", fmt_date(shown.settled_to))
    if shown.last == shown.start:
        return fmt_date(shown.start)
    return f"{fmt_date(shown.start)} – {fmt_date(shown.last)}"


def invoice_period_tip(row: dict) -> str:
    """The tooltip of ``invoice_period``: what a settlement's boundary means; "" for a period of days."""
    shown = shown_period(row)
    if shown is None or shown.settled_to is None:
        return ""
    return InvoiceListModel.tr("A settlement with the reseller: it takes every charge billed to the reseller's "
                               "customers up to %1 that no earlier settlement took, whatever period the "
                               "charge covers.").replace("%1", fmt_date(shown.settled_to))


def invoice_label(row: dict) -> str:
    """The number, or "Draft #12" before it has one."""
    if row.get("number"):
        return row["number"]
    return InvoiceListModel.tr("Draft #%1").replace("%1", str(row["id"])) if row.get("status") == "draft" \
        else InvoiceListModel.tr("#%1 (no number)").replace("%1", str(row["id"]))


# The service's sort key of each column (app.services.invoices.SORTS).
COLUMN_SORTS = ("number", "type", "customer", "issuer", "issued", "period", "status", "total")


class InvoiceListModel(QAbstractTableModel):
    """Invoice headers matching the filters, newest first unless sorted by a column; pages of ``page_size``
    fetched on demand, and the number of matching invoices counted beside the first page."""

    sig_error = Signal(object)
    """A page could not be read (for example an unknown customer code): the ProrataError."""

    sig_loaded = Signal()
    """A page arrived (or the list was found empty), or the count of matching invoices."""

    def __init__(self, worker, parent=None, page_size: int = 200):
        super().__init__(parent)
        self._worker = worker
        self._page = page_size
        self._rows: list[dict] = []
        self._names: dict[str, str] = {}
        self._filters = Filters(limit=page_size)
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self._offset = 0  # headers read so far (may exceed the rows kept, see billing_view.invoice_page)
        self._total: int | None = None  # invoices matching the filters, once counted

    # --- paging ------------------------------------------------------------------

    def set_filters(self, filters: Filters) -> None:
        """Start over with new filters (keeping the order) and read their first page."""
        self._filters = replace(filters, limit=self._page, offset=0, sort=self._filters.sort,
                                descending=self._filters.descending)
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by a column (the database sorts, so every page follows the order)."""
        if not 0 <= column < len(COLUMN_SORTS):
            return
        key, descending = COLUMN_SORTS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._filters.sort, self._filters.descending):
            self._filters = replace(self._filters, sort=key, descending=descending)
            self.reload()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column and direction the list is in, for the header's indicator."""
        return COLUMN_SORTS.index(self._filters.sort), \
            Qt.SortOrder.DescendingOrder if self._filters.descending else Qt.SortOrder.AscendingOrder

    def total(self) -> int | None:
        """How many invoices match the filters; None until counted."""
        return self._total

    def filters(self) -> Filters:
        return self._filters

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._offset = 0
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
        self._worker.run(lambda s: invoices.count_invoices(s, f), on_done=counted, on_error=lambda e: None)

    def loading(self) -> bool:
        return self._loading

    def complete(self) -> bool:
        """True when every matching invoice is in the model."""
        return self._exhausted

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._loading and not self._exhausted

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._loading = True
        gen = self._generation
        f = replace(self._filters, limit=self._page, offset=self._offset)

        def done(result) -> None:
            if gen != self._generation:
                return
            rows, names, read = result
            self._loading = False
            self._offset += read
            self._exhausted = read < self._page
            self._names.update(names)
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            elif not self._exhausted:
                self.fetchMore()  # a page whose rows were all filtered out: read on
                return
            self.sig_loaded.emit()

        def failed(error) -> None:
            if gen == self._generation:
                self._loading = False
                self._exhausted = True
                self.sig_loaded.emit()
            self.sig_error.emit(error)
        self._worker.run(lambda s: billing_view.invoice_page(s, f), on_done=done, on_error=failed)

    # --- reading -------------------------------------------------------------------

    def row_data(self, row: int) -> dict | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, invoice_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r["id"] == invoice_id), -1)

    def name(self, code: str) -> str:
        return self._names.get(code, code)

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Type"), self.tr("Customer"), self.tr("Issued by"),
                self.tr("Issue date"), self.tr("Period"), self.tr("Status"), self.tr("Total")]

    def _cell(self, r: dict, column: int) -> str:
        if column == 0:
            return invoice_label(r)
        if column == 1:
            return kind_words(r["kind"])
        if column == 2:
            name = self._names.get(r["customer"])
            return f"{name} ({r['customer']})" if name else r["customer"]
        if column == 3:
            return self.name(r["issuer"])
        if column == 4:
            return fmt_date(iso(r["issue_date"]))
        if column == 5:
            return invoice_period(r)
        if column == 6:
            return status_words(r["status"])
        return fmt_money(Decimal(r["total"]), r["currency"])

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < 8):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == 7:
            return int(RIGHT)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < 8):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5 and (tip := invoice_period_tip(r)):
            return f"{self._cell(r, 5)}\n{tip}"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(r, index.column())
        if role == ID_ROLE:
            return r["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 7:
            return int(RIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and r["status"] in ("void", "carried"):
            return QBrush(DIM)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 7))
