"""Payment benchmarks (issue 9), on a working copy of the 100,000-company demo database (SQLite).

Targets, on a 2-core machine: aging over all 100,000 companies' accounts in under 5 s; an account with
5,000 ledger entries opened through app/payments/console.py (``account_view``: figures, every entry with its
running balance, open invoices, payments) in under 200 ms; a SEPA direct debit run for 50,000 invoices,
writing and validating its pain.008, in under 30 s.

Setup, not timed: the demo has companies and no invoices, so each company gets six monthly invoices
(2026-05-01 to 2026-10-01, due 14 days later; ``TODAY`` is 2026-11-01) posted to its account, May to July
paid in full, every third company's August paid in half; one account gets 5,000 entries; 16,667 EUR
companies that the hoster collects for get a mandate, their August to October open: 50,000 invoices (one
company's August is paid to make it exact). Rows go in with plain INSERTs, as the ledger would write them.
"""
from __future__ import annotations

import shutil
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, insert, select, text

from app.billing.context import HOSTER_KEY, company_key, reseller_key
from app.models import Company, Invoice, Reseller
from app.models.payments import Allocation, LedgerEntry, Payment, PaymentAccount
from app.models.processors import Mandate
from app.money import minor_digits, to_text
from app.storage import schema
from app.storage.engine import make_engine, unit_of_work
from bench.demo_db import OUT, TODAY, working_copy
from bench.report import figure

MONTHS = [date(2026, m, 1) for m in range(5, 11)]
PAID_MONTHS = 3  # May, June, July
DEBITS = 50_000
BIG_ENTRIES = 5_000
ACTOR = "bench"
IBAN = "DE02120300000000202051"


def _amount(cid: int, currency: str) -> Decimal:
    base = Decimal(cid % 50 + 10) + Decimal("0.50")
    digits = minor_digits(currency)
    return (base * 100).quantize(Decimal(1)) if digits == 0 else base.quantize(Decimal(1).scaleb(-digits))


def populate(engine) -> tuple[int, list[int]]:
    """Invoices, payments and allocations for every company; returns (the big account's id, the mandated
    company ids)."""
    with unit_of_work(engine) as s:
        modes = dict(s.execute(select(Reseller.id, Reseller.billing_mode)).all())
        companies = s.execute(select(Company.id, Company.reseller_id, Company.currency)
                              .order_by(Company.id)).all()
        s.execute(text("UPDATE hoster SET payment_collection = 1"))
    inv_id = pay_id = entry_id = alloc_id = 0
    accounts, invoices, entries, pays, allocs = [], [], [], [], []
    counts = {"invoices": 0, "entries": 0, "allocations": 0}
    mandated: list[int] = []
    big = big_row = None
    session = unit_of_work(engine)
    s = session.__enter__()

    def flush() -> None:  # in chunks, parents first, to keep memory small
        counts["invoices"] += len(invoices)
        counts["entries"] += len(entries)
        counts["allocations"] += len(allocs)
        for model, rows in ((PaymentAccount, accounts), (Invoice, invoices), (Payment, pays),
                            (LedgerEntry, entries), (Allocation, allocs)):
            if rows:
                s.execute(insert(model), rows)
            rows.clear()

    for acc_id, (cid, rid, cur) in enumerate(companies, start=1):
        if len(invoices) >= 60_000:
            flush()
        issuer = HOSTER_KEY if rid is None or modes[rid] == "hoster_bills_hoster_processor" else reseller_key(rid)
        owner = rid
        accounts.append(dict(id=acc_id, reseller_id=owner, customer_key=company_key(cid), company_id=cid,
                             issuer_key=issuer, issuer_reseller_id=None if issuer == HOSTER_KEY else rid,
                             currency=cur, version=1))
        debit = cur == "EUR" and issuer == HOSTER_KEY and len(mandated) < -(-DEBITS // 3)
        if debit:
            mandated.append(cid)
        if big is None and cur == "EUR" and not debit and issuer == HOSTER_KEY:
            big, big_row = acc_id, accounts[-1]
        amount = _amount(cid, cur)
        for n, month in enumerate(MONTHS):
            inv_id += 1
            entry_id += 1
            paid = amount if n < PAID_MONTHS else Decimal(0)
            if n == PAID_MONTHS and cid % 3 == 0 and not debit:
                paid = (amount / 2).quantize(amount)
            if debit and n == PAID_MONTHS and len(mandated) == 1:
                paid = amount  # 16,667 x 3 = 50,001: this one's August is paid, 50,000 left
            status = "paid" if paid == amount else "partially_paid" if paid else "issued"
            invoices.append(dict(id=inv_id, kind="invoice", number=f"B-{inv_id:08d}", issuer_key=issuer,
                                 issuer_reseller_id=None if issuer == HOSTER_KEY else rid, company_id=cid,
                                 reseller_id=owner, currency=cur, status=status, issue_date=month, subtotal=amount,
                                 tax=Decimal(0), total=amount, version=1))
            entries.append(dict(id=entry_id, reseller_id=owner, account_id=acc_id, kind="invoice", amount=amount,
                                entry_date=month, due_date=month + timedelta(days=14), document_id=inv_id,
                                reference=f"B-{inv_id:08d}", actor=ACTOR))
            if paid:
                pay_id += 1
                entry_id += 1
                alloc_id += 1
                day = month + timedelta(days=10)
                pays.append(dict(id=pay_id, reseller_id=owner, account_id=acc_id, method="bank_transfer",
                                 amount=paid, currency=cur, received_on=day, reference=f"T{pay_id}",
                                 status="received", recorded_by=ACTOR, collected_by=issuer, version=1))
                entries.append(dict(id=entry_id, reseller_id=owner, account_id=acc_id, kind="payment", amount=-paid,
                                    entry_date=day, payment_id=pay_id, reference=f"T{pay_id}", actor=ACTOR))
                allocs.append(dict(id=alloc_id, reseller_id=owner, account_id=acc_id, invoice_id=inv_id,
                                   payment_id=pay_id, amount=paid, allocated_on=day, actor=ACTOR))
    # The big account: invoices and their payments until it has BIG_ENTRIES entries.
    have = len(MONTHS) + PAID_MONTHS + (1 if big_row["company_id"] % 3 == 0 else 0)
    day = date(2012, 1, 1)
    while have < BIG_ENTRIES:
        inv_id += 1
        entry_id += 1
        amount = Decimal("19.99")
        invoices.append(dict(id=inv_id, kind="invoice", number=f"B-{inv_id:08d}", issuer_key=HOSTER_KEY,
                             company_id=big_row["company_id"], reseller_id=None, currency="EUR", status="paid",
                             issue_date=day, subtotal=amount, tax=Decimal(0), total=amount, version=1))
        entries.append(dict(id=entry_id, reseller_id=None, account_id=big, kind="invoice", amount=amount,
                            entry_date=day, due_date=day + timedelta(days=14), document_id=inv_id,
                            reference=f"B-{inv_id:08d}", actor=ACTOR))
        pay_id += 1
        entry_id += 1
        alloc_id += 1
        pays.append(dict(id=pay_id, reseller_id=None, account_id=big, method="bank_transfer", amount=amount,
                         currency="EUR", received_on=day, reference=f"T{pay_id}", status="received",
                         recorded_by=ACTOR, collected_by=HOSTER_KEY, version=1))
        entries.append(dict(id=entry_id, reseller_id=None, account_id=big, kind="payment", amount=-amount,
                            entry_date=day, payment_id=pay_id, reference=f"T{pay_id}", actor=ACTOR))
        allocs.append(dict(id=alloc_id, reseller_id=None, account_id=big, invoice_id=inv_id, payment_id=pay_id,
                           amount=amount, allocated_on=day, actor=ACTOR))
        have += 2
        day += timedelta(days=1)
    flush()
    s.execute(insert(Mandate), [dict(reseller_id=None, company_id=cid, creditor_key=HOSTER_KEY,
                                         reference=f"M-{cid}", debtor_name=f"Company {cid}", iban=IBAN,
                                         signed_on=date(2026, 1, 15), recurring=True, sequence="RCUR",
                                         status="active", actor=ACTOR) for cid in mandated])
    session.__exit__(None, None, None)  # commit
    print(f"  (setup: {counts['invoices']:,} invoices, {counts['entries']:,} ledger entries, "
          f"{counts['allocations']:,} allocations, "
          f"{len(mandated):,} mandates)")
    return big, mandated


def prepared() -> Path:
    """A working copy of the populated database (populated once, kept as payments-100k-base.db)."""
    from app.payments.processors import accounts as processor_accounts

    base = OUT / "payments-100k-base.db"
    if not base.exists():
        path = working_copy(100_000, "payments-100k-base.tmp")
        engine = make_engine(f"sqlite:///{path}")
        schema.upgrade(engine)
        populate(engine)
        with unit_of_work(engine) as s:
            processor_accounts.configure(s, "hoster", "sepa", {
                "name": "Northwind Hosting", "iban": "DE89370400440532013000", "bic": "COBADEFFXXX",
                "creditor_id": "DE98ZZZ09999999999"})
        engine.dispose()
        path.rename(base)
    work = OUT / "payments-100k.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    shutil.copy(base, work)
    return work


def main() -> int:
    from app.payments import aging, console
    from app.payments.sepa import batch

    engine = make_engine(f"sqlite:///{prepared()}")
    with unit_of_work(engine) as s:
        big = s.scalar(select(LedgerEntry.account_id).group_by(LedgerEntry.account_id)
                       .order_by(func.count().desc()).limit(1))

    start = time.perf_counter()
    with unit_of_work(engine) as s:
        rows = aging.aging(s, TODAY)
    seconds = time.perf_counter() - start
    print(f"  ({len(rows)} issuer/currency rows; hoster EUR: "
          + ", ".join(f"{k} {to_text(v, 'EUR')}" for r in rows if r.issuer == "hoster" and r.currency == "EUR"
                      for k, v in r.buckets.items()) + ")")
    figure("aging over 100,000 companies", seconds, "s", 5)

    start = time.perf_counter()
    with unit_of_work(engine) as s:
        view = console.account_view(s, big, TODAY)
    ms = (time.perf_counter() - start) * 1000
    print(f"  ({len(view.lines):,} entries shown, balance {to_text(view.row.balance, 'EUR')})")
    figure(f"open an account with {BIG_ENTRIES:,} entries (console)", ms, "ms", 200)

    start = time.perf_counter()
    with unit_of_work(engine) as s:
        done = batch.run(s, "hoster", TODAY, today=TODAY, actor=ACTOR)
    seconds = time.perf_counter() - start
    print(f"  ({len(done.debits):,} debits, {done.total} EUR, {len(done.xml) / 2**20:.1f} MiB of pain.008)")
    figure(f"direct debit run of {len(done.debits):,} invoices with its pain.008", seconds, "s", 30)
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
