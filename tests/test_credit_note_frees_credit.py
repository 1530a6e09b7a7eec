"""A credit note of a paid invoice frees what paid it, and that credit is applied at once, oldest first, to the
account's other open invoices of the same collector (app/payments/ledger.py ``_settle_credited``,
app/payments/allocation.py ``apply_freed``), in the credit note's transaction; the clerk is told what went where.
SQLite and PostgreSQL; every figure by hand.

The world of tests/test_payment_collection.py: the hoster bills d1, d2 and d3 for archiving, 20.00 EUR + 20 % =
24.00 a month; d2 gets INV-2026-00003 (N[2]) and INV-2026-00004 (N[3]), d3 INV-2026-00005 and -00006.
The collectors' world is tests/test_booking_collectors.py's: bc's Feb 1 and Mar 1 invoices of 7.26 each.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.models import AuditEntry, Invoice
from app.models.payments import PaymentAccount
from app.payments import allocation, ledger, payments
from app.services import invoices
from app.storage.engine import unit_of_work
from app.translation import translator
from tests.test_booking_collectors import COSTS, MARGIN, MAR10, _scene
from tests.test_payment_collection import N, statuses, world  # noqa: F401 (fixture)
from tests.test_payment_processors import ring  # noqa: F401 (fixture)

D = Decimal
PAID, CREDITED = date(2026, 3, 16), date(2026, 3, 17)


def pay(db, customer: str, amount: str, invoice: str, reference: str = "receipt") -> None:
    with unit_of_work(db) as s:
        payments.record(s, customer, amount, "EUR", "cash", PAID, reference, allocate_to=[invoice])


def credit(db, ref) -> tuple[allocation.FreedCredit | None, str | None]:
    """Credit ``ref`` on Mar 17: what its credit note freed, and the clerk's sentence (None: none)."""
    with unit_of_work(db) as s:
        note = invoices.credit(s, ref, CREDITED)
        freed = ledger.freed_credit(s, note.id)
        said = freed.note() if freed is not None else None
        return freed, said.message() if said is not None else None


def credit_of(db, customer: str) -> Decimal:
    with unit_of_work(db) as s:
        from app.payments import accounts

        key = accounts.find_customer(s, customer).key
        (acc,) = s.scalars(select(PaymentAccount.id).where(PaymentAccount.customer_key == key))
        return allocation.credit(s, acc)


def open_of(db, number: str) -> Decimal:
    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice).where(Invoice.number == number)).one()
        return allocation.open_amount(s, inv)


def test_a_paid_invoice_credited_pays_the_next_open_invoice_at_once(db, world):
    pay(db, "d2", "24.00", N[2])
    freed, said = credit(db, N[2])
    # The 24.00 that paid N[2] is credit; N[3] has 24.00 open: all of it goes there, nothing stays credit.
    assert (freed.freed, [(a.invoice, a.amount, a.status_after) for a in freed.applied], freed.left) == (
        D("24.00"), [(N[3], D("24.00"), "paid")], D("0.00"))
    assert said == (f"24.00 EUR paid on {N[2]} became credit and was applied at once to the oldest open invoices: "
                    f"{N[3]} 24.00")
    got = statuses(db)
    assert (got[N[2]], got[N[3]]) == ("void", "paid")
    assert credit_of(db, "d2") == D("0")
    # d3's open invoices, another account, are untouched.
    assert (got[N[4]], got[N[5]]) == ("issued", "issued")
    with unit_of_work(db) as s:
        inv3 = s.scalars(select(Invoice.id).where(Invoice.number == N[3])).one()
        audited = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(inv3),
                                                     AuditEntry.action == "pay")).all()
    assert [e.after["by"] for e in audited] == ["credit freed by credit note " + _note_of(db, N[2])]
    assert [e.after["allocated"] for e in audited] == ["24.00"]


def _note_of(db, number: str) -> str:
    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice.id).where(Invoice.number == number)).one()
        return s.scalars(select(Invoice.number).where(Invoice.credits_id == inv)).one()


def test_a_partly_paid_invoice_frees_only_what_was_paid(db, world):
    pay(db, "d2", "10.00", N[2])
    freed, said = credit(db, N[2])
    # 10.00 paid of N[2]: 10.00 of N[3]'s 24.00, which keeps 24.00 - 10.00 = 14.00 open.
    assert [(a.invoice, a.amount, a.status_after) for a in freed.applied] == [(N[3], D("10.00"), "partially_paid")]
    assert said.endswith(f"oldest open invoices: {N[3]} 10.00")
    assert open_of(db, N[3]) == D("14.00")
    assert credit_of(db, "d2") == D("0")


def test_what_the_open_invoices_cannot_take_stays_credit_and_is_said(db, world):
    pay(db, "d2", "24.00", N[2], "receipt 1")
    pay(db, "d2", "20.00", N[3], "receipt 2")  # N[3]: 24.00 - 20.00 = 4.00 open
    freed, said = credit(db, N[2])
    # 24.00 freed: 4.00 settles N[3]; 24.00 - 4.00 = 20.00 stays credit.
    assert [(a.invoice, a.amount) for a in freed.applied] == [(N[3], D("4.00"))]
    assert said == (f"24.00 EUR paid on {N[2]} became credit and was applied at once to the oldest open invoices: "
                    f"{N[3]} 4.00; 20.00 EUR stays credit")
    assert statuses(db)[N[3]] == "paid"
    assert credit_of(db, "d2") == D("20.00")


def test_nothing_open_keeps_the_credit_and_an_unpaid_invoice_says_nothing(db, world):
    pay(db, "d2", "24.00", N[2], "receipt 1")
    pay(db, "d2", "24.00", N[3], "receipt 2")
    freed, said = credit(db, N[2])
    assert (freed.freed, freed.applied) == (D("24.00"), [])
    assert said == (f"24.00 EUR paid on {N[2]} became credit and stays on the account: no other open invoice of "
                    "the same collector to apply it to")
    assert credit_of(db, "d2") == D("24.00")
    # d3 paid nothing: its credit note frees nothing, and d3's other invoice stays open in full.
    freed, said = credit(db, N[4])
    assert said is None
    assert open_of(db, N[5]) == D("24.00")


@pytest.mark.parametrize("before, after", [(COSTS, MARGIN), (MARGIN, COSTS)])
def test_a_collectors_money_pays_none_of_the_other_collectors_invoices(db, before, after):
    feb, mar, _ = _scene(db, before, after)
    # Mar 1 paid (7.26, to its collector), then credited: the 7.26 is that collector's money; Feb 1, open, is the
    # other collector's: it stays open and the 7.26 stays credit.
    with unit_of_work(db) as s:
        payments.record(s, "bc", "7.26", "EUR", "bank_transfer", MAR10, "TR-1", allocate_to=[f"acme:{mar}"])
        mar_id = s.scalars(select(Invoice.id).where(Invoice.number == mar, Invoice.company_id.is_not(None))).one()
    freed, said = credit(db, mar_id)
    assert (freed.freed, freed.applied) == (D("7.26"), [])
    assert said.endswith("no other open invoice of the same collector to apply it to")
    assert credit_of(db, "bc") == D("7.26")


def test_one_collector_pays_the_other_invoice_of_the_same_collector(db):
    feb, mar, _ = _scene(db, MARGIN, MARGIN)  # both collected by the hoster
    with unit_of_work(db) as s:
        payments.record(s, "bc", "7.26", "EUR", "bank_transfer", MAR10, "TR-1", allocate_to=[f"acme:{feb}"])
        feb_id = s.scalars(select(Invoice.id).where(Invoice.number == feb, Invoice.company_id.is_not(None))).one()
    freed, _ = credit(db, feb_id)
    assert [(a.invoice, a.amount, a.status_after) for a in freed.applied] == [(mar, D("7.26"), "paid")]
    assert credit_of(db, "bc") == D("0")


def test_the_command_line_says_where_the_credit_went(db, world, capsys, monkeypatch):
    pay(db, "d2", "10.00", N[2])
    url = db.url.render_as_string(hide_password=False)
    monkeypatch.setenv("LANGUAGE", "en")
    assert main(["invoices", "credit", N[2], "--date", "2026-03-17", "--db", url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == (f"  10.00 EUR paid on {N[2]} became credit and was applied at once to the oldest open "
                      f"invoices: {N[3]} 10.00")
    assert open_of(db, N[3]) == D("14.00")
    # An unpaid invoice credited: the credit note alone.
    assert main(["invoices", "credit", N[4], "--date", "2026-03-17", "--db", url]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_the_sentence_in_german(db, world):
    pay(db, "d2", "24.00", N[2], "receipt 1")
    pay(db, "d2", "20.00", N[3], "receipt 2")
    with unit_of_work(db) as s:
        note = invoices.credit(s, N[2], CREDITED)
        said = ledger.freed_credit(s, note.id).note().message(translator("de"))
    assert said == (f"24.00 EUR, bezahlt auf {N[2]}, wurden zu Guthaben und sofort mit den ältesten offenen "
                    f"Rechnungen verrechnet: {N[3]} 4.00; 20.00 EUR bleiben als Guthaben stehen")


def test_a_credit_note_and_payments_at_once_queue_and_settle_the_same(db, tmp_path):
    """A clerk credits a paid invoice while another records three payments allocated oldest first, each in a
    process of its own: they queue on the account (the credit note takes it before the invoice, as a payment
    does), none fails, and whatever the order the same invoices end up paid."""
    from app.billing.run import run_billing
    from tests.billing_world import add_company, build
    from tests.test_invoice_races import race

    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[(date(2026, 1, 31), "subscribe",
                                                                {"plan": "archiving"})])
    run_billing(db, date(2026, 7, 15), issue=True)  # six invoices of 24.00, INV-2026-00001 to -00006
    nums = [f"INV-2026-0000{k}" for k in range(1, 7)]
    with unit_of_work(db) as s:
        payments.record(s, "d1", "24.00", "EUR", "cash", date(2026, 7, 1), "P-0", allocate_to=[nums[0]])
    plans = [[["invoices", "credit", nums[0], "--date", "2026-07-20"]],
             [["payments", "add", "d1", "24.00", "EUR", "--method", "cash", "--date", "2026-07-20",
               "--reference", f"cash {k}"] for k in range(3)]]
    results = race(db, tmp_path, plans)
    assert [r["rc"] for r in results] == [0, 0, 0, 0]
    # The freed 24.00 and the three payments of 24.00 pay four of the five invoices left, oldest first, in either
    # order: -00002 to -00005 paid, -00006 open; no credit left.
    got = statuses(db)
    assert [got[n] for n in nums] == ["void", "paid", "paid", "paid", "paid", "issued"]
    assert credit_of(db, "d1") == D("0")
