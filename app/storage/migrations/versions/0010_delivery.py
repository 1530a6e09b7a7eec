"""invoice delivery: SMTP settings per issuer and the delivery log (issue 8)

Two new tables (app/models/delivery.py); on PostgreSQL the staff grants and row-level security are applied
to them as to every table (app/storage/row_security.py ``apply``).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

from app.storage import row_security


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'smtp_settings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('issuer_key', sa.String(length=40), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('host', sa.String(length=255), nullable=False),
        sa.Column('port', sa.Integer(), nullable=False),
        sa.Column('tls', sa.String(length=10), nullable=False),
        sa.Column('username', sa.String(length=320), nullable=True),
        sa.Column('sender_name', sa.String(length=200), nullable=True),
        sa.Column('sender_address', sa.String(length=320), nullable=False),
        sa.Column('reply_to', sa.String(length=320), nullable=True),
        sa.Column('bcc', sa.String(length=320), nullable=True),
        sa.Column('templates', sa.JSON(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'],
                                name=op.f('fk_smtp_settings_reseller_id_resellers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_smtp_settings')),
        sa.UniqueConstraint('issuer_key', name=op.f('uq_smtp_settings_issuer_key')),
    )
    op.create_table(
        'invoice_deliveries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('invoice_id', sa.Integer(), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('channel', sa.String(length=10), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('attempts', sa.Integer(), server_default='0', nullable=False),
        sa.Column('recipient', sa.String(length=320), nullable=True),
        sa.Column('last_error', sa.String(length=500), nullable=True),
        sa.Column('error_kind', sa.String(length=20), nullable=True),
        sa.Column('message_id', sa.String(length=255), nullable=True),
        sa.Column('batch', sa.String(length=40), nullable=True),
        sa.Column('claim', sa.String(length=40), nullable=True),
        sa.Column('queued_at', sa.DateTime(), nullable=False),
        sa.Column('attempted_at', sa.DateTime(), nullable=True),
        sa.Column('sent_at', sa.DateTime(), nullable=True),
        sa.Column('printed_at', sa.DateTime(), nullable=True),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'],
                                name=op.f('fk_invoice_deliveries_invoice_id_invoices')),
        sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'],
                                name=op.f('fk_invoice_deliveries_reseller_id_resellers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_deliveries')),
        sa.UniqueConstraint('invoice_id', 'channel', name='uq_invoice_deliveries_invoice_channel'),
    )
    op.create_index('ix_invoice_deliveries_status', 'invoice_deliveries', ['channel', 'status'], unique=False)
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.apply(conn)


def downgrade() -> None:
    op.drop_index('ix_invoice_deliveries_status', table_name='invoice_deliveries')
    op.drop_table('invoice_deliveries')
    op.drop_table('smtp_settings')
