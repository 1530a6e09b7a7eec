"""the credit notes of an invoice indexed; staff logins compile no query with JIT (issue 10)

- ``ix_invoices_credits``: the credit notes of an invoice (``credits_id``, the credit note's link to the invoice
  it corrects). Asked whether an invoice is credited and by which note (app/services/invoice_claims.py ``lost``:
  "credited meanwhile ... (credit note N)"; app/services/issue_dates.py: the credit notes of an issuer's invoices),
  and by the key from ``credits_id`` to ``invoices`` on PostgreSQL whenever an invoice is deleted (a draft, a run's
  drafts): with no index each of these read every invoice. Partial, ``WHERE credits_id IS NOT NULL`` (only credit
  notes have one; ``credits_id = ?`` and ``credits_id IN (...)`` imply it, on both databases), so the hoster's run
  writing invoices pays nothing for it.
- PostgreSQL: every staff login has ``jit = off`` as its session default (``ALTER ROLE <login> SET``; a group role's
  settings are not inherited by its members): set by ``add_staff`` as a login is made, and here, through
  ``row_security.apply``, for the logins made before (app/storage/row_security.py ``LOGIN_SETTINGS``). The policies'
  correlated EXISTS clauses are costed per row, so a reseller's read of a few 10,000 rows was compiled, which took
  longer than the read (a reseller clerk's billed periods 278 ms against 13 ms, its invoice list 373 ms against
  50 ms; bench/bench_row_security.py).

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-07
"""
from alembic import op
from sqlalchemy import text

from app.storage import row_security


revision = '0030'
down_revision = '0029'
branch_labels = None
depends_on = None

_CREDITS = text("credits_id IS NOT NULL")


def upgrade() -> None:
    op.create_index('ix_invoices_credits', 'invoices', ['credits_id'], unique=False,
                    sqlite_where=_CREDITS, postgresql_where=_CREDITS)
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.apply(conn)


def downgrade() -> None:
    # The logins keep ``jit = off`` (a performance setting only; the add_staff of the code that runs next is its own).
    op.drop_index('ix_invoices_credits', table_name='invoices')
