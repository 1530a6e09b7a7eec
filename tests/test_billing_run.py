"""Billing runs end to end on both databases: worked scenarios with amounts by hand."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing import run as run_module
from app.billing.run import run_billing
from app.models import Accrual, BilledPeriod, Invoice, InvoiceLine, Price
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build, set_minimum

D = Decimal


def invoices(engine, **where):
    with unit_of_work(engine) as s:
        q = select(Invoice).order_by(Invoice.issue_date, Invoice.id)
        for k, v in where.items():
            q = q.where(getattr(Invoice, k) == v)
        out = []
        for inv in s.scalars(q):
            lines = s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)
                              .order_by(InvoiceLine.position)).all()
            out.append((inv, [(l.kind, l.amount) for l in lines]))
        return out


def test_contoso_reseller_bills_three_months(db):
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    with unit_of_work(db) as s:
        s.add(Price(layer="company_override", company_id=w.companies["c1"], reseller_id=w.resellers["acme"],
                    plan_id=w.plans["exchange-basic"], currency="EUR", amount=D("5.50"),
                    valid_from=date(2026, 1, 1)))
    report = run_billing(db, date(2026, 3, 20))
    assert [o.outcome for o in report.outcomes] == ["billed", "billed", "billed"]
    got = invoices(db, company_id=w.companies["c1"])
    # Jan 15: 1 mailbox at the company's override 5.50; acme's tax 19 %: 1.045 -> 1.05.
    jan, feb, mar = got
    assert jan[1] == [("recurring", D("5.50"))]
    assert (jan[0].subtotal, jan[0].tax, jan[0].total, jan[0].kind) == (D("5.50"), D("1.05"), D("6.55"), "invoice")
    assert jan[0].issuer_key == f"reseller:{w.resellers['acme']}" and jan[0].status == "draft"
    # Feb 15 (period of 31 days): mailbox 5.50; 3 sites 36.00; sites from Feb 10: 3 x 12 x 5/31 = 5.81;
    # support call 50.00. Subtotal 97.31; tax 19 % = 18.4889 -> 18.49; total 115.80.
    assert feb[1] == [("recurring", D("5.50")), ("recurring", D("36.00")), ("proration", D("5.81")),
                      ("extra", D("50.00"))]
    assert (feb[0].subtotal, feb[0].tax, feb[0].total) == (D("97.31"), D("18.49"), D("115.80"))
    # Mar 15 (28 days): mailbox 5.50; +2 sites x 12 x 23/28 = 19.71; -5 x 12 x 14/28 = -30.00.
    # Subtotal -4.79; tax -0.9101 -> -0.91; total -5.70: a credit note.
    assert mar[1] == [("recurring", D("5.50")), ("proration", D("19.71")), ("proration", D("-30.00"))]
    assert (mar[0].subtotal, mar[0].tax, mar[0].total, mar[0].kind) == (
        D("-4.79"), D("-0.91"), D("-5.70"), "credit_note")

    # The hoster invoices acme (billing day 1) what accrued at acme's cost:
    # Feb 1: the Jan 15 mailbox at 3.50; tax 20 % = 0.70; total 4.20.
    # Mar 1: Feb 15's mailbox 3.50 + 3 sites x 8.00 = 24.00 + 3 x 8 x 5/31 = 3.87 (the extra costs nothing):
    # 31.37, tax 6.274 -> 6.27, total 37.64.
    wholesale = invoices(db, customer_reseller_id=w.resellers["acme"])
    assert [(i.issue_date, i.kind, i.subtotal, i.tax, i.total) for i, _ in wholesale] == [
        (date(2026, 2, 1), "wholesale", D("3.50"), D("0.70"), D("4.20")),
        (date(2026, 3, 1), "wholesale", D("31.37"), D("6.27"), D("37.64")),
    ]
    assert wholesale[1][1] == [("recurring", D("3.50")), ("recurring", D("24.00")), ("proration", D("3.87"))]
    # Mar 15's cost lines wait for Apr 1: 3.50, +2 x 8 x 23/28 = 13.14, -5 x 8 x 14/28 = -20.00.
    with unit_of_work(db) as s:
        open_amounts = s.scalars(select(Accrual.amount).where(Accrual.settled_by_id.is_(None))
                                 .order_by(Accrual.id)).all()
    assert open_amounts == [D("3.50"), D("13.14"), D("-20.00")]


def test_rerun_adds_nothing(db):
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    run_billing(db, date(2026, 3, 20))
    with unit_of_work(db) as s:
        before = s.scalar(select(func.count()).select_from(Invoice))
    again = run_billing(db, date(2026, 3, 20))
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == before == 5
    assert again.outcomes == [] and again.reseller_invoices == 0


def test_direct_company_catch_up_over_three_missed_months_with_numbers(db):
    # Archiving (per plan, 20.00) for a direct company on day 31, signed up Jan 31.
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    report = run_billing(db, date(2026, 4, 30), issue=True)
    # Boundaries Jan 31, Feb 28, Mar 31, Apr 30: four invoices of 20.00 + 20 % = 24.00, numbered in order.
    assert [(o.boundary, o.total) for o in report.of("billed")] == [
        (date(2026, 1, 31), "24.00"), (date(2026, 2, 28), "24.00"), (date(2026, 3, 31), "24.00"),
        (date(2026, 4, 30), "24.00")]
    got = invoices(db, company_id=w.companies["d1"])
    assert [i.number for i, _ in got] == ["INV-2026-00001", "INV-2026-00002", "INV-2026-00003",
                                          "INV-2026-00004"]
    assert [(i.period_start, i.period_end) for i, _ in got][1] == (date(2026, 2, 28), date(2026, 3, 31))
    assert all(i.status == "issued" for i, _ in got)


def test_anniversary_on_the_30th_through_february_with_a_mid_period_mailbox(db):
    # Signup Jan 30: boundaries Jan 30, Feb 28 (clamped), Mar 30. Archiving 20.00 flat; Exchange 6.50 a
    # mailbox, the first one assigned Feb 10. Hoster's tax 20 %.
    # Jan 30: 20.00 -> total 24.00.
    # Feb 28 (Jan 30 -> Feb 28 is 29 days): 20.00 + 6.50 in advance, and the mailbox from Feb 10:
    #   6.50 x 18/29 = 4.034 -> 4.03; subtotal 30.53, tax 6.106 -> 6.11, total 36.64.
    # Mar 30 (Feb 28 -> Mar 30 is 30 days): 20.00 + 6.50 = 26.50, tax 5.30, total 31.80.
    w = build(db)
    add_company(db, w, "d30", signup=date(2026, 1, 30), events=[
        (date(2026, 1, 30), "subscribe", {"plan": "archiving"}),
        (date(2026, 1, 30), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 2, 10), "assign", {"plan": "exchange-basic", "user": "a@d30.example"})])
    run_billing(db, date(2026, 3, 30), issue=True)
    got = invoices(db, company_id=w.companies["d30"])
    assert [(i.period_start, i.period_end, i.subtotal, i.tax, i.total) for i, _ in got] == [
        (date(2026, 1, 30), date(2026, 2, 28), D("20.00"), D("4.00"), D("24.00")),
        (date(2026, 2, 28), date(2026, 3, 30), D("30.53"), D("6.11"), D("36.64")),
        (date(2026, 3, 30), date(2026, 4, 30), D("26.50"), D("5.30"), D("31.80")),
    ]
    assert got[1][1] == [("recurring", D("6.50")), ("recurring", D("20.00")), ("proration", D("4.03"))]


def test_fixed_day_signup_with_reverse_charge_in_jpy(db):
    # Billing day 1, signup Jan 20, JPY 2,500 a month: stub 2500 x 12/31 = 967.74 -> 968, plus Feb 2,500.
    w = build(db)
    add_company(db, w, "jp", currency="JPY", signup=date(2026, 1, 20), billing_day=1,
                tax_treatment="reverse_charge",
                events=[(date(2026, 1, 20), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 2, 1))
    [(inv, lines)] = invoices(db, company_id=w.companies["jp"])
    assert lines == [("recurring", D("2500")), ("proration", D("968"))]
    assert (inv.subtotal, inv.tax, inv.total, inv.tax_note) == (D("3468"), D("0"), D("3468"), "reverse_charge")


def test_minimum_charge_defers_then_carries(db):
    # A direct company with one mailbox at 6.50 under a 10.00 minimum (defer), exempt from tax.
    w = build(db)
    set_minimum(db, "hoster", "EUR", "10.00", "defer")
    add_company(db, w, "small", signup=date(2026, 1, 10), tax_treatment="exempt", events=[
        (date(2026, 1, 10), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 1, 10), "assign", {"plan": "exchange-basic", "user": "a@small.example"}),
        (date(2026, 2, 10), "assign", {"plan": "exchange-basic", "user": "b@small.example"}),
    ])
    report = run_billing(db, date(2026, 2, 10), issue=True)
    # Jan 10: 6.50 < 10.00: deferred. Feb 10: 2 x 6.50 = 13.00 plus the carried 6.50 = 19.50.
    assert [(o.boundary, o.outcome) for o in report.outcomes] == [
        (date(2026, 1, 10), "deferred"), (date(2026, 2, 10), "billed")]
    got = invoices(db, company_id=w.companies["small"])
    assert [(i.status, i.number, i.total) for i, _ in got] == [
        ("carried", None, D("6.50")), ("issued", "INV-2026-00001", D("19.50"))]
    assert got[1][1] == [("recurring", D("13.00")), ("recurring", D("6.50"))]
    assert got[0][0].carried_into_id == got[1][0].id


def test_dry_run_carries_what_it_defers_like_a_real_run(db):
    # One mailbox at 6.50 (exempt) under a 20.00 minimum: Jan 10, Feb 10 and Mar 10 defer 6.50 each;
    # Apr 10 bills 6.50 + the carried 19.50 = 26.00. The preview must see the same as the run.
    w = build(db)
    set_minimum(db, "hoster", "EUR", "20.00", "defer")
    add_company(db, w, "small", signup=date(2026, 1, 10), tax_treatment="exempt", events=[
        (date(2026, 1, 10), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 1, 10), "assign", {"plan": "exchange-basic", "user": "a@small.example"}),
    ])
    expected = [(date(2026, 1, 10), "deferred", "6.50"), (date(2026, 2, 10), "deferred", "6.50"),
                (date(2026, 3, 10), "deferred", "6.50"), (date(2026, 4, 10), "billed", "26.00")]
    preview = run_billing(db, date(2026, 4, 10), dry_run=True)
    assert [(o.boundary, o.outcome, o.total) for o in preview.outcomes] == expected
    real = run_billing(db, date(2026, 4, 10))
    assert [(o.boundary, o.outcome, o.total) for o in real.outcomes] == expected


def test_dry_run_takes_a_stored_deferral_once(db):
    # Jan 10 is billed for real: 6.50 < 10.00, deferred and stored. A second mailbox from Feb 10.
    # Feb 10: 2 x 6.50 = 13.00 + the stored 6.50 = 19.50. Mar 10: 13.00 alone (the deferral is taken).
    w = build(db)
    set_minimum(db, "hoster", "EUR", "10.00", "defer")
    add_company(db, w, "small", signup=date(2026, 1, 10), tax_treatment="exempt", events=[
        (date(2026, 1, 10), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 1, 10), "assign", {"plan": "exchange-basic", "user": "a@small.example"}),
        (date(2026, 2, 10), "assign", {"plan": "exchange-basic", "user": "b@small.example"}),
    ])
    run_billing(db, date(2026, 1, 10))
    expected = [(date(2026, 2, 10), "billed", "19.50"), (date(2026, 3, 10), "billed", "13.00")]
    preview = run_billing(db, date(2026, 3, 10), dry_run=True)
    assert [(o.boundary, o.outcome, o.total) for o in preview.outcomes] == expected
    real = run_billing(db, date(2026, 3, 10))
    assert [(o.boundary, o.outcome, o.total) for o in real.outcomes] == expected


def test_minimum_charge_top_up(db):
    w = build(db)
    set_minimum(db, "hoster", "EUR", "10.00", "top_up")
    add_company(db, w, "small", signup=date(2026, 1, 10), events=[
        (date(2026, 1, 10), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 1, 10), "assign", {"plan": "exchange-basic", "user": "a@small.example"})])
    run_billing(db, date(2026, 1, 10))
    [(inv, lines)] = invoices(db, company_id=w.companies["small"])
    # 6.50 topped up by 3.50 to 10.00; tax 20 % = 2.00; total 12.00.
    assert lines == [("recurring", D("6.50")), ("minimum", D("3.50"))]
    assert (inv.subtotal, inv.tax, inv.total) == (D("10.00"), D("2.00"), D("12.00"))


def test_margin_mode_gives_a_statement(db):
    w = build(db, acme_mode="hoster_bills_hoster_processor")
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS[:2])
    run_billing(db, date(2026, 2, 1), issue=True)
    [(inv, lines)] = invoices(db, customer_reseller_id=w.resellers["acme"])
    # Jan 15 mailbox: retail 6.00 - cost 3.50 = margin 2.50, owed to acme on Feb 1, with the VAT the hoster
    # collected in acme's name, 19 % of 6.00 = 1.14: 3.64; no tax on a statement.
    assert (inv.kind, inv.number, inv.tax, inv.total) == ("statement", "ST-2026-00001", D("0.00"), D("3.64"))
    assert lines == [("recurring", D("2.50")), ("vat", D("1.14"))]
    # The company's invoice is in acme's name and series.
    [(cinv, _)] = invoices(db, company_id=w.companies["c1"])
    assert cinv.number == "INV-2026-00001" and cinv.issuer_key == f"reseller:{w.resellers['acme']}"


def test_missing_price_fails_that_company_only(db):
    w = build(db)
    add_company(db, w, "ok", signup=date(2026, 1, 10), events=[
        (date(2026, 1, 10), "subscribe", {"plan": "archiving"})])
    add_company(db, w, "usd", currency="USD", signup=date(2026, 1, 10), events=[
        (date(2026, 1, 10), "subscribe", {"plan": "archiving"})])
    report = run_billing(db, date(2026, 1, 10))
    assert [(o.code, o.outcome) for o in report.outcomes] == [("ok", "billed"), ("usd", "failed")]
    assert report.of("failed")[0].reason == "no retail price for plan archiving in USD for usd on 2026-01-10"
    with unit_of_work(db) as s:
        # The failed company is not marked billed: the next run tries again.
        assert s.scalar(select(func.count()).select_from(BilledPeriod)
                        .where(BilledPeriod.company_id == w.companies["usd"])) == 0


def _snapshot(engine):
    with unit_of_work(engine) as s:
        rows = s.execute(select(Invoice.company_id, Invoice.customer_reseller_id, Invoice.number, Invoice.kind,
                                Invoice.issue_date, Invoice.total, Invoice.status)
                         .order_by(Invoice.issue_date, Invoice.number, Invoice.company_id)).all()
        lines = s.execute(select(InvoiceLine.kind, InvoiceLine.amount, InvoiceLine.start)
                          .order_by(InvoiceLine.start, InvoiceLine.amount, InvoiceLine.kind)).all()
    return [tuple(r) for r in rows], [tuple(r) for r in lines]


def _three_companies(db):
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    add_company(db, w, "d2", signup=date(2026, 1, 5), billing_day=1, events=[
        (date(2026, 1, 5), "subscribe", {"plan": "archiving"}),
        (date(2026, 3, 9), "cancel", {"plan": "archiving"})])
    return w


def test_billing_to_x_then_y_equals_one_run_to_y(db, fresh_db):
    _three_companies(db)
    run_billing(db, date(2026, 2, 14), issue=True)
    run_billing(db, date(2026, 4, 20), issue=True)
    split = _snapshot(db)
    # The same world billed in one run, in a fresh database of the same backend.
    other = fresh_db()
    _three_companies(other)
    run_billing(other, date(2026, 4, 20), issue=True)
    assert _snapshot(other) == split
    assert len(split[0]) > 8


def test_cancelled_run_leaves_whole_companies_and_resumes(db, monkeypatch, fresh_db):
    _three_companies(db)
    monkeypatch.setattr(run_module, "BATCH", 1)
    calls = {"n": 0}

    def cancel_after_two():
        calls["n"] += 1
        return calls["n"] > 2

    first = run_billing(db, date(2026, 4, 20), issue=True, cancelled=cancel_after_two)
    assert first.cancelled and len(first.outcomes) == 2
    run_billing(db, date(2026, 4, 20), issue=True)
    resumed = _snapshot(db)
    monkeypatch.setattr(run_module, "BATCH", 500)
    other = fresh_db()
    _three_companies(other)
    run_billing(other, date(2026, 4, 20), issue=True)
    assert _snapshot(other) == resumed


def test_dry_run_writes_nothing(db):
    _three_companies(db)
    report = run_billing(db, date(2026, 3, 20), dry_run=True)
    assert len(report.of("billed")) >= 3
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 0
        assert s.scalar(select(func.count()).select_from(BilledPeriod)) == 0


@pytest.mark.parametrize("workers", [0, 1])
def test_a_boundary_that_failed_holds_back_the_companys_later_ones(db, workers):
    """A run bills the boundaries after a company's last billed one. Billing its later boundaries past one that
    failed would leave that period unbilled for good; they wait, and the next run bills them all."""
    w = build(db)
    add_company(db, w, "usd", currency="USD", signup=date(2026, 1, 10), events=[
        (date(2026, 1, 10), "subscribe", {"plan": "archiving"})])
    with unit_of_work(db) as s:  # a USD price only from Feb 10: the Jan 10 period has none
        s.add(Price(layer="retail", reseller_id=None, plan_id=w.plans["archiving"], currency="USD",
                    amount=D("30.00"), valid_from=date(2026, 2, 10)))
    report = run_billing(db, date(2026, 3, 10), workers=workers)
    assert [(o.boundary, o.outcome) for o in report.outcomes] == [
        (date(2026, 1, 10), "failed"), (date(2026, 2, 10), "skipped"), (date(2026, 3, 10), "skipped")]
    assert report.outcomes[1].reason == ("waits for its bill of 2026-01-10, which this run could not make (above): "
                                         "once that is resolved, the next run bills both")
    assert invoices(db, company_id=w.companies["usd"]) == []
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).select_from(BilledPeriod)
                        .where(BilledPeriod.company_id == w.companies["usd"])) == 0
        s.add(Price(layer="retail", reseller_id=None, plan_id=w.plans["archiving"], currency="USD",
                    amount=D("25.00"), valid_from=date(2026, 1, 1)))
    again = run_billing(db, date(2026, 3, 10), workers=workers)
    assert [o.outcome for o in again.outcomes] == ["billed", "billed", "billed"]
    # Jan 10: 25.00 (the price in force on the period's first day), tax 20 % = 5.00; Feb 10 and Mar 10: 30.00
    # and 6.00 each.
    assert [(i.issue_date, i.subtotal, i.tax, i.total) for i, _ in invoices(db, company_id=w.companies["usd"])] == [
        (date(2026, 1, 10), D("25.00"), D("5.00"), D("30.00")),
        (date(2026, 2, 10), D("30.00"), D("6.00"), D("36.00")),
        (date(2026, 3, 10), D("30.00"), D("6.00"), D("36.00"))]
