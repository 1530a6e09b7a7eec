"""billed periods remember which events they saw: changes recorded later are billed as corrections

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('billed_periods', schema=None) as batch_op:
        batch_op.add_column(sa.Column('events_through', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('billed_periods', schema=None) as batch_op:
        batch_op.drop_column('events_through')
