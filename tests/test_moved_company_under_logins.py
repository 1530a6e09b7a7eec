"""A company that moved between sellers, billed and read under the sellers' own PostgreSQL logins (migration 0026,
app/storage/row_security.py): the seller a company moved to reads its whole history and bills its days as the
hoster's login bills them; the seller it left reads its own days and the move, never the new seller's later rows.

PostgreSQL only (SQLite has no logins). The world and its figures are tests/test_moves.py's, worked by hand there
and again below: acme (tax 19 %) sells a SharePoint site at 12.00 a month, beta (tax 10 %) at 15.00 and an Exchange
Basic mailbox at 7.00, the hoster (tax 20 %) a site at 14.00 and a mailbox at 6.50. Companies sign up on
15 January 2026 and are billed on the 15th.
"""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from app.billing.explain import explain_invoice
from app.billing.run import run_billing
from app.models import Invoice
from app.services import changes, price_matrix, staff
from app.services.change_preview import preview
from app.storage.engine import make_engine, unit_of_work
from tests.staff_world import StaffWorld, drop_logins
from tests.test_moves import (APR1, APR15, FEB15, JAN15, MAR1, MAR15, SITES, add_company, invoices, move, three_sites,
                              world)

D = Decimal
pytestmark = pytest.mark.pg
MAY15 = date(2026, 5, 15)


@pytest.fixture
def logins(pg_db):
    """Make a login: ``make(key, role, reseller code or None)`` -> its engine; all dropped at the end."""
    made = StaffWorld(pg_db, {}, {})

    def make(key, role, reseller=None):
        name = made.new_login(key)
        staff.add(pg_db, name, role, reseller, password=uuid.uuid4().hex, keep_in_keyring=False)
        made.engines[key] = make_engine(made.url(key))
        return made.engines[key]

    try:
        yield make
    finally:
        drop_logins(made)


def _events(engine, company_id) -> list[tuple]:
    """(date, type, reseller_id, code) of the company's events this login reads, in effective order."""
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT date, type, reseller_id, code FROM company_events WHERE company_id = :c ORDER BY date, id"),
            dict(c=company_id))]


def _count(engine, sql: str, **params) -> int:
    with engine.connect() as conn:
        return conn.execute(text(sql), params).scalar_one()


def _record(engine, company_id, reseller_id, day, plan_id, quantity=1) -> None:
    """A subscription in the company's history, written under ``engine``'s login with ``reseller_id``."""
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO company_events (company_id, reseller_id, date, type, plan_id, quantity, "
                          "recorded_at) VALUES (:c, :r, :d, 'subscribe', :p, :q, now() AT TIME ZONE 'utc')"),
                     dict(c=company_id, r=reseller_id, d=day, p=plan_id, q=quantity))


def _explained(engine, invoice_id):
    with unit_of_work(engine) as s:
        return explain_invoice(s, invoice_id)


def test_the_seller_a_company_moved_to_bills_its_days_under_its_own_login(pg_db, logins):
    w = world(pg_db)
    c = three_sites(pg_db, w)
    acme, beta = w.resellers["acme"], w.resellers["beta"]
    hoster = logins("hoster", "hoster-admin")
    acme_login = logins("acme", "reseller-admin", "acme")
    beta_login = logins("beta", "reseller-admin", "beta")
    run_billing(hoster, FEB15)  # acme: 15 January and 15 February, 3 x 12.00 = 36.00 each
    move(pg_db, "c1", "beta", "2026-03-01")

    # The history is acme's (the subscription, and the move: stored under the seller it leaves); beta, whom c1 is
    # with now, reads all of it, and the periods acme billed (a run goes on from the latest one).
    whole = [(JAN15, "subscribe", acme, None), (MAR1, "move", acme, f"reseller:{beta}")]
    assert _events(beta_login, c) == whole
    assert _events(acme_login, c) == whole
    assert _count(beta_login, "SELECT count(*) FROM billed_periods WHERE company_id = :c", c=c) == 2
    # Not acme's invoices, nor its prices.
    assert _count(beta_login, "SELECT count(*) FROM invoices WHERE issuer_reseller_id = :a", a=acme) == 0
    assert _count(beta_login, "SELECT count(*) FROM prices WHERE reseller_id = :a", a=acme) == 0

    # The move's boundary bills two issuers at once (acme's credit, beta's days): the hoster's login runs it.
    # 15 March: acme gives back 14 of the 28 days it billed ahead, -3 x 12.00 x 14/28 = -18.00 (+ 19 % = -21.42);
    # beta bills them at its price, 3 x 15.00 x 14/28 = 22.50, and the month ahead 45.00: 67.50 + 10 % = 74.25.
    run_billing(hoster, APR1)
    # Beta's clerk previews a fourth site from 1 April, on its 15 April invoice, as the hoster's login sees it: the
    # month ahead 1 x 15.00 more, and 14 of the 31 days 15 March - 15 April, 15.00 x 14/31 = 6.774 -> 6.77; from
    # 3 x 15.00 = 45.00 to 45.00 + 15.00 + 6.77 = 66.77.
    fourth = [changes.change_quantity("c1", SITES, 4, APR1)]
    shown = {}
    for key, engine in (("beta", beta_login), ("hoster", hoster)):
        with unit_of_work(engine) as s:
            shown[key] = preview(s, fourth).companies
    assert shown["beta"] == shown["hoster"]
    assert [(p.company, p.boundary, p.subtotal_before, p.subtotal_after) for p in shown["beta"]] == [
        ("c1", APR15, D("45.00"), D("66.77"))]
    # Its price page on 1 April: beta's prices (a site 15.00, a mailbox 7.00), as under the hoster's login.
    for key, engine in (("beta", beta_login), ("hoster", hoster)):
        with unit_of_work(engine) as s:
            shown[key] = price_matrix.company_prices(s, "c1", "EUR", APR1)
    assert shown["beta"] == shown["hoster"]
    assert {(r.plan_code, r.pays) for r in shown["beta"] if r.plan_code in (SITES, "exchange-basic")} == {
        (SITES, D("15.00")), ("exchange-basic", D("7.00"))}
    # 15 April, under beta's own login: the month ahead, 3 x 15.00 = 45.00 + 10 % = 4.50 -> 49.50; acme, which
    # c1 left, has nothing more (it is not billed, nor does its missing price fail the run).
    report = run_billing(beta_login, APR15)
    assert [(o.code, o.boundary, o.outcome, o.total) for o in report.outcomes] == [("c1", APR15, "billed", "49.50")]
    a, b = f"reseller:{acme}", f"reseller:{beta}"
    assert [(i[0], i[1], i[2], i[3], i[4], i[5]) for i in invoices(pg_db, c)] == [
        (a, JAN15, "invoice", D("36.00"), D("6.84"), D("42.84")),
        (a, FEB15, "invoice", D("36.00"), D("6.84"), D("42.84")),
        (a, MAR15, "credit_note", D("-18.00"), D("-3.42"), D("-21.42")),
        (b, MAR15, "invoice", D("67.50"), D("6.75"), D("74.25")),
        (b, APR15, "invoice", D("45.00"), D("4.50"), D("49.50"))]
    assert invoices(pg_db, c)[-1][6] == [("recurring", APR15, MAY15, 3, D("15.00"), D("45.00"))]

    # Beta's invoices are explained alike under its login and the hoster's (its prices, acme's days not at all).
    with unit_of_work(pg_db) as s:
        beta_invoices = s.scalars(select(Invoice.id).where(Invoice.issuer_reseller_id == beta)).all()
    assert len(beta_invoices) == 2
    for invoice_id in beta_invoices:
        assert _explained(beta_login, invoice_id) == _explained(hoster, invoice_id)

    # Beta's later rows are its own: a mailbox from 1 April is not acme's to read, nor are beta's periods after
    # the move; beta reads it, and bills it from its next boundary like the hoster's login would.
    _record(beta_login, c, beta, APR1, w.plans["exchange-basic"])
    assert _events(acme_login, c) == whole
    assert _events(beta_login, c) == whole + [(APR1, "subscribe", beta, None)]
    assert _count(acme_login, "SELECT count(*) FROM billed_periods WHERE company_id = :c AND boundary >= :d",
                  c=c, d=MAR15) == 0
    assert _count(acme_login, "SELECT count(*) FROM billing_snapshots WHERE company_id = :c AND boundary >= :d",
                  c=c, d=MAR15) == 0
    assert _count(acme_login, "SELECT count(*) FROM invoices WHERE issuer_reseller_id = :b", b=beta) == 0
    assert _count(acme_login, "SELECT count(*) FROM prices WHERE reseller_id = :b", b=beta) == 0
    assert _count(acme_login, "SELECT count(*) FROM companies WHERE id = :c", c=c) == 0
    # acme's own run under its login: c1 is no longer its to bill, and nothing fails.
    assert run_billing(acme_login, MAY15).outcomes == []


def test_a_company_from_the_hoster_is_billed_by_its_new_seller_from_the_hosters_history(pg_db, logins):
    w = world(pg_db)
    d = add_company(pg_db, w, "d1", events=[(JAN15, "subscribe", {"plan": "exchange-basic"}),
                                            (JAN15, "assign", {"plan": "exchange-basic", "user": "ann@d1.example"})])
    beta = w.resellers["beta"]
    hoster = logins("hoster", "hoster-admin")
    beta_login = logins("beta", "reseller-clerk", "beta")
    move(pg_db, "d1", "beta", date(2026, 2, 1))
    # The hoster's own events and its move, all stored under the hoster (no reseller): beta reads them all.
    assert [(e[0], e[1], e[2]) for e in _events(beta_login, d)] == [
        (JAN15, "subscribe", None), (JAN15, "assign", None), (date(2026, 2, 1), "move", None)]
    run_billing(hoster, FEB15)  # the move's boundary: the hoster's -2.94 back, beta's 10.16 (tests/test_moves.py)
    # 15 March under beta's clerk: the month ahead, 7.00 + 10 % = 0.70 -> 7.70.
    report = run_billing(beta_login, MAR15)
    assert [(o.code, o.boundary, o.outcome, o.total) for o in report.outcomes] == [("d1", MAR15, "billed", "7.70")]
    assert invoices(pg_db, d)[-1] == (f"reseller:{beta}", MAR15, "invoice", D("7.00"), D("0.70"), D("7.70"),
                                      [("recurring", MAR15, APR15, 1, D("7.00"), D("7.00"))])


def test_the_seller_left_reads_its_days_and_the_move_never_the_new_sellers_later_rows(pg_db, logins):
    w = world(pg_db)
    c = three_sites(pg_db, w, reseller=None)  # the hoster's, then acme's from 1 February, beta's from 1 March
    acme, beta = w.resellers["acme"], w.resellers["beta"]
    acme_login = logins("acme", "reseller-admin", "acme")
    beta_login = logins("beta", "reseller-admin", "beta")
    move(pg_db, "c1", "acme", date(2026, 2, 1))
    move(pg_db, "c1", "beta", MAR1)
    _record(beta_login, c, beta, date(2026, 2, 20), w.plans["exchange-basic"])  # late: a day acme sold it
    _record(beta_login, c, beta, APR1, w.plans["exchange-basic"])
    hoster_rows = [(JAN15, "subscribe", None, None), (date(2026, 2, 1), "move", None, f"reseller:{acme}")]
    # acme reads the hoster's history before it came (its days depend on it), its move away, and the change
    # dated on a day it sold c1 (its days again); never beta's 1 April.
    assert _events(acme_login, c) == hoster_rows + [(date(2026, 2, 20), "subscribe", beta, None),
                                                     (MAR1, "move", acme, f"reseller:{beta}")]
    assert _events(beta_login, c) == hoster_rows + [(date(2026, 2, 20), "subscribe", beta, None),
                                                     (MAR1, "move", acme, f"reseller:{beta}"),
                                                     (APR1, "subscribe", beta, None)]
    # Each reads the other's reseller row (the move names it), no other reseller's.
    with acme_login.connect() as conn:
        assert sorted(conn.execute(text("SELECT id FROM resellers")).scalars()) == sorted([acme, beta])


def test_a_company_back_to_the_hoster_is_not_the_seller_lefts_any_more(pg_db, logins):
    w = world(pg_db)
    c = three_sites(pg_db, w)
    acme = w.resellers["acme"]
    hoster = logins("hoster", "hoster-admin")
    acme_login = logins("acme", "reseller-clerk", "acme")
    run_billing(hoster, FEB15)
    move(pg_db, "c1", "hoster", MAR1)
    _record(hoster, c, None, APR1, w.plans["exchange-basic"])  # the hoster's own later change
    assert _events(acme_login, c) == [(JAN15, "subscribe", acme, None), (MAR1, "move", acme, "hoster")]
    run_billing(hoster, APR1)
    # 15 March, the hoster: 3 x 14.00 x 14/28 = 21.00 and the month ahead 42.00: 63.00 + 20 % = 75.60; acme's
    # -18.00 (+ 19 % = -21.42), as in tests/test_moves.py.
    assert {(i[0], i[1]): i[5] for i in invoices(pg_db, c)}[("hoster", MAR15)] == D("75.60")
    assert {(i[0], i[1]): i[5] for i in invoices(pg_db, c)}[(f"reseller:{acme}", MAR15)] == D("-21.42")
    assert _count(acme_login, "SELECT count(*) FROM billed_periods WHERE company_id = :c AND boundary >= :d",
                  c=c, d=MAR15) == 0
    assert run_billing(acme_login, APR15).outcomes == []


def test_the_moves_boundary_run_under_the_new_sellers_login_is_never_lost(pg_db, logins):
    w = world(pg_db)
    c = three_sites(pg_db, w)
    hoster = logins("hoster", "hoster-admin")
    beta_login = logins("beta", "reseller-admin", "beta")
    run_billing(hoster, FEB15)
    move(pg_db, "c1", "beta", "2026-03-01")
    # 15 March fails under beta's login (the move's boundary needs acme's price, not beta's to read); 15 April
    # waits for it (app/billing/run.py RunContext.stopped) instead of being billed past it.
    run_billing(beta_login, APR15)
    run_billing(hoster, APR15)
    # 15 March: acme's -18.00 and beta's 67.50 (above) are billed, by whichever run gets there.
    got = {(i[0], i[1]): i[3] for i in invoices(pg_db, c)}
    assert got[(f"reseller:{w.resellers['acme']}", MAR15)] == D("-18.00")
    assert got[(f"reseller:{w.resellers['beta']}", MAR15)] == D("67.50")
