"""What the database itself refuses, whoever asks: changes to issued invoices and their lines, to recorded
company events, to given invoice numbers and to the chains' heads.

The application never makes these changes (an issued invoice is corrected by a credit note; events are
appended); the triggers here make them impossible for every login of the application on SQLite and
PostgreSQL, through any SQL client. Migration 0006 creates them with ``create``.

- ``invoices``: a draft may be edited and deleted. Any other invoice is never deleted, and an update may
  change only its ``status`` (along ``MOVES``), its ``version``, and ``carried_into_id`` (a deferred
  invoice carried into a later one; back to deferred only while that later one is still a draft, which is
  what deleting that draft does).
- ``invoice_lines``: no line of an invoice that is not a draft is inserted, changed or deleted. Writers
  insert a new invoice as a draft, write its lines, then make it issued (or deferred); on PostgreSQL the lines
  of an invoice written issued (or deferred) may be written in the transaction that wrote it (migration 0041:
  ``invoices.born_xact``, which a trigger sets to that transaction's id when an invoice is not inserted as a
  draft and nothing changes afterwards; a reseller's login writes drafts only, app/storage/row_security.py), so
  that a billing run writes each invoice once.
- ``company_events``: never updated or deleted.
- ``number_series``: never deleted, ``next_seq`` never set back: a number once given is never given again.
- ``invoice_chain_heads``: never deleted or set back (app/services/invoice_chain.py).
- ``audit_chain``: the head of the ``legacy`` chain (the entries written before the log was chained per owner,
  migration 0016) is frozen: never updated, and no other head becomes it (migration 0018). Like every head, it
  is never deleted (migration 0003's trigger).

Each refusal's message starts with ``[prorata:<error id>]``; ``refusal`` turns such a database error into
the ``ProrataError`` of that id (``app.storage.engine.unit_of_work`` asks it), so that a person reads words,
not a traceback. The audit log's own triggers (migration 0003) are listed here too, so that one test checks
every trigger the schema relies on.

SQLite drops a table's triggers when a batch migration rebuilds the table, and refuses to rename the rebuilt
``invoices`` into place while the triggers of ``invoice_lines`` name it: a migration that rebuilds one of these
tables does so inside ``with immutability.rebuilding(op.get_bind()):``, which drops the triggers and creates them
again after. A test checks that a database upgraded to head has every trigger of ``expected``.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy.engine import Connection

from app.errors import MESSAGES
from app.storage import triggers

# An invoice that is not a draft keeps every column but these.
MUTABLE_INVOICE_COLUMNS = ("status", "version", "carried_into_id")
FROZEN_INVOICE_COLUMNS = (
    "id", "kind", "number", "issuer_key", "issuer_reseller_id", "company_id", "customer_reseller_id",
    "reseller_id", "currency", "language", "issue_date", "period_start", "period_end", "subtotal", "tax",
    "total", "tax_note", "credits_id", "created_at", "issued_at", "chain_pos", "chain_prev", "chain_hash",
    "collected_by")
# Of those, the columns a later migration added: left out of the triggers of a database without them (the
# triggers made by an earlier migration, or by a downgrade that dropped the column).
_ADDED_INVOICE_COLUMNS = ("collected_by",)
# The status changes of an invoice that is not a draft (app.models.invoices.TRANSITIONS, as of this
# schema; a test holds them together). carried -> deferred is allowed only as described above.
MOVES = ("issued>partially_paid", "issued>paid", "issued>void", "partially_paid>paid", "partially_paid>void",
         "paid>void", "deferred>carried", "paid>partially_paid", "paid>issued", "partially_paid>issued")
# The column the lines' trigger finds an invoice written issued in this transaction by (PostgreSQL, migration
# 0041): the database's own, kept by a trigger, not in the models; ``XACT`` is this transaction's id in it.
BORN = "born_xact"
BORN_TRIGGER = "invoices_born"  # what keeps it; there from that migration on
XACT = "pg_current_xact_id()::text::bigint"
# Of MOVES, those that reopen an invoice: a payment that did not hold (a bounced check, a returned debit) has
# its allocations taken back (app/payments/reversals.py). Allowed only once the schema has allocations
# (migration 0008), an allocation to the invoice was taken back (a negative one) and what is left of them no
# longer covers its total; before 0008 they are refused like any move not listed.
REOPENS = ("paid>partially_paid", "paid>issued", "partially_paid>issued")

REFUSALS = ("issued_invoice_frozen", "issued_lines_frozen", "event_frozen", "number_series_frozen",
            "invoice_chain_frozen", "audit_legacy_frozen")
_TEXT = {
    "issued_invoice_frozen": "only a draft invoice can be changed or deleted; correct an issued one with "
                             "a credit note",
    "issued_lines_frozen": "only the lines of a draft invoice can be added, changed or deleted",
    "event_frozen": "company events are appended, never changed or deleted",
    "number_series_frozen": "an invoice number series is never removed or set back",
    "invoice_chain_frozen": "an invoice chain head is never removed or set back",
    "audit_legacy_frozen": "the head of the audit entries recorded before the log was chained per owner is "
                           "frozen: it is never changed",
}
MESSAGES.setdefault("audit_legacy_frozen", "the database refused the change: the audit entries recorded before the "
                                           "log was chained per owner are closed; their chain's head is never "
                                           "changed")
_MARK = re.compile(r"\[prorata:(\w+)\]")

# The audit log's triggers, as migration 0003 creates them (SQLite DDL, to restore them if a rebuild of
# audit_log or audit_chain dropped them).
_AUDIT_REFUSED = "audit_log is append-only: its entries cannot be changed or deleted"
_AUDIT_SQLITE = {
    "audit_log_no_update": f"BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, '{_AUDIT_REFUSED}'); END",
    "audit_log_no_delete": f"BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, '{_AUDIT_REFUSED}'); END",
    "audit_chain_no_delete": "BEFORE DELETE ON audit_chain "
                             "BEGIN SELECT RAISE(ABORT, 'the audit chain head cannot be deleted'); END",
}
_AUDIT_POSTGRESQL = ("audit_log_append_only", "audit_chain_no_delete")

# The frozen legacy audit chain head (migration 0018): only once audit_chain is keyed by ``chain`` (0016).
_LEGACY_WHEN = "OLD.chain = 'legacy' OR NEW.chain = 'legacy'"
_LEGACY_SQLITE = {
    "audit_chain_legacy_frozen": f"BEFORE UPDATE ON audit_chain WHEN {_LEGACY_WHEN} "
                                 f"BEGIN SELECT RAISE(ABORT, '[prorata:audit_legacy_frozen] "
                                 f"{_TEXT['audit_legacy_frozen']}'); END",
}
_LEGACY_FUNCTIONS = {
    "prorata_audit_legacy_frozen": f"""
            BEGIN
                RAISE EXCEPTION '[prorata:audit_legacy_frozen] {_TEXT['audit_legacy_frozen']}'
                    USING ERRCODE = 'restrict_violation';
            END""",
}
_LEGACY_POSTGRESQL = {  # the function is called only for the legacy row (WHEN): an audit entry's head update skips it
    "audit_chain_legacy_frozen": ("audit_chain", f"BEFORE UPDATE ON audit_chain FOR EACH ROW WHEN ({_LEGACY_WHEN}) "
                                                 "EXECUTE FUNCTION prorata_audit_legacy_frozen()"),
}


def _message(error_id: str) -> str:
    return f"[prorata:{error_id}] {_TEXT[error_id]}"


def _differs(dialect: str, column: str) -> str:
    if dialect == "sqlite":
        return f"NEW.{column} IS NOT OLD.{column}"
    return f"NEW.{column} IS DISTINCT FROM OLD.{column}"


def _invoice_update_refused(dialect: str, reopen: bool = False,
                            frozen_columns: tuple[str, ...] = FROZEN_INVOICE_COLUMNS) -> str:
    """The condition, on OLD (not a draft) and NEW, under which an update of an invoice is refused.
    ``reopen``: the schema has payment_allocations, so the moves of ``REOPENS`` may be allowed.
    ``frozen_columns``: those of ``FROZEN_INVOICE_COLUMNS`` the table has (``_frozen_present``)."""
    frozen = " OR ".join(_differs(dialect, c) for c in frozen_columns)
    moves = ", ".join(f"'{m}'" for m in MOVES if m not in REOPENS)
    uncarried = ("(OLD.status = 'carried' AND NEW.status = 'deferred' AND NEW.carried_into_id IS NULL "
                 "AND EXISTS (SELECT 1 FROM invoices c WHERE c.id = OLD.carried_into_id AND c.status = 'draft'))")
    status_ok = f"NEW.status = OLD.status OR (OLD.status || '>' || NEW.status) IN ({moves}) OR {uncarried}"
    if reopen:
        reopens = ", ".join(f"'{m}'" for m in REOPENS)
        status_ok += (f" OR ((OLD.status || '>' || NEW.status) IN ({reopens}) "
                      "AND EXISTS (SELECT 1 FROM payment_allocations a WHERE a.invoice_id = OLD.id AND a.amount < 0) "
                      "AND (SELECT COALESCE(SUM(a.amount), 0) FROM payment_allocations a "
                      "WHERE a.invoice_id = OLD.id) < OLD.total)")
    carried = ("(OLD.status = 'deferred' AND NEW.status = 'carried' AND OLD.carried_into_id IS NULL "
               "AND NEW.carried_into_id IS NOT NULL)")
    carry_ok = f"NOT ({_differs(dialect, 'carried_into_id')}) OR {carried} OR {uncarried}"
    return f"({frozen}) OR NOT ({status_ok}) OR NOT ({carry_ok})"


def _not_draft(invoice_id: str) -> str:
    return f"EXISTS (SELECT 1 FROM invoices i WHERE i.id = {invoice_id} AND i.status <> 'draft')"


def _sqlite_triggers(reopen: bool = False,
                     frozen_columns: tuple[str, ...] = FROZEN_INVOICE_COLUMNS) -> dict[str, str]:
    """Trigger name -> the DDL after ``CREATE TRIGGER [IF NOT EXISTS] <name>``."""
    def refuse(error_id: str) -> str:
        return f"BEGIN SELECT RAISE(ABORT, '{_message(error_id)}'); END"

    return {
        "invoices_frozen_update": f"BEFORE UPDATE ON invoices WHEN OLD.status <> 'draft' AND "
                                  f"({_invoice_update_refused('sqlite', reopen, frozen_columns)}) "
                                  f"{refuse('issued_invoice_frozen')}",
        "invoices_frozen_delete": f"BEFORE DELETE ON invoices WHEN OLD.status <> 'draft' "
                                  f"{refuse('issued_invoice_frozen')}",
        "invoice_lines_frozen_insert": f"BEFORE INSERT ON invoice_lines WHEN {_not_draft('NEW.invoice_id')} "
                                       f"{refuse('issued_lines_frozen')}",
        "invoice_lines_frozen_update": f"BEFORE UPDATE ON invoice_lines WHEN {_not_draft('OLD.invoice_id')} "
                                       f"OR {_not_draft('NEW.invoice_id')} {refuse('issued_lines_frozen')}",
        "invoice_lines_frozen_delete": f"BEFORE DELETE ON invoice_lines WHEN {_not_draft('OLD.invoice_id')} "
                                       f"{refuse('issued_lines_frozen')}",
        "company_events_no_update": f"BEFORE UPDATE ON company_events {refuse('event_frozen')}",
        "company_events_no_delete": f"BEFORE DELETE ON company_events {refuse('event_frozen')}",
        "number_series_no_delete": f"BEFORE DELETE ON number_series {refuse('number_series_frozen')}",
        "number_series_no_setback": "BEFORE UPDATE ON number_series WHEN NEW.next_seq < OLD.next_seq "
                                    "OR NEW.issuer_key IS NOT OLD.issuer_key OR NEW.year IS NOT OLD.year "
                                    f"{refuse('number_series_frozen')}",
        "invoice_chain_heads_no_delete": f"BEFORE DELETE ON invoice_chain_heads {refuse('invoice_chain_frozen')}",
        "invoice_chain_heads_no_setback": "BEFORE UPDATE ON invoice_chain_heads WHEN NEW.last_pos < OLD.last_pos "
                                          "OR NEW.issuer_key IS NOT OLD.issuer_key "
                                          f"{refuse('invoice_chain_frozen')}",
    }


def _pg_raise(error_id: str) -> str:
    return f"RAISE EXCEPTION '{_message(error_id)}' USING ERRCODE = 'restrict_violation';"


def _postgresql_functions(reopen: bool = False, frozen_columns: tuple[str, ...] = FROZEN_INVOICE_COLUMNS,
                          born: bool = True) -> dict[str, str]:
    """Function name -> its body (plpgsql). ``born``: the invoices table has ``BORN`` (migration 0041)."""
    written_here = f" AND i.{BORN} IS DISTINCT FROM {XACT}" if born else ""
    return {
        "prorata_invoice_frozen": f"""
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    {_pg_raise('issued_invoice_frozen')}
                END IF;
                IF {_invoice_update_refused('postgresql', reopen, frozen_columns)} THEN
                    {_pg_raise('issued_invoice_frozen')}
                END IF;
                RETURN NEW;
            END""",
        # Statement-level, over the inserted rows at once: a billing run COPYs thousands of lines.
        "prorata_invoice_lines_added": f"""
            BEGIN
                IF EXISTS (SELECT 1 FROM prorata_added a JOIN invoices i ON i.id = a.invoice_id
                           WHERE i.status <> 'draft'{written_here}) THEN
                    {_pg_raise('issued_lines_frozen')}
                END IF;
                RETURN NULL;
            END""",
        "prorata_invoice_lines_frozen": f"""
            BEGIN
                IF {_not_draft('OLD.invoice_id')} THEN
                    {_pg_raise('issued_lines_frozen')}
                END IF;
                IF TG_OP = 'DELETE' THEN
                    RETURN OLD;
                END IF;
                IF {_not_draft('NEW.invoice_id')} THEN
                    {_pg_raise('issued_lines_frozen')}
                END IF;
                RETURN NEW;
            END""",
        # An invoice not inserted as a draft is marked with the transaction writing it; nothing changes the mark.
        "prorata_invoice_born": f"""
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    NEW.{BORN} := CASE WHEN NEW.status <> 'draft' THEN {XACT} END;
                ELSE
                    NEW.{BORN} := OLD.{BORN};
                END IF;
                RETURN NEW;
            END""",
        "prorata_event_frozen": f"""
            BEGIN
                {_pg_raise('event_frozen')}
            END""",
        "prorata_number_series_frozen": f"""
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    {_pg_raise('number_series_frozen')}
                END IF;
                IF NEW.next_seq < OLD.next_seq OR NEW.issuer_key IS DISTINCT FROM OLD.issuer_key
                        OR NEW.year IS DISTINCT FROM OLD.year THEN
                    {_pg_raise('number_series_frozen')}
                END IF;
                RETURN NEW;
            END""",
        "prorata_invoice_chain_frozen": f"""
            BEGIN
                IF TG_OP = 'DELETE' THEN
                    {_pg_raise('invoice_chain_frozen')}
                END IF;
                IF NEW.last_pos < OLD.last_pos OR NEW.issuer_key IS DISTINCT FROM OLD.issuer_key THEN
                    {_pg_raise('invoice_chain_frozen')}
                END IF;
                RETURN NEW;
            END""",
    }


_PG_TRIGGERS = {  # trigger name -> (table, the DDL after "CREATE TRIGGER <name>")
    "invoices_frozen": ("invoices", "BEFORE UPDATE OR DELETE ON invoices FOR EACH ROW "
                                    "WHEN (OLD.status <> 'draft') EXECUTE FUNCTION prorata_invoice_frozen()"),
    "invoices_born": ("invoices", f"BEFORE INSERT OR UPDATE OF {BORN} ON invoices FOR EACH ROW "
                                  "EXECUTE FUNCTION prorata_invoice_born()"),
    "invoice_lines_frozen_insert": ("invoice_lines", "AFTER INSERT ON invoice_lines REFERENCING NEW TABLE AS "
                                                     "prorata_added FOR EACH STATEMENT "
                                                     "EXECUTE FUNCTION prorata_invoice_lines_added()"),
    "invoice_lines_frozen": ("invoice_lines", "BEFORE UPDATE OR DELETE ON invoice_lines FOR EACH ROW "
                                              "EXECUTE FUNCTION prorata_invoice_lines_frozen()"),
    "company_events_frozen": ("company_events", "BEFORE UPDATE OR DELETE ON company_events FOR EACH ROW "
                                                "EXECUTE FUNCTION prorata_event_frozen()"),
    "number_series_frozen": ("number_series", "BEFORE UPDATE OR DELETE ON number_series FOR EACH ROW "
                                              "EXECUTE FUNCTION prorata_number_series_frozen()"),
    "invoice_chain_heads_frozen": ("invoice_chain_heads", "BEFORE UPDATE OR DELETE ON invoice_chain_heads "
                                                          "FOR EACH ROW EXECUTE FUNCTION prorata_invoice_chain_frozen()"),
}


def expected(dialect: str) -> set[str]:
    """The name of every trigger a database at head has (these and the audit log's)."""
    if dialect == "sqlite":
        return set(_sqlite_triggers()) | set(_AUDIT_SQLITE) | set(_LEGACY_SQLITE)
    return set(_PG_TRIGGERS) | set(_AUDIT_POSTGRESQL) | set(_LEGACY_POSTGRESQL)


GUARDED = ("invoices", "invoice_lines", "company_events", "number_series", "invoice_chain_heads", "audit_log",
           "audit_chain")


def present(conn: Connection, tables: tuple[str, ...] = GUARDED) -> set[str]:
    """The names of the triggers the database has on ``tables`` (by default the ones guarded here; the payment
    tables have their own, app/storage/ledger_guard.py)."""
    names = ", ".join(f"'{t}'" for t in tables)
    if conn.dialect.name == "sqlite":
        return set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                        f"AND tbl_name IN ({names})").scalars())
    return set(conn.exec_driver_sql("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal "
                                    f"AND tgrelid::regclass::text IN ({names})").scalars())


def _has_allocations(conn: Connection) -> bool:
    from sqlalchemy import inspect

    return inspect(conn).has_table("payment_allocations")


def _chained_per_owner(conn: Connection) -> bool:
    from sqlalchemy import inspect

    return "chain" in {c["name"] for c in inspect(conn).get_columns("audit_chain")}


def _born_present(conn: Connection) -> bool:
    from sqlalchemy import inspect

    return BORN in {c["name"] for c in inspect(conn).get_columns("invoices")}


def _frozen_present(conn: Connection) -> tuple[str, ...]:
    """``FROZEN_INVOICE_COLUMNS`` but those of ``_ADDED_INVOICE_COLUMNS`` the invoices table does not have yet."""
    from sqlalchemy import inspect

    have = {c["name"] for c in inspect(conn).get_columns("invoices")}
    return tuple(c for c in FROZEN_INVOICE_COLUMNS if c not in _ADDED_INVOICE_COLUMNS or c in have)


def create(conn: Connection) -> None:
    """Create every trigger of ``expected`` that is missing (the audit log's are restored, not changed); the
    legacy audit head's only once the audit log is chained per owner (before migration 0016 there is none).
    An issued invoice's columns frozen are those the table has (``_frozen_present``); on PostgreSQL the functions
    are replaced, so that a migration adding a frozen column freezes it by calling this (0035); on SQLite a
    trigger there is kept: such a migration drops ``invoices_frozen_update`` first (``refreeze_invoices``)."""
    there = present(conn)
    reopen = _has_allocations(conn)
    frozen = _frozen_present(conn)
    born = conn.dialect.name == "postgresql" and _born_present(conn)
    pg_triggers = {n: t for n, t in _PG_TRIGGERS.items() if born or n != BORN_TRIGGER}
    triggers.install(conn, there, {**_AUDIT_SQLITE, **_sqlite_triggers(reopen, frozen)},
                     _postgresql_functions(reopen, frozen, born), pg_triggers)
    if _chained_per_owner(conn):
        triggers.install(conn, there, _LEGACY_SQLITE, _LEGACY_FUNCTIONS, _LEGACY_POSTGRESQL)


def refreeze_invoices(conn: Connection) -> None:
    """The issued invoices' trigger made again for the columns the table has now (a migration that added or
    dropped one of ``_ADDED_INVOICE_COLUMNS``, which must drop SQLite's trigger before dropping the column)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS invoices_frozen_update")
    create(conn)


def unfreeze_legacy_audit_head(conn: Connection) -> None:
    """Drop the legacy audit head's trigger (migration 0018's downgrade)."""
    triggers.remove(conn, _LEGACY_SQLITE, _LEGACY_FUNCTIONS, _LEGACY_POSTGRESQL)


def drop(conn: Connection) -> None:
    """Drop the triggers ``create`` made (not the audit log's)."""
    triggers.remove(conn, _sqlite_triggers(), _postgresql_functions(), _PG_TRIGGERS)


@contextmanager
def rebuilding(conn: Connection) -> Iterator[None]:
    """For a migration that rebuilds tables (SQLite's batch mode): the triggers are dropped for the block and
    every trigger of ``expected`` is there after it."""
    drop(conn)
    yield
    create(conn)


def refusal(exc: BaseException):
    """The ``ProrataError`` for a database error raised by one of these triggers, else None."""
    from app.storage import ledger_guard

    found = _MARK.search(str(getattr(exc, "orig", None) or exc))
    if found is None or found.group(1) not in REFUSALS + ledger_guard.REFUSALS:
        return None
    from app.errors import ProrataError

    return ProrataError.of(found.group(1))
