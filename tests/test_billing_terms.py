"""Billing terms: quarterly, half-yearly and yearly billing in advance, worked by hand.

Prices are monthly: a term of m months bills m x the monthly price, and a change
within a term is prorated by days over the whole term. Storage scenarios run on
both databases (``db``).
"""
from __future__ import annotations

from collections import namedtuple
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from app.billing.billable import billable
from app.billing.periods import Schedule, Span
from app.billing.run import run_billing
from app.models import Accrual, Company, Invoice, InvoiceLine
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build

D = Decimal
Change = namedtuple("Change", "date type code quantity seq")


def set_term(engine, w, code: str, term: str) -> None:
    with unit_of_work(engine) as s:
        s.execute(update(Company).where(Company.id == w.companies[code]).values(term=term))


def lines_of(engine, company_id: int, boundary: date):
    with unit_of_work(engine) as s:
        inv = s.scalars(select(Invoice).where(Invoice.company_id == company_id,
                                              Invoice.period_start == boundary)).one()
        lines = [(ln.kind, ln.start, ln.end, ln.quantity, ln.unit_price, ln.amount) for ln in s.scalars(
            select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id).order_by(InvoiceLine.position))]
        return lines, (inv.period_end, inv.subtotal, inv.tax, inv.total)


# -- the calendar -------------------------------------------------------------------------------------------

def test_a_yearly_term_from_31_january_ends_12_months_later():
    s = Schedule(date(2027, 1, 31), None, "yearly")
    assert list(s.boundaries(date(2027, 1, 1), date(2029, 12, 31))) == [
        date(2027, 1, 31), date(2028, 1, 31), date(2029, 1, 31)]
    # The first term: 2027-01-31 -> 2028-01-31, 365 days (2027 is not a leap year; February 2028 is later).
    assert s.span_from(date(2027, 1, 31)) == Span(date(2027, 1, 31), date(2028, 1, 31), 12, date(2027, 1, 31), 31)
    assert s.span_from(date(2027, 1, 31)).days == 365
    # ...and the next one holds 29 February 2028: 366 days.
    assert s.span_from(date(2028, 1, 31)).days == 366


def test_a_half_yearly_term_on_day_31_clamps_in_february_and_returns_to_31():
    s = Schedule(date(2026, 8, 31), None, "half_yearly")
    assert list(s.boundaries(date(2026, 8, 1), date(2028, 3, 1))) == [
        date(2026, 8, 31), date(2027, 2, 28), date(2027, 8, 31), date(2028, 2, 29)]


def test_a_yearly_term_from_29_february_clamps_to_the_28th_and_returns_in_the_next_leap_year():
    s = Schedule(date(2028, 2, 29), None, "yearly")
    assert list(s.boundaries(date(2028, 1, 1), date(2032, 12, 31))) == [
        date(2028, 2, 29), date(2029, 2, 28), date(2030, 2, 28), date(2031, 2, 28), date(2032, 2, 29)]


def test_quarters_on_day_31():
    s = Schedule(date(2027, 1, 10), 31, "quarterly")
    # The first boundary on or after signup is 31 January; quarters clamp to 30 April and return to 31 July.
    assert list(s.boundaries(date(2027, 1, 1), date(2027, 12, 31))) == [
        date(2027, 1, 31), date(2027, 4, 30), date(2027, 7, 31), date(2027, 10, 31)]
    # The quarter the signup falls in: 31 October 2026 -> 31 January 2027 (92 days).
    assert s.span_before(date(2027, 1, 31)) == Span(date(2026, 10, 31), date(2027, 1, 31), 3,
                                                    date(2026, 10, 31), 31)


def test_a_term_change_takes_effect_at_the_next_boundary_and_spans_the_new_term():
    s = Schedule(date(2026, 1, 15), None, "monthly", [Change(date(2026, 2, 20), "term", "quarterly", None, 1)])
    # Dated 20 February: the first boundary on or after it is 15 March; the quarter runs to 15 June.
    assert list(s.boundaries(date(2026, 1, 1), date(2026, 9, 30))) == [
        date(2026, 1, 15), date(2026, 2, 15), date(2026, 3, 15), date(2026, 6, 15), date(2026, 9, 15)]
    assert s.span_from(date(2026, 3, 15)).whole


# -- runs ---------------------------------------------------------------------------------------------------

def test_quarterly_bills_three_months_in_advance_and_prorates_a_change_over_the_quarter(db):
    w = build(db)  # acme sells a SharePoint site at 12.00 a month; its cost is 8.00 a month; tax 19 %
    c = add_company(db, w, "q1", reseller="acme", events=[
        (date(2026, 1, 15), "subscribe", {"plan": "sharepoint-sites", "quantity": 2}),
        (date(2026, 2, 20), "quantity", {"plan": "sharepoint-sites", "quantity": 5})])
    set_term(db, w, "q1", "quarterly")
    report = run_billing(db, date(2026, 6, 30))
    assert [(o.code, o.boundary) for o in report.outcomes] == [("q1", date(2026, 1, 15)), ("q1", date(2026, 4, 15))]

    # 15 January: 2 sites x (3 x 12.00 = 36.00) for the quarter 15 January -> 15 April.
    # Tax 19 % of 72.00 = 13.68.
    assert lines_of(db, c, date(2026, 1, 15)) == (
        [("recurring", date(2026, 1, 15), date(2026, 4, 15), 2, D("36.00"), D("72.00"))],
        (date(2026, 4, 15), D("72.00"), D("13.68"), D("85.68")))
    # 15 April: 5 sites x 36.00 = 180.00 for 15 April -> 15 July. The quarter before had
    # 31 + 28 + 31 = 90 days; +3 sites from 20 February: 9 days of February + 31 of March + 14 of April = 54,
    # 3 x 36.00 x 54/90 = 64.80. Subtotal 244.80; tax 19 % = 46.512 -> 46.51; total 291.31.
    assert lines_of(db, c, date(2026, 4, 15)) == (
        [("recurring", date(2026, 4, 15), date(2026, 7, 15), 5, D("36.00"), D("180.00")),
         ("proration", date(2026, 2, 20), date(2026, 4, 15), 3, D("36.00"), D("64.80"))],
        (date(2026, 7, 15), D("244.80"), D("46.51"), D("291.31")))
    # acme's cost follows the term: 8.00 x 3 = 24.00 a site a quarter.
    # 2 x 24 = 48.00; 5 x 24 = 120.00; 3 x 24 x 54/90 = 43.20.
    with unit_of_work(db) as s:
        cost = [(a.boundary, a.line_kind, a.unit_price, a.amount) for a in s.scalars(
            select(Accrual).where(Accrual.company_id == c).order_by(Accrual.boundary, Accrual.id))]
    assert cost == [(date(2026, 1, 15), "recurring", D("24.00"), D("48.00")),
                    (date(2026, 4, 15), "recurring", D("24.00"), D("120.00")),
                    (date(2026, 4, 15), "proration", D("24.00"), D("43.20"))]


def test_yearly_from_31_january_bills_twelve_months_and_prorates_over_365_days(db):
    w = build(db)  # the hoster's own Archiving 20.00 and Exchange Basic 6.50 a month; tax 20 %
    c = add_company(db, w, "y1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"}),
        (date(2026, 3, 1), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 3, 1), "assign", {"plan": "exchange-basic", "user": "ann@y1.example"})])
    set_term(db, w, "y1", "yearly")
    run_billing(db, date(2027, 1, 31))
    # 31 January 2026: archiving 12 x 20.00 = 240.00 for the year to 31 January 2027; tax 48.00.
    assert lines_of(db, c, date(2026, 1, 31)) == (
        [("recurring", date(2026, 1, 31), date(2027, 1, 31), 1, D("240.00"), D("240.00"))],
        (date(2027, 1, 31), D("240.00"), D("48.00"), D("288.00")))
    # 31 January 2027: archiving 240.00; a mailbox 12 x 6.50 = 78.00; and the mailbox since 1 March 2026:
    # 1 March 2026 -> 31 January 2027 is 306 days to 1 January + 30 = 336 of the year's 365:
    # 78.00 x 336/365 = 71.802... -> 71.80. Subtotal 389.80; tax 20 % = 77.96; total 467.76.
    assert lines_of(db, c, date(2027, 1, 31)) == (
        [("recurring", date(2027, 1, 31), date(2028, 1, 31), 1, D("78.00"), D("78.00")),  # plans in id order
         ("recurring", date(2027, 1, 31), date(2028, 1, 31), 1, D("240.00"), D("240.00")),
         ("proration", date(2026, 3, 1), date(2027, 1, 31), 1, D("78.00"), D("71.80"))],
        (date(2028, 1, 31), D("389.80"), D("77.96"), D("467.76")))


def test_a_late_change_into_a_quarter_is_corrected_like_an_in_time_one(db):
    w = build(db)
    c = add_company(db, w, "q2", reseller="acme", events=[
        (date(2026, 1, 15), "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    set_term(db, w, "q2", "quarterly")
    run_billing(db, date(2026, 4, 15))  # 15 January and 15 April: 2 sites x 36.00 = 72.00 each
    # Recorded after 15 April: 4 sites since 1 March.
    add_events(db, w, "q2", [(date(2026, 3, 1), "quantity", {"plan": "sharepoint-sites", "quantity": 4})])
    run_billing(db, date(2026, 7, 15))
    lines, (_, subtotal, _, _) = lines_of(db, c, date(2026, 7, 15))
    assert lines == [
        ("recurring", date(2026, 7, 15), date(2026, 10, 15), 4, D("36.00"), D("144.00")),
        # +2 sites from 1 March to 15 April: 31 + 14 = 45 of the quarter's 90 days: 2 x 36.00 x 45/90 = 36.00
        ("correction", date(2026, 3, 1), date(2026, 4, 15), 2, D("36.00"), D("36.00")),
        # the quarter from 15 April was billed in advance with 2 sites, not 4: 2 x 36.00
        ("correction", date(2026, 4, 15), date(2026, 7, 15), 2, D("36.00"), D("72.00")),
    ]
    # In time, 15 April would have billed 4 x 36.00 + 36.00 = 180.00 and 15 July 144.00: 72 + 180 + 144 = 396;
    # late: 72 + 72 + 252 = 396.
    assert subtotal == D("252.00")


def test_export_billable_follows_the_term(db):
    w = build(db)
    add_company(db, w, "q3", reseller="acme", events=[
        (date(2026, 1, 15), "subscribe", {"plan": "sharepoint-sites", "quantity": 2}),
        (date(2026, 2, 20), "quantity", {"plan": "sharepoint-sites", "quantity": 5})])
    set_term(db, w, "q3", "quarterly")
    rows = [(r.start, r.end, r.quantity, r.unit_price, r.period_days, r.amount)
            for r in billable(db, date(2026, 2, 1), date(2026, 3, 1))]
    # The quarter 15 January -> 15 April (90 days) at 3 x 12.00 = 36.00 a site:
    # 2 sites 1 -> 20 February: 19 days, 2 x 36 x 19/90 = 15.20; 5 sites 20 February -> 1 March: 9 days,
    # 5 x 36 x 9/90 = 18.00.
    assert rows == [(date(2026, 2, 1), date(2026, 2, 20), 2, D("36.00"), 90, D("15.20")),
                    (date(2026, 2, 20), date(2026, 3, 1), 5, D("36.00"), 90, D("18.00"))]


@pytest.mark.parametrize("term", ["monthly", "quarterly"])
def test_a_dry_run_previews_what_the_run_writes(db, term):
    w = build(db)
    add_company(db, w, "q4", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    set_term(db, w, "q4", term)
    preview = run_billing(db, date(2026, 7, 31), dry_run=True)
    real = run_billing(db, date(2026, 7, 31))
    # monthly: 15 January ... 15 July, 7 x 20.00; quarterly: 15 January, 15 April, 15 July at 60.00 (+20 % tax).
    expected = (["24.00"] * 7 if term == "monthly" else ["72.00"] * 3)
    assert [o.total for o in preview.outcomes] == [o.total for o in real.outcomes] == expected
