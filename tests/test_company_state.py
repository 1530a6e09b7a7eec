"""A company's state on any date is derived from its events.

The property test works backwards: it draws a random day-by-day history of
what a company had (plans, quantities, assigned users, recurring extras,
currency), writes the events that a clerk would have recorded for each change,
shuffles them, and checks that folding the events gives back the drawn history
on every day.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.company_state import Event, state_on, timeline
from app.errors import ProrataError

BASES = {"flat": "per_plan", "mail": "per_user", "mail-pro": "per_user", "sites": "per_unit",
         "backup": "per_unit"}
USERS = ["ann", "bob", "cy", "dee"]
START = date(2026, 1, 15)


@dataclass
class Day:
    """What the company has from one day on (the reference, drawn at random)."""

    plans: dict = field(default_factory=dict)  # plan -> (quantity, frozenset(users))
    extras: dict = field(default_factory=dict)  # code -> amount
    currency: str = "EUR"


plan_state = st.tuples(st.integers(0, 5), st.frozensets(st.sampled_from(USERS)))
day_state = st.builds(
    Day,
    plans=st.dictionaries(st.sampled_from(sorted(BASES)), plan_state, max_size=4),
    extras=st.dictionaries(st.sampled_from(["lease", "rack"]),
                           st.decimals(min_value=1, max_value=500, places=2), max_size=2),
    currency=st.sampled_from(["EUR", "USD", "GBP"]),
)


def _normal(day: Day) -> Day:
    """Quantities as billing sees them: per_plan 1, per_user the users."""
    plans = {}
    for p, (q, users) in day.plans.items():
        basis = BASES[p]
        plans[p] = (1 if basis == "per_plan" else len(users) if basis == "per_user" else q, users)
    return Day(plans, day.extras, day.currency)


def _events_between(old: Day, new: Day, d: date, rnd: random.Random) -> list[Event]:
    ev: list[Event] = []
    gone = [p for p in old.plans if p not in new.plans]
    came = [p for p in new.plans if p not in old.plans]
    carried: dict[str, tuple[int, frozenset]] = {}
    # Sometimes record a leaving and an arriving plan as one plan change.
    if gone and came and rnd.random() < 0.5:
        a, b = gone.pop(), came.pop()
        q, users = old.plans[a]
        ev.append(Event(d, "plan_change", plan=a, to_plan=b))
        if BASES[b] == "per_plan":
            q = 1
        elif BASES[b] == "per_unit" and BASES[a] == "per_user":
            q = len(users)
        carried[b] = (q, users)
    for p in gone:
        ev.append(Event(d, "cancel", plan=p))
    for p in came:
        q = new.plans[p][0]
        ev.append(Event(d, "subscribe", plan=p, quantity=q if BASES[p] == "per_unit" else None))
        carried[p] = (q if BASES[p] == "per_unit" else 1, frozenset())
    for p, (q, users) in new.plans.items():
        q0, users0 = carried.get(p, old.plans.get(p, (q, frozenset())))
        if BASES[p] == "per_unit" and q != q0:
            ev.append(Event(d, "quantity", plan=p, quantity=q))
        for u in sorted(users0 - users):
            ev.append(Event(d, "unassign", plan=p, user=u))
        for u in sorted(users - users0):
            ev.append(Event(d, "assign", plan=p, user=u))
    # A recurring extra's amount is in the currency it started in: across a currency change the clerk
    # ends it and adds it again in the new currency.
    moves = new.currency != old.currency
    for code in sorted(old.extras):
        if moves or code not in new.extras or new.extras[code] != old.extras[code]:
            ev.append(Event(d, "extra_end", code=code))
    if moves:
        ev.append(Event(d, "currency", currency=new.currency))
    for code in sorted(new.extras):
        if moves or code not in old.extras or new.extras[code] != old.extras[code]:
            ev.append(Event(d, "extra", code=code, amount=new.extras[code], recurring=True))
    return ev


def _seen(state) -> Day:
    return Day(
        {p: (s.billable_quantity(BASES[p]), frozenset(s.users)) for p, s in state.subscriptions.items()},
        {c: x.amount for c, x in state.extras.items()},
        state.currency,
    )


@settings(max_examples=150, deadline=None)
@given(
    history=st.lists(st.tuples(st.integers(1, 40), day_state), min_size=1, max_size=8),
    seed=st.integers(0, 2**32),
)
def test_state_on_every_day_matches_the_history_the_events_describe(history, seed):
    rnd = random.Random(seed)
    changes: list[tuple[date, Day]] = []
    d = START
    for gap, day in history:
        changes.append((d, day))
        d = d + timedelta(days=gap)
    events: list[Event] = []
    before = Day()
    for when, day in changes:
        for e in _events_between(before, day, when, rnd):
            events.append(e._replace(seq=len(events)))
        before = _normal(day)
    rnd.shuffle(events)  # storage order must not matter: date, then seq, decides

    last = changes[-1][0] + timedelta(days=3)
    expected = Day()
    i = 0
    probe = START - timedelta(days=2)
    while probe <= last:
        while i < len(changes) and changes[i][0] <= probe:
            expected = _normal(changes[i][1])
            i += 1
        got = _seen(state_on(events, probe, BASES, "EUR"))
        assert got == expected, probe
        probe += timedelta(days=1)
    # The timeline names exactly the days on which something changed.
    changed_days = [when for (when, day), prev in zip(changes, [Day()] + [c[1] for c in changes])
                    if _normal(day) != _normal(prev)]
    assert [d for d, _ in timeline(events, BASES, "EUR")] == changed_days


def test_subscription_since_is_the_day_it_started():
    events = [
        Event(date(2026, 1, 15), "subscribe", plan="mail", seq=1),
        Event(date(2026, 1, 15), "assign", plan="mail", user="ann", seq=2),
        Event(date(2026, 2, 10), "subscribe", plan="sites", quantity=3, seq=3),
        Event(date(2026, 2, 20), "quantity", plan="sites", quantity=5, seq=4),
        Event(date(2026, 3, 1), "cancel", plan="sites", seq=5),
    ]
    feb25 = state_on(events, date(2026, 2, 25), BASES, "EUR")
    assert feb25.quantities(BASES) == {"mail": 1, "sites": 5}
    assert feb25.subscriptions["sites"].since == date(2026, 2, 10)
    # An event dated d takes effect from the start of day d.
    assert state_on(events, date(2026, 3, 1), BASES, "EUR").quantities(BASES) == {"mail": 1}
    assert state_on(events, date(2026, 2, 28), BASES, "EUR").quantities(BASES) == {"mail": 1, "sites": 5}
    assert state_on(events, date(2026, 1, 14), BASES, "EUR").quantities(BASES) == {}


@pytest.mark.parametrize("event,error", [
    (Event(date(2026, 2, 1), "quantity", plan="sites", quantity=2), "not_subscribed"),
    (Event(date(2026, 2, 1), "subscribe", plan="mail"), "already_subscribed"),
    (Event(date(2026, 2, 1), "assign", plan="mail", user="ann"), "already_assigned"),
    (Event(date(2026, 2, 1), "unassign", plan="mail", user="bob"), "not_assigned"),
    (Event(date(2026, 2, 1), "quantity", plan="mail", quantity=4), "wrong_basis"),
    (Event(date(2026, 2, 1), "subscribe", plan="sites"), "wrong_basis"),
    (Event(date(2026, 2, 1), "subscribe", plan="nope"), "unknown"),
    (Event(date(2026, 2, 1), "extra_end", code="lease"), "unknown"),
    (Event(date(2026, 2, 1), "refund"), "bad_value"),
])
def test_events_that_make_no_sense_are_refused(event, error):
    events = [
        Event(date(2026, 1, 15), "subscribe", plan="mail", seq=1),
        Event(date(2026, 1, 15), "assign", plan="mail", user="ann", seq=2),
        event,
    ]
    with pytest.raises(ProrataError) as exc:
        state_on(events, date(2026, 3, 1), BASES, "EUR")
    assert exc.value.problems[0].id == error


def test_one_off_extras_leave_no_state_and_recurring_ones_do():
    events = [
        Event(date(2026, 2, 3), "extra", code="support", amount=Decimal("50.00"), recurring=False, seq=1),
        Event(date(2026, 2, 4), "extra", code="lease", amount=Decimal("20.00"), recurring=True, seq=2),
        Event(date(2026, 4, 1), "extra_end", code="lease", seq=3),
    ]
    assert list(state_on(events, date(2026, 3, 1), BASES, "EUR").extras) == ["lease"]
    assert state_on(events, date(2026, 4, 1), BASES, "EUR").extras == {}


def test_currency_change_refused_while_a_recurring_extra_runs_in_the_old_currency():
    # A lease of 20.00 EUR from Feb 4; the company moves to JPY on Mar 1 with the lease still running.
    lease = Event(date(2026, 2, 4), "extra", code="lease", amount=Decimal("20.00"), recurring=True, seq=1)
    to_jpy = Event(date(2026, 3, 1), "currency", currency="JPY", seq=2)
    with pytest.raises(ProrataError) as exc:
        state_on([lease, to_jpy], date(2026, 3, 1), BASES, "EUR")
    problem = exc.value.problems[0]
    assert problem.id == "currency_change_with_extra"
    assert exc.value.messages() == ["the currency cannot change to JPY on 2026-03-01 while the recurring extra "
                                    "'lease' runs at 20.00 EUR: end the extra first, then add it again at its "
                                    "amount in JPY"]


def test_ending_the_extra_first_lets_the_currency_change_and_the_new_extra_is_in_the_new_currency():
    events = [
        Event(date(2026, 2, 4), "extra", code="lease", amount=Decimal("20.00"), recurring=True, seq=1),
        Event(date(2026, 3, 1), "extra_end", code="lease", seq=2),
        Event(date(2026, 3, 1), "currency", currency="JPY", seq=3),
        Event(date(2026, 3, 1), "extra", code="lease", amount=Decimal("3200"), recurring=True, seq=4),
        Event(date(2026, 4, 1), "currency", currency="JPY", seq=5),  # the same currency again: no change
    ]
    assert state_on(events, date(2026, 2, 28), BASES, "EUR").extras["lease"].currency == "EUR"
    state = state_on(events, date(2026, 4, 1), BASES, "EUR")
    assert (state.currency, state.extras["lease"].amount, state.extras["lease"].currency) == (
        "JPY", Decimal("3200"), "JPY")
