"""End a company's own price from a day: from then it pays its seller's price.

One call to the core on the worker (``app.services.price_removal.end_own_price``), which does it in one
audited transaction or refuses it in words (a day already billed, no seller's price to fall back on); a
refusal is shown in the dialog, under the date when it is about the date, and the dialog stays open.
"""
from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from app.services import price_removal
from app.services.price_matrix import CompanyPriceRow
from ui.dialogs.date_edit import DateEdit
from ui.dialogs.field_form import FieldForm
from ui.formatting import fmt_date, fmt_money


class EndOwnPriceDialog(QDialog):
    """Ends ``company``'s own price of ``row``'s plan in ``currency`` from a chosen day (default ``day``)."""

    sig_ended = Signal(object)
    """The own price was ended: the core's ``OwnPriceEnded``."""

    def __init__(self, worker, parent=None, *, company: str, currency: str, row: CompanyPriceRow, day: date):
        super().__init__(parent)
        self._worker, self._company, self._currency, self._row = worker, company, currency, row
        self.setWindowTitle(self.tr("End own price of %1").replace("%1", company))
        self.what = QLabel(f"<b>{html.escape(row.plan_name)}</b> · {html.escape(row.plan_code)}")
        self.what.setTextFormat(Qt.TextFormat.RichText)
        self.now = QLabel(self.tr("Own price %1, in force since %2.").replace(
            "%1", fmt_money(row.own, currency)).replace("%2", fmt_date(row.own_from) if row.own_from
                                                         else self.tr("always")))
        self.now.setWordWrap(True)
        self.form = FieldForm()
        self.day = self.form.add_field(
            "valid_from", self.tr("&End from:"), DateEdit(day),
            hint=self.tr("From this day the company pays its seller's price; the days before keep the own "
                         "price. A day already billed cannot be chosen."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.end_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.end_button.setText(self.tr("End own price"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.now)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        """End it on the worker; close on success, show the refusal and stay open otherwise."""
        day = self.day.day()
        if day is None:
            return
        self.end_button.setEnabled(False)
        self.form.clear_problems()
        company, currency, plan = self._company, self._currency, self._row.plan_code
        self._worker.run(lambda s: price_removal.end_own_price(s, company=company, plan=plan, currency=currency,
                                                               day=day),
                         on_done=self._ended, on_error=self._refused)

    def _ended(self, ended) -> None:
        self.sig_ended.emit(ended)
        super().accept()

    def _refused(self, error) -> None:
        self.end_button.setEnabled(True)
        self.form.show_problems(error, QLocale().name())
        self.adjustSize()  # the refusal shown whole, never cut off
