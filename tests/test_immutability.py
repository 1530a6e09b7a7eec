"""The database itself refuses changes to issued invoices, their lines, recorded events and given numbers, for
every login of the application, and says so in the app's words; drafts stay editable; every trigger the schema
relies on exists at head."""
from __future__ import annotations

import uuid
from contextlib import contextmanager
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import create_engine, delete, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from app.billing.run import run_billing
from app.errors import MESSAGES, ProrataError
from app.models import TRANSITIONS, CompanyEvent, Invoice, InvoiceLine, NumberSeries
from app.models.invoices import InvoiceChainHead
from app.services import audit, invoices
from app.storage import immutability, schema
from app.storage.engine import make_engine, unit_of_work
from tests.billing_world import add_company, add_events, build, set_minimum

D = Decimal
INVOICE_WORDS = ("the database refused the change: only a draft invoice can be changed or deleted; an issued "
                 "invoice is corrected with a credit note")
LINE_WORDS = "the database refused the change: only the lines of a draft invoice can be added, changed or deleted"
EVENT_WORDS = ("the database refused the change: a company's recorded changes are never edited or deleted; "
               "record a new change instead")
SERIES_WORDS = ("the database refused the change: an invoice number series is never removed or set back, so that "
                "no number is given twice")

SQLITE_TRIGGERS = {
    "audit_log_no_update", "audit_log_no_delete", "audit_chain_no_delete",
    "invoices_frozen_update", "invoices_frozen_delete",
    "invoice_lines_frozen_insert", "invoice_lines_frozen_update", "invoice_lines_frozen_delete",
    "company_events_no_update", "company_events_no_delete",
    "number_series_no_delete", "number_series_no_setback",
    "invoice_chain_heads_no_delete", "invoice_chain_heads_no_setback", "audit_chain_legacy_frozen"}
POSTGRESQL_TRIGGERS = {
    "audit_log_append_only", "audit_chain_no_delete", "invoices_frozen", "invoice_lines_frozen_insert",
    "invoice_lines_frozen", "company_events_frozen", "number_series_frozen", "invoice_chain_heads_frozen",
    "audit_chain_legacy_frozen", "invoices_born"}


@contextmanager
def database_at(db, tmp_path, revision: str):
    """A new, empty database of ``db``'s backend, migrated up to ``revision``."""
    if db.dialect.name == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / f'at-{revision}-{uuid.uuid4().hex[:6]}.db'}")
        try:
            migrate(engine, revision)
            yield engine
        finally:
            engine.dispose()
        return
    admin = create_engine(db.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    name = f"prorata_at_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(db.url.set(database=name))
    try:
        migrate(engine, revision)
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def migrate(engine, revision: str) -> None:
    schema.migrate(engine, revision)  # as ``schema.upgrade`` runs them (SQLite's foreign-key checks off)


def refused(engine, change) -> ProrataError:
    """Run ``change(session)`` in a unit of work; the ProrataError it ends with."""
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(engine) as s:
            change(s)
    return exc.value


def words(engine, change) -> list[str]:
    return refused(engine, change).messages()


@pytest.fixture
def issued(db):
    """One direct company with archiving (20.00 EUR a month), its Jan 31 invoice issued by a run: INV-2026-00001."""
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 2, 15), issue=True)
    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice)).one()
        assert (inv.number, inv.status) == ("INV-2026-00001", "issued")
        w.invoice = inv.id
    return w


def invoice_row(engine, invoice_id):
    with unit_of_work(engine) as s:
        t = Invoice.__table__
        return s.execute(select(t).where(t.c.id == invoice_id)).one()


def line_rows(engine, invoice_id):
    with unit_of_work(engine) as s:
        t = InvoiceLine.__table__
        return s.execute(select(t).where(t.c.invoice_id == invoice_id).order_by(t.c.position)).all()


# --- the triggers exist ---------------------------------------------------------------------------------


def test_every_trigger_exists_at_head(db):
    """A future migration that rebuilds one of these tables on SQLite (and so drops its triggers) fails here."""
    with db.connect() as conn:
        there = immutability.present(conn)
    wanted = SQLITE_TRIGGERS if db.dialect.name == "sqlite" else POSTGRESQL_TRIGGERS
    assert immutability.expected(db.dialect.name) == wanted
    assert wanted <= there, sorted(wanted - there)


def test_the_audit_logs_triggers_survive_migration_0005(db, tmp_path):
    """0005 rebuilt company_events on SQLite; the audit log's triggers of 0003 are still there after it."""
    audit = ({"audit_log_no_update", "audit_log_no_delete", "audit_chain_no_delete"} if db.dialect.name == "sqlite"
             else {"audit_log_append_only", "audit_chain_no_delete"})
    with database_at(db, tmp_path, "0005") as old:
        with old.connect() as conn:
            assert audit <= immutability.present(conn)
        migrate(old, "head")
        with old.connect() as conn:
            assert immutability.expected(db.dialect.name) <= immutability.present(conn)


def test_create_restores_only_what_a_rebuild_dropped(sqlite_db):
    with unit_of_work(sqlite_db) as s:
        audit.record(s, "enable", "currency", "EUR", after={"enabled": True}, actor="ann")
    with sqlite_db.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")
        conn.exec_driver_sql("DROP TRIGGER invoices_frozen_update")
        immutability.create(conn)
        assert immutability.present(conn) == SQLITE_TRIGGERS
    with pytest.raises(DBAPIError, match="append-only"):
        with sqlite_db.begin() as conn:
            conn.exec_driver_sql("DELETE FROM audit_log")


def test_every_invoice_column_is_either_frozen_or_mutable():
    """A new column must be classified: kept once issued, or allowed to change."""
    columns = set(Invoice.__table__.c.keys())
    frozen, mutable = set(immutability.FROZEN_INVOICE_COLUMNS), set(immutability.MUTABLE_INVOICE_COLUMNS)
    assert not frozen & mutable
    assert frozen | mutable == columns
    assert mutable == {"status", "version", "carried_into_id"}


def test_the_database_allows_every_transition_the_app_makes():
    moves = {f"{a}>{b}" for a, targets in TRANSITIONS.items() if a != "draft" for b in targets}
    assert moves == set(immutability.MOVES)


# --- issued invoices --------------------------------------------------------------------------------------


def test_an_issued_invoice_cannot_be_changed_or_deleted(db, issued):
    inv = issued.invoice
    before = invoice_row(db, inv)
    t = Invoice.__table__
    for values in ({"total": D("1.00")}, {"number": "INV-2026-00099"}, {"issue_date": date(2026, 3, 1)},
                   {"company_id": None}, {"currency": "USD"}, {"chain_hash": "0" * 64}, {"status": "draft"}):
        assert words(db, lambda s: s.execute(update(t).where(t.c.id == inv).values(**values)))[0] == INVOICE_WORDS
    assert words(db, lambda s: s.execute(delete(t).where(t.c.id == inv))) == [INVOICE_WORDS]
    assert words(db, lambda s: s.delete(s.get(Invoice, inv))) == [INVOICE_WORDS]
    # Plain SQL on the application's own connection, as any SQL client: the database's own message.
    with pytest.raises(DBAPIError, match=r"\[prorata:issued_invoice_frozen\]"):
        with db.begin() as conn:
            conn.execute(text("UPDATE invoices SET total = 0"))
    with pytest.raises(DBAPIError, match=r"\[prorata:issued_invoice_frozen\]"):
        with db.begin() as conn:
            conn.execute(text("DELETE FROM invoices"))
    assert invoice_row(db, inv) == before


def test_an_issued_invoice_moves_only_along_its_transitions(db, issued):
    inv, t = issued.invoice, Invoice.__table__

    def status(value, version=None):
        return lambda s: s.execute(update(t).where(t.c.id == inv).values(
            status=value, **({} if version is None else {"version": version})))

    with unit_of_work(db) as s:
        status("partially_paid", version=7)(s)
    with unit_of_work(db) as s:
        status("paid")(s)
    assert words(db, status("issued")) == [INVOICE_WORDS]
    assert words(db, status("deferred")) == [INVOICE_WORDS]
    with unit_of_work(db) as s:
        status("void")(s)
    assert words(db, status("paid")) == [INVOICE_WORDS]
    assert (invoice_row(db, inv).status, invoice_row(db, inv).version) == ("void", 7)


def test_the_lines_of_an_issued_invoice_cannot_be_added_changed_or_deleted(db, issued):
    inv, lt = issued.invoice, InvoiceLine.__table__
    before = line_rows(db, inv)
    assert len(before) == 1
    first = before[0].id
    assert words(db, lambda s: s.execute(update(lt).where(lt.c.id == first).values(amount=D("0.01")))) == [LINE_WORDS]
    assert words(db, lambda s: s.execute(delete(lt).where(lt.c.invoice_id == inv))) == [LINE_WORDS]
    assert words(db, lambda s: s.execute(insert(lt).values(
        invoice_id=inv, position=1, kind="manual", quantity=D(1), unit_price=D("5.00"), amount=D("5.00"),
        tax_rate=D(0)))) == [LINE_WORDS]
    # Nor can a draft's line be moved onto it.
    with unit_of_work(db) as s:
        draft = invoices.create_manual(s, "d1", "EUR", [invoices.ManualLine({"en": "Setup"}, D(1), D("30.00"))])
        draft_line = s.scalar(select(lt.c.id).where(lt.c.invoice_id == draft.id))
    assert words(db, lambda s: s.execute(update(lt).where(lt.c.id == draft_line).values(invoice_id=inv))) == [
        LINE_WORDS]
    assert line_rows(db, inv) == before


def _insert_issued(s, issued, number: str) -> int:
    """An invoice of d1 written issued at once, as a billing run writes it on PostgreSQL."""
    t = Invoice.__table__
    return s.execute(insert(t).values(
        kind="invoice", number=number, issuer_key="hoster", company_id=issued.companies["d1"], currency="EUR",
        language="en", status="issued", issue_date=date(2026, 3, 1), subtotal=D("5.00"), tax=D(0), total=D("5.00"),
        created_at=date(2026, 3, 1), issued_at=date(2026, 3, 1)).returning(t.c.id)).scalar_one()


def _line(invoice_id: int):
    return insert(InvoiceLine.__table__).values(invoice_id=invoice_id, position=0, kind="manual", quantity=D(1),
                                                unit_price=D("5.00"), amount=D("5.00"), tax_rate=D(0))


def test_an_invoice_written_issued_takes_lines_only_in_the_transaction_that_wrote_it(db, issued):
    """PostgreSQL (migration 0041): the lines of an invoice written issued follow it in its transaction, and
    never after; SQLite keeps to drafts (its runs write drafts and issue them). The run's own invoice, written so
    on PostgreSQL, has its one line (the fixture)."""
    assert len(line_rows(db, issued.invoice)) == 1
    if db.dialect.name == "postgresql":
        with unit_of_work(db) as s:
            new = _insert_issued(s, issued, "INV-2026-00090")
            s.execute(_line(new))
        assert [r.amount for r in line_rows(db, new)] == [D("5.00")]
    else:
        def at_once(s):
            s.execute(_line(_insert_issued(s, issued, "INV-2026-00090")))
        assert words(db, at_once) == [LINE_WORDS]
        with unit_of_work(db) as s:
            new = _insert_issued(s, issued, "INV-2026-00090")
    assert words(db, lambda s: s.execute(_line(new))) == [LINE_WORDS]
    assert len(line_rows(db, new)) == (1 if db.dialect.name == "postgresql" else 0)


@pytest.mark.pg
def test_no_update_makes_an_invoice_take_lines_as_if_written_in_its_transaction(pg_db):
    """The mark (``born_xact``) is the database's: an issued invoice moved on (paid in part) in a transaction takes
    no line in it; the mark set by hand is kept as it was, on an issued invoice and on a draft issued after it,
    and a draft inserted with a mark gets none."""
    w = build(pg_db)
    add_company(pg_db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(pg_db, date(2026, 2, 15), issue=True)
    with unit_of_work(pg_db) as s:
        inv = s.scalars(select(Invoice.id)).one()
        draft = invoices.create_manual(s, "d1", "EUR", [invoices.ManualLine({"en": "Setup"}, D(1), D("30.00"))]).id
    t = Invoice.__table__

    def moved_then_lined(s):
        s.execute(update(t).where(t.c.id == inv).values(status="partially_paid"))
        s.execute(text("UPDATE invoices SET born_xact = pg_current_xact_id()::text::bigint WHERE id = :i"), dict(i=inv))
        s.execute(_line(inv))
    assert words(pg_db, moved_then_lined) == [LINE_WORDS]

    def draft_marked_issued_then_lined(s):
        s.execute(text("UPDATE invoices SET born_xact = pg_current_xact_id()::text::bigint WHERE id = :i"), dict(i=draft))
        s.execute(update(t).where(t.c.id == draft).values(status="issued", number="INV-2026-00091"))
        s.execute(_line(draft).values(position=5))
    assert words(pg_db, draft_marked_issued_then_lined) == [LINE_WORDS]
    with unit_of_work(pg_db) as s:
        marked = s.execute(text(
            "INSERT INTO invoices (kind, issuer_key, company_id, currency, language, status, subtotal, tax, total, "
            "created_at, version, born_xact) VALUES ('invoice', 'hoster', :c, 'EUR', 'en', 'draft', 0, 0, 0, now(), "
            "1, pg_current_xact_id()::text::bigint) RETURNING id"), dict(c=w.companies["d1"])).scalar_one()
    with unit_of_work(pg_db) as s:
        marks = dict(s.execute(text("SELECT id, born_xact IS NULL FROM invoices")).all())
    # The run's invoice keeps its mark (of the run's transaction); neither draft has one.
    assert marks == {inv: False, draft: True, marked: True}
    assert [r.status for r in [invoice_row(pg_db, inv), invoice_row(pg_db, draft)]] == ["issued", "draft"]
    assert len(line_rows(pg_db, inv)) == 1 and len(line_rows(pg_db, draft)) == 1


def test_drafts_stay_editable_and_deletable(db):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 2, 15))
    t, lt = Invoice.__table__, InvoiceLine.__table__
    with unit_of_work(db) as s:
        run_draft = s.scalar(select(t.c.id))
        # Anything on a draft, in plain SQL too.
        s.execute(update(t).where(t.c.id == run_draft).values(language="de_DE", tax_note="exempt"))
        s.execute(insert(lt).values(invoice_id=run_draft, position=5, kind="manual", quantity=D(1),
                                    unit_price=D("1.00"), amount=D("1.00"), tax_rate=D(0)))
        s.execute(delete(lt).where(lt.c.invoice_id == run_draft, lt.c.position == 5))
        manual = invoices.create_manual(s, "d1", "EUR", [invoices.ManualLine({"en": "Setup"}, D(2), D("30.00"))])
    with unit_of_work(db) as s:
        edited = invoices.edit_draft(s, manual.id, [invoices.ManualLine({"en": "Setup"}, D(3), D("30.00"))])
        assert edited.subtotal == D("90.00")  # 3 x 30.00
    with unit_of_work(db) as s:
        invoices.delete_draft(s, manual.id)
        invoices.delete_draft(s, run_draft)
    with unit_of_work(db) as s:
        assert s.scalars(select(t.c.id)).all() == []
        assert s.scalars(select(lt.c.id)).all() == []


def test_a_deferred_invoice_is_carried_and_released_only_by_its_carrier_draft(db):
    # test_billing_run's scenario: one mailbox at 6.50 (exempt) under a 10.00 minimum, a second from Feb 10.
    w = build(db)
    set_minimum(db, "hoster", "EUR", "10.00", "defer")
    add_company(db, w, "small", signup=date(2026, 1, 10), tax_treatment="exempt", events=[
        (date(2026, 1, 10), "subscribe", {"plan": "exchange-basic"}),
        (date(2026, 1, 10), "assign", {"plan": "exchange-basic", "user": "a@small.example"}),
        (date(2026, 2, 10), "assign", {"plan": "exchange-basic", "user": "b@small.example"})])
    run_billing(db, date(2026, 2, 10))
    t = Invoice.__table__

    def state():
        with unit_of_work(db) as s:
            return s.execute(select(t.c.status, t.c.number, t.c.total, t.c.carried_into_id).order_by(t.c.id)).all()

    jan, feb = _ids(db)
    assert state() == [("carried", None, D("6.50"), feb), ("draft", None, D("19.50"), None)]
    # A deferred invoice keeps its lines and amounts.
    assert words(db, lambda s: s.execute(update(t).where(t.c.id == jan).values(total=D("0")))) == [INVOICE_WORDS]
    # Deleting the draft it was carried into makes it deferred again; the next run carries it once more.
    with unit_of_work(db) as s:
        invoices.delete_draft(s, feb)
    assert state() == [("deferred", None, D("6.50"), None)]
    run_billing(db, date(2026, 2, 10), issue=True)
    feb = _ids(db)[1]
    assert state() == [("carried", None, D("6.50"), feb), ("issued", "INV-2026-00001", D("19.50"), None)]
    # Once its carrier is issued, it stays carried.
    assert words(db, lambda s: s.execute(update(t).where(t.c.id == jan).values(
        status="deferred", carried_into_id=None))) == [INVOICE_WORDS]
    assert words(db, lambda s: s.execute(update(t).where(t.c.id == jan).values(carried_into_id=None))) == [
        INVOICE_WORDS]


def _ids(engine) -> list[int]:
    with unit_of_work(engine) as s:
        return s.scalars(select(Invoice.id).order_by(Invoice.id)).all()


# --- events, numbers, chain heads ---------------------------------------------------------------------------


def test_company_events_are_appended_never_edited_or_deleted(db):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[
        (date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    e = CompanyEvent.__table__
    with unit_of_work(db) as s:
        first = s.scalar(select(e.c.id))
    assert words(db, lambda s: s.execute(update(e).where(e.c.id == first).values(date=date(2026, 2, 1)))) == [
        EVENT_WORDS]
    assert words(db, lambda s: s.execute(delete(e).where(e.c.id == first))) == [EVENT_WORDS]
    assert words(db, lambda s: s.delete(s.get(CompanyEvent, first))) == [EVENT_WORDS]
    # Appending goes on.
    add_events(db, w, "d1", [(date(2026, 3, 1), "cancel", {"plan": "archiving"})])
    with unit_of_work(db) as s:
        assert [(r.date, r.type) for r in s.execute(select(e.c.date, e.c.type).order_by(e.c.id))] == [
            (date(2026, 1, 31), "subscribe"), (date(2026, 3, 1), "cancel")]


def test_a_number_once_given_is_never_given_again(db, issued):
    ns = NumberSeries.__table__
    assert words(db, lambda s: s.execute(update(ns).values(next_seq=1))) == [SERIES_WORDS]
    assert words(db, lambda s: s.execute(update(ns).values(issuer_key="reseller:1"))) == [SERIES_WORDS]
    assert words(db, lambda s: s.execute(delete(ns))) == [SERIES_WORDS]
    # The series goes on from where it was: the credit note of INV-2026-00001 is INV-2026-00002.
    with unit_of_work(db) as s:
        note = invoices.credit(s, "INV-2026-00001", today=date(2026, 2, 20))
        assert note.number == "INV-2026-00002"
        assert s.scalar(select(ns.c.next_seq)) == 3


def test_an_invoice_chain_head_is_never_removed_or_set_back(db, issued):
    heads = InvoiceChainHead.__table__
    chain_words = ("the database refused the change: an issuer's chain of issued invoices is never removed or set "
                   "back")
    assert words(db, lambda s: s.execute(delete(heads))) == [chain_words]
    assert words(db, lambda s: s.execute(update(heads).values(last_pos=0))) == [chain_words]


def test_each_refusal_has_words():
    for error_id in immutability.REFUSALS:
        assert MESSAGES[error_id].startswith("the database refused the change: ")


def test_a_migration_rebuilding_invoices_keeps_every_trigger(sqlite_db):
    """SQLite's batch mode rebuilds a table (and drops its triggers); inside ``rebuilding`` all come back."""
    import sqlalchemy as sa
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    with sqlite_db.begin() as conn:
        op = Operations(MigrationContext.configure(conn))
        with immutability.rebuilding(conn):
            for table in ("invoices", "invoice_lines", "company_events", "number_series"):
                with op.batch_alter_table(table, recreate="always") as batch:
                    batch.add_column(sa.Column("later", sa.Integer(), nullable=True))
        assert immutability.present(conn) == SQLITE_TRIGGERS
