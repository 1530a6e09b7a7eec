"""A payout that did not hold is reversed (app/payments/payouts.py ``reverse``): its transfer bounced, it was
entered twice. What it paid is owed again; a payout is reversed once (two clerks, or a clerk and the bank's
returns file, at once); a bank's return of a payout transfer's end-to-end id ``PO-<entry>`` reverses it.
SQLite and PostgreSQL; every figure by hand.

World of tests/test_reseller_negative_statement.py, acme's payment left out: ST-1 (1 Feb) -4.10 (acme owes),
ST-2 (1 Mar) +12.56 (owed to acme): the hoster owes acme -4.10 + 12.56 = 8.46.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.models.audit import AuditEntry
from app.models.payments import EntryKind, LedgerEntry
from app.payments import bank_returns, payouts
from app.services.audit_log import AuditFilter, readable
from app.storage.engine import unit_of_work
from tests.test_invoice_races import race
from tests.test_reseller_negative_statement import MAR5, acme_account, figures, refused, world

D = Decimal
MAR10, MAR12 = date(2026, 3, 10), date(2026, 3, 12)


def _paid(db, day: date = MAR5) -> int:
    world(db, paid=None)
    with unit_of_work(db) as s:
        return payouts.add(s, "acme", "8.46", day, reference="SEPA 2026-03-05").id


def test_a_reversed_payout_is_owed_again(db):
    entry = _paid(db)
    # Paid: statements 8.46, paid out 8.46, to pay out 8.46 - 8.46 = 0; balance +4.10 - 12.56 + 8.46 = 0.
    assert figures(db, MAR10)[:3] == (D("8.46"), D("8.46"), D("0"))
    with unit_of_work(db) as s:
        back = payouts.reverse(s, f"PO-{entry}", MAR10, "transfer bounced", actor="clerk")
        assert (back.kind, back.amount, back.entry_date) == (EntryKind.PAYOUT.value, D("-8.46"), MAR10)
        assert back.reference == f"PO-{entry} reversed: transfer bounced"
    # Reversed on 10 Mar: paid out 8.46 - 8.46 = 0, to pay out 8.46 again; balance 0 - 8.46 = -8.46 (owed to acme).
    assert figures(db, MAR10) == (D("8.46"), D("0"), D("8.46"), D("0"), D("0"), D("0"), D("0"), D("-8.46"))
    # Before the reversal's day the payout still stands: to pay out 0 on 5 Mar.
    assert figures(db, MAR5)[:3] == (D("8.46"), D("8.46"), D("0"))
    with unit_of_work(db) as s:
        assert payouts.owed(s, "acme") == [{"reseller": "acme", "currency": "EUR", "statements": "8.46",
                                            "paid_out": "0.00", "owed": "8.46"}]
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "payout_reverse")).one()
        assert (audit.actor, audit.entity) == ("clerk", "reseller")
        said = readable(s, AuditFilter(), "en_GB")[0].sentence
        assert (said.id, said.params["payout"], said.params["reseller"], said.params["day"]) == (
            "payout_reversed", f"PO-{entry}", "Acme Cloud GmbH", MAR10)
        assert dict(said.details)["why"] == "transfer bounced"
    # Paid out again, in full: 8.46 is owed from 10 Mar on.
    with unit_of_work(db) as s:
        payouts.add(s, "acme", "8.46", MAR12)
    assert figures(db, MAR12)[:3] == (D("8.46"), D("8.46"), D("0"))


def test_a_payout_is_reversed_once_and_told_so(db):
    entry = _paid(db)
    with unit_of_work(db) as s:
        payouts.reverse(s, entry, MAR10, actor="clerk-1")
    assert refused(db, lambda s: payouts.reverse(s, entry, MAR12, "again", actor="clerk-2")) == [
        f"payout PO-{entry} was already reversed on 2026-03-10 by clerk-1; nothing was changed"]
    assert figures(db, MAR12)[:3] == (D("8.46"), D("0"), D("8.46"))  # 8.46 - 8.46 paid out, reversed once


def test_what_cannot_be_reversed_is_refused_in_words(db):
    entry = _paid(db)
    assert refused(db, lambda s: payouts.reverse(s, entry, date(2026, 3, 4))) == [
        f"--date: payout PO-{entry} was paid out on 2026-03-05: it cannot be reversed on 2026-03-04, before; nothing was "
        "changed"]
    with unit_of_work(db) as s:
        statement = s.scalars(select(LedgerEntry.id).where(LedgerEntry.kind == "statement")).first()
    assert refused(db, lambda s: payouts.reverse(s, statement, MAR10)) == [f"ENTRY: no payout '{statement}'"]
    assert refused(db, lambda s: payouts.reverse(s, "PO-x", MAR10)) == ["ENTRY: no payout 'PO-x'"]
    # A negative payout is no way to take one back: refused.
    assert refused(db, lambda s: payouts.add(s, "acme", "-8.46", MAR10)) == ["amount: -8.46 must not be negative"]
    assert figures(db, MAR10)[:3] == (D("8.46"), D("8.46"), D("0"))


def test_a_bank_return_of_the_payout_transfer_reverses_it(db):
    entry = _paid(db)
    csv_text = f"end_to_end_id,date,reason,amount\nPO-{entry},2026-03-10,AC04,8.46\n".encode()
    with unit_of_work(db) as s:
        rows = bank_returns.import_file(s, csv_text, "returns.csv", "csv")
    assert [(r["end_to_end_id"], r["result"], r["reason"]) for r in rows] == [(f"PO-{entry}", "returned", "AC04")]
    # 8.46 paid out, 8.46 reversed: to pay out 8.46 again.
    assert figures(db, MAR10)[:3] == (D("8.46"), D("0"), D("8.46"))
    with unit_of_work(db) as s:  # the same file again: nothing changes
        rows = bank_returns.import_file(s, csv_text, "returns.csv", "csv")
        assert [r["result"] for r in rows] == ["already returned"]
        back = s.scalars(select(LedgerEntry).where(LedgerEntry.amount < 0, LedgerEntry.kind == "payout")).one()
        assert back.reference.startswith(f"PO-{entry} reversed: transfer returned by the bank: AC04")
    assert figures(db, MAR12)[:3] == (D("8.46"), D("0"), D("8.46"))
    # A return of another amount is refused whole.
    wrong = f"end_to_end_id,date,reason,amount\nPO-{entry},2026-03-10,AC04,8.00\n".encode()
    assert refused(db, lambda s: bank_returns.import_file(s, wrong, "r.csv", "csv")) == [
        f"r.csv, line 2: the bank returned 8.00 EUR of PO-{entry}, which debited 8.46; nothing was imported"]


def test_the_command_line_reverses_a_payout(db, capsys, tmp_path):
    from app.cli.main import main

    entry = _paid(db)
    url = db.url.render_as_string(hide_password=False)
    assert main(["payouts", "reverse", f"PO-{entry}", "--date", "2026-03-10", "--reason", "entered twice",
                 "--db", url]) == 0
    assert capsys.readouterr().out == (f"reversed payout PO-{entry} of 8.46 EUR to acme on 2026-03-10; "
                                       "owed 8.46 EUR\n")
    assert main(["payouts", "reverse", str(entry), "--date", "2026-03-11", "--db", url]) == 2
    assert "already reversed on 2026-03-10" in capsys.readouterr().err
    assert main(["payouts", "reverse", str(entry), "--date", "2026-13-11", "--db", url]) == 2
    capsys.readouterr()
    with unit_of_work(db) as s:
        second = payouts.add(s, "acme", "8.46", MAR12).id  # paid again; its transfer bounces too
    returns = tmp_path / "returns.csv"
    returns.write_text(f"end_to_end_id,date,reason\nPO-{second},2026-03-13,AC04\n")
    assert main(["payments", "import-returns", str(returns), "--db", url]) == 0
    assert capsys.readouterr().out == f"PO-{second}: returned AC04 (account closed), payout of 8.46 EUR reversed\n"
    assert main(["payments", "import-returns", str(returns), "--db", url]) == 0
    assert capsys.readouterr().out == f"PO-{second}: already returned payout of 8.46 EUR\n"
    # 8.46 paid out twice, reversed twice: 8.46 to pay out.
    assert figures(db, date(2026, 3, 13))[:3] == (D("8.46"), D("0"), D("8.46"))


def test_two_clerks_reversing_one_payout_reverse_it_once(db, tmp_path):
    entry = _paid(db)
    plan = [["payouts", "reverse", f"PO-{entry}", "--date", "2026-03-10", "--reason", "bounced"]]
    results = race(db, tmp_path, [plan, plan, plan])
    assert sorted(r["rc"] for r in results) == [0, 2, 2]
    for r in results:
        if r["rc"] == 2:
            assert f"payout PO-{entry} was already reversed on 2026-03-10 by " in r["err"], r["err"]
    # One reversal: paid out 8.46 - 8.46 = 0, to pay out 8.46 (not 8.46 + 8.46 twice reversed).
    assert figures(db, MAR12)[:3] == (D("8.46"), D("0"), D("8.46"))
    with unit_of_work(db) as s:
        assert len(s.scalars(select(LedgerEntry).where(LedgerEntry.account_id == acme_account(s).id,
                                                       LedgerEntry.kind == "payout", LedgerEntry.amount < 0)).all()) == 1


def test_the_statement_of_account_shows_the_payout_and_its_reversal(db):
    from app.payments import statement_pdf
    from tests.test_statement_pdf_payouts import text_of

    entry = _paid(db)
    with unit_of_work(db) as s:
        payouts.reverse(s, entry, MAR10, "transfer bounced")
        data = statement_pdf.statement(s, "acme", date(2026, 2, 1), MAR12)
    (sec,) = data.sections
    # Statements -4.10 + 12.56 = 8.46, paid out 8.46 - 8.46 = 0: 8.46 to pay out; closing -8.46 (owed to acme).
    assert (sec.statements, sec.paid_out, sec.to_pay_out, sec.closing) == (D("8.46"), D("0"), D("8.46"), D("-8.46"))
    lines = text_of(statement_pdf.render(data, "en_GB"))
    assert "We owe you €8.46." in lines
