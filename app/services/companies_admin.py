"""Companies created and edited by a person (the CLI, later the window's form), and shown whole.

Values are checked by the bundle import's own checkers and cross-field rules
(delivery by e-mail needs an e-mail address, by post a postal address; an own
tax rate only with the standard treatment; reverse charge needs a tax id), and
refused as ONE ``ProrataError`` whose problems are located by field name
(``email``, ``address.country``).

What changes from a date on is not edited here: the currency (a currency
event), the billing day and term, and the reseller (a move) are dated changes
of the company's history; the code and signup date never change.

A save is one conditional write on the row's version (``app.services.row_version``);
every change is audited with before and after (only the changed fields).
Functions take the caller's session and never commit.
"""
from __future__ import annotations

import enum
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Callable, Mapping

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.bundle import billing_settings as bs
from app.bundle import fields as f
from app.bundle.fields import BAD, Problems
from app.errors import MESSAGES, ProrataError
from app.models import Company, Delivery, Reseller
from app.services import audit, customer_codes
from app.services.resellers_admin import check_keys, checked, diff, enabled_currencies, hoster, json_value
from app.services.row_version import update_if_version

if TYPE_CHECKING:
    from app.services.tenant_view import CompanyDetail

MESSAGES.setdefault("dated_field", "{field} is not edited here: {instead}")
MESSAGES.setdefault("fixed_field", "{field} never changes once the company exists ({reason})")


class Term(str, enum.Enum):
    """How many months one invoice bills in advance."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"


FIELDS = ("code", "name", "reseller", "currency", "language", "billing_day", "term", "signup", "delivery", "email",
          "address", "tax_id", "tax_treatment", "tax_rate")
REQUIRED = ("code", "name", "currency", "signup")
EDITABLE = ("name", "address", "email", "tax_id", "language", "delivery", "tax_treatment", "tax_rate")
CLEARABLE = ("address", "email", "tax_id", "tax_rate")  # None (or an empty text) clears them on edit
# Fields that change from a date on, and what to use instead of an edit.
DATED = {
    "currency": "a currency change is dated: record a currency event in the company's history",
    "billing_day": "a new billing day applies from a date on: record it as a dated change of the company",
    "term": "a new billing term applies from a date on: record it as a dated change of the company",
    "reseller": "moving a company to another reseller (or to the hoster) is a dated move, not an edit",
}
FIXED = {
    "code": "it names the company on invoices and in files",
    "signup": "the company's history and billing start from it",
}


@dataclass(frozen=True)
class CompanyRecord:
    """A company's own fields as stored (``currency`` is the signup currency) and its version."""

    id: int
    code: str
    name: str
    reseller: str | None  # the reseller's code; None: a direct customer of the hoster
    currency: str
    language: str
    billing_day: int | None  # None: the anniversary of signup
    term: str
    signup: date
    delivery: str
    email: str | None
    address: dict | None
    tax_id: str | None
    tax_treatment: str
    tax_rate: Decimal | None
    version: int

    def as_json(self) -> dict:
        return {k: json_value(v) for k, v in asdict(self).items()}


@dataclass(frozen=True)
class CompanyShow:
    """Everything ``companies show`` prints: the stored fields and today's state (``directory.company_detail``)."""

    record: CompanyRecord
    detail: CompanyDetail

    def as_json(self) -> dict:
        d = self.detail
        return {**self.record.as_json(),
                "reseller_name": d.reseller_name,
                "current": {
                    "currency": d.currency,
                    "users": d.users,
                    "subscriptions": [{"plan": s.plan_code, "name": s.plan_name, "basis": s.basis,
                                       "quantity": s.quantity, "since": s.since.isoformat()}
                                      for s in d.subscriptions],
                    "history": [{"date": h.date.isoformat(), "type": h.type, "plan": h.plan_name,
                                 "to_plan": h.to_plan_name, "quantity": h.quantity, "user": h.user_email,
                                 "code": h.code, "description": h.description,
                                 "amount": None if h.amount is None else format(h.amount, "f"),
                                 "recurring": h.recurring, "currency": h.currency, "recorded_by": h.recorded_by}
                                for h in d.history.rows],
                    "history_total": d.history.total,
                }}


def _reseller(value: Any, where: str, probs: Problems, session: Session) -> Any:
    """A stored reseller's code -> (id, language)."""
    code = f.code(value, where, probs)
    if code is BAD:
        return BAD
    row = session.execute(select(Reseller.id, Reseller.language).where(Reseller.code == code)).first()
    if row is None:
        return probs.add("unknown", where, kind="reseller", code=code)
    return row


_CHECKS: dict[str, Callable] = {
    "code": lambda v, w, p: f.code(v, w, p),
    "name": lambda v, w, p: f.text(v, w, p, field="name"),
    "language": lambda v, w, p: f.language(v, w, p),
    "billing_day": lambda v, w, p: f.billing_day(v, w, p),
    "term": lambda v, w, p: f.choice(v, w, p, Term),
    "signup": lambda v, w, p: f.iso_date(v, w, p),
    "delivery": lambda v, w, p: f.choice(v, w, p, Delivery),
    "email": lambda v, w, p: f.email(v, w, p),
    "address": lambda v, w, p: f.address(v, w, p),
    "tax_id": lambda v, w, p: f.text(v, w, p, field="tax_id", max_len=64, required=False),
    "tax_treatment": lambda v, w, p: bs.treatment(v, w, p),
    "tax_rate": lambda v, w, p: bs.tax_rate(v, w, p),
}


def find(session: Session, code: str) -> Company:
    c = session.scalars(select(Company).where(Company.code == code)).first()
    if c is None:
        raise ProrataError.of("not_found", kind="company", code=code)
    return c


def _record(session: Session, c: Company, reseller_code: str | None = None) -> CompanyRecord:
    if c.reseller_id is not None and reseller_code is None:
        reseller_code = session.scalar(select(Reseller.code).where(Reseller.id == c.reseller_id))
    return CompanyRecord(c.id, c.code, c.name, reseller_code, c.currency, c.language, c.billing_day, c.term,
                         c.signup, c.delivery, c.email, c.address, c.tax_id, c.tax_treatment, c.tax_rate, c.version)


def list_companies(session: Session, reseller: str | None = None, *, direct: bool = False, offset: int = 0,
                   limit: int = 200) -> list[CompanyRecord]:
    """Companies by name, a page at a time: all, one reseller's (by code) or the hoster's own (``direct``)."""
    codes = dict(session.execute(select(Reseller.id, Reseller.code)).all())
    q = select(Company).order_by(Company.name, Company.id).offset(offset).limit(limit)
    if reseller is not None:
        rid = session.scalar(select(Reseller.id).where(Reseller.code == reseller))
        if rid is None:
            raise ProrataError.of("not_found", kind="reseller", code=reseller)
        q = q.where(Company.reseller_id == rid)
    elif direct:
        q = q.where(Company.reseller_id.is_(None))
    return [_record(session, c, codes.get(c.reseller_id)) for c in session.scalars(q)]


def company_show(session: Session, code: str, today: date | None = None, language: str = "en") -> CompanyShow:
    """Company ``code``: its fields, version and reseller, and its state on ``today`` with its newest history."""
    from app.services.directory import company_detail

    c = find(session, code)
    return CompanyShow(_record(session, c), company_detail(session, c.id, today, language))


def add_company(session: Session, fields: Mapping[str, Any]) -> CompanyRecord:
    """Create a company from ``fields`` (keys of ``FIELDS``; code, name, currency and signup required).

    ``reseller`` is a reseller's code (absent or None: a direct customer of the hoster); ``currency`` must be
    enabled; ``billing_day`` 1-31 or absent/``"anniversary"``; ``term`` monthly (default), quarterly,
    half_yearly or yearly. Unless given: the reseller's (else the hoster's) language, delivery by e-mail,
    the standard tax treatment and no own tax rate. Raises one ProrataError with every problem. Audited.
    """
    from app.bundle.validate import delivery_contact, own_rate, reverse_charge_tax_id  # the bundle's checker

    probs = Problems()
    check_keys(fields, FIELDS, probs, REQUIRED)
    h = hoster(session)
    clean: dict[str, Any] = {k: checked(fields, k, probs, check) for k, check in _CHECKS.items()}
    clean["currency"] = checked(fields, "currency", probs, f.currency, enabled_currencies(session))
    reseller = checked(fields, "reseller", probs, _reseller, session)
    if clean["code"] and session.scalar(select(Company.id).where(Company.code == clean["code"])) is not None:
        probs.add("exists", "code", kind="company", code=clean["code"])
    elif clean["code"]:
        customer_codes.check_free(session, customer_codes.COMPANY, clean["code"], probs)
    clean["delivery"] = clean["delivery"] or Delivery.EMAIL.value
    delivery_contact(clean["delivery"], clean["email"], clean["address"], probs, "email", "address")
    clean["tax_treatment"] = clean["tax_treatment"] or bs.DEFAULT_TREATMENT
    own_rate(clean["tax_rate"], clean["tax_treatment"], "tax_rate", probs)
    if clean["tax_id"] is not BAD:
        reverse_charge_tax_id(clean["tax_treatment"], clean["tax_id"], "tax_id", probs)
    probs.raise_if_any()
    row = {**clean,
           "reseller_id": reseller[0] if reseller else None,
           "language": clean["language"] or (reseller[1] if reseller else None) or h.language,
           "term": clean["term"] or Term.MONTHLY.value}
    c = Company(**row)
    session.add(c)
    try:
        session.flush()
    except IntegrityError:  # a rival added the same code since we looked
        raise ProrataError.of("exists", "code", kind="company", code=clean["code"]) from None
    record = _record(session, c)
    audit.record(session, "create", "company", c.id,
                 after={k: v for k, v in record.as_json().items() if k not in ("id", "version")},
                 reseller_id=c.reseller_id)
    return record


def edit_company(session: Session, code: str, changes: Mapping[str, Any],
                 expected_version: int | None = None) -> CompanyRecord:
    """Change the given fields (``EDITABLE``) of company ``code``; None (or an empty optional text) clears one.

    Dated fields (currency, billing day, term, reseller) and fixed ones (code, signup) are refused, saying
    what to use instead. The delivery and tax rules are checked on the company as it would be after the
    change. ``expected_version``: the version the person saw (else the one read now); the save is refused
    (``row_changed_meanwhile``, naming who and when) if the row changed since. Audited (changed fields only).
    """
    from app.bundle.validate import delivery_contact, own_rate, reverse_charge_tax_id

    c = find(session, code)
    probs = Problems()
    if not isinstance(changes, Mapping):
        check_keys(changes, EDITABLE, probs)
    for key in changes:
        if key in DATED:
            probs.add("dated_field", key, field=key, instead=DATED[key])
        elif key in FIXED:
            probs.add("fixed_field", key, field=key, reason=FIXED[key])
        elif key not in EDITABLE:
            probs.add("unknown_key", str(key), key=key, allowed=", ".join(EDITABLE))
    clean: dict[str, Any] = {}
    for key in EDITABLE:
        if key not in changes:
            continue
        if changes[key] is None:
            if key in CLEARABLE:
                clean[key] = None
            else:
                probs.add("missing", key, field=key)
            continue
        value = checked(changes, key, probs, _CHECKS[key])
        if value is not BAD and not (value is None and key not in CLEARABLE):
            clean[key] = value
        elif value is BAD:
            clean[key] = BAD
    after_row = {k: clean.get(k, getattr(c, k)) for k in ("delivery", "email", "address", "tax_treatment",
                                                           "tax_rate", "tax_id")}
    delivery_contact(after_row["delivery"], after_row["email"], after_row["address"], probs, "email", "address")
    if after_row["tax_treatment"] is not BAD:
        own_rate(after_row["tax_rate"], after_row["tax_treatment"], "tax_rate", probs)
        # Checked when the edit touches either (an old row that breaks it may still have its e-mail changed: the
        # billing run refuses to bill it, app/billing/run.py).
        if after_row["tax_id"] is not BAD and ("tax_id" in clean or "tax_treatment" in clean):
            reverse_charge_tax_id(after_row["tax_treatment"], after_row["tax_id"], "tax_id", probs)
    probs.raise_if_any()
    before, after = diff(c, clean)
    if not after:
        return _record(session, c)
    version = c.version if expected_version is None else expected_version
    update_if_version(session, Company, c.id, version, {k: clean[k] for k in after}, entity="company",
                      kind="company", code=c.code)
    audit.record(session, "edit", "company", c.id, before=before, after=after, reseller_id=c.reseller_id)
    session.refresh(c)
    return _record(session, c)

