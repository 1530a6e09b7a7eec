"""Reseller payouts when the hoster collects, and the statement of account PDF read back with pdfplumber.
SQLite and PostgreSQL; figures by hand."""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pdfplumber
import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.errors import ProrataError
from app.payments import payments, payouts, statement_pdf
from app.models.payments import LedgerEntry
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build


def refused(db, work) -> list[str]:
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            work(s)
    return exc.value.messages()


def test_the_hoster_pays_out_the_margins_it_owes(db):
    w = build(db, acme_mode="hoster_bills_hoster_processor")
    add_company(db, w, "r1", reseller="acme", signup=date(2026, 2, 1),
                events=[(date(2026, 2, 1), "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    run_billing(db, date(2026, 2, 1), issue=True)
    # 2 sites at acme's retail 12.00 less the wholesale 8.00 = 2 x 4.00 = 8.00 margin, on acme's statement,
    # with the VAT the hoster collected in acme's name: 19 % of 2 x 12.00 = 24.00 is 4.56. 8.00 + 4.56 = 12.56.
    with unit_of_work(db) as s:
        assert payouts.owed(s) == [{"reseller": "acme", "currency": "EUR", "statements": "12.56",
                                    "paid_out": "0.00", "owed": "12.56"}]
        payouts.add(s, "acme", "5.00", date(2026, 2, 10), reference="TX-77")
    assert refused(db, lambda s: payouts.add(s, "acme", "7.57", date(2026, 2, 11))) == [
        "amount: the hoster owes acme 7.56 EUR, not 7.57: nothing was paid out"]  # 12.56 - 5.00
    assert refused(db, lambda s: payouts.add(s, "acme", "0", date(2026, 2, 11))) == [
        "amount: a payout of 0.00 EUR pays nothing: give an amount above zero"]
    with unit_of_work(db) as s:
        payouts.add(s, "acme", "7.56", date(2026, 2, 11))
        assert payouts.owed(s, "acme") == [{"reseller": "acme", "currency": "EUR", "statements": "12.56",
                                            "paid_out": "12.56", "owed": "0.00"}]
        # A payout without a reference stores none (not an English "payout 2026-02-11"): the entry's kind says it.
        assert s.execute(select(LedgerEntry.kind, LedgerEntry.reference).where(LedgerEntry.kind == "payout")
                         .order_by(LedgerEntry.id)).all() == [("payout", "TX-77"), ("payout", None)]


def read(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [ln for p in doc.pages for ln in (p.extract_text() or "").splitlines()]


def test_statement_of_account(db, tmp_path):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 15), issue=True)  # INV1 24.00 (Jan 31), INV2 24.00 (Feb 28)
    with unit_of_work(db) as s:
        payments.record(s, "d1", "30.00", "EUR", "bank_transfer", date(2026, 3, 20), "TX-1")
        data = statement_pdf.statement(s, "d1", date(2026, 2, 1), date(2026, 3, 31))
    (sec,) = data.sections
    # Opening: INV1 24.00. Feb 28 INV2 +24.00 = 48.00; Mar 20 payment -30.00 = 18.00 closing.
    assert (sec.opening, sec.closing) == (Decimal("24.00"), Decimal("18.00"))
    assert [(e.day, e.kind, e.amount, e.balance) for e in sec.entries] == [
        (date(2026, 2, 28), "invoice", Decimal("24.00"), Decimal("48.00")),
        (date(2026, 3, 20), "payment", Decimal("-30.00"), Decimal("18.00"))]
    # On Mar 31 INV2's 18.00 is open, due Mar 14: 17 days overdue.
    assert {k: v for k, v in sec.buckets.items() if v} == {"1-30": Decimal("18.00")}
    lines = read(statement_pdf.render(data))
    assert lines[0] == "Statement of account"
    assert "1 Feb 2026 to 31 Mar 2026" in lines
    assert "Your account with Northwind Hosting in EUR" in lines
    assert "1 Feb 2026 Opening balance €24.00" in lines
    assert "28 Feb 2026 Invoice INV-2026-00002 €24.00 €48.00" in lines
    assert "20 Mar 2026 Payment received TX-1 -€30.00 €18.00" in lines
    assert "31 Mar 2026 Closing balance €18.00" in lines
    assert "You owe €18.00." in lines
    assert "€0.00 €18.00 €0.00 €0.00 €0.00 €0.00" in lines  # current, 1-30, ..., credit
    german = read(statement_pdf.render(data, language="de_DE"))
    assert german[0] == "Kontoauszug"
    assert "20.03.2026 Zahlungseingang TX-1 -30,00 € 18,00 €" in german
    assert "Saldo zu unseren Gunsten: 18,00 €" in german
    assert refused(db, lambda s: statement_pdf.statement(s, "d1", date(2026, 4, 1), date(2026, 3, 1))) == [
        "--from: the statement's period runs backwards: 2026-04-01 is after 2026-03-01"]


def test_a_japanese_statement_is_written_in_the_japanese_font(db):
    from app.models import Company

    w = build(db)
    c = add_company(db, w, "j1", currency="JPY", signup=date(2026, 1, 31),
                    events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    with unit_of_work(db) as s:
        company = s.get(Company, c)
        company.language, company.name = "ja_JP", "株式会社さくら"
    run_billing(db, date(2026, 2, 28), issue=True)  # archiving 2500 JPY a month: Jan 31 and Feb 28
    with unit_of_work(db) as s:
        data = statement_pdf.statement(s, "j1", date(2026, 2, 1), date(2026, 3, 31))
    pdf = statement_pdf.render(data)
    lines = read(pdf)
    assert lines[0] == "取引明細書"  # "Statement of account"
    assert "株式会社さくら" in lines
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        fonts = {ch["fontname"].split("+")[-1] for p in doc.pages for ch in p.chars}
        title = "".join(ch["text"] for ch in doc.pages[0].chars if ch["fontname"].endswith("IPAexGothic"))
    # Every character in IPAex Gothic (DejaVu Sans has no kana or kanji: they would be boxes).
    assert fonts == {"IPAexGothic"} and "取引明細書" in title
    # The same statement for an English reader of a Latin name stays in DejaVu Sans.
    data.name, data.customer = "Sakura KK", "j1"
    with pdfplumber.open(io.BytesIO(statement_pdf.render(data, language="en_GB"))) as doc:
        assert {ch["fontname"].split("+")[-1] for p in doc.pages for ch in p.chars} <= {"DejaVuSans",
                                                                                     "DejaVuSans-Bold"}


def test_statement_cli(sqlite_db, tmp_path, capsys):
    from app.cli.main import main

    w = build(sqlite_db)
    add_company(sqlite_db, w, "d1", signup=date(2026, 1, 31),
                events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(sqlite_db, date(2026, 3, 15), issue=True)
    out = tmp_path / "st.pdf"
    assert main(["accounts", "statement", "d1", "--from", "2026-01-01", "--to", "2026-03-31", "-o", str(out),
                 "--db", str(sqlite_db.url)]) == 0
    lines = read(out.read_bytes())
    assert "1 Jan 2026 Opening balance €0.00" in lines and "31 Mar 2026 Closing balance €48.00" in lines
    assert main(["payouts", "list", "--json", "--db", str(sqlite_db.url)]) == 0
