"""a reseller's login adds costs only at a wholesale price, and gives back only what its invoice gives back (issue 10)

Left open by migration 0024: a reseller's login could write, on its own draft, a negative cost that took its cost
of a plan down to zero net while the draft still billed the plan to the customer (a give-back of nothing the
invoice gives back), and costs at any unit cost. The accrual guard's statement check of added accruals
(app/storage/row_security.py ``_costs_added_check``) now refuses:

- ``accrual_unit_cost_unknown``: a cost of a plan whose unit cost is no wholesale price of the plan in its currency
  (the reseller's own or the hoster's base one) set on or before its first day, times a term's months;
- ``accrual_give_back_unbacked``: a negative cost larger than its quantity at its unit cost, or that gives back
  neither days its invoice gives back (a line of the same plan and period with a negative quantity) nor exactly
  a cost that invoice bills (a credit note's reversal, a draft's reversal of what it carries or of a settled cost).

The guard's functions are recreated here when the guard is installed. The downgrade leaves them as this code has
them (as 0027's does): the revision adds no table, column or index.

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-07
"""
from alembic import op

from app.storage import row_security


revision = '0033'
down_revision = '0032'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql' and row_security.accrual_guard_present(conn):
        row_security.install_accrual_guard(conn)


def downgrade() -> None:
    pass
