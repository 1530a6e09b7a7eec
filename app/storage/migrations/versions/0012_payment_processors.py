"""payment processors, saved payment methods, charge attempts, SEPA mandates and direct debits (issue 9)

Five new tables (app/models/processors.py); on PostgreSQL the staff grants and row-level security are applied
to them as to every table (app/storage/row_security.py ``apply``).

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

from app.storage import row_security
from app.storage.types import Amount


revision = '0012'
down_revision = '0010'  # 0011 was kept for billing snapshots, which were not built
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    ref_table, ref_column = target.split('.')
    return sa.ForeignKeyConstraint([column], [target], name=op.f(f'fk_{table}_{column}_{ref_table}'))


def upgrade() -> None:
    op.create_table(
        'processor_accounts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('issuer_key', sa.String(length=40), nullable=False),
        sa.Column('processor', sa.String(length=40), nullable=False),
        sa.Column('settings', sa.JSON(), nullable=True),
        sa.Column('enabled', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        _fk('processor_accounts', 'reseller_id', 'resellers.id'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_processor_accounts')),
        sa.UniqueConstraint('issuer_key', 'processor', name='uq_processor_accounts_issuer'),
    )
    op.create_table(
        'saved_payment_methods',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('customer_key', sa.String(length=40), nullable=False),
        sa.Column('processor_account_id', sa.Integer(), nullable=False),
        sa.Column('token', sa.String(length=200), nullable=False),
        sa.Column('brand', sa.String(length=20), nullable=False),
        sa.Column('last4', sa.String(length=4), nullable=False),
        sa.Column('exp_month', sa.SmallInteger(), nullable=False),
        sa.Column('exp_year', sa.SmallInteger(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('actor', sa.String(length=100), nullable=False),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        _fk('saved_payment_methods', 'processor_account_id', 'processor_accounts.id'),
        _fk('saved_payment_methods', 'reseller_id', 'resellers.id'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_saved_payment_methods')),
    )
    op.create_index('ix_saved_payment_methods_customer', 'saved_payment_methods', ['customer_key'], unique=False)
    op.create_table(
        'charge_attempts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('invoice_id', sa.Integer(), nullable=False),
        sa.Column('attempt', sa.Integer(), nullable=False),
        sa.Column('idempotency_key', sa.String(length=80), nullable=False),
        sa.Column('processor_account_id', sa.Integer(), nullable=False),
        sa.Column('method_id', sa.Integer(), nullable=True),
        sa.Column('amount', Amount(), nullable=False),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('processor_ref', sa.String(length=200), nullable=True),
        sa.Column('error', sa.String(length=300), nullable=True),
        sa.Column('payment_id', sa.Integer(), nullable=True),
        sa.Column('actor', sa.String(length=100), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('resolved_at', sa.DateTime(), nullable=True),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        sa.CheckConstraint('amount > 0', name=op.f('ck_charge_attempts_positive')),
        _fk('charge_attempts', 'currency', 'currencies.code'),
        _fk('charge_attempts', 'invoice_id', 'invoices.id'),
        _fk('charge_attempts', 'method_id', 'saved_payment_methods.id'),
        _fk('charge_attempts', 'payment_id', 'payments.id'),
        _fk('charge_attempts', 'processor_account_id', 'processor_accounts.id'),
        _fk('charge_attempts', 'reseller_id', 'resellers.id'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_charge_attempts')),
        sa.UniqueConstraint('idempotency_key', name='uq_charge_attempts_idempotency_key'),
        sa.UniqueConstraint('invoice_id', 'attempt', name='uq_charge_attempts_invoice'),
    )
    op.create_index('ix_charge_attempts_status', 'charge_attempts', ['status'], unique=False)
    op.create_table(
        'sepa_mandates',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('company_id', sa.Integer(), nullable=False),
        sa.Column('creditor_key', sa.String(length=40), nullable=False),
        sa.Column('reference', sa.String(length=35), nullable=False),
        sa.Column('debtor_name', sa.String(length=70), nullable=False),
        sa.Column('iban', sa.String(length=34), nullable=False),
        sa.Column('bic', sa.String(length=11), nullable=True),
        sa.Column('signed_on', sa.Date(), nullable=False),
        sa.Column('recurring', sa.Boolean(), nullable=False),
        sa.Column('sequence', sa.String(length=4), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('actor', sa.String(length=100), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        _fk('sepa_mandates', 'company_id', 'companies.id'),
        _fk('sepa_mandates', 'reseller_id', 'resellers.id'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sepa_mandates')),
        sa.UniqueConstraint('creditor_key', 'reference', name='uq_sepa_mandates_creditor'),
    )
    op.create_index('ix_sepa_mandates_company', 'sepa_mandates', ['company_id'], unique=False)
    op.create_table(
        'direct_debits',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('invoice_id', sa.Integer(), nullable=False),
        sa.Column('mandate_id', sa.Integer(), nullable=False),
        sa.Column('batch', sa.String(length=35), nullable=False),
        sa.Column('end_to_end_id', sa.String(length=35), nullable=False),
        sa.Column('sequence', sa.String(length=4), nullable=False),
        sa.Column('amount', Amount(), nullable=False),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('collection_date', sa.Date(), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('payment_id', sa.Integer(), nullable=False),
        sa.Column('notice', sa.String(length=400), nullable=False),
        sa.Column('return_code', sa.String(length=4), nullable=True),
        sa.Column('returned_on', sa.Date(), nullable=True),
        sa.Column('actor', sa.String(length=100), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        _fk('direct_debits', 'currency', 'currencies.code'),
        _fk('direct_debits', 'invoice_id', 'invoices.id'),
        _fk('direct_debits', 'mandate_id', 'sepa_mandates.id'),
        _fk('direct_debits', 'payment_id', 'payments.id'),
        _fk('direct_debits', 'reseller_id', 'resellers.id'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_direct_debits')),
        sa.UniqueConstraint('end_to_end_id', name='uq_direct_debits_end_to_end_id'),
    )
    op.create_index('ix_direct_debits_invoice', 'direct_debits', ['invoice_id'], unique=False)
    op.create_index('ix_direct_debits_batch', 'direct_debits', ['batch'], unique=False)
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.apply(conn)


def downgrade() -> None:
    op.drop_index('ix_direct_debits_batch', table_name='direct_debits')
    op.drop_index('ix_direct_debits_invoice', table_name='direct_debits')
    op.drop_table('direct_debits')
    op.drop_index('ix_sepa_mandates_company', table_name='sepa_mandates')
    op.drop_table('sepa_mandates')
    op.drop_index('ix_charge_attempts_status', table_name='charge_attempts')
    op.drop_table('charge_attempts')
    op.drop_index('ix_saved_payment_methods_customer', table_name='saved_payment_methods')
    op.drop_table('saved_payment_methods')
    op.drop_table('processor_accounts')
