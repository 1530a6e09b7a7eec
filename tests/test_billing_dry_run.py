"""A dry run previews everything a real run would write, reseller invoices and statements included,
and writes nothing at all. Amounts worked out by hand (Contoso's scenario, see test_billing_run)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from app.billing.run import run_billing
from app.models import Base, Invoice
from app.money import to_text
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build

D = Decimal


def every_row(engine) -> dict:
    """Every table's rows in primary-key order (and PostgreSQL's sequences): the whole database."""
    out = {}
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*table.primary_key.columns))]
        if engine.dialect.name == "postgresql":
            out["sequences"] = conn.execute(text(
                "SELECT sequencename, last_value FROM pg_sequences ORDER BY sequencename")).all()
    return out


def documents(report) -> list[tuple]:
    """Every invoice a report says was (or would be) written: customer, date, kind, currency, total."""
    return sorted([("company", o.code, o.boundary, o.kind, o.currency, o.total) for o in report.of("billed")]
                  + [("reseller", r.code, r.boundary, r.kind, r.currency, r.total) for r in report.reseller_outcomes])


def written(engine, w) -> list[tuple]:
    """The same, read from the invoices in the database."""
    codes = {("company", i): c for c, i in w.companies.items()} | {("reseller", i): c for c, i in w.resellers.items()}
    with unit_of_work(engine) as s:
        rows = s.scalars(select(Invoice).where(Invoice.status != "deferred")).all()
        return sorted([("company", codes["company", i.company_id], i.issue_date or i.period_start, i.kind,
                        i.currency, to_text(i.total, i.currency)) if i.company_id else
                       ("reseller", codes["reseller", i.customer_reseller_id], i.issue_date, i.kind, i.currency,
                        to_text(i.total, i.currency)) for i in rows])


@pytest.mark.parametrize("mode, expected", [
    # The reseller collects: the hoster invoices acme its cost, with the hoster's 20 % tax.
    # Feb 1: the Jan 15 mailbox at 3.50, tax 0.70, total 4.20.
    # Mar 1: Feb 15's mailbox 3.50 + 3 sites x 8.00 = 24.00 + 3 x 8 x 5/31 = 3.87: 31.37, tax 6.27, total 37.64.
    ("reseller_bills", [(date(2026, 2, 1), "wholesale", "EUR", "3.50", "0.70", "4.20", 1),
                        (date(2026, 3, 1), "wholesale", "EUR", "31.37", "6.27", "37.64", 3)]),
    # The hoster collects: it owes acme the margin, untaxed.
    # Feb 1: mailbox 6.00 - 3.50 = 2.50.
    # Mar 1: mailbox 2.50; sites 36.00 - 24.00 = 12.00; proration 5.81 - 3.87 = 1.94; the support call is all
    # acme's, 50.00: 66.44.
    ("hoster_bills_hoster_processor", [(date(2026, 2, 1), "statement", "EUR", "2.50", "0.00", "2.50", 1),
                                       (date(2026, 3, 1), "statement", "EUR", "66.44", "0.00", "66.44", 4)]),
])
def test_dry_run_shows_reseller_documents_writes_nothing_and_the_run_agrees(db, mode, expected):
    w = build(db, acme_mode=mode)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    before = every_row(db)

    preview = run_billing(db, date(2026, 3, 20), dry_run=True)
    assert every_row(db) == before
    assert [(r.code, r.boundary, r.kind, r.currency, r.subtotal, r.tax, r.total, r.lines)
            for r in preview.reseller_outcomes] == [("acme", *e) for e in expected]
    assert preview.reseller_invoices == 2
    assert preview.as_json()["reseller_documents"][1] == {
        "reseller": "acme", "boundary": "2026-03-01", "kind": expected[1][1], "currency": "EUR",
        "subtotal": expected[1][3], "tax": expected[1][4], "total": expected[1][5], "lines": expected[1][6]}

    real = run_billing(db, date(2026, 3, 20))
    assert documents(real) == documents(preview)
    assert written(db, w) == documents(preview)
    assert [(o.code, o.boundary, o.outcome, o.total) for o in real.outcomes] == [
        (o.code, o.boundary, o.outcome, o.total) for o in preview.outcomes]
    assert len(documents(preview)) == 3 + 2 + 2  # c1 x 3, d1 x 2 (Jan 31, Feb 28), acme x 2


def test_dry_run_settles_stored_and_previewed_accruals_like_the_run(db):
    # c1 alone is billed for real up to Feb 20: its Jan 15 and Feb 15 invoices and their cost lines are
    # stored, and acme is not settled yet. The preview up to Apr 1 must settle those stored lines and the
    # ones of c1's Mar 15 invoice that it only computes:
    # - Feb 1: 3.50 -> 4.20; Mar 1: 31.37 -> 37.64 (as in the run scenario);
    # - Apr 1: Mar 15's cost lines 3.50 + 2 x 8 x 23/28 = 13.14 - 5 x 8 x 14/28 = 20.00: -3.36, tax 20 %
    #   -0.672 -> -0.67, total -4.03: a credit note to acme.
    # c1's own Mar 15: 6.00 + 19.71 - 30.00 = -4.29, tax 19 % -0.82: a credit note of -5.11.
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    run_billing(db, date(2026, 2, 20), company="c1")
    before = every_row(db)

    preview = run_billing(db, date(2026, 4, 1), dry_run=True)
    assert every_row(db) == before
    assert documents(preview) == [
        ("company", "c1", date(2026, 3, 15), "credit_note", "EUR", "-5.11"),
        ("reseller", "acme", date(2026, 2, 1), "wholesale", "EUR", "4.20"),
        ("reseller", "acme", date(2026, 3, 1), "wholesale", "EUR", "37.64"),
        ("reseller", "acme", date(2026, 4, 1), "credit_note", "EUR", "-4.03"),
    ]
    real = run_billing(db, date(2026, 4, 1))
    assert documents(real) == documents(preview)
    assert [(r.code, r.boundary, r.lines) for r in real.reseller_outcomes] == [
        (r.code, r.boundary, r.lines) for r in preview.reseller_outcomes]
    # The database then holds the preview's documents and the two invoices billed before it.
    assert written(db, w) == sorted(documents(preview) + [
        ("company", "c1", date(2026, 1, 15), "invoice", "EUR", "7.14"),
        ("company", "c1", date(2026, 2, 15), "invoice", "EUR", "116.39")])


def test_cli_dry_run_counts_and_totals_reseller_documents(sqlite_db, capsys):
    from app.cli.main import main

    w = build(sqlite_db)
    add_company(sqlite_db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    before = every_row(sqlite_db)
    url = sqlite_db.url.render_as_string(hide_password=False)
    assert main(["bill", "run", "--as-of", "2026-03-20", "--dry-run", "--db", url]) == 0
    # acme's two wholesale invoices: 4.20 + 37.64 = 41.84.
    assert capsys.readouterr().out.splitlines() == [
        "dry run: would bill 3 invoice(s) up to 2026-03-20; 0 deferred, 0 failed, 0 with nothing to bill; "
        "2 reseller invoice(s) or statement(s)",
        "  to resellers: 2 wholesale(s), 41.84 EUR"]
    assert every_row(sqlite_db) == before
