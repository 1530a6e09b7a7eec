"""a cost of credited days given back needs the change of usage that took them away (issue 10, H8)

Since migration 0034 a credit note keeps the reseller's cost, and a change of usage into the days it credited gives
back the cost of the days no longer provided (app/billing/company_bill.py ``_provided``), on the credit note itself
when the company has nothing else to invoice (``_homed``). The accrual guard (app/storage/row_security.py
``_BACKED_BY_CREDIT``) accepted such a give-back when credit notes covered those days with enough units and the
cost of them stayed 0 or more: a reseller's login could write on its own credit note the credited invoice's cost
negated (2 sites x 6.00 = -12.00) and owe the hoster nothing for days it provided, no change of usage recorded.

It now also needs the change (``_LOWERED``): an event of the company dated on or before the give-back's first day,
dated after the credited days' first day or recorded after the run that billed it, not undone on its own date,
that cancels the plan, changes away from it, unassigns a user from it, sets a quantity low enough for the units
given back, or moves the company away from the reseller. A subscription or a raised quantity backs nothing.

The guard's functions are recreated here when the guard is installed; the downgrade leaves them as this code has
them (as 0036's does): the revision adds no table, column or index.

Revision ID: 0039
Revises: 0038
Create Date: 2026-12-08
"""
from alembic import op

from app.storage import row_security


revision = '0039'
down_revision = '0038'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql' and row_security.accrual_guard_present(conn):
        row_security.install_accrual_guard(conn)


def downgrade() -> None:
    pass
