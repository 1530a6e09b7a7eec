"""the accruals of an invoice and the deferred invoices it carries, indexed; a moved company's history read at the
cost of the plain query (issue 10)

- ``ix_accruals_invoice``: an invoice's accruals. Read when a draft is deleted (its accruals go with it), by a credit
  note or a copy (app/services/invoice_accruals.py ``billed_by``: what an invoice bills), by the accrual guard of
  a reseller's login and by the key from accruals to invoices on PostgreSQL: with no index on ``invoice_id`` each
  of these read every accrual (100,000s after a hoster's run). ``billed_by`` now asks for the carried invoices
  first, then for the accruals of those ids: asked in one statement (``invoice_id = ? OR invoice_id IN (...)``),
  PostgreSQL guessed half the table and read the accruals in id order, index or not. Its price: a bulk write of
  100,000 accruals about 0.27 s (13 %) slower (2.38 s against 2.11 s, on a loaded shared machine).
- ``ix_invoices_carried_into``: the deferred invoices an invoice carries (``billed_by``; a draft deleted gives
  them back, app/services/invoices.py, and the key from ``carried_into_id`` to ``invoices`` is checked;
  app/billing/settlement.py asks for those of a page of invoices). Partial, ``WHERE carried_into_id
  IS NOT NULL`` (few invoices are ever carried; ``carried_into_id = ?`` implies it, on both databases), so the
  hoster's run writing invoices pays nothing for it.
- PostgreSQL: the ``company_events`` reading policy asks the day a company left the login's seller only for the
  rows of the companies that left it, found once per statement by a new function
  (``prorata_security.companies_left``), not for each row of every other seller, and finds its own companies by a
  hashed set (``IN``; a correlated ``EXISTS`` was costed per row and switched on JIT compilation) (app/storage/row_security.py
  ``_READ``): a reseller's clerk reading its history took 13 x the plain query's time (75 to 100 x in the server),
  now 1.0 to 1.2 x (bench/bench_moved_history.py). The visible rows are the same
  (tests/test_moved_history_policy.py).

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-07
"""
from alembic import op
from sqlalchemy import text

from app.storage import row_security


revision = '0028'
down_revision = '0027'
branch_labels = None
depends_on = None

_CARRIED = text("carried_into_id IS NOT NULL")


def upgrade() -> None:
    op.create_index('ix_accruals_invoice', 'accruals', ['invoice_id'], unique=False)
    op.create_index('ix_invoices_carried_into', 'invoices', ['carried_into_id'], unique=False,
                    sqlite_where=_CARRIED, postgresql_where=_CARRIED)
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.apply(conn)


def downgrade() -> None:
    # The policy stays as this code has it ('apply' of the code that runs next recreates its own policies).
    op.drop_index('ix_invoices_carried_into', table_name='invoices')
    op.drop_index('ix_accruals_invoice', table_name='accruals')
