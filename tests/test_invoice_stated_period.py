"""An invoice's documents state the days its lines bill (app/documents/stated_period.py), its stored period unchanged.

A run dates every invoice on its boundary and stores that boundary as its period start. One that bills only days
before it (the deferred lines released in a currency the company left, the prorations of a period billed in that
currency) states, in its PDF header, its CII ``BillingSpecifiedPeriod`` and ``invoices show``, the days its lines
cover, not the period after its date. One that bills a period in advance states that period.

The world: tests/billing_world.py (the hoster's tax 20 %), with the hoster's own prices: archiving 8.000 KWD (and
2500 JPY, the world's), SharePoint sites 12.00 USD and 10.00 EUR a month.
"""
from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal
from xml.etree import ElementTree

import pdfplumber
from sqlalchemy import select

from app.billing.run import run_billing
from app.cli.main import main
from app.documents.stated_period import stated_period
from app.models import Invoice, InvoiceLine, Price
from app.services import documents
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build, set_minimum

D = Decimal
CII = {"ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"}
JAN1, FEB1, FEB20, MAR1, APR1, MAY1, JUN1 = (date(2026, 1, 1), date(2026, 2, 1), date(2026, 2, 20), date(2026, 3, 1),
                                            date(2026, 4, 1), date(2026, 5, 1), date(2026, 6, 1))


def _prices(db, w) -> None:
    with unit_of_work(db) as s:
        s.add_all([Price(layer="retail", reseller_id=None, plan_id=w.plans["archiving"], currency="KWD",
                         amount=D("8.000")),
                   Price(layer="retail", reseller_id=None, plan_id=w.plans["sharepoint-sites"], currency="USD",
                         amount=D("12.00")),
                   Price(layer="retail", reseller_id=None, plan_id=w.plans["sharepoint-sites"], currency="EUR",
                         amount=D("10.00"))])


def _invoice(db, company_id: int, issue_date: date, currency: str) -> tuple:
    """(number, stored period start, stored period end (exclusive), total, [(kind, start, end, amount)])."""
    with unit_of_work(db) as s:
        i = s.scalars(select(Invoice).where(Invoice.company_id == company_id, Invoice.issue_date == issue_date,
                                            Invoice.currency == currency)).one()
        lines = [(ln.kind, ln.start, ln.end, ln.amount) for ln in s.scalars(
            select(InvoiceLine).where(InvoiceLine.invoice_id == i.id).order_by(InvoiceLine.position))]
        return i.number, i.period_start, i.period_end, i.total, lines


def _pdf_text(db, ref: str) -> str:
    with unit_of_work(db) as s:
        data = documents.render_invoice(s, ref).data
    with pdfplumber.open(io.BytesIO(data)) as doc:
        return "\n".join(page.extract_text() for page in doc.pages)


def _cii_period(db, ref: str) -> tuple[str, str]:
    with unit_of_work(db) as s:
        root = ElementTree.fromstring(documents.invoice_xml(s, ref)[1])
    header = root.find(".//ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod", CII)
    # The delivery date (the supply's) is the first day stated too.
    delivered = root.find(".//ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/"
                          "ram:OccurrenceDateTime/*", CII).text
    start = header.find("ram:StartDateTime/*", CII).text
    assert delivered == start
    return (start, header.find("ram:EndDateTime/*", CII).text)


def _show(db, ref: str, capsys, *extra) -> str:
    url = db.url.render_as_string(hide_password=False)
    capsys.readouterr()
    assert main(["invoices", "show", ref, "--db", url, *extra]) == 0
    return capsys.readouterr().out


def test_the_deferred_april_released_in_the_old_currency_states_april(db, capsys):
    """The reviewer's case: k2 in KWD from 1 January, archiving 8.000 a month, its own rate 5 %, under the hoster's
    minimum charge of 20.000 KWD deferred; in JPY from 1 May."""
    w = build(db)
    _prices(db, w)
    set_minimum(db, "hoster", "KWD", "20.000", "defer")
    k2 = add_company(db, w, "k2", currency="KWD", signup=JAN1, tax_rate="5", events=[
        (JAN1, "subscribe", {"plan": "archiving"}), (MAY1, "currency", {"currency": "JPY"})])
    run_billing(db, APR1, issue=True)
    run_billing(db, MAY1, issue=True)
    # 1 Apr: April's 8.000 < 20.000, deferred (+ 5 % = 0.400: 8.400). 1 May: May in JPY, 2500 + 5 % 125 = 2625;
    # April's 8.000 KWD released on its own invoice in KWD, 8.000 + 0.400 = 8.400, its only line 1 - 30 April.
    # Both are the run's of 1 May: their stored period starts on that boundary (the invariant), May.
    kwd, start, end, total, lines = _invoice(db, k2, MAY1, "KWD")
    assert (start, end, total, lines) == (MAY1, JUN1, D("8.400"), [("recurring", APR1, MAY1, D("8.000"))])
    jpy, start, end, total, lines = _invoice(db, k2, MAY1, "JPY")
    assert (start, end, total, lines) == (MAY1, JUN1, D("2625"), [("recurring", MAY1, JUN1, D("2500"))])
    # The KWD one states April (the line's end 1 May is its first day after: last day 30 April); the JPY one May.
    text = _pdf_text(db, kwd)
    assert "Period 1 Apr 2026 – 30 Apr 2026" in text and "May 2026 – 31 May" not in text
    assert _cii_period(db, kwd) == ("20260401", "20260430")
    assert "Period 1 May 2026 – 31 May 2026" in _pdf_text(db, jpy)
    assert _cii_period(db, jpy) == ("20260501", "20260531")
    assert "date 2026-05-01  period 2026-04-01 - 2026-04-30" in _show(db, kwd, capsys)
    assert "date 2026-05-01  period 2026-05-01 - 2026-05-31" in _show(db, jpy, capsys)
    # --json keeps the stored fields.
    assert json.loads(_show(db, kwd, capsys, "--json"))["period"] == {"start": "2026-05-01", "end": "2026-06-01"}


def test_the_old_currencys_prorations_state_their_days_and_an_advance_keeps_its_period(db, capsys):
    """u1 in USD from 1 February, one SharePoint site, three from 20 February, in EUR from 1 March; e1 the same in
    EUR all along."""
    w = build(db)
    _prices(db, w)
    sites = [(FEB1, "subscribe", {"plan": "sharepoint-sites", "quantity": 1}),
             (FEB20, "quantity", {"plan": "sharepoint-sites", "quantity": 3})]
    u1 = add_company(db, w, "u1", currency="USD", signup=FEB1, events=sites + [(MAR1, "currency", {"currency": "EUR"})])
    e1 = add_company(db, w, "e1", signup=FEB1, events=sites)
    run_billing(db, MAR1, issue=True)
    # u1, 1 Mar: the proration of 20 - 28 February in USD, 2 x 12.00 x 9/28 = 7.714... -> 7.71, + 20 % 1.542 ->
    # 1.54 = 9.25, on its own invoice, stored as March (the run's boundary); it states 20 - 28 February.
    usd, start, end, total, lines = _invoice(db, u1, MAR1, "USD")
    assert (start, end, total, lines) == (MAR1, APR1, D("9.25"), [("proration", FEB20, MAR1, D("7.71"))])
    assert "Period 20 Feb 2026 – 28 Feb 2026" in _pdf_text(db, usd)
    assert _cii_period(db, usd) == ("20260220", "20260228")
    assert "period 2026-02-20 - 2026-02-28" in _show(db, usd, capsys)
    # Its advance: 3 x 10.00 = 30.00 EUR + 20 % = 36.00, for March.
    eur, start, end, total, lines = _invoice(db, u1, MAR1, "EUR")
    assert (start, end, total, lines) == (MAR1, APR1, D("36.00"), [("recurring", MAR1, APR1, D("30.00"))])
    assert _cii_period(db, eur) == ("20260301", "20260331")
    # e1, 1 Mar: the same proration in EUR, 2 x 10.00 x 9/28 = 6.428... -> 6.43, beside its advance 30.00: 36.43
    # + 20 % 7.286 -> 7.29 = 43.72, the same day. It bills March in advance: it states March.
    e1_eur, start, end, total, lines = _invoice(db, e1, MAR1, "EUR")
    assert (start, end, total, lines) == (MAR1, APR1, D("43.72"), [
        ("recurring", MAR1, APR1, D("30.00")), ("proration", FEB20, MAR1, D("6.43"))])
    assert "Period 1 Mar 2026 – 31 Mar 2026" in _pdf_text(db, e1_eur)
    assert _cii_period(db, e1_eur) == ("20260301", "20260331")
    assert "period 2026-03-01 - 2026-03-31" in _show(db, e1_eur, capsys)


def test_the_rule_itself():
    # A run's invoice (dated on its period start) billing only days before it: the first line start to the last end.
    assert stated_period("invoice", MAY1, MAY1, JUN1, [(APR1, MAY1), (FEB20, MAR1), (None, None)]) == (FEB20, MAY1)
    # One line reaching past its date (an advance): the stored period.
    assert stated_period("invoice", MAR1, MAR1, APR1, [(FEB20, MAR1), (MAR1, APR1)]) == (MAR1, APR1)
    # Dated off its period (a credit note issued later), without dated lines, or a settlement: the stored period.
    assert stated_period("credit_note", date(2026, 5, 4), MAY1, JUN1, [(APR1, MAY1)]) == (MAY1, JUN1)
    assert stated_period("invoice", MAY1, MAY1, JUN1, [(None, None)]) == (MAY1, JUN1)
    assert stated_period("statement", MAY1, MAY1, None, [(APR1, MAY1)]) == (MAY1, None)
