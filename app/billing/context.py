"""What a billing run reads once: issuers, customers, plans, prices, minimums,
and how far each customer has been billed."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.billing.assembly import Minimum
from app.billing.pricebook import PriceBook
from app.company_state import Event
from app.errors import MESSAGES, ProrataError
from app.models import (BilledPeriod, Company, CompanyEvent, Hoster, MinimumCharge, Plan, Reseller)
from app.storage.bulk import fetch_rows

MESSAGES.setdefault("invoicing_off", "invoicing is switched off for the hoster: no billing run (switch it on "
                                    "with `prorata settings set hoster invoicing on`)")

HOSTER_KEY = "hoster"


def reseller_key(reseller_id: int) -> str:
    return f"reseller:{reseller_id}"


def company_key(company_id: int) -> str:
    return f"company:{company_id}"


@dataclass(frozen=True)
class CompanyRow:
    id: int
    code: str
    name: str
    reseller_id: int | None
    currency: str
    language: str
    billing_day: int | None
    signup: date
    tax_treatment: str
    tax_rate: Decimal | None


@dataclass(frozen=True)
class Issuer:
    key: str
    reseller_id: int | None
    code: str  # "hoster" or the reseller's code
    tax_rate: Decimal
    number_format: str


@dataclass
class RunContext:
    hoster: Hoster
    resellers: dict[int, Reseller]
    bases: dict[int, str]
    plan_codes: dict[int, str]
    plan_names: dict[int, dict]
    book: PriceBook
    minimums: dict[str, dict[str, Minimum]]
    last_billed: dict[str, date] = field(default_factory=dict)
    # Per customer key: the newest event its last billed period saw (None: billed before this was kept).
    seen_through: dict[str, int | None] = field(default_factory=dict)
    # The newest event a run bills with (``events_cutoff``): later ones wait for the next run, as late
    # changes if need be. None: every event (previews outside a run).
    events_through: int | None = None

    def issuer_for(self, company: CompanyRow) -> Issuer:
        """Direct companies: the hoster. A reseller's companies: invoices in the reseller's name."""
        if company.reseller_id is None:
            return self.hoster_issuer()
        r = self.resellers[company.reseller_id]
        return Issuer(reseller_key(r.id), r.id, r.code, r.tax_rate or Decimal(0), r.invoice_number_format)

    def hoster_issuer(self) -> Issuer:
        h = self.hoster
        return Issuer(HOSTER_KEY, None, "hoster", h.tax_rate or Decimal(0), h.invoice_number_format)

    def invoicing_on(self, reseller_id: int | None) -> bool:
        if reseller_id is not None:
            own = self.resellers[reseller_id].invoicing
            if own is not None:
                return own
        return self.hoster.invoicing


def load_context(session: Session) -> RunContext:
    hoster = session.get(Hoster, 1)
    if hoster is None:
        raise ProrataError.of("no_hoster")
    resellers = {r.id: r for r in session.scalars(select(Reseller))}
    plans = list(session.execute(select(Plan.id, Plan.code, Plan.basis, Plan.name)))
    minimums: dict[str, dict[str, Minimum]] = {}
    for m in session.scalars(select(MinimumCharge)):
        minimums.setdefault(m.issuer_key, {})[m.currency] = Minimum(m.amount, m.policy)
    # Each customer's newest billed period: its boundary and the newest event it saw.
    newest = (select(BilledPeriod.customer_key, func.max(BilledPeriod.boundary).label("boundary"))
              .group_by(BilledPeriod.customer_key).subquery())
    last, seen = {}, {}
    for key, day, through in session.execute(
            select(BilledPeriod.customer_key, BilledPeriod.boundary, BilledPeriod.events_through)
            .join(newest, (newest.c.customer_key == BilledPeriod.customer_key)
                  & (newest.c.boundary == BilledPeriod.boundary))):
        last[key], seen[key] = day, through
    return RunContext(
        hoster=hoster, resellers=resellers,
        bases={p.id: p.basis for p in plans}, plan_codes={p.id: p.code for p in plans},
        plan_names={p.id: p.name for p in plans}, book=PriceBook.load(session),
        minimums=minimums, last_billed=last, seen_through=seen,
    )


def events_cutoff(session: Session) -> int:
    """The newest recorded event, once no transaction is still writing events (PostgreSQL hands out ids
    before commit, so a lower id could still appear; a SHARE lock waits for those writers)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE company_events IN SHARE MODE"))
    return session.scalar(select(func.max(CompanyEvent.id))) or 0


def load_companies(session: Session, code: str | None = None) -> list[CompanyRow]:
    q = select(Company.id, Company.code, Company.name, Company.reseller_id, Company.currency, Company.language,
               Company.billing_day, Company.signup, Company.tax_treatment, Company.tax_rate).order_by(Company.id)
    if code is not None:
        q = q.where(Company.code == code)
    rows = [CompanyRow(*r) for r in session.execute(q)]
    if code is not None and not rows:
        raise ProrataError.of("not_found", kind="company", code=code)
    return rows


def load_events(session: Session, company_ids: list[int], until: date,
                through: int | None = None) -> dict[int, list[Event]]:
    """Each company's events dated on or before ``until`` (and recorded up to event id ``through``), in
    effective order."""
    out: dict[int, list[Event]] = {cid: [] for cid in company_ids}
    e = CompanyEvent.__table__.c
    q = (select(e.company_id, e.date, e.type, e.plan_id, e.to_plan_id, e.quantity, e.user_id, e.code,
                e.amount, e.recurring, e.currency, e.description, e.id)
         .where(e.company_id.in_(company_ids), e.date <= until)
         .order_by(e.company_id, e.date, e.id))
    if through is not None:
        q = q.where(e.id <= through)
    rows = fetch_rows(session.connection(), q)  # millions of rows: no per-row ORM or Core processing
    make = Event._make
    for row in rows:
        out[row[0]].append(make(row[1:]))
    return out
