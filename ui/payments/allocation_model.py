"""The open invoices a payment (or the account's credit) is allocated to: oldest first, shown as the core
will do it, or typed by hand in the clerk's language, each cell checked as it is typed."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.errors import ProrataError
from app.payments.console import OpenInvoice
from app.values.typed import amount_edit_text, read_amount
from ui.dialogs.messages import error_text
from ui.formatting import fmt_date, fmt_money, ui_language

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WRONG = QColor(251, 227, 225)
EDITABLE = QColor(255, 253, 231)
AMOUNT = 4


class AllocationModel(QAbstractTableModel):
    """Columns: invoice, issued, due, open, to allocate (editable by hand)."""

    sig_changed = Signal()
    """An amount to allocate changed (typed, or spread oldest first)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[OpenInvoice] = []
        self._currency = "EUR"
        self._by_hand = False
        self._texts: dict[int, str] = {}
        self._values: dict[int, Decimal | None] = {}
        self._wrong: dict[int, str] = {}  # invoice id -> what is wrong with the text typed, in words
        self._wrong_error: dict[int, ProrataError] = {}
        self._over: set[int] = set()

    def set_invoices(self, rows: list[OpenInvoice], currency: str) -> None:
        self.beginResetModel()
        self._rows, self._currency = list(rows), currency
        self._texts, self._values, self._wrong, self._wrong_error, self._over = {}, {}, {}, {}, set()
        self.endResetModel()

    def invoices(self) -> list[OpenInvoice]:
        return list(self._rows)

    def set_by_hand(self, by_hand: bool) -> None:
        self._by_hand = by_hand
        if self._rows:
            self.dataChanged.emit(self.index(0, AMOUNT), self.index(len(self._rows) - 1, AMOUNT))

    def by_hand(self) -> bool:
        return self._by_hand

    def set_amounts(self, amounts: dict[int, Decimal]) -> None:
        """Show these amounts (zero: nothing) as if typed: what oldest first gives, or a starting point."""
        for inv in self._rows:
            value = amounts.get(inv.id) or Decimal(0)
            self._texts[inv.id] = amount_edit_text(value, self._currency, ui_language()) if value else ""
            self._values[inv.id] = value or None
            self._wrong.pop(inv.id, None)
            self._wrong_error.pop(inv.id, None)
        if self._rows:
            self.dataChanged.emit(self.index(0, AMOUNT), self.index(len(self._rows) - 1, AMOUNT))
        self.sig_changed.emit()

    def chosen(self) -> dict[int, Decimal]:
        """invoice id -> amount to allocate (those typed and readable); ``problems`` says what is not."""
        return {k: v for k, v in self._values.items() if v}

    def problems(self) -> ProrataError | None:
        """The amounts typed that are not amounts, as one error (each at ``allocations.<id>``)."""
        if not self._wrong_error:
            return None
        return ProrataError([p for e in self._wrong_error.values() for p in e.problems])

    def set_text(self, invoice_id: int, text: str) -> None:
        """Read ``text`` typed for an invoice in the UI's language (a refusal is kept for the cell)."""
        self._texts[invoice_id] = text
        self._wrong.pop(invoice_id, None)
        self._wrong_error.pop(invoice_id, None)
        label = next((r.number for r in self._rows if r.id == invoice_id), str(invoice_id))
        try:
            self._values[invoice_id] = read_amount(text, ui_language(), self._currency,
                                                   where=f"allocations.{invoice_id}")
        except ProrataError as exc:
            self._values[invoice_id] = None
            self._wrong[invoice_id] = f"{label}: {error_text(exc)}"
            self._wrong_error[invoice_id] = exc
        row = next((i for i, r in enumerate(self._rows) if r.id == invoice_id), -1)
        if row >= 0:
            self.dataChanged.emit(self.index(row, AMOUNT), self.index(row, AMOUNT))
        self.sig_changed.emit()

    def mark(self, over: set[int]) -> None:
        """Tint these invoices' amounts as refused (above what they have open)."""
        self._over = set(over)
        if self._rows:
            self.dataChanged.emit(self.index(0, AMOUNT), self.index(len(self._rows) - 1, AMOUNT))

    # --- Qt ----------------------------------------------------------------------------

    def headers(self) -> list[str]:
        return [self.tr("Invoice"), self.tr("Issued"), self.tr("Due"), self.tr("Open"), self.tr("To allocate")]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < 5):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= 3:
            return int(RIGHT)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        inv, c = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if c == AMOUNT:
                value = self._values.get(inv.id)
                if inv.id in self._wrong:
                    return self._texts.get(inv.id, "")
                return fmt_money(value, self._currency) if value else ("" if self._by_hand else "—")
            return [inv.number, fmt_date(inv.issue_date), fmt_date(inv.due_date),
                    fmt_money(inv.open, self._currency)][c]
        if role == Qt.ItemDataRole.EditRole and c == AMOUNT:
            return self._texts.get(inv.id, "")
        if role == Qt.ItemDataRole.TextAlignmentRole and c >= 3:
            return int(RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole and c == AMOUNT:
            if inv.id in self._wrong or inv.id in self._over:
                return QBrush(WRONG)
            if self._by_hand:
                return QBrush(EDITABLE)
        if role == Qt.ItemDataRole.ToolTipRole:
            if c == AMOUNT and inv.id in self._wrong:
                return self._wrong[inv.id]
            if c == AMOUNT and self._by_hand:
                return self.tr("Type the amount to allocate to %1 (at most %2).").replace(
                    "%1", inv.number).replace("%2", fmt_money(inv.open, self._currency))
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != AMOUNT or role != Qt.ItemDataRole.EditRole or not self._by_hand:
            return False
        self.set_text(self._rows[index.row()].id, str(value))
        return True

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == AMOUNT and self._by_hand:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
