"""SEPA direct debit mandates: a company's authorisation for its creditor to collect from its account.

The creditor is whoever collects the company's invoices (app/payments/processors/routing.py) when the
mandate is signed; a mandate only serves collections by that creditor. A company has at most one active
mandate per creditor (revoke the old one to give a new one). The IBAN and BIC are checked by schwifty, the
reference against the SEPA character set (35 characters at most), unique per creditor.

A recurring mandate's first collection is sent as FRST, every later one as RCUR (the mandate moves on when
its first debit is submitted, and back to FRST when that first debit comes back); a one-off mandate is
collected once (OOFF) and is then used up.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, reseller_key
from app.errors import MESSAGES, ProrataError
from app.models import Company
from app.models.base import utcnow
from app.models.processors import Mandate, MandateStatus
from app.payments.processors.routing import collector_of
from app.payments.sepa import identifiers
from app.services import audit
from app.values.dates import check_date
from app.values.text import check_text

MESSAGES.setdefault("mandate_exists", "{creditor} already has a mandate with the reference {reference}")
MESSAGES.setdefault("mandate_active", "{company} already has an active mandate with {creditor} ({reference}): "
                                      "revoke it first with `prorata mandates revoke {reference}`")
MESSAGES.setdefault("mandate_signed_later", "a mandate signed on {signed} cannot be recorded on {today}: the "
                                            "signature date is in the future")
MESSAGES.setdefault("mandate_not_active", "mandate {reference} is {status}")


def _creditor(session: Session, company: Company) -> str:
    return collector_of(session, reseller_key(company.reseller_id) if company.reseller_id else HOSTER_KEY)


def add(session: Session, company: str, reference: str, iban: str, signed_on: date, *, bic: str | None = None,
        recurring: bool = True, debtor_name: str | None = None, today: date | None = None,
        actor: str | None = None) -> Mandate:
    """Record a signed mandate of ``company`` (its code) to whoever collects for it. Refused, nothing
    written, for a bad IBAN, BIC or reference, a signature date in the future, a reference the creditor
    already used, or a second active mandate."""
    from app.payments.accounts import issuer_names

    actor = actor or audit.current_actor(session)
    c = session.scalars(select(Company).where(Company.code == company)).first()
    if c is None:
        raise ProrataError.of("not_found", kind="company", code=company)
    ref = identifiers.reference(reference, "mandate reference", "--reference")
    compact_iban = identifiers.iban(iban, "--iban")
    compact_bic = identifiers.bic(bic, "--bic")
    check_date(signed_on, "--signed")
    today = today or date.today()
    if signed_on > today:
        raise ProrataError.of("mandate_signed_later", "--signed", signed=signed_on.isoformat(),
                              today=today.isoformat())
    name = check_text((debtor_name or c.name).strip()[:70], "--name", field="the debtor's name")
    creditor = _creditor(session, c)
    names = issuer_names(session)
    active = session.scalars(select(Mandate).where(Mandate.company_id == c.id, Mandate.creditor_key == creditor,
                                                   Mandate.status == MandateStatus.ACTIVE.value)).first()
    if active is not None:
        raise ProrataError.of("mandate_active", company=c.code, creditor=names(creditor), reference=active.reference)
    row = Mandate(reseller_id=c.reseller_id, company_id=c.id, creditor_key=creditor, reference=ref, debtor_name=name,
                  iban=compact_iban, bic=compact_bic, signed_on=signed_on, recurring=recurring,
                  sequence="FRST" if recurring else "OOFF", status=MandateStatus.ACTIVE.value, actor=actor,
                  created_at=utcnow(), version=1)
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        raise ProrataError.of("mandate_exists", "--reference", creditor=names(creditor), reference=ref) from None
    audit.record(session, "create", "mandate", row.id, after=as_json(session, row), reseller_id=c.reseller_id,
                 actor=actor)
    return row


def find(session: Session, reference: str, company: str | None = None) -> Mandate:
    q = select(Mandate).where(Mandate.reference == reference.strip())
    if company is not None:
        q = q.join(Company, Company.id == Mandate.company_id).where(Company.code == company)
    found = list(session.scalars(q.order_by(Mandate.id)))
    if not found:
        raise ProrataError.of("not_found", kind="mandate", code=reference)
    return found[-1]


def revoke(session: Session, reference: str, *, actor: str | None = None) -> Mandate:
    m = find(session, reference)
    if m.status != MandateStatus.ACTIVE.value:
        raise ProrataError.of("mandate_not_active", reference=m.reference, status=m.status)
    set_status(session, m, MandateStatus.REVOKED.value, actor=actor, why="revoked")
    return m


def set_status(session: Session, m: Mandate, status: str, *, actor: str | None = None, why: str) -> None:
    """One conditional write from the status read; a rival's change meanwhile is refused in words."""
    from app.services.row_version import update_if_version

    before = m.status
    update_if_version(session, Mandate, m.id, m.version, {"status": status}, entity="mandate", kind="mandate",
                      code=m.reference)
    session.refresh(m)
    audit.record(session, "set", "mandate", m.id, before={"status": before}, after={"status": status, "why": why},
                 reseller_id=m.reseller_id, actor=actor)


def set_sequence(session: Session, m: Mandate, sequence: str) -> None:
    """FRST -> RCUR once its first debit is submitted (RCUR -> FRST when that one comes back)."""
    t = Mandate.__table__
    session.execute(update(t).where(t.c.id == m.id).values(sequence=sequence, version=t.c.version + 1))
    session.refresh(m)


def active_for(session: Session, company_ids: list[int], creditor_key: str) -> dict[int, Mandate]:
    """company id -> its active mandate with ``creditor_key``, as it is now."""
    out: dict[int, Mandate] = {}
    for start in range(0, len(company_ids), 500):
        out.update((m.company_id, m) for m in session.scalars(
            select(Mandate).where(Mandate.company_id.in_(company_ids[start:start + 500]),
                                  Mandate.creditor_key == creditor_key, Mandate.status == MandateStatus.ACTIVE.value)
            .execution_options(populate_existing=True)))
    return out


def as_json(session: Session, m: Mandate) -> dict:
    from app.payments.accounts import issuer_names

    return {"id": m.id, "company": session.scalar(select(Company.code).where(Company.id == m.company_id)),
            "creditor": issuer_names(session)(m.creditor_key), "reference": m.reference, "debtor": m.debtor_name,
            "iban": m.iban, "bic": m.bic, "signed_on": m.signed_on.isoformat(),
            "type": "recurring" if m.recurring else "one-off", "sequence": m.sequence, "status": m.status}


def list_json(session: Session, company: str | None = None) -> list[dict]:
    q = select(Mandate).order_by(Mandate.id)
    if company is not None:
        q = q.join(Company, Company.id == Mandate.company_id).where(Company.code == company)
    return [as_json(session, m) for m in session.scalars(q)]
