"""The tax rates at which a run's earlier invoices billed a company's periods, for the lines that give them back.

A line that gives back (or corrects) days already invoiced carries the tax rate of the invoice that billed
them; new charges carry today's rate (app/billing/company_bill.py). A run reads, for a batch of companies,
the rate of each invoice an earlier run made for them (``billed_rates``): the rate of its own charges (its
recurring, extra and minimum lines), keyed by issuer, currency and boundary. A deferred invoice billed
nothing: its lines were taxed by the invoice that took them (its ``carried_into``), whose rate it gets; one
still waiting is taxed with today's bill (no rate: today's).

With them, for the boundaries a late change corrects, the top-up billed for each boundary's period
(``Rates.top_ups``): the ``minimum`` lines dated to it, its invoice's own and those of the corrections of it on
later ones (a clerk's credit notes aside, a carried deferred invoice's taken once, on the invoice that took
it). A late change's correction of a period's top-up starts from what was billed and the minimum it was billed
under, not today's (app/billing/company_bill.py ``_top_up_change``).

And, for those boundaries of a reseller's company, the boundaries whose invoice was issued under another billing
mode than the reseller's now, between the margin mode (the hoster collected it) and another (the reseller did)
(``Rates.margins``): their corrections are given back by that collector, on a document of their own
(app/billing/company_bill.py ``_by_collector``). Read from the invoice each boundary's billed period names (the
one that carried it, for a deferred one), by the collector stamped on it or, made before that (migration 0035),
by its accruals (``settlement.issue_modes``); a reseller that never changed its mode has none.

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
from app.models import BilledPeriod, Invoice, InvoiceKind, InvoiceLine, Status
from app.storage.bulk import ids_written_in

_OWN = ("recurring", "extra", "minimum")
_MINIMUM = "minimum"


def _since(company: CompanyRow, events: list[Event], last: date, seen: int | None,
           p: date) -> tuple[date | None, date | None]:
    """The earliest boundary whose invoice a line of the company's bill at ``p`` can give days back to, and the
    earliest a late change corrects; None: none can (no change dated between its last billed boundary and
    ``p``, none recorded late), none does (none recorded late)."""
    late = corrections.late_events(events, seen, last)
    since = corrected = None
    if any(last < e.date < p for e in events):  # prorations at p of days billed at ``last``
        since = last
    if late:
        first = min(e.date for e in late)
        fixed = corrections.corrected_boundaries(company, first, last)
        if fixed:
            corrected = min(fixed)
            earliest = company.schedule.span_before(corrected).start
            since = earliest if since is None else min(since, earliest)
    return since, corrected


def billed_rates(s: Session, ctx: RunContext, batch: list[tuple[date, CompanyRow]],
                 events: dict[int, list[Event]]) -> dict[int, Rates]:
    """Per company of ``batch`` that can give days back: the rates its earlier invoices billed at."""
    wanted: dict[int, date] = {}
    corrected: dict[int, date] = {}  # the companies a late change corrects: their top-ups from that boundary
    for p, c in batch:
        key = company_key(c.id)
        last = ctx.last_billed.get(key)
        if last is None or c.id in wanted:
            continue
        since, first = _since(c, events.get(c.id, []), last, ctx.seen_through.get(key), p)
        if since is not None:
            wanted[c.id] = since
        if first is not None:
            corrected[c.id] = first
    out: dict[int, Rates] = defaultdict(Rates)
    if not wanted:
        return out
    for cid in wanted:
        out[cid] = Rates()  # read: a boundary missing from its top-ups billed none
    i, ln = Invoice.__table__.c, InvoiceLine.__table__.c
    rows = s.execute(
        select(i.id, i.company_id, i.issuer_key, i.currency, i.period_start, i.status, i.carried_into_id,
               ln.tax_rate)
        .join_from(Invoice.__table__, InvoiceLine.__table__, ln.invoice_id == i.id)
        .where(i.company_id.in_(ids_written_in(list(wanted))), i.kind == InvoiceKind.INVOICE.value,
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
    if corrected:
        _top_ups(s, corrected, out)
        sold = {c.id for _, c in batch if c.id in corrected and (c.reseller_id is not None or c.first_seller)}
        if sold:
            # From the earliest boundary whose days a correction gives back (a negative proration's: the one before).
            _margins(s, ctx, {cid: wanted[cid] for cid in sold}, out)
    return out


def _margins(s: Session, ctx: RunContext, wanted: dict[int, date], out: dict[int, Rates]) -> None:
    """Into each company's ``Rates.margins``: per (issuer, currency, boundary) from its ``wanted`` one, whether
    the reseller's invoice of that boundary (its billed period's; the one that carried a deferred one) was
    issued under the margin mode, where that is not the reseller's mode now."""
    from app.billing.settlement import issue_modes, margin_mode

    b, i = BilledPeriod.__table__.c, Invoice.__table__.c
    rows = s.execute(
        select(b.company_id, b.boundary, i.issuer_key, i.issuer_reseller_id, i.currency, i.status, i.id,
               i.carried_into_id)
        .join_from(BilledPeriod.__table__, Invoice.__table__, i.id == b.invoice_id)
        .where(b.company_id.in_(ids_written_in(list(wanted))), b.boundary >= min(wanted.values()),
               i.issuer_reseller_id.is_not(None), i.status != Status.DEFERRED.value)).all()
    docs: dict[int, list[tuple]] = defaultdict(list)  # reseller -> (company, boundary, issuer, currency, document)
    for cid, boundary, issuer, rid, currency, status, iid, into in rows:
        if boundary < wanted[cid] or (status == Status.CARRIED.value and into is None):
            continue
        docs[rid].append((cid, boundary, issuer, currency, into if status == Status.CARRIED.value else iid))
    for rid, found in sorted(docs.items()):
        modes = issue_modes(s, rid, sorted({doc for *_, doc in found}))
        now = margin_mode(ctx, rid)
        for cid, boundary, issuer, currency, doc in found:
            margin = modes.get(doc)
            if margin is not None and margin != now:
                out[cid].margins[(issuer, currency, boundary)] = margin


def _top_ups(s: Session, wanted: dict[int, date], out: dict[int, Rates]) -> None:
    """Into each company's ``Rates.top_ups``: per (issuer, currency, boundary) from its ``wanted`` one (the
    earliest a late change corrects), what the ``minimum`` lines dated to that boundary's period sum to, over
    the run's invoices and credit notes (not a clerk's, which credit an invoice; not a carried deferred
    invoice's, taken by a later one)."""
    i, ln = Invoice.__table__.c, InvoiceLine.__table__.c
    rows = s.execute(
        select(i.company_id, i.issuer_key, i.currency, ln.start, ln.amount)
        .join_from(Invoice.__table__, InvoiceLine.__table__, ln.invoice_id == i.id)
        .where(i.company_id.in_(ids_written_in(list(wanted))), ln.kind == _MINIMUM,
               i.kind.in_([InvoiceKind.INVOICE.value, InvoiceKind.CREDIT_NOTE.value]), i.credits_id.is_(None),
               i.status != Status.CARRIED.value, i.period_start >= min(wanted.values()),
               ln.start >= min(wanted.values()))).all()
    for cid, issuer, currency, start, amount in rows:
        if start is not None and start >= wanted[cid]:
            top_ups = out[cid].top_ups
            key = (issuer, currency, start)
            top_ups[key] = top_ups.get(key, Decimal(0)) + amount
