"""tenant administration: billing terms, undone events, plan units and retirement, the extra-item catalogue, row versions, issue-date index

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

from app.storage.types import Amount


revision = '0005'
down_revision = "0004"
branch_labels = None
depends_on = None

_VERSIONED = ("companies", "resellers", "users")


def upgrade() -> None:
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unit', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('retired_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    for table in _VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    with op.batch_alter_table('companies', schema=None) as batch_op:
        batch_op.add_column(sa.Column('term', sa.String(length=12), server_default='monthly', nullable=False))
    with op.batch_alter_table('company_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('undoes_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_company_events_undoes_id_company_events'),
                                    'company_events', ['undoes_id'], ['id'])
    op.create_table(
        'extra_items',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=64), nullable=False),
        sa.Column('name', sa.JSON(), nullable=False),
        sa.Column('recurring', sa.Boolean(), nullable=False),
        sa.Column('retired_on', sa.Date(), nullable=True),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_extra_items')),
        sa.UniqueConstraint('code', name=op.f('uq_extra_items_code')),
    )
    op.create_table(
        'extra_item_amounts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('item_id', sa.Integer(), nullable=False),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('amount', Amount(), nullable=False),
        sa.ForeignKeyConstraint(['currency'], ['currencies.code'],
                                name=op.f('fk_extra_item_amounts_currency_currencies')),
        sa.ForeignKeyConstraint(['item_id'], ['extra_items.id'],
                                name=op.f('fk_extra_item_amounts_item_id_extra_items')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_extra_item_amounts')),
        sa.UniqueConstraint('item_id', 'currency', name='uq_extra_item_amounts'),
    )
    op.create_index('ix_invoices_issue_date', 'invoices', ['issue_date', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_invoices_issue_date', table_name='invoices')
    op.drop_table('extra_item_amounts')
    op.drop_table('extra_items')
    with op.batch_alter_table('company_events', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_company_events_undoes_id_company_events'), type_='foreignkey')
        batch_op.drop_column('undoes_id')
    with op.batch_alter_table('companies', schema=None) as batch_op:
        batch_op.drop_column('term')
    for table in _VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.drop_column('version')
        batch_op.drop_column('retired_on')
        batch_op.drop_column('unit')
