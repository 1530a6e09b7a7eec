"""One account: its figures, its ledger with the running balance, its open invoices, and what can be done
(record a payment, refund, reverse, apply credit, print the statement; on a reseller's account with the hoster,
pay out and reverse a payout)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (QFormLayout, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from app.payments import console, payouts
from app.payments.console import AccountView
from ui.dialogs.messages import show_error
from ui.formatting import fmt_money
from ui.payments.account_models import PAYMENT_ROLE, LedgerModel, OpenInvoicesModel
from ui.payments.credit_dialog import ApplyCreditDialog
from ui.payments.credit_held import held_lines
from ui.payments.payout_dialog import PayoutDialog, ReversePayoutDialog
from ui.payments.record_dialog import RecordPaymentDialog
from ui.payments.refund_dialog import RefundDialog
from ui.payments.reverse_dialog import ReverseDialog
from ui.payments.statement_dialog import StatementDialog
from ui.tables import table_view


class AccountPanel(QWidget):
    """Shows one account read through the worker; its buttons open the console's dialogs."""

    sig_changed = Signal(int)
    """Money moved on an account (or someone else's move was found): its id, for the list to read again."""

    sig_status = Signal(str)
    """A short message for the status bar."""

    sig_loaded = Signal(int)
    """An account is on screen: its id."""

    def __init__(self, worker, parent=None, today: date | None = None):
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._view: AccountView | None = None
        self._request = 0
        self.dialog = None  # the open dialog, if any (for tests and to keep it alive)

        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: palette(dark);")
        self.figures = QFormLayout()
        self.figures.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.balance_label, self.credit_label, self.overdue_label = QLabel(), QLabel(), QLabel()
        self.balance, self.credit, self.overdue = QLabel(), QLabel(), QLabel()
        # Owed outside invoices (a refund whose payment then bounced): its own row, shown when there is some.
        self.outside_label, self.outside = QLabel(), QLabel()
        # A reseller's account with the hoster (app/payments/payouts.py): its statements, what was paid out
        # against them and what is left to pay out, rows shown when it has any.
        self.statements_label, self.statements = QLabel(), QLabel()
        self.paid_out_label, self.paid_out = QLabel(), QLabel()
        self.to_pay_out_label, self.to_pay_out = QLabel(), QLabel()
        bold = QFont(self.balance.font())
        bold.setBold(True)
        for label, value in ((self.balance_label, self.balance), (self.credit_label, self.credit),
                             (self.outside_label, self.outside), (self.statements_label, self.statements),
                             (self.paid_out_label, self.paid_out), (self.to_pay_out_label, self.to_pay_out),
                             (self.overdue_label, self.overdue)):
            value.setFont(bold)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setMinimumWidth(110)
            self.figures.addRow(label, value)
        # Who holds the credit, a line each, under the figures (the form keeps its width, its labels next to
        # their amounts): where more than one collector has a part in the account's money.
        self.held = QLabel()
        self.held.setObjectName("credit_held")
        self.held.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        self.record_button = QPushButton()
        self.refund_button = QPushButton()
        self.reverse_button = QPushButton()
        self.credit_button = QPushButton()
        self.statement_button = QPushButton()
        # A reseller's account with the hoster only, as its statements rows (app/payments/payouts.py).
        self.payout_button = QPushButton()
        self.reverse_payout_button = QPushButton()
        self.written: QMessageBox | None = None  # the offer to open the statement just written
        actions = QHBoxLayout()
        for b in (self.record_button, self.credit_button, self.refund_button, self.reverse_button,
                  self.statement_button, self.payout_button, self.reverse_payout_button):
            actions.addWidget(b)
        actions.addStretch(1)

        self.ledger = LedgerModel(self)
        self.ledger_view = table_view(self.ledger, 2)
        self.ledger_box = QGroupBox()
        QVBoxLayout(self.ledger_box).addWidget(self.ledger_view)
        self.open_model = OpenInvoicesModel(self)
        self.open_view = table_view(self.open_model, 0)
        self.open_box = QGroupBox()
        QVBoxLayout(self.open_box).addWidget(self.open_view)
        self.tables = QSplitter(Qt.Orientation.Horizontal)
        self.tables.addWidget(self.ledger_box)
        self.tables.addWidget(self.open_box)
        self.tables.setStretchFactor(0, 3)
        self.tables.setStretchFactor(1, 2)
        self.tables.setChildrenCollapsible(False)

        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        heading.addLayout(actions)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addSpacing(24)
        figures = QHBoxLayout()
        figures.addStretch(1)
        figures.addLayout(self.figures)
        column = QVBoxLayout()
        column.addLayout(figures)
        column.addWidget(self.held)
        column.addStretch(1)
        top.addLayout(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tables, 1)

        self.record_button.clicked.connect(lambda: self.record_payment())
        self.refund_button.clicked.connect(lambda: self.refund())
        self.reverse_button.clicked.connect(lambda: self.reverse())
        self.credit_button.clicked.connect(lambda: self.apply_credit())
        self.statement_button.clicked.connect(lambda: self.statement())
        self.payout_button.clicked.connect(lambda: self.pay_out())
        self.reverse_payout_button.clicked.connect(lambda: self.reverse_payout())
        self.ledger_view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.retranslate()

    # --- reading ---------------------------------------------------------------

    def account_id(self) -> int | None:
        return self._view.row.id if self._view else None

    def account(self) -> AccountView | None:
        return self._view

    def show_account(self, account_id: int | None) -> None:
        """Read the account on the worker and show it (None: nothing)."""
        self._request += 1
        if account_id is None:
            self._view = None
            self._render()
            return
        request, today = self._request, self._today
        self.subtitle.setText(self.tr("Loading…"))

        def done(view: AccountView) -> None:
            if request == self._request:
                self._view = view
                self._render()
                self.sig_loaded.emit(view.row.id)

        def failed(error) -> None:
            if request == self._request:
                self._view = None
                self._render()
            show_error(self, error)
        self._worker.run(lambda s: console.account_view(s, account_id, today), on_done=done, on_error=failed)

    def reload(self) -> None:
        self.show_account(self.account_id())

    def _render(self) -> None:
        v = self._view
        self.ledger.set_account(v)
        self.open_model.set_account(v)
        for w in (self.ledger_box, self.open_box):
            w.setVisible(v is not None)
        for w in (self.balance, self.credit, self.overdue, self.balance_label, self.credit_label,
                  self.overdue_label):
            w.setVisible(v is not None)
        self._enable()
        if v is None:
            for w in (self.outside, self.statements, self.paid_out, self.to_pay_out):
                self.figures.setRowVisible(w, False)
            self.held.setVisible(False)
            self.title.setText(self.tr("No account selected"))
            self.subtitle.setText(self.tr("Pick an account in the list to see its ledger and open invoices."))
            return
        r = v.row
        self.title.setText(f"{r.customer_name} ({r.customer})")
        self.subtitle.setText(self.tr("Account with %1 in %2").replace("%1", r.issuer_name).replace(
            "%2", r.currency))
        self.balance.setText(fmt_money(r.balance, r.currency))
        self.credit.setText(fmt_money(r.credit, r.currency))
        held = held_lines(v)
        self.held.setText("\n".join(held))
        self.held.setVisible(bool(held))
        self.outside.setText(fmt_money(r.outside, r.currency))
        self.figures.setRowVisible(self.outside, r.outside != 0)
        reseller = self._settles_with_hoster()
        # Below zero, what is to pay out is what the reseller owes on its statements: said as to collect.
        for w, amount in ((self.statements, r.statements), (self.paid_out, r.paid_out),
                          (self.to_pay_out, abs(r.to_pay_out))):
            w.setText(fmt_money(amount, r.currency))
            self.figures.setRowVisible(w, reseller)
        self.to_pay_out_label.setText(self._to_pay_out_words())
        self.overdue.setText(fmt_money(r.overdue, r.currency))
        self.overdue.setStyleSheet("color: #b3261e;" if r.overdue > 0 else "")
        self.ledger_box.setTitle(self.tr("Ledger (%Ln entries)", "", len(v.lines)))
        self.open_box.setTitle(self.tr("Open invoices (%1)").replace("%1", str(len(v.open_invoices))))
        if v.lines:
            self.ledger_view.scrollToBottom()

    def selected_payment(self) -> int | None:
        index = self.ledger_view.currentIndex()
        return index.data(PAYMENT_ROLE) if index.isValid() else None

    def selected_line(self):
        """The ledger line selected (a ``ledger.Line``), if any."""
        index = self.ledger_view.currentIndex()
        return self.ledger.row_data(index.row()) if index.isValid() else None

    def _settles_with_hoster(self) -> bool:
        """A reseller's account with the hoster that has statements or payouts: its rows and buttons shown."""
        r = self._view.row if self._view is not None else None
        return r is not None and r.customer_kind == "reseller" and r.issuer == "hoster" and (
            r.statements != 0 or r.paid_out != 0)

    def _enable(self) -> None:
        v = self._view
        received = [p for p in v.payments.values() if p.status == "received"] if v else []
        reseller = self._settles_with_hoster()
        for b in (self.payout_button, self.reverse_payout_button):
            b.setVisible(reseller)
        line = self.selected_line() if reseller else None
        self.payout_button.setEnabled(reseller and v.row.to_pay_out > 0)
        self.reverse_payout_button.setEnabled(line is not None and line.id in payouts.reversible(v.lines))
        self.record_button.setEnabled(v is not None)
        self.refund_button.setEnabled(any(p.credit > 0 for p in received))
        self.reverse_button.setEnabled(bool(received))
        self.credit_button.setEnabled(v is not None and v.credit > 0 and bool(v.open_invoices))
        self.statement_button.setEnabled(v is not None)

    # --- actions ---------------------------------------------------------------------

    def _open(self, dialog, done_words) -> None:
        """Show ``dialog`` (window-modal, not blocking); after its write say ``done_words(result)`` and read
        the account again; after a lost race read it again too."""
        self.dialog = dialog
        account_id = self.account_id()

        def done(result) -> None:
            self.sig_status.emit(done_words(result))
            self.reload()
            self.sig_changed.emit(account_id)

        def stale(_error) -> None:
            self.reload()
            self.sig_changed.emit(account_id)
        dialog.sig_done.connect(done)
        dialog.sig_stale.connect(stale)
        dialog.open()

    def record_payment(self, invoice_id: int | None = None) -> RecordPaymentDialog | None:
        if self._view is None:
            return None
        cur = self._view.currency
        dialog = RecordPaymentDialog(self._worker, self._view, self, today=self._today, invoice_id=invoice_id)

        def words(data: dict) -> str:
            return self.tr("Payment #%1 recorded: %2, %3 left as credit.").replace("%1", str(data["payment"])) \
                .replace("%2", fmt_money(Decimal(data["amount"]), cur)) \
                .replace("%3", fmt_money(Decimal(data["credit_left"]), cur))
        self._open(dialog, words)
        return dialog

    def refund(self) -> RefundDialog | None:
        if self._view is None:
            return None
        dialog = RefundDialog(self._worker, self._view, self, today=self._today, payment_id=self.selected_payment())
        self._open(dialog, lambda _r: self.tr("Refund recorded."))
        return dialog

    def reverse(self) -> ReverseDialog | None:
        if self._view is None:
            return None
        dialog = ReverseDialog(self._worker, self._view, self, today=self._today, payment_id=self.selected_payment())
        self._open(dialog, lambda reopened: self.tr("Payment reversed; open again: %1.").replace(
            "%1", ", ".join(reopened) or self.tr("no invoice")))
        return dialog

    def apply_credit(self) -> ApplyCreditDialog | None:
        if self._view is None:
            return None
        dialog = ApplyCreditDialog(self._worker, self._view, self, today=self._today)
        self._open(dialog, lambda paid: self.tr("Credit applied to %1.").replace("%1", ", ".join(paid)))
        return dialog

    def pay_out(self) -> PayoutDialog | None:
        if not self._settles_with_hoster():
            return None
        cur = self._view.currency
        dialog = PayoutDialog(self._worker, self._view, self, today=self._today)
        self._open(dialog, lambda paid: self.tr("Payout PO-%1 of %2 recorded.").replace("%1", str(paid[0]))
                   .replace("%2", fmt_money(paid[1], cur)))
        return dialog

    def reverse_payout(self) -> ReversePayoutDialog | None:
        if not self._settles_with_hoster():
            return None
        cur = self._view.currency
        line = self.selected_line()
        dialog = ReversePayoutDialog(self._worker, self._view, self, today=self._today,
                                     entry_id=line.id if line is not None else None)
        self._open(dialog, lambda back: self.tr("Payout PO-%1 reversed: %2 is owed to the reseller again.")
                   .replace("%1", str(back[0])).replace("%2", fmt_money(back[1], cur)))
        return dialog

    def statement(self) -> StatementDialog | None:
        """Ask for the period and the file, write the statement on the worker, then offer to open it."""
        if self._view is None:
            return None
        dialog = StatementDialog(self._worker, self._view, self, today=self._today)
        self.dialog = dialog
        dialog.sig_written.connect(self._statement_written)
        dialog.open()
        return dialog

    def _statement_written(self, path: str) -> None:
        self.sig_status.emit(self.tr("Statement written to %1.").replace("%1", path))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Statement of account"),
                          self.tr("The statement is written to %1.").replace("%1", path),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("statement_written")
        opener = box.addButton(self.tr("&Open it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(opener)
        box.buttonClicked.connect(
            lambda b: QDesktopServices.openUrl(QUrl.fromLocalFile(path)) if b is opener else None)
        self.written = box
        box.open()

    def _to_pay_out_words(self) -> str:
        """The label of what the statements leave: to pay out, or, when the reseller owes on them, to collect."""
        v = self._view
        if v is not None and v.row.to_pay_out < 0:
            return self.tr("To collect:")
        return self.tr("To pay out:")

    def retranslate(self) -> None:
        self.balance_label.setText(self.tr("Balance:"))
        self.credit_label.setText(self.tr("Credit:"))
        self.outside_label.setText(self.tr("Owed outside invoices:"))
        tip = self.tr("Money the customer owes on no invoice: a refund paid out of a payment that then bounced "
                      "or was returned. Open invoices plus this, less the credit, is what the customer owes.")
        self.outside_label.setToolTip(tip)
        self.outside.setToolTip(tip)
        self.statements_label.setText(self.tr("Statements:"))
        self.paid_out_label.setText(self.tr("Paid out:"))
        self.to_pay_out_label.setText(self._to_pay_out_words())
        tip = self.tr("The reseller's statements (its margins and the VAT collected in its name) are owed to it; "
                      "the payouts made against them are subtracted. What is left is still to pay out: the "
                      "balance is the open invoices plus what is owed outside invoices, less the credit and less "
                      "what is to pay out, negative when more is owed to the reseller than by it.")
        for w in (self.statements_label, self.statements, self.paid_out_label, self.paid_out,
                  self.to_pay_out_label, self.to_pay_out):
            w.setToolTip(tip)
        self.overdue_label.setText(self.tr("Overdue:"))
        self.record_button.setText(self.tr("Record &payment…"))
        self.refund_button.setText(self.tr("Re&fund…"))
        self.reverse_button.setText(self.tr("Re&verse…"))
        self.credit_button.setText(self.tr("Apply &credit…"))
        self.statement_button.setText(self.tr("&Statement…"))
        self.statement_button.setToolTip(self.tr("The customer's statement of account for a period, as a PDF."))
        self.reverse_button.setToolTip(self.tr("A payment that did not hold: a bounced check, a returned debit."))
        self.payout_button.setText(self.tr("Pay &out…"))
        self.payout_button.setToolTip(self.tr("Record that the hoster paid the reseller what it owes it on its "
                                              "statements."))
        self.reverse_payout_button.setText(self.tr("Reverse pa&yout…"))
        self.reverse_payout_button.setToolTip(self.tr("A payout that did not hold (its transfer bounced, it was "
                                                      "entered twice): pick it in the ledger."))
        self.ledger.retranslate()
        self.open_model.retranslate()
        self._render()
