"""a margin risen on a credit note is backed as the cost of credited days it gives back (issue 10, H8)

In the margin mode a change of usage into days a credit note gave back gives the reseller back its cost of the days
no longer provided as a margin risen by as much (app/billing/company_bill.py ``_provided``), on the credit note
itself when the company has nothing else to invoice (``_homed``). The policy lets a reseller's login add a positive
margin to its own issued credit note for that, and the accrual guard only asked that the company's margins net stay
within what its invoices bill: a reseller's login could write on its own credit note the credited days' cost as a
margin (2 sites x 6.00 = +12.00: 12.00 - 24.00 + 12.00 = 0.00, within the 24.00 - 24.00 = 0.00 billed) and wipe out
its cost of days the hoster provided, no change of usage recorded (migration 0039 closed that for a cost).

Such a margin is now checked as the cost it gives back (app/storage/row_security.py ``_RISEN_ON_CREDIT``): its unit
price negated is a wholesale price of the plan in force, its amount no more than its units at it, and credit notes
the company was issued gave back those days with as many units, which a change of usage took away (``_LOWERED``).

The guard's functions are recreated here when the guard is installed; the downgrade leaves them as this code has
them (as 0036's does): the revision adds no table, column or index.

Revision ID: 0040
Revises: 0039
Create Date: 2026-12-08
"""
from alembic import op

from app.storage import row_security


revision = '0040'
down_revision = '0039'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql' and row_security.accrual_guard_present(conn):
        row_security.install_accrual_guard(conn)


def downgrade() -> None:
    pass
