"""billing snapshots: each company's state at its last billed boundary, so that a run reads only later events (issue 12)

One row per company (app/models/billing.py ``BillingSnapshot``, app/billing/snapshots.py). The slot 0011 once
kept for it was never used. Its ``reseller_id`` is the company's, so that on PostgreSQL the staff grants and
row-level security apply to it as to every tenant table (app/storage/row_security.py ``apply``).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

from app.storage import row_security


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'billing_snapshots',
        sa.Column('company_id', sa.Integer(), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('boundary', sa.Date(), nullable=False),
        sa.Column('events_through', sa.Integer(), nullable=False),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('state', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['company_id'], ['companies.id'],
                                name=op.f('fk_billing_snapshots_company_id_companies')),
        sa.PrimaryKeyConstraint('company_id', name=op.f('pk_billing_snapshots')),
    )
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.apply(conn)


def downgrade() -> None:
    op.drop_table('billing_snapshots')
