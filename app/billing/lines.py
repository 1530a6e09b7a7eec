"""The lines of a company's invoice at one boundary, computed exactly.

For the boundary P, with the previous boundary P_prev and the next P_next:

- recurring lines, in advance: each plan with quantity q > 0 at the start of
  P (events dated P included) is billed q x price for [P, P_next); each active
  recurring extra likewise at its own amount;
- proration lines for changes dated strictly between P_prev and P: per plan
  and per day whose quantity moved from q_old to q_new (one line per plan and
  day), (q_new - q_old) x price x days(d, P) / days(P_prev, P); a recurring
  extra starting or ending between boundaries is prorated the same way;
- one-off extras dated in [P_prev, P), in full.

A recurring line takes the price in force at P; a proration line the price in
force at P_prev. Amounts are exact ``Fraction`` values until ``Line.amount``
rounds them once, half-up, to the currency's minor unit.

Pure functions: no database. Prices come from a callable.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Callable, Hashable, Iterable, Mapping

from app.billing.periods import days_between
from app.company_state import CompanyState, Event, ordered
from app.money import round_money

RECURRING = "recurring"
PRORATION = "proration"
EXTRA = "extra"
MINIMUM = "minimum"

# price(plan, day) -> the unit price in force on that day, in the invoice currency.
PriceLookup = Callable[[Hashable, date], Decimal]


@dataclass(frozen=True)
class Line:
    kind: str
    start: date
    end: date
    quantity: Fraction  # a whole number of units; for proration, the change in units
    unit_price: Decimal
    exact: Fraction  # the unrounded amount
    currency: str
    plan: Hashable | None = None
    extra_code: str | None = None
    user: Hashable | None = None
    description: dict | None = None
    share: Fraction = Fraction(1)  # the part of a period billed: 1, or days(d, P) / days(P_prev, P)
    price_day: date | None = None  # the day whose price applies (P, or P_prev for proration)

    @property
    def amount(self) -> Decimal:
        return round_money(self.exact, self.currency)

    def at_price(self, unit_price: Decimal) -> "Line":
        """The same line (quantity, share, period) at another unit price."""
        exact = self.quantity * Fraction(unit_price) * self.share
        return Line(self.kind, self.start, self.end, self.quantity, unit_price, exact, self.currency,
                    self.plan, self.extra_code, self.user, self.description, self.share, self.price_day)


def _plan_order(plan) -> tuple:
    """Plans in a stable order: ids numerically, codes alphabetically."""
    return (0, plan, "") if isinstance(plan, int) else (1, 0, str(plan))


def _walk(events: list[Event], bases: Mapping, currency: str, p_prev: date, p: date):
    """One pass over the events: the state at the start of ``p_prev``, then after each day
    with events in (p_prev, p), then (as the last item) the state at the start of ``p``."""
    state = CompanyState(currency)
    it = iter(events)
    pending = next(it, None)
    while pending is not None and pending.date <= p_prev:
        state.apply(pending, bases)
        pending = next(it, None)
    yield p_prev, state
    while pending is not None and pending.date < p:
        day = pending.date
        while pending is not None and pending.date == day:
            state.apply(pending, bases)
            pending = next(it, None)
        yield day, state
    while pending is not None and pending.date <= p:
        state.apply(pending, bases)
        pending = next(it, None)
    yield p, state


def invoice_lines(events: Iterable[Event], bases: Mapping[Hashable, str], currency: str,
                  p_prev: date, p: date, p_next: date, price: PriceLookup) -> list[Line]:
    """Every line due at boundary ``p``, in a stable order: recurring, proration, extras."""
    evs = ordered(events)
    period_days = days_between(p_prev, p)
    lines: list[Line] = []
    prorations: list[Line] = []

    # Proration for changes dated in (p_prev, p); the walk ends with the state at p.
    prev_q: dict = {}
    prev_x: dict = {}
    for day, state in _walk(evs, bases, currency, p_prev, p):
        q_now = state.quantities(bases)
        x_now = dict(state.extras)
        if p_prev < day < p:
            share = Fraction(days_between(day, p), period_days)
            for plan in sorted(set(prev_q) | set(q_now), key=_plan_order):
                dq = q_now.get(plan, 0) - prev_q.get(plan, 0)
                if dq:
                    unit = price(plan, p_prev)
                    prorations.append(Line(PRORATION, day, p, Fraction(dq), unit, dq * Fraction(unit) * share,
                                           currency, plan=plan, share=share, price_day=p_prev))
            for code in sorted(set(prev_x) | set(x_now)):
                before, after = prev_x.get(code), x_now.get(code)
                if before is not None and after is not None and before.since == after.since:
                    continue
                if before is not None:
                    prorations.append(Line(PRORATION, day, p, Fraction(-1), before.amount,
                                           -Fraction(before.amount) * share, currency, extra_code=code,
                                           user=before.user, description=before.description, share=share))
                if after is not None:
                    prorations.append(Line(PRORATION, day, p, Fraction(1), after.amount,
                                           Fraction(after.amount) * share, currency, extra_code=code,
                                           user=after.user, description=after.description, share=share))
        prev_q, prev_x = q_now, x_now

    # Recurring, in advance for [p, p_next), from the state at p.
    for plan, q in sorted(prev_q.items(), key=lambda kv: _plan_order(kv[0])):
        if q > 0:
            unit = price(plan, p)
            lines.append(Line(RECURRING, p, p_next, Fraction(q), unit, q * Fraction(unit), currency,
                              plan=plan, price_day=p))
    for code, x in sorted(prev_x.items()):
        lines.append(Line(RECURRING, p, p_next, Fraction(1), x.amount, Fraction(x.amount), currency,
                          extra_code=code, user=x.user, description=x.description))
    lines += prorations

    # One-off extras dated in [p_prev, p), in full.
    for e in evs:
        if e.type == "extra" and not e.recurring and p_prev <= e.date < p:
            lines.append(Line(EXTRA, e.date, e.date + timedelta(days=1), Fraction(1), e.amount,
                              Fraction(e.amount), currency, extra_code=e.code, user=e.user,
                              description=e.description))
    return lines
