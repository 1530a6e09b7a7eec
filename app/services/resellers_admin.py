"""Resellers created and edited by a person (the CLI, later the window's form).

Every value goes through the bundle import's own checker (``app.bundle.fields``,
``app.bundle.billing_settings``), so a value means and is refused the same typed
here as imported. Bad input is refused as ONE ``ProrataError`` carrying every
problem; each ``Problem.where`` is the field's name (``email``,
``address.country``, ``tax_rate``) so a form can show each message by its field.

A save is one conditional write on the row's version (``app.services.row_version``);
every change is audited with before and after (only the changed fields).

The small form helpers (``check_keys``, ``checked``, ``as_input``, ``json_value``)
are shared by ``companies_admin`` and ``users_admin``. Functions take the
caller's session and never commit.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Callable, Iterable, Mapping

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.bundle import billing_settings as bs
from app.bundle import fields as f
from app.bundle.fields import BAD, Problems
from app.errors import MESSAGES, ProrataError
from app.models import BillingMode, Company, Currency, Hoster, Invoice, Reseller, Status
from app.services import audit, customer_codes
from app.services.row_version import update_if_version

MESSAGES.setdefault("reseller_in_use", "the {field} of reseller {code!r} cannot change: it already has {uses}")
MESSAGES.setdefault("bad_fields", "expected the fields as names and values, got {got}")
MESSAGES.setdefault("reseller_mode_pending", "the billing mode of reseller {code!r} cannot change while invoices "
                                             "of its companies made under the current mode are not issued "
                                             "({drafts} draft(s), {deferred} deferred): issue or delete the "
                                             "drafts; a deferred invoice waits for the invoice that takes it")

FIELDS = ("code", "name", "currency", "language", "billing_mode", "signup", "email", "address", "tax_id",
          "tax_treatment", "tax_rate", "invoice_number_format")
REQUIRED = ("code", "name", "currency")
CLEARABLE = ("signup", "email", "address", "tax_id")  # None (or an empty text) clears them on edit
PREFIX_MAX = 20


# --- shared form helpers -------------------------------------------------------

def as_input(value: Any) -> Any:
    """A form's typed value in the form the bundle's checkers read: dates as YYYY-MM-DD, numbers as text."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


def check_keys(fields: Any, allowed: Iterable[str], probs: Problems, required: Iterable[str] = ()) -> Mapping:
    """``fields`` if it is a mapping; a problem for each unknown key and each missing required one."""
    if not isinstance(fields, Mapping):
        raise ProrataError.of("bad_fields", got=f.json_type(fields))
    allowed = tuple(allowed)
    for key in fields:
        if key not in allowed:
            probs.add("unknown_key", str(key), key=key, allowed=", ".join(allowed))
    for key in required:
        if fields.get(key) is None:
            probs.add("missing", key, field=key)
    return fields


def checked(fields: Mapping, key: str, probs: Problems, check: Callable, *args, **kw) -> Any:
    """``fields[key]`` through ``check`` with the key as its location; None when absent."""
    value = fields.get(key)
    if value is None:
        return None
    return check(as_input(value), key, probs, *args, **kw)


def json_value(value: Any) -> Any:
    """A stored value as JSON shows it (audit entries, ``--json``): dates ISO, rates as ``bs.rate_text``."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return bs.rate_text(value)
    return value


def enabled_currencies(session: Session) -> set[str]:
    return set(session.scalars(select(Currency.code).where(Currency.enabled.is_(True))))


def hoster(session: Session) -> Hoster:
    h = session.get(Hoster, 1)
    if h is None:
        raise ProrataError.of("no_hoster")
    return h


def diff(row: Any, clean: dict[str, Any]) -> tuple[dict, dict]:
    """(before, after) of the fields of ``clean`` whose value differs from ``row``'s, as JSON values."""
    before, after = {}, {}
    for key, value in clean.items():
        old = getattr(row, key)
        if old != value:
            before[key], after[key] = json_value(old), json_value(value)
    return before, after


def reseller_code(value: Any, where: str, probs: Problems) -> Any:
    """``app.bundle.validate.reseller_code``, imported when a code is checked: that module loads the bundle's
    whole checker (history, references, the catalogue), which listing or showing resellers never needs."""
    from app.bundle.validate import reseller_code as rule

    return rule(value, where, probs)


# --- resellers ----------------------------------------------------------------

@dataclass(frozen=True)
class ResellerRecord:
    """A reseller's own fields as stored, its version and how many companies it has."""

    id: int
    code: str
    name: str
    currency: str
    language: str
    billing_mode: str
    signup: date | None
    email: str | None
    address: dict | None
    tax_id: str | None
    tax_treatment: str
    tax_rate: Decimal
    invoice_number_format: str
    version: int
    companies: int = 0

    def as_json(self) -> dict:
        return {k: json_value(v) for k, v in asdict(self).items()}


_CHECKS: dict[str, Callable] = {
    "code": lambda v, w, p, enabled: reseller_code(v, w, p),
    "name": lambda v, w, p, enabled: f.text(v, w, p, field="name"),
    "currency": lambda v, w, p, enabled: f.currency(v, w, p, enabled),
    "language": lambda v, w, p, enabled: f.language(v, w, p),
    "billing_mode": lambda v, w, p, enabled: f.choice(v, w, p, BillingMode),
    "signup": lambda v, w, p, enabled: f.iso_date(v, w, p),
    "email": lambda v, w, p, enabled: f.email(v, w, p),
    "address": lambda v, w, p, enabled: f.address(v, w, p),
    "tax_id": lambda v, w, p, enabled: f.text(v, w, p, field="tax_id", max_len=64, required=False),
    "tax_treatment": lambda v, w, p, enabled: bs.treatment(v, w, p),
    "tax_rate": lambda v, w, p, enabled: bs.tax_rate(v, w, p),
    "invoice_number_format": lambda v, w, p, enabled: bs.number_format(v, w, p),
}


def default_number_format(code: str, hoster_format: str | None = None) -> str:
    """The invoice number format of a new reseller: its code as a prefix (``acme`` -> ``ACME-{year}-{seq:05}``).

    Only ASCII letters and digits of the code are kept (others become ``-``), at most 20; a code with none
    gives ``R``. A prefix equal to the hoster's gets ``-R``, so a reseller's numbers never look like the
    hoster's.
    """
    prefix = re.sub(r"[^A-Z0-9]+", "-", code.upper()).strip("-")[:PREFIX_MAX].strip("-") or "R"
    hoster_lead = (hoster_format or "").split("{", 1)[0].upper().strip("-_ ./")
    if prefix == hoster_lead:
        prefix += "-R"
    return f"{prefix}-{{year}}-{{seq:05}}"


def _find(session: Session, code: str) -> Reseller:
    r = session.scalars(select(Reseller).where(Reseller.code == code)).first()
    if r is None:
        raise ProrataError.of("not_found", kind="reseller", code=code)
    return r


def _record(session: Session, r: Reseller) -> ResellerRecord:
    n = session.scalar(select(func.count()).select_from(Company).where(Company.reseller_id == r.id))
    return ResellerRecord(r.id, r.code, r.name, r.currency, r.language, r.billing_mode, r.signup, r.email,
                          r.address, r.tax_id, r.tax_treatment, r.tax_rate, r.invoice_number_format, r.version, n)


def reseller_show(session: Session, code: str) -> ResellerRecord:
    return _record(session, _find(session, code))


def list_resellers(session: Session) -> list[ResellerRecord]:
    """Every reseller by name (resellers are few)."""
    counts = dict(session.execute(select(Company.reseller_id, func.count()).where(Company.reseller_id.is_not(None))
                                  .group_by(Company.reseller_id)).all())
    return [ResellerRecord(r.id, r.code, r.name, r.currency, r.language, r.billing_mode, r.signup, r.email,
                           r.address, r.tax_id, r.tax_treatment, r.tax_rate, r.invoice_number_format, r.version,
                           counts.get(r.id, 0))
            for r in session.scalars(select(Reseller).order_by(Reseller.name, Reseller.id))]


def _code_taken(session: Session, code: str, probs: Problems, own_id: int | None = None) -> None:
    q = select(Reseller.id).where(Reseller.code == code)
    if own_id is not None:
        q = q.where(Reseller.id != own_id)
    if session.scalar(q) is not None:
        probs.add("exists", "code", kind="reseller", code=code)
    else:
        customer_codes.check_free(session, customer_codes.RESELLER, code, probs)


def add_reseller(session: Session, fields: Mapping[str, Any]) -> ResellerRecord:
    """Create a reseller from ``fields`` (keys of ``FIELDS``; code, name and currency required).

    Unless given: the hoster's language, billing mode ``reseller_bills``, tax treatment ``standard``, tax
    rate 0 and an invoice number format with the reseller's own prefix (``default_number_format``).
    Raises one ProrataError with every problem. Audited (action ``create``).
    """
    probs = Problems()
    check_keys(fields, FIELDS, probs, REQUIRED)
    h = hoster(session)
    enabled = enabled_currencies(session)
    clean = {k: checked(fields, k, probs, _CHECKS[k], enabled) for k in FIELDS}
    if clean["code"]:
        _code_taken(session, clean["code"], probs)
    from app.bundle.validate import reverse_charge_tax_id  # the bundle's whole checker: not for a list

    if clean["tax_id"] is not BAD and clean["tax_treatment"] is not BAD:
        reverse_charge_tax_id(clean["tax_treatment"], clean["tax_id"], "tax_id", probs)
    probs.raise_if_any()
    row = {**clean,
           "language": clean["language"] or h.language,
           "billing_mode": clean["billing_mode"] or BillingMode.RESELLER_BILLS.value,
           "tax_treatment": clean["tax_treatment"] or bs.DEFAULT_TREATMENT,
           "tax_rate": bs.DEFAULT_RATE if clean["tax_rate"] is None else clean["tax_rate"],
           "invoice_number_format": clean["invoice_number_format"]
           or default_number_format(clean["code"], h.invoice_number_format)}
    r = Reseller(**row)
    session.add(r)
    try:
        session.flush()
    except IntegrityError:  # a rival added the same code since we looked
        raise ProrataError.of("exists", "code", kind="reseller", code=clean["code"]) from None
    record = _record(session, r)
    audit.record(session, "create", "reseller", r.id, after={k: json_value(v) for k, v in row.items()},
                 reseller_id=r.id)
    return record


def _uses(session: Session, r: Reseller) -> str | None:
    """What ties a reseller's code and currency ("2 companies, 1 invoice"), or None."""
    companies = session.scalar(select(func.count()).select_from(Company).where(Company.reseller_id == r.id))
    invoices = session.scalar(select(func.count()).select_from(Invoice).where(or_(
        Invoice.reseller_id == r.id, Invoice.issuer_reseller_id == r.id, Invoice.customer_reseller_id == r.id)))
    parts = [f"{n} {one if n == 1 else many}" for n, one, many in ((companies, "company", "companies"),
                                                                     (invoices, "invoice", "invoices")) if n]
    return ", ".join(parts) or None


def _check_mode_change(session: Session, r: Reseller, probs: Problems) -> None:
    """A billing mode change applies to the invoices made from then on; every invoice made before it keeps the
    mode it was made under: its accruals (the reseller's costs or margins) are settled by their kind, the VAT
    of its documents is passed on if the hoster collected them, its payments go to whoever collects it
    (app/billing/settlement.py, app/payments/processors/routing.py). So the change waits while an invoice of
    its companies is made but not issued: a draft (its accruals were made under the mode it would leave; issue
    it, or delete it so the next run makes it again), or a deferred invoice (a later invoice, made under the
    new mode, would carry its lines, which accrued under the old one)."""
    counts = dict(session.execute(
        select(Invoice.status, func.count()).where(
            Invoice.issuer_reseller_id == r.id, Invoice.company_id.is_not(None),
            Invoice.status.in_((Status.DRAFT.value, Status.DEFERRED.value))).group_by(Invoice.status)).all())
    drafts, deferred = counts.get(Status.DRAFT.value, 0), counts.get(Status.DEFERRED.value, 0)
    if drafts or deferred:
        probs.add("reseller_mode_pending", "billing_mode", code=r.code, drafts=drafts, deferred=deferred)


def edit_reseller(session: Session, code: str, changes: Mapping[str, Any],
                  expected_version: int | None = None) -> ResellerRecord:
    """Change the given fields of reseller ``code``; a None (or empty optional text) clears an optional field.

    Code and currency are refused once the reseller has companies or invoices; the billing mode while its
    companies have draft or deferred invoices (``_check_mode_change``). ``expected_version``: the
    version the person saw; without it, the version read now. The save is refused (``row_changed_meanwhile``,
    naming who and when) if the row changed since. Audited (action ``edit``, only the changed fields).
    """
    r = _find(session, code)
    probs = Problems()
    check_keys(changes, FIELDS, probs)
    enabled = enabled_currencies(session)
    clean: dict[str, Any] = {}
    for key in FIELDS:
        if key not in changes:
            continue
        if changes[key] is None:
            if key in CLEARABLE:
                clean[key] = None
            else:
                probs.add("missing", key, field=key)
            continue
        value = checked(changes, key, probs, _CHECKS[key], enabled)
        if value is not BAD and not (value is None and key not in CLEARABLE):
            clean[key] = value
    if clean.get("code") and clean["code"] != r.code:
        _code_taken(session, clean["code"], probs, r.id)
    for key in ("code", "currency"):
        if key in clean and clean[key] != getattr(r, key):
            uses = _uses(session, r)
            if uses:
                probs.add("reseller_in_use", key, field=key, code=r.code, uses=uses)
    if clean.get("billing_mode") and clean["billing_mode"] != r.billing_mode:
        _check_mode_change(session, r, probs)
    from app.bundle.validate import reverse_charge_tax_id

    if ("tax_id" in clean or "tax_treatment" in clean) and all(k in clean or k not in changes
                                                               for k in ("tax_id", "tax_treatment")):
        reverse_charge_tax_id(clean.get("tax_treatment", r.tax_treatment), clean.get("tax_id", r.tax_id), "tax_id",
                              probs)  # as the reseller would be; one refused already is not checked again
    probs.raise_if_any()
    before, after = diff(r, clean)
    if not after:
        return _record(session, r)
    version = r.version if expected_version is None else expected_version
    values = {k: clean[k] for k in after}
    try:
        update_if_version(session, Reseller, r.id, version, values, entity="reseller", kind="reseller",
                          code=r.code)
    except IntegrityError:  # a rival took the new code since we looked
        raise ProrataError.of("exists", "code", kind="reseller", code=clean.get("code")) from None
    audit.record(session, "edit", "reseller", r.id, before=before, after=after, reseller_id=r.id)
    session.refresh(r)
    return _record(session, r)
