"""Credit held by another collector, not applied to the invoices issued, is said wherever invoices are issued in
numbers, as ``prorata invoices issue`` says it for one (``invoices.credit_not_applied``; one rule,
``invoices.credit_not_applied_to`` / ``note_credit_not_applied``, one wording): ``prorata bill run --issue``
(a note per billed company and date, also in --json), and a review's answers imported with --issue-approved.
SQLite and PostgreSQL; figures by hand.

The world of tests/test_credit_held_by_collector.py: acme (VAT 21 %) sells bc one Exchange Basic user at 6.00 a
month, billed on the 1st: 6.00 + 21 % = 6.00 + 1.26 = 7.26 an invoice. bc pays 50.00 on Feb 10 while acme bills in
the margin mode (the hoster collects: the hoster's money); acme then bills in reseller_bills (acme collects), so
the hoster's 50.00 pays none of bc's invoices.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.billing.run import run_billing
from app.cli.main import main
from app.models import Invoice
from app.payments import allocation
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.test_booking_collectors import COSTS, MARGIN
from tests.test_credit_held_by_collector import FEB1, FEB10, USER, _bc, _mode, _pay

D = Decimal
HELD = "credit of 50.00 EUR held by hoster was not applied: it pays only hoster's invoices"


def held_by_hoster(db, mode: str = COSTS) -> None:
    """bc with the hoster's 50.00 of credit, acme then billing in ``mode``; nothing billed yet."""
    w = build(db, acme_mode=MARGIN, acme_tax="21")
    add_company(db, w, "bc", reseller="acme", signup=FEB1, events=USER)
    _pay(db, "50.00", FEB10, "TR-FEB")
    if mode != MARGIN:
        _mode(db, mode)


def _bcs(db) -> list[tuple[str, Decimal, Decimal]]:
    """bc's invoices: (status, total, open)."""
    with unit_of_work(db) as s:
        return [(i.status, i.total, allocation.open_amount(s, i))
                for i in s.scalars(select(Invoice).where(Invoice.company_id == _bc(s)).order_by(Invoice.id))]


def test_run_issue_says_the_credit_held_by_the_other_collector_was_not_applied(db, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    held_by_hoster(db)
    url = db.url.render_as_string(hide_password=False)
    assert main(["bill", "run", "--as-of", "2026-03-01", "--issue", "--db", url]) == 0
    out = capsys.readouterr().out.splitlines()
    # Feb 1 and Mar 1, 7.26 each, acme's to collect: the hoster's 50.00 applied to neither, each says so.
    assert _bcs(db) == [("issued", D("7.26"), D("7.26")), ("issued", D("7.26"), D("7.26"))]
    assert [line for line in out if line.startswith("  note:")] == [
        f"  note: bc at 2026-02-01: {HELD}", f"  note: bc at 2026-03-01: {HELD}"]


def test_run_issue_in_json_and_in_german(db, capsys, monkeypatch):
    held_by_hoster(db)
    url = db.url.render_as_string(hide_password=False)
    assert main(["bill", "run", "--as-of", "2026-02-01", "--issue", "--json", "--db", url]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["notes"] == [{"company": "bc", "boundary": "2026-02-01", "currency": "EUR", "total": "7.26",
                             "kind": "invoice", "reason": HELD}]
    monkeypatch.setenv("LANGUAGE", "de")
    assert main(["bill", "run", "--as-of", "2026-03-01", "--issue", "--db", url]) == 0
    assert [line for line in capsys.readouterr().out.splitlines() if line.startswith("  note:")] == [
        "  note: bc at 2026-03-01: Guthaben von 50.00 EUR bei hoster wurde nicht angerechnet: es bezahlt nur "
        "Rechnungen von hoster"]


def test_a_run_whose_credit_was_applied_says_nothing_more(db, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    held_by_hoster(db, MARGIN)  # the hoster collects bc's invoices: its credit pays them
    assert main(["bill", "run", "--as-of", "2026-03-01", "--issue",
                 "--db", db.url.render_as_string(hide_password=False)]) == 0
    assert "note:" not in capsys.readouterr().out
    # 7.26 + 7.26 = 14.52 paid from the 50.00, 35.48 left.
    assert _bcs(db) == [("paid", D("7.26"), D("0.00")), ("paid", D("7.26"), D("0.00"))]


def test_a_run_without_issue_says_nothing_of_credit(db):
    held_by_hoster(db)
    report = run_billing(db, date(2026, 3, 1))  # drafts: no credit is applied to a draft
    with unit_of_work(db) as s:
        assert invoices.note_credit_not_applied(s, report) == 0
    assert report.noted() == []


def test_review_import_says_it_for_the_drafts_it_issues(db, tmp_path, capsys, monkeypatch):
    from app.review import answers
    from app.review.export import export_review
    from app.review.package import open_review

    monkeypatch.setenv("LANGUAGE", "en")
    held_by_hoster(db)
    run_billing(db, date(2026, 2, 1))  # bc's Feb 1 draft of 7.26
    with unit_of_work(db) as s:
        (draft,) = s.scalars(select(Invoice.id).where(Invoice.company_id == _bc(s)))
    out = tmp_path / "feb.prorata-review"
    export_review(db, out, since=date(2026, 1, 1), exported_by="ann")
    review = open_review(out)
    given = [answers.answer(e, "approved", "", at="2026-02-02T08:00:00Z") for e in review.entries if e.id == draft]
    path = answers.answers_path(review.path)
    answers.save(path, review, "rita", given)
    review.close()
    url = db.url.render_as_string(hide_password=False)
    assert main(["review", "import", str(path), "--issue-approved", "--db", url]) == 0
    with unit_of_work(db) as s:
        number = s.get(Invoice, draft).number
    said = capsys.readouterr().out.splitlines()
    assert said == ["issued: 1", f"  draft #{draft} -> {number}", f"  note: {number}: {HELD}"]
    assert _bcs(db) == [("issued", D("7.26"), D("7.26"))]  # nothing applied: 7.26 open
