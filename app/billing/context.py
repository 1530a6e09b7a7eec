"""What a billing run reads once: issuers, customers, plans, prices, minimums,
and how far each customer has been billed.

A company's seller (the hoster, or a reseller) is the one of its signup until a
``move`` event: each move's ``code`` names the seller from its date on by key
(``hoster``, ``reseller:<id>``: the issuer keys), its ``reseller_id`` the seller
it leaves. ``CompanyRow.first_seller`` is the seller at signup of a company that
ever moved (None for the others, which their row's ``reseller_id`` sells
throughout), and ``for_seller`` the row as one of its sellers bills it."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from functools import cached_property

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.billing.assembly import Minimum
from app.billing.periods import MONTHLY, Schedule
from app.billing.pricebook import PriceBook
from app.company_state import SCHEDULE_EVENT_TYPES, Event
from app.errors import MESSAGES, ProrataError
from app.models import (BilledPeriod, Company, CompanyEvent, Hoster, Invoice, InvoiceLine, Layer, MinimumCharge,
                        Plan, Price, Reseller, Status)
from app.models.events import SCHEDULE_OR_MOVE
from app.storage.bulk import fetch_rows, ids_written_in

MESSAGES.setdefault("invoicing_off", "invoicing is switched off for the hoster: no billing run (switch it on "
                                    "with `prorata settings set hoster invoicing on`)")

HOSTER_KEY = "hoster"


def reseller_key(reseller_id: int) -> str:
    return f"reseller:{reseller_id}"


def company_key(company_id: int) -> str:
    return f"company:{company_id}"


def seller_key(reseller_id: int | None) -> str:
    """The key of a seller (the issuer key): ``hoster`` or ``reseller:<id>``."""
    return HOSTER_KEY if reseller_id is None else reseller_key(reseller_id)


def seller_id(key: str) -> int | None:
    """The reseller id of a seller key (None: the hoster)."""
    return None if key == HOSTER_KEY else int(key.split(":", 1)[1])


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
    term: str = MONTHLY  # at signup
    changes: tuple[Event, ...] = ()  # its ``term`` and ``billing_day`` events
    # A company that moved: the seller key at signup, and every seller key of its history (first first).
    first_seller: str | None = None
    sellers: tuple[str, ...] = ()

    def seller_on(self, events: list[Event], day: date) -> str:
        """The key of the seller on ``day`` (from the start of the day), by the moves among ``events``."""
        key = self.first_seller or seller_key(self.reseller_id)
        for e in events:
            if e.date > day:
                break
            if e.type == "move" and e.code:
                key = e.code
        return key

    def for_seller(self, key: str) -> "CompanyRow":
        """The row as the seller ``key`` bills it: its ``reseller_id`` is that seller's."""
        return replace(self, reseller_id=seller_id(key))

    @property
    def seller(self) -> str | None:
        """The key of the seller whose bill this row makes, for a company that moved (else None)."""
        return seller_key(self.reseller_id) if self.first_seller is not None else None

    @cached_property
    def schedule(self) -> Schedule:
        """Its boundaries (``periods.Schedule``), worked out once."""
        return Schedule(self.signup, self.billing_day, self.term, self.changes)


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
    # Per customer key: the boundary at which this run could not bill the company (it failed, or waits for a
    # seller with invoicing off). Its later boundaries wait too: billed past, that period would never be billed
    # (a run bills the boundaries after the last billed one).
    stopped: dict[str, date] = field(default_factory=dict)
    # Per company id: the days its credited invoices billed (``credited_days``), which late changes no longer
    # correct (app/billing/corrections.py).
    credited: dict[int, "CreditedDays"] = field(default_factory=dict)
    # Per reseller id (None: the hoster): its ``Issuer``, made once (the context's sellers are read once).
    _issuers: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def issuer_for(self, company: CompanyRow) -> Issuer:
        """Direct companies: the hoster. A reseller's companies: invoices in the reseller's name."""
        issuer = self._issuers.get(company.reseller_id)
        if issuer is None:
            issuer = self._issuers[company.reseller_id] = self._issuer_of(company.reseller_id)
        return issuer

    def _issuer_of(self, reseller_id: int | None) -> Issuer:
        if reseller_id is None:
            return self.hoster_issuer()
        r = self.resellers[reseller_id]
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
        minimums=minimums, last_billed=last, seen_through=seen, credited=credited_days(session),
    )


def load_company_context(session: Session, company: CompanyRow) -> RunContext:
    """What billing one company needs, read for it alone (its seller, its prices, its own billed periods):
    a preview on a database of 100,000 companies reads a few rows, not every price and every billed period.
    ``events_through`` is None (every event)."""
    hoster = session.get(Hoster, 1)
    if hoster is None:
        raise ProrataError.of("no_hoster")
    keys = company.sellers or (seller_key(company.reseller_id),)  # a company that moved: each of its sellers
    rids = [seller_id(k) for k in keys if k != HOSTER_KEY]
    resellers = {r.id: r for r in session.scalars(select(Reseller).where(Reseller.id.in_(rids)))} if rids else {}
    plans = list(session.execute(select(Plan.id, Plan.code, Plan.basis, Plan.name)))
    minimums: dict[str, dict[str, Minimum]] = {}
    for m in session.scalars(select(MinimumCharge).where(MinimumCharge.issuer_key.in_(list(keys)))):
        minimums.setdefault(m.issuer_key, {})[m.currency] = Minimum(m.amount, m.policy)
    p = Price.__table__.c
    seller = p.reseller_id.in_(rids) if rids else p.reseller_id.is_(None)
    if rids and HOSTER_KEY in keys:
        seller = seller | p.reseller_id.is_(None)
    wanted = ((p.layer == Layer.COMPANY_OVERRIDE.value) & (p.company_id == company.id)) \
        | ((p.layer == Layer.RETAIL.value) & seller)
    if rids:
        wanted = wanted | ((p.layer == Layer.WHOLESALE_OVERRIDE.value) & p.reseller_id.in_(rids)) \
            | (p.layer == Layer.WHOLESALE.value)
    book = PriceBook()
    for row in session.execute(select(p.layer, p.plan_id, p.currency, p.amount, p.valid_from, p.reseller_id,
                                      p.company_id).where(wanted)):
        book.add(*row)
    book.plan_codes = {pl.id: pl.code for pl in plans}
    key = company_key(company.id)
    last, seen = {}, {}
    b = BilledPeriod.__table__.c
    newest = session.execute(select(b.boundary, b.events_through).where(b.customer_key == key)
                             .order_by(b.boundary.desc()).limit(1)).first()
    if newest is not None:
        last[key], seen[key] = newest
    return RunContext(
        hoster=hoster, resellers=resellers,
        bases={pl.id: pl.basis for pl in plans}, plan_codes={pl.id: pl.code for pl in plans},
        plan_names={pl.id: pl.name for pl in plans}, book=book,
        minimums=minimums, last_billed=last, seen_through=seen, credited=credited_days(session, [company.id]),
    )


# Per (issuer key, currency): the days (first, day after the last) each line of a credited invoice billed,
# with that invoice's number and the line's plan and extra code.
# (issuer key, currency) -> (first day, day after the last, credited invoice's number, plan, extra, the id of
# the credit note that voided it) of each line of its credited invoices
CreditedDays = dict[tuple[str, str], list[tuple[date, date, str, int | None, str | None, int | None]]]


def credited_days(session: Session, company_ids: list[int] | None = None) -> dict[int, CreditedDays]:
    """Per company id (of ``company_ids``, or every one): the days billed by its invoices that a credit note
    voided (``invoices credit``, ``invoices modify``): each dated line's, corrections and the lines of deferred
    invoices it carried included. Read in one query through the invoices' status: few invoices are void."""
    i, ln = Invoice.__table__.c, InvoiceLine.__table__.c
    n = Invoice.__table__.alias("n").c
    note = select(func.max(n.id)).where(n.credits_id == i.id).scalar_subquery()
    q = (select(i.company_id, i.issuer_key, i.currency, ln.start, ln.end, i.number, ln.plan_id, ln.extra_code, note)
         .join_from(Invoice.__table__, InvoiceLine.__table__, ln.invoice_id == i.id)
         .where(i.status == Status.VOID.value, i.company_id.is_not(None), ln.start.is_not(None),
                ln.end.is_not(None)))
    if company_ids is not None:
        q = q.where(i.company_id.in_(company_ids))
    out: dict[int, CreditedDays] = {}
    for cid, issuer, currency, start, end, number, plan_id, extra_code, note_id in session.execute(q):
        out.setdefault(cid, {}).setdefault((issuer, currency), []).append(
            (start, end, number or "", plan_id, extra_code, note_id))
    return out


def events_cutoff(session: Session) -> int:
    """The newest recorded event, once no transaction is still writing events (PostgreSQL hands out ids
    before commit, so a lower id could still appear; a SHARE lock waits for those writers)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("LOCK TABLE company_events IN SHARE MODE"))
    return session.scalar(select(func.max(CompanyEvent.id))) or 0


def load_companies(session: Session, code: str | None = None, through: int | None = None) -> list[CompanyRow]:
    """Companies (one, by ``code``), with their schedule changes recorded up to event id ``through``."""
    q = select(Company.id, Company.code, Company.name, Company.reseller_id, Company.currency, Company.language,
               Company.billing_day, Company.signup, Company.tax_treatment, Company.tax_rate,
               Company.term).order_by(Company.id)
    if code is not None:
        q = q.where(Company.code == code)
    rows = [CompanyRow(*r) for r in fetch_rows(session.connection(), q)]  # 100,000s: read as plain tuples
    if code is not None and not rows:
        raise ProrataError.of("not_found", kind="company", code=code)
    moves: dict[int, list[tuple]] = {}
    changes = load_schedule_changes(session, [rows[0].id] if code is not None else None, through, moves)
    if changes:
        rows = [replace(r, changes=tuple(changes[r.id])) if r.id in changes else r for r in rows]
    if moves:
        rows = [_with_moves(r, moves[r.id]) if r.id in moves else r for r in rows]
    return rows


def _with_moves(row: CompanyRow, moves: list[tuple]) -> CompanyRow:
    """The row of a company that moved: its seller at signup (the one its first move left) and all its
    sellers. ``moves``: (left reseller id, seller key moved to), in effective order, recorded at any time."""
    first = seller_key(moves[0][0])
    keys = [first] + [to for _, to in moves if to]
    return replace(row, first_seller=first, sellers=tuple(dict.fromkeys(keys)))


def load_schedule_changes(session: Session, company_ids: list[int] | None = None,
                          through: int | None = None, moves: dict | None = None) -> dict[int, list[Event]]:
    """Each company's ``term`` and ``billing_day`` events (few companies have any), by company id; with
    ``moves``, each company's ``move`` events go there as (left reseller id, seller key moved to), all of
    them (the seller at signup is the one the first left, whenever later moves were recorded).

    A boundary billed before a change was recorded never moves: a change recorded after the boundary it
    would take effect at was billed (an import, a change behind the service's back) is dated the day after
    the last boundary billed before it was recorded, so it takes effect at the first one not billed then."""
    e = CompanyEvent.__table__.c
    q = (select(e.company_id, e.date, e.type, e.code, e.quantity, e.id, e.reseller_id)
         .where(SCHEDULE_OR_MOVE).order_by(e.company_id, e.date, e.id))  # read through their own index
    if moves is None:
        q = q.where(e.type.in_(SCHEDULE_EVENT_TYPES))
    if company_ids is not None:
        q = q.where(e.company_id.in_(company_ids))
    out: dict[int, list[Event]] = {}
    for cid, day, typ, code, quantity, seq, left in session.execute(q):
        if typ == "move":
            moves.setdefault(cid, []).append((left, code))
        elif through is None or seq <= through:
            out.setdefault(cid, []).append(Event(day, typ, code=code, quantity=quantity, seq=seq))
    if not out:
        return out
    billed: dict[int, list[tuple[date, int | None]]] = {}
    b = BilledPeriod.__table__.c
    for cid, day, seen in session.execute(select(b.company_id, b.boundary, b.events_through)
                                          .where(b.company_id.in_(list(out)), b.customer_key.like("company:%"))):
        billed.setdefault(cid, []).append((day, seen))
    for cid, events in out.items():
        for i, ev in enumerate(events):
            before = [day for day, seen in billed.get(cid, ()) if seen is None or seen < ev.seq]
            if before and max(before) >= ev.date:
                events[i] = ev._replace(date=max(before) + timedelta(days=1))
    return out


def load_events(session: Session, company_ids: list[int], until: date,
                through: int | None = None, *, after: date | None = None) -> dict[int, list[Event]]:
    """Each company's events dated on or before ``until`` (and recorded up to event id ``through``; dated
    after ``after``, if given), in effective order."""
    out: dict[int, list[Event]] = {cid: [] for cid in company_ids}
    e = CompanyEvent.__table__.c
    q = (select(e.company_id, e.date, e.type, e.plan_id, e.to_plan_id, e.quantity, e.user_id, e.code,
                e.amount, e.recurring, e.currency, e.description, e.id)
         .where(e.company_id.in_(ids_written_in(company_ids)), e.date <= until)
         .order_by(e.company_id, e.date, e.id))
    if through is not None:
        q = q.where(e.id <= through)
    if after is not None:
        q = q.where(e.date > after)
    rows = fetch_rows(session.connection(), q)  # millions of rows: no per-row ORM or Core processing
    make = Event._make
    for row in rows:
        out[row[0]].append(make(row[1:]))
    return out
