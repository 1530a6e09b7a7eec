""""Undo this change" (both databases): the counter-change of each kind, dated like the change; the bills net
to what they would have been without the mistake; refusals with their reasons; audited."""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import Accrual, AuditEntry, Invoice, InvoiceLine, Price
from app.services import changes as ch
from app.services.undo import undo_change
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.test_changes import FIVE, five_users_world, invoice_lines, subscribe_five

D = Decimal


def _record(engine, *events) -> list[int]:
    with unit_of_work(engine) as s:
        return ch.record_changes(s, list(events)).ids


def _undo(engine, event_id, **kw):
    with unit_of_work(engine) as s:
        return undo_change(s, event_id, **kw).changes


def _billed(engine) -> tuple[dict, dict]:
    """Each company's invoice lines summed (before tax), and what accrued to its reseller, by kind."""
    out: dict = defaultdict(Decimal)
    accrued: dict = defaultdict(Decimal)
    with unit_of_work(engine) as s:
        for cid, amount in s.execute(select(Invoice.company_id, InvoiceLine.amount)
                                     .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
                                     .where(Invoice.company_id.is_not(None))):
            out[cid] += amount
        for cid, kind, amount in s.execute(select(Accrual.company_id, Accrual.kind, Accrual.amount)):
            accrued[(cid, kind)] += amount
    return dict(out), dict(accrued)


def test_done_when_undoing_a_mistaken_change_nets_the_bills_to_a_world_without_the_mistake(db, fresh_db):
    mistaken = fresh_db()
    w = five_users_world(mistaken)
    subscribe_five(mistaken)
    run_billing(mistaken, date(2026, 3, 15))
    # A mistake: 5 sites from 1 February instead of 2, recorded late and billed once as corrections.
    [wrong] = _record(mistaken, ch.change_quantity("five", "sharepoint-sites", 5, date(2026, 2, 1)))
    run_billing(mistaken, date(2026, 4, 15))
    five = w.companies["five"]
    lines, _ = invoice_lines(mistaken, five, date(2026, 4, 15))
    assert lines[2:] == [  # 3 x 12.00 x 14/31 = 16.258..., then two whole months of 3 sites
        ("correction", date(2026, 2, 1), date(2026, 2, 15), 3, D("12.00"), D("16.26")),
        ("correction", date(2026, 2, 15), date(2026, 3, 15), 3, D("12.00"), D("36.00")),
        ("correction", date(2026, 3, 15), date(2026, 4, 15), 3, D("12.00"), D("36.00"))]
    [back] = _undo(mistaken, wrong)
    assert (back.type, back.date, back.quantity, back.undoes_id) == ("quantity", date(2026, 2, 1), 2, wrong)
    run_billing(mistaken, date(2026, 5, 15))
    lines, totals = invoice_lines(mistaken, five, date(2026, 5, 15))
    assert lines == [
        ("recurring", date(2026, 5, 15), date(2026, 6, 15), 5, D("6.00"), D("30.00")),
        ("recurring", date(2026, 5, 15), date(2026, 6, 15), 2, D("12.00"), D("24.00")),
        ("correction", date(2026, 2, 1), date(2026, 2, 15), -3, D("12.00"), D("-16.26")),
        ("correction", date(2026, 2, 15), date(2026, 3, 15), -3, D("12.00"), D("-36.00")),
        ("correction", date(2026, 3, 15), date(2026, 4, 15), -3, D("12.00"), D("-36.00")),
        # the month from 15 April was billed in advance with 5 sites
        ("correction", date(2026, 4, 15), date(2026, 5, 15), -3, D("12.00"), D("-36.00"))]
    assert totals[0] == D("-70.26")  # 54.00 - 124.26

    never = fresh_db()  # the same company, without the mistake
    w2 = five_users_world(never)
    subscribe_five(never)
    run_billing(never, date(2026, 5, 15))
    # Five invoices of 5 x 6.00 + 2 x 12.00 = 54.00: 270.00 in both worlds; acme's cost for them: five
    # months of 5 x 3.50 (its wholesale override) + 2 x 8.00 = 33.50, 167.50.
    assert _billed(never) == ({w2.companies["five"]: D("270.00")}, {(w2.companies["five"], "cost"): D("167.50")})
    assert _billed(mistaken) == ({five: D("270.00")}, {(five, "cost"): D("167.50")})


def test_undoing_a_one_off_extra_records_its_negated_amount_and_nets_on_the_same_invoice(db):
    w = five_users_world(db)
    subscribe_five(db)
    [extra] = _record(db, ch.add_extra("five", "setup", "49.90", date=date(2026, 1, 20), user=FIVE[1],
                                       description={"en": "Setup", "de": "Einrichtung"}))
    [back] = _undo(db, extra)
    assert (back.type, back.code, back.amount, back.user, back.description, back.recurring, back.date) == (
        "extra", "setup", D("-49.90"), FIVE[1], {"en": "Setup", "de": "Einrichtung"}, False, date(2026, 1, 20))
    run_billing(db, date(2026, 2, 15))
    lines, totals = invoice_lines(db, w.companies["five"], date(2026, 2, 15))
    assert [ln for ln in lines if ln[0] == "extra"] == [
        ("extra", date(2026, 1, 20), date(2026, 1, 21), 1, D("49.90"), D("49.90")),
        ("extra", date(2026, 1, 20), date(2026, 1, 21), 1, D("-49.90"), D("-49.90"))]
    assert totals[0] == D("54.00")


def _acme_sells_archiving(db, w) -> None:
    """Acme's price of Archiving (20.00 EUR) and its cost (15.00 EUR): a change a run could not price is refused."""
    with unit_of_work(db) as s:
        s.add_all([Price(layer="retail", reseller_id=w.resellers["acme"], plan_id=w.plans["archiving"],
                         currency="EUR", amount=D("20.00")),
                   Price(layer="wholesale", plan_id=w.plans["archiving"], currency="EUR", amount=D("15.00"))])


@pytest.mark.parametrize("change, counter", [
    (ch.change_plan("five", "sharepoint-sites", "archiving", date(2026, 2, 1)),
     [("plan_change", "archiving", "sharepoint-sites", 2, None)]),
    (ch.cancel("five", "exchange-basic", date(2026, 2, 1)),
     [("subscribe", "exchange-basic", None, None, None)]
     + [("assign", "exchange-basic", None, None, u) for u in sorted(FIVE)]),
    (ch.cancel("five", "sharepoint-sites", date(2026, 2, 1)), [("subscribe", "sharepoint-sites", None, 2, None)]),
    (ch.unassign("five", "exchange-basic", FIVE[2], date(2026, 2, 1)),
     [("assign", "exchange-basic", None, None, FIVE[2])]),
    (ch.add_extra("five", "backup", "5.00", date=date(2026, 2, 1), recurring=True, description="Backup"),
     [("extra_end", None, None, None, None)]),
])
def test_each_kind_of_change_has_its_counter_change_dated_like_it(db, change, counter):
    _acme_sells_archiving(db, five_users_world(db))
    subscribe_five(db)
    [wrong] = _record(db, change)
    got = _undo(db, wrong)
    assert [(c.type, c.plan, c.to_plan, c.quantity, c.user) for c in got] == counter
    assert {(c.date, c.undoes_id) for c in got} == {(date(2026, 2, 1), wrong)}


def test_undoing_the_end_of_a_recurring_extra_runs_it_again_as_it_ran_and_a_currency_change_goes_back(db):
    w = build(db)
    add_company(db, w, "c1", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    [_, end] = _record(db, ch.add_extra("c1", "backup", "5.00", date=date(2026, 1, 20), recurring=True,
                                        description="Backup"),
                       ch.end_extra("c1", "backup", date(2026, 3, 1)))
    [again] = _undo(db, end)
    assert (again.type, again.code, again.amount, again.recurring, again.description, again.date) == (
        "extra", "backup", D("5.00"), True, {"en": "Backup"}, date(2026, 3, 1))
    [_, cur] = _record(db, ch.end_extra("c1", "backup", date(2026, 4, 15)),
                       ch.change_currency("c1", "JPY", date(2026, 4, 15)))
    [back] = _undo(db, cur)
    assert (back.type, back.currency, back.date) == ("currency", "EUR", date(2026, 4, 15))


def test_an_undo_is_refused_when_a_later_change_depends_on_it_when_done_already_or_itself_an_undo(db):
    five_users_world(db)
    [sub] = _record(db, ch.subscribe("five", "sharepoint-sites", date(2026, 1, 20), quantity=1))
    [qty] = _record(db, ch.change_quantity("five", "sharepoint-sites", 3, date(2026, 2, 10)))
    with pytest.raises(ProrataError) as err:
        _undo(db, sub)
    assert err.value.messages() == [
        f"id: change #{sub} (subscribe on 2026-01-20) cannot be undone: the later change #{qty} (quantity on "
        "2026-02-10) depends on what it did; undo that one first"]
    [back] = _undo(db, qty)
    with pytest.raises(ProrataError) as err:
        _undo(db, qty)
    assert err.value.messages() == [f"id: change #{qty} was undone already (by change #{back.id})"]
    with pytest.raises(ProrataError) as err:
        _undo(db, back.id)
    assert err.value.problems[0].id == "undo_of_undo"
    # The quantity change and its undo net to nothing: the subscription can go now.
    [cancel] = _undo(db, sub)
    assert (cancel.type, cancel.date) == ("cancel", date(2026, 1, 20))
    with unit_of_work(db) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "undo")
                          .order_by(AuditEntry.id.desc())).first()
    assert entry.before["change"]["id"] == sub and entry.after["changes"][0]["undoes"] == sub


def test_an_assignment_after_a_mistaken_subscription_on_the_same_day_blocks_its_undo(db):
    five_users_world(db)
    [sub, assigned] = _record(db, ch.subscribe("five", "exchange-basic", date(2026, 1, 20)),
                              ch.assign("five", "exchange-basic", FIVE[0], date(2026, 1, 20)))
    with pytest.raises(ProrataError) as err:
        _undo(db, sub)
    assert err.value.problems[0].params["later"] == assigned


def test_an_undo_names_the_company_it_is_for(db):
    _acme_sells_archiving(db, five_users_world(db))
    [sub] = _record(db, ch.subscribe("five", "archiving", date(2026, 1, 20)))
    with pytest.raises(ProrataError) as err:
        _undo(db, sub, company="other")
    assert err.value.problems[0].id == "change_of_other_company"
    with pytest.raises(ProrataError) as err:
        _undo(db, sub + 100)
    assert err.value.problems[0].id == "not_found"
