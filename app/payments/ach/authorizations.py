"""A company's authorisation to debit its US bank account by ACH, to whoever collects for it.

The routing number is checked (nine digits, the last the check digit of the other eight: weights 3, 7, 1)
and the account number (1 to 17 digits) before anything is written; a company has at most one active
authorisation per creditor, as with SEPA mandates.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import MESSAGES, ProrataError
from app.models import Company
from app.models.ach import AchAccountType, AchAuthorization
from app.models.base import utcnow
from app.payments.ach.nacha import routing_ok
from app.payments.sepa.mandates import _creditor
from app.services import audit
from app.values.dates import check_date
from app.values.text import check_text

MESSAGES.setdefault("ach_routing_bad", "{value!r} is not a US routing number: nine digits whose last is the check "
                                       "digit of the others (a digit was mistyped?)")
MESSAGES.setdefault("ach_account_bad", "{value!r} is not a US bank account number: 1 to 17 digits")
MESSAGES.setdefault("ach_authorization_active", "{company} already has an active ACH authorisation with "
                                                "{creditor}: revoke it first")


def routing_number(value: str, where: str = "routing number") -> str:
    compact = "".join(str(value).split()).replace("-", "")
    if not routing_ok(compact):
        raise ProrataError.of("ach_routing_bad", where, value=value)
    return compact


def account_number(value: str, where: str = "account number") -> str:
    compact = "".join(str(value).split()).replace("-", "")
    if not (1 <= len(compact) <= 17 and compact.isascii() and compact.isdigit()):
        raise ProrataError.of("ach_account_bad", where, value=value)
    return compact


def add(session: Session, company: str, routing: str, account: str, signed_on: date, *,
        account_type: str = AchAccountType.CHECKING.value, holder_name: str | None = None,
        today: date | None = None, actor: str | None = None) -> AchAuthorization:
    """Record ``company``'s signed authorisation to debit its account, to whoever collects for it."""
    from app.payments.accounts import issuer_names

    actor = actor or audit.current_actor(session)
    c = session.scalars(select(Company).where(Company.code == company)).first()
    if c is None:
        raise ProrataError.of("not_found", kind="company", code=company)
    routing = routing_number(routing, "--routing")
    account = account_number(account, "--account")
    if account_type not in {t.value for t in AchAccountType}:
        raise ProrataError.of("bad_value", "--type", value=account_type,
                              allowed=", ".join(t.value for t in AchAccountType))
    check_date(signed_on, "--signed")
    if signed_on > (today or date.today()):
        raise ProrataError.of("mandate_signed_later", "--signed", signed=signed_on.isoformat(),
                              today=(today or date.today()).isoformat())
    name = check_text((holder_name or c.name).strip(), "--name", field="the account holder's name")[:22]
    creditor = _creditor(session, c)
    if session.scalars(select(AchAuthorization.id).where(AchAuthorization.company_id == c.id,
                                                         AchAuthorization.creditor_key == creditor,
                                                         AchAuthorization.status == "active")).first():
        raise ProrataError.of("ach_authorization_active", company=c.code, creditor=issuer_names(session)(creditor))
    row = AchAuthorization(reseller_id=c.reseller_id, company_id=c.id, creditor_key=creditor, holder_name=name,
                           routing_number=routing, account_number=account, account_type=account_type,
                           signed_on=signed_on, status="active", actor=actor, created_at=utcnow(), version=1)
    session.add(row)
    session.flush()
    audit.record(session, "create", "ach_authorization", row.id,
                 after={"company": c.code, "routing": routing, "account": f"…{account[-4:]}",
                        "type": account_type, "signed_on": signed_on.isoformat()},
                 reseller_id=c.reseller_id, actor=actor)
    return row


def active_for(session: Session, company_ids: list[int], creditor_key: str) -> dict[int, AchAuthorization]:
    """company id -> its active authorisation with ``creditor_key``."""
    out: dict[int, AchAuthorization] = {}
    for start in range(0, len(company_ids), 500):
        for a in session.scalars(select(AchAuthorization).where(
                AchAuthorization.company_id.in_(company_ids[start:start + 500]),
                AchAuthorization.creditor_key == creditor_key, AchAuthorization.status == "active")):
            out[a.company_id] = a
    return out
