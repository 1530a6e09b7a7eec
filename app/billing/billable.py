"""What would be billed between two dates, for hosters that bill elsewhere.

One row per company, plan (or recurring extra) and stretch of constant
quantity within one billing period: the days active, the quantity, the unit
price in force at the start of that period, in the currency of that start (as
the run bills a period), and the amount, exact until it is rounded once per
row. It ignores the switches: it reads, it bills nothing.

Periods follow each company's term and billing-day changes (``periods``): for
a term of m months the unit price is m x the monthly price and
``period_days`` the days of the whole term, so a row's amount is quantity x
unit_price x days / period_days as for a month.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Iterator

from sqlalchemy.engine import Engine

from app.billing.company_bill import currency_on
from app.billing.context import load_companies, load_context, load_events, seller_id
from app.billing.seller_items import runs, seller_changes
from app.company_state import CompanyState, ordered
from app.errors import ProrataError
from app.money import round_money, to_text
from app.progress import Cancelled, Progress, no_progress, not_cancelled
from app.storage.engine import unit_of_work

BATCH = 1000
FIELDS = ["company", "reseller", "plan", "extra", "currency", "start", "end", "days", "quantity", "unit_price",
          "period_days", "amount"]


@dataclass
class BillableRow:
    company: str
    reseller: str | None
    plan: str | None
    extra: str | None
    currency: str
    start: date
    end: date  # exclusive
    quantity: int
    unit_price: Decimal | None
    period_days: int
    amount: Decimal | None
    error: str | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def as_dict(self) -> dict:
        return {"company": self.company, "reseller": self.reseller or "", "plan": self.plan or "",
                "extra": self.extra or "", "currency": self.currency, "start": self.start.isoformat(),
                "end": self.end.isoformat(), "days": self.days, "quantity": self.quantity,
                "unit_price": "" if self.unit_price is None else to_text(self.unit_price, self.currency),
                "period_days": self.period_days,
                "amount": "" if self.amount is None else to_text(self.amount, self.currency),
                **({"error": self.error} if self.error else {})}


def billable(engine: Engine, start: date, end: date, *, progress: Progress = no_progress,
             cancelled: Cancelled = not_cancelled) -> Iterator[BillableRow]:
    """Rows for [start, end), company by company."""
    if end <= start:
        raise ProrataError.of("bad_value", where="--to", value=end.isoformat(), allowed=f"a date after {start}")
    with unit_of_work(engine) as s:
        ctx = load_context(s)
        companies = load_companies(s)
    reseller_codes = {r.id: r.code for r in ctx.resellers.values()}
    for i in range(0, len(companies), BATCH):
        if cancelled():
            return
        chunk = companies[i:i + BATCH]
        with unit_of_work(engine) as s:
            events = load_events(s, [c.id for c in chunk], end)
        for c in chunk:
            yield from _company_rows(ctx, c, events[c.id], start, end, reseller_codes)
        progress(min(i + BATCH, len(companies)), len(companies), "")


def _company_rows(ctx, c, events, start, end, reseller_codes: dict) -> Iterator[BillableRow]:
    """A company's stretches of constant quantity, each at the price of the seller of its days (a company that
    moved has had several)."""
    schedule = c.schedule
    evs = ordered(events)
    state = CompanyState(c.currency)
    i = 0
    day = max(start, c.signup)
    cuts = sorted({e.date for e in evs if day < e.date < end} | {end})
    moved = seller_changes(evs, c.first_seller) if c.first_seller is not None else ()
    # Stretches of constant quantity within one period: (plan, extra) -> [q, period, start, stop, currency].
    stretches: list[list] = []
    current: dict = {}
    while day < end:
        while i < len(evs) and evs[i].date <= day:
            state.apply(evs[i], ctx.bases)
            i += 1
        period = schedule.span_of(day)
        stop = min([x for x in cuts if x > day] + [period.end])
        currency = currency_on(evs, period.start, c.currency)
        seller = seller_id(c.seller_on(evs, day))
        items = [((p, None), q) for p, q in state.quantities(ctx.bases).items() if q > 0]
        # A recurring extra is its seller's own item: it ends at the company's next move (as the run bills).
        items += [((None, code), 1) for code, x in state.extras.items() if runs(x, moved, day)]
        seen = set()
        for key, q in items:
            seen.add(key)
            last = current.get(key)
            if last and last[0] == q and last[1] == period and last[3] == day and last[4] == currency \
                    and last[7] == seller:
                last[3] = stop
            else:
                current[key] = [q, period, day, stop, currency, key, state.extras.get(key[1]), seller]
                stretches.append(current[key])
        for key in set(current) - seen:
            del current[key]
        day = stop
    for q, period, a, z, currency, (plan, extra), x, seller in stretches:
        unit = x.amount * period.months if x is not None else None
        yield _row(ctx, c, seller, reseller_codes.get(seller), plan, extra, q, unit, currency, period, a, z)
    for e in evs:
        if e.type == "extra" and not e.recurring and start <= e.date < end:
            yield BillableRow(c.code, reseller_codes.get(seller_id(c.seller_on(evs, e.date))), None, e.code, currency_on(evs, e.date, c.currency), e.date,
                              e.date + timedelta(days=1), 1, e.amount, schedule.span_of(e.date).term_days, e.amount)


def _row(ctx, c, seller, reseller_code, plan, extra, q, unit, currency, period, day, stop) -> BillableRow:
    share = Fraction((stop - day).days, period.term_days)
    row = BillableRow(c.code, reseller_code, ctx.plan_codes.get(plan) if plan else None, extra, currency, day,
                      stop, q, None, period.term_days, None)
    if plan is not None:
        try:
            # A company that moved pays only the prices its seller of the day set for it (as the run bills).
            unit = ctx.book.company_price(plan, currency, period.start, company_id=c.id,
                                          seller_id=seller, customer=c.code, by_seller=c.first_seller is not None)
        except ProrataError as exc:
            row.error = "; ".join(exc.messages())
            return row
        unit *= period.months
    row.unit_price = unit
    row.amount = round_money(q * Fraction(unit) * share, currency)
    return row
