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

One query per change: billed_periods read once (there is no index on ``boundary``; a company's own price
uses ``uq_billed_periods_customer_boundary``), each candidate's company by its key, moves by their own partial
index. On the 100,000-company benchmark (190,000 billed periods) a change that is taken costs about 15 ms of
CPU; a refused one about 250 ms (every billed period on or after ``valid_from`` is looked at, to name the latest,
and the currency changes are read).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from app.billing.context import company_key
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


@dataclass(frozen=True)
class Billed:
    """The company of a price's scope billed the furthest on or after the price's start, and up to when."""

    company: str
    boundary: date

    @property
    def next_day(self) -> date:
        """The first day a price may start from without changing what is billed."""
        return self.boundary + timedelta(days=1)


def _sold_by(reseller_id: int | None):
    """Companies a seller (None: the hoster) sells, or sold before a move took them elsewhere."""
    e = CompanyEvent
    left = select(e.company_id).where(SCHEDULE_OR_MOVE, e.type == EventType.MOVE.value,
                                      e.reseller_id.is_(None) if reseller_id is None else e.reseller_id == reseller_id)
    now = Company.reseller_id.is_(None) if reseller_id is None else Company.reseller_id == reseller_id
    return or_(now, Company.id.in_(left))


def _scope(layer: str, reseller_id: int | None, company_id: int | None):
    if layer == Layer.COMPANY_OVERRIDE.value:
        return Company.id == company_id
    if layer == Layer.WHOLESALE.value:
        e = CompanyEvent
        left = select(e.company_id).where(SCHEDULE_OR_MOVE, e.type == EventType.MOVE.value, e.reseller_id.is_not(None))
        return or_(Company.reseller_id.is_not(None), Company.id.in_(left))
    return _sold_by(reseller_id)


def last_billed(session: Session, *, layer: str, currency: str, valid_from: date | None,
                reseller_id: int | None = None, company_id: int | None = None) -> Billed | None:
    """The company of the price's scope, billing in ``currency``, whose billed boundaries reach furthest on or
    after ``valid_from`` (any, for None), with that boundary; None when no such boundary exists."""
    e = CompanyEvent
    changed = (e.type == EventType.CURRENCY.value, e.currency == currency)
    if layer == Layer.COMPANY_OVERRIDE.value:  # one company: its own events
        changed_to = exists().where(e.company_id == Company.id, *changed)
    else:  # many: every currency change read once (a refusal's cost; a change that is taken never gets here)
        changed_to = Company.id.in_(select(e.company_id).where(*changed))
    in_currency = or_(Company.currency == currency, changed_to)
    bp = BilledPeriod
    q = (select(Company.code, bp.boundary).select_from(bp).join(Company, Company.id == bp.company_id)
         .where(_scope(layer, reseller_id, company_id), in_currency)
         .order_by(bp.boundary.desc(), Company.code).limit(1))
    if layer == Layer.COMPANY_OVERRIDE.value:  # its own boundaries only, by the key a run looks them up by
        q = q.where(bp.customer_key == company_key(company_id))
    if valid_from is not None:
        q = q.where(bp.boundary >= valid_from)
    row = session.execute(q).first()
    return None if row is None else Billed(row[0], row[1])


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
    """
    billed = last_billed(session, layer=layer, currency=currency, valid_from=valid_from,
                         reseller_id=None if layer == Layer.WHOLESALE.value else reseller_id,
                         company_id=company_id)
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
    return session.execute(select(BilledPeriod.id).where(BilledPeriod.company_id.is_not(None)).limit(1)).first() \
        is not None


def problems(session: Session, changes: Iterable[dict]) -> list[Problem]:
    """``problem`` for many new prices at once (each a dict of its keyword arguments, ``where`` included).

    Prices of one scope and currency are checked together from their earliest start: one query when that one
    passes, which is the usual case of an import; each is checked on its own only when it does not.
    """
    changes = list(changes)
    if not changes or not any_billed(session):
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
        if last_billed(session, layer=layer, currency=currency, valid_from=earliest, reseller_id=reseller_id,
                       company_id=company_id) is None:
            continue
        out += [p for p in (problem(session, **c) for c in group) if p is not None]
    return out
