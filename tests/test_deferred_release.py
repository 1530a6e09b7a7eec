"""Deferred invoices (a minimum charge with the ``defer`` policy): carried only into an invoice of their own
currency, and invoiced, below the minimum too, once they can no longer grow. Worked scenarios on both
databases, amounts by hand.

- A company that changes currency: what waits in the old one is invoiced in it, never on the new one's invoice.
- A company that cancels: what waits is invoiced once nothing is billed beside it, and then nothing more.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.explain import explain_invoice
from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import BilledPeriod, Invoice, InvoiceLine, Price
from app.services import invoices as invoice_service
from app.storage.engine import unit_of_work
from tests.billing_world import World, add_company, add_events, build, set_minimum, snapshot

D = Decimal


def invoices(engine, company_id: int) -> list[tuple[Invoice, list[tuple]]]:
    """The company's invoices (oldest first) with their lines as (kind, start, amount)."""
    with unit_of_work(engine) as s:
        out = []
        for inv in s.scalars(select(Invoice).where(Invoice.company_id == company_id).order_by(Invoice.id)):
            lines = s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)
                              .order_by(InvoiceLine.position)).all()
            out.append((inv, [(ln.kind, ln.start, ln.amount) for ln in lines]))
        return out


def outcomes(report) -> list[tuple]:
    return [(o.boundary, o.outcome, o.currency, o.total) for o in report.outcomes]


# --- a company that changes currency ------------------------------------------------------------------------

def currency_world(engine) -> int:
    """Archiving at 20.00 EUR / 2500 JPY a month under a 50.00 EUR minimum (defer), tax 20 %; the company
    bills in JPY from Mar 10 (test_billing_currency_change's company, under a minimum)."""
    w = build(engine)
    set_minimum(engine, "hoster", "EUR", "50.00", "defer")
    return add_company(engine, w, "d1", signup=date(2026, 1, 10), events=[
        (date(2026, 1, 10), "subscribe", {"plan": "archiving"}),
        (date(2026, 3, 10), "currency", {"currency": "JPY"})])


# Jan 10 and Feb 10: 20.00 < 50.00, deferred (20.00 + 4.00 tax each). Mar 10: the JPY invoice holds only the
# JPY month, 2500 + 500 tax = 3000; the EUR deferrals can no longer grow: 20.00 + 20.00 = 40.00 + 8.00 tax =
# 48.00 EUR on an invoice of their own, under the minimum and without a top-up.
CURRENCY_OUTCOMES = [(date(2026, 1, 10), "deferred", "EUR", "24.00"), (date(2026, 2, 10), "deferred", "EUR", "24.00"),
                     (date(2026, 3, 10), "billed", "JPY", "3000"), (date(2026, 3, 10), "billed", "EUR", "48.00")]


def test_deferred_amounts_stay_in_their_currency_when_the_company_changes_currency(db):
    cid = currency_world(db)
    report = run_billing(db, date(2026, 3, 10), issue=True)
    assert outcomes(report) == CURRENCY_OUTCOMES
    jan, feb, jpy, eur = invoices(db, cid)
    assert [(i.status, i.currency, i.carried_into_id) for i, _ in (jan, feb)] == [
        ("carried", "EUR", eur[0].id), ("carried", "EUR", eur[0].id)]
    assert (jpy[0].status, jpy[0].currency, jpy[0].subtotal, jpy[0].tax, jpy[0].total) == (
        "issued", "JPY", D("2500"), D("500"), D("3000"))
    assert jpy[1] == [("recurring", date(2026, 3, 10), D("2500"))]
    assert (eur[0].status, eur[0].currency, eur[0].subtotal, eur[0].tax, eur[0].total) == (
        "issued", "EUR", D("40.00"), D("8.00"), D("48.00"))
    assert eur[1] == [("recurring", date(2026, 1, 10), D("20.00")), ("recurring", date(2026, 2, 10), D("20.00"))]
    # One billed period per boundary: Mar 10's is the JPY invoice's (the EUR one has none of its own).
    with unit_of_work(db) as s:
        marks = s.execute(select(BilledPeriod.boundary, BilledPeriod.invoice_id).where(
            BilledPeriod.company_id == cid).order_by(BilledPeriod.boundary)).all()
    assert marks == [(date(2026, 1, 10), jan[0].id), (date(2026, 2, 10), feb[0].id), (date(2026, 3, 10), jpy[0].id)]
    # Its lines are explained in EUR at today's EUR price (not as 20 JPY).
    with unit_of_work(db) as s:
        explained = explain_invoice(s, eur[0].id)
    assert [ln.amount for ln in explained.lines] == [D("20.00"), D("20.00")]
    assert not any(p.id == "price_changed" for ln in explained.lines for p in ln.words)
    # Later months: the JPY invoice alone, 3000 each; nothing in EUR waits any more.
    later = run_billing(db, date(2026, 5, 10), issue=True)
    assert outcomes(later) == [(date(2026, 4, 10), "billed", "JPY", "3000"),
                               (date(2026, 5, 10), "billed", "JPY", "3000")]
    assert [i.currency for i, _ in invoices(db, cid)[4:]] == ["JPY", "JPY"]


def test_a_dry_run_previews_the_currency_release_as_the_run_writes_it(db):
    currency_world(db)
    assert outcomes(run_billing(db, date(2026, 3, 10), dry_run=True)) == CURRENCY_OUTCOMES
    # A stored deferral (Jan 10, billed for real) is previewed the same way.
    run_billing(db, date(2026, 1, 10))
    assert outcomes(run_billing(db, date(2026, 3, 10), dry_run=True)) == CURRENCY_OUTCOMES[1:]
    assert outcomes(run_billing(db, date(2026, 3, 10))) == CURRENCY_OUTCOMES[1:]


def test_deleting_the_boundary_draft_takes_the_currency_release_along(db):
    cid = currency_world(db)
    run_billing(db, date(2026, 3, 10))
    before = invoices(db, cid)
    jpy, eur = before[2][0], before[3][0]
    # Alone, the EUR draft cannot go (its deferrals would stay carried into nothing): it says why, in words.
    with unit_of_work(db) as s, pytest.raises(ProrataError) as refused:
        invoice_service.delete_draft(s, eur.id)
    assert str(refused.value) == (f"invoice draft #{eur.id} bills in EUR what company d1 had deferred in EUR; it "
                                  f"was written with draft #{jpy.id}: delete draft #{jpy.id} instead, which takes it "
                                  "along")
    with unit_of_work(db) as s:
        invoice_service.delete_draft(s, jpy.id)
    # Both Mar 10 drafts are gone, the EUR deferrals wait again, and the next run bills Mar 10 as before.
    assert [(i.status, i.carried_into_id) for i, _ in invoices(db, cid)] == [("deferred", None), ("deferred", None)]
    assert outcomes(run_billing(db, date(2026, 3, 10))) == CURRENCY_OUTCOMES[2:]
    after = invoices(db, cid)
    assert [(i.currency, i.total, lines) for i, lines in after[2:]] == [
        (i.currency, i.total, lines) for i, lines in before[2:]]


# --- a company that cancels ---------------------------------------------------------------------------------

def cancel_world(engine, *, cancel: date | None = date(2026, 2, 20)) -> tuple[int, World]:
    """A site at 10.00 EUR a month from Jan 15 (anniversary billing: the 15th), under a 25.00 EUR minimum
    (defer), tax 20 %; cancelled on ``cancel``."""
    w = build(engine)
    with unit_of_work(engine) as s:
        s.add(Price(layer="retail", reseller_id=None, plan_id=w.plans["sharepoint-sites"], currency="EUR",
                    amount=D("10.00")))
    set_minimum(engine, "hoster", "EUR", "25.00", "defer")
    events = [(date(2026, 1, 15), "subscribe", {"plan": "sharepoint-sites", "quantity": 1})]
    if cancel is not None:
        events.append((cancel, "cancel", {"plan": "sharepoint-sites"}))
    return add_company(engine, w, "c3", signup=date(2026, 1, 15), events=events), w


# Jan 15 and Feb 15: 10.00 each in advance, deferred (10.00 + 2.00 tax). Mar 15: the credit for Feb 20 to
# Mar 15, -1 x 10.00 x 23/28 = -8.21, is a line of its own: 10 + 10 - 8.21 = 11.79 < 25.00, deferred again
# (-8.21 - 1.64 tax). Apr 15: nothing of its own, so what waits can no longer grow: 11.79 + 2.36 tax = 14.15,
# invoiced below the minimum, without a top-up. May and Jun: nothing.
CANCEL_OUTCOMES = [(date(2026, 1, 15), "deferred", "EUR", "12.00"), (date(2026, 2, 15), "deferred", "EUR", "12.00"),
                   (date(2026, 3, 15), "deferred", "EUR", "-9.85"), (date(2026, 4, 15), "billed", "EUR", "14.15"),
                   (date(2026, 5, 15), "nothing", "EUR", "0.00"), (date(2026, 6, 15), "nothing", "EUR", "0.00")]


def test_a_cancelled_company_gets_what_it_deferred_invoiced_once(db):
    cid, _ = cancel_world(db)
    report = run_billing(db, date(2026, 6, 15), issue=True)
    assert outcomes(report) == CANCEL_OUTCOMES
    *deferred, last = invoices(db, cid)
    assert [(i.status, i.total, i.carried_into_id) for i, _ in deferred] == [
        ("carried", D("12.00"), last[0].id), ("carried", D("12.00"), last[0].id),
        ("carried", D("-9.85"), last[0].id)]
    assert (last[0].status, last[0].currency, last[0].subtotal, last[0].tax, last[0].total) == (
        "issued", "EUR", D("11.79"), D("2.36"), D("14.15"))
    assert last[1] == [("recurring", date(2026, 1, 15), D("10.00")), ("recurring", date(2026, 2, 15), D("10.00")),
                       ("proration", date(2026, 2, 20), D("-8.21"))]
    assert last[0].issue_date == date(2026, 4, 15)
    # No empty deferred invoice, then or later.
    later = run_billing(db, date(2026, 9, 15), issue=True)
    assert [o.outcome for o in later.outcomes] == ["nothing"] * 3
    assert len(invoices(db, cid)) == 4


def test_a_dry_run_previews_the_release_of_a_cancelled_company(db):
    cancel_world(db)
    assert outcomes(run_billing(db, date(2026, 6, 15), dry_run=True)) == CANCEL_OUTCOMES
    run_billing(db, date(2026, 2, 15))  # two deferrals stored
    assert outcomes(run_billing(db, date(2026, 6, 15), dry_run=True)) == CANCEL_OUTCOMES[2:]
    assert outcomes(run_billing(db, date(2026, 6, 15))) == CANCEL_OUTCOMES[2:]


def test_billing_a_release_in_two_runs_equals_one_run(db, fresh_db):
    def billed(engine, *as_of):
        currency_world_company(engine, cancel_world(engine)[1])
        for day in as_of:
            run_billing(engine, day, issue=True)
        return snapshot(engine)

    assert billed(fresh_db(), date(2026, 3, 12), date(2026, 6, 15)) == billed(fresh_db(), date(2026, 6, 15))


def currency_world_company(engine, w: World) -> None:
    """``currency_world``'s company, in ``cancel_world``'s world (whose minimum is 25.00 EUR)."""
    add_company(engine, w, "d1", signup=date(2026, 1, 10), events=[
        (date(2026, 1, 10), "subscribe", {"plan": "archiving"}),
        (date(2026, 3, 10), "currency", {"currency": "JPY"})])


def test_worker_processes_bill_releases_as_one_process(db, fresh_db):
    def billed(engine, workers):
        currency_world_company(engine, cancel_world(engine)[1])
        report = run_billing(engine, date(2026, 6, 15), issue=True, workers=workers)
        return report.as_json(), snapshot(engine)

    alone = billed(fresh_db(), 0)
    assert ("2026-04-15", "14.15") in [(r["boundary"], r["total"]) for r in alone[0]["billed"]]
    assert billed(fresh_db(), 2) == alone


# --- corrections ---------------------------------------------------------------------------------------------

def test_a_late_cancel_corrects_deferred_months_and_the_rest_is_released(db):
    # Billed up to Feb 15 (two deferrals of 10.00), then a cancel dated Feb 1 is recorded. Mar 15 corrects:
    # -10.00 x 14/31 for Feb 1 to Feb 15 (-4.52) and -10.00 for the advance of Feb 15 to Mar 15; with what
    # waits, 10 + 10 - 4.52 - 10 = 5.48 < 25.00: deferred again (lines of its own). Apr 15: nothing of its own:
    # 5.48 + 1.10 tax = 6.58 invoiced.
    cid, w = cancel_world(db, cancel=None)
    run_billing(db, date(2026, 2, 15), issue=True)
    add_events(db, w, "c3", [(date(2026, 2, 1), "cancel", {"plan": "sharepoint-sites"})])
    report = run_billing(db, date(2026, 5, 15), issue=True)
    assert outcomes(report) == [(date(2026, 3, 15), "deferred", "EUR", "-17.42"),
                                (date(2026, 4, 15), "billed", "EUR", "6.58"),
                                (date(2026, 5, 15), "nothing", "EUR", "0.00")]
    *_, mar, apr = invoices(db, cid)
    assert mar[1] == [("correction", date(2026, 2, 1), D("-4.52")), ("correction", date(2026, 2, 15), D("-10.00"))]
    assert (apr[0].subtotal, apr[0].tax, apr[0].total, apr[0].status) == (D("5.48"), D("1.10"), D("6.58"), "issued")
    assert [amount for _, _, amount in apr[1]] == [D("10.00"), D("10.00"), D("-4.52"), D("-10.00")]
