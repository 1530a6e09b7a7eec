"""Reverse a payment that did not hold (a bounced check, a returned debit, a chargeback): the invoices it
paid open again and what it counted for goes back on the account."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel

from app.errors import ProrataError
from app.payments import console
from app.payments.console import AccountView, PaymentInfo
from ui.dialogs.date_edit import DateEdit
from ui.formatting import fmt_money
from ui.payments import action_dialog
from ui.payments.action_dialog import ActionDialog
from ui.payments.record_dialog import account_words
from ui.payments.refund_dialog import payment_words
from ui.payments.words import REVERSAL_REASONS, reason_words


class ReverseDialog(ActionDialog):
    """Reverses one of the account's received payments, for a reason."""

    def __init__(self, worker, view: AccountView, parent=None, today: date | None = None,
                 payment_id: int | None = None):
        super().__init__(worker, parent)
        self.view = view
        self._currency = view.currency
        self.payment = QComboBox()
        for p in view.payments.values():
            if p.status == "received":
                self.payment.addItem(payment_words(p, self._currency), p.id)
        self.payment.setCurrentIndex(max(0, self.payment.findData(payment_id)))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.date = DateEdit(today or date.today())
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        f = self.form
        f.add_field("payment", "", self.payment)
        f.add_field("--reason", "", self.reason)
        f.add_field("--date", "", self.date)
        self.layout_.insertWidget(2, self.effect)
        self.payment.currentIndexChanged.connect(lambda _i: self._effect())
        self.setMinimumWidth(560)
        self.retranslate()
        self.mark_untouched()

    def chosen(self) -> PaymentInfo | None:
        return self.view.payments.get(self.payment.currentData())

    def _effect(self) -> None:
        p = self.chosen()
        if p is None:
            self.effect.setText("")
            return
        back = p.amount - p.refunded
        self.effect.setText(self.tr("The invoices payment #%1 pays open again, and %2 goes back on the account.")
                            .replace("%1", str(p.id)).replace("%2", fmt_money(back, self._currency)))

    def submit(self) -> None:
        p = self.chosen()
        if p is None:
            self.show_problems(ProrataError.of("missing", "payment", field=self.tr("a payment")))
            return
        reason, day, pid = self.reason.currentText(), self.date.day(), p.id
        if not action_dialog.confirm(self, self.tr("Reverse payment"), self.tr(
                "Reverse payment #%1 of %2 (%3)? This cannot be undone.").replace("%1", str(pid)).replace(
                "%2", fmt_money(p.amount, self._currency)).replace("%3", reason.strip() or "—")):
            return
        self.write(lambda s: [a.invoice for a in console.reverse(s, pid, day, reason).allocations])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reverse payment"))
        self.heading.setText(f"<b>{account_words(self.view)}</b>")
        typed = self.reason.currentText()
        self.reason.clear()
        for r in REVERSAL_REASONS:
            self.reason.addItem(reason_words(r))
        self.reason.setCurrentText(typed or reason_words(REVERSAL_REASONS[0]))
        f = self.form
        f.set_label("payment", self.tr("&Payment:"))
        f.set_label("--reason", self.tr("R&eason:"))
        f.set_label("--date", self.tr("&Reversed on:"))
        self.ok_button.setText(self.tr("Reverse payment"))
        self._effect()
