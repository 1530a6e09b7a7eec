"""One account's tables: its ledger with the running balance, and its open invoices with what is open."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.payments import payouts
from app.payments.console import AccountView, OpenInvoice
from app.payments.ledger import Line
from ui.formatting import fmt_date, fmt_money
from ui.payments.words import entry_words, method_words, reference_words

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PAYMENT_ROLE = Qt.ItemDataRole.UserRole + 2
INVOICE_ROLE = Qt.ItemDataRole.UserRole + 3
DIM = QColor(128, 128, 128)
OVERDUE = QColor(179, 38, 30)


class _Table(QAbstractTableModel):
    """A read-only table of ``_rows``; subclasses say the headers and the cells."""

    numeric: frozenset[int] = frozenset()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._view: AccountView | None = None

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row, column: int) -> str:
        raise NotImplementedError

    def extra(self, row, column: int, role: int):
        return None

    def set_account(self, view: AccountView | None) -> None:
        self.beginResetModel()
        self._view = view
        self._rows = self.rows_of(view) if view is not None else []
        self.endResetModel()

    def rows_of(self, view: AccountView) -> list:
        raise NotImplementedError

    def row_data(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < self.columnCount()):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.numeric:
            return int(RIGHT)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r, c = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(r, c)
        if role == Qt.ItemDataRole.TextAlignmentRole and c in self.numeric:
            return int(RIGHT)
        return self.extra(r, c, role)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))


class LedgerModel(_Table):
    """Every entry of the account, oldest first: date, what it is in words, its document, amount, balance."""

    numeric = frozenset({3, 4})
    _standing: frozenset[int] | set[int] = frozenset()

    def rows_of(self, view: AccountView) -> list[Line]:
        self._standing = payouts.reversible(view.lines)  # the payouts not reversed
        return list(view.lines)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Entry"), self.tr("Document"), self.tr("Amount"), self.tr("Balance")]

    def document(self, ln: Line) -> str:
        pay = self._view.payments.get(ln.payment_id) if ln.payment_id is not None else None
        if ln.kind == "payment" and pay is not None:
            text = self.tr("#%1 · %2 · %3").replace("%1", str(pay.id)).replace(
                "%2", method_words(pay.method)).replace("%3", reference_words(ln.reference, pay.method))
            return text + (self.tr(" (reversed)") if pay.status == "reversed" else "")
        if ln.kind == "credit_applied":
            return self.tr("to %1").replace("%1", ln.reference or "")
        if ln.kind in ("refund", "reversal"):
            return self.tr("of payment #%1 · %2").replace("%1", str(ln.payment_id)).replace(
                "%2", reference_words(ln.reference))
        if ln.kind == "payout":  # as a transfer's end-to-end id and the reverse dialog name it: PO-<entry>
            back = payouts.reversal_parts(ln)
            if back is not None:
                text = self.tr("of payout PO-%1").replace("%1", str(back[0]))
                return text + (f" · {reference_words(back[1])}" if back[1] else "")
            text = f"PO-{ln.id}" + (f" · {reference_words(ln.reference)}" if ln.reference else "")
            return text + ("" if ln.id in self._standing else self.tr(" (reversed)"))
        return ln.document or ln.reference or ""

    def cell(self, ln: Line, column: int) -> str:
        cur = self._view.currency
        if column == 0:
            return fmt_date(ln.day)
        if column == 1:
            return self.tr("Payout reversed") if payouts.reversal_parts(ln) else entry_words(ln.kind)
        if column == 2:
            return self.document(ln)
        if column == 3:
            return "" if ln.kind == "credit_applied" else fmt_money(ln.amount, cur)
        return fmt_money(ln.balance, cur)

    def extra(self, ln: Line, column: int, role: int):
        if role == PAYMENT_ROLE:
            return ln.payment_id
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("Recorded by %1").replace("%1", ln.actor)
            if ln.due_date is not None:
                tip += "\n" + self.tr("Due %1").replace("%1", fmt_date(ln.due_date))
            return f"{self.cell(ln, column)}\n{tip}"
        if role == Qt.ItemDataRole.ForegroundRole:
            pay = self._view.payments.get(ln.payment_id) if ln.payment_id is not None else None
            if ln.kind == "credit_applied" or (ln.kind == "payment" and pay is not None and pay.status == "reversed") \
                    or (ln.kind == "payout" and ln.amount > 0 and ln.id not in self._standing):
                return QBrush(DIM)
        return None


class OpenInvoicesModel(_Table):
    """The account's open invoices, oldest first: number, issue date, due date, total, open."""

    numeric = frozenset({3, 4})

    def rows_of(self, view: AccountView) -> list[OpenInvoice]:
        return list(view.open_invoices)

    def headers(self) -> list[str]:
        return [self.tr("Invoice"), self.tr("Issued"), self.tr("Due"), self.tr("Total"), self.tr("Open")]

    def cell(self, inv: OpenInvoice, column: int) -> str:
        cur = self._view.currency
        return [inv.number, fmt_date(inv.issue_date), fmt_date(inv.due_date), fmt_money(inv.total, cur),
                fmt_money(inv.open, cur)][column]

    def extra(self, inv: OpenInvoice, column: int, role: int):
        if role == INVOICE_ROLE:
            return inv.id
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and self._view.as_of is not None \
                and inv.overdue(self._view.as_of):  # the rule of the overdue figure and the aging view
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell(inv, column)
        return None
