"""An invoice id is never given twice: the newest draft deleted, the next draft gets a new id (SQLite gave the
largest id + 1, so the deleted draft's id named another invoice). Both databases; the upgrade of an SQLite
database written before migration 0025 keeps every row, index, trigger and foreign key.

The world (tests.billing_world): a direct company billed on the 10th (signup 10 January 2026), Archiving at
20.00 EUR a month, the hoster's tax 20 %.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.exc import DatabaseError

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import AuditEntry, Invoice, InvoiceLine
from app.services import invoices
from app.storage import immutability, schema
from app.storage.engine import make_engine, unit_of_work
from tests.billing_world import add_company, build

SIGNUP = date(2026, 1, 10)


def _draft(engine, setup: str = "40.00") -> int:
    with unit_of_work(engine) as s:
        return invoices.create_manual(s, "d1", "EUR", [invoices.ManualLine({"en": "Setup"}, Decimal(1),
                                                                           Decimal(setup))]).id


def _delete(engine, invoice_id: int) -> None:
    with unit_of_work(engine) as s:
        invoices.delete_draft(s, invoice_id)


def _world(engine) -> None:
    w = build(engine)
    add_company(engine, w, "d1", signup=SIGNUP, events=[(SIGNUP, "subscribe", {"plan": "archiving"})])


def test_the_newest_draft_deleted_the_next_draft_gets_a_new_id(db):
    _world(db)
    first, newest = _draft(db), _draft(db)
    assert newest == first + 1
    _delete(db, newest)
    again = _draft(db)
    assert again == newest + 1  # not ``newest`` again
    with unit_of_work(db) as s:
        # The audit log's "delete" of the draft still names the one deleted, not the new draft.
        deleted = s.scalars(select(AuditEntry).where(AuditEntry.action == "delete",
                                                     AuditEntry.entity == "invoice")).one()
        assert deleted.entity_id == str(newest)
        assert sorted(s.scalars(select(Invoice.id))) == [first, again]


# --- an SQLite database written before 0025 --------------------------------------------------------------------

def _at_0024(path) -> object:
    """A database at 0024, with the columns later migrations add to invoices (0035's ``collected_by``, frozen
    as 0035 does): this code writes them. The rebuild of 0025 carries them as any other column."""
    engine = make_engine(f"sqlite:///{path}")
    schema.migrate(engine, "0024")
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE invoices ADD COLUMN collected_by VARCHAR(40)")
        immutability.refreeze_invoices(conn)
    return engine


def _everything(conn) -> dict:
    """Every table's rows (in id order where there is one), and every index's and trigger's definition."""
    tables = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                  "ORDER BY name").scalars().all()
    rows = {t: conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY 1').all() for t in tables}
    ddl = conn.exec_driver_sql("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', "
                               "'trigger') ORDER BY type, name").all()
    keys = {t: sorted(tuple(k)[2:] for k in conn.exec_driver_sql(f'PRAGMA foreign_key_list("{t}")'))
            for t in tables}  # (table, from, to, on update, on delete, match), without SQLite's numbering
    return {"rows": rows, "ddl": ddl, "keys": keys}


def test_an_upgraded_sqlite_database_keeps_its_rows_and_triggers_and_gives_no_id_twice(tmp_path):
    engine = _at_0024(tmp_path / "old.db")
    try:
        _world(engine)
        # Three months billed and issued (10 Jan, 10 Feb, 10 Mar: 20.00 + 20 % = 24.00 each), with their lines.
        report = run_billing(engine, date(2026, 3, 10), issue=True)
        assert [(o.boundary, o.outcome, o.total) for o in report.outcomes if o.code == "d1"] == [
            (date(2026, 1, 10), "billed", "24.00"), (date(2026, 2, 10), "billed", "24.00"),
            (date(2026, 3, 10), "billed", "24.00")]
        kept = _draft(engine)
        newest = _draft(engine, "55.00")
        _delete(engine, newest)  # before the upgrade: only the audit log still names its id
        with engine.connect() as conn:
            assert "AUTOINCREMENT" not in conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'invoices'").scalar()
            before = _everything(conn)
            issued = conn.execute(select(Invoice.id).where(Invoice.status == "issued")).scalars().all()
        assert len(issued) == 3 and kept == max(issued) + 1 and newest == kept + 1
        assert len(before["rows"]["invoice_lines"]) == 4  # three months of Archiving and the kept draft's setup

        schema.migrate(engine, "0025")  # this migration's work alone (later ones add their own indexes)
        with engine.connect() as conn:
            assert "AUTOINCREMENT" in conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'invoices'").scalar()
            after = _everything(conn)
            assert immutability.present(conn) == immutability.expected("sqlite")
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # checked again after the upgrade
        assert after["rows"] == {**before["rows"], "alembic_version": [("0025",)]}
        assert after["ddl"] == before["ddl"]  # every index and trigger, as it was
        assert after["keys"] == before["keys"]  # every foreign key, those of invoices and those naming it

        # An issued invoice still cannot be changed nor deleted; its lines neither.
        with pytest.raises(ProrataError) as exc:
            with unit_of_work(engine) as s:
                s.execute(update(Invoice).where(Invoice.id == issued[0]).values(total=1))
        assert exc.value.problems[0].id == "issued_invoice_frozen"
        with pytest.raises(ProrataError) as exc:
            with unit_of_work(engine) as s:
                s.execute(text("DELETE FROM invoice_lines WHERE invoice_id = :i"), {"i": issued[0]})
        assert exc.value.problems[0].id == "issued_lines_frozen"
        with pytest.raises(ProrataError) as exc:
            with unit_of_work(engine) as s:
                s.execute(text("DELETE FROM invoices WHERE id = :i"), {"i": issued[1]})
        assert exc.value.problems[0].id == "issued_invoice_frozen"
        # A line naming an invoice that does not exist is refused (foreign keys enforced again).
        with pytest.raises(DatabaseError):
            with unit_of_work(engine) as s:
                line = s.scalars(select(InvoiceLine).where(InvoiceLine.invoice_id == kept)).one()
                s.execute(text("UPDATE invoice_lines SET invoice_id = 999 WHERE id = :i"), {"i": line.id})

        # The draft deleted before the upgrade keeps its id: the next one is above it.
        assert _draft(engine) == newest + 1
        _delete(engine, newest + 1)
        assert _draft(engine) == newest + 2
    finally:
        engine.dispose()


def test_the_downgrade_keeps_the_rows(tmp_path):
    engine = _at_0024(tmp_path / "down.db")
    try:
        _world(engine)
        kept = _draft(engine)
        schema.migrate(engine, "0025")
        with engine.connect() as conn:
            before = _everything(conn)
        schema.migrate(engine, "0024", down=True)
        with engine.connect() as conn:
            assert "AUTOINCREMENT" not in conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'invoices'").scalar()
            after = _everything(conn)
            assert immutability.present(conn) == immutability.expected("sqlite")
        assert after["rows"] == {**before["rows"], "alembic_version": [("0024",)]}
        assert after["ddl"] == before["ddl"] and after["keys"] == before["keys"]
        assert _draft(engine) == kept + 1
    finally:
        engine.dispose()
