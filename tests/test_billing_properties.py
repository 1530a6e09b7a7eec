"""Properties of the line computation, over random histories (hypothesis).

Billing every boundary from the first up to P, the unrounded recurring and
proration lines add up exactly to what a day-by-day meter would charge:
for each day from signup to P, quantity x price / days in that day's period,
plus the state at P for the period paid in advance. Each rounded line is
within half a minor unit of its exact value.
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from app.billing.lines import PRORATION, RECURRING, invoice_lines
from app.billing.periods import effective_day, first_boundary, next_boundary, period_of, previous_boundary
from app.company_state import Event, state_on
from app.money import minor_digits

BASES = {"flat": "per_plan", "mail": "per_user", "sites": "per_unit"}
PRICES = {"flat": Decimal("19.99"), "mail": Decimal("4.35"), "sites": Decimal("12.07")}
USERS = ["ann", "bob", "cy"]


@st.composite
def histories(draw):
    signup = draw(st.dates(date(2027, 1, 1), date(2028, 12, 31)))
    billing_day = draw(st.one_of(st.none(), st.integers(1, 31)))
    events = []
    subscribed: dict[str, set | int] = {}
    day = signup
    for _ in range(draw(st.integers(1, 14))):
        plan = draw(st.sampled_from(sorted(BASES)))
        if plan not in subscribed:
            qty = draw(st.integers(1, 6)) if BASES[plan] == "per_unit" else None
            events.append(Event(day, "subscribe", plan=plan, quantity=qty))
            subscribed[plan] = set() if BASES[plan] == "per_user" else (qty or 1)
        else:
            action = draw(st.sampled_from(["cancel", "change", "change", "change"]))
            if action == "cancel":
                events.append(Event(day, "cancel", plan=plan))
                del subscribed[plan]
            elif BASES[plan] == "per_unit":
                qty = draw(st.integers(0, 9))
                events.append(Event(day, "quantity", plan=plan, quantity=qty))
            elif BASES[plan] == "per_user":
                user = draw(st.sampled_from(USERS))
                users = subscribed[plan]
                events.append(Event(day, "unassign" if user in users else "assign", plan=plan, user=user))
                users.symmetric_difference_update({user})
        if draw(st.booleans()):
            day += timedelta(days=draw(st.integers(1, 45)))
    events = [e._replace(seq=i) for i, e in enumerate(events)]
    horizon = draw(st.integers(1, 8))
    currency = draw(st.sampled_from(["EUR", "JPY", "KWD"]))
    return signup, billing_day, events, horizon, currency


def price(plan, _day):
    return PRICES[plan]


@settings(max_examples=200, deadline=None)
@given(histories())
def test_lines_through_p_equal_the_day_by_day_meter(history):
    signup, billing_day, events, horizon, currency = history
    b = effective_day(billing_day, signup)
    p = first_boundary(signup, billing_day)
    billed = Fraction(0)
    for _ in range(horizon):
        p_prev, p_next = previous_boundary(p, b), next_boundary(p, b)
        for line in invoice_lines(events, BASES, currency, p_prev, p, p_next, price):
            assert line.kind in (RECURRING, PRORATION)
            billed += line.exact
            half = Fraction(1, 2) / 10 ** minor_digits(currency)
            assert abs(Fraction(line.amount) - line.exact) <= half
        last, p = p, p_next

    meter = Fraction(0)
    day = signup
    while day < last:
        period_days = period_of(day, b).days
        for plan, q in state_on(events, day, BASES, currency).quantities(BASES).items():
            meter += q * Fraction(PRICES[plan]) / period_days
        day += timedelta(days=1)
    for plan, q in state_on(events, last, BASES, currency).quantities(BASES).items():
        meter += q * Fraction(PRICES[plan])
    assert billed == meter
