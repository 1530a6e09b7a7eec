"""a reseller's login writes its invoices as drafts (issue 10)

A reseller's staff could insert an invoice already issued: the accrual guard checks an invoice when it leaves the
draft state (``invoices_reseller_leave_draft``: its plan lines' costs and margins, its collector), and the number
series and the invoice chain are what the issue writes, so such an invoice carried no cost, no number from its
series and no link in its issuer's chain; and, counted as billed, it made room for margins the hoster would owe
(``accrual_margin_exceeds`` compares a company's margins with what its invoices bill). The INSERT policy on
``invoices`` now takes a reseller's invoice only as a draft (app/storage/row_security.py ``_INSERT_ALSO``); the
application never wrote another (a run, a credit note and a manual invoice are written as drafts and issued).

The policies are recreated by ``apply`` where row security is installed; the downgrade leaves them as this code
has them (as 0034's does): the revision adds no table, column or index.

Revision ID: 0038
Revises: 0037
Create Date: 2026-12-08
"""
from alembic import op

from app.storage import row_security


revision = '0038'
down_revision = '0037'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.apply(conn)


def downgrade() -> None:
    pass
