"""a document a reseller's login issues bills what its lines add up to (issue 10)

Migration 0038 took a reseller's invoice only as a draft, so that it leaves that state by the update the accrual
guard checks (``invoices_reseller_leave_draft``). That check looked at its plan lines' costs and margins and at
its collector, not at its totals: acme's clerk could write a draft with no lines and a subtotal of 1,000.00 and
issue it by an UPDATE, and, counted as billed by its subtotal (``accrual_margin_exceeds``), it made room for
1,000.00 of margins the hoster would owe. A document leaving the draft state under a reseller's login now has a
subtotal that is the sum of its lines' amounts and a total that is its subtotal and tax
(``issued_totals_unbalanced``), the rule the application's own issue says in words
(app/services/invoices.py ``_refuse_unbalanced``). A run's documents hold to it (a carried invoice's lines are
copied into the bill that takes it; a top-up is a line).

Left open: a number typed by hand in that UPDATE (not taken from the series) and no chain link; ``prorata audit
verify`` names an issued, numbered invoice outside its issuer's chain.

The guard's functions are recreated here when the guard is installed; the downgrade leaves them as this code has
them (as 0042's does): the revision adds no table, column or index.

Revision ID: 0043
Revises: 0042
Create Date: 2026-12-08
"""
from alembic import op

from app.storage import row_security


revision = '0043'
down_revision = '0042'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql' and row_security.accrual_guard_present(conn):
        row_security.install_accrual_guard(conn)


def downgrade() -> None:
    pass
