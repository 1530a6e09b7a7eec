"""The statement-of-account PDF of a reseller's account with the hoster shows its statements, what was paid out
against them and what is still to pay out, the figures ``prorata accounts show`` gives (app/payments/position.py),
in the document's language; a company's account, which has none, shows none of it. Read back with pdfplumber;
SQLite and PostgreSQL; every figure by hand.

The world of tests/test_reseller_statements_explained.py: acme's company r1 takes 2 SharePoint sites from
1 February, billed by the hoster; acme's statement of 1 February: margin 2 x (12.00 - 8.00) = 8.00 + the VAT 4.56
= 12.56, owed to acme. The hoster pays out 5.00 on 10 February: 12.56 - 5.00 = 7.56 still to pay out.
"""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pdfplumber

from app.payments import statement_pdf
from app.storage.engine import unit_of_work
from tests.test_reseller_statements_explained import acme  # noqa: F401 (the fixture)

D = Decimal
FEB1, MAR1 = date(2026, 2, 1), date(2026, 3, 1)


def text_of(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages).splitlines()


def test_a_resellers_statement_shows_what_is_to_pay_out(acme):  # noqa: F811
    with unit_of_work(acme) as s:
        data = statement_pdf.statement(s, "acme", FEB1, MAR1)
    (sec,) = data.sections
    # 12.56 of statements, 5.00 paid out: 12.56 - 5.00 = 7.56 to pay out; the balance -12.56 + 5.00 = -7.56.
    assert (sec.statements, sec.paid_out, sec.to_pay_out, sec.closing) == (D("12.56"), D("5.00"), D("7.56"),
                                                                           D("-7.56"))
    lines = text_of(statement_pdf.render(data, "en_GB"))
    assert "We owe you €7.56." in lines
    at = lines.index("Statements and payouts on 1 Mar 2026")
    assert lines[at + 1:at + 3] == ["Statements Paid out To pay out", "€12.56 €5.00 €7.56"]


def test_in_german(acme):  # noqa: F811
    with unit_of_work(acme) as s:
        data = statement_pdf.statement(s, "acme", FEB1, MAR1)
    lines = text_of(statement_pdf.render(data, "de_DE"))
    at = lines.index("Abrechnungen und Auszahlungen am 01.03.2026")
    # The words of ``accounts show`` in German (translations/core/de.po: Abrechnungen, ausgezahlt, noch auszuzahlen).
    assert lines[at + 1:at + 3] == ["Abrechnungen Ausgezahlt Noch auszuzahlen", "12,56 € 5,00 € 7,56 €"]


def test_before_the_payout_and_on_a_company_account(acme):  # noqa: F811
    with unit_of_work(acme) as s:
        early = statement_pdf.statement(s, "acme", FEB1, date(2026, 2, 5))
        r1 = statement_pdf.statement(s, "r1", FEB1, MAR1)
    # 5 February, before the 5.00 was paid out: 12.56 - 0.00 = 12.56 to pay out.
    lines = text_of(statement_pdf.render(early, "en_GB"))
    at = lines.index("Statements and payouts on 5 Feb 2026")
    assert lines[at + 2] == "€12.56 €0.00 €12.56"
    # r1 owes acme 28.56 on its invoice: no statement, no payout, nothing of it shown.
    (sec,) = r1.sections
    assert (sec.statements, sec.paid_out) == (D("0"), D("0"))
    assert not any(line.startswith("Statements and payouts") for line in text_of(statement_pdf.render(r1, "en_GB")))
