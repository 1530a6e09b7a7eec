"""US ACH debits: authorisations to debit US bank accounts and the debits of NACHA files (issue 9)

Two new tables (app/models/ach.py); on PostgreSQL the staff grants and row-level security are applied to
them as to every table (app/storage/row_security.py ``apply``).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

from app.storage import row_security
from app.storage.types import Amount


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    ref_table, ref_column = target.split('.')
    return sa.ForeignKeyConstraint([column], [target], name=op.f(f'fk_{table}_{column}_{ref_table}'))


def upgrade() -> None:
    op.create_table(
        'ach_authorizations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('company_id', sa.Integer(), nullable=False),
        sa.Column('creditor_key', sa.String(length=40), nullable=False),
        sa.Column('holder_name', sa.String(length=22), nullable=False),
        sa.Column('routing_number', sa.String(length=9), nullable=False),
        sa.Column('account_number', sa.String(length=17), nullable=False),
        sa.Column('account_type', sa.String(length=8), nullable=False),
        sa.Column('signed_on', sa.Date(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('actor', sa.String(length=100), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        _fk('ach_authorizations', 'company_id', 'companies.id'),
        _fk('ach_authorizations', 'reseller_id', 'resellers.id'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ach_authorizations')),
    )
    op.create_index('ix_ach_authorizations_company', 'ach_authorizations', ['company_id'], unique=False)
    op.create_table(
        'ach_debits',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('invoice_id', sa.Integer(), nullable=False),
        sa.Column('authorization_id', sa.Integer(), nullable=False),
        sa.Column('batch', sa.String(length=35), nullable=False),
        sa.Column('trace_number', sa.String(length=15), nullable=False),
        sa.Column('amount', Amount(), nullable=False),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('effective_date', sa.Date(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('payment_id', sa.Integer(), nullable=False),
        sa.Column('actor', sa.String(length=100), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        _fk('ach_debits', 'authorization_id', 'ach_authorizations.id'),
        _fk('ach_debits', 'currency', 'currencies.code'),
        _fk('ach_debits', 'invoice_id', 'invoices.id'),
        _fk('ach_debits', 'payment_id', 'payments.id'),
        _fk('ach_debits', 'reseller_id', 'resellers.id'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ach_debits')),
        sa.UniqueConstraint('trace_number', name='uq_ach_debits_trace_number'),
    )
    op.create_index('ix_ach_debits_invoice', 'ach_debits', ['invoice_id'], unique=False)
    op.create_index('ix_ach_debits_batch', 'ach_debits', ['batch'], unique=False)
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.apply(conn)


def downgrade() -> None:
    op.drop_index('ix_ach_debits_batch', table_name='ach_debits')
    op.drop_index('ix_ach_debits_invoice', table_name='ach_debits')
    op.drop_table('ach_debits')
    op.drop_index('ix_ach_authorizations_company', table_name='ach_authorizations')
    op.drop_table('ach_authorizations')
