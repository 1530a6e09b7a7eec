"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa
import app.storage.types


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('currencies',
    sa.Column('code', sa.String(length=3), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_currencies'))
    )
    op.create_table('hoster',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('language', sa.String(length=20), nullable=False),
    sa.Column('address', sa.JSON(), nullable=True),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('tax_id', sa.String(length=64), nullable=True),
    sa.Column('tax_rate', app.storage.types.Amount(), nullable=False),
    sa.Column('invoice_number_format', sa.String(length=100), nullable=False),
    sa.Column('invoicing', sa.Boolean(), nullable=False),
    sa.Column('payment_collection', sa.Boolean(), nullable=False),
    sa.Column('email_delivery', sa.Boolean(), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_hoster_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hoster'))
    )
    op.create_table('number_series',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('issuer_key', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('next_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_number_series')),
    sa.UniqueConstraint('issuer_key', 'year', name='uq_number_series_issuer_year')
    )
    op.create_table('resellers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('language', sa.String(length=20), nullable=False),
    sa.Column('billing_day', sa.SmallInteger(), nullable=True),
    sa.Column('billing_mode', sa.String(length=40), nullable=False),
    sa.Column('signup', sa.Date(), nullable=True),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('address', sa.JSON(), nullable=True),
    sa.Column('tax_id', sa.String(length=64), nullable=True),
    sa.Column('tax_rate', app.storage.types.Amount(), nullable=False),
    sa.Column('invoice_number_format', sa.String(length=100), nullable=False),
    sa.Column('tax_treatment', sa.String(length=20), nullable=False),
    sa.Column('invoicing', sa.Boolean(), nullable=True),
    sa.Column('payment_collection', sa.Boolean(), nullable=True),
    sa.Column('email_delivery', sa.Boolean(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resellers')),
    sa.UniqueConstraint('code', name=op.f('uq_resellers_code'))
    )
    with op.batch_alter_table('resellers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resellers_name'), ['name'], unique=False)

    op.create_table('services',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('description', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_services')),
    sa.UniqueConstraint('code', name=op.f('uq_services_code'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=True),
    sa.Column('reseller_id', sa.Integer(), nullable=True),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'], name=op.f('fk_audit_log_reseller_id_resellers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    op.create_table('companies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('reseller_id', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('language', sa.String(length=20), nullable=False),
    sa.Column('billing_day', sa.SmallInteger(), nullable=True),
    sa.Column('signup', sa.Date(), nullable=False),
    sa.Column('delivery', sa.String(length=10), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('address', sa.JSON(), nullable=True),
    sa.Column('tax_id', sa.String(length=64), nullable=True),
    sa.Column('tax_treatment', sa.String(length=20), nullable=False),
    sa.Column('tax_rate', app.storage.types.Amount(), nullable=True),
    sa.ForeignKeyConstraint(['currency'], ['currencies.code'], name=op.f('fk_companies_currency_currencies')),
    sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'], name=op.f('fk_companies_reseller_id_resellers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_companies')),
    sa.UniqueConstraint('code', name=op.f('uq_companies_code'))
    )
    with op.batch_alter_table('companies', schema=None) as batch_op:
        batch_op.create_index('ix_companies_reseller_name', ['reseller_id', 'name', 'id'], unique=False)

    op.create_table('minimum_charges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('issuer_key', sa.String(length=40), nullable=False),
    sa.Column('reseller_id', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('amount', app.storage.types.Amount(), nullable=False),
    sa.Column('policy', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['currency'], ['currencies.code'], name=op.f('fk_minimum_charges_currency_currencies')),
    sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'], name=op.f('fk_minimum_charges_reseller_id_resellers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_minimum_charges')),
    sa.UniqueConstraint('issuer_key', 'currency', name='uq_minimum_charges_issuer_currency')
    )
    op.create_table('plans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('basis', sa.String(length=10), nullable=False),
    sa.Column('name', sa.JSON(), nullable=False),
    sa.Column('description', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['service_id'], ['services.id'], name=op.f('fk_plans_service_id_services')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plans')),
    sa.UniqueConstraint('code', name=op.f('uq_plans_code'))
    )
    op.create_table('invoices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=True),
    sa.Column('issuer_key', sa.String(length=40), nullable=False),
    sa.Column('issuer_reseller_id', sa.Integer(), nullable=True),
    sa.Column('company_id', sa.Integer(), nullable=True),
    sa.Column('customer_reseller_id', sa.Integer(), nullable=True),
    sa.Column('reseller_id', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('language', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=True),
    sa.Column('period_start', sa.Date(), nullable=True),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('subtotal', app.storage.types.Amount(), nullable=False),
    sa.Column('tax', app.storage.types.Amount(), nullable=False),
    sa.Column('total', app.storage.types.Amount(), nullable=False),
    sa.Column('tax_note', sa.String(length=20), nullable=True),
    sa.Column('credits_id', sa.Integer(), nullable=True),
    sa.Column('carried_into_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['carried_into_id'], ['invoices.id'], name=op.f('fk_invoices_carried_into_id_invoices')),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_invoices_company_id_companies')),
    sa.ForeignKeyConstraint(['credits_id'], ['invoices.id'], name=op.f('fk_invoices_credits_id_invoices')),
    sa.ForeignKeyConstraint(['currency'], ['currencies.code'], name=op.f('fk_invoices_currency_currencies')),
    sa.ForeignKeyConstraint(['customer_reseller_id'], ['resellers.id'], name=op.f('fk_invoices_customer_reseller_id_resellers')),
    sa.ForeignKeyConstraint(['issuer_reseller_id'], ['resellers.id'], name=op.f('fk_invoices_issuer_reseller_id_resellers')),
    sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'], name=op.f('fk_invoices_reseller_id_resellers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoices')),
    sa.UniqueConstraint('issuer_key', 'number', name='uq_invoices_issuer_number')
    )
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.create_index('ix_invoices_company', ['company_id', 'period_start'], unique=False)
        batch_op.create_index('ix_invoices_status', ['status'], unique=False)

    op.create_table('prices',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('layer', sa.String(length=20), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('amount', app.storage.types.Amount(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=True),
    sa.Column('reseller_id', sa.Integer(), nullable=True),
    sa.Column('company_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_prices_company_id_companies')),
    sa.ForeignKeyConstraint(['currency'], ['currencies.code'], name=op.f('fk_prices_currency_currencies')),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_prices_plan_id_plans')),
    sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'], name=op.f('fk_prices_reseller_id_resellers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_prices'))
    )
    with op.batch_alter_table('prices', schema=None) as batch_op:
        batch_op.create_index('ix_prices_company', ['company_id'], unique=False)
        batch_op.create_index('ix_prices_lookup', ['plan_id', 'currency', 'layer', 'reseller_id', 'company_id'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('reseller_id', sa.Integer(), nullable=True),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_users_company_id_companies')),
    sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'], name=op.f('fk_users_reseller_id_resellers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('company_id', 'email', name='uq_users_company_email')
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index('ix_users_email', ['email'], unique=False)

    op.create_table('accruals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reseller_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('boundary', sa.Date(), nullable=False),
    sa.Column('line_kind', sa.String(length=12), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('extra_code', sa.String(length=64), nullable=True),
    sa.Column('description', sa.JSON(), nullable=True),
    sa.Column('quantity', app.storage.types.Amount(), nullable=False),
    sa.Column('unit_price', app.storage.types.Amount(), nullable=False),
    sa.Column('start', sa.Date(), nullable=True),
    sa.Column('end', sa.Date(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('amount', app.storage.types.Amount(), nullable=False),
    sa.Column('settled_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_accruals_company_id_companies')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_accruals_invoice_id_invoices')),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_accruals_plan_id_plans')),
    sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'], name=op.f('fk_accruals_reseller_id_resellers')),
    sa.ForeignKeyConstraint(['settled_by_id'], ['invoices.id'], name=op.f('fk_accruals_settled_by_id_invoices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accruals'))
    )
    with op.batch_alter_table('accruals', schema=None) as batch_op:
        batch_op.create_index('ix_accruals_open', ['reseller_id', 'settled_by_id', 'boundary'], unique=False)

    op.create_table('billed_periods',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_key', sa.String(length=40), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=True),
    sa.Column('reseller_id', sa.Integer(), nullable=True),
    sa.Column('boundary', sa.Date(), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_billed_periods_company_id_companies')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_billed_periods_invoice_id_invoices')),
    sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'], name=op.f('fk_billed_periods_reseller_id_resellers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_billed_periods')),
    sa.UniqueConstraint('customer_key', 'boundary', name='uq_billed_periods_customer_boundary')
    )
    op.create_table('company_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=False),
    sa.Column('reseller_id', sa.Integer(), nullable=True),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('type', sa.String(length=12), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('to_plan_id', sa.Integer(), nullable=True),
    sa.Column('quantity', sa.Integer(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('code', sa.String(length=64), nullable=True),
    sa.Column('amount', app.storage.types.Amount(), nullable=True),
    sa.Column('recurring', sa.Boolean(), nullable=True),
    sa.Column('description', sa.JSON(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_company_events_company_id_companies')),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_company_events_plan_id_plans')),
    sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'], name=op.f('fk_company_events_reseller_id_resellers')),
    sa.ForeignKeyConstraint(['to_plan_id'], ['plans.id'], name=op.f('fk_company_events_to_plan_id_plans')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_company_events_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_company_events'))
    )
    with op.batch_alter_table('company_events', schema=None) as batch_op:
        batch_op.create_index('ix_company_events_company', ['company_id', 'date', 'id'], unique=False)

    op.create_table('invoice_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('invoice_id', sa.Integer(), nullable=False),
    sa.Column('reseller_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=True),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('extra_code', sa.String(length=64), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.JSON(), nullable=True),
    sa.Column('quantity', app.storage.types.Amount(), nullable=False),
    sa.Column('unit_price', app.storage.types.Amount(), nullable=False),
    sa.Column('start', sa.Date(), nullable=True),
    sa.Column('end', sa.Date(), nullable=True),
    sa.Column('tax_rate', app.storage.types.Amount(), nullable=False),
    sa.Column('amount', app.storage.types.Amount(), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['companies.id'], name=op.f('fk_invoice_lines_company_id_companies')),
    sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'], name=op.f('fk_invoice_lines_invoice_id_invoices')),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_invoice_lines_plan_id_plans')),
    sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'], name=op.f('fk_invoice_lines_reseller_id_resellers')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_invoice_lines_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice_lines'))
    )
    with op.batch_alter_table('invoice_lines', schema=None) as batch_op:
        batch_op.create_index('ix_invoice_lines_invoice', ['invoice_id', 'position'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('invoice_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_invoice_lines_invoice')

    op.drop_table('invoice_lines')
    with op.batch_alter_table('company_events', schema=None) as batch_op:
        batch_op.drop_index('ix_company_events_company')

    op.drop_table('company_events')
    op.drop_table('billed_periods')
    with op.batch_alter_table('accruals', schema=None) as batch_op:
        batch_op.drop_index('ix_accruals_open')

    op.drop_table('accruals')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index('ix_users_email')

    op.drop_table('users')
    with op.batch_alter_table('prices', schema=None) as batch_op:
        batch_op.drop_index('ix_prices_lookup')
        batch_op.drop_index('ix_prices_company')

    op.drop_table('prices')
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.drop_index('ix_invoices_status')
        batch_op.drop_index('ix_invoices_company')

    op.drop_table('invoices')
    op.drop_table('plans')
    op.drop_table('minimum_charges')
    with op.batch_alter_table('companies', schema=None) as batch_op:
        batch_op.drop_index('ix_companies_reseller_name')

    op.drop_table('companies')
    op.drop_table('audit_log')
    op.drop_table('services')
    with op.batch_alter_table('resellers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_resellers_name'))

    op.drop_table('resellers')
    op.drop_table('number_series')
    op.drop_table('hoster')
    op.drop_table('currencies')

