"""What the database refuses in the payment tables, whoever asks (as app/storage/immutability.py does for issued
invoices): the ledger and the allocations are only ever added to.

- ``ledger_entries`` and ``payment_allocations``: never updated or deleted. A wrong entry is answered by a new
  one (a reversal, a refund, an allocation taken back), so the history of an account stays what happened.
- ``payments``: never deleted; an update may change only ``status`` (received -> reversed) and ``version``.
- ``payment_accounts``: never deleted; an update may change only ``version`` (the lock of app/payments).

Migration 0008 creates these triggers with ``create``. Each refusal's message starts with ``[prorata:<id>]``;
``app.storage.immutability.refusal`` turns it into the ``ProrataError`` of that id (``REFUSALS``), so the
person reads words. PostgreSQL's TRUNCATE is not refused (tests empty their database with it; no login of the
application is granted it).
"""
from __future__ import annotations

from sqlalchemy.engine import Connection

from app.errors import MESSAGES
from app.storage import triggers

REFUSALS = ("ledger_frozen", "allocation_frozen", "payment_frozen", "payment_account_frozen")
_TEXT = {
    "ledger_frozen": "ledger entries are appended, never changed or deleted",
    "allocation_frozen": "allocations are appended, never changed or deleted; take one back with a new one",
    "payment_frozen": "a payment is never deleted; only its status may change, from received to reversed",
    "payment_account_frozen": "a payment account is never deleted or given to another customer",
}
for _id, _words in _TEXT.items():
    MESSAGES.setdefault(_id, "the database refused the change: " + _words)

_PAYMENT_FROZEN = ("id", "reseller_id", "account_id", "method", "amount", "currency", "received_on", "reference",
                   "recorded_by", "recorded_at", "collected_by", "processor", "processor_ref")
_ACCOUNT_FROZEN = ("id", "reseller_id", "customer_key", "company_id", "customer_reseller_id", "issuer_key",
                   "issuer_reseller_id", "currency", "created_at")


def _message(error_id: str) -> str:
    return f"[prorata:{error_id}] {_TEXT[error_id]}"


def _changed(dialect: str, columns: tuple[str, ...]) -> str:
    op = "IS NOT" if dialect == "sqlite" else "IS DISTINCT FROM"
    return " OR ".join(f"NEW.{c} {op} OLD.{c}" for c in columns)


def _payment_update_refused(dialect: str) -> str:
    return (f"({_changed(dialect, _PAYMENT_FROZEN)}) OR NOT (NEW.status = OLD.status OR "
            "(OLD.status = 'received' AND NEW.status = 'reversed'))")


def _sqlite_triggers() -> dict[str, str]:
    def refuse(error_id: str) -> str:
        return f"BEGIN SELECT RAISE(ABORT, '{_message(error_id)}'); END"

    return {
        "ledger_entries_no_update": f"BEFORE UPDATE ON ledger_entries {refuse('ledger_frozen')}",
        "ledger_entries_no_delete": f"BEFORE DELETE ON ledger_entries {refuse('ledger_frozen')}",
        "payment_allocations_no_update": f"BEFORE UPDATE ON payment_allocations {refuse('allocation_frozen')}",
        "payment_allocations_no_delete": f"BEFORE DELETE ON payment_allocations {refuse('allocation_frozen')}",
        "payments_no_delete": f"BEFORE DELETE ON payments {refuse('payment_frozen')}",
        "payments_frozen_update": f"BEFORE UPDATE ON payments WHEN {_payment_update_refused('sqlite')} "
                                  f"{refuse('payment_frozen')}",
        "payment_accounts_no_delete": f"BEFORE DELETE ON payment_accounts {refuse('payment_account_frozen')}",
        "payment_accounts_frozen_update": f"BEFORE UPDATE ON payment_accounts WHEN "
                                          f"{_changed('sqlite', _ACCOUNT_FROZEN)} {refuse('payment_account_frozen')}",
    }


def _pg_raise(error_id: str) -> str:
    return f"RAISE EXCEPTION '{_message(error_id)}' USING ERRCODE = 'restrict_violation';"


def _postgresql_functions() -> dict[str, str]:
    return {
        "prorata_ledger_frozen": f"BEGIN {_pg_raise('ledger_frozen')} END",
        "prorata_allocation_frozen": f"BEGIN {_pg_raise('allocation_frozen')} END",
        "prorata_payment_frozen": f"""
            BEGIN
                IF TG_OP = 'DELETE' OR {_payment_update_refused('postgresql')} THEN
                    {_pg_raise('payment_frozen')}
                END IF;
                RETURN NEW;
            END""",
        "prorata_payment_account_frozen": f"""
            BEGIN
                IF TG_OP = 'DELETE' OR {_changed('postgresql', _ACCOUNT_FROZEN)} THEN
                    {_pg_raise('payment_account_frozen')}
                END IF;
                RETURN NEW;
            END""",
    }


_PG_TRIGGERS = {  # trigger name -> (table, the DDL after "CREATE TRIGGER <name>")
    "ledger_entries_append_only": ("ledger_entries", "BEFORE UPDATE OR DELETE ON ledger_entries FOR EACH ROW "
                                                     "EXECUTE FUNCTION prorata_ledger_frozen()"),
    "payment_allocations_append_only": ("payment_allocations", "BEFORE UPDATE OR DELETE ON payment_allocations "
                                                               "FOR EACH ROW EXECUTE FUNCTION "
                                                               "prorata_allocation_frozen()"),
    "payments_frozen": ("payments", "BEFORE UPDATE OR DELETE ON payments FOR EACH ROW "
                                    "EXECUTE FUNCTION prorata_payment_frozen()"),
    "payment_accounts_frozen": ("payment_accounts", "BEFORE UPDATE OR DELETE ON payment_accounts FOR EACH ROW "
                                                    "EXECUTE FUNCTION prorata_payment_account_frozen()"),
}


TABLES = ("ledger_entries", "payment_allocations", "payments", "payment_accounts")


def present(conn: Connection) -> set[str]:
    """The names of the triggers the database has on these tables."""
    from app.storage import immutability

    return immutability.present(conn, TABLES)


def expected(dialect: str) -> set[str]:
    """The name of every trigger of these tables a database at head has."""
    return set(_sqlite_triggers()) if dialect == "sqlite" else set(_PG_TRIGGERS)


def create(conn: Connection) -> None:
    """Create every trigger of ``expected`` that is missing."""
    triggers.install(conn, present(conn), _sqlite_triggers(), _postgresql_functions(), _PG_TRIGGERS)


def drop(conn: Connection) -> None:
    """Drop what ``create`` made."""
    triggers.remove(conn, _sqlite_triggers(), _postgresql_functions(), _PG_TRIGGERS)
