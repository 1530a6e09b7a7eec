"""Properties of whole billing runs over random hosters (hypothesis), on both databases.

- A second run up to the same date adds nothing.
- Billing up to X and then up to Y writes the same invoices, lines, accruals,
  numbers and billed periods as one run up to Y.

Each example builds its worlds in fresh databases of the backend under test
(``fresh_db``).
"""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.billing.run import run_billing
from app.models import Price
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build, set_minimum, snapshot

BASES = {"exchange-basic": "per_user", "sharepoint-sites": "per_unit", "archiving": "per_plan"}
MODES = ["reseller_bills", "hoster_bills_reseller_processor", "hoster_bills_hoster_processor"]


@st.composite
def company_histories(draw, code: str):
    signup = draw(st.dates(date(2026, 1, 1), date(2026, 6, 30)))
    events = []
    subscribed: dict[str, set | None] = {}
    day = signup
    for _ in range(draw(st.integers(1, 8))):
        plan = draw(st.sampled_from(sorted(BASES)))
        if plan not in subscribed:
            fields = {"plan": plan}
            if BASES[plan] == "per_unit":
                fields["quantity"] = draw(st.integers(1, 6))
            events.append((day, "subscribe", fields))
            subscribed[plan] = set() if BASES[plan] == "per_user" else None
        elif draw(st.integers(0, 3)) == 0:
            events.append((day, "cancel", {"plan": plan}))
            del subscribed[plan]
        elif BASES[plan] == "per_unit":
            events.append((day, "quantity", {"plan": plan, "quantity": draw(st.integers(0, 9))}))
        elif BASES[plan] == "per_user":
            user = f"{draw(st.sampled_from(['ann', 'bob']))}@{code}.example"
            users = subscribed[plan]
            events.append((day, "unassign" if user in users else "assign", {"plan": plan, "user": user}))
            users.symmetric_difference_update({user})
        if draw(st.booleans()):
            day += timedelta(days=draw(st.integers(1, 40)))
    if draw(st.booleans()):
        events.append((signup + timedelta(days=draw(st.integers(0, 60))), "extra",
                       {"code": "support-call", "amount": Decimal("35.00"), "recurring": False,
                        "description": {"en": "Support call"}}))
    events.sort(key=lambda e: e[0])
    return dict(signup=signup, billing_day=draw(st.one_of(st.none(), st.integers(1, 31))),
                reseller=draw(st.sampled_from([None, "acme"])), events=events)


@st.composite
def hosters(draw):
    companies = [draw(company_histories(f"c{i}")) for i in range(draw(st.integers(1, 4)))]
    x = draw(st.dates(date(2026, 1, 15), date(2026, 8, 31)))
    y = x + timedelta(days=draw(st.integers(1, 120)))
    return dict(mode=draw(st.sampled_from(MODES)), companies=companies,
                minimum=draw(st.sampled_from([None, ("10.00", "defer"), ("30.00", "top_up")])),
                price_change=draw(st.one_of(st.none(), st.dates(date(2026, 2, 1), date(2026, 9, 30)))),
                x=x, y=y)


def _populate(engine, hoster) -> None:
    w = build(engine, acme_mode=hoster["mode"])
    with unit_of_work(engine) as s:  # every plan priced at every layer, and one price change
        pl, acme = w.plans, w.resellers["acme"]
        s.add_all([
            Price(layer="retail", reseller_id=None, plan_id=pl["sharepoint-sites"], currency="EUR",
                  amount=Decimal("13.00")),
            Price(layer="retail", reseller_id=acme, plan_id=pl["archiving"], currency="EUR", amount=Decimal("18.00")),
            Price(layer="wholesale", plan_id=pl["archiving"], currency="EUR", amount=Decimal("11.00")),
        ])
        if hoster["price_change"]:
            s.add(Price(layer="retail", reseller_id=acme, plan_id=pl["exchange-basic"], currency="EUR",
                        amount=Decimal("6.60"), valid_from=hoster["price_change"]))
    if hoster["minimum"]:
        amount, policy = hoster["minimum"]
        set_minimum(engine, "hoster", "EUR", amount, policy)
    for i, c in enumerate(hoster["companies"]):
        add_company(engine, w, f"c{i}", **c)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hoster=hosters())
def test_runs_are_idempotent_and_split_runs_equal_one_run(fresh_db, hoster):
    engine = fresh_db()
    _populate(engine, hoster)
    run_billing(engine, hoster["y"], issue=True)
    once = snapshot(engine)
    event("10+ invoices" if len(once[0]) >= 10 else f"{len(once[0])} invoices")  # --hypothesis-show-statistics
    again = run_billing(engine, hoster["y"], issue=True)
    assert again.outcomes == [] and again.reseller_invoices == 0
    assert snapshot(engine) == once

    engine = fresh_db()
    _populate(engine, hoster)
    run_billing(engine, hoster["x"], issue=True)
    run_billing(engine, hoster["y"], issue=True)
    assert snapshot(engine) == once
