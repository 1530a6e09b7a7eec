"""Sign up a reseller, or edit one: its billing settings on the left, its contact details on the right."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QLineEdit

from app.errors import Problem, ProrataError
from app.models import BillingMode
from app.models.companies import TaxTreatment
from app.services import resellers_admin
from app.services.resellers_admin import ResellerRecord
from app.services.tenant_view import HOSTER_REF, NodeKind, NodeRef
from app.values.typed import edit_text, read_tax_rate
from ui.formatting import billing_mode_words, ui_language
from ui.tenants.forms.base import (AddressFields, TenantDialog, combo, date_edit, date_of, language_choices,
                                   normal_address, set_combo, set_date, text_of)


@dataclass(frozen=True)
class ResellerChoices:
    currencies: list[str]
    hoster_language: str
    hoster_format: str | None
    record: ResellerRecord | None


class ResellerDialog(TenantDialog):
    """New reseller (``code`` None) or an edit of reseller ``code``."""

    def __init__(self, worker, parent=None, *, code: str | None = None, today: date | None = None):
        super().__init__(worker, parent, key=code, today=today)
        self._auto_format = ""
        self.setWindowTitle(self.tr("New reseller") if code is None else self.tr("Edit reseller %1").replace(
            "%1", code))

    def _read(self, session) -> ResellerChoices:  # runs on the worker
        h = resellers_admin.hoster(session)
        record = resellers_admin.reseller_show(session, self._key) if self._key else None
        return ResellerChoices(sorted(resellers_admin.enabled_currencies(session)), h.language,
                               h.invoice_number_format, record)

    def _treatments(self):
        return [(TaxTreatment.STANDARD.value, self.tr("Standard")),
                (TaxTreatment.REVERSE_CHARGE.value, self.tr("Reverse charge (0 %)")),
                (TaxTreatment.EXEMPT.value, self.tr("Exempt (0 %)"))]

    def _build(self, data: ResellerChoices) -> None:
        r = data.record
        self._choices = data
        self._record = r
        left, right = self.add_form(), self.add_form()
        in_use = r is not None and r.companies > 0
        self.code = left.add_field("code", self.tr("&Code:"), QLineEdit(), hint=self.tr(
            "Code and currency are fixed once the reseller has companies.") if in_use else None)
        self.code.setMaxLength(64)
        self.name = left.add_field("name", self.tr("&Name:"), QLineEdit())
        self.name.setMaxLength(200)
        currencies = list(data.currencies)
        if r is not None and r.currency not in currencies:
            currencies.append(r.currency)
        self.currency = left.add_field("currency", self.tr("C&urrency:"), combo([(c, c) for c in currencies]))
        self.language = left.add_field("language", self.tr("&Language:"),
                                       combo(language_choices(ui_language()), data.hoster_language))
        self.language.setToolTip(self.tr("The language of its invoices and its companies' default"))
        self.billing_mode = left.add_field("billing_mode", self.tr("&Billing:"), combo(
            [(m.value, billing_mode_words(m.value)) for m in BillingMode], BillingMode.RESELLER_BILLS.value))
        self.signup = left.add_field("signup", self.tr("Si&gned up:"),
                                     date_edit(self._today, optional=True, not_set=self.tr("Not set")))
        self.tax_treatment = left.add_field("tax_treatment", self.tr("Tax treat&ment:"),
                                            combo(self._treatments(), TaxTreatment.STANDARD.value))
        self.tax_treatment.setToolTip(self.tr("How the hoster taxes this reseller"))
        self.tax_rate = left.add_field("tax_rate", self.tr("Tax &rate (%):"), QLineEdit())
        self.tax_rate.setPlaceholderText(edit_text(Decimal("0"), ui_language()))
        self.tax_rate.setToolTip(self.tr("The rate this reseller charges its companies, in per cent"))
        self.number_format = left.add_field("invoice_number_format", self.tr("&Invoice numbers:"), QLineEdit(),
                                            hint=self.tr("{year} is the year, {seq:05} the number in five "
                                                         "digits."))
        self.email = right.add_field("email", self.tr("&Email:"), QLineEdit())
        self.email.setMaxLength(320)
        self.address = AddressFields(self, right, None)
        self.tax_id = right.add_field("tax_id", self.tr("Ta&x ID:"), QLineEdit())
        self.tax_id.setMaxLength(64)
        if r is None:
            self.code.textEdited.connect(self._code_typed)
        else:
            self._refill(r)
            self.code.setEnabled(not in_use)
            self.currency.setEnabled(not in_use)
        self.min_width = 860

    def _refill(self, r: ResellerRecord) -> None:
        self.code.setText(r.code)
        self.name.setText(r.name)
        set_combo(self.currency, r.currency)
        set_combo(self.language, r.language)
        set_combo(self.billing_mode, r.billing_mode)
        set_date(self.signup, r.signup)
        set_combo(self.tax_treatment, r.tax_treatment)
        self.tax_rate.setText(edit_text(r.tax_rate.normalize(), ui_language()))
        self.number_format.setText(r.invoice_number_format)
        self.email.setText(r.email or "")
        self.address.set(r.address)
        self.tax_id.setText(r.tax_id or "")

    def _code_typed(self, code: str) -> None:
        """The number format follows the code until the clerk writes their own."""
        if self.number_format.text() in ("", self._auto_format):
            code = code.strip()
            self._auto_format = resellers_admin.default_number_format(code, self._choices.hoster_format) \
                if code else ""
            self.number_format.setText(self._auto_format)

    def _values(self, problems: list[Problem]) -> dict:
        """Every field as the service takes it (None: blank)."""
        try:
            rate = read_tax_rate(self.tax_rate.text(), ui_language(), "tax_rate")
        except ProrataError as error:
            problems.extend(error.problems)
            rate = ...  # refused: left out
        values = {"code": text_of(self.code), "name": text_of(self.name), "currency": self.currency.currentData(),
                  "language": self.language.currentData(), "billing_mode": self.billing_mode.currentData(),
                  "signup": date_of(self.signup), "email": text_of(self.email), "address": self.address.value(),
                  "tax_id": text_of(self.tax_id), "tax_treatment": self.tax_treatment.currentData(),
                  "tax_rate": rate, "invoice_number_format": text_of(self.number_format)}
        return {k: v for k, v in values.items() if v is not ...}

    def _save_call(self, problems: list[Problem]):
        values = self._values(problems)
        if self._record is None:
            fields = {k: v for k, v in values.items() if v is not None}
            return lambda s: resellers_admin.add_reseller(s, fields)
        r = self._record
        stored = {k: getattr(r, k) for k in values}
        stored["address"] = normal_address(r.address)
        changes = {k: v for k, v in values.items() if v != stored[k]}
        if not changes:
            return None
        code, version = r.code, r.version
        return lambda s: resellers_admin.edit_reseller(s, code, changes, expected_version=version)

    def _record_of(self, session) -> ResellerRecord:  # runs on the worker
        return resellers_admin.reseller_show(session, self._record.code)

    def _saved(self, record: ResellerRecord):
        words = (self.tr("Reseller %1 signed up.") if self._record is None else self.tr("Reseller %1 saved.")
                 ).replace("%1", record.name)
        return NodeRef(NodeKind.RESELLER, record.id), HOSTER_REF, words
