"""Pay a reseller out what the hoster owes it on its statements, or reverse a payout that did not hold (its
transfer bounced, it was entered twice): app/payments/payouts.py ``add`` and ``reverse``, by hand."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from app.errors import ProrataError
from app.payments import payouts
from app.payments.console import AccountView
from app.payments.ledger import Line
from app.values.typed import amount_edit_text, read_amount
from ui.dialogs.date_edit import DateEdit
from ui.formatting import fmt_date, fmt_money, ui_language
from ui.payments import action_dialog
from ui.payments.action_dialog import ActionDialog
from ui.payments.record_dialog import account_words
from ui.payments.words import reference_words


def payout_words(line: Line, currency: str) -> str:
    """"PO-12 · 05/03/2026 · 8.46 € · SEPA 2026-03-05" (the entry as a transfer's end-to-end id names it)."""
    text = f"PO-{line.id} · {fmt_date(line.day)} · {fmt_money(line.amount, currency)}"
    return text + (f" · {reference_words(line.reference)}" if line.reference else "")


class PayoutDialog(ActionDialog):
    """Records a payout to the reseller whose account with the hoster ``view`` is; what is to pay out offered."""

    def __init__(self, worker, view: AccountView, parent=None, today: date | None = None):
        super().__init__(worker, parent)
        self.view = view
        self._currency = view.currency
        self.amount = QLineEdit()
        self.amount.setMaxLength(40)
        owed = view.row.to_pay_out
        self.amount.setText(amount_edit_text(owed, self._currency, ui_language()) if owed > 0 else "")
        self.date = DateEdit(today or date.today())
        self.reference = QLineEdit()
        self.reference.setMaxLength(200)
        f = self.form
        f.add_field("amount", "", self.amount)
        f.add_field("--date", "", self.date)
        f.add_field("--reference", "", self.reference)
        self.setMinimumWidth(520)
        self.retranslate()
        self.mark_untouched()

    def submit(self) -> None:
        try:
            amount = read_amount(self.amount.text(), ui_language(), self._currency, where="amount")
            if amount is None:
                raise ProrataError.of("missing", "amount", field=self.tr("the amount"))
        except ProrataError as exc:
            self.show_problems(exc)
            return
        r = self.view.row
        day, reference, code, cur = self.date.day(), self.reference.text(), r.customer, self._currency
        if not action_dialog.confirm(self, self.tr("Pay out"), self.tr(
                "Pay %1 out to %2 on %3? Make sure the money was actually sent.").replace(
                "%1", fmt_money(amount, cur)).replace("%2", r.customer_name).replace("%3", fmt_date(day))):
            return

        def pay(s):
            entry = payouts.add(s, code, amount, day, currency=cur, reference=reference)
            return entry.id, entry.amount
        self.write(pay)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pay out"))
        self.heading.setText(self.tr("<b>%1</b><br>To pay out: %2 (the reseller's statements less what was paid "
                                     "out against them).").replace("%1", account_words(self.view))
                             .replace("%2", fmt_money(max(self.view.row.to_pay_out, 0), self._currency)))
        f = self.form
        f.set_label("amount", self.tr("&Amount (%1):").replace("%1", self._currency))
        f.set_label("--date", self.tr("&Paid out on:"))
        f.set_label("--reference", self.tr("Re&ference:"))
        self.reference.setPlaceholderText(self.tr("the transfer's reference"))
        self.ok_button.setText(self.tr("Pay out"))


class ReversePayoutDialog(ActionDialog):
    """Reverses one of the account's payouts not yet reversed (``entry_id`` chosen first): what it paid is owed
    to the reseller again."""

    def __init__(self, worker, view: AccountView, parent=None, today: date | None = None,
                 entry_id: int | None = None):
        super().__init__(worker, parent)
        self.view = view
        self._currency = view.currency
        self.payout = QComboBox()
        open_ = payouts.reversible(view.lines)
        for ln in view.lines:
            if ln.id in open_:
                self.payout.addItem(payout_words(ln, self._currency), ln.id)
        self.payout.setCurrentIndex(max(0, self.payout.findData(entry_id)))
        self.date = DateEdit(today or date.today())
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        f = self.form
        f.add_field("ENTRY", "", self.payout)
        f.add_field("--date", "", self.date)
        f.add_field("--reason", "", self.reason)
        self.layout_.insertWidget(2, self.effect)
        self.payout.currentIndexChanged.connect(lambda _i: self._effect())
        self.setMinimumWidth(520)
        self.retranslate()
        self.mark_untouched()

    def chosen(self) -> Line | None:
        return next((ln for ln in self.view.lines if ln.id == self.payout.currentData()), None)

    def _effect(self) -> None:
        ln = self.chosen()
        self.effect.setText(self.tr("What payout PO-%1 paid, %2, is owed to the reseller again.").replace(
            "%1", str(ln.id)).replace("%2", fmt_money(ln.amount, self._currency)) if ln else "")

    def submit(self) -> None:
        ln = self.chosen()
        if ln is None:
            self.show_problems(ProrataError.of("missing", "ENTRY", field=self.tr("a payout")))
            return
        day, reason, entry_id = self.date.day(), self.reason.text(), ln.id
        if not action_dialog.confirm(self, self.tr("Reverse payout"), self.tr(
                "Reverse payout PO-%1 of %2 on %3? This cannot be undone.").replace("%1", str(entry_id)).replace(
                "%2", fmt_money(ln.amount, self._currency)).replace("%3", fmt_date(day))):
            return

        def back(s):
            entry = payouts.reverse(s, entry_id, day, reason)
            return entry_id, -entry.amount
        self.write(back)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reverse payout"))
        self.heading.setText(f"<b>{account_words(self.view)}</b>")
        f = self.form
        f.set_label("ENTRY", self.tr("&Payout:"))
        f.set_label("--date", self.tr("&Reversed on:"))
        f.set_label("--reason", self.tr("R&eason:"))
        self.reason.setPlaceholderText(self.tr("optional, such as: transfer returned, entered twice"))
        self.ok_button.setText(self.tr("Reverse payout"))
        self._effect()
