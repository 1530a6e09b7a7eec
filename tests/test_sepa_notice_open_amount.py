"""The direct debit pre-notification (app/payments/sepa/notices.py) says what the collection run would debit: what
is open of the invoice (its total less payments and credit allocated to it, less the account's credit the run
applies first), not its total; nothing left, no notice. Once submitted, the debit's own amount. The invoice's PDF
announces what was due at issue, the same whenever it is made (app/services/documents.py ``mandates_at_issue``):
a payment or credit applied after the issue does not change it. SQLite and PostgreSQL; figures by hand.

The world is tests/test_sepa_debit.py's: d1 has INV1 (2026-01-31) and INV2 (2026-02-28), each 20.00 + 20 %
VAT = 24.00 EUR, due 14 days later (Feb 14, Mar 14), under recurring mandate M-D1-001; d2 has INV3 and INV4
and no mandate.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.payments import payments
from app.payments.sepa import batch, returns
from app.storage.engine import unit_of_work
from tests.test_sepa_camt_dates_and_notices import camt, notices_of, pdf_words
from tests.test_sepa_debit import INV1, INV2, TODAY, refused, run, statuses, world  # noqa: F401

D = Decimal
INV3, INV4 = "INV-2026-00003", "INV-2026-00004"


def notice(reference: str, day: date, amount: str) -> dict:
    return {"reference": reference, "collection_date": day, "amount": D(amount)}


def test_a_part_payment_lowers_the_announced_debit(db, world):
    with unit_of_work(db) as s:
        payments.record(s, "d1", "10.00", "EUR", "bank_transfer", date(2026, 3, 18), "TX-10", allocate_to=[INV2])
    # INV2: 24.00 - 10.00 paid = 14.00 open; INV1 untouched: 24.00.
    assert notices_of(db) == {INV1: notice("M-D1-001", date(2026, 2, 14), "24.00"),
                              INV2: notice("M-D1-001", date(2026, 3, 14), "14.00"), INV3: None, INV4: None}
    words = pdf_words(db, INV2)
    # The PDF says what was due at issue, 24.00 by its due date, as the one stored at issue says it.
    assert "We will collect €24.00 by SEPA direct debit on or after 14 Mar 2026 under mandate M-D1-001." in words
    assert "€14.00" not in words
    # The run debits just that: 24.00 + 14.00 = 38.00; the notice names the debit's own day and amount, the PDF
    # still what was due at issue.
    done = run(db)
    assert [(d["invoice"], d["amount"]) for d in done.debits] == [(INV1, "24.00"), (INV2, "14.00")]
    assert str(done.total) == "38.00"
    assert notices_of(db)[INV2] == notice("M-D1-001", date(2026, 4, 1), "14.00")
    assert "We will collect €24.00 by SEPA direct debit on or after 14 Mar 2026 under mandate M-D1-001." \
        in pdf_words(db, INV2)
    # The bank returns the 14.00 debit: 14.00 is open again, and a later run would debit 14.00 again.
    data = camt("<BookgDt><Dt>2026-04-07</Dt></BookgDt>",
                '<AmtDtls><InstdAmt><Amt Ccy="EUR">14.00</Amt></InstdAmt></AmtDtls>', e2e="PR-2-1")
    with unit_of_work(db) as s:
        returns.import_returns(s, returns.parse(data, "camt.xml"), "camt.xml")
    assert statuses(db)[INV2] == "partially_paid"
    assert notices_of(db)[INV2] == notice("M-D1-001", date(2026, 3, 14), "14.00")


def test_credit_applied_lowers_the_announced_debit(db, world):
    with unit_of_work(db) as s:  # 5.50 received unallocated, then applied to INV1 as credit
        payments.record(s, "d1", "5.50", "EUR", "bank_transfer", date(2026, 3, 18), "TX-5", auto_allocate=False)
        payments.apply_credit(s, "d1", "EUR", invoices=[INV1], day=date(2026, 3, 18))
    # INV1: 24.00 - 5.50 = 18.50 open.
    assert notices_of(db)[INV1] == notice("M-D1-001", date(2026, 2, 14), "18.50")
    # The PDF: 24.00, due at issue (the credit was applied after it).
    assert "We will collect €24.00 by SEPA direct debit on or after 14 Feb 2026 under mandate M-D1-001." \
        in pdf_words(db, INV1)
    done = run(db)
    assert [(d["invoice"], d["amount"]) for d in done.debits] == [(INV1, "18.50"), (INV2, "24.00")]


def test_nothing_open_announces_no_debit(db, world):
    with unit_of_work(db) as s:  # 30.00 received unallocated; the credit applied to INV2 settles it
        payments.record(s, "d1", "30.00", "EUR", "bank_transfer", date(2026, 3, 16), "TX-30", auto_allocate=False)
        payments.apply_credit(s, "d1", "EUR", invoices=[INV2], day=date(2026, 3, 16))
    # INV2: 24.00 - 24.00 credit = 0.00 open, paid: no run debits it, no notice. The 30.00 - 24.00 = 6.00 credit
    # left is applied by the run to INV1 before it debits: 24.00 - 6.00 = 18.00 announced.
    assert statuses(db)[INV2] == "paid"
    assert notices_of(db) == {INV1: notice("M-D1-001", date(2026, 2, 14), "18.00"), INV2: None, INV3: None,
                              INV4: None}
    words = pdf_words(db, INV2)  # paid since, and its mandate was recorded after it was issued: no notice
    assert "direct debit" not in words and "M-D1-001" not in words
    assert "We will collect €24.00 by SEPA direct debit on or after 14 Feb 2026 under mandate M-D1-001." \
        in pdf_words(db, INV1)  # the PDF: what was due at issue
    # The run agrees: INV1 alone, 18.00.
    done = run(db)
    assert [(d["invoice"], d["amount"]) for d in done.debits] == [(INV1, "18.00")]
    assert refused(db, lambda s: batch.run(s, "hoster", date(2026, 4, 2), today=TODAY)) == [
        "no issued, open EUR invoice of a company with an active mandate with hoster is left to collect"]
