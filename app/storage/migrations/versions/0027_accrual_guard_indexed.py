"""the accrual guard reads the companies a statement touches, not the reseller's whole history (issue 10)

Migration 0024's checks of a reseller's login (app/storage/row_security.py ``install_accrual_guard``) summed a
company's accruals found by the only index ``accruals`` had, the reseller's (``ix_accruals_open``): every issue of
a draft by a reseller's clerk read all of that reseller's accruals, twice (what the draft's plan lines accrued, and
its margins against what is billed). With 2,000 companies and a year of history that is 120,000 rows, about 47 ms
of a 50 ms issue (7 ms without the guard), and it grows with every month billed; now about 0.5 ms
(bench/bench_accrual_guard.py).

From here on:

- ``ix_accruals_company``: a company's accruals (narrow, one integer: the hoster's run writes 100,000s of accruals
  in bulk, and each index is paid on every row: 0.1 to 0.35 s more for a bare INSERT ... SELECT of 100,000
  accruals on a loaded machine, bench/bench_accrual_guard.py). SQLite has it too (the models' schema is one);
- the check as a draft leaves its state reads the accruals of the companies its plan lines bill only (the draft's
  own and those its lines name), through that index, and the deferred invoices it carries through the company's
  invoices (a company's own, app/billing/waiting.py) rather than all invoices; the other checks already asked for
  the companies of the statement's rows (its transition table) and now find them by it. The guard's functions are
  recreated here when the guard is installed.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-07
"""
from alembic import op

from app.storage import row_security


revision = '0027'
down_revision = '0026'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_accruals_company', 'accruals', ['company_id'], unique=False)
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql' and row_security.accrual_guard_present(conn):
        row_security.install_accrual_guard(conn)


def downgrade() -> None:
    # The guard's functions stay as this code has them: they read the same rows without the index, only slower.
    op.drop_index('ix_accruals_company', table_name='accruals')
