"""Prices on billed days: a price change may not alter what is billed already.

A run prices a company's recurring lines at the boundary P and its proration lines at the boundary before
(``app.billing.lines``), so a boundary billed for a company used the prices in force on it and on days before
it. A price set, edited or removed from ``valid_from`` (None: since always) therefore changes billed amounts
when ``valid_from`` is on or before the last boundary billed for a company the price applies to and that
bills in its currency; from the day after that boundary on it changes only what is still to be billed.

Whom a price applies to, per layer (conservatively: a company that ever was with the seller counts):

- ``company_override``: that company;
- ``retail`` of a seller: the companies it sells, or sold before they moved (a ``move`` event left it);
- ``wholesale``: every reseller's companies, now or before a move (their cost accruals are written when the
  company is billed; a reseller's settlement only gathers those accruals and prices nothing itself);
- ``wholesale_override`` of a reseller: its companies, now or before a move.

A company counts for a currency when it signed up in it or has a currency change to it. The plan is not
looked at (a company's plans on a day come from its events: too costly to fold here), with one exception
that is exact: a retail or wholesale price series that had no price in force on ``valid_from`` billed
nothing from then until its next price (a company needing it would have failed to bill, not been billed),
so adding the first price of such a stretch is never refused. An override layer falls back to the layer
below it, so there the exception does not hold.

Every check reads through indexes (migration 0022), so its cost does not grow with the billed history: the
latest billed boundary of all companies first (a price set ahead of it, the usual case, stops there); then the
scope's companies in the currency, at most ``FEW`` of them (none: a currency nobody bills in stops there); when
there are that few, each one's latest boundaries by its key; when there are more, billed periods from the
latest boundary down until one of the scope's companies in the currency is met (with that many, soon; each
company is looked up per period: a join made SQLite read every company first). On the 100,000-company
benchmark (190,000 billed periods) a change that is taken costs under a millisecond of CPU, a refused one
5 to 12 ms (SQLite; 10 to 20 ms on PostgreSQL). ``problems`` asks once per scope and currency, however many
prices it checks (the latest boundary on or after a later start is the same one, or none).

A change holds a share of the billing run lock from its check until its transaction ends
(``app.billing.run_lock.held_against_runs``), and is refused while a run holds the lock: a run that read the
prices before the change and billed after it would otherwise have billed days at a price the change replaced.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from sqlalchemy import exists, func, or_, select, text
from sqlalchemy.orm import Session

from app.billing.context import company_key
from app.billing.run_lock import held_against_runs
from app.errors import MESSAGES, Problem, ProrataError
from app.models import BilledPeriod, Company, CompanyEvent, EventType, Layer, Price
from app.models.events import SCHEDULE_OR_MOVE

MESSAGES.setdefault("price_billed", "the price from {date} would change what is billed already (company {company} "
                                    "is billed up to {billed}): set it from {next} or later")
MESSAGES.setdefault("price_billed_undated", "a price with no start date would change what is billed already "
                                            "(company {company} is billed up to {billed}): set it from {next} "
                                            "or later")
MESSAGES.setdefault("price_removal_billed", "the price cannot be removed: it applies to days billed already "
                                            "(company {company} is billed up to {billed}); set the price that "
                                            "should follow it from {next} or later instead")
MESSAGES.setdefault("price_run_in_progress", "a billing run is in progress on this database: prices cannot "
                                             "change until it has finished; try again then")

# The partial indexes' conditions (migration 0022), literal so that SQLite sees the indexes apply.
COMPANY_PERIOD = text("billed_periods.company_id IS NOT NULL")
CURRENCY_CHANGE = text("company_events.type = 'currency'")
# Up to this many companies of a scope in a currency are looked up one by one; more are met walking the boundaries.
FEW = 2000


@dataclass(frozen=True)
class Billed:
    """The company of a price's scope billed the furthest on or after the price's start, and up to when."""

    company: str
    boundary: date

    @property
    def next_day(self) -> date:
        """The first day a price may start from without changing what is billed."""
        return self.boundary + timedelta(days=1)


def _seller(layer: str, reseller_id: int | None):
    """Who sells the layer's companies now, as a condition on ``companies.reseller_id``; and on a ``move``
    event's ``reseller_id`` (the seller it left)."""
    if layer == Layer.WHOLESALE.value:
        return Company.reseller_id.is_not(None), CompanyEvent.reseller_id.is_not(None)
    if reseller_id is None:
        return Company.reseller_id.is_(None), CompanyEvent.reseller_id.is_(None)
    return Company.reseller_id == reseller_id, CompanyEvent.reseller_id == reseller_id


def _strays(session: Session, layer: str, currency: str, reseller_id: int | None) -> tuple[set[int], set[int]]:
    """The companies that moved away from the scope's seller, and those that changed to ``currency``: few,
    each read through its own partial index."""
    e = CompanyEvent
    _, left = _seller(layer, reseller_id)
    moved = set(session.scalars(select(e.company_id).where(SCHEDULE_OR_MOVE, e.type == EventType.MOVE.value, left)))
    changed = set(session.scalars(select(e.company_id).where(CURRENCY_CHANGE, e.currency == currency)))
    return moved, changed


def last_billed(session: Session, *, layer: str, currency: str, valid_from: date | None,
                reseller_id: int | None = None, company_id: int | None = None) -> Billed | None:
    """The company of the price's scope, billing in ``currency``, whose billed boundaries reach furthest on or
    after ``valid_from`` (any, for None), with that boundary; None when no such boundary exists. Of several
    billed that far, the one added last (the highest id)."""
    bp = BilledPeriod

    def latest(*where, of) -> Billed | None:  # the company looked up per period (a join makes SQLite read all)
        q = (select(bp.company_id, bp.boundary).where(*where, exists().where(Company.id == bp.company_id, *of))
             .order_by(bp.boundary.desc(), bp.company_id.desc()).limit(1))  # the indexes' order: no sort
        if valid_from is not None:
            q = q.where(bp.boundary >= valid_from)
        row = session.execute(q).first()
        return None if row is None else Billed(session.get_one(Company, row[0]).code, row[1])

    if layer == Layer.COMPANY_OVERRIDE.value:  # one company: its own boundaries, by the key a run looks them up by
        e = CompanyEvent
        changed_to = exists().where(e.company_id == Company.id, e.type == EventType.CURRENCY.value,
                                    e.currency == currency)
        return latest(bp.customer_key == company_key(company_id), of=[or_(Company.currency == currency, changed_to)])
    top = session.scalar(select(func.max(bp.boundary)).where(COMPANY_PERIOD))
    if top is None or (valid_from is not None and top < valid_from):
        return None  # nothing billed from valid_from on: no company's
    now, _ = _seller(layer, reseller_id)
    moved, changed = _strays(session, layer, currency, reseller_id)
    ids = set(session.scalars(select(Company.id).where(Company.currency == currency, now).limit(FEW + 1)))
    if len(ids) <= FEW:
        # The few others: a mover in the currency, or a company of the scope that changed to it.
        for cid, signed_in, seller in session.execute(select(Company.id, Company.currency, Company.reseller_id)
                                                      .where(Company.id.in_(moved | changed))):
            sold = seller is not None if layer == Layer.WHOLESALE.value else seller == reseller_id
            if (sold or cid in moved) and (signed_in == currency or cid in changed):
                ids.add(cid)
    if not ids:
        return None
    if len(ids) <= FEW:
        return latest(bp.customer_key.in_([company_key(i) for i in ids]), of=[])
    return latest(COMPANY_PERIOD, of=[or_(now, Company.id.in_(moved)),
                                      or_(Company.currency == currency, Company.id.in_(changed))])


def _had_price(session: Session, *, layer: str, plan_id: int, currency: str, valid_from: date | None,
               reseller_id: int | None) -> bool:
    """Whether the (retail or wholesale) series had a price in force on ``valid_from`` before the change."""
    p = Price
    q = select(p.id).where(p.layer == layer, p.plan_id == plan_id, p.currency == currency,
                           p.reseller_id.is_(None) if reseller_id is None else p.reseller_id == reseller_id,
                           p.company_id.is_(None))
    q = q.where(p.valid_from.is_(None)) if valid_from is None else q.where(
        or_(p.valid_from.is_(None), p.valid_from <= valid_from))
    return session.execute(q.limit(1)).first() is not None


def problem(session: Session, *, layer: str, plan_id: int, currency: str, valid_from: date | None,
            reseller_id: int | None = None, company_id: int | None = None, removal: bool = False,
            where: str = "") -> Problem | None:
    """Why setting (``removal``: removing) this price from ``valid_from`` would change billed amounts, or None.

    ``reseller_id`` is the seller for ``retail`` and the reseller for ``wholesale_override``; ``company_id``
    the company for ``company_override``. Reads only; the caller writes nothing when a problem comes back.
    Holds the session a share of the billing run lock until its transaction ends (``price_run_in_progress``
    while a run holds it: the caller writes nothing either)."""
    _hold(session)
    billed = last_billed(session, layer=layer, currency=currency, valid_from=valid_from,
                         reseller_id=None if layer == Layer.WHOLESALE.value else reseller_id,
                         company_id=company_id)
    return _judged(session, billed, layer=layer, plan_id=plan_id, currency=currency, valid_from=valid_from,
                   reseller_id=reseller_id, removal=removal, where=where)


def _hold(session: Session) -> None:
    if not held_against_runs(session):
        raise ProrataError.of("price_run_in_progress")


def _judged(session: Session, billed: Billed | None, *, layer: str, plan_id: int, currency: str,
            valid_from: date | None, reseller_id: int | None, removal: bool, where: str, **_) -> Problem | None:
    """``problem``, given the scope's latest billed boundary on or after ``valid_from``."""
    if billed is None:
        return None
    if not removal and layer in (Layer.RETAIL.value, Layer.WHOLESALE.value) and not _had_price(
            session, layer=layer, plan_id=plan_id, currency=currency, valid_from=valid_from,
            reseller_id=None if layer == Layer.WHOLESALE.value else reseller_id):
        return None  # the first price of a stretch that had none: nothing was billed at it
    params = {"company": billed.company, "billed": billed.boundary.isoformat(), "next": billed.next_day.isoformat()}
    if removal:
        return Problem("price_removal_billed", params, where)
    if valid_from is None:
        return Problem("price_billed_undated", params, where)
    return Problem("price_billed", {**params, "date": valid_from.isoformat()}, where)


def refuse(session: Session, **change) -> None:
    """Raise ``ProrataError`` (``problem``'s) when the change would alter billed amounts."""
    found = problem(session, **change)
    if found is not None:
        raise ProrataError(found)


def any_billed(session: Session) -> bool:
    """Whether any company was billed at all (an import into a database never billed skips every check)."""
    return session.execute(select(BilledPeriod.id).where(COMPANY_PERIOD).limit(1)).first() is not None


def problems(session: Session, changes: Iterable[dict]) -> list[Problem]:
    """``problem`` for many new prices at once (each a dict of its keyword arguments, ``where`` included).

    The latest billed boundary is asked once per scope and currency, from the group's earliest start: the
    latest on or after a later start is the same one, or none. Holds the lock share as ``problem`` does."""
    changes = list(changes)
    if not changes:
        return []
    _hold(session)
    if not any_billed(session):
        return []
    groups: dict[tuple, list[dict]] = {}
    for c in changes:
        key = (c["layer"], c["currency"], c.get("reseller_id") if c["layer"] != Layer.WHOLESALE.value else None,
               c.get("company_id"))
        groups.setdefault(key, []).append(c)
    out: list[Problem] = []
    for (layer, currency, reseller_id, company_id), group in groups.items():
        starts = [c.get("valid_from") for c in group]
        earliest = None if None in starts else min(starts)
        billed = last_billed(session, layer=layer, currency=currency, valid_from=earliest, reseller_id=reseller_id,
                             company_id=company_id)
        if billed is None:
            continue
        for c in group:
            start = c.get("valid_from")
            found = _judged(session, billed if start is None or start <= billed.boundary else None,
                            **{"reseller_id": None, "removal": False, "where": "", **c})
            if found is not None:
                out.append(found)
    return out
