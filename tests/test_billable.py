"""The billable export: what would be billed, for an external billing system."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select, update

from app.billing.billable import billable
from app.billing.run import run_billing
from app.models import Company, Invoice
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build

D = Decimal


def test_contoso_february(db):
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    rows = [(r.plan or r.extra, r.start, r.end, r.days, r.quantity, r.period_days, r.amount)
            for r in billable(db, date(2026, 2, 1), date(2026, 3, 1))]
    # Periods: Jan 15 - Feb 15 (31 days), Feb 15 - Mar 15 (28 days); mailbox 6.00, site 12.00.
    assert rows == [
        ("exchange-basic", date(2026, 2, 1), date(2026, 2, 15), 14, 1, 31, D("2.71")),    # 6 x 14/31 = 2.7097
        ("sharepoint-sites", date(2026, 2, 10), date(2026, 2, 15), 5, 3, 31, D("5.81")),  # 36 x 5/31 = 5.8065
        ("exchange-basic", date(2026, 2, 15), date(2026, 3, 1), 14, 1, 28, D("3.00")),    # 6 x 14/28
        ("sharepoint-sites", date(2026, 2, 15), date(2026, 2, 20), 5, 3, 28, D("6.43")),  # 36 x 5/28 = 6.4286
        ("sharepoint-sites", date(2026, 2, 20), date(2026, 3, 1), 9, 5, 28, D("19.29")),  # 60 x 9/28 = 19.2857
        ("support-call", date(2026, 2, 3), date(2026, 2, 4), 1, 1, 31, D("50.00")),
    ]


def test_a_currency_change_within_a_quarter_keeps_the_quarter_in_the_currency_of_its_start(db):
    """Quarterly from 15 January 2026: the quarter 15 January - 15 April is 90 days; archiving 20.00 EUR a month,
    so 3 x 20.00 = 60.00 the quarter. JPY from 20 February, cancelled 1 March. The run bills 15 January 60.00 EUR
    and on 15 April gives back the days from 1 March in EUR, the quarter's currency: -60.00 x 45/90 = -30.00
    (1 March - 15 April: 30 + 15 = 45 days). The export says the same: the 15 January - 1 March days (17 + 28 = 45)
    in EUR, 60.00 x 45/90 = 30.00 EUR; no day in JPY (no JPY invoice bills one)."""
    w = build(db)
    c = add_company(db, w, "k1", signup=date(2026, 1, 15), events=[
        (date(2026, 1, 15), "subscribe", {"plan": "archiving"}),
        (date(2026, 2, 20), "currency", {"currency": "JPY"}),
        (date(2026, 3, 1), "cancel", {"plan": "archiving"})])
    with unit_of_work(db) as s:
        s.execute(update(Company).where(Company.id == c).values(term="quarterly"))
    run_billing(db, date(2026, 7, 15))
    with unit_of_work(db) as s:
        assert [(i.period_start, i.currency, i.subtotal) for i in s.scalars(
            select(Invoice).where(Invoice.company_id == c).order_by(Invoice.period_start))] == [
            (date(2026, 1, 15), "EUR", D("60.00")), (date(2026, 4, 15), "EUR", D("-30.00"))]
    rows = [(r.currency, r.start, r.end, r.period_days, r.amount)
            for r in billable(db, date(2026, 1, 15), date(2026, 4, 15))]
    assert rows == [("EUR", date(2026, 1, 15), date(2026, 3, 1), 90, D("30.00"))]
