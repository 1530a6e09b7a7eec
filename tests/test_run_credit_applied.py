"""Credit applied to an invoice that ``prorata bill run --issue`` issues is shown on its documents as
``invoices issue`` shows it (app/services/applied_credit.py): "Credit applied ... from credit note <n>" (or
"from your payment of <day>") below the total, a bold "Amount due", the payment line and GiroCode for what is
left, and the Factur-X XML's TotalPrepaidAmount / DuePayableAmount. Read back from the stored PDF with
pdfplumber; SQLite and PostgreSQL; every figure by hand.

The world of tests/test_pdf_amount_due.py: the hoster (20 % VAT, payment terms 14 days, a template with a bank
account and the QR code) bills company c1 for archiving, 20.00 a month from its signup day, the 15th:
20.00 + 20 % = 24.00 an invoice.
"""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pdfplumber
from sqlalchemy import select

from app.cli.main import main
from app.models import Invoice
from app.models.payments import Allocation, LedgerEntry
from app.payments import payments
from app.storage.engine import unit_of_work
from tests.billing_world import add_events
from tests.test_pdf_amount_due import _epc, _modules_of, _qr_modules, _stored, _sums, _words, world  # noqa: F401

D = Decimal
JAN15 = date(2026, 1, 15)


def _run(db, as_of: str) -> None:
    assert main(["bill", "run", "--as-of", as_of, "--issue", "--db", db.url.render_as_string(hide_password=False)]) \
        == 0


def _c1(db) -> list[tuple[int, str, str, date, Decimal]]:
    """c1's documents in order: (id, kind, number, issue date, total)."""
    with unit_of_work(db) as s:
        return [(i.id, i.kind, i.number, i.issue_date, i.total)
                for i in s.scalars(select(Invoice).where(Invoice.company_id == world_ids(s)).order_by(Invoice.id))]


def _fonts_of(pdf: bytes, text: str) -> set[str]:
    """The fonts the words of ``text`` (one line of the first page) are drawn in."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for line in doc.pages[0].extract_text_lines(return_chars=True):
            if line["text"].startswith(text):
                return {c["fontname"].split("+")[-1] for c in line["chars"] if c["text"].strip()}
    return set()


def world_ids(s) -> int:
    from app.models import Company

    return s.scalar(select(Company.id).where(Company.code == "c1"))


def test_a_credit_note_of_the_same_run_is_shown_applied_on_the_runs_next_invoice(db, world, capsys):
    add_events(db, world, "c1", [(JAN15, "subscribe", {"plan": "archiving"})])
    _run(db, "2026-01-15")  # INV-2026-00001: 20.00 + 4.00 = 24.00, Jan 15 - Feb 14
    # Paid: the correction below then has no open invoice of its own to pay (it would pay INV-2026-00001
    # first: tests/test_correction_note_pays_the_invoice_it_corrects.py) and goes to the run's next invoice.
    with unit_of_work(db) as s:
        payments.record(s, "c1", "24.00", "EUR", "bank_transfer", date(2026, 1, 20), "TX-JAN",
                        allocate_to=["INV-2026-00001"])
    # Recorded later: archiving cancelled on Jan 25, taken again from Mar 15.
    add_events(db, world, "c1", [(date(2026, 1, 25), "cancel", {"plan": "archiving"}),
                                 (date(2026, 3, 15), "subscribe", {"plan": "archiving"})])
    capsys.readouterr()
    _run(db, "2026-03-15")  # one run, --issue: the Feb 15 credit note and the Mar 15 invoice
    # Feb 15 gives back Jan 25 - Feb 14: 7 + 14 = 21 days of the 31-day period: 20.00 x 21/31 = 13.548 -> 13.55,
    # VAT 20 % = 2.71: a credit note of -16.26. Mar 15 bills 20.00 + 4.00 = 24.00 again.
    (_, *_), note, inv = _c1(db)
    assert note[1:] == ("credit_note", "INV-2026-00002", date(2026, 2, 15), D("-16.26"))
    assert inv[1:] == ("invoice", "INV-2026-00003", date(2026, 3, 15), D("24.00"))
    assert "PDFs stored" in capsys.readouterr().out
    pdf = _stored(db, inv[0])
    words = _words(pdf)
    # The credit note's 16.26 applied at issue: 24.00 - 16.26 = 7.74 due, by Mar 15 + 14 days = Mar 29.
    assert "Total €24.00 Credit applied from credit note INV-2026-00002 -€16.26 Amount due €7.74" in words
    assert "Please pay €7.74 by 29 Mar 2026, quoting INV-2026-00003." in words
    assert "Please pay €24.00" not in words
    due, applied = _fonts_of(pdf, "Amount due €7.74"), _fonts_of(pdf, "Credit applied")
    assert due and all("Bold" in f for f in due)  # the amount due stands out
    assert applied and not any("Bold" in f for f in applied)
    got = _sums(pdf)
    assert (got["GrandTotalAmount"], got["TotalPrepaidAmount"], got["DuePayableAmount"]) == ("24.00", "16.26",
                                                                                             "7.74")
    assert _qr_modules(pdf) == _modules_of(_epc("7.74", "INV-2026-00003"))
    # Applied at the issue's own instant: the allocation carries the invoice's ledger stamp.
    with unit_of_work(db) as s:
        (a,) = s.scalars(select(Allocation).where(Allocation.invoice_id == inv[0]))
        posted = s.scalar(select(LedgerEntry.recorded_at).where(LedgerEntry.document_id == inv[0],
                                                                LedgerEntry.kind == "invoice"))
        assert (a.credit_note_id, a.amount, a.recorded_at) == (note[0], D("16.26"), posted)


def test_a_paid_invoice_credited_then_the_next_run_shows_the_freed_credit_applied(db, world):
    add_events(db, world, "c1", [(JAN15, "subscribe", {"plan": "archiving"})])
    _run(db, "2026-01-15")  # INV-2026-00001, 24.00
    with unit_of_work(db) as s:
        payments.record(s, "c1", "24.00", "EUR", "bank_transfer", date(2026, 1, 20), "TX-JAN",
                        allocate_to=["INV-2026-00001"])
    # Credited in full on Feb 1: the 24.00 paid is credit again (no other invoice open to take it).
    assert main(["invoices", "credit", "INV-2026-00001", "--date", "2026-02-01",
                 "--db", db.url.render_as_string(hide_password=False)]) == 0
    _run(db, "2026-02-15")  # INV-2026-00003: 24.00 (INV-2026-00002 is the credit note)
    *_, inv = _c1(db)
    assert inv[1:] == ("invoice", "INV-2026-00003", date(2026, 2, 15), D("24.00"))
    pdf = _stored(db, inv[0])
    words = _words(pdf)
    # The 24.00 freed pays all of it: 24.00 - 24.00 = 0.00 due, nothing to transfer.
    assert "Total €24.00 Credit applied from your payment of 20 Jan 2026 -€24.00 Amount due €0.00" in words
    assert "Nothing is due: the credit applied settles this invoice in full." in words
    assert "Please pay" not in words and _qr_modules(pdf) == set()
    got = _sums(pdf)
    assert (got["GrandTotalAmount"], got["TotalPrepaidAmount"], got["DuePayableAmount"]) == ("24.00", "24.00",
                                                                                             "0.00")


def test_credit_of_a_note_posted_at_the_same_instant_as_the_invoice_is_shown(db, world):
    """A run posts a batch's documents at one instant (app/payments/ledger.py ``post_issued``): a credit note and
    an invoice of one account issued together, its credit applied to the invoice at that instant, is the issue's
    (app/services/applied_credit.py). Made here as the batch makes it: two numbered drafts sealed and posted in one
    call (app/services/invoice_chain.py ``seal``)."""
    from app.billing.context import HOSTER_KEY
    from app.billing.numbering import series_of, take_numbers
    from app.models import Hoster, InvoiceLine
    from app.services import invoices
    from app.services.invoice_chain import seal

    day = date(2026, 2, 15)
    with unit_of_work(db) as s:
        inv = invoices.create_manual(s, "c1", "EUR", [invoices.ManualLine({"en": "Migration"}, D(1), D("100.00"),
                                                                          tax_rate=D(20))], issue_date=day)
        note = Invoice(kind="credit_note", issuer_key=HOSTER_KEY, company_id=inv.company_id, currency="EUR",
                       language="en_GB", status="draft", issue_date=day, subtotal=D("-50.00"), tax=D("-10.00"),
                       total=D("-60.00"))
        s.add(note)
        s.flush()
        s.add(InvoiceLine(invoice_id=note.id, position=1, kind="manual", description={"en": "Goodwill"},
                          quantity=D(-1), unit_price=D("50.00"), tax_rate=D(20), amount=D("-50.00")))
        key, fmt = series_of(HOSTER_KEY, "invoice", s.get(Hoster, 1).invoice_number_format)
        note.number, inv.number = take_numbers(s, key, fmt, day, 2)
        s.flush()
        seal(s, [note.id, inv.id])
        ids, numbers = (note.id, inv.id), (note.number, inv.number)
    pdf = _stored(db, ids[1])
    words = _words(pdf)
    # 100.00 + 20 % = 120.00; the note's 50.00 + 10.00 = 60.00 applied: 120.00 - 60.00 = 60.00 due, by Mar 1.
    assert f"Total €120.00 Credit applied from credit note {numbers[0]} -€60.00 Amount due €60.00" in words
    assert f"Please pay €60.00 by 1 Mar 2026, quoting {numbers[1]}." in words
    got = _sums(pdf)
    assert (got["TotalPrepaidAmount"], got["DuePayableAmount"]) == ("60.00", "60.00")
