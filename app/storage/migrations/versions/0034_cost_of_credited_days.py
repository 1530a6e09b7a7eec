"""a credit note keeps the reseller's cost; a change of usage into credited days gives it back (issue 10, H8)

A credit note keeps the reseller's cost of the days it gives the customer back: the hoster provided them
(app/services/invoice_accruals.py ``reverse``). A cancellation into those days recorded afterwards gives the
customer nothing more, but gives back the cost of the days no longer provided (app/billing/company_bill.py
``_provided``): a negative cost with no line of its own invoice giving those days back. The accrual guard's
check of added accruals (app/storage/row_security.py ``_costs_added_check``) now accepts such a cost when a
credit note the company was issued credits a line of the same plan and extra covering those days with as
many units (``_BACKED_BY_CREDIT``). When the company has nothing else to invoice, the run writes that cost (or,
in the margin mode, the margin risen by it) on the credit note itself (``company_bill._homed``): a reseller's
login may now add to its own issued credit note a negative cost or a positive margin, and nothing else (the
INSERT policy on ``accruals``, recreated by ``apply``); the triggers check them as any other.

And the copy ``modify`` opens accrues no cost any more (app/services/invoice_accruals.py ``copy``): the cost
stays on the invoice credited, so that deleting the copy leaves it. ``accrual_missing_on_issue`` finds the
copy's plan lines billed by a credited invoice of the company (or one it carried).

The guard's functions are recreated here when the guard is installed, and the policies by ``apply``; the
downgrade leaves them as this code has them (as 0033's does): the revision adds no table, column or index.

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-07
"""
from alembic import op

from app.storage import row_security


revision = '0034'
down_revision = '0033'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        if row_security.accrual_guard_present(conn):
            row_security.install_accrual_guard(conn)
        row_security.apply(conn)


def downgrade() -> None:
    pass
