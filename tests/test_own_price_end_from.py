"""Ending a company's own price from a day (``price_removal.end_own_price``, the window's "End own price
from…" and ``prorata prices end``): from that day the company pays its seller's price; the days before keep
the own price; a day already billed is refused in words, nothing written. Both databases.

The world (tests/billing_world.py): the hoster sells Exchange Basic (per user) at 6.50 EUR and Archiving at
20.00 EUR to its direct companies, and has no EUR price for SharePoint sites; hoster tax 20 %. A direct
company signed up on 10 January is billed on the 10th, in advance; a change between two boundaries is
prorated at the price in force on the boundary before it (app/billing/lines.py).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.cli.main import main
from app.errors import ProrataError
from app.models import AuditEntry, Invoice, InvoiceLine, Price
from app.services import price_matrix, price_removal
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build

D = Decimal
JAN10, FEB10, FEB20, FEB25, MAR10 = (date(2026, 1, 10), date(2026, 2, 10), date(2026, 2, 20), date(2026, 2, 25),
                                     date(2026, 3, 10))


def _two_users(db):
    w = build(db)
    cid = add_company(db, w, "d1", signup=JAN10, events=[
        (JAN10, "subscribe", {"plan": "exchange-basic"}),
        (JAN10, "assign", {"plan": "exchange-basic", "user": "ann@d1.example"}),
        (JAN10, "assign", {"plan": "exchange-basic", "user": "bob@d1.example"})])
    return w, cid


def own(db, amount, valid_from, plan="exchange-basic"):
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer="company_override", plan=plan, currency="EUR", amount=amount,
                               valid_from=valid_from, company="d1")


def end(db, day, plan="exchange-basic"):
    with unit_of_work(db) as s:
        return price_removal.end_own_price(s, company="d1", plan=plan, currency="EUR", day=day)


def written(db):
    with unit_of_work(db) as s:
        return (s.scalar(select(func.count()).select_from(Price)),
                s.scalar(select(func.count()).select_from(AuditEntry)))


def invoice(db, cid, start):
    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice).where(Invoice.company_id == cid, Invoice.period_start == start)).one()
        lines = sorted((ln.kind, ln.quantity, ln.unit_price, ln.start, ln.amount)
                       for ln in s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)))
        return inv.subtotal, inv.tax, inv.total, lines


def test_an_own_price_ended_mid_period_bills_the_own_part_then_the_sellers(db):
    w, cid = _two_users(db)
    own(db, "5.00", JAN10)
    run_billing(db, JAN10)
    run_billing(db, FEB10)  # Feb 10 - Mar 10 billed in advance at the own price: 2 x 5.00
    result = end(db, FEB20)  # mid-period: after the last billed boundary, so allowed
    assert (result.own, result.since, result.day, result.pays, result.removed) == (
        D("5.00"), JAN10, FEB20, D("6.50"), False)
    with unit_of_work(db) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "price")
                          .order_by(AuditEntry.id.desc())).first()
        assert (entry.action, entry.entity_id, entry.before, entry.after) == (
            "end", "company_override:exchange-basic:EUR:d1:2026-02-20", None, {"ended": True})
    # A third user on Feb 25, after the own price ended: prorated at the price of the boundary before (Feb 10),
    # the own 5.00, for Feb 25 - Mar 10 = 13 of the period's 28 days.
    add_events(db, w, "d1", [(FEB25, "assign", {"plan": "exchange-basic", "user": "cid@d1.example"})])
    run_billing(db, MAR10)
    subtotal, tax, total, lines = invoice(db, cid, MAR10)
    # Recurring from Mar 10: 3 users x the seller's 6.50 = 19.50.
    # Proration: 1 x 5.00 x 13 / 28 = 2.3214... -> 2.32.
    # Subtotal 19.50 + 2.32 = 21.82; tax 20 % = 4.364 -> 4.36; total 26.18.
    assert [(kind, q, price, amount) for kind, q, price, _, amount in lines] == [
        ("proration", 1, D("5.00"), D("2.32")), ("recurring", 3, D("6.50"), D("19.50"))]
    assert (subtotal, tax, total) == (D("21.82"), D("4.36"), D("26.18"))
    # The invoices before keep the own price: 2 x 5.00 = 10.00 + 20 % = 12.00.
    assert invoice(db, cid, FEB10)[:3] == (D("10.00"), D("2.00"), D("12.00"))


def test_a_day_already_billed_is_refused_and_nothing_is_written(db):
    _two_users(db)
    own(db, "5.00", JAN10)
    run_billing(db, FEB10)
    before = written(db)
    with pytest.raises(ProrataError) as err:
        end(db, FEB10)  # Feb 10 is the last billed boundary: its advance used the own price
    assert err.value.messages() == [
        "the price from 2026-02-10 would change what is billed already (company d1 is billed up to "
        "2026-02-10): set it from 2026-02-11 or later"]
    assert written(db) == before


def test_an_own_price_that_began_that_day_is_removed_and_the_seller_price_follows(db):
    w, cid = _two_users(db)
    own(db, "5.00", MAR10)  # not billed yet
    prices, audits = written(db)
    result = end(db, MAR10)
    assert (result.own, result.since, result.pays, result.removed) == (D("5.00"), MAR10, D("6.50"), True)
    assert written(db) == (prices - 1, audits + 1)  # the row removed, one audit entry
    own_later = price_matrix.set_price  # the seller's later change reaches it: 7.00 from Mar 10
    with unit_of_work(db) as s:
        own_later(s, layer="retail", plan="exchange-basic", currency="EUR", amount="7.00", valid_from=MAR10)
    run_billing(db, MAR10)
    # Mar 10: 2 users x 7.00 = 14.00 + 20 % = 16.80.
    assert invoice(db, cid, MAR10)[:3] == (D("14.00"), D("2.80"), D("16.80"))


def test_a_later_own_price_that_began_that_day_becomes_the_end(db):
    _two_users(db)
    own(db, "5.00", JAN10)
    own(db, "5.50", MAR10)
    result = end(db, MAR10)  # the Jan 10 own price would apply again if the row were removed: the end instead
    assert (result.own, result.since, result.pays, result.removed) == (D("5.50"), MAR10, D("6.50"), False)
    with unit_of_work(db) as s:
        rows = price_matrix.company_prices(s, "d1", "EUR", MAR10)
        assert s.execute(select(Price.amount, Price.valid_from).where(Price.company_id.is_not(None))
                         .order_by(Price.valid_from)).all() == [(D("5.00"), JAN10), (None, MAR10)]
    assert [(r.own, r.own_from, r.own_ended, r.pays) for r in rows if r.plan_code == "exchange-basic"] == [
        (None, None, MAR10, D("6.50"))]


def test_no_own_price_or_no_sellers_price_is_refused_in_words(db):
    w, _ = _two_users(db)
    with pytest.raises(ProrataError) as err:
        end(db, FEB20)
    assert err.value.messages() == [
        "valid_from: d1 has no own price for plan exchange-basic in EUR on 2026-02-20: there is none to end"]
    own(db, "9.00", JAN10, plan="sharepoint-sites")  # the hoster has no EUR price for sites
    before = written(db)
    with pytest.raises(ProrataError) as err:
        end(db, FEB20, plan="sharepoint-sites")
    assert err.value.messages() == [
        "valid_from: d1's seller (hoster) has no price for plan sharepoint-sites in EUR on 2026-02-20: without "
        "its own price d1 could not be billed for it; set the seller's price first"]
    assert written(db) == before
    with pytest.raises(ProrataError) as err:
        with unit_of_work(db) as s:
            price_removal.end_own_price(s, company="nope", plan="archiving", currency="EUR", day=FEB20)
    assert err.value.messages() == ["company: unknown company 'nope'"]


def test_the_cli_ends_an_own_price_through_the_same_service(db, capsys):
    _two_users(db)
    own(db, "5.00", JAN10)
    run_billing(db, FEB10)
    url = db.url.render_as_string(hide_password=False)
    assert main(["prices", "end", "exchange-basic", "eur", "--company", "d1", "--from", "2026-02-20",
                 "--db", url]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == ("company_override exchange-basic EUR 5.00 for d1 (since 2026-01-10) ended "
                                   "from 2026-02-20: it pays its seller's price, 6.50")
    # Bad input: exit 2 and a sentence saying where.
    assert main(["prices", "end", "exchange-basic", "EUR", "--company", "d1", "--from", "2026-02-31",
                 "--db", url]) == 2
    assert "--from" in capsys.readouterr().err
    assert main(["prices", "end", "exchange-basic", "EUR", "--company", "d1", "--from", "2026-02-05",
                 "--db", url]) == 2
    assert "billed up to 2026-02-10" in capsys.readouterr().err
