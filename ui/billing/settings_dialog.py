"""Billing > Settings: the hoster's and each reseller's switches, tax rate, numbering and minimum charges.

An edit is saved through the worker (one change, checked and audited by
``app.services.billing_settings``) and the table is read again; a refused
value is explained in a message box and the old value stays.

An edit that can do harm unnoticed asks first (``confirm_change``), naming the
issuer, the setting, its old and new value and what follows: a switch that
goes off (invoicing, payment collection, e-mail delivery, checks; also a
reseller set to follow a hoster whose switch is off), a tax rate, a number
format, a minimum charge changed or removed in the table. Cancel sends
nothing and the cell shows the stored value again. Switching something on
and adding a minimum with its button (amount typed beside it) do not ask.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QStyledItemDelegate, QTableView,
                               QVBoxLayout)

from app.errors import ProrataError
from app.models import MinimumPolicy
from app.money import to_text
from app.services import billing_settings, currencies
from app.values.typed import amount_edit_text, read_amount
from ui.billing.settings_models import CHOICES_ROLE, IssuerSettingsModel, MinimumsModel
from ui.dialogs.messages import show_error
from ui.formatting import fmt_money, ui_language
from ui.tables import fit_height, table_view


def confirm_change(parent, title: str, question: str, detail: str, save_text: str, *, risky: bool) -> bool:
    """Ask before a change is saved: True saves it. ``risky`` (a switch going off) makes Cancel the default,
    so that a stray Enter keeps things as they are; otherwise the value just typed is shown for a last look
    and Enter saves it."""
    box = QMessageBox(QMessageBox.Icon.Warning if risky else QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(detail)
    box.button(QMessageBox.StandardButton.Save).setText(save_text)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel if risky else QMessageBox.StandardButton.Save)
    return box.exec() == QMessageBox.StandardButton.Save


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for cells that offer choices (``CHOICES_ROLE``); a line edit for the others."""

    def createEditor(self, parent, option, index):
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for label, value in choices:
            combo.addItem(label, value)
        combo.activated.connect(lambda _: self._chosen(combo))
        return combo

    def _chosen(self, combo: QComboBox) -> None:
        """A choice ends the edit: committed once, the combo closed (no second commit when focus moves on)."""
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            current = index.data(Qt.ItemDataRole.EditRole)
            for i in range(editor.count()):
                if editor.itemData(i) == current:
                    editor.setCurrentIndex(i)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def _table(model, stretch: int) -> QTableView:
    view = table_view(model, stretch, editable=True, padding=12)
    view.setItemDelegate(ChoiceDelegate(view))
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view


class BillingSettingsDialog(QDialog):
    def __init__(self, worker, parent=None):
        super().__init__(parent)
        self._worker = worker
        self._enabled: list[str] = []
        self._selected_issuer: str | None = None
        self._asking = False  # a confirmation is open: edits that arrive meanwhile are dropped

        self.issuers = IssuerSettingsModel(self)
        self.issuers_view = _table(self.issuers, 0)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: palette(dark);")

        self.minimums = MinimumsModel(self)
        self.minimums_view = _table(self.minimums, 2)
        self.minimums_box = QGroupBox()
        self.add_currency = QComboBox()
        self.add_amount = QLineEdit()
        self.add_amount.setMaximumWidth(120)
        self.add_amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.add_policy = QComboBox()
        self.add_button = QPushButton()
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_currency)
        add_row.addWidget(self.add_amount)
        add_row.addWidget(self.add_policy)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        box = QVBoxLayout(self.minimums_box)
        box.addWidget(self.minimums_view)
        box.addLayout(add_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.issuers_view)
        layout.addWidget(self.explain)
        layout.addWidget(self.minimums_box, 1)
        layout.addWidget(self.buttons)

        # Queued: the question is asked once the cell's editor has closed, not from inside its commit.
        self.issuers.sig_edit.connect(self._edit_setting, Qt.ConnectionType.QueuedConnection)
        self.minimums.sig_edit.connect(self._edit_minimum, Qt.ConnectionType.QueuedConnection)
        self.issuers.sig_refused.connect(self._refused_typed)
        self.minimums.sig_refused.connect(self._refused_typed)
        self.issuers_view.selectionModel().currentRowChanged.connect(self._issuer_chosen)
        self.add_button.clicked.connect(self._add_minimum)
        self.resize(1080, 560)
        self.retranslate()

    # --- reading ---------------------------------------------------------------

    def load(self) -> None:
        def read(s):
            return billing_settings.read(s), [c.code for c in currencies.list_currencies(s) if c.enabled]
        self._worker.run(read, on_done=self._loaded, on_error=lambda e: show_error(self, e))

    def _loaded(self, result) -> None:
        rows, self._enabled = result
        keep = self._selected_issuer
        self.issuers.set_rows(rows)
        fit_height(self.issuers_view, len(rows), 8)
        row = next((i for i, r in enumerate(rows) if r.issuer == keep), 0)
        if rows:
            self.issuers_view.setCurrentIndex(self.issuers.index(row, 0))
        self._show_minimums()

    def _issuer_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        r = self.issuers.row(current.row())
        self._selected_issuer = r.issuer if r else None
        self._show_minimums()

    def _show_minimums(self) -> None:
        r = self.issuers.find(self._selected_issuer)
        self.minimums.set_rows(r.minimums if r else [])
        self.minimums_box.setTitle(self.tr("Minimum charges of %1").replace("%1", r.name) if r else
                                   self.tr("Minimum charges"))
        self.add_currency.clear()
        for code in self._enabled:
            if code not in self.minimums.currencies():
                self.add_currency.addItem(code, code)
        if r is not None and r.currency:  # the currency the issuer invoices in, when it has no minimum there yet
            self.add_currency.setCurrentIndex(max(0, self.add_currency.findData(r.currency)))
        self.add_button.setEnabled(r is not None and self.add_currency.count() > 0)

    def selected_issuer(self) -> str | None:
        return self._selected_issuer

    # --- asking ------------------------------------------------------------------

    def _issuer_name(self, r) -> str:
        return self.tr("%1 (hoster)").replace("%1", r.name) if r.issuer == billing_settings.HOSTER else r.name

    def _ask(self, question: str, detail: str, save_text: str, *, risky: bool) -> bool:
        self._asking = True
        try:
            return confirm_change(self, self.tr("Billing settings"), question, detail, save_text, risky=risky)
        finally:
            self._asking = False

    def _edit_setting(self, issuer: str, name: str, value) -> None:
        """A cell was changed: saved, after asking when the change can do harm unnoticed."""
        r = self.issuers.find(issuer)
        if self._asking or r is None:
            return
        question = self._setting_question(r, name, value)
        if question is not None and not self._ask(*question[:3], risky=question[3]):
            self.issuers.refresh()  # the stored value again
            return
        self._save_setting(issuer, name, value)

    def _setting_question(self, r, name: str, value):
        """(question, detail, save button, risky) for a change that asks first, or None."""
        who = self._issuer_name(r)
        if name in billing_settings.ALL_SWITCHES:
            if not r.effective[name] or self.issuers.effective(r, name, value):
                return None  # already off, or (still) on: nothing stops
            question = {
                "invoicing": self.tr("Switch off invoicing for %1?"),
                "payment_collection": self.tr("Switch off payment collection for %1?"),
                "email_delivery": self.tr("Switch off email delivery for %1?"),
                "checks": self.tr("Stop taking checks for %1?")}[name].replace("%1", who)
            after = {
                "invoicing": self.tr("Billing runs will stop altogether.") if r.issuer == billing_settings.HOSTER
                else self.tr("Billing runs will skip %1's companies."),
                "payment_collection": self.tr("Prorata will no longer collect payment of %1's invoices."),
                "email_delivery": self.tr("%1's invoices will no longer be sent by email."),
                "checks": self.tr("A check paid to %1 will be refused when it is recorded.")}[name]
            lines = [self._was_now(self.issuers.title(name), self.issuers.switch_words(r, name, r.switches[name]),
                                   self.issuers.switch_words(r, name, value)), after.replace("%1", r.name)]
            if r.issuer == billing_settings.HOSTER and any(
                    x.switches[name] is None for x in self.issuers.rows() if x.issuer != r.issuer):
                lines.append(self.tr("Resellers set to “As the hoster” are switched off too."))
            return question, "\n\n".join(lines), self.tr("Switch off"), True
        if name == "tax_rate":
            old = self.issuers.rate_words(r.tax_rate)
            new = self.issuers.rate_words(Decimal(value))
            return (self.tr("Change the tax rate of %1?").replace("%1", who),
                    self._was_now(self.issuers.title(name), old, new) + "\n\n" + self.tr(
                        "Invoices billed from now on are taxed at the new rate; issued ones keep theirs."),
                    self.tr("Save change"), False)
        if name == "invoice_number_format":
            return (self.tr("Change the invoice numbers of %1?").replace("%1", who),
                    self._was_now(self.issuers.title(name), r.invoice_number_format, value) + "\n\n" + self.tr(
                        "Numbers given from now on follow the new format; the sequence carries on."),
                    self.tr("Save change"), False)
        return None

    def _was_now(self, setting: str, old: str, new: str) -> str:
        return self.tr("%1: %2 → %3").replace("%1", setting).replace("%2", old).replace("%3", new)

    def _edit_minimum(self, currency: str, amount: str | None, policy: str) -> None:
        """A minimum changed or emptied in the table: saved after asking."""
        r = self.issuers.find(self._selected_issuer)
        old = next((m for m in self.minimums.rows() if m[0] == currency), None)
        if self._asking or r is None or old is None:
            return
        before = self._minimum_words(currency, old[1], old[2])
        if amount is None:
            question = self.tr("Remove the minimum charge of %1 in %2?")
            after = self.tr("none")
        else:
            question = self.tr("Change the minimum charge of %1 in %2?")
            after = self._minimum_words(currency, Decimal(amount), policy)
        question = question.replace("%1", self._issuer_name(r)).replace("%2", currency)
        detail = self._was_now(self.tr("Minimum"), before, after) + "\n\n" + self.tr(
            "Applies to invoices billed from now on.")
        if not self._ask(question, detail, self.tr("Remove") if amount is None else self.tr("Save change"),
                         risky=False):
            self.minimums.refresh()
            return
        self._save_minimum(currency, amount, policy)

    def _minimum_words(self, currency: str, amount: Decimal, policy: str) -> str:
        return self.tr("%1, %2").replace("%1", fmt_money(amount, currency)).replace(
            "%2", self.minimums.policy_words(policy))

    # --- saving ------------------------------------------------------------------

    def _save_setting(self, issuer: str, name: str, value) -> None:
        self._worker.run(lambda s: billing_settings.set_value(s, issuer, name, value),
                         on_done=lambda _: self.load(), on_error=self._refused)

    def _save_minimum(self, currency: str, amount: str | None, policy: str) -> None:
        issuer = self._selected_issuer
        if issuer is None:
            return
        self._worker.run(lambda s: billing_settings.set_minimum(s, issuer, currency, amount, policy),
                         on_done=lambda _: self.load(), on_error=self._refused)

    def _add_minimum(self) -> None:
        currency = self.add_currency.currentData()
        try:
            amount = read_amount(self.add_amount.text(), ui_language(), currency) if currency else None
            if amount is None:
                raise ProrataError.of("missing", field=self.tr("the minimum amount"))
        except ProrataError as error:
            show_error(self, error)
            return
        self.add_amount.clear()
        self._save_minimum(currency, to_text(amount, currency), self.add_policy.currentData())

    def _refused_typed(self, error) -> None:
        """A typed value the models could not read: said at once, nothing sent."""
        show_error(self, error)

    def _refused(self, error) -> None:
        show_error(self, error)
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Billing settings"))
        self.explain.setText(self.tr(
            "Double-click a cell to change it. Switching something off, or changing a tax rate, a number format "
            "or a minimum charge, asks before it is saved. A reseller's switch set to “As the hoster” follows "
            "the hoster's. Invoicing off: billing runs skip the issuer's companies (the hoster's switch stops "
            "every run). Checks off: checks are refused as payment."))
        self.add_amount.setPlaceholderText(self.tr("amount, e.g. %1").replace("%1", amount_edit_text(
            Decimal("5"), "EUR", ui_language())))
        self.add_button.setText(self.tr("&Add minimum"))
        current = self.add_policy.currentData()
        self.add_policy.clear()
        self.add_policy.addItem(self.tr("Defer to the next invoice"), MinimumPolicy.DEFER.value)
        self.add_policy.addItem(self.tr("Top up to the minimum"), MinimumPolicy.TOP_UP.value)
        if current:
            self.add_policy.setCurrentIndex(max(0, self.add_policy.findData(current)))
        self._show_minimums()
