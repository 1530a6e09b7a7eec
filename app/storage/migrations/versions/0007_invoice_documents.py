"""invoice templates and document files (issue 8)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'invoice_templates',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('issuer_key', sa.String(length=40), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('is_default', sa.Boolean(), nullable=False),
        sa.Column('page_size', sa.String(length=10), nullable=False),
        sa.Column('margin_top', sa.SmallInteger(), nullable=False),
        sa.Column('margin_right', sa.SmallInteger(), nullable=False),
        sa.Column('margin_bottom', sa.SmallInteger(), nullable=False),
        sa.Column('margin_left', sa.SmallInteger(), nullable=False),
        sa.Column('logo', sa.LargeBinary(), nullable=True),
        sa.Column('logo_mime', sa.String(length=20), nullable=True),
        sa.Column('accent_colour', sa.String(length=7), nullable=False),
        sa.Column('font', sa.String(length=40), nullable=False),
        sa.Column('blocks', sa.JSON(), nullable=False),
        sa.Column('footer', sa.JSON(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'],
                                name=op.f('fk_invoice_templates_reseller_id_resellers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_templates')),
        sa.UniqueConstraint('issuer_key', 'name', name='uq_invoice_templates_issuer_name'),
    )
    op.create_table(
        'invoice_documents',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('invoice_id', sa.Integer(), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('language', sa.String(length=20), nullable=False),
        sa.Column('template_id', sa.Integer(), nullable=True),
        sa.Column('template_version', sa.Integer(), nullable=True),
        sa.Column('rendered_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'],
                                name=op.f('fk_invoice_documents_invoice_id_invoices')),
        sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'],
                                name=op.f('fk_invoice_documents_reseller_id_resellers')),
        sa.ForeignKeyConstraint(['template_id'], ['invoice_templates.id'],
                                name=op.f('fk_invoice_documents_template_id_invoice_templates')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_documents')),
        sa.UniqueConstraint('invoice_id', name=op.f('uq_invoice_documents_invoice_id')),
    )


def downgrade() -> None:
    op.drop_table('invoice_documents')
    op.drop_table('invoice_templates')
