"""Clerks allocating to the same invoices at once, as real processes on both databases: an invoice is never
allocated beyond its total, and whoever comes second is told in words (exit 2), never with a traceback.

d1 has six invoices of 24.00 EUR (Jan 31 to Jun 30). Payments #1 and #2 of 120.00 are on the account,
unallocated. Racer 0 allocates 20.00 of #1 to each invoice, racer 1 20.00 of #2 to each, racer 2 records a
new 20.00 cash payment for each invoice (it pays what is open of it, the rest stays credit). Whatever the
order, at most one 20.00 fits an invoice (24.00 < 40.00).
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from app.billing.run import run_billing
from app.models import Invoice
from app.models.payments import Allocation, LedgerEntry
from app.payments import allocation, payments
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.test_invoice_races import race

D = Decimal
LOSER = re.compile(r"^prorata: error: (INV-2026-0000\d) has (\d+\.\d\d) EUR open, not 20\.00: allocating that "
                   r"would pay it more than in full \((.+?) allocated (\d+\.\d\d) to it on "
                   r"[0-9-]+ [0-9:]+ UTC\); nothing was allocated\n$")
PAID = re.compile(r"^prorata: error: INV-2026-0000\d is paid: only an issued or partially paid invoice takes a "
                  r"payment\n$")


def test_two_clerks_allocating_to_one_invoice_never_over_allocate_it(db, tmp_path):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 7, 15), issue=True)
    with unit_of_work(db) as s:
        numbers = list(s.scalars(select(Invoice.number).order_by(Invoice.id)))
        assert numbers == [f"INV-2026-0000{k}" for k in range(1, 7)]
        for ref in ("P-1", "P-2"):
            payments.record(s, "d1", "120.00", "EUR", "bank_transfer", date(2026, 7, 1), ref, auto_allocate=False)
    plans = [[["payments", "allocate", "1", f"{n}=20.00", "--date", "2026-07-20"] for n in numbers],
             [["payments", "allocate", "2", f"{n}=20.00", "--date", "2026-07-20"] for n in numbers],
             [["payments", "add", "d1", "20.00", "EUR", "--method", "cash", "--date", "2026-07-20",
               "--reference", f"cash {n}", "--allocate", n] for n in numbers]]
    results = race(db, tmp_path, plans)
    explicit = [r for r in results if r["action"] == "allocate"]
    assert len(explicit) == 12 and all(r["rc"] == 0 for r in results if r["action"] == "add")
    assert sum(r["rc"] == 2 for r in explicit) >= 6  # two 20.00 never both fit 24.00
    for r in explicit:
        if r["rc"] == 2:
            # Less than 20.00 open, or paid in full by then (20.00 of one, the rest by a cash payment).
            found = LOSER.match(r["err"])
            assert found or PAID.match(r["err"]), r["err"]
            assert found is None or D(found.group(2)) < D("20.00")
    with unit_of_work(db) as s:
        a = Allocation.__table__.c
        per_invoice = dict(s.execute(select(Invoice.number, func.sum(a.amount))
                                     .join_from(Allocation.__table__, Invoice.__table__, Invoice.id == a.invoice_id)
                                     .group_by(Invoice.number)).all())
        status = dict(s.execute(select(Invoice.number, Invoice.status)).all())
        for n in numbers:
            assert per_invoice[n] <= D("24.00"), n
            assert status[n] == allocation.status_for(D("24.00"), per_invoice[n])
        # Each invoice: the explicit winners are those whose racer succeeded on it.
        won = {}
        for k, plan in enumerate(plans[:2]):
            mine = [r for r in results if r["action"] == "allocate" and r["ref"] == str(k + 1)]
            for argv, r in zip(plan, mine):
                won.setdefault(argv[3].split("=")[0], []).append(r["rc"] == 0)
        assert all(sum(v) <= 1 for v in won.values()), won
        # Balance: 6 x 24.00 - 2 x 120.00 - 6 x 20.00 = -216.00, and the open amounts less the credit agree.
        balance = s.scalar(select(func.sum(LedgerEntry.amount)))
        assert balance == D("-216.00")
        open_total = sum((left for _, left in allocation.open_invoices(s, 1)), D(0))
        assert open_total - allocation.credit(s, 1) == balance
