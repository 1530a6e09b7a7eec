"""legacy audit head closed: only the hoster's staff read it, and no one changes it (issue 10)

Migration 0016 left the frozen head of the ``legacy`` audit chain (the entries written before the log was
chained per owner) readable by every staff login and writable by the hoster's: a reseller's staff read its hash,
and a hoster admin could UPDATE it. From here on:

- Row-level security gives it to the hoster's staff only (app/storage/row_security.py, ``audit_chain``); a
  reseller's staff learn only where the legacy chain ends, from ``prorata_security.audit_legacy_last_id()``,
  which ``audit verify`` needs so as not to take their legacy entries for their own chain's (they are told the
  legacy chain is the hoster's to check, app/services/verification.py). No staff policy lets a login write it.
- A trigger refuses every UPDATE of it, and making another head the legacy one, to every login, the database's
  owner included (PostgreSQL and SQLite, app/storage/immutability.py). Deleting it was refused already (0003).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06
"""
from alembic import op

from app.storage import immutability, row_security


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    immutability.create(conn)  # every trigger there already; adds the legacy head's
    if conn.dialect.name == 'postgresql':
        row_security.apply(conn)


def downgrade() -> None:
    """The trigger and the function go; the policies are those of the code that runs the downgrade."""
    conn = op.get_bind()
    immutability.unfreeze_legacy_audit_head(conn)
    if conn.dialect.name == 'postgresql':
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {row_security.SCHEMA}.audit_legacy_last_id()")
