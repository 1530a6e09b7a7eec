"""Numbers follow dates: what a person dates is never before its issuer's latest document, nor a credit note
before the invoice it credits (app/services/issue_dates.py), on both databases.

The world of tests/billing_world.py: the hoster charges 20 % VAT and sells archiving at 20.00 EUR a month. Company
c1 signs up on 15 January 2026 and is billed on the 15th: its invoice is 20.00 + 20 % = 24.00. A billing run
dates each invoice on the boundary it bills, so a catch-up run issues past months' invoices; the rule is for
documents a person dates (credit, modify, a manual invoice), and the run still issues.
"""
from __future__ import annotations

import threading
import time
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.cli.main import main
from app.errors import ProrataError
from app.models import AuditEntry, Company, Invoice, InvoiceLine, NumberSeries
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
JAN15, FEB15, MAR15, APR15 = date(2026, 1, 15), date(2026, 2, 15), date(2026, 3, 15), date(2026, 4, 15)
ARCHIVING = [(JAN15, "subscribe", {"plan": "archiving"})]


@pytest.fixture
def world(db):
    w = build(db)
    add_company(db, w, "c1", events=ARCHIVING)
    add_company(db, w, "c2", events=ARCHIVING)
    return w


def _state(db) -> tuple:
    """What a refused attempt must leave as it was: invoices, their lines, audit entries, number series."""
    with unit_of_work(db) as s:
        return (s.execute(select(Invoice.id, Invoice.number, Invoice.status, Invoice.issue_date)
                          .order_by(Invoice.id)).all(),
                s.scalar(select(func.count()).select_from(InvoiceLine)),
                s.scalar(select(func.count()).select_from(AuditEntry)),
                s.execute(select(NumberSeries.issuer_key, NumberSeries.year, NumberSeries.next_seq)
                          .order_by(NumberSeries.issuer_key, NumberSeries.year)).all())


def _refused(db, work) -> ProrataError:
    before = _state(db)
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            work(s)
    assert _state(db) == before  # nothing written, no number taken
    return exc.value


def _manual(s, customer: str, day: date | None, amount: str = "50.00") -> Invoice:
    return invoices.create_manual(s, customer, "EUR", [invoices.ManualLine({"en": "Setup"}, D(1), D(amount),
                                                                           tax_rate=D(20))], issue_date=day)


def _issued_run(db, as_of: date) -> list[tuple]:
    run_billing(db, as_of, issue=True)
    with unit_of_work(db) as s:
        return s.execute(select(Invoice.number, Invoice.issue_date, Invoice.status, Invoice.total)
                         .where(Invoice.company_id.is_not(None)).order_by(Invoice.number)).all()


def test_a_credit_note_dated_before_the_invoice_it_credits_is_refused_and_writes_nothing(db, world):
    # The run bills c1 and c2 on 15 January: INV-2026-00001 and -00002, each 24.00.
    assert [r[:2] for r in _issued_run(db, JAN15)] == [("INV-2026-00001", JAN15), ("INV-2026-00002", JAN15)]
    # The reviewer's case: dated in December 2025, it would be INV-2025-00001, in a year whose VAT is filed.
    err = _refused(db, lambda s: invoices.credit(s, "INV-2026-00001", date(2025, 12, 1)))
    assert err.problems[0].id == "credit_dated_before_invoice"
    assert err.messages()[0] == (
        "the credit note for INV-2026-00001 cannot be dated 2025-12-01: a credit note is never dated before the "
        "invoice it credits, dated 2026-01-15; date it 2026-01-15 or later")
    _refused(db, lambda s: invoices.modify(s, "INV-2026-00001", date(2026, 1, 14)))  # modify credits first
    with unit_of_work(db) as s:  # the day of the invoice itself is allowed
        note = invoices.credit(s, "INV-2026-00001", JAN15)
        assert (note.number, note.issue_date, note.total) == ("INV-2026-00003", JAN15, D("-24.00"))


def test_a_credit_note_is_not_dated_before_the_latest_document_of_its_series(db, world):
    _issued_run(db, JAN15)
    with unit_of_work(db) as s:  # a manual invoice to c2 dated 1 March: 50.00 + 20 % = 60.00
        invoices.issue(s, _manual(s, "c2", date(2026, 3, 1)).id)
    with unit_of_work(db) as s:
        assert s.scalar(select(Invoice.number).where(Invoice.issue_date == date(2026, 3, 1))) == "INV-2026-00003"
    # 1 February is after c1's invoice (15 January) but before INV-2026-00003: it would be INV-2026-00004 dated
    # a month before the number ahead of it.
    err = _refused(db, lambda s: invoices.credit(s, "INV-2026-00001", date(2026, 2, 1)))
    assert err.problems[0].id == "credit_dated_before_series"
    assert "date it 2026-03-01 or later" in err.messages()[0] and "INV-2026-00003" in err.messages()[0]
    with unit_of_work(db) as s:
        note, copy = invoices.modify(s, "INV-2026-00001", date(2026, 3, 1))
        assert (note.number, note.issue_date, copy.issue_date) == ("INV-2026-00004", date(2026, 3, 1), None)


def test_a_manual_invoice_is_not_dated_back_into_a_closed_year(db, world):
    _issued_run(db, JAN15)
    err = _refused(db, lambda s: _manual(s, "c2", date(2025, 12, 1)))
    assert err.problems[0].id == "manual_dated_before_series"
    assert err.messages()[0].startswith("a manual invoice for c2 cannot be dated 2025-12-01: INV-2026-00002 is "
                                        "issued already, dated 2026-01-15")
    assert err.messages()[0].endswith("date it 2026-01-15 or later")
    with unit_of_work(db) as s:  # the same day, or a draft without a date, is fine
        assert _manual(s, "c2", JAN15).issue_date == JAN15
        assert _manual(s, "c2", None).issue_date is None


def _speak(monkeypatch, lang: str) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", lang)


def test_the_cli_refuses_with_exit_2_and_the_translated_message(db, world, capsys, monkeypatch):
    _issued_run(db, JAN15)
    url = db.url.render_as_string(hide_password=False)
    _speak(monkeypatch, "C")
    assert main(["invoices", "credit", "INV-2026-00001", "--date", "2025-12-01", "--db", url]) == 2
    err = capsys.readouterr().err
    assert "date it 2026-01-15 or later" in err
    _speak(monkeypatch, "de_DE.UTF-8")
    assert main(["invoices", "credit", "INV-2026-00001", "--date", "2025-12-01", "--db", url]) == 2
    assert "datieren Sie sie auf den 15.01.2026 oder später" in capsys.readouterr().err  # German dates in German
    assert main(["invoices", "credit", "INV-2026-00001", "--date", "2026-01-15", "--db", url]) == 0
    assert "credit note INV-2026-00003" in capsys.readouterr().out


def test_a_catch_up_run_still_issues_past_months_after_a_document_dated_today(db, world):
    """A run dates by boundary, not by hand: months billed late are still billed on their own days."""
    with unit_of_work(db) as s:  # "today" is 20 April: a manual invoice to c2 issued today, INV-2026-00001
        invoices.issue(s, _manual(s, "c2", date(2026, 4, 20)).id)
    got = _issued_run(db, APR15)  # c1 and c2, 15 January to 15 April: 2 x 4 invoices of 24.00 each
    assert len(got) == 9 and all(status == "issued" for _, _, status, _ in got)
    assert sorted(day for _, day, _, total in got if total == D("24.00")) == sorted([JAN15, FEB15, MAR15, APR15] * 2)
    assert got[0][:2] == ("INV-2026-00001", date(2026, 4, 20))
    # A person's document after it is dated no earlier than 20 April, the latest date of the series.
    with unit_of_work(db) as s:
        feb = s.scalar(select(Invoice.number).where(Invoice.company_id == world.companies["c1"],
                                                    Invoice.issue_date == FEB15))
    err = _refused(db, lambda s: invoices.credit(s, feb, date(2026, 4, 19)))
    assert "date it 2026-04-20 or later" in err.messages()[0]
    with unit_of_work(db) as s:
        assert invoices.credit(s, feb, date(2026, 4, 20)).number == "INV-2026-00010"


def test_a_rival_issuing_a_later_date_while_the_credit_waits_is_seen(db, world):
    """The check runs where the series is held: a credit that waits for a rival's number sees the rival's date."""
    _issued_run(db, JAN15)
    took, release, outcome = threading.Event(), threading.Event(), {}

    def rival():
        with unit_of_work(db) as s:
            invoices.issue(s, _manual(s, "c2", date(2026, 3, 1)).id)  # INV-2026-00003, series held
            took.set()
            release.wait(10)

    def clerk():
        try:
            with unit_of_work(db) as s:
                outcome["note"] = invoices.credit(s, "INV-2026-00001", date(2026, 2, 1)).number
        except ProrataError as exc:
            outcome["refused"] = exc.problems[0]

    first = threading.Thread(target=rival)
    first.start()
    assert took.wait(10)
    second = threading.Thread(target=clerk)
    second.start()
    time.sleep(0.5)  # the clerk's credit waits for the rival's transaction
    assert not outcome
    release.set()
    first.join(10)
    second.join(10)
    assert outcome["refused"].id == "credit_dated_before_series"
    assert outcome["refused"].params["last"] == "INV-2026-00003"


@pytest.mark.parametrize("was, now, note, rate, tax", [
    # 20.00 at 20 % = 4.00 before; by reverse charge 0 %, tax 0.00, with the note (category AE, not Z).
    ("standard", "reverse_charge", "reverse_charge", D(0), D("0.00")),
    ("standard", "exempt", "exempt", D(0), D("0.00")),
    # Billed by reverse charge at 0 %; a standard customer now: the hoster's 20 % of 20.00 = 4.00.
    ("reverse_charge", "standard", None, D(20), D("4.00")),
    ("standard", "standard", None, D(20), D("4.00"))])
def test_the_copy_of_modify_carries_the_customers_tax_treatment_of_today(db, was, now, note, rate, tax):
    w = build(db)
    cid = add_company(db, w, "c1", tax_treatment=was, events=ARCHIVING)
    run_billing(db, JAN15, issue=True)
    with unit_of_work(db) as s:
        s.get(Company, cid).tax_treatment = now
        if now == "reverse_charge":  # with the VAT id it needs, or the copy is not issued (invoices.issue)
            s.get(Company, cid).tax_id = "DE811907980"
    with unit_of_work(db) as s:
        credit_note, copy = invoices.modify(s, "INV-2026-00001", date(2026, 1, 20))
        rates = s.scalars(select(InvoiceLine.tax_rate).where(InvoiceLine.invoice_id == copy.id)).all()
        assert (copy.tax_note, copy.subtotal, copy.tax, copy.total) == (note, D("20.00"), tax, D("20.00") + tax)
        assert rates and all(r == rate for r in rates)
        old_tax = D("4.00") if was == "standard" else D("0.00")
        assert credit_note.total == -(D("20.00") + old_tax)  # the credit note mirrors the invoice as it was
    with unit_of_work(db) as s:
        issued = invoices.issue(s, copy.id, date(2026, 1, 20))
        assert (issued.number, issued.total) == ("INV-2026-00003", D("20.00") + tax)


def test_the_copy_of_a_resellers_invoice_takes_the_resellers_rate_when_the_treatment_changed(db):
    """acme (19 % VAT) bills a1 one SharePoint site at 12.00 by reverse charge; a1 is a standard customer now:
    the copy charges acme's 19 %: 12.00 x 19 % = 2.28, total 14.28."""
    w = build(db)
    cid = add_company(db, w, "a1", reseller="acme", tax_treatment="reverse_charge",
                      events=[(JAN15, "subscribe", {"plan": "sharepoint-sites", "quantity": 1})])
    run_billing(db, JAN15, issue=True)
    with unit_of_work(db) as s:
        [number] = s.scalars(select(Invoice.number).where(Invoice.company_id == cid)).all()
        s.get(Company, cid).tax_treatment = "standard"
    with unit_of_work(db) as s:
        _, copy = invoices.modify(s, number, date(2026, 1, 20), issuer="acme")
        rates = s.scalars(select(InvoiceLine.tax_rate).where(InvoiceLine.invoice_id == copy.id)).all()
        assert (copy.tax_note, copy.subtotal, copy.tax, copy.total) == (None, D("12.00"), D("2.28"), D("14.28"))
        assert rates == [D(19)]
