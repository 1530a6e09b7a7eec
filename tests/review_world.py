"""Three hoster companies with one draft each, for the offline review tests.

alpha, beta and gamma subscribe to Archiving (per plan, 20.00 EUR a month at the hoster) on 15 January 2026;
billing on 15 January gives each a draft for 15 January to 14 February: 20.00, tax 20 % = 4.00, total 24.00.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Invoice
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

DAY = date(2026, 1, 15)


def review_world(db) -> dict[str, int]:
    """Draft ids by company code."""
    w = build(db)
    for code in ("alpha", "beta", "gamma"):
        add_company(db, w, code, events=[(DAY, "subscribe", {"plan": "archiving"})])
    run_billing(db, DAY)
    with unit_of_work(db) as s:
        return {code: s.scalars(select(Invoice.id).where(Invoice.company_id == w.companies[code])).one()
                for code in ("alpha", "beta", "gamma")}
