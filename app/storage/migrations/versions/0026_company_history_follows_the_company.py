"""a company's history follows the company under row-level security (issue 10)

A move is stored under the seller it leaves (``company_events.reseller_id``), and every event keeps the seller it
was recorded under; the reading policy of ``company_events`` asked for the row's own ``reseller_id``. So the login
of a reseller a company moved to read none of its history (not even the move): its billing run saw a company with
no plan and no billed period, and tried to bill it again from its signup (refused by the unique billed periods),
its change preview, explain and price screens showed nothing.

From here on (app/storage/row_security.py, ``_READ``):

- ``company_events``: the seller a company is with now reads its whole history (the events before it came, under
  the hoster or the seller it left); a seller the company left reads, besides its own rows, the events dated before
  the day it left (the move leaving it included), never the new seller's events for later days. A database
  function, ``prorata_security.company_left_on``, tells the policy that day (it reads the moves as the tables'
  owner, which the policy lets through: a policy may not query its own table);
- ``billed_periods`` and ``billing_snapshots``: the seller a company is with now reads those of the company written
  under another seller (a run goes on from the latest boundary billed, whoever billed it).

What a reseller's staff write is unchanged (migration 0023). PostgreSQL only (SQLite has no logins). The
downgrade changes nothing: ``apply`` of the code that runs next recreates its own policies.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07
"""
from alembic import op

from app.storage import row_security


revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.apply(conn)


def downgrade() -> None:
    pass  # the policies stay as they are: 'apply' of the code that runs next recreates them
