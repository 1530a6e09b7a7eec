"""The billable export: what would be billed, for an external billing system."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.billing.billable import billable
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
