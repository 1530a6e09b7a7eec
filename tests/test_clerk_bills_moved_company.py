"""A reseller's clerk bills a company that moved to its reseller mid-period, under the clerk's own PostgreSQL login
(issue 10; app/billing/run.py ``OWING``): the clerk's run writes its reseller's bill alone and leaves the closing
bill of the seller the company left to a run that may write it (the hoster's staff), which bills it exactly once.

PostgreSQL only (SQLite has no logins). The world is tests/test_moves.py's: the hoster (tax 20 %) sells a SharePoint
site at 14.00 a month, acme (tax 19 %) at 12.00, beta (tax 10 %) at 15.00. Companies sign up on 15 January 2026
with three sites and are billed on the 15th. Every figure is worked by hand below.
"""
from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.models import BilledPeriod, Hoster
from app.services import changes, staff
from app.storage.engine import make_engine, unit_of_work
from tests.staff_world import StaffWorld, drop_logins
from tests.test_moves import APR15, FEB15, JAN15, MAR1, MAR15, SITES, invoices, move, three_sites, world

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


def _outcomes(report) -> list[tuple]:
    return [(o.code, o.boundary, o.outcome, o.total) for o in report.outcomes]


def _totals(db, company_id) -> list[tuple]:
    """(issuer, period start, kind, total) of the company's invoices, by date then issuer."""
    return [(i[0], i[1], i[2], i[5]) for i in invoices(db, company_id)]


def _marks(db, company_id) -> dict[date, str]:
    """The company's billed periods: boundary -> outcome as stored (``OWING`` first: other sellers' bills owed)."""
    with unit_of_work(db) as s:
        return dict(s.execute(select(BilledPeriod.boundary, BilledPeriod.outcome)
                              .where(BilledPeriod.company_id == company_id)).all())


def test_a_clerk_bills_a_company_from_the_hoster_and_the_hosters_run_bills_its_closing_bill_once(pg_db, logins):
    w = world(pg_db)
    c = three_sites(pg_db, w, reseller=None)  # the hoster's: 3 sites at 14.00
    a = f"reseller:{w.resellers['acme']}"
    hoster = logins("hoster", "hoster-admin")
    clerk = logins("clerk", "reseller-clerk", "acme")
    # 15 January and 15 February, the hoster, in advance: 3 x 14.00 = 42.00 + 20 % 8.40 = 50.40 each.
    run_billing(hoster, FEB15)
    move(pg_db, "c1", "acme", MAR1)

    # 15 March under acme's clerk (it failed before: the hoster's 14.00 is hidden from acme's login). acme's days
    # 1 - 15 March, 14 of the 28-day period 15 Feb - 15 Mar, 3 x 12.00 x 14/28 = 18.00, and the month ahead
    # 3 x 12.00 = 36.00: 54.00 + 19 % 10.26 = 64.26. The hoster's credit is not acme's to write: it is owed.
    assert _outcomes(run_billing(clerk, MAR15)) == [("c1", MAR15, "billed", "64.26")]
    # 15 April, still before the hoster's run: the month ahead, 36.00 + 6.84 = 42.84.
    assert _outcomes(run_billing(clerk, APR15)) == [("c1", APR15, "billed", "42.84")]
    assert _totals(pg_db, c) == [("hoster", JAN15, "invoice", D("50.40")), ("hoster", FEB15, "invoice", D("50.40")),
                                 (a, MAR15, "invoice", D("64.26")), (a, APR15, "invoice", D("42.84"))]
    assert _marks(pg_db, c) == {JAN15: "invoiced", FEB15: "invoiced", MAR15: "~invoiced", APR15: "~invoiced"}

    # The hoster's tax is 25 % since; the hoster's run: its closing bill of 15 March gives back the 14 days of its
    # advance after the move, -3 x 14.00 x 14/28 = -21.00, at the 20 % of the invoice that billed them, -4.20: a
    # credit note of -25.20 (not -26.25). On 15 April it has nothing more. A dry run says so and writes nothing.
    with unit_of_work(pg_db) as s:
        s.get(Hoster, 1).tax_rate = D("25")
    assert _outcomes(run_billing(hoster, APR15, dry_run=True)) == [("c1", MAR15, "billed", "-25.20")]
    assert _marks(pg_db, c)[MAR15] == "~invoiced" and len(invoices(pg_db, c)) == 4
    report = run_billing(hoster, APR15)
    assert _outcomes(report) == [("c1", MAR15, "billed", "-25.20")]
    # 15 March billed with the hoster's closing bill (``CLOSED``: a clerk may no longer delete acme's draft of it);
    # 15 April cleared plain, nothing of the hoster's written with it.
    assert _marks(pg_db, c) == {JAN15: "invoiced", FEB15: "invoiced", MAR15: "+invoiced", APR15: "invoiced"}
    # Again, and a month later: nothing more from the hoster (once), acme's 15 May alone (42.84).
    assert run_billing(hoster, APR15).outcomes == []
    assert _outcomes(run_billing(hoster, MAY15)) == [("c1", MAY15, "billed", "42.84")]
    [closing] = [i for i in invoices(pg_db, c) if i[0] == "hoster" and i[1] == MAR15]
    assert closing == ("hoster", MAR15, "credit_note", D("-21.00"), D("-4.20"), D("-25.20"),
                       [("proration", MAR1, MAR15, -3, D("14.00"), D("-21.00"))])
    # Each seller billed its own days: the hoster 15 Jan - 1 Mar, 42.00 + 42.00 - 21.00 = 63.00
    # (= 42.00 + 3 x 14.00 x 14/28); acme from 1 March, 54.00 + 36.00 + 36.00 = 126.00.
    by_issuer: dict[str, Decimal] = {}
    for issuer, *_, subtotal, _tax, _total, _lines in invoices(pg_db, c):
        by_issuer[issuer] = by_issuer.get(issuer, D(0)) + subtotal
    assert by_issuer == {"hoster": D("63.00"), a: D("126.00")}


def test_the_sellers_bill_on_a_date_before_the_company_came_is_left_to_that_seller(pg_db, logins):
    w = world(pg_db)
    c = three_sites(pg_db, w, reseller=None)
    a = f"reseller:{w.resellers['acme']}"
    hoster = logins("hoster", "hoster-admin")
    clerk = logins("clerk", "reseller-clerk", "acme")
    run_billing(hoster, JAN15)  # 42.00 + 20 % = 50.40
    move(pg_db, "c1", "acme", MAR1)
    # 15 February is the hoster's (c1 came to acme on 1 March): skipped, and 15 March waits for it.
    report = run_billing(clerk, MAR15)
    assert [(o.code, o.boundary, o.outcome) for o in report.outcomes] == [("c1", FEB15, "skipped"),
                                                                          ("c1", MAR15, "skipped")]
    assert report.outcomes[0].reason == ("it was Northwind Hosting's on this date: a run under a login of the "
                                         "hoster's staff bills it")
    assert _totals(pg_db, c) == [("hoster", JAN15, "invoice", D("50.40"))]
    # The hoster's run bills both dates as before: 15 February 42.00 (50.40); 15 March its -21.00 back (-25.20)
    # and acme's 54.00 (64.26), both written by the run that billed the period, so nothing is owed.
    run_billing(hoster, MAR15)
    assert _totals(pg_db, c) == [("hoster", JAN15, "invoice", D("50.40")), ("hoster", FEB15, "invoice", D("50.40")),
                                 ("hoster", MAR15, "credit_note", D("-25.20")), (a, MAR15, "invoice", D("64.26"))]
    assert _marks(pg_db, c) == {JAN15: "invoiced", FEB15: "invoiced", MAR15: "+invoiced"}  # (``CLOSED``)


def test_a_company_from_acme_to_the_hoster_is_billed_by_the_hosters_run_alone(pg_db, logins):
    w = world(pg_db)
    c = three_sites(pg_db, w)  # acme's: 3 sites at 12.00
    a = f"reseller:{w.resellers['acme']}"
    hoster = logins("hoster", "hoster-admin")
    clerk = logins("clerk", "reseller-clerk", "acme")
    run_billing(hoster, FEB15)  # acme's 15 January and 15 February: 36.00 + 19 % 6.84 = 42.84 each
    move(pg_db, "c1", "hoster", MAR1)
    # The company is not acme's any more: its clerk does not read it, and its run neither bills nor fails it.
    assert run_billing(clerk, APR15).outcomes == []
    # The hoster's run bills both sellers' bills of 15 March once: acme's -3 x 12.00 x 14/28 = -18.00
    # (19 % -3.42: -21.42); the hoster's 3 x 14.00 x 14/28 = 21.00 and the month ahead 42.00, 63.00 + 20 % 12.60 =
    # 75.60; 15 April the hoster's 42.00 + 8.40 = 50.40. Nothing is owed.
    run_billing(hoster, APR15)
    assert run_billing(clerk, APR15).outcomes == []
    assert run_billing(hoster, APR15).outcomes == []
    assert _totals(pg_db, c) == [(a, JAN15, "invoice", D("42.84")), (a, FEB15, "invoice", D("42.84")),
                                 ("hoster", MAR15, "invoice", D("75.60")), (a, MAR15, "credit_note", D("-21.42")),
                                 ("hoster", APR15, "invoice", D("50.40"))]
    assert _marks(pg_db, c) == {JAN15: "invoiced", FEB15: "invoiced", MAR15: "+invoiced", APR15: "invoiced"}


def test_a_clerk_bills_a_company_from_another_reseller_whose_closing_bill_the_hoster_writes(pg_db, logins):
    w = world(pg_db)
    c = three_sites(pg_db, w)  # acme's
    a, b = f"reseller:{w.resellers['acme']}", f"reseller:{w.resellers['beta']}"
    hoster = logins("hoster", "hoster-admin")
    clerk = logins("clerk", "reseller-clerk", "beta")
    run_billing(hoster, FEB15)  # acme: 42.84 twice
    move(pg_db, "c1", "beta", MAR1)
    # 15 March under beta's clerk: its 14 days, 3 x 15.00 x 14/28 = 22.50, and the month ahead 45.00:
    # 67.50 + 10 % 6.75 = 74.25. acme's credit is owed (acme's login does not read c1 any more, the hoster's does).
    assert _outcomes(run_billing(clerk, MAR15)) == [("c1", MAR15, "billed", "74.25")]
    # The hoster's run: acme's -3 x 12.00 x 14/28 = -18.00, 19 % -3.42: -21.42, once.
    assert _outcomes(run_billing(hoster, MAR15)) == [("c1", MAR15, "billed", "-21.42")]
    assert run_billing(hoster, MAR15).outcomes == []
    # 15 April under beta's clerk: 45.00 + 4.50 = 49.50; the hoster's run finds acme has nothing more then.
    assert _outcomes(run_billing(clerk, APR15)) == [("c1", APR15, "billed", "49.50")]
    assert run_billing(hoster, APR15).outcomes == []
    assert _totals(pg_db, c) == [(a, JAN15, "invoice", D("42.84")), (a, FEB15, "invoice", D("42.84")),
                                 (a, MAR15, "credit_note", D("-21.42")), (b, MAR15, "invoice", D("74.25")),
                                 (b, APR15, "invoice", D("49.50"))]
    # 15 March billed with acme's closing bill (``CLOSED``); 15 April cleared plain, acme having nothing more then.
    assert _marks(pg_db, c) == {JAN15: "invoiced", FEB15: "invoiced", MAR15: "+invoiced", APR15: "invoiced"}


def test_a_late_change_to_the_hosters_days_billed_under_the_clerk_is_corrected_by_the_hosters_run(pg_db, logins):
    w = world(pg_db)
    c = three_sites(pg_db, w, reseller=None)
    a = f"reseller:{w.resellers['acme']}"
    hoster = logins("hoster", "hoster-admin")
    clerk = logins("clerk", "reseller-clerk", "acme")
    run_billing(hoster, FEB15)  # the hoster: 42.00 + 20 % = 50.40 twice
    move(pg_db, "c1", "acme", MAR1)
    assert _outcomes(run_billing(clerk, MAR15)) == [("c1", MAR15, "billed", "64.26")]  # as above
    # Recorded now, dated on a day the hoster sold c1: 2 sites from 20 February.
    with unit_of_work(hoster) as s:
        changes.record_change(s, changes.change_quantity("c1", SITES, 2, date(2026, 2, 20)))
    # 15 April under the clerk, acme's days: the month ahead, 2 x 12.00 = 24.00; its 15 March bill corrected,
    # a site fewer for its 14 days, -12.00 x 14/28 = -6.00, and for the month it billed ahead, -12.00:
    # 24.00 - 18.00 = 6.00 + 19 % 1.14 = 7.14. The hoster's correction is owed, as its closing bill is.
    assert _outcomes(run_billing(clerk, APR15)) == [("c1", APR15, "billed", "7.14")]
    # The hoster's run bills what each period owes, as the run that billed it would have:
    # 15 March (the events that run saw: 3 sites) -3 x 14.00 x 14/28 = -21.00, 20 % -4.20: -25.20;
    # 15 April, the change: a site fewer on 9 of its days, 20 February - 1 March, -14.00 x 9/28 = -4.50,
    # 20 % -0.90: -5.40. Then nothing more.
    # (With worker processes: the owed bills are written before any of them computes a batch.)
    assert _outcomes(run_billing(hoster, APR15, workers=2)) == [("c1", MAR15, "billed", "-25.20"),
                                                                ("c1", APR15, "billed", "-5.40")]
    assert run_billing(hoster, APR15).outcomes == []
    # The hoster sold 3 sites 15 January - 20 February and 2 until 1 March: 42.00 + 14.00 x (3 x 5 + 2 x 9)/28
    # = 42.00 + 16.50 = 58.50 = 42.00 + 42.00 - 21.00 - 4.50. acme 2 sites from 1 March: 2 x 12.00 x 14/28
    # = 12.00 and two months ahead 48.00: 60.00 = 54.00 + 6.00.
    by_issuer: dict[str, Decimal] = {}
    for issuer, *_, subtotal, _tax, _total, _lines in invoices(pg_db, c):
        by_issuer[issuer] = by_issuer.get(issuer, D(0)) + subtotal
    assert by_issuer == {"hoster": D("58.50"), a: D("60.00")}
