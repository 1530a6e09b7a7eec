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
force at P_prev. An extra's amount is in the company's currency on the extra's
date; an extra whose line would fall on an invoice in another currency is
refused (``extra_in_other_currency``), never relabelled. Amounts stay exact (integers and the price) until
``Line.amount`` rounds them once, half-up, to the currency's minor unit.

Pure functions: no database. Prices come from a callable.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Callable, Hashable, Iterable, Mapping, NamedTuple

from app.billing.periods import days_between
from app.company_state import CompanyState, Event, ordered
from app.errors import MESSAGES, ProrataError
from app.money import round_ratio, to_text

MESSAGES.setdefault("extra_in_other_currency",
                    "the extra {code!r} of {amount} {extra_currency} (from {date}) would be billed on the invoice "
                    "of {boundary}, which is in {currency}: Prorata never converts an amount to another currency; "
                    "bill it before the currency changes (end a recurring extra on a billing day and add it "
                    "again in {currency})")

RECURRING = "recurring"
PRORATION = "proration"
EXTRA = "extra"
MINIMUM = "minimum"

# price(plan, day) -> the unit price in force on that day, in the invoice currency.
PriceLookup = Callable[[Hashable, date], Decimal]


class Line(NamedTuple):
    """One computed line: ``quantity x unit_price x days / period_days``, exact until ``amount``.

    A named tuple of integers and the price, not of ``Fraction`` values: a run
    computes millions of lines, and integer arithmetic is several times faster.
    """

    kind: str
    start: date
    end: date
    quantity: int  # a whole number of units; for proration, the change in units
    unit_price: Decimal
    currency: str
    plan: Hashable | None = None
    extra_code: str | None = None
    user: Hashable | None = None
    description: dict | None = None
    days: int = 1  # the part of a period billed: days(d, P) of days(P_prev, P), or 1 of 1
    period_days: int = 1
    price_day: date | None = None  # the day whose price applies (P, or P_prev for proration)

    @property
    def share(self) -> Fraction:
        return Fraction(self.days, self.period_days)

    @property
    def exact(self) -> Fraction:
        """The unrounded amount."""
        return self.quantity * Fraction(self.unit_price) * self.share

    @property
    def amount(self) -> Decimal:
        """The amount rounded once, half-up, to the currency's minor unit."""
        num, den = self.unit_price.as_integer_ratio()
        return round_ratio(self.quantity * num * self.days, den * self.period_days, self.currency)

    def at_price(self, unit_price: Decimal) -> "Line":
        """The same line (quantity, share, period) at another unit price."""
        return self._replace(unit_price=unit_price)


def _plan_order(plan) -> tuple:
    """Plans in a stable order: ids numerically, codes alphabetically."""
    return (0, plan, "") if isinstance(plan, int) else (1, 0, str(plan))


def _walk(events: list[Event], bases: Mapping, signup_currency: str, p_prev: date, p: date):
    """One pass over the events: the state at the start of ``p_prev``, then after each day
    with events in (p_prev, p), then (as the last item) the state at the start of ``p``."""
    state = CompanyState(signup_currency)
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


def _in_currency(code: str, amount: Decimal, extra_currency: str | None, since: date, currency: str,
                 p: date) -> None:
    """Refuse an extra whose amount is in another currency than the invoice's."""
    if extra_currency is not None and extra_currency != currency:
        raise ProrataError.of("extra_in_other_currency", code=code, amount=to_text(amount, extra_currency),
                              extra_currency=extra_currency, date=since, boundary=p, currency=currency)


def invoice_lines(events: Iterable[Event], bases: Mapping[Hashable, str], currency: str,
                  p_prev: date, p: date, p_next: date, price: PriceLookup,
                  signup_currency: str | None = None) -> list[Line]:
    """Every line due at boundary ``p``, in a stable order: recurring, proration, extras.

    ``currency`` is the invoice's (the company's on ``p``); ``signup_currency`` the company's before
    its first currency change (default: ``currency``), which prices the extras recorded before it.
    Raises ``ProrataError`` for an extra in another currency than the invoice's."""
    evs = ordered(events)
    signup_currency = signup_currency or currency
    period_days = days_between(p_prev, p)
    lines: list[Line] = []
    prorations: list[Line] = []

    # Proration for changes dated in (p_prev, p); the walk ends with the state at p.
    prev_q: dict = {}
    prev_x: dict = {}
    for day, state in _walk(evs, bases, signup_currency, p_prev, p):
        q_now = state.quantities(bases)
        x_now = dict(state.extras)
        if p_prev < day < p:
            days = days_between(day, p)
            for plan in sorted(set(prev_q) | set(q_now), key=_plan_order):
                dq = q_now.get(plan, 0) - prev_q.get(plan, 0)
                if dq:
                    unit = price(plan, p_prev)
                    prorations.append(Line(PRORATION, day, p, dq, unit, currency, plan, days=days,
                                           period_days=period_days, price_day=p_prev))
            for code in sorted(set(prev_x) | set(x_now)):
                before, after = prev_x.get(code), x_now.get(code)
                if before is not None and after is not None and before.since == after.since:
                    continue
                if before is not None:
                    _in_currency(code, before.amount, before.currency, before.since, currency, p)
                    prorations.append(Line(PRORATION, day, p, -1, before.amount, currency, None, code,
                                           before.user, before.description, days, period_days))
                if after is not None:
                    _in_currency(code, after.amount, after.currency, after.since, currency, p)
                    prorations.append(Line(PRORATION, day, p, 1, after.amount, currency, None, code,
                                           after.user, after.description, days, period_days))
        prev_q, prev_x = q_now, x_now

    # Recurring, in advance for [p, p_next), from the state at p.
    for plan, q in sorted(prev_q.items(), key=lambda kv: _plan_order(kv[0])):
        if q > 0:
            unit = price(plan, p)
            lines.append(Line(RECURRING, p, p_next, q, unit, currency, plan, price_day=p))
    for code, x in sorted(prev_x.items()):
        _in_currency(code, x.amount, x.currency, x.since, currency, p)
        lines.append(Line(RECURRING, p, p_next, 1, x.amount, currency, None, code, x.user, x.description))
    lines += prorations

    # One-off extras dated in [p_prev, p), in full, each in the currency of its date.
    on_day = signup_currency
    for e in evs:
        if e.type == "currency" and e.currency:
            on_day = e.currency
        if e.type == "extra" and not e.recurring and p_prev <= e.date < p:
            _in_currency(e.code, e.amount, on_day, e.date, currency, p)
            lines.append(Line(EXTRA, e.date, e.date + timedelta(days=1), 1, e.amount, currency, None, e.code,
                              e.user, e.description))
    return lines
