"""billed periods written with another seller's closing bill say so (``CLOSED``, app/billing/run.py)

A reseller clerk's delete of a moved company's draft is refused when the period's mark says another seller's
closing bill, hidden from the clerk, was written with it (app/services/invoices.py ``_release_period``); the runs
write that mark from now on. The periods billed before carry none: marked here where a company that moved has an
invoice of another issuer for the period (``mark_closed_periods``). Both backends; the mark is only read under a
reseller's login (PostgreSQL). The downgrade leaves them: older code reads no prefix but the owing one, which this
does not touch.

Revision ID: 0037
Revises: 0036
Create Date: 2026-12-07
"""
from alembic import op

from app.billing.run import mark_closed_periods


revision = '0037'
down_revision = '0036'
branch_labels = None
depends_on = None


def upgrade() -> None:
    mark_closed_periods(op.get_bind())


def downgrade() -> None:
    pass
