"""Payments under staff logins on PostgreSQL: each write goes through the audit log's policy, and the payment's
``recorded_by``, its ledger entries, its allocations and its audit entries name the database login (not the
operating-system user). On SQLite the actor stays the operating-system user.

The world (tests/staff_world.py): the hoster bills its direct company d1, Acme its company c1; each has one
issued invoice, still open.
"""
from __future__ import annotations

import getpass
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from app.billing.run import run_billing
from app.models import AuditEntry, Invoice
from app.models.payments import Allocation, LedgerEntry, Payment
from app.payments import payments, payouts, refunds, reversals
from app.payments.processors import accounts as processor_accounts
from app.payments.sepa import batch, mandates
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.staff_world import StaffWorld, add_logins, drop_logins, run_cli, world_with_logins

D = Decimal
CREDITOR = {"name": "Northwind Hosting", "iban": "DE89 3704 0044 0532 0130 00", "bic": "COBADEFFXXX",
            "creditor_id": "DE98ZZZ09999999999"}
DEBTOR_IBAN = "DE02 1203 0000 0000 2020 51"
TABLES = (Payment, LedgerEntry, Allocation, AuditEntry)


@pytest.fixture
def world(pg_db):
    with world_with_logins(pg_db, ("hoster_clerk", "acme_clerk")) as w:
        yield w


def last_ids(engine) -> dict:
    with unit_of_work(engine) as s:
        return {t: s.scalar(select(func.coalesce(func.max(t.id), 0))) for t in TABLES}


def actors_since(engine, before: dict) -> dict[str, set[str]]:
    """Who each new row of the payments tables and the audit log names, by table."""
    with unit_of_work(engine) as s:
        return {
            "payments": set(s.scalars(select(Payment.recorded_by).where(Payment.id > before[Payment]))),
            "ledger": set(s.scalars(select(LedgerEntry.actor).where(LedgerEntry.id > before[LedgerEntry]))),
            "allocations": set(s.scalars(select(Allocation.actor).where(Allocation.id > before[Allocation]))),
            "audit": set(s.scalars(select(AuditEntry.actor).where(AuditEntry.id > before[AuditEntry]))),
        }


def open_invoice(engine, company_id: int) -> tuple[int, str, Decimal]:
    with unit_of_work(engine) as s:
        inv = s.scalars(select(Invoice).where(Invoice.company_id == company_id, Invoice.status == "issued")
                        .order_by(Invoice.id)).first()
        return inv.id, inv.number, inv.total


def status(engine, invoice_id: int) -> str:
    with unit_of_work(engine) as s:
        return s.get(Invoice, invoice_id).status


@pytest.mark.pg
def test_a_hoster_clerk_records_allocates_refunds_and_reverses_in_its_own_name(world, monkeypatch):
    monkeypatch.delenv("PRORATA_ACTOR", raising=False)
    clerk, engine = world.logins["hoster_clerk"], world.engines["hoster_clerk"]
    inv_id, number, total = open_invoice(world.owner, world.companies["d1"])
    before = last_ids(world.owner)
    with unit_of_work(engine) as s:  # 5.00 kept as credit, then allocated by hand
        one = payments.record(s, "d1", "5.00", "EUR", "cash", date(2026, 3, 20), "CASH-1", auto_allocate=False)
        assert one.credit_left == D("5.00")
    with unit_of_work(engine) as s:
        done = payments.allocate(s, one.payment.id, [(f"hoster:{number}", None)], date(2026, 3, 21))
        assert [(a.invoice, a.amount) for a in done.allocations] == [(number, D("5.00"))]
    with unit_of_work(engine) as s:  # 3.00 as credit, refunded whole
        two = payments.record(s, "d1", "3.00", "EUR", "bank_transfer", date(2026, 3, 22), "TX-2",
                              auto_allocate=False)
    with unit_of_work(engine) as s:
        refunds.refund(s, two.payment.id, "3.00", date(2026, 3, 23), "R-1")
    with unit_of_work(engine) as s:
        back = reversals.reverse(s, one.payment.id, date(2026, 3, 24), "cash was counterfeit")
        assert [(a.invoice, a.amount) for a in back.allocations] == [(number, D("-5.00"))]
    assert status(world.owner, inv_id) == "issued"
    with unit_of_work(world.owner) as s:
        kinds = s.scalars(select(LedgerEntry.kind).where(LedgerEntry.id > before[LedgerEntry])
                          .order_by(LedgerEntry.id)).all()
        # The allocation from credit leaves a zero "credit applied" entry (app/payments/allocation.py).
        assert kinds == ["payment", "credit_applied", "payment", "refund", "reversal"]
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.id > before[AuditEntry])) >= 5
    assert actors_since(world.owner, before) == {
        "payments": {clerk}, "ledger": {clerk}, "allocations": {clerk}, "audit": {clerk}}
    assert total > D("5.00")  # the allocation above was partial: the invoice stayed open throughout


@pytest.mark.pg
def test_a_hoster_clerk_adds_a_mandate_and_collects_by_direct_debit(world, monkeypatch):
    monkeypatch.delenv("PRORATA_ACTOR", raising=False)
    clerk, engine = world.logins["hoster_clerk"], world.engines["hoster_clerk"]
    inv_id, number, total = open_invoice(world.owner, world.companies["d1"])
    with unit_of_work(world.owner) as s:  # the hoster's creditor details: an admin's setting
        processor_accounts.configure(s, "hoster", "sepa", CREDITOR)
    before = last_ids(world.owner)
    with unit_of_work(engine) as s:
        mandates.add(s, "d1", "M-D1-001", DEBTOR_IBAN, date(2026, 1, 15), bic="BYLADEM1001",
                     today=date(2026, 3, 20))
    with unit_of_work(engine) as s:
        done = batch.run(s, "hoster", date(2026, 4, 1), today=date(2026, 3, 20))
        assert [(d["invoice"], D(d["amount"])) for d in done.debits] == [(number, total)]
    assert status(world.owner, inv_id) == "paid"
    actors = actors_since(world.owner, before)
    assert actors == {"payments": {clerk}, "ledger": {clerk}, "allocations": {clerk}, "audit": {clerk}}


@pytest.mark.pg
def test_a_hoster_clerk_records_a_payout_to_a_reseller(pg_db, monkeypatch):
    # Acme's customers pay the hoster, which owes Acme its margin: 2 sites at Acme's retail 12.00 less the
    # wholesale 8.00 = 8.00, and the VAT collected in Acme's name, 19 % of 24.00 = 4.56: 12.56 (as in
    # tests/test_payouts_statement.py).
    monkeypatch.delenv("PRORATA_ACTOR", raising=False)
    w = build(pg_db, acme_mode="hoster_bills_hoster_processor")
    add_company(pg_db, w, "r1", reseller="acme", signup=date(2026, 2, 1),
                events=[(date(2026, 2, 1), "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    run_billing(pg_db, date(2026, 2, 1), issue=True)
    staff_world = StaffWorld(pg_db, dict(w.resellers), dict(w.companies))
    add_logins(staff_world, ("hoster_clerk",))
    try:
        clerk, engine = staff_world.logins["hoster_clerk"], staff_world.engines["hoster_clerk"]
        before = last_ids(pg_db)
        with unit_of_work(engine) as s:
            entry = payouts.add(s, "acme", "5.00", date(2026, 2, 10), reference="TX-77")
            assert (entry.kind, entry.amount) == ("payout", D("5.00"))
        with unit_of_work(engine) as s:
            assert payouts.owed(s, "acme")[0]["owed"] == "7.56"  # 12.56 - 5.00
        actors = actors_since(pg_db, before)
        assert (actors["ledger"], actors["audit"]) == ({clerk}, {clerk})
    finally:
        drop_logins(staff_world)


@pytest.mark.pg
def test_a_reseller_clerk_records_a_payment_for_its_own_company(world, monkeypatch):
    monkeypatch.delenv("PRORATA_ACTOR", raising=False)
    clerk, engine = world.logins["acme_clerk"], world.engines["acme_clerk"]
    _, number, _ = open_invoice(world.owner, world.companies["c1"])
    before = last_ids(world.owner)
    with unit_of_work(engine) as s:
        done = payments.record(s, "c1", "5.00", "EUR", "cash", date(2026, 3, 20), "CASH-C1")
        assert [(a.invoice, a.amount) for a in done.allocations] == [(number, D("5.00"))]
    assert actors_since(world.owner, before) == {
        "payments": {clerk}, "ledger": {clerk}, "allocations": {clerk}, "audit": {clerk}}
    with unit_of_work(world.owner) as s:  # the entries are Acme's, in Acme's audit chain
        owners = set(s.scalars(select(AuditEntry.reseller_id).where(AuditEntry.id > before[AuditEntry])))
    assert owners == {world.resellers["acme"]}


@pytest.mark.pg
def test_the_cli_records_a_payment_under_a_clerk_login(world, capsys, monkeypatch):
    monkeypatch.delenv("PRORATA_ACTOR", raising=False)
    clerk = world.logins["hoster_clerk"]
    before = last_ids(world.owner)
    rc, out, err = run_cli(capsys, "payments", "add", "d1", "5.00", "EUR", "--method", "cash", "--date",
                           "2026-03-20", "--reference", "CASH-CLI", "--db", world.url("hoster_clerk"))
    assert (rc, err) == (0, "") and out.startswith("payment #")
    assert actors_since(world.owner, before) == {
        "payments": {clerk}, "ledger": {clerk}, "allocations": {clerk}, "audit": {clerk}}


@pytest.mark.pg
def test_the_superuser_is_recorded_as_its_login_like_a_billing_run(world, monkeypatch):
    monkeypatch.delenv("PRORATA_ACTOR", raising=False)
    login = make_url(str(world.owner.url)).username
    before = last_ids(world.owner)
    with unit_of_work(world.owner) as s:
        payments.record(s, "d1", "5.00", "EUR", "cash", date(2026, 3, 20), "CASH-SU")
    assert actors_since(world.owner, before) == {
        "payments": {login}, "ledger": {login}, "allocations": {login}, "audit": {login}}
    before = last_ids(world.owner)
    run_billing(world.owner, date(2026, 3, 15))
    assert actors_since(world.owner, before)["audit"] == {login}


def test_on_sqlite_the_payment_names_the_os_user(sqlite_db, monkeypatch):
    monkeypatch.delenv("PRORATA_ACTOR", raising=False)
    w = build(sqlite_db)
    add_company(sqlite_db, w, "d1", signup=date(2026, 1, 31),
                events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(sqlite_db, date(2026, 3, 15), issue=True)
    before = last_ids(sqlite_db)
    with unit_of_work(sqlite_db) as s:
        one = payments.record(s, "d1", "30.00", "EUR", "bank_transfer", date(2026, 3, 20), "TX-1")
    with unit_of_work(sqlite_db) as s:
        reversals.reverse(s, one.payment.id, date(2026, 3, 31), "returned")
    me = getpass.getuser()
    assert actors_since(sqlite_db, before) == {"payments": {me}, "ledger": {me}, "allocations": {me}, "audit": {me}}
