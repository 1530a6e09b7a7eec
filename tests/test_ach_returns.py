"""US ACH returns: a NACHA return file (entries with their type 99 addenda: R01, R02, ...) reverses the
debits' payments and reopens their invoices, as camt.054 does for SEPA; refused whole when malformed or
naming a debit Prorata never made. SQLite and PostgreSQL.

The world is test_bank_files' us_world: u1 has INV-2026-00001 and -00002, u2 -00003 and -00004, 24.00 USD
each, debited in one NACHA run with trace numbers 021000020000001 to ...004 (oldest first: INV1, INV3, INV2,
INV4).
"""
from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.errors import ProrataError
from app.models.ach import AchAuthorization, AchDebit
from app.models.payments import LedgerEntry
from app.payments import bank_returns, reversals
from app.payments.ach import run as ach_run
from app.storage.engine import unit_of_work
from tests.test_bank_files import us_world  # noqa: F401 (the fixture)
from tests.test_sepa_debit import statuses


def record(*parts: str) -> str:
    line = "".join(parts)
    assert len(line) == 94, (len(line), line)
    return line


def return_file(returns: list[tuple[str, str, int]]) -> bytes:
    """A bank's return file: (original trace number, reason, cents) per returned debit, written by hand."""
    lines = [record("101", " 021000021", "1234567890", "260405", "0900", "A", "094", "10", "1",
                    "NORTHWIND".ljust(23), "JPMORGAN CHASE".ljust(23), " " * 8),
             record("5", "225", "NORTHWIND".ljust(16), " " * 20, "1234567890", "CCD", "RETURN    ", " " * 6,
                    "260403", "   ", "1", "02100002", "0000001")]
    for k, (trace, reason, cents) in enumerate(returns, start=1):
        lines.append(record("6", "26", "02100002", "1", "123456789".ljust(17), f"{cents:010d}",
                            "RETURN".ljust(15), "NORTHWIND".ljust(22), "  ", "1", f"0110000100{k:05d}"))
        lines.append(record("7", "99", reason, trace, " " * 6, "01100001", " " * 44, f"0110000100{k:05d}"))
    lines.append(record("8", "225", f"{len(returns):06d}", "0" * 10, "0" * 12, "0" * 12, "1234567890", " " * 25,
                        "02100002", "0000001"))
    lines.append(record("9", "000001", "000001", f"{len(returns):08d}", "0" * 10, "0" * 12, "0" * 12, " " * 39))
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


@pytest.fixture
def debited(db, us_world):  # noqa: F811
    with unit_of_work(db) as s:
        ach_run.run(s, "hoster", date(2026, 4, 1), today=date(2026, 3, 20), now=datetime(2026, 3, 20, 14, 5))
    return us_world


def test_a_nacha_return_file_reopens_the_invoices(db, debited, tmp_path, capsys):
    data = return_file([("021000020000001", "R01", 2400), ("021000020000002", "R02", 2400)])
    path = tmp_path / "RETURNS.ACH"
    path.write_bytes(data)
    url = db.url.render_as_string(hide_password=False)
    assert main(["payments", "import-returns", str(path), "--json", "--db", url]) == 0  # told by its content
    rows = json.loads(capsys.readouterr().out)
    assert [(r["end_to_end_id"], r["invoice"], r["result"], r["reason"], r["words"], r["invoice_status"])
            for r in rows] == [
        ("021000020000001", "INV-2026-00001", "returned", "R01", "insufficient funds", "issued"),
        ("021000020000002", "INV-2026-00003", "returned", "R02", "account closed", "issued")]
    assert statuses(db) == {"INV-2026-00001": "issued", "INV-2026-00002": "paid", "INV-2026-00003": "issued",
                            "INV-2026-00004": "paid"}
    with unit_of_work(db) as s:
        assert dict(s.execute(select(AchDebit.trace_number, AchDebit.status)).all())["021000020000001"] == "returned"
        # R02 (account closed) revokes u2's authorisation; R01 leaves u1's.
        assert sorted(s.scalars(select(AchAuthorization.status))) == ["active", "revoked"]
    # The same file again changes nothing.
    with unit_of_work(db) as s:
        again = bank_returns.import_file(s, data, "RETURNS.ACH")
    assert [r["result"] for r in again] == ["already returned", "already returned"]
    # The next run debits u1's reopened invoice again; u2's authorisation is gone.
    with unit_of_work(db) as s:
        done = ach_run.run(s, "hoster", date(2026, 4, 10), today=date(2026, 4, 5))
    assert [d["invoice"] for d in done.debits] == ["INV-2026-00001"]


def test_a_debit_reversed_by_hand_does_not_refuse_the_return_file(db, debited):
    """A clerk reversed u2's debit 021000020000002 (INV3) by hand on Apr 3; the bank's file then returns it (R02,
    account closed) and u1's 021000020000001 (R01). The first is reversed; the second is marked returned and
    its reason followed (R02 revokes u2's authorisation), its payment not reversed twice: one reversal of
    24.00 each, INV1 and INV3 open again. Before, the whole file was refused."""
    with unit_of_work(db) as s:
        pay = s.scalar(select(AchDebit.payment_id).where(AchDebit.trace_number == "021000020000002"))
        reversals.reverse(s, pay, date(2026, 4, 3), "debit returned, the bank phoned")
    data = return_file([("021000020000001", "R01", 2400), ("021000020000002", "R02", 2400)])
    with unit_of_work(db) as s:
        rows = bank_returns.import_file(s, data, "RETURNS.ACH")
    assert [(r["end_to_end_id"], r["invoice"], r["result"], r["reason"]) for r in rows] == [
        ("021000020000001", "INV-2026-00001", "returned", "R01"),
        ("021000020000002", "INV-2026-00003", "already returned", "R02")]
    assert (rows[1]["payment"], rows[1]["reversed_on"]) == (pay, "2026-04-03")
    assert statuses(db) == {"INV-2026-00001": "issued", "INV-2026-00002": "paid", "INV-2026-00003": "issued",
                            "INV-2026-00004": "paid"}
    with unit_of_work(db) as s:
        assert dict(s.execute(select(AchDebit.trace_number, AchDebit.status)).all()) == {
            "021000020000001": "returned", "021000020000002": "returned", "021000020000003": "submitted",
            "021000020000004": "submitted"}
        assert sorted(s.scalars(select(AchAuthorization.status))) == ["active", "revoked"]
        assert sorted(s.scalars(select(LedgerEntry.amount).where(LedgerEntry.kind == "reversal"))) == [
            D("24.00"), D("24.00")]


def test_bad_return_files_are_refused_whole(db, debited):
    def refused(data: bytes) -> str:
        with pytest.raises(ProrataError) as exc:
            with unit_of_work(db) as s:
                bank_returns.import_file(s, data, "R.ACH")
        return exc.value.messages()[0]

    good = ("021000020000001", "R01", 2400)
    assert refused(return_file([good, ("021000029999999", "R01", 2400)])) == (
        "R.ACH, line 5: no ACH debit has the trace number 021000029999999; nothing was imported")
    assert refused(return_file([("021000020000004", "R01", 2500)])) == (
        "R.ACH, line 3: the bank returned 25.00 USD of 021000020000004, which debited 24.00; nothing was imported")
    text = return_file([good]).decode()
    assert refused(text.replace("799R01", "799X01").encode()) == (
        "R.ACH: line 4: 'X01' is not a return reason code (R01, R02, ...); nothing was imported")
    assert refused(text.replace("\r\n7", "\r\n8", 1).encode()) == (
        "R.ACH: line 3: a returned entry needs its return addenda (type 99) on the next line; nothing was imported")
    assert refused(text[:200].encode() + b"short\r\n") .endswith("characters, not 94; nothing was imported")
    assert statuses(db)["INV-2026-00001"] == "paid"
