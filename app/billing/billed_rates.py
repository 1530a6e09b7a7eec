"""The tax rates at which a run's earlier invoices billed a company's periods, for the lines that give them back.

A line that gives back (or corrects) days already invoiced carries the tax rate of the invoice that billed
them; new charges carry today's rate (app/billing/company_bill.py). A run reads, for a batch of companies,
the rate of each invoice an earlier run made for them (``billed_rates``): the rate of its own charges (its
recurring, extra and minimum lines), keyed by issuer, currency and boundary. A deferred invoice billed
nothing: its lines were taxed by the invoice that took them (its ``carried_into``), whose rate it gets; one
still waiting is taxed with today's bill (no rate: today's).

Only the companies that can give back days are read: those with a change dated between their last billed
boundary and the one billed (a proration at it gives back days of the last) or recorded late
(``corrections``), and only from the earliest boundary such a line can reach back to.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.billing import corrections
from app.billing.company_bill import Rates
from app.billing.context import CompanyRow, RunContext, company_key
from app.company_state import Event
from app.models import Invoice, InvoiceKind, InvoiceLine, Status

_OWN = ("recurring", "extra", "minimum")


def _since(company: CompanyRow, events: list[Event], last: date, seen: int | None, p: date) -> date | None:
    """The earliest boundary whose invoice a line of the company's bill at ``p`` can give days back to; None:
    none can (no change dated between its last billed boundary and ``p``, none recorded late)."""
    late = corrections.late_events(events, seen, last)
    since = None
    if any(last < e.date < p for e in events):  # prorations at p of days billed at ``last``
        since = last
    if late:
        first = min(e.date for e in late)
        fixed = corrections.corrected_boundaries(company, first, last)
        if fixed:
            earliest = company.schedule.span_before(min(fixed)).start
            since = earliest if since is None else min(since, earliest)
    return since


def billed_rates(s: Session, ctx: RunContext, batch: list[tuple[date, CompanyRow]],
                 events: dict[int, list[Event]]) -> dict[int, Rates]:
    """Per company of ``batch`` that can give days back: the rates its earlier invoices billed at."""
    wanted: dict[int, date] = {}
    for p, c in batch:
        key = company_key(c.id)
        last = ctx.last_billed.get(key)
        if last is None or c.id in wanted:
            continue
        since = _since(c, events.get(c.id, []), last, ctx.seen_through.get(key), p)
        if since is not None:
            wanted[c.id] = since
    out: dict[int, Rates] = defaultdict(dict)
    if not wanted:
        return out
    i, ln = Invoice.__table__.c, InvoiceLine.__table__.c
    rows = s.execute(
        select(i.id, i.company_id, i.issuer_key, i.currency, i.period_start, i.status, i.carried_into_id,
               ln.tax_rate)
        .join_from(Invoice.__table__, InvoiceLine.__table__, ln.invoice_id == i.id)
        .where(i.company_id.in_(list(wanted)), i.kind == InvoiceKind.INVOICE.value,
               i.period_start >= min(wanted.values()), i.period_start.is_not(None), ln.kind.in_(_OWN))
        .order_by(i.id, ln.position)).all()
    rate_of: dict[int, Decimal] = {}
    for iid, *_, rate in rows:
        rate_of.setdefault(iid, rate)  # an invoice's first own line
    seen: set[int] = set()
    for iid, cid, issuer, currency, start, status, into, _ in rows:  # by id: a reissued copy after the first
        if iid in seen or start < wanted[cid]:
            continue
        seen.add(iid)
        if status == Status.DEFERRED.value:
            continue  # taxed with today's bill, which takes it
        rate = rate_of.get(into) if status == Status.CARRIED.value else rate_of[iid]
        if rate is not None:
            out[cid][(issuer, currency, start)] = rate
    return out
