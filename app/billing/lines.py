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

Terms (``periods``): prices and recurring extras' amounts are monthly; a
period of a term of m months bills m x them (the line's unit price is the
term's), and a change within it is prorated by days over the whole term. The
first period after a billing-day change is a share of a term,
days(P, P_next) / days(term): its recurring lines carry that share.

A company that moves to another seller (``move`` events) is billed by each
seller for its own days: with ``seller`` given, the lines are those of that
seller alone, every day the company is with another counting as a day with
nothing (so a move is, for the seller left, a cancellation of everything from
its date, and for the new one a subscription to everything), and one-off
extras go to the seller of their date. A recurring extra is the seller's own
item (it carries no wholesale cost): it belongs to the seller of its first day
and ends at the company's next move, from the start of the move's day
(``app.billing.seller_items``: the company's state folds the same rule). The
seller left bills it up to the day before, prorated as any ended extra; the new
seller never bills it. The moves of one day are taken together: a move and its
undo (the move back, dated like it) end nothing, so undoing a move gives the
extras back to the seller they belong to.

A recurring line takes the price in force at P; a proration line the price in
force at P_prev. An extra's amount is in the company's currency on the extra's
date; an extra whose line would fall on an invoice in another currency is
refused (``extra_in_other_currency``), never relabelled. Amounts stay exact (integers and the price) until
``Line.amount`` rounds them once, half-up, to the currency's minor unit.

A period is billed in the currency the company has on its first day (P_prev): its prorations give back or
charge days of an advance billed in that currency. At a boundary P after a currency change, the period
[P_prev, P) billed in the old currency and [P, P_next) in the new, the lines go on two invoices
(``part``): the recurring lines on the invoice in the new currency, at its prices; the prorations, at the
old currency's prices in force at P_prev, on an invoice in the old currency (app/billing/company_bill.py);
each one-off extra, and each proration of a recurring extra, on the one in its own currency (an extra started
after the change is in the new one). Prorata never converts an amount: a cancellation on
20 Feb of an advance of 20.00 EUR billed on 10 Feb, the company billed in JPY from 10 March, is credited
-20.00 x 18/28 = -12.86 EUR on an invoice in EUR, beside the JPY invoice of the advance from 10 March.

Pure functions: no database. Prices come from a callable.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Callable, Hashable, Iterable, Mapping, NamedTuple

from app.billing.periods import Span, days_between
from app.billing.seller_items import runs, seller_changes
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
# The two invoices of a boundary whose previous period was billed in another currency (``invoice_lines``).
ADVANCE = "advance"
PAST = "past"

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
    months: int = 1  # the term's months: ``unit_price`` is ``months`` x the monthly price

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

    def amount_at(self, unit_price: Decimal) -> Decimal:
        """``amount`` of the line at another unit price (a term's: see ``at_price``), without making that line
        (a reseller's cost of every line a run bills)."""
        num, den = unit_price.as_integer_ratio()
        return round_ratio(self.quantity * num * self.days, den * self.period_days, self.currency)

    def at_price(self, unit_price: Decimal) -> "Line":
        """The same line (quantity, share, period) at another monthly unit price (x the term's months)."""
        return self._replace(unit_price=self.term_price(unit_price))

    def term_price(self, monthly: Decimal) -> Decimal:
        """The unit price the line has at the monthly price ``monthly`` (``at_price``'s)."""
        return monthly if self.months == 1 else monthly * self.months


def _times(monthly: Decimal, months: int) -> Decimal:
    """A term's price from the monthly one (exact: a Decimal times a small integer)."""
    return monthly if months == 1 else monthly * months


def _plan_order(plan) -> tuple:
    """Plans in a stable order: ids numerically, codes alphabetically."""
    return (0, plan, "") if isinstance(plan, int) else (1, 0, str(plan))


def _walk(events: list[Event], bases: Mapping, signup_currency: str, p_prev: date, p: date,
          first_seller=None):
    """One pass over the events: the state at the start of ``p_prev``, then after each day
    with events in (p_prev, p), then (as the last item) the state at the start of ``p``."""
    state = CompanyState(signup_currency, seller=first_seller)
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


def _on_part(x, part: str, currency: str, other_currency: str | None) -> bool:
    """Whether the proration of the recurring extra ``x`` (None: none) goes on the invoice ``part`` in
    ``currency``: the advance's takes those in its currency, the past period's every other (refused there
    if in a third)."""
    if x is None:
        return False
    if part == ADVANCE:
        return x.currency == currency
    return not (x.currency is not None and x.currency == other_currency != currency)


def invoice_lines(events: Iterable[Event], bases: Mapping[Hashable, str], currency: str,
                  p_prev: date, p: date, p_next: date, price: PriceLookup,
                  signup_currency: str | None = None, *, before: Span | None = None,
                  after: Span | None = None, seller: Hashable | None = None,
                  first_seller: Hashable | None = None, end_state: list | None = None,
                  part: str | None = None, other_currency: str | None = None) -> list[Line]:
    """Every line due at boundary ``p``, in a stable order: recurring, proration, extras.

    ``currency`` is the invoice's (the company's on ``p``); ``signup_currency`` the company's before
    its first currency change (default: ``currency``), which prices the extras recorded before it.
    ``before`` and ``after``: the periods [p_prev, p) and [p, p_next) when they are not whole months
    (a term, or a billing-day change); None: whole months. ``seller``: only that seller's lines, the
    company being with ``first_seller`` until its first move (None: every line, whoever sold it).
    ``end_state``: a list to which the company's state at the start of ``p`` is appended (the events dated
    ``p`` included), as the walk leaves it (``app.billing.snapshots`` keeps it).
    ``part``: at a boundary whose previous period was billed in another currency (``other_currency``), the
    lines of one of the two invoices it is billed on (app/billing/company_bill.py): ``ADVANCE`` the recurring
    lines for [p, p_next), ``PAST`` the prorations of [p_prev, p); each takes the one-off extras and the
    prorations of recurring extras in its own currency and leaves those in ``other_currency`` to the other
    (None: every line, one currency).
    Raises ``ProrataError`` for an extra in another currency than the invoice's."""
    evs = ordered(events)
    signup_currency = signup_currency or currency
    period_days = days_between(p_prev, p)
    m_before = m_after = 1
    share_after = (1, 1)
    if before is not None:
        m_before, period_days = before.months, before.term_days
    if after is not None:
        m_after = after.months
        if not after.whole:
            share_after = (after.days, after.term_days)
    lines: list[Line] = []
    prorations: list[Line] = []

    # Proration for changes dated in (p_prev, p); the walk ends with the state at p.
    prev_q: dict = {}
    prev_x: dict = {}
    state = None
    moved = seller_changes(evs, first_seller) if first_seller is not None else ()
    for day, state in _walk(evs, bases, signup_currency, p_prev, p, first_seller):
        if seller is None or state.seller == seller:
            q_now = state.quantities(bases)
            # A recurring extra ends at the company's next move (its seller's own item: ``runs``).
            x_now = {k: x for k, x in state.extras.items() if runs(x, moved, day)} if moved else dict(state.extras)
        else:  # with another seller: nothing of this seller's
            q_now, x_now = {}, {}
        if p_prev < day < p:
            days = days_between(day, p)
            # Unchanged quantities (a day of one-off extras, say) prorate nothing, nor do unchanged extras.
            changed = part != ADVANCE and q_now != prev_q
            for plan in sorted(set(prev_q) | set(q_now), key=_plan_order) if changed else ():
                dq = q_now.get(plan, 0) - prev_q.get(plan, 0)
                if dq:
                    unit = _times(price(plan, p_prev), m_before)
                    prorations.append(Line(PRORATION, day, p, dq, unit, currency, plan, None, None, None, days,
                                           period_days, p_prev, m_before))
            for code in sorted(set(prev_x) | set(x_now)) if x_now != prev_x else ():
                was, now = prev_x.get(code), x_now.get(code)
                if was is not None and now is not None and was.since == now.since:
                    continue
                # At a boundary billed in two currencies, an extra's proration goes on the invoice in the
                # extra's own currency: one started after the currency change on the advance's.
                if part is not None and not _on_part(was, part, currency, other_currency):
                    was = None
                if part is not None and not _on_part(now, part, currency, other_currency):
                    now = None
                if was is not None:
                    _in_currency(code, was.amount, was.currency, was.since, currency, p)
                    prorations.append(Line(PRORATION, day, p, -1, _times(was.amount, m_before), currency, None,
                                           code, was.user, was.description, days, period_days,
                                           months=m_before))
                if now is not None:
                    _in_currency(code, now.amount, now.currency, now.since, currency, p)
                    prorations.append(Line(PRORATION, day, p, 1, _times(now.amount, m_before), currency, None,
                                           code, now.user, now.description, days, period_days,
                                           months=m_before))
        prev_q, prev_x = q_now, x_now
    if end_state is not None:
        end_state.append(state)

    # Recurring, in advance for [p, p_next), from the state at p.
    for plan, q in sorted(prev_q.items(), key=lambda kv: _plan_order(kv[0])) if part != PAST else ():
        if q <= 0:
            continue
        if after is None:  # a whole month: the common case, kept as lean as it was
            lines.append(Line(RECURRING, p, p_next, q, price(plan, p), currency, plan, None, None, None, 1, 1, p))
        else:
            lines.append(Line(RECURRING, p, p_next, q, _times(price(plan, p), m_after), currency, plan, None, None,
                              None, *share_after, price_day=p, months=m_after))
    for code, x in sorted(prev_x.items()) if part != PAST else ():
        _in_currency(code, x.amount, x.currency, x.since, currency, p)
        lines.append(Line(RECURRING, p, p_next, 1, _times(x.amount, m_after), currency, None, code, x.user,
                          x.description, *share_after, months=m_after))
    lines += prorations

    # One-off extras dated in [p_prev, p), in full, each in the currency of its date.
    on_day, sold_by = signup_currency, first_seller
    for e in evs:
        if e.type == "currency" and e.currency:
            on_day = e.currency
        elif e.type == "move":
            sold_by = e.code
        if e.type == "extra" and not e.recurring and p_prev <= e.date < p and (seller is None or sold_by == seller):
            if other_currency is not None and on_day == other_currency != currency:
                continue  # on the other invoice of a boundary billed in two currencies (``part``)
            _in_currency(e.code, e.amount, on_day, e.date, currency, p)
            lines.append(Line(EXTRA, e.date, e.date + timedelta(days=1), 1, e.amount, currency, None, e.code,
                              e.user, e.description))
    return lines
