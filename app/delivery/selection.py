"""Which invoices go out, and how: issued invoices to companies, by e-mail or by post as the company chose.

By e-mail: the company's ``delivery`` is ``email`` and its issuer's ``email_delivery`` switch is on (a
reseller's None follows the hoster's, as app/services/billing_settings.py reads it). An invoice whose
issuer has the switch off is held, not moved to the post: the issuer has said it delivers those itself.
By post: the company's ``delivery`` is ``post``. Invoices to resellers (wholesale invoices, statements) are
not delivered here.

Named invoices (``refs``) that cannot go the asked way are returned as held with the reason, never dropped
silently; a batch by date leaves them out without a word (they are someone else's channel).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import MESSAGES, Problem
from app.models import Company, Delivery, Hoster, Invoice, Reseller

ISSUED_STATES = ("issued", "partially_paid", "paid", "void")

MESSAGES.setdefault("held_not_issued", "{invoice} is {status}: only issued invoices are delivered")
MESSAGES.setdefault("held_not_company", "{invoice} is addressed to a reseller: only invoices to companies are "
                                        "delivered by Prorata")
MESSAGES.setdefault("held_by_post", "{invoice} goes to {customer} by post: it is in the print batch "
                                    "(`prorata post batch`)")
MESSAGES.setdefault("held_by_email", "{invoice} goes to {customer} by e-mail (`prorata send`)")
MESSAGES.setdefault("held_switch_off", "{invoice} is not sent: e-mail delivery is off for {issuer} "
                                       "(`prorata settings set {issuer} email_delivery on`)")


@dataclass(frozen=True)
class Due:
    """An invoice to deliver, with what the message or the envelope needs."""

    invoice_id: int
    reseller_id: int | None
    issuer_key: str
    issuer: str  # "hoster" or the reseller's code
    number: str
    kind: str
    status: str
    language: str
    currency: str
    total: Decimal
    issue_date: date | None
    customer_code: str
    customer_name: str
    email: str | None
    address: dict | None


@dataclass(frozen=True)
class Held:
    invoice_id: int
    number: str
    problem: Problem

    @property
    def text(self) -> str:
        return self.problem.message()


@dataclass
class Selection:
    due: list[Due] = field(default_factory=list)
    held: list[Held] = field(default_factory=list)


def _issuers(session: Session) -> tuple[dict[str, str], dict[str, bool]]:
    """issuer key -> code, and issuer key -> whether it sends e-mail (the switch, a reseller's None following
    the hoster's)."""
    hoster = session.get(Hoster, 1)
    own = bool(hoster.email_delivery) if hoster is not None else True
    codes, switch = {"hoster": "hoster"}, {"hoster": own}
    for rid, code, value in session.execute(select(Reseller.id, Reseller.code, Reseller.email_delivery)):
        codes[f"reseller:{rid}"] = code
        switch[f"reseller:{rid}"] = own if value is None else bool(value)
    return codes, switch


def _query(since: date | None, until: date | None, ids: list[int] | None, issuer_key: str | None):
    q = (select(Invoice, Company).outerjoin(Company, Company.id == Invoice.company_id)
         .order_by(Invoice.issue_date, Invoice.id))
    if ids is not None:
        q = q.where(Invoice.id.in_(ids))
    else:
        q = q.where(Invoice.status.in_(ISSUED_STATES), Invoice.company_id.is_not(None))
    if since is not None:
        q = q.where(Invoice.issue_date >= since)
    if until is not None:
        q = q.where(Invoice.issue_date <= until)
    if issuer_key is not None:
        q = q.where(Invoice.issuer_key == issuer_key)
    return q


def _label(inv: Invoice) -> str:
    return inv.number or f"draft #{inv.id}"


def select_due(session: Session, channel: str, *, since: date | None = None, until: date | None = None,
               refs: list[str] = (), issuer: str | None = None) -> Selection:
    """The invoices to deliver on ``channel`` ("email" or "post"): ``refs`` (numbers, ISSUER:NUMBER or ids)
    when given, else every issued invoice to a company in the date range, by issue date."""
    from app.services import invoices
    from app.services.documents import issuer_of

    codes, switch = _issuers(session)
    ids = None
    if refs:
        ids = list(dict.fromkeys(invoices.find(session, ref, issuer).id for ref in refs))
    issuer_key = issuer_of(session, issuer)[0] if issuer and not refs else None
    out = Selection()
    for inv, company in session.execute(_query(since, until, ids, issuer_key)).all():
        why = _why_not(inv, company, channel, codes, switch)
        if why is not None:
            if refs:
                out.held.append(Held(inv.id, _label(inv), why))
            continue
        out.due.append(Due(inv.id, inv.reseller_id, inv.issuer_key, codes.get(inv.issuer_key, inv.issuer_key),
                           inv.number, inv.kind, inv.status, inv.language, inv.currency, inv.total,
                           inv.issue_date, company.code, company.name, company.email, company.address))
    return out


def _why_not(inv: Invoice, company: Company | None, channel: str, codes: dict[str, str],
             switch: dict[str, bool]) -> Problem | None:
    label = _label(inv)
    if inv.status not in ISSUED_STATES:
        return Problem("held_not_issued", {"invoice": label, "status": inv.status})
    if company is None:
        return Problem("held_not_company", {"invoice": label})
    params: dict[str, Any] = {"invoice": label, "customer": company.code}
    if channel == "email":
        if company.delivery != Delivery.EMAIL.value:
            return Problem("held_by_post", params)
        if not switch.get(inv.issuer_key, True):
            return Problem("held_switch_off", {"invoice": label, "issuer": codes.get(inv.issuer_key)})
    elif company.delivery != Delivery.POST.value:
        return Problem("held_by_email", params)
    return None
