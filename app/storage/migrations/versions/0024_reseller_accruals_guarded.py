"""a reseller's staff accrue only on their drafts, and what they accrue must add up (issue 10)

A reseller's login could add accruals of any amount to its own invoices, issued ones included (a cost of
-1,000.00 turned the hoster's next wholesale invoice into a credit note; a margin in the margin mode made the hoster
owe any amount), and take a draft's costs away before issuing it (the hoster never billed them).

From here on (app/storage/row_security.py):

- the INSERT check of a reseller's staff on ``accruals`` asks for its own invoice that is still a draft (a run's
  draft, a draft being edited, the copy ``modify`` opens, and the credit note, which is written as a draft and
  issued after its accruals); the hoster's settlement, which passes VAT on for issued documents, is the hoster's;
- statement-level triggers check, for a reseller's login only (the hoster's staff pass on their scope, once per
  statement): a company's cost of a plan, net of every give-back, never below zero; its margins never above what
  the reseller's invoices of it bill; and a company invoice leaves its draft state only with an accrual for every
  plan line a run billed, and its margins still within what is billed (``ACCRUAL_REFUSALS``);
- a deferred check (at the commit, for a deleted cost only: a run deletes none) that a cost a reseller's login took
  off a draft still there was replaced as a draft edit replaces it: the same company, plan and period at the same
  unit cost, for a line of the draft of that quantity.
- a reseller's admin may also switch cheques (``checks``) on or off for its own row, as its other switches (a
  column grant ``apply`` makes; the billing settings took ``checks`` before the grant did).

Not covered: the amount of a cost a reseller's run or edit adds to its draft is not priced again here (a give-back
written in SQL is bounded by what the company's plan accrued before, a replaced cost only from above), and a company
billed in the margin mode before a change to the cost mode is not held to the net of its costs.

PostgreSQL only (SQLite has no logins). The downgrade drops the triggers; the stricter policy stays (an older
Prorata's ``apply`` recreates its own).

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07
"""
from alembic import op

from app.storage import row_security


revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.install_accrual_guard(conn)
        row_security.apply(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.remove_accrual_guard(conn)
