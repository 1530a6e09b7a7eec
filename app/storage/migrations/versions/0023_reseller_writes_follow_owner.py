"""a reseller's staff write only what their reseller owns: the invoice's issuer, the company's seller now (issue 10)

Row-level security checked a written row's own ``reseller_id`` copy, which says whose staff see the row, not
whose company, invoice or account it belongs to. A reseller's clerk could therefore zero the hoster's wholesale
draft addressed to its reseller (and its lines) before the hoster issued it, record events, billed periods,
users and own prices for another reseller's companies, or post payments to the hoster's account of it.

From here on the INSERT and UPDATE checks of a reseller's staff (app/storage/row_security.py ``_POINTS_TO``)
also ask what the row points to: an invoice (and its lines, deliveries, documents, accruals, allocations,
debits) only when the reseller issues it; a company's rows (events, billed periods, snapshots, users, own
prices) only when the company is the reseller's now; its invoices, payment accounts and mandates also when the
company moved away from it (the seller left keeps them, app/services/moves.py); a payment or ledger entry only
on an account it issues to; settings keyed by issuer only under its own key. A move between sellers and a
reseller's own settlement period are the hoster's. Deletes keep the row's copy as their key, except that
a reseller's staff no longer delete the hoster's draft addressed to it, its lines or accruals.

Reads are unchanged. The hoster's staff pass on their scope before any lookup. Recreated by
``row_security.apply``; a downgrade leaves the stricter policies (an older Prorata runs under them).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06
"""
from alembic import op

from app.storage import row_security


revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.apply(conn)


def downgrade() -> None:
    pass  # the policies stay as they are: 'apply' of the code that runs next recreates them
