"""What a payout may pay, by its date and with the reseller's credit (app/payments/payouts.py ``add``,
``payable``; app/payments/sepa/transfers.py ``pay_out``), and credit and payments settling a statement the
reseller owes on (app/payments/payments.py ``apply_credit``, ``record --allocate``). SQLite and PostgreSQL;
every figure by hand.

World of tests/test_reseller_negative_statement.py: ST-1 (1 Feb) -4.10 (acme owes the hoster 4.10), ST-2 (1 Mar)
+12.56 (owed to acme); acme's payment of 4.10 on 10 Feb kept as credit unless left out. Figures: (statements, paid
out, to pay out, to collect, credit, open, owed outside invoices, balance).
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.payments import payments, payouts
from app.storage.engine import unit_of_work
from tests.test_reseller_negative_statement import FEB20, MAR1, MAR5, figures, refused, world

D = Decimal
JAN15, MAR10 = date(2026, 1, 15), date(2026, 3, 10)


def test_a_payout_dated_before_the_statements_is_refused(db):
    world(db, paid=None)
    # Owed to acme: 0 on 15 Jan, -4.10 from 1 Feb (ST-1: acme owes), -4.10 + 12.56 = 8.46 from 1 Mar.
    assert refused(db, lambda s: payouts.add(s, "acme", "8.46", JAN15)) == [
        "amount: the hoster owed acme -4.10 EUR on 2026-02-01, not 8.46: a payout dated 2026-01-15 pays no more "
        "than was owed on its day and every day after; nothing was paid out"]
    assert refused(db, lambda s: payouts.add(s, "acme", "1.00", FEB20)) == [
        "amount: the hoster owed acme -4.10 EUR on 2026-02-20, not 1.00: a payout dated 2026-02-20 pays no more "
        "than was owed on its day and every day after; nothing was paid out"]
    # Nothing paid out: to collect 4.10 on 20 Feb, balance 4.10 (ST-1 only).
    assert figures(db, FEB20) == (D("-4.10"), D("0"), D("-4.10"), D("4.10"), D("0"), D("0"), D("0"), D("4.10"))
    with unit_of_work(db) as s:
        payouts.add(s, "acme", "8.46", MAR1)  # owed 8.46 on 1 Mar and since: accepted
    assert figures(db, MAR5)[:3] == (D("8.46"), D("8.46"), D("0"))


def test_a_payout_dated_before_a_later_one_pays_no_more_than_left_after_it(db):
    world(db, paid=None)
    with unit_of_work(db) as s:
        first = payouts.add(s, "acme", "8.46", MAR5).id
    # Owed 8.46 on 1 Mar, 8.46 - 8.46 = 0 from 5 Mar: a second payout dated 1 Mar would pay it twice.
    assert refused(db, lambda s: payouts.add(s, "acme", "8.46", MAR1)) == [
        "amount: the hoster owes acme 0.00 EUR, not 8.46: nothing was paid out"]
    with unit_of_work(db) as s:
        payouts.reverse(s, first, MAR10, "bounced")
    # Owed 8.46 on 1 Mar, 0 from 5 Mar, 0 + 8.46 = 8.46 from 10 Mar (reversed): none of it payable on 1 Mar.
    assert refused(db, lambda s: payouts.add(s, "acme", "8.46", MAR1)) == [
        "amount: the hoster owed acme 0.00 EUR on 2026-03-05, not 8.46: a payout dated 2026-03-01 pays no more "
        "than was owed on its day and every day after; nothing was paid out"]
    with unit_of_work(db) as s:
        payouts.add(s, "acme", "8.46", MAR10)  # owed 8.46 on 10 Mar: accepted
    # Paid out 8.46 - 8.46 + 8.46 = 8.46, to pay out 0.
    assert figures(db, MAR10)[:3] == (D("8.46"), D("8.46"), D("0"))


def _sepa(s) -> None:
    from app.payments.processors import accounts as processor_accounts
    from tests.test_sepa_debit import CREDITOR

    processor_accounts.configure(s, "hoster", "sepa", CREDITOR)
    processor_accounts.configure(s, "acme", "sepa", {"name": "Acme Cloud GmbH", "iban": "DE02120300000000202051",
                                                     "bic": "BYLADEM1001", "creditor_id": "DE98ZZZ09999999999"})


def test_a_transfer_pays_what_the_resellers_credit_leaves_owed(db):
    from app.payments.sepa import transfers

    world(db)  # acme's 4.10 of 10 Feb kept as credit
    with unit_of_work(db) as s:
        _sepa(s)
        done = transfers.pay_out(s, MAR5)
        # acme's 4.10 settles ST-1 first: owed -4.10 + 4.10 + 12.56 = 12.56, all paid.
        assert [t["amount"] for t in done.transfers] == ["12.56"]
        assert done.total == D("12.56")
    # Statements 12.56, paid out 12.56, nothing to pay out or collect, no credit; balance +4.10 - 4.10 - 12.56 +
    # 12.56 = 0.
    assert figures(db, MAR5) == (D("12.56"), D("12.56"), D("0"), D("0"), D("0"), D("0"), D("0"), D("0"))
    with unit_of_work(db) as s:
        assert payouts.owed(s, "acme") == [{"reseller": "acme", "currency": "EUR", "statements": "12.56",
                                            "paid_out": "12.56", "owed": "0.00"}]


def test_a_transfer_dated_before_the_statement_owing_pays_nothing(db):
    from app.payments.sepa import transfers

    world(db)
    with unit_of_work(db) as s:
        _sepa(s)
    # On 20 Feb: -4.10 + 4.10 (the credit settles ST-1) = 0 owed; ST-2's 12.56 is owed from 1 Mar only.
    assert refused(db, lambda s: transfers.pay_out(s, FEB20)) == ["the hoster owes no reseller anything in EUR"]
    # Nothing written: acme's 4.10 is still credit (ST-1 to collect 4.10), nothing paid out.
    assert figures(db, MAR5) == (D("8.46"), D("0"), D("8.46"), D("0"), D("4.10"), D("0"), D("0"), D("-12.56"))


def test_credit_is_applied_to_a_statement_the_reseller_owes(db):
    world(db, march=False)  # ST-1: acme owes 4.10; its 4.10 of 10 Feb kept as credit
    # Before: credit 4.10 and to collect 4.10; balance +4.10 - 4.10 = 0.
    assert figures(db, FEB20) == (D("-4.10"), D("0"), D("-4.10"), D("4.10"), D("4.10"), D("0"), D("0"), D("0"))
    with unit_of_work(db) as s:
        done = payments.apply_credit(s, "acme", "EUR", day=FEB20)
        assert [(a.invoice, a.amount) for a in done] == [("ST-2026-00001", D("4.10"))]
    # Settled: statements -4.10 + 4.10 = 0, nothing to collect, no credit; balance still 0.
    assert figures(db, FEB20) == (D("0"), D("0"), D("0"), D("0"), D("0"), D("0"), D("0"), D("0"))
    assert refused(db, lambda s: payments.apply_credit(s, "acme", "EUR", day=FEB20)) == [
        "acme has no credit in EUR with hoster"]


def test_credit_is_applied_to_a_statement_named(db):
    world(db, march=False)
    with unit_of_work(db) as s:
        done = payments.apply_credit(s, "acme", "EUR", invoices=["ST-2026-00001"], day=FEB20)
        assert [(a.invoice, a.amount) for a in done] == [("ST-2026-00001", D("4.10"))]
    assert figures(db, FEB20) == (D("0"), D("0"), D("0"), D("0"), D("0"), D("0"), D("0"), D("0"))


def test_credit_is_not_applied_to_a_statement_owed_to_the_reseller(db):
    world(db)  # ST-2 owes acme 12.56
    assert refused(db, lambda s: payments.apply_credit(s, "acme", "EUR", invoices=["ST-2026-00002"])) == [
        "ST-2026-00002 leaves the reseller owing nothing: a payment settles only a statement the reseller owes on; "
        "what a statement owes the reseller is paid out (prorata payouts add)"]


def test_a_payment_recorded_for_a_statement_settles_it(db):
    world(db, paid=None, march=False)  # ST-1: acme owes 4.10, nothing paid
    with unit_of_work(db) as s:
        done = payments.record(s, "acme", "1.00", "EUR", "bank_transfer", FEB20, "P2",
                               allocate_to=["ST-2026-00001"])
        assert [(a.invoice, a.amount) for a in done.allocations] == [("ST-2026-00001", D("1.00"))]
        assert done.credit_left == D("0")
    # Statements -4.10 + 1.00 = -3.10: 3.10 to collect, no credit; balance 4.10 - 1.00 = 3.10.
    assert figures(db, FEB20) == (D("-3.10"), D("0"), D("-3.10"), D("3.10"), D("0"), D("0"), D("0"), D("3.10"))
    with unit_of_work(db) as s:
        done = payments.record(s, "acme", "5.00", "EUR", "bank_transfer", FEB20, "P3",
                               allocate_to=["ST-2026-00001"])
        # As far as it is owed: 3.10 of 5.00; 5.00 - 3.10 = 1.90 stays credit.
        assert [(a.invoice, a.amount) for a in done.allocations] == [("ST-2026-00001", D("3.10"))]
        assert done.credit_left == D("1.90")
    # Statements -4.10 + 1.00 + 3.10 = 0; credit 1.90; balance 4.10 - 1.00 - 5.00 = -1.90.
    assert figures(db, FEB20) == (D("0"), D("0"), D("0"), D("0"), D("1.90"), D("0"), D("0"), D("-1.90"))


def test_a_payment_is_not_recorded_for_a_statement_owed_to_the_reseller(db):
    world(db, paid=None)
    assert refused(db, lambda s: payments.record(s, "acme", "1.00", "EUR", "bank_transfer", MAR5, "P2",
                                                 allocate_to=["ST-2026-00002"])) == [
        "ST-2026-00002 leaves the reseller owing nothing: a payment settles only a statement the reseller owes on; "
        "what a statement owes the reseller is paid out (prorata payouts add)"]
