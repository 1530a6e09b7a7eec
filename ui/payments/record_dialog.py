"""Record a payment received on an account: method, date, amount typed in the clerk's language, reference,
and where it goes (oldest invoices first, or by hand), with what is left as credit shown as it is typed.

A payment above what its invoices owe (``console.more_than_owed``) is said in a note before anything is booked:
the rest becomes credit on the account."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from app.errors import ProrataError
from app.payments import console
from app.payments.console import AccountView
from app.values.typed import amount_edit_text, read_amount, symbols
from ui.amber import amber_note
from ui.dialogs.date_edit import DateEdit
from ui.formatting import fmt_money, ui_language
from ui.payments import action_dialog
from ui.payments.action_dialog import ActionDialog
from ui.payments.allocation_editor import AllocationEditor
from ui.payments.words import method_words

METHODS = ("bank_transfer", "cash", "check")


def account_words(view: AccountView) -> str:
    """"D1 (d1) · Northwind Hosting · EUR"."""
    r = view.row
    return f"{r.customer_name} ({r.customer}) · {r.issuer_name} · {r.currency}"


class RecordPaymentDialog(ActionDialog):
    """Records one manual payment on the account of ``view`` (see the module's docstring)."""

    def __init__(self, worker, view: AccountView, parent=None, today: date | None = None,
                 invoice_id: int | None = None):
        super().__init__(worker, parent)
        self.view = view
        self._currency = view.currency
        self._typed: Decimal | None = None  # the amount typed, once it reads as one
        self.method = QComboBox()
        for m in METHODS:
            if m != "check" or view.checks_on:  # switched off: not offered (and refused by the core anyway)
                self.method.addItem(method_words(m), m)
        self.date = DateEdit(today or date.today())
        self.amount = QLineEdit()
        self.amount.setMaxLength(40)
        self.reference = QLineEdit()
        self.reference.setMaxLength(200)
        self.allocations = AllocationEditor(what="payment")
        self.allocations.set_invoices(view.open_invoices, self._currency)
        f = self.form
        f.add_field("--method", "", self.method,
                    None if view.checks_on else self.tr("Checks are switched off (%1's setting).").replace(
                        "%1", view.checks_whose))
        f.add_field("--date", "", self.date)
        f.add_field("amount", "", self.amount)
        f.add_field("--reference", "", self.reference)
        f.add_field("allocations", "", self.allocations)
        self.overpaid = QLabel()  # "12.00 more than … owe: it will be kept as credit on the account."
        self.overpaid.setObjectName("overpaidNote")
        self.overpaid.setWordWrap(True)
        amber_note(self.overpaid, padding="6px 8px")  # as the tenant forms' "changed" notice (ui.amber)
        self.overpaid.hide()
        self.layout_.insertWidget(self.layout_.indexOf(self.buttons), self.overpaid)
        self.allocations.sig_changed.connect(lambda: self.form.clear_field("allocations"))
        self.allocations.sig_changed.connect(self._say_overpaid)
        self.amount.textChanged.connect(self._amount_typed)
        self.setMinimumWidth(640)
        self.retranslate()
        if invoice_id is not None:  # from an invoice: that invoice, its open amount
            inv = next((i for i in view.open_invoices if i.id == invoice_id), None)
            if inv is not None:
                self.allocations.choose({inv.id: inv.open})
                self.amount.setText(self._edit_text(inv.open))
        self.mark_untouched()

    def _edit_text(self, value: Decimal) -> str:
        return amount_edit_text(value, self._currency, ui_language())

    def _amount_typed(self, text: str) -> None:
        try:
            value = read_amount(text, ui_language(), self._currency, where="amount")
        except ProrataError:
            value = None
        self._typed = value
        self.allocations.set_amount(value)
        self._say_overpaid()

    def more_than_owed(self) -> Decimal:
        """How much of the amount typed is more than the invoices it pays owe (zero: not more)."""
        by_hand = self.allocations.chosen() if self.allocations.by_hand.isChecked() else None
        return console.more_than_owed(self._typed,
                                      [(i.id, i.open) for i in self.view.open_invoices], by_hand)

    def _say_overpaid(self) -> None:
        over = self.more_than_owed()
        if not over:
            self.overpaid.hide()
            return
        if not self.view.open_invoices:
            words = self.tr("The account owes nothing: all %1 will be kept as credit on the account.")
        elif self.allocations.by_hand.isChecked() and any(self.allocations.chosen().values()):
            words = self.tr("%1 more than the chosen invoices owe: it will be kept as credit on the account.")
        else:
            words = self.tr("%1 more than the account's open invoices owe: it will be kept as credit on the "
                            "account.")
        self.overpaid.setText(words.replace("%1", fmt_money(over, self._currency)))
        if self.overpaid.isHidden():
            self.overpaid.show()
            self._grow()

    def _grow(self) -> None:
        """Room for the note as well as the invoices (never smaller than the clerk made the dialog)."""
        self.layout_.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def typed_amount(self) -> Decimal:
        value = read_amount(self.amount.text(), ui_language(), self._currency, where="amount")
        if value is None:
            raise ProrataError.of("missing", "amount", field=self.tr("the amount"))
        return value

    def submit(self) -> None:
        problems = []
        amount = None
        try:
            amount = self.typed_amount()
        except ProrataError as exc:
            problems += exc.problems
        try:
            left = self.allocations.check()
        except ProrataError as exc:
            problems += exc.problems
            left = None
        if problems:
            self.show_problems(ProrataError(problems))
            return
        by_hand = list(self.allocations.chosen().items()) if self.allocations.by_hand.isChecked() else None
        method, day, reference = self.method.currentData(), self.date.day(), self.reference.text()
        cur = self._currency
        paid = [f"{inv.number}: {fmt_money(self.allocations.chosen()[inv.id], cur)}"
                for inv in self.view.open_invoices if self.allocations.chosen().get(inv.id)]
        text = self.tr("Record %1 by %2 from %3?").replace("%1", fmt_money(amount, cur)).replace(
            "%2", method_words(method).lower()).replace("%3", self.view.row.customer_name)
        if paid:
            text += "\n\n" + self.tr("It pays:") + "\n" + "\n".join(paid)
        if left:
            text += "\n\n" + self.tr("%1 stays on the account as credit.").replace("%1", fmt_money(left, cur))
        if not action_dialog.confirm(self, self.tr("Record payment"), text):
            return
        account_id = self.view.row.id
        self.write(lambda s: console.record_payment(s, account_id, method, amount, day, reference,
                                                    by_hand=by_hand).as_json())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Record payment"))
        r = self.view.row
        self.heading.setText(self.tr("<b>%1</b><br>Balance %2 · credit %3").replace(
            "%1", account_words(self.view)).replace("%2", fmt_money(r.balance, r.currency)).replace(
            "%3", fmt_money(r.credit, r.currency)))
        f = self.form
        f.set_label("--method", self.tr("&Method:"))
        f.set_label("--date", self.tr("&Received on:"))
        f.set_label("amount", self.tr("&Amount (%1):").replace("%1", self._currency))
        f.set_label("--reference", self.tr("Re&ference:"))
        f.set_label("allocations", self.tr("Allocate to:"))
        self.amount.setPlaceholderText(self.tr("such as %1").replace("%1", symbols(ui_language())[2]))
        self.reference.setPlaceholderText(self.tr("the transfer's reference, the check's number, a receipt number"))
        self.ok_button.setText(self.tr("Record payment"))
        self.allocations.retranslate()
        self._say_overpaid()
