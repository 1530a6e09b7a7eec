"""A company's own price belongs to its seller on the day it starts, and every screen reads it as billing does.

An own price (the ``company_override`` layer) is between a company and its seller. A company that moves to
another seller pays an own price only while the seller that set it sells it (``PriceBook.own_key``). So an
own price set while a move is pending is the current seller's and ends at the move, and the price screens
and the explanations show, for a day, the price of the seller of that day (both databases).

The world (tests.billing_world, plus): a plan hyperv-s (one per company), wholesale 29.00; the hoster sells it
at 42.10 (tax 20 %); the reseller rheinwerk (it bills its companies, tax 19 %) at 39.20, at the hoster's
wholesale 29.00 (no override): its margin 10.20. Companies are direct customers of the hoster, billed on the
1st of the month. Every expected figure is worked by hand in the comments.
"""
from __future__ import annotations

import json

import pytest
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.billing.explain import explain_invoice
from app.billing.run import run_billing
from app.cli.main import main
from app.models import Invoice, InvoiceLine, Plan, Price, Reseller, Service
from app.services import price_matrix
from app.services.moves import move_company
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
HV = "hyperv-s"


def world(db):
    w = build(db)
    with unit_of_work(db) as s:
        svc = s.scalars(select(Service)).first()
        plan = Plan(code=HV, service_id=svc.id, basis="per_plan", name={"en": "Virtual server S"})
        rw = Reseller(code="rheinwerk", name="Rheinwerk Cloud GmbH", currency="EUR", language="en_GB",
                      billing_day=1, billing_mode="reseller_bills", tax_rate=D("19"))
        s.add_all([plan, rw])
        s.flush()
        w.plans[HV], w.resellers["rheinwerk"] = plan.id, rw.id
        s.add_all([Price(layer="wholesale", plan_id=plan.id, currency="EUR", amount=D("29.00")),
                   Price(layer="retail", plan_id=plan.id, currency="EUR", amount=D("42.10")),
                   Price(layer="retail", reseller_id=rw.id, plan_id=plan.id, currency="EUR", amount=D("39.20"))])
    return w


def company(db, w, code):
    return add_company(db, w, code, signup=date(2026, 1, 1), billing_day=1,
                       events=[(date(2026, 1, 1), "subscribe", {"plan": HV, "quantity": 1})])


def set_own(db, code, amount, day):
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer="company_override", plan=HV, currency="EUR", amount=amount,
                               valid_from=day, company=code)


def move(db, code, to, day):
    with unit_of_work(db) as s:
        move_company(s, code, to, day)


def invoices(db, company_id, since):
    """(issuer, date, kind, subtotal, tax, total, [(kind, start, end, unit, amount)]) from ``since`` on."""
    with unit_of_work(db) as s:
        out = []
        for inv in s.scalars(select(Invoice).where(Invoice.company_id == company_id, Invoice.period_start >= since)
                             .order_by(Invoice.period_start, Invoice.issuer_key)):
            lines = [(ln.kind, ln.start, ln.end, ln.unit_price, ln.amount) for ln in s.scalars(
                select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.position))]
            out.append((inv.issuer_key, inv.period_start, inv.kind, inv.subtotal, inv.tax, inv.total, lines))
        return out


def invoice_id(db, company_id, issuer, start):
    with unit_of_work(db) as s:
        return s.scalar(select(Invoice.id).where(Invoice.company_id == company_id, Invoice.issuer_key == issuer,
                                                 Invoice.period_start == start))


def layers(db, inv_id, position=1):
    """The price layers the explanation of one line shows: (layer, owner, amount, applied)."""
    with unit_of_work(db) as s:
        ex = explain_invoice(s, inv_id).lines[position - 1]
        return [(x.layer, x.owner, x.amount, x.applied) for x in ex.layers], ex.today_unit_price


def shown(db, code, on):
    """The company's page for hyperv-s on ``on``: (seller's price, own price, from, pays)."""
    with unit_of_work(db) as s:
        row = next(r for r in price_matrix.company_prices(s, code, "EUR", on) if r.plan_code == HV)
        return row.retail, row.own, row.own_from, row.pays


def test_an_own_price_set_while_a_move_is_pending_is_the_current_sellers_and_ends_at_the_move(db):
    w = world(db)
    f1 = company(db, w, "F1")
    rw = f"reseller:{w.resellers['rheinwerk']}"
    run_billing(db, date(2026, 7, 1))  # July billed in advance at 42.10
    move(db, "F1", "rheinwerk", "2026-09-15")
    set_own(db, "F1", "30.00", date(2026, 7, 2))
    with unit_of_work(db) as s:
        [row] = s.scalars(select(Price).where(Price.company_id == f1)).all()
        assert row.reseller_id is None  # the hoster's: it sells F1 on 2 July (not rheinwerk, its seller after)
        notice = price_matrix.own_price_notice(s, "F1", date(2026, 7, 2))
    assert notice.message() == (
        "the own price of F1 from 2026-07-02 belongs to its seller on that day (hoster); it ends on 2026-09-15, "
        "when F1 moves to rheinwerk: from then F1 pays rheinwerk's prices, unless an own price is set from "
        "2026-09-15 on")
    run_billing(db, date(2026, 10, 1))

    assert invoices(db, f1, date(2026, 8, 1)) == [
        # August and September, the hoster at F1's own 30.00 (July was priced on 1 July, at 42.10); tax 20 % 6.00.
        ("hoster", date(2026, 8, 1), "invoice", D("30.00"), D("6.00"), D("36.00"),
         [("recurring", date(2026, 8, 1), date(2026, 9, 1), D("30.00"), D("30.00"))]),
        ("hoster", date(2026, 9, 1), "invoice", D("30.00"), D("6.00"), D("36.00"),
         [("recurring", date(2026, 9, 1), date(2026, 10, 1), D("30.00"), D("30.00"))]),
        # The hoster credits 15-30 September, 16 of 30 days at the 30.00 it billed: 30 x 16/30 = 16.00; tax 3.20.
        ("hoster", date(2026, 10, 1), "credit_note", D("-16.00"), D("-3.20"), D("-19.20"),
         [("proration", date(2026, 9, 15), date(2026, 10, 1), D("30.00"), D("-16.00"))]),
        # rheinwerk at its own retail 39.20: October 39.20, 15-30 September 39.20 x 16/30 = 20.9066.. -> 20.91;
        # 60.11, tax 19 % 11.4209 -> 11.42; 71.53.
        (rw, date(2026, 10, 1), "invoice", D("60.11"), D("11.42"), D("71.53"),
         [("recurring", date(2026, 10, 1), date(2026, 11, 1), D("39.20"), D("39.20")),
          ("proration", date(2026, 9, 15), date(2026, 10, 1), D("39.20"), D("20.91"))]),
    ]
    # The company's page: the hoster's 42.10 and F1's own 30.00 until the move, rheinwerk's 39.20 from it.
    assert shown(db, "F1", date(2026, 9, 14)) == (D("42.10"), D("30.00"), date(2026, 7, 2), D("30.00"))
    assert shown(db, "F1", date(2026, 9, 15)) == (D("39.20"), None, None, D("39.20"))
    # The explanations apply the layer billing applied.
    assert layers(db, invoice_id(db, f1, "hoster", date(2026, 9, 1))) == (
        [("company_override", "F1", D("30.00"), True), ("retail", "hoster", D("42.10"), False)], D("30.00"))
    assert layers(db, invoice_id(db, f1, rw, date(2026, 10, 1))) == (
        [("company_override", "F1", None, False), ("retail", "rheinwerk", D("39.20"), True)], D("39.20"))

    # An own price after the move (from the day after the last billed boundary) is rheinwerk's, and F1 pays it
    # from then: nothing to notice.
    set_own(db, "F1", "33.00", date(2026, 10, 2))
    with unit_of_work(db) as s:
        assert s.scalar(select(Price.reseller_id).where(Price.company_id == f1, Price.valid_from
                                                        == date(2026, 10, 2))) == w.resellers["rheinwerk"]
        assert price_matrix.own_price_notice(s, "F1", date(2026, 10, 2)) is None
    assert shown(db, "F1", date(2026, 10, 2)) == (D("39.20"), D("33.00"), date(2026, 10, 2), D("33.00"))
    assert shown(db, "F1", date(2026, 9, 20)) == (D("39.20"), None, None, D("39.20"))


def test_the_screens_show_what_a_moved_company_pays(db, capsys):
    w = world(db)
    d1 = company(db, w, "D1")
    rw = f"reseller:{w.resellers['rheinwerk']}"
    set_own(db, "D1", "28.00", date(2026, 1, 1))  # the hoster's own price for D1
    move(db, "D1", "rheinwerk", "2026-05-15")
    run_billing(db, date(2026, 6, 1))

    assert invoices(db, d1, date(2026, 5, 1)) == [
        ("hoster", date(2026, 5, 1), "invoice", D("28.00"), D("5.60"), D("33.60"),
         [("recurring", date(2026, 5, 1), date(2026, 6, 1), D("28.00"), D("28.00"))]),
        # The hoster credits 15-31 May, 17 of 31 days: 28.00 x 17/31 = 15.3548.. -> 15.35; tax 3.07.
        ("hoster", date(2026, 6, 1), "credit_note", D("-15.35"), D("-3.07"), D("-18.42"),
         [("proration", date(2026, 5, 15), date(2026, 6, 1), D("28.00"), D("-15.35"))]),
        # rheinwerk does not take the hoster's own price: 39.20 for June, 39.20 x 17/31 = 21.4967.. -> 21.50;
        # 60.70, tax 19 % 11.533 -> 11.53; 72.23.
        (rw, date(2026, 6, 1), "invoice", D("60.70"), D("11.53"), D("72.23"),
         [("recurring", date(2026, 6, 1), date(2026, 7, 1), D("39.20"), D("39.20")),
          ("proration", date(2026, 5, 15), date(2026, 6, 1), D("39.20"), D("21.50"))]),
    ]
    assert shown(db, "D1", date(2026, 5, 20)) == (D("39.20"), None, None, D("39.20"))
    assert shown(db, "D1", date(2026, 5, 10)) == (D("42.10"), D("28.00"), date(2026, 1, 1), D("28.00"))
    with unit_of_work(db) as s:
        assert price_matrix.company_overrides(s, "D1", date(2026, 5, 20)) == []
        assert [r["amount"] for r in price_matrix.company_overrides(s, "D1", date(2026, 5, 10))] == ["28.00"]

    assert main(["prices", "show", "--company", "D1", "--plan", HV, "--currency", "EUR", "--on", "2026-05-20",
                 "--json", "--db", db.url.render_as_string(hide_password=False)]) == 0
    assert [{k: r[k] for k in ("retail", "own", "own_from", "pays")} for r in json.loads(capsys.readouterr().out)] \
        == [{"retail": "39.20", "own": None, "own_from": None, "pays": "39.20"}]

    # rheinwerk's June line: its retail applies, and today's prices give the same 39.20.
    assert layers(db, invoice_id(db, d1, rw, date(2026, 6, 1))) == (
        [("company_override", "D1", None, False), ("retail", "rheinwerk", D("39.20"), True)], D("39.20"))
    # The hoster's May line: its own price for D1 applies (the hoster sold D1 then).
    assert layers(db, invoice_id(db, d1, "hoster", date(2026, 5, 1))) == (
        [("company_override", "D1", D("28.00"), True), ("retail", "hoster", D("42.10"), False)], D("28.00"))


def test_a_correction_names_the_seller_a_company_moved_to_by_its_code(db, capsys):
    w = world(db)
    d2 = company(db, w, "D2")
    run_billing(db, date(2026, 6, 1))
    move(db, "D2", "rheinwerk", "2026-05-15")  # late: May was billed by the hoster
    run_billing(db, date(2026, 7, 1))
    rw = f"reseller:{w.resellers['rheinwerk']}"
    with unit_of_work(db) as s:
        inv = s.scalar(select(Invoice.id).where(Invoice.company_id == d2, Invoice.issuer_key == rw))
        ex = explain_invoice(s, inv)
        causes = [(c.type, c.code, c.date) for ln in ex.lines for c in ln.causes]
        number = s.get(Invoice, inv).id
    assert ("move", "rheinwerk", date(2026, 5, 15)) in causes
    assert main(["explain", str(number), "--db", db.url.render_as_string(hide_password=False)]) == 0
    out = capsys.readouterr().out
    assert "move rheinwerk, dated 2026-05-15" in out and "reseller:" not in out


def test_an_own_price_filed_under_another_seller_can_still_be_removed(db):
    w = world(db)
    f1 = company(db, w, "F1")
    with unit_of_work(db) as s:  # as set_price filed it before: under the seller after a pending move
        s.add(Price(layer="company_override", plan_id=w.plans[HV], currency="EUR", amount=D("30.00"),
                    valid_from=date(2026, 7, 2), reseller_id=w.resellers["rheinwerk"], company_id=f1))
    move(db, "F1", "rheinwerk", "2026-09-15")
    set_own(db, "F1", None, date(2026, 7, 2))
    with unit_of_work(db) as s:
        assert s.scalars(select(Price).where(Price.company_id == f1)).all() == []



def test_a_resellers_login_sets_an_own_price_only_from_the_day_it_sells_the_company(db, monkeypatch):
    # Row-level security lets a reseller's login write only its own rows; the service says why in words first.
    # The login's scope is what row_security.login_scope reads on PostgreSQL (rheinwerk's here, on both
    # databases, so that the session still reads the company's moves).
    from app.errors import ProrataError
    from app.storage import row_security

    w = world(db)
    f1 = company(db, w, "F1")
    move(db, "F1", "rheinwerk", "2026-09-15")
    monkeypatch.setattr(row_security, "login_scope", lambda conn: ("rw_clerk", w.resellers["rheinwerk"]))
    with pytest.raises(ProrataError) as exc:
        set_own(db, "F1", "30.00", date(2026, 7, 2))  # the hoster's day: not rheinwerk's to price
    assert [p.message() for p in exc.value.problems] == [
        "valid_from: F1's seller on 2026-07-02 is hoster, and an own price belongs to the seller on the day it "
        "starts: set it from 2026-09-15 (when F1 moves to you) or later"]
    set_own(db, "F1", "30.00", date(2026, 9, 15))
    with unit_of_work(db) as s:
        assert s.execute(select(Price.valid_from, Price.reseller_id).where(Price.company_id == f1)).all() == [
            (date(2026, 9, 15), w.resellers["rheinwerk"])]
