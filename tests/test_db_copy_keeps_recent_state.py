"""``prorata db copy --to URL`` of a SQLite database holding this year's new state (an ended own price, a recurring
extra ended by a move, a move undone, credit applied at a back-dated issue, a direct-debit notice fixed at issue,
row versions, the audit chain, a deleted newest draft) to a new PostgreSQL database: the same export, and the same
behaviour afterwards (the next run's invoices, the re-rendered PDF, ``audit verify``, the ids given next).

Before the fix the copy set PostgreSQL's invoice id sequence after the highest id copied: a draft deleted as the
newest on SQLite (which never gives its id again, migration 0025) had its id given again by the copy to the next
draft ("draft #8" in the audit log named two invoices).

The world (tests.test_moves.world, on SQLite): the hoster sells a SharePoint site at 14.00 a month (tax 20 %),
Exchange Basic at 6.50 and Archiving at 20.00; acme sells the site at 12.00 (tax 19 %); beta sells Exchange Basic
at 7.00 (tax 10 %). Figures by hand.
"""
from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal

import pdfplumber
import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.cli.main import main
from app.models import Company, CompanyEvent, Invoice, InvoiceLine, Reseller
from app.payments import payments
from app.payments.processors import accounts as processor_accounts
from app.payments.sepa import mandates
from app.services import documents, invoices, price_matrix, price_removal
from app.services.moves import undo_move
from app.storage.engine import unit_of_work
from tests.billing_world import add_company
from tests.test_db_copy import empty_pg, url  # noqa: F401 - the fixture
from tests.test_move_ends_extras import SUPPORT, move
from tests.test_moves import SITES, world
from tests.test_pdf_amount_due import _template
from tests.test_sepa_debit import CREDITOR, DEBTOR_IBAN, TODAY

pytestmark = pytest.mark.pg

D = Decimal
JAN1, JAN31, FEB15, MAR1, MAR15, MAR16, MAR20, MAR22, APR1 = (
    date(2026, 1, 1), date(2026, 1, 31), date(2026, 2, 15), date(2026, 3, 1), date(2026, 3, 15), date(2026, 3, 16),
    date(2026, 3, 20), date(2026, 3, 22), date(2026, 4, 1))


def words(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in doc.pages)


def run(capsys, *args) -> tuple[int, str, str]:
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def export(capsys, engine) -> dict:
    rc, out, err = run(capsys, "export", "-", "--db", url(engine))
    assert rc == 0, err
    return json.loads(out)


@pytest.fixture
def source(sqlite_db):
    """The SQLite database: returns (credit invoice id, its number, the id of the deleted newest draft)."""
    db = sqlite_db
    w = world(db)
    add_company(db, w, "c", signup=JAN1, events=[(JAN1, "subscribe", {"plan": SITES, "quantity": 1}),
                                                 (JAN1, "extra", SUPPORT)])
    add_company(db, w, "e", signup=JAN1, events=[(JAN1, "subscribe", {"plan": SITES, "quantity": 1})])
    add_company(db, w, "x", reseller="beta", signup=JAN1, events=[
        (JAN1, "subscribe", {"plan": "exchange-basic"}),
        (JAN1, "assign", {"plan": "exchange-basic", "user": "ann@x.example"})])
    add_company(db, w, "d1", signup=JAN31, events=[(JAN31, "subscribe", {"plan": "archiving"})])
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer="company_override", plan="exchange-basic", currency="EUR", amount="5.00",
                               valid_from=JAN1, company="x")
    run_billing(db, FEB15, issue=True)
    move(db, "c", "acme", FEB15)  # the hoster's support 50.00 ends with it
    move(db, "e", "acme", FEB15)
    with unit_of_work(db) as s:  # and e's move is taken back
        undo_move(s, s.scalar(select(func.max(CompanyEvent.id)).where(CompanyEvent.type == "move")))
        price_removal.end_own_price(s, company="x", plan="exchange-basic", currency="EUR", day=MAR20)
    run_billing(db, MAR15, issue=True)
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "sepa", CREDITOR)
        mandates.add(s, "d1", "M-D1-001", DEBTOR_IBAN, date(2026, 1, 15), bic="BYLADEM1001", today=TODAY)
        documents.save_template(s, "hoster", _template())
    with unit_of_work(db) as s:
        # d1 was billed 20.00 + 20 % = 24.00 on 31 January and on 28 February, both open: the 100.00 of
        # 20 March pays them (48.00) and leaves 100.00 - 48.00 = 52.00 of credit.
        payments.record(s, "d1", "100.00", "EUR", "bank_transfer", MAR20, "TX-1")
    with unit_of_work(db) as s:
        draft = invoices.create_manual(s, "d1", "EUR", [invoices.ManualLine({"en": "Migration"}, D(1),
                                                                            D("100.00"), tax_rate=D(20))],
                                       issue_date=MAR16)
        inv = invoices.issue(s, draft.id, MAR22, dated=MAR16)  # 120.00, of which the 52.00 of credit at issue
        credited, number = inv.id, inv.number
    with unit_of_work(db) as s:
        c = s.scalar(select(Company).where(Company.code == "c"))
        c.name = "C renamed"  # a row version bumped (2)
        draft = invoices.create_manual(s, "d1", "EUR", [invoices.ManualLine({"en": "Mistake"}, D(1), D("1.00"),
                                                                            tax_rate=D(20))], issue_date=MAR22)
        deleted = draft.id
    with unit_of_work(db) as s:
        assert deleted == s.scalar(select(func.max(Invoice.id)))  # the newest
        invoices.delete_draft(s, deleted)
    return credited, number, deleted


def bills(engine) -> list[tuple]:
    """Every invoice by company code, issuer and period, with its lines: what two databases compare on."""
    with unit_of_work(engine) as s:
        codes = dict(s.execute(select(Company.id, Company.code)).all())
        out = []
        for inv in s.scalars(select(Invoice).order_by(Invoice.id)):
            lines = [(ln.kind, ln.extra_code, ln.start, ln.end, ln.quantity, ln.unit_price, ln.amount)
                     for ln in s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)
                                         .order_by(InvoiceLine.position))]
            out.append((inv.id, codes.get(inv.company_id), inv.issuer_key, inv.period_start, inv.kind, inv.status,
                        inv.number, inv.subtotal, inv.tax, inv.total, lines))
        return out


def test_the_copy_keeps_the_years_new_state_and_behaves_the_same(capsys, sqlite_db, source, empty_pg):
    credited, number, deleted = source
    rc, out, err = run(capsys, "db", "copy", "--to", url(empty_pg), "--db", url(sqlite_db))
    assert rc == 0, err
    exported = export(capsys, sqlite_db)
    assert export(capsys, empty_pg) == exported
    # What the export shows of it: x's own price ends from 20 March; e's move back names the move it undoes.
    own = [p for p in exported["prices"] if p["layer"] == "company_override"]
    assert own == [{"layer": "company_override", "company": "x", "plan": "exchange-basic", "currency": "EUR",
                    "amount": "5.00", "valid_from": "2026-01-01"},
                   {"layer": "company_override", "company": "x", "plan": "exchange-basic", "currency": "EUR",
                    "ended": True, "valid_from": "2026-03-20"}]
    moves = [(i, e["company"], e["from"], e["to"], e.get("undoes")) for i, e in enumerate(exported["events"])
             if e["type"] == "move"]
    assert [m[1:] for m in moves] == [("c", "hoster", "acme", None), ("e", "hoster", "acme", None),
                                      ("e", "acme", "hoster", moves[1][0])]
    rc, out, err = run(capsys, "audit", "verify", "--db", url(empty_pg))
    assert rc == 0, out + err

    for engine in (sqlite_db, empty_pg):
        with unit_of_work(engine) as s:
            assert s.scalar(select(Company.version).where(Company.code == "c")) == 2
            text = words(documents.render_invoice(s, credited, template=_template()).data)
        # 120.00 - 52.00 = 68.00 due, asked by direct debit (d1 has a mandate) on 16 March + 14 days = 30 March.
        assert "Total €120.00" in text, engine.dialect.name
        assert "Credit applied from your payment of 20 Mar 2026 -€52.00" in text, engine.dialect.name
        assert "Amount due €68.00" in text, engine.dialect.name
        assert "We will collect €68.00 by SEPA direct debit on or after 30 Mar 2026 under mandate M-D1-001." \
            in text, engine.dialect.name

    # The next run: the same invoices on both.
    for engine in (sqlite_db, empty_pg):
        run_billing(engine, APR1)
    assert bills(empty_pg) == bills(sqlite_db)
    april = {(b[1], b[2]): b for b in bills(empty_pg) if b[3] == APR1}
    with unit_of_work(empty_pg) as s:
        ids = dict(s.execute(select(Reseller.code, Reseller.id)).all())
    beta, acme = f"reseller:{ids['beta']}", f"reseller:{ids['acme']}"
    # x: its own 5.00 ended on 20 March, April at beta's 7.00: 7.00 + 10 % = 7.70.
    assert april[("x", beta)][7:10] == (D("7.00"), D("0.70"), D("7.70"))
    # c: with acme since 15 February, its site at acme's 12.00 and no support (the hoster's ended with the move):
    # 12.00 + 19 % = 14.28.
    assert april[("c", acme)][7:10] == (D("12.00"), D("2.28"), D("14.28"))
    assert [ln[1] for ln in april[("c", acme)][10]] == [None]
    # e: back with the hoster (the move undone the same day), its site at 14.00 + 20 % = 16.80.
    assert april[("e", "hoster")][7:10] == (D("14.00"), D("2.80"), D("16.80"))

    # No id given twice: the next draft on PostgreSQL takes the deleted draft's id + 1, as SQLite would.
    for engine in (sqlite_db, empty_pg):
        with unit_of_work(engine) as s:
            draft = invoices.create_manual(s, "d1", "EUR", [invoices.ManualLine({"en": "Next"}, D(1), D("1.00"),
                                                                                tax_rate=D(20))], issue_date=APR1)
            assert draft.id > max(deleted, max(b[0] for b in bills(engine))), engine.dialect.name
    with unit_of_work(empty_pg) as s:
        newest = s.scalar(select(func.max(Invoice.id)))
    with unit_of_work(sqlite_db) as s:
        assert s.scalar(select(func.max(Invoice.id))) == newest
    rc, out, err = run(capsys, "audit", "verify", "--db", url(empty_pg))
    assert rc == 0, out + err
