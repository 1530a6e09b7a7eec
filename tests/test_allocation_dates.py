"""An allocation is dated no earlier than its money existed (app/payments/allocation.py ``allocate``): no earlier
than its invoice's issue date nor than its source's day (a payment's day received, a credit note's issue date).
A date a person gives before the source's day (``accounts apply-credit --date``, ``payments allocate --date``, the
window's apply-credit) is refused in words, exit 2 on the CLI, nothing written. The credit an invoice's document
shows as applied at issue is the issue's own allocations (app/services/applied_credit.py), whatever their date.
And a direct-debit invoice's document asks for one figure, what was due at issue, in its totals and its payment
text, so a re-render after a later transfer says what the stored document says (app/services/documents.py
``mandates_at_issue``). SQLite and PostgreSQL; every figure by hand.

The world of tests/test_payments.py: company d1 (EUR, the hoster's 20 % VAT) on archiving from 31 January,
billed and issued up to 15 March: INV1 and INV2, 20.00 + 4.00 = 24.00 each, both open.
"""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pdfplumber
import pytest
from sqlalchemy import select

from app.cli.main import main
from app.errors import ProrataError
from app.models import Invoice
from app.models.payments import Allocation, Payment
from app.payments import aging, console, payments, statement
from app.services import documents, invoices
from app.storage.engine import unit_of_work
from app.translation import translator
from tests import test_payments, test_sepa_debit
from tests.test_payments import INV1, INV2
from tests.test_pdf_amount_due import _qr_modules, _sums, _template

D = Decimal
d1 = test_payments.d1
world = test_sepa_debit.world
MAR16, MAR17, MAR20, MAR21, MAR22 = (date(2026, 3, d) for d in (16, 17, 20, 21, 22))


def position(db, day: date) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """d1's (open, owed outside invoices, credit, balance) as of ``day``: the statement's, then aging's."""
    with unit_of_work(db) as s:
        a = statement.show(s, "d1", as_of=day)["accounts"][0]
        (row,) = aging.aging(s, day, customer="d1")
    r = row.as_json()
    return ((a["open"], a["owed_outside_invoices"], a["credit"], a["balance"]),
            (r["open"], r["owed_outside_invoices"], r["credit"], r["balance"]))


def allocations(db) -> list[tuple[str, Decimal, date]]:
    with unit_of_work(db) as s:
        return [(n, amount, on) for n, amount, on in s.execute(
            select(Invoice.number, Allocation.amount, Allocation.allocated_on)
            .join(Invoice, Invoice.id == Allocation.invoice_id).order_by(Allocation.id))]


def words(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in doc.pages)


def _backdated_issue(db) -> tuple[int, str]:
    """World A: 100.00 received on 20 March pays INV1 and INV2 (24.00 + 24.00 = 48.00; 100.00 - 48.00 = 52.00
    stays credit); on 22 March a clerk issues a manual invoice dated 16 March: 100.00 + 20 % = 120.00, and the
    52.00 of credit is applied to it as it is issued. (id, number)."""
    with unit_of_work(db) as s:
        documents.save_template(s, "hoster", _template())  # a bank account: the payment text and the QR code
        payments.record(s, "d1", "100.00", "EUR", "bank_transfer", MAR20, "TX-1", allocate_to=[INV1, INV2])
    with unit_of_work(db) as s:
        draft = invoices.create_manual(s, "d1", "EUR", [invoices.ManualLine({"en": "Migration"}, D(1),
                                                                            D("100.00"), tax_rate=D(20))],
                                       issue_date=MAR16)
        inv = invoices.issue(s, draft.id, MAR22, dated=MAR16)
        assert (inv.issue_date, inv.total) == (MAR16, D("120.00"))
        return inv.id, inv.number


def test_credit_applied_at_a_back_dated_issue_is_dated_when_its_money_came(db, d1):
    invoice_id, number = _backdated_issue(db)
    # The 52.00 is the payment of 20 March: settled on 20 March, not on the invoice's 16 March.
    assert allocations(db) == [(INV1, D("24.00"), MAR20), (INV2, D("24.00"), MAR20), (number, D("52.00"), MAR20)]
    # As of 17 March nothing was received: open 24.00 + 24.00 + 120.00 = 168.00, nothing owed outside invoices,
    # no credit; balance 168.00.
    assert position(db, MAR17) == (("168.00", "0.00", "0.00", "168.00"),) * 2
    # As of 21 March: INV1 and INV2 paid, the new invoice 120.00 - 52.00 = 68.00 open; no credit; balance 68.00.
    assert position(db, MAR21) == (("68.00", "0.00", "0.00", "68.00"),) * 2


def test_the_back_dated_invoices_document_still_shows_the_credit_applied_at_issue(db, d1):
    invoice_id, number = _backdated_issue(db)
    with unit_of_work(db) as s:
        got = documents.render_invoice(s, invoice_id)
        assert got.stored
        pdf = got.data
    text = words(pdf)
    # 120.00 - 52.00 = 68.00 due, by 16 March + 14 days = 30 March.
    assert "Total €120.00" in text
    assert "Credit applied from your payment of 20 Mar 2026 -€52.00" in text
    assert "Amount due €68.00" in text and f"Please pay €68.00 by 30 Mar 2026, quoting {number}." in text
    sums = _sums(pdf)
    assert (sums["GrandTotalAmount"], sums["TotalPrepaidAmount"], sums["DuePayableAmount"]) == ("120.00", "52.00",
                                                                                                "68.00")


def test_credit_applied_later_by_hand_is_not_shown_as_applied_at_issue(db, d1):
    # 30.00 received on 20 March, kept as credit; a manual invoice of 120.00 dated 22 March issued on 22 March
    # takes all of it at issue (30.00 applied: 120.00 - 30.00 = 90.00 due). Then 10.00 more received on 22 March,
    # kept as credit, applied to it by hand the same day: not the issue's, the document keeps 90.00 due.
    with unit_of_work(db) as s:
        documents.save_template(s, "hoster", _template())
        payments.record(s, "d1", "30.00", "EUR", "bank_transfer", MAR20, "TX-1", auto_allocate=False)
    with unit_of_work(db) as s:
        draft = invoices.create_manual(s, "d1", "EUR", [invoices.ManualLine({"en": "Migration"}, D(1),
                                                                            D("100.00"), tax_rate=D(20))],
                                       issue_date=MAR22)
        inv = invoices.issue(s, draft.id, MAR22)
        invoice_id, number = inv.id, inv.number
    with unit_of_work(db) as s:
        payments.record(s, "d1", "10.00", "EUR", "bank_transfer", MAR22, "TX-2", auto_allocate=False)
        payments.apply_credit(s, "d1", "EUR", invoices=[number], day=MAR22)
    assert allocations(db)[-2:] == [(number, D("30.00"), MAR22), (number, D("10.00"), MAR22)]
    with unit_of_work(db) as s:
        pdf = documents.render_invoice(s, invoice_id, template=_template()).data
    text = words(pdf)
    assert "-€30.00" in text and "-€10.00" not in text and "Amount due €90.00" in text


# ---------------------------------------------------------------- a date given before the source

def test_applying_credit_on_a_day_before_the_payment_is_refused(db, d1):
    with unit_of_work(db) as s:  # World B: 30.00 received on 20 March, kept as credit
        payments.record(s, "d1", "30.00", "EUR", "bank_transfer", MAR20, "TX-1", auto_allocate=False)
    with pytest.raises(ProrataError) as refused, unit_of_work(db) as s:
        payments.apply_credit(s, "d1", "EUR", invoices=[INV1], day=MAR16)
    # No credit was there on 16 March; INV1's 24.00 would be applied (app/payments/allocation.py
    # ``short_on_date``: only the credit there on the day given is spent).
    assert refused.value.messages() == [
        "--date: d1 had 0.00 EUR of credit on 2026-03-16, not the 24.00 EUR to apply: credit that came later "
        "cannot settle an invoice before it was there; give a date on or after 2026-03-20; nothing was applied"]
    assert allocations(db) == []
    # In German, as the CLI and the window say it to a German reader.
    (german,) = refused.value.messages(translator("de_DE"))
    assert german.startswith("--date: ") and "0.00 EUR" in german and "24.00 EUR" in german and "20.03.2026" in german
    assert "nichts wurde angerechnet" in german
    # Nothing was written: as of 17 March INV1 and INV2 open, 24.00 + 24.00 = 48.00; nothing owed outside.
    assert position(db, MAR17) == (("48.00", "0.00", "0.00", "48.00"),) * 2
    # On the day received it is applied: as of 21 March INV1 paid, INV2 24.00 open, 30.00 - 24.00 = 6.00 credit,
    # balance 24.00 - 6.00 = 18.00 (aging counts the credit off the open buckets: open 18.00, credit 0.00).
    with unit_of_work(db) as s:
        payments.apply_credit(s, "d1", "EUR", invoices=[INV1], day=MAR20)
    assert allocations(db) == [(INV1, D("24.00"), MAR20)]
    assert position(db, MAR17)[0] == ("48.00", "0.00", "0.00", "48.00")
    assert position(db, MAR21)[0] == ("24.00", "0.00", "6.00", "18.00")


def test_the_cli_refuses_an_early_date_with_exit_2(db, d1, capsys):
    with unit_of_work(db) as s:
        payments.record(s, "d1", "30.00", "EUR", "bank_transfer", MAR20, "TX-1", auto_allocate=False)
    url = db.url.render_as_string(hide_password=False)
    assert main(["accounts", "apply-credit", "d1", "EUR", INV1, "--date", "2026-03-16", "--db", url]) == 2
    err = capsys.readouterr().err
    assert "d1 had 0.00 EUR of credit on 2026-03-16, not the 24.00 EUR to apply" in err
    assert "give a date on or after 2026-03-20; nothing was applied" in err
    assert main(["payments", "allocate", "1", INV1, "--date", "2026-03-19", "--db", url]) == 2
    err = capsys.readouterr().err
    assert "2026-03-19 is before the day of payment #1 (2026-03-20)" in err
    assert allocations(db) == []
    # Without --date (today) or with the day received, it is allocated: 24.00 of the 30.00 to INV1.
    assert main(["payments", "allocate", "1", INV1, "--date", "2026-03-20", "--db", url]) == 0
    assert allocations(db) == [(INV1, D("24.00"), MAR20)]


def test_the_windows_apply_credit_refuses_an_early_date(db, d1):
    with unit_of_work(db) as s:
        payments.record(s, "d1", "30.00", "EUR", "bank_transfer", MAR20, "TX-1", auto_allocate=False)
        account_id = s.scalar(select(Payment.account_id))
        inv1 = s.scalar(select(Invoice.id).where(Invoice.number == INV1))
    with pytest.raises(ProrataError) as refused, unit_of_work(db) as s:
        console.apply_credit(s, account_id, [(inv1, "10.00")], MAR17)
    assert refused.value.problems[0].id == "credit_short_on_date"  # 0.00 there on 17 March, not 10.00
    assert refused.value.problems[0].where == "--date"  # the window marks its "Applied on" field
    assert allocations(db) == []


# ---------------------------------------------------------------- direct debit: one figure, frozen at issue

def test_a_direct_debit_invoice_re_rendered_after_a_later_transfer_says_what_was_stored(db, world):
    # d1 has a mandate (M-D1-001). 100.00 received on 16 March, kept as credit; a manual invoice of
    # 100.00 + 20 % = 120.00 issued on 17 March takes it at issue: 120.00 - 100.00 = 20.00 due, collected by
    # direct debit on or after 17 March + 14 days = 31 March.
    with unit_of_work(db) as s:
        documents.save_template(s, "hoster", _template())
        payments.record(s, "d1", "100.00", "EUR", "bank_transfer", MAR16, "TX-C", auto_allocate=False)
    with unit_of_work(db) as s:
        draft = invoices.create_manual(s, "d1", "EUR", [invoices.ManualLine({"en": "Migration"}, D(1),
                                                                            D("100.00"), tax_rate=D(20))],
                                       issue_date=MAR17)
        inv = invoices.issue(s, draft.id, MAR17)
        invoice_id, number = inv.id, inv.number
    with unit_of_work(db) as s:
        got = documents.render_invoice(s, invoice_id)
        assert got.stored
        stored = got.data
    with unit_of_work(db) as s:  # then the customer transfers the 20.00 itself: the invoice is paid
        payments.record(s, "d1", "20.00", "EUR", "bank_transfer", date(2026, 3, 18), "TX-L", allocate_to=[number])
        assert s.scalar(select(Invoice.status).where(Invoice.id == invoice_id)) == "paid"
    with unit_of_work(db) as s:
        again = documents.render_invoice(s, invoice_id, template=_template()).data
    for pdf in (stored, again):
        text = words(pdf)
        assert "Credit applied from your payment of 16 Mar 2026 -€100.00" in text
        assert "Amount due €20.00" in text
        assert ("We will collect €20.00 by SEPA direct debit on or after 31 Mar 2026 under mandate M-D1-001."
                in text)
        assert "Please pay" not in text and "Scan" not in text
        assert _qr_modules(pdf) == set()
        sums = _sums(pdf)
        assert (sums["GrandTotalAmount"], sums["TotalPrepaidAmount"], sums["DuePayableAmount"]) == (
            "120.00", "100.00", "20.00")
