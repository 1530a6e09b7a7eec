"""Refund part or all of a payment's credit (what of it pays no invoice), by hand."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit

from app.errors import ProrataError
from app.payments import console
from app.payments.console import AccountView, PaymentInfo
from app.values.typed import amount_edit_text, read_amount
from ui.dialogs.date_edit import DateEdit
from ui.formatting import fmt_date, fmt_money, ui_language
from ui.payments import action_dialog
from ui.payments.action_dialog import ActionDialog
from ui.payments.record_dialog import account_words
from ui.payments.words import method_words, reference_words


def payment_words(p: PaymentInfo, currency: str) -> str:
    """"#3 · 20/03/2026 · Bank transfer · TX-1 · 30.00 €"."""
    return (f"#{p.id} · {fmt_date(p.received_on)} · {method_words(p.method)} · "
            f"{reference_words(p.reference, p.method)} · {fmt_money(p.amount, currency)}")


class RefundDialog(ActionDialog):
    """Refunds from one of the account's payments that has credit (``payment_id`` chosen first)."""

    def __init__(self, worker, view: AccountView, parent=None, today: date | None = None,
                 payment_id: int | None = None):
        super().__init__(worker, parent)
        self.view = view
        self._currency = view.currency
        self.payment = QComboBox()
        for p in view.payments.values():
            if p.status == "received" and p.credit > 0:
                self.payment.addItem(payment_words(p, self._currency), p.id)
        self.payment.setCurrentIndex(max(0, self.payment.findData(payment_id)))
        self.amount = QLineEdit()
        self.amount.setMaxLength(40)
        self.date = DateEdit(today or date.today())
        self.reference = QLineEdit()
        self.reference.setMaxLength(200)
        f = self.form
        f.add_field("payment", "", self.payment)
        f.add_field("amount", "", self.amount)
        f.add_field("--date", "", self.date)
        f.add_field("--reference", "", self.reference)
        self.payment.currentIndexChanged.connect(self._payment_changed)
        self.setMinimumWidth(560)
        self.retranslate()
        self._payment_changed()
        self.mark_untouched()

    def chosen(self) -> PaymentInfo | None:
        return self.view.payments.get(self.payment.currentData())

    def _payment_changed(self, *_args) -> None:
        p = self.chosen()
        self.amount.setText(amount_edit_text(p.credit, self._currency, ui_language()) if p else "")
        self._hint()

    def _hint(self) -> None:
        p = self.chosen()
        self.form.set_label("amount", self.tr("&Amount (%1):").replace("%1", self._currency))
        self.amount.setToolTip(self.tr("This payment has %1 of credit to refund.").replace(
            "%1", fmt_money(p.credit, self._currency)) if p else "")

    def submit(self) -> None:
        p = self.chosen()
        if p is None:
            self.show_problems(ProrataError.of("missing", "payment", field=self.tr("a payment with credit")))
            return
        try:
            amount = read_amount(self.amount.text(), ui_language(), self._currency, where="amount")
            if amount is None:
                raise ProrataError.of("missing", "amount", field=self.tr("the amount"))
        except ProrataError as exc:
            self.show_problems(exc)
            return
        day, reference, pid = self.date.day(), self.reference.text(), p.id
        if not action_dialog.confirm(self, self.tr("Refund"), self.tr(
                "Pay %1 back to %2 out of payment #%3? Make sure the money was actually sent.").replace(
                "%1", fmt_money(amount, self._currency)).replace("%2", self.view.row.customer_name).replace(
                "%3", str(pid))):
            return
        self.write(lambda s: console.refund(s, pid, amount, day, reference).id)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Refund"))
        self.heading.setText(self.tr("<b>%1</b><br>Credit %2: only what pays no invoice can be refunded.")
                             .replace("%1", account_words(self.view))
                             .replace("%2", fmt_money(self.view.credit, self._currency)))
        f = self.form
        f.set_label("payment", self.tr("&Payment:"))
        f.set_label("--date", self.tr("&Refunded on:"))
        f.set_label("--reference", self.tr("Re&ference:"))
        self.reference.setPlaceholderText(self.tr("the refund transfer's reference"))
        self.ok_button.setText(self.tr("Refund"))
        self._hint()
