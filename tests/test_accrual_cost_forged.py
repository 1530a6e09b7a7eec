"""Costs a reseller's own login forges to owe the hoster less (issue 10, migration 0033,
app/storage/row_security.py ``_costs_added_check`` and ``accrual_cost_removed``): each is refused in words and
nothing is written; the give-backs a real run writes under that login still land.

PostgreSQL only: SQLite has no logins.

The world (tests/test_reseller_accruals_on_corrections.py): acme sells r1 2 SharePoint sites at 12.00 a month and
pays the hoster 6.00 a site (its own wholesale price; the hoster's base one is 8.00); r1 is billed on the 10th
from 2026-01-10. acme's clerk (a reseller-clerk login) runs acme's billing: January's draft bills 2 x 12.00 =
24.00 for Jan 10 - Feb 10 and accrues acme's cost, 2 x 6.00 = 12.00, which the hoster bills acme on Feb 1:
12.00 + 20 % = 14.40.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from app.billing.run import run_billing
from app.models import Accrual, Price
from app.storage.engine import unit_of_work
from tests.billing_world import add_events
from tests.test_accrual_forgery import (FEB1, FEB10, JAN10, _accrued, _forge, _r1_invoice, _refused,  # noqa: F401
                                        cost_mode)
from tests.test_reseller_accruals_on_corrections import _to_acme

D = Decimal
MAR10 = date(2026, 3, 10)

pytestmark = pytest.mark.pg

_COST = ("INSERT INTO accruals (reseller_id, kind, company_id, invoice_id, boundary, line_kind, plan_id, quantity, "
         "unit_price, start, \"end\", currency, amount) VALUES (:r, 'cost', :c, :i, '2026-01-10', :lk, :p, :q, :u, "
         "'2026-01-10', '2026-02-10', 'EUR', :a)")


def _cost(s, w, invoice, quantity, unit, amount, line_kind="recurring"):
    """A cost of r1's sites for Jan 10 - Feb 10 (the draft's period) on ``invoice``, written in SQL."""
    s.execute(text(_COST), dict(r=w.resellers["acme"], c=w.companies["r1"], i=invoice, p=w.plans["sharepoint-sites"],
                                q=D(quantity), u=D(unit), a=D(amount), lk=line_kind))


def _write(engine, *steps):
    with unit_of_work(engine) as s:
        for step in steps:
            step(s)


def _drafted(cost_mode):
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10)
    return w, clerk, hoster, _r1_invoice(clerk, w)


def _hoster_bills_acme(hoster, w, cost: str):
    """The hoster's Feb 1 invoice to acme: ``cost`` + 20 %."""
    run_billing(hoster, FEB1)
    net = D(cost)
    assert _to_acme(hoster, w, FEB1) == [("wholesale", net, (net * D("0.2")).quantize(D("0.01")),
                                           net + (net * D("0.2")).quantize(D("0.01")))]


def test_a_drafts_own_cost_given_back_while_it_bills_the_line_is_refused(cost_mode):
    """-2 x 6.00 = -12.00 for Jan 10 - Feb 10, the draft's own cost negated (12.00 - 12.00 = 0.00 net: 0024 let
    it pass): the draft gives nothing back to r1 (its one line bills +2 sites), so it is refused; the hoster still
    bills acme 12.00 + 2.40 = 14.40."""
    w, clerk, hoster, draft = _drafted(cost_mode)
    _refused("accrual_give_back_unbacked", lambda: _write(clerk, lambda s: _cost(s, w, draft, "-2", "6.00", "-12.00")))
    assert _accrued(hoster, w, "cost") == D("12.00")
    _hoster_bills_acme(hoster, w, "12.00")


def test_a_give_back_at_no_wholesale_price_is_refused(cost_mode):
    """-12.00 written as 1 x -12.00 (no price of the plan is -12.00; net 0.00, 0024 let it pass): refused."""
    w, clerk, hoster, draft = _drafted(cost_mode)
    _refused("accrual_unit_cost_unknown", lambda: _forge(clerk, w, draft, "cost", "-12.00"))
    assert _accrued(hoster, w, "cost") == D("12.00")


def test_a_give_back_the_draft_backs_is_taken_only_at_the_resellers_wholesale_price(cost_mode):
    """The clerk writes a line giving r1 back 1 site for the period (-1 x 12.00) on its draft. Its cost given back
    at acme's 6.00 lands (12.00 - 6.00 = 6.00 net). At the hoster's base 8.00 (which acme's own price replaced
    long before, being in force since always) or at 10.00 (no price), both of which 0024 let pass (12.00 - 8.00 =
    4.00, 12.00 - 10.00 = 2.00 net), it is refused; so is -1 x 6.00 for 2 sites' worth (-12.00 > 1 x 6.00 + 1), and
    -2 x 6.00 against the line's 1 site."""
    w, clerk, hoster, draft = _drafted(cost_mode)

    def line(s):
        s.execute(text("INSERT INTO invoice_lines (invoice_id, reseller_id, position, kind, company_id, plan_id, "
                       "quantity, unit_price, start, \"end\", tax_rate, amount) SELECT invoice_id, reseller_id, 1, "
                       "'proration', company_id, plan_id, -1, unit_price, start, \"end\", tax_rate, -12.00 "
                       "FROM invoice_lines WHERE invoice_id = :i"), dict(i=draft))

    for unit, amount, quantity in (("8.00", "-8.00", "-1"), ("10.00", "-10.00", "-1"), ("6.00", "-12.00", "-1"),
                                   ("6.00", "-12.00", "-2")):
        error = "accrual_unit_cost_unknown" if unit != "6.00" else "accrual_give_back_unbacked"
        _refused(error, lambda: _write(clerk, line, lambda s: _cost(s, w, draft, quantity, unit, amount,
                                                                  "proration")))
    assert _accrued(hoster, w, "cost") == D("12.00")
    _write(clerk, line, lambda s: _cost(s, w, draft, "-1", "6.00", "-6.00", "proration"))
    assert _accrued(hoster, w, "cost") == D("6.00")  # 12.00 - 6.00


def test_a_cost_at_a_price_that_starts_after_its_days_is_refused(pg_db, cost_mode):
    """acme's own price falls to 1.00 from Feb 1 (after January's first day, Jan 10): a backed give-back of 1 site
    for Jan 10 - Feb 10 at 1.00 is refused as a cost at no price in force; at 6.00 it lands (12.00 - 6.00)."""
    w, clerk, hoster, draft = _drafted(cost_mode)
    with unit_of_work(pg_db) as s:
        s.add(Price(layer="wholesale_override", reseller_id=w.resellers["acme"], plan_id=w.plans["sharepoint-sites"],
                    currency="EUR", amount=D("1.00"), valid_from=FEB1))

    def line(s):
        s.execute(text("INSERT INTO invoice_lines (invoice_id, reseller_id, position, kind, company_id, plan_id, "
                       "quantity, unit_price, start, \"end\", tax_rate, amount) SELECT invoice_id, reseller_id, 1, "
                       "'proration', company_id, plan_id, -1, unit_price, start, \"end\", tax_rate, -12.00 "
                       "FROM invoice_lines WHERE invoice_id = :i"), dict(i=draft))

    _refused("accrual_unit_cost_unknown",
             lambda: _write(clerk, line, lambda s: _cost(s, w, draft, "-1", "1.00", "-1.00", "proration")))
    assert _accrued(hoster, w, "cost") == D("12.00")
    _write(clerk, line, lambda s: _cost(s, w, draft, "-1", "6.00", "-6.00", "proration"))
    assert _accrued(hoster, w, "cost") == D("6.00")  # 12.00 - 6.00


def test_a_cost_replaced_by_a_token_amount_is_refused_at_the_commit(cost_mode):
    """The draft's cost deleted and written again at the same 2 x 6.00 for the same period, but for 0.01 (0024
    took any amount up to 2 x 6.00 + 1): the line bills 24.00 = 2 x 12.00, its whole period, so the cost is
    2 x 6.00 x 24.00 / (2 x 12.00) = 12.00, give or take half a minor unit on each amount: 0.5 x (1 + 6.00 /
    12.00) = 0.75. 0.01 and 11.24 (0.76 short) are refused when the transaction commits; 12.00 lands."""
    w, clerk, hoster, draft = _drafted(cost_mode)

    def delete(s):
        s.execute(text("DELETE FROM accruals WHERE invoice_id = :i"), dict(i=draft))

    for amount in ("0.01", "11.24"):
        _refused("accrual_cost_removed", lambda: _write(clerk, delete, lambda s: _cost(s, w, draft, "2", "6.00",
                                                                                          amount)))
    assert _accrued(hoster, w, "cost") == D("12.00")
    _write(clerk, delete, lambda s: _cost(s, w, draft, "2", "6.00", "12.00"))
    _hoster_bills_acme(hoster, w, "12.00")


def test_a_margin_marked_on_a_cost_draft_no_longer_opens_a_give_back_below_zero(cost_mode):
    """A margin of 0.00 on r1's sites (which made 0024 skip the give-back check for them) and then -1,000.00
    (1 x -1,000.00) or -200 x 6.00 = -1,200.00 of cost (12.00 - 1,200.00 = -1,188.00 net): refused."""
    w, clerk, hoster, draft = _drafted(cost_mode)
    _forge(clerk, w, draft, "margin", "0.00")
    _refused("accrual_unit_cost_unknown", lambda: _forge(clerk, w, draft, "cost", "-1000.00"))
    _refused("accrual_give_back_unbacked",
             lambda: _write(clerk, lambda s: _cost(s, w, draft, "-200", "6.00", "-1200.00")))
    assert _accrued(hoster, w, "cost") == D("12.00")


def test_a_resellers_prorations_and_late_corrections_under_its_login(cost_mode):
    """acme's clerk runs r1's billing on Jan 10 (2 sites, 24.00; cost 2 x 6.00 = 12.00), issued. r1 goes down to
    1 site on Jan 20; the clerk's Feb 10 run gives back 1 site for Jan 20 - Feb 10 (21 of the period's 31 days:
    -12.00 x 21/31 = -8.13; cost -6.00 x 21/31 = -4.0645 -> -4.06) and bills 1 site for February (12.00; cost
    6.00). Then r1's cancellation on Feb 5 is recorded late: the clerk's Mar 10 run gives back 1 site for Feb 5 -
    Feb 10 (5/31: -1.94; cost -0.9677 -> -0.97) and February's site (-12.00; cost -6.00), each a negative cost
    backed by its correction line. Costs: 12.00 - 4.06 + 6.00 - 0.97 - 6.00 = 6.97."""
    w, clerk, hoster = cost_mode
    run_billing(clerk, JAN10, issue=True)
    add_events(hoster, w, "r1", [(date(2026, 1, 20), "quantity", {"plan": "sharepoint-sites", "quantity": 1})])
    report = run_billing(clerk, FEB10, issue=True)
    assert [o for o in report.outcomes if o.outcome == "failed"] == []
    add_events(hoster, w, "r1", [(date(2026, 2, 5), "cancel", {"plan": "sharepoint-sites"})])
    report = run_billing(clerk, MAR10, issue=True)
    assert [o for o in report.outcomes if o.outcome == "failed"] == []
    with unit_of_work(hoster) as s:
        costs = sorted(s.scalars(select(Accrual.amount).where(Accrual.company_id == w.companies["r1"],
                                                              Accrual.kind == "cost")))
    assert costs == [D("-6.00"), D("-4.06"), D("-0.97"), D("6.00"), D("12.00")]
    assert _accrued(hoster, w, "cost") == D("6.97")
