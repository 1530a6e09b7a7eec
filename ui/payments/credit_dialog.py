"""Apply the account's credit to its open invoices by hand (or oldest first), amount by amount."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QStyledItemDelegate

from app.errors import ProrataError
from app.payments import console
from app.payments.console import AccountView
from ui.dialogs.date_edit import DateEdit
from ui.formatting import fmt_money
from ui.payments import action_dialog
from ui.payments.action_dialog import ActionDialog
from ui.payments.allocation_editor import AllocationEditor
from ui.payments.allocation_model import AMOUNT
from ui.payments.credit_held import held_lines
from ui.payments.record_dialog import account_words


class LiveAmounts(QStyledItemDelegate):
    """An amount cell that hands each keystroke to the model as it is typed, so that "Credit left" says what is
    left after the amounts being applied while the clerk types, not only once the cell is left. The text being
    typed is kept as it is (the model echoes it back; the cursor stays where it was)."""

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _text, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor, index) -> None:
        if isinstance(editor, QLineEdit) and editor.text() == (index.data(Qt.ItemDataRole.EditRole) or ""):
            return  # its own keystroke coming back: leave the cursor where it is
        super().setEditorData(editor, index)


class CreditAllocations(AllocationEditor):
    """The editor of the credit dialog: oldest first, each invoice is offered only the credit its collector holds
    (``console.credit_offer``); amounts typed by hand above it are refused as ``apply_credit`` would refuse them
    (``console.check_credit_of_collectors``), before anything is sent."""

    def __init__(self, view: AccountView, parent=None):
        super().__init__(parent, what="credit")
        self._view = view

    def _spread(self) -> None:
        view = getattr(self, "_view", None)
        if view is None:  # not yet told the account: as any editor
            super()._spread()
            return
        self.model.set_amounts(console.credit_offer(view))

    def check(self) -> Decimal:
        problems = []
        left = None
        try:
            left = super().check()
        except ProrataError as exc:
            problems += exc.problems
        try:
            console.check_credit_of_collectors(self._view, self.chosen())
        except ProrataError as exc:
            problems += exc.problems
        if problems:
            raise ProrataError(problems)
        return left


class ApplyCreditDialog(ActionDialog):
    """Spends the account's credit (payments and credit notes not yet settling anything) on its invoices."""

    def __init__(self, worker, view: AccountView, parent=None, today: date | None = None):
        super().__init__(worker, parent)
        self.view = view
        self._currency = view.currency
        self.date = DateEdit(today or date.today())
        self.allocations = CreditAllocations(view)
        self.allocations.set_invoices(view.open_invoices, self._currency)
        self.allocations.set_amount(view.credit)
        self._live = LiveAmounts(self.allocations.view)  # "Credit left" follows an amount as it is typed
        self.allocations.view.setItemDelegateForColumn(AMOUNT, self._live)
        self.form.add_field("--date", "", self.date)
        self.form.add_field("allocations", "", self.allocations)
        self.allocations.sig_changed.connect(lambda: self.form.clear_field("allocations"))
        # Credit held by a collector who collects none of the open invoices: said, since none of it is offered.
        self.elsewhere = QLabel()
        self.elsewhere.setWordWrap(True)
        self.elsewhere.setObjectName("credit_elsewhere")
        at = self.layout_.indexOf(self.form)
        self.layout_.setStretch(at, 0)  # the note just under "Credit left", the room left below it
        self.layout_.insertWidget(at + 1, self.elsewhere)
        self.layout_.insertStretch(at + 2, 1)
        self.setMinimumWidth(640)
        self.retranslate()
        self.mark_untouched()

    def submit(self) -> None:
        try:
            self.allocations.check()
        except ProrataError as exc:
            self.show_problems(exc)
            return
        chosen = self.allocations.chosen()
        if not chosen:
            self.show_problems(ProrataError.of("missing", "allocations", field=self.tr("an amount to apply")))
            return
        cur = self._currency
        lines = "\n".join(f"{inv.number}: {fmt_money(chosen[inv.id], cur)}"
                          for inv in self.view.open_invoices if chosen.get(inv.id))
        if not action_dialog.confirm(self, self.tr("Apply credit"), self.tr("Apply %1 of credit?").replace(
                "%1", fmt_money(sum(chosen.values()), cur)) + "\n\n" + lines):
            return
        account_id, day, pairs = self.view.row.id, self.date.day(), list(chosen.items())
        self.write(lambda s: [a.invoice for a in console.apply_credit(s, account_id, pairs, day)])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Apply credit"))
        self.heading.setText(self.tr("<b>%1</b><br>Credit available: %2").replace(
            "%1", account_words(self.view)).replace("%2", fmt_money(self.view.credit, self._currency))
            + "".join(f"<br>{escape(line)}" for line in held_lines(self.view)))  # who holds it, where several
        cur = self._currency
        unused = console.credit_paying_none(self.view)
        self.elsewhere.setText("\n".join(
            self.tr("%1 of the credit is held by %2, who collects none of these invoices: it pays none of them "
                    "and stays credit.").replace("%1", fmt_money(h.amount, cur)).replace("%2", h.name or h.code or "")
            for h in unused))
        self.elsewhere.setVisible(bool(unused))
        self.form.set_label("--date", self.tr("&Applied on:"))
        self.form.set_label("allocations", self.tr("Apply to:"))
        self.ok_button.setText(self.tr("Apply credit"))
        self.allocations.retranslate()
