"""A settlement with a reseller (the hoster's wholesale invoice to it, its statement, the credit note of either)
has no period of its own: it settles every accrual up to the reseller's boundary. ``prorata invoices show`` and
the PDF say "settled up to" that day, never a period (app/services/invoice_listing.py ``shown_period``); a
company's invoice keeps its days, both included. SQLite and PostgreSQL; PDFs read back with pdfplumber.

The world (tests/billing_world.py): acme (billing day 1, language de_DE) sells c1 one Exchange Basic user from
1 February 2026; the run of 1 February bills c1 February (1 Feb - 28 Feb) and settles acme up to 1 February:
a wholesale invoice under reseller_bills, a statement of its margins under the margin mode.
"""
from __future__ import annotations

import io
from datetime import date

import pdfplumber
import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.cli.main import main
from app.models import Invoice
from app.services import documents
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

FEB1 = date(2026, 2, 1)
MARGIN, COSTS = "hoster_bills_hoster_processor", "reseller_bills"


def _scene(db, mode: str, *, issue: bool) -> dict[str, Invoice]:
    """The run's documents by kind ("invoice" is c1's), detached, after the run of 1 February."""
    w = build(db, acme_mode=mode)
    add_company(db, w, "c1", reseller="acme", signup=FEB1, events=[
        (FEB1, "subscribe", {"plan": "exchange-basic"}),
        (FEB1, "assign", {"plan": "exchange-basic", "user": "ann@c1.example"})])
    run_billing(db, FEB1, issue=issue)
    with unit_of_work(db) as s:
        docs = {inv.kind: inv for inv in s.scalars(select(Invoice))}
        s.expunge_all()
    return docs


def _lines(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [ln for p in doc.pages for ln in (p.extract_text() or "").splitlines()]


def _pdf(db, invoice_id: int, language: str | None = None) -> list[str]:
    with unit_of_work(db) as s:
        return _lines(documents.render_invoice(s, invoice_id, language=language).data)


def _cli(db, capsys, *argv) -> tuple[int, list[str]]:
    status = main([*argv, "--db", db.url.render_as_string(hide_password=False)])
    return status, capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("mode, kind", [(COSTS, "wholesale"), (MARGIN, "statement")])
def test_the_command_line_shows_a_settlement_settled_up_to_its_boundary(db, capsys, monkeypatch, mode, kind):
    monkeypatch.setenv("LANGUAGE", "en")
    docs = _scene(db, mode, issue=True)
    doc, company = docs[kind], docs["invoice"]
    assert (doc.period_start, doc.period_end) == (FEB1, None)  # as app/billing/settlement.py stores it
    status, out = _cli(db, capsys, "invoices", "show", f"hoster:{doc.number}")
    assert status == 0
    assert out[1] == "issuer hoster  customer acme  date 2026-02-01  settled up to 2026-02-01"
    assert not any("None" in line for line in out)
    # c1's invoice (issued in acme's name in either mode): its stored end, 1 March, is the first day after
    # February.
    status, out = _cli(db, capsys, "invoices", "show", f"acme:{company.number}")
    assert status == 0
    assert out[1] == "issuer acme  customer c1  date 2026-02-01  period 2026-02-01 - 2026-02-28"
    # The credit note of the settlement settles nothing anew either: it shows the same boundary.
    status, out = _cli(db, capsys, "invoices", "credit", f"hoster:{doc.number}", "--date", "2026-02-05")
    assert status == 0
    with unit_of_work(db) as s:
        note = s.scalars(select(Invoice).where(Invoice.credits_id == doc.id)).one()
        number = note.number
    status, out = _cli(db, capsys, "invoices", "show", f"hoster:{number}")
    assert status == 0
    assert out[1] == "issuer hoster  customer acme  date 2026-02-05  settled up to 2026-02-01"


def test_the_wholesale_invoice_pdf_says_settled_up_to_in_each_language(db):
    docs = _scene(db, COSTS, issue=False)  # drafts: a draft previews in any language
    wholesale = docs["wholesale"].id
    expected = {"en_GB": ("Settled up to 1 Feb 2026", "Period "),
                "de_DE": ("Abgerechnet bis 01.02.2026", "Zeitraum "),
                "fr_FR": ("Réglé jusqu'au 1 févr. 2026", "Période "),
                "es_ES": ("Liquidado hasta el 1 feb 2026", "Periodo "),
                "nl_NL": ("Afgerekend tot en met 1 feb 2026", "Periode "),
                "ja_JP": ("精算締め日 2026/02/01", "期間 ")}
    for language, (row, period_row) in expected.items():
        lines = _pdf(db, wholesale, language)
        # The facts stand beside the address: a line of the text may begin with the address's.
        assert any(ln.endswith(row) for ln in lines), (language, lines)
        # No period row (its line's own "Period: ..." under the description is another text).
        assert not [ln for ln in lines if period_row in ln and ":" not in ln], (language, lines)
    # c1's invoice keeps its period, both days shown.
    assert "Period 1 Feb 2026 – 28 Feb 2026" in _pdf(db, docs["invoice"].id, "en_GB")


def test_the_statement_pdf_says_up_to_when_it_settled(db):
    docs = _scene(db, MARGIN, issue=False)
    statement = docs["statement"].id
    lines = _pdf(db, statement)  # to acme, in its language
    assert "Ihre Margen aus den Rechnungen an Ihre Kunden, abgerechnet bis 01.02.2026." in lines
    assert "Acme Cloud GmbH Abgerechnet bis 01.02.2026" in lines  # beside the address
    english = _pdf(db, statement, "en_GB")
    assert "Your margins on the invoices to your customers, settled up to 1 Feb 2026." in english
    assert "Acme Cloud GmbH Settled up to 1 Feb 2026" in english
    assert not [ln for ln in english if "Period " in ln or "period below" in ln]
