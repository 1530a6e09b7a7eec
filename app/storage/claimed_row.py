"""A row claimed by one atomic write, created on first use.

Counters and chain heads (an invoice number series, the audit chain's head)
are read and changed by ``UPDATE ... RETURNING``: the write itself takes the
row (PostgreSQL's row lock, SQLite's write lock) until the transaction ends,
so two sessions never read the same value. A row that does not exist yet is
inserted only if still missing (``ON CONFLICT DO NOTHING``: a rival inserting
it at the same moment waits on the unique key, then does nothing) and claimed
again.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.orm import Session
    from sqlalchemy.sql.dml import Update


def claim_row(session: Session, claim: Update, table: Table, first: dict[str, Any],
              unique: list[str]) -> Any:
    """The value ``claim`` (an UPDATE ... RETURNING one column) returns; if no row matched, the row
    ``first`` is inserted unless a rival did (``unique``: its unique key's columns) and claimed again."""
    value = session.execute(claim).scalar_one_or_none()
    if value is None:
        # The dialects' INSERT ... ON CONFLICT, imported on first use: every command that audits imports
        # this module, and the PostgreSQL dialect alone takes longer to import than a command may to start.
        if session.get_bind().dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        session.execute(dialect_insert(table).values(first).on_conflict_do_nothing(index_elements=unique))
        value = session.execute(claim).scalar_one()
    return value
