"""Sign up a company, or edit one: billing on the left, contact and delivery on the right.

In an edit, what changes from a date on (currency, billing day, term, reseller) and what never changes
(code, signup date) is shown read-only, saying why: those are dated changes of the company's history.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QLineEdit

from app.errors import Problem, ProrataError
from app.models.companies import Delivery, TaxTreatment
from app.services import companies_admin, resellers_admin
from app.services.companies_admin import CompanyRecord, Term
from app.services.tenant_view import DIRECT_REF, NodeKind, NodeRef
from app.values.typed import edit_text, read_tax_rate
from ui.formatting import delivery_words, ui_language
from ui.tenants.forms.base import (AddressFields, TenantDialog, combo, date_edit, date_of, language_choices,
                                   normal_address, set_combo, set_date, text_of)

EDITABLE = companies_admin.EDITABLE


@dataclass(frozen=True)
class CompanyChoices:
    currencies: list[str]
    hoster_language: str
    resellers: list[tuple[str, str, int, str, str]]  # (code, name, id, language, currency)
    record: CompanyRecord | None


class CompanyDialog(TenantDialog):
    """New company (``code`` None; under ``reseller``, a code or None for the hoster) or an edit of ``code``."""

    def __init__(self, worker, parent=None, *, code: str | None = None, reseller: str | None = None,
                 today: date | None = None):
        super().__init__(worker, parent, key=code, today=today)
        self._reseller = reseller
        self._language_touched = False
        self.setWindowTitle(self.tr("New company") if code is None else self.tr("Edit company %1").replace(
            "%1", code))

    def _read(self, session) -> CompanyChoices:  # runs on the worker
        h = resellers_admin.hoster(session)
        resellers = [(r.code, r.name, r.id, r.language, r.currency)
                     for r in resellers_admin.list_resellers(session)]
        record = None
        if self._key:
            record = companies_admin.company_show(session, self._key, self._today, self._language).record
        return CompanyChoices(sorted(resellers_admin.enabled_currencies(session)), h.language, resellers, record)

    def _terms(self):
        return [(Term.MONTHLY.value, self.tr("Monthly")), (Term.QUARTERLY.value, self.tr("Quarterly")),
                (Term.HALF_YEARLY.value, self.tr("Half-yearly")), (Term.YEARLY.value, self.tr("Yearly"))]

    def _treatments(self):
        return [(TaxTreatment.STANDARD.value, self.tr("Standard")),
                (TaxTreatment.REVERSE_CHARGE.value, self.tr("Reverse charge (0 %)")),
                (TaxTreatment.EXEMPT.value, self.tr("Exempt (0 %)"))]

    def _days(self):
        return [("anniversary", self.tr("Anniversary of signup"))] + [
            (d, self.tr("Day %1 of each month").replace("%1", str(d))) for d in range(1, 32)]

    def _build(self, data: CompanyChoices) -> None:
        c = data.record
        self._choices = data
        self._record = c
        editing = c is not None
        dated = self.tr("Changes from a date on: record it in the company's history.") if editing else None
        left, right = self.add_form(), self.add_form()
        self.code = left.add_field("code", self.tr("&Code:"), QLineEdit(),
                                   hint=self.tr("Never changes once the company exists.") if editing else None)
        self.code.setMaxLength(64)
        self.name = left.add_field("name", self.tr("&Name:"), QLineEdit())
        self.name.setMaxLength(200)
        sellers = [(None, self.tr("None: a direct customer of the hoster"))] + [
            (code, f"{name} · {code}") for code, name, *_ in data.resellers]
        self.reseller = left.add_field("reseller", self.tr("&Reseller:"), combo(sellers, self._reseller),
                                       hint=self.tr("Moving a company is a dated move, not an edit.")
                                       if editing else None)
        currencies = list(data.currencies)
        if editing and c.currency not in currencies:
            currencies.append(c.currency)
        self.currency = left.add_field("currency", self.tr("C&urrency:"), combo([(x, x) for x in currencies]),
                                       hint=dated)
        self.language = left.add_field("language", self.tr("&Language:"),
                                       combo(language_choices(ui_language()), data.hoster_language))
        self.language.setToolTip(self.tr("The language of the company's invoices"))
        self.billing_day = left.add_field("billing_day", self.tr("&Billing day:"), combo(self._days(), "anniversary"),
                                          hint=dated)
        self.term = left.add_field("term", self.tr("&Term:"), combo(self._terms(), Term.MONTHLY.value), hint=dated)
        self.term.setToolTip(self.tr("How many months one invoice bills in advance"))
        self.signup = left.add_field("signup", self.tr("Si&gned up:"), date_edit(self._today),
                                     hint=self.tr("Never changes: billing starts from it.") if editing else None)
        self.delivery = right.add_field("delivery", self.tr("&Invoices go:"), combo(
            [(d.value, delivery_words(d.value)) for d in Delivery], Delivery.EMAIL.value))
        self.email = right.add_field("email", self.tr("&Email:"), QLineEdit())
        self.email.setMaxLength(320)
        self.address = AddressFields(self, right, None)
        self.tax_id = right.add_field("tax_id", self.tr("Ta&x ID:"), QLineEdit())
        self.tax_id.setMaxLength(64)
        self.tax_treatment = right.add_field("tax_treatment", self.tr("Tax treat&ment:"),
                                             combo(self._treatments(), TaxTreatment.STANDARD.value))
        self.tax_rate = right.add_field("tax_rate", self.tr("Own tax r&ate (%):"), QLineEdit(),
                                        hint=self.tr("Leave blank for the issuer's rate."))
        if editing:
            self._refill(c)
            for w in (self.code, self.reseller, self.currency, self.billing_day, self.term, self.signup):
                w.setEnabled(False)
        else:
            self.reseller.currentIndexChanged.connect(self._reseller_chosen)
            self.language.activated.connect(self._language_chosen)
            self._reseller_chosen()
        self.min_width = 900

    def _language_chosen(self, *_):
        self._language_touched = True

    def _reseller_chosen(self, *_) -> None:
        """A new company starts with its reseller's language and currency (the clerk may change both)."""
        code = self.reseller.currentData()
        seller = next((r for r in self._choices.resellers if r[0] == code), None)
        if not self._language_touched:
            set_combo(self.language, seller[3] if seller else self._choices.hoster_language)
        if seller and self.currency.findData(seller[4]) >= 0:
            set_combo(self.currency, seller[4])

    def _refill(self, c: CompanyRecord) -> None:
        self.code.setText(c.code)
        self.name.setText(c.name)
        set_combo(self.reseller, c.reseller)
        set_combo(self.currency, c.currency)
        set_combo(self.language, c.language)
        set_combo(self.billing_day, "anniversary" if c.billing_day is None else c.billing_day)
        set_combo(self.term, c.term)
        set_date(self.signup, c.signup)
        set_combo(self.delivery, c.delivery)
        self.email.setText(c.email or "")
        self.address.set(c.address)
        self.tax_id.setText(c.tax_id or "")
        set_combo(self.tax_treatment, c.tax_treatment)
        self.tax_rate.setText(edit_text(c.tax_rate.normalize(), ui_language()) if c.tax_rate is not None else "")

    def _values(self, problems: list[Problem]) -> dict:
        try:
            rate = read_tax_rate(self.tax_rate.text(), ui_language(), "tax_rate")
        except ProrataError as error:
            problems.extend(error.problems)
            rate = ...  # refused: left out
        values = {"code": text_of(self.code), "name": text_of(self.name), "reseller": self.reseller.currentData(),
                  "currency": self.currency.currentData(), "language": self.language.currentData(),
                  "billing_day": self.billing_day.currentData(), "term": self.term.currentData(),
                  "signup": date_of(self.signup), "delivery": self.delivery.currentData(),
                  "email": text_of(self.email), "address": self.address.value(), "tax_id": text_of(self.tax_id),
                  "tax_treatment": self.tax_treatment.currentData(), "tax_rate": rate}
        return {k: v for k, v in values.items() if v is not ...}

    def _save_call(self, problems: list[Problem]):
        values = self._values(problems)
        if self._record is None:
            fields = {k: v for k, v in values.items() if v is not None}
            return lambda s: companies_admin.add_company(s, fields)
        c = self._record
        stored = {k: getattr(c, k) for k in EDITABLE}
        stored["address"] = normal_address(c.address)
        changes = {k: values[k] for k in EDITABLE if k in values and values[k] != stored[k]}
        if not changes:
            return None
        code, version = c.code, c.version
        return lambda s: companies_admin.edit_company(s, code, changes, expected_version=version)

    def _record_of(self, session) -> CompanyRecord:  # runs on the worker
        return companies_admin.company_show(session, self._record.code, self._today, self._language).record

    def _saved(self, record: CompanyRecord):
        ids = {code: rid for code, _, rid, *_ in self._choices.resellers}
        parent = DIRECT_REF if record.reseller is None else NodeRef(NodeKind.RESELLER, ids.get(record.reseller))
        words = (self.tr("Company %1 signed up.") if self._record is None else self.tr("Company %1 saved.")
                 ).replace("%1", record.name)
        return NodeRef(NodeKind.COMPANY, record.id), parent, words
