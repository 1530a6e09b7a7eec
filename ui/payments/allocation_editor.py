"""Oldest first or by hand: the open invoices with what goes to each, and what is left as credit, live."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from app.errors import ProrataError
from app.payments import console
from app.payments.console import OpenInvoice
from ui.formatting import fmt_money
from ui.payments.allocation_model import AMOUNT, AllocationModel
from ui.tables import fit_height, table_view


class AllocationEditor(QWidget):
    """Spreads ``amount`` over the open invoices oldest first, or takes amounts typed by hand; says what is
    left (``left_words`` names it: "left as credit", "credit left")."""

    sig_changed = Signal()
    """What goes where, or what is left, changed."""

    def __init__(self, parent=None, *, what: str = "payment"):
        super().__init__(parent)
        self._what = what
        self._amount: Decimal | None = None
        self._currency = "EUR"
        self.oldest = QRadioButton()
        self.by_hand = QRadioButton()
        self.oldest.setChecked(True)
        self.model = AllocationModel(self)
        self.view = table_view(self.model, 0, editable=True)
        self.left_label = QLabel()
        bold = QFont(self.left_label.font())
        bold.setBold(True)
        self.left_label.setFont(bold)
        modes = QHBoxLayout()
        modes.setContentsMargins(0, 0, 0, 0)
        modes.addWidget(self.oldest)
        modes.addWidget(self.by_hand)
        modes.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(modes)
        lay.addWidget(self.view)
        lay.addWidget(self.left_label)
        self.oldest.toggled.connect(self._mode_changed)
        self.model.sig_changed.connect(self._update)
        self.retranslate()

    def setStyleSheet(self, sheet: str) -> None:
        """FieldForm marks a refused field with a border: on the table, not on every child of this box."""
        self.view.setStyleSheet(sheet)

    def set_invoices(self, rows: list[OpenInvoice], currency: str) -> None:
        self._currency = currency
        self.model.set_invoices(rows, currency)
        fit_height(self.view, len(rows), 8)
        self._mode_changed()

    def set_amount(self, amount: Decimal | None) -> None:
        """The payment (or the credit) to spread; None while what is typed is not an amount."""
        self._amount = amount
        if self.oldest.isChecked():
            self._spread()
        self._update()

    def choose(self, amounts: dict[int, Decimal]) -> None:
        """By hand, with these amounts typed in (from an invoice: its open amount)."""
        self.by_hand.setChecked(True)
        self.model.set_amounts(amounts)

    def _opens(self):
        return [(inv.id, inv.open) for inv in self.model.invoices()]

    def _spread(self) -> None:
        self.model.set_amounts(console.oldest_first(self._amount or Decimal(0), self._opens()))

    def _mode_changed(self, *_args) -> None:
        by_hand = self.by_hand.isChecked()
        self.model.set_by_hand(by_hand)
        if not by_hand:
            self._spread()
        self._update()

    def edit_first(self) -> None:
        """Start typing in the first invoice's amount."""
        if self.model.rowCount():
            index = self.model.index(0, AMOUNT)
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    def chosen(self) -> dict[int, Decimal]:
        return self.model.chosen()

    def check(self) -> Decimal:
        """What is left; raises every problem of what was typed (at ``allocations`` and its rows)."""
        wrong = self.model.problems()
        try:
            left = console.check_allocations(self._amount, self._currency,
                                             [(i.id, i.number, i.open) for i in self.model.invoices()],
                                             self.model.chosen(), what=self._what)
        except ProrataError as exc:
            if wrong is not None:
                raise ProrataError(wrong.problems + exc.problems) from None
            raise
        if wrong is not None:
            raise wrong
        return left

    def _update(self) -> None:
        over = {i.id for i in self.model.invoices() if (self.model.chosen().get(i.id) or 0) > i.open}
        self.model.mark(over)
        spent = sum(self.model.chosen().values(), Decimal(0))
        if self._amount is None:
            self.left_label.setText(self._left_words("—"))
            self.left_label.setStyleSheet("")
        elif spent > self._amount:
            self.left_label.setText(self.tr("%1 more than %2: allocate less.").replace(
                "%1", fmt_money(spent - self._amount, self._currency)).replace(
                "%2", self.tr("the payment") if self._what == "payment" else self.tr("the credit")))
            self.left_label.setStyleSheet("color: #b3261e;")
        else:
            self.left_label.setText(self._left_words(fmt_money(self._amount - spent, self._currency)))
            self.left_label.setStyleSheet("")
        self.sig_changed.emit()

    def _left_words(self, amount: str) -> str:
        if self._what == "payment":
            return self.tr("Left as credit: %1").replace("%1", amount)
        return self.tr("Credit left: %1").replace("%1", amount)

    def left_text(self) -> str:
        return self.left_label.text()

    def retranslate(self) -> None:
        self.oldest.setText(self.tr("Oldest invoices first"))
        self.by_hand.setText(self.tr("By hand"))
        self.model.retranslate()
        self._update()
