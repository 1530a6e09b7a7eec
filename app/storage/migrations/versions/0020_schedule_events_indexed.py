"""the few events that change a company's schedule or seller indexed on their own (issue 12)

Every billing run reads each company's ``term``, ``billing_day`` and ``move`` events (few companies have any)
twice, and found them by reading every event of every company: 0.2 s per read on a year of history for
100,000 companies, twice that after three years. A partial index holds those events alone.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06
"""
from alembic import op
from sqlalchemy import text

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None

# As app/models/events.py has it when this migration was written.
_WHERE = text("type IN ('billing_day', 'move', 'term')")


def upgrade() -> None:
    op.create_index('ix_company_events_schedule', 'company_events', ['company_id', 'date', 'id'], unique=False,
                    sqlite_where=_WHERE, postgresql_where=_WHERE)


def downgrade() -> None:
    op.drop_index('ix_company_events_schedule', table_name='company_events')
