"""Why a line has its amount (app/billing/explain.py), on both databases. Every expected figure is worked
by hand in the comment beside it, from the prices of tests/billing_world.py."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import select

from app.billing.explain import PriceLayer, explain_invoice
from app.billing.run import run_billing
from app.models import Company, Invoice, Price
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build, set_minimum
from tests.actors import recorded

D = Decimal


def _explain(engine, company_id: int, boundary: date):
    with unit_of_work(engine) as s:
        inv = s.scalars(select(Invoice).where(Invoice.company_id == company_id, Invoice.period_start == boundary,
                                              Invoice.kind != "credit_note")).one()
        return explain_invoice(s, inv.id)


def _ids(ex):
    return [p.id for p in ex.words]


def test_a_proration_shows_its_layers_days_exact_value_and_rounding(db):
    w = build(db)
    c = add_company(db, w, "c1", reseller="acme", events=[
        (date(2026, 2, 10), "subscribe", {"plan": "sharepoint-sites", "quantity": 3})])
    run_billing(db, date(2026, 2, 15))
    found = _explain(db, c, date(2026, 2, 15))
    assert (found.customer, found.issuer, found.currency) == ("c1", "acme", "EUR")
    recurring, proration = found.lines
    # Anniversary 15th: the period 15 January -> 15 February has 31 days; 10 February to 15 February is 5.
    assert (proration.position, proration.kind, proration.quantity, proration.unit_price) == (
        2, "proration", D(3), D("12.00"))
    assert (proration.days, proration.period_days, proration.price_day) == (5, 31, date(2026, 1, 15))
    assert (proration.period.start, proration.period.end) == (date(2026, 1, 15), date(2026, 2, 15))
    # 3 x 12.00 x 5/31 = 180/31 = 5.806451612... -> 5.81; 5.81 - 180/31 = 0.11/31 = 0.0035483...
    assert proration.exact.value == Fraction(180, 31)
    assert proration.exact.text() == "5.806451…"
    assert proration.rounded == proration.amount == D("5.81")
    assert proration.rounding_difference.value == Fraction(11, 3100)
    assert proration.rounding_difference.text() == "0.003548…"
    # acme sells: no override for c1, acme's retail 12.00 applies; acme's cost: no override, wholesale 8.00.
    assert proration.layers == [PriceLayer("company_override", "c1", None, None, False),
                                PriceLayer("retail", "acme", D("12.00"), None, True)]
    assert proration.cost_layers == [PriceLayer("wholesale_override", "acme", None, None, False),
                                     PriceLayer("wholesale", "hoster", D("8.00"), None, True)]
    # cost 3 x 8.00 x 5/31 = 120/31 = 3.870967... -> 3.87; margin 5.81 - 3.87 = 1.94
    assert (proration.cost_amount, proration.margin) == (D("3.87"), D("1.94"))
    assert not proration.price_changed
    assert _ids(proration) == ["prorated", "price_from", "cost_from", "formula", "rounding", "margin"]
    formula = proration.words[3].params
    assert (formula["quantity"], formula["unit_price"], formula["days"], formula["period_days"],
            formula["rounded"]) == (D(3), D("12.00"), 5, 31, D("5.81"))
    # In advance: one whole period, 3 x 12.00 = 36.00 exactly, no rounding to speak of.
    assert (recurring.days, recurring.period_days, recurring.price_day) == (1, 1, date(2026, 2, 15))
    assert recurring.exact.value == 36 and recurring.rounding_difference.value == 0
    assert (recurring.exact.text(), recurring.exact.text(2)) == ("36", "36.00")
    assert "rounding" not in _ids(recurring)


def test_a_company_override_beats_the_retail_price(db):
    w = build(db)
    c = add_company(db, w, "d1", events=[
        (date(2026, 1, 15), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 1, 15), "assign", {"plan": "exchange-basic", "user": "ann@d1.example"}),
        (date(2026, 1, 15), "assign", {"plan": "exchange-basic", "user": "bob@d1.example"})])
    with unit_of_work(db) as s:
        s.add(Price(layer="company_override", company_id=c, plan_id=w.plans["exchange-basic"], currency="EUR",
                    amount=D("5.25")))
    run_billing(db, date(2026, 1, 15))
    (line,) = _explain(db, c, date(2026, 1, 15)).lines
    # Direct company: its own 5.25 applies over the hoster's retail 6.50; 2 users x 5.25 = 10.50.
    assert line.layers == [PriceLayer("company_override", "d1", D("5.25"), None, True),
                           PriceLayer("retail", "hoster", D("6.50"), None, False)]
    assert line.cost_layers == [] and line.cost_amount is None
    assert (line.unit_price, line.amount, line.exact.value) == (D("5.25"), D("10.50"), Fraction(21, 2))
    assert line.words[1].params["layer"] == "company_override"


def test_a_price_valid_from_mid_period_applies_from_the_next_boundary_and_names_its_date(db):
    w = build(db)
    c = add_company(db, w, "d2", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    with unit_of_work(db) as s:  # the hoster's archiving: 20.00, then 24.00 from 1 March
        s.add(Price(layer="retail", plan_id=w.plans["archiving"], currency="EUR", amount=D("24.00"),
                    valid_from=date(2026, 3, 1)))
    run_billing(db, date(2026, 3, 15))
    (feb,) = _explain(db, c, date(2026, 2, 15)).lines
    (mar,) = _explain(db, c, date(2026, 3, 15)).lines
    # 15 February bills [15 Feb, 15 Mar) at the price of 15 February: 20.00, in force always.
    assert feb.layers[1] == PriceLayer("retail", "hoster", D("20.00"), None, True)
    assert (feb.amount, feb.price_changed) == (D("20.00"), False)
    # 15 March bills [15 Mar, 15 Apr) at the price of 15 March: 24.00, valid from 1 March.
    assert mar.layers[1] == PriceLayer("retail", "hoster", D("24.00"), date(2026, 3, 1), True)
    assert mar.words[1].params["valid_from"] == date(2026, 3, 1)
    assert mar.amount == D("24.00")


def test_a_price_edited_since_is_said_not_hidden(db):
    w = build(db)
    c = add_company(db, w, "d3", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 1, 15))  # billed at 20.00
    with unit_of_work(db) as s:  # then someone gives d3 its own price, back-dated
        s.add(Price(layer="company_override", company_id=c, plan_id=w.plans["archiving"], currency="EUR",
                    amount=D("18.00"), valid_from=date(2026, 1, 1)))
    (line,) = _explain(db, c, date(2026, 1, 15)).lines
    assert (line.unit_price, line.amount) == (D("20.00"), D("20.00"))  # what the invoice says
    assert line.exact.value == 20  # the computation as billed
    assert (line.today_unit_price, line.today_amount, line.price_changed) == (D("18.00"), D("18.00"), True)
    changed = next(p for p in line.words if p.id == "price_changed")
    assert changed.params == {"billed_price": D("20.00"), "today_price": D("18.00"), "billed": D("20.00"),
                              "today": D("18.00")}


def test_a_correction_names_the_period_it_corrects_and_the_change_behind_it(db):
    w = build(db)  # the hoster's Exchange Basic: 6.50 a user
    c = add_company(db, w, "l1", events=[
        (date(2026, 1, 15), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 1, 15), "assign", {"plan": "exchange-basic", "user": "ann@l1.example"})])
    run_billing(db, date(2026, 3, 15))
    add_events(db, w, "l1", [(date(2026, 2, 1), "assign", {"plan": "exchange-basic", "user": "bob@l1.example"})])
    run_billing(db, date(2026, 4, 15))
    with unit_of_work(db) as s:
        feb = invoices.label(s.scalars(select(Invoice).where(Invoice.company_id == c,
                                                             Invoice.period_start == date(2026, 2, 15))).one())
        mar = invoices.label(s.scalars(select(Invoice).where(Invoice.company_id == c,
                                                             Invoice.period_start == date(2026, 3, 15))).one())
    found = _explain(db, c, date(2026, 4, 15))
    kinds = [ln.kind for ln in found.lines]
    assert kinds == ["recurring", "correction", "correction", "correction"]
    settle, advance_feb, advance_mar = found.lines[1:]
    # Bob from 1 February: 14 of the 31 days of [15 Jan, 15 Feb), settled on the 15 February invoice.
    assert (settle.corrected_period.start, settle.corrected_period.end) == (date(2026, 1, 15), date(2026, 2, 15))
    assert settle.corrected_invoice == feb
    assert (settle.days, settle.period_days) == (14, 31)
    assert settle.exact.value == Fraction(91, 31)  # 6.50 x 14/31 = 91/31 = 2.935483...
    assert settle.exact.text() == "2.935483…" and settle.amount == D("2.94")
    assert [(e.type, e.date, e.user, e.plan) for e in settle.causes] == [
        ("assign", date(2026, 2, 1), "bob@l1.example", "exchange-basic")]
    assert _ids(settle)[:2] == ["correction", "cause"]
    # The months billed in advance with one user: [15 Feb, 15 Mar) on the February invoice, then March's.
    assert (advance_feb.corrected_period.start, advance_feb.corrected_invoice) == (date(2026, 2, 15), feb)
    assert (advance_mar.corrected_period.start, advance_mar.corrected_invoice) == (date(2026, 3, 15), mar)
    assert (advance_mar.days, advance_mar.period_days, advance_mar.amount) == (1, 1, D("6.50"))
    assert not any(ln.price_changed for ln in found.lines)


def test_a_minimum_line_says_the_minimum_and_the_subtotal_it_topped_up(db):
    w = build(db)
    set_minimum(db, "hoster", "EUR", "30.00", "top_up")
    c = add_company(db, w, "m1", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 1, 15))
    plan, minimum = _explain(db, c, date(2026, 1, 15)).lines
    # Archiving 20.00 is under the hoster's 30.00 minimum: topped up by 10.00.
    assert (minimum.kind, minimum.amount, minimum.minimum, minimum.topped_subtotal) == (
        "minimum", D("10.00"), D("30.00"), D("20.00"))
    assert minimum.words[0].id == "minimum"
    assert minimum.words[0].params == {"minimum": D("30.00"), "subtotal": D("20.00"), "top_up": D("10.00")}
    assert plan.amount == D("20.00")


def test_an_extra_shows_its_event(db):
    w = build(db)
    c = add_company(db, w, "x1", events=[
        (date(2026, 1, 15), "subscribe", {"plan": "archiving"}),
        (date(2026, 1, 20), "extra", {"code": "support-call", "amount": D("50.00"), "recurring": False,
                                       "description": {"en": "Support call"}})])
    run_billing(db, date(2026, 2, 15))
    plan, extra = _explain(db, c, date(2026, 2, 15)).lines
    assert (extra.kind, extra.description, extra.amount) == ("extra", "Support call", D("50.00"))
    assert (extra.event.type, extra.event.code, extra.event.date, extra.event.amount) == (
        "extra", "support-call", date(2026, 1, 20), D("50.00"))
    assert extra.words[0].id == "extra" and not extra.price_changed


def test_the_credit_of_a_recurring_extra_that_ended_is_explained(db):
    # A lease of 30.00 a month from Jan 15 (the anniversary), ended Mar 1: the invoice of Mar 15 credits
    # the 14 of the 28 days of Feb 15 -> Mar 15 it was billed for in advance: -30.00 x 14/28 = -15.00.
    w = build(db)
    c = add_company(db, w, "x2", events=[
        (date(2026, 1, 15), "subscribe", {"plan": "archiving"}),
        (date(2026, 1, 15), "extra", {"code": "lease", "amount": D("30.00"), "recurring": True,
                                       "description": {"en": "Hardware lease"}}),
        (date(2026, 3, 1), "extra_end", {"code": "lease"})])
    run_billing(db, date(2026, 3, 15))
    lease = [ln for ln in _explain(db, c, date(2026, 3, 15)).lines if ln.description == "Hardware lease"]
    assert [(ln.kind, ln.quantity, ln.days, ln.period_days, ln.amount) for ln in lease] == [
        ("proration", D(-1), 14, 28, D("-15.00"))]
    # The ended extra's amount is the one it started with: today's data agree with what was billed.
    assert lease[0].event.type == "extra_end" and lease[0].today_unit_price == D("30.00")
    assert not lease[0].price_changed


def test_a_manual_line_says_who_typed_it(db, monkeypatch):
    w = build(db)
    add_company(db, w, "h1", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    monkeypatch.setenv("PRORATA_ACTOR", "jane.clerk")
    with unit_of_work(db) as s:
        inv = invoices.create_manual(s, "h1", "EUR", [invoices.ManualLine(
            description={"en": "Migration work"}, quantity=D("2.5"), unit_price=D("40.00"))])
        ident = inv.id
    with unit_of_work(db) as s:
        (line,) = explain_invoice(s, ident).lines
    # 2.5 x 40.00 = 100.00 exactly.
    assert (line.kind, line.typed_by, line.amount, line.exact.value) == ("manual", recorded(db, "jane.clerk"), D("100.00"), 100)
    assert line.words[0].id == "manual" and line.words[0].params["actor"] == recorded(db, "jane.clerk")
    assert line.layers == []


def test_the_json_form_writes_amounts_and_fractions_as_text(db):
    w = build(db)
    c = add_company(db, w, "c1", reseller="acme", events=[
        (date(2026, 2, 10), "subscribe", {"plan": "sharepoint-sites", "quantity": 3})])
    run_billing(db, date(2026, 2, 15))
    data = _explain(db, c, date(2026, 2, 15)).as_json()
    line = data["lines"][1]
    assert (line["quantity"], line["unit_price"], line["amount"]) == ("3", "12.00", "5.81")
    assert line["exact"] == {"fraction": "180/31", "decimal": "5.806451…"}
    assert line["layers"][1] == {"layer": "retail", "owner": "acme", "amount": "12.00", "valid_from": None,
                                 "applied": True}
    formula = next(p for p in line["words"] if p["id"] == "formula")["params"]
    assert (formula["quantity"], formula["unit_price"], formula["days"], formula["period_days"]) == (
        "3", "12.00", 5, 31)


def test_a_quarterly_term_bills_three_monthly_prices_and_prorates_over_the_quarter(db):
    w = build(db)
    c = add_company(db, w, "q1", reseller="acme", events=[
        (date(2026, 1, 15), "subscribe", {"plan": "sharepoint-sites", "quantity": 2}),
        (date(2026, 2, 20), "quantity", {"plan": "sharepoint-sites", "quantity": 3})])
    with unit_of_work(db) as s:
        s.get(Company, c).term = "quarterly"
    run_billing(db, date(2026, 4, 15))
    recurring, proration = _explain(db, c, date(2026, 4, 15)).lines
    # The quarter 15 January -> 15 April has 90 days; 20 February to 15 April is 54 of them.
    # acme's retail 12.00 a month: 36.00 a quarter; +1 site: 1 x 36.00 x 54/90 = 21.60 exactly.
    assert (proration.months, proration.days, proration.period_days) == (3, 54, 90)
    assert (proration.period.start, proration.period.end) == (date(2026, 1, 15), date(2026, 4, 15))
    assert proration.layers[1] == PriceLayer("retail", "acme", D("12.00"), None, True)
    assert (proration.unit_price, proration.exact.value, proration.amount) == (D("36.00"), Fraction(108, 5),
                                                                               D("21.60"))
    # acme's cost: the wholesale 8.00 a month, 24.00 a quarter: 24.00 x 54/90 = 14.40; margin 7.20.
    assert (proration.cost_amount, proration.margin, proration.price_changed) == (D("14.40"), D("7.20"), False)
    term = next(p for p in proration.words if p.id == "term_price")
    assert term.params == {"monthly": D("12.00"), "months": 3, "unit_price": D("36.00")}
    # In advance for [15 Apr, 15 Jul): 3 sites x 36.00 = 108.00.
    assert (recurring.months, recurring.days, recurring.period_days, recurring.amount) == (3, 1, 1, D("108.00"))


def _statements(engine, work) -> int:
    """How many SQL statements ``work`` runs."""
    from sqlalchemy import event

    seen = []
    listener = lambda *args: seen.append(args[2])  # noqa: E731 - (conn, cursor, statement, ...)
    event.listen(engine, "before_cursor_execute", listener)
    try:
        work()
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    return len(seen)


def test_a_batch_explains_each_invoice_as_alone_and_reads_each_company_once(db):
    from app.billing.explain import Explainer

    # Twelve of acme's companies (acme is billed wholesale by the hoster, one line per company and plan), some
    # prorated, one quarterly, one with a one-off extra, one with a recurring extra; two of the hoster's own.
    w = build(db)
    for n in range(12):
        events = [(date(2026, 1, 15), "subscribe", {"plan": "sharepoint-sites", "quantity": n % 3 + 1})]
        if n % 4 == 1:
            events.append((date(2026, 2, 3 + n), "quantity", {"plan": "sharepoint-sites", "quantity": 5}))
        if n == 2:
            events.append((date(2026, 1, 20), "extra", {"code": "support-call", "amount": D("50.00"),
                                                         "recurring": False, "description": {"en": "Support"}}))
        if n == 3:
            events.append((date(2026, 1, 15), "extra", {"code": "lease", "amount": D("30.00"), "recurring": True,
                                                         "description": {"en": "Hardware lease"}}))
        c = add_company(db, w, f"a{n:02d}", reseller="acme", events=events)
        if n == 5:
            with unit_of_work(db) as s:
                s.get(Company, c).term = "quarterly"
    for code in ("h1", "h2"):
        add_company(db, w, code, events=[(date(2026, 1, 20), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 15))
    with unit_of_work(db) as s:
        ids = list(s.scalars(select(Invoice.id).order_by(Invoice.id)))
        wholesale = s.scalars(select(Invoice.id).where(Invoice.kind == "wholesale")).first()
    assert wholesale is not None
    alone = {}
    with unit_of_work(db) as s:
        for i in ids:
            alone[i] = explain_invoice(s, i).as_json()
    with unit_of_work(db) as s:
        x = Explainer(s)
        invs = list(s.scalars(select(Invoice).where(Invoice.id.in_(ids))))
        x.prefetch(invs)
        together = {inv.id: x.explain(inv).as_json() for inv in invs}
    assert together == alone
    assert len(alone[wholesale]["lines"]) >= 12
    # The wholesale invoice names twelve companies: their rows, schedules and prices are read in a few
    # statements, not one or more per company (or per line).
    def explain_wholesale():
        with unit_of_work(db) as s:
            explain_invoice(s, wholesale)

    assert _statements(db, explain_wholesale) < 12  # 7 here; 45 when each company was read for each line
