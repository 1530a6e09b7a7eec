"""payment accounts, ledger and allocations (issue 9)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from alembic import op
import sqlalchemy as sa

from app.storage import immutability, ledger_guard
from app.storage.types import Amount


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

DEFAULT_TERMS_DAYS = 14  # app.models.payments.DEFAULT_TERMS_DAYS as of this revision
PAGE = 1000

_invoices = sa.table(
    'invoices', sa.column('id', sa.Integer()), sa.column('kind', sa.String()), sa.column('status', sa.String()),
    sa.column('number', sa.String()), sa.column('issuer_reseller_id', sa.Integer()),
    sa.column('company_id', sa.Integer()), sa.column('customer_reseller_id', sa.Integer()),
    sa.column('reseller_id', sa.Integer()), sa.column('currency', sa.String()), sa.column('issue_date', sa.Date()),
    sa.column('total', Amount()), sa.column('credits_id', sa.Integer()), sa.column('issued_at', sa.DateTime()))
_accounts = sa.table(
    'payment_accounts', sa.column('id', sa.Integer()), sa.column('reseller_id', sa.Integer()),
    sa.column('customer_key', sa.String()), sa.column('company_id', sa.Integer()),
    sa.column('customer_reseller_id', sa.Integer()), sa.column('issuer_key', sa.String()),
    sa.column('issuer_reseller_id', sa.Integer()), sa.column('currency', sa.String()),
    sa.column('created_at', sa.DateTime()), sa.column('version', sa.Integer()))
_entries = sa.table(
    'ledger_entries', sa.column('reseller_id', sa.Integer()), sa.column('account_id', sa.Integer()),
    sa.column('kind', sa.String()), sa.column('amount', Amount()), sa.column('entry_date', sa.Date()),
    sa.column('due_date', sa.Date()), sa.column('document_id', sa.Integer()), sa.column('actor', sa.String()),
    sa.column('recorded_at', sa.DateTime()))
_allocations = sa.table(
    'payment_allocations', sa.column('reseller_id', sa.Integer()), sa.column('account_id', sa.Integer()),
    sa.column('invoice_id', sa.Integer()), sa.column('credit_note_id', sa.Integer()),
    sa.column('amount', Amount()), sa.column('allocated_on', sa.Date()), sa.column('actor', sa.String()),
    sa.column('recorded_at', sa.DateTime()))


def _post_issued(bind) -> None:
    """The ledger of what was issued before this revision, as app/payments/ledger.py posts it at issue: an
    account per customer, issuer and currency; an entry per issued invoice, credit note and statement; a
    credit note settling the invoice it credits (nothing was paid before payments existed)."""
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    rows = bind.execute(sa.select(_invoices).where(_invoices.c.number.is_not(None),
                                                   _invoices.c.status.in_(('issued', 'partially_paid', 'paid',
                                                                           'void')))
                        .order_by(_invoices.c.id)).all()
    if not rows:
        return
    kinds = {r.id: r.kind for r in rows}
    totals = {r.id: r.total for r in rows}
    accounts: dict[tuple, dict] = {}
    for r in rows:
        customer = f'company:{r.company_id}' if r.company_id is not None else f'reseller:{r.customer_reseller_id}'
        issuer = 'hoster' if r.issuer_reseller_id is None else f'reseller:{r.issuer_reseller_id}'
        accounts.setdefault((customer, issuer, r.currency), {
            'reseller_id': r.reseller_id, 'customer_key': customer, 'company_id': r.company_id,
            'customer_reseller_id': None if r.company_id is not None else r.customer_reseller_id,
            'issuer_key': issuer, 'issuer_reseller_id': r.issuer_reseller_id, 'currency': r.currency,
            'created_at': now, 'version': 1})
    op.bulk_insert(_accounts, list(accounts.values()))
    ids = {(a.customer_key, a.issuer_key, a.currency): a.id for a in bind.execute(sa.select(_accounts))}
    entries, allocations = [], []
    for r in rows:
        customer = f'company:{r.company_id}' if r.company_id is not None else f'reseller:{r.customer_reseller_id}'
        issuer = 'hoster' if r.issuer_reseller_id is None else f'reseller:{r.issuer_reseller_id}'
        account = ids[(customer, issuer, r.currency)]
        total = Decimal(r.total)
        credited = kinds.get(r.credits_id) if r.credits_id is not None else None
        if r.kind == 'statement' or credited == 'statement':
            kind, amount, due = 'statement', -total, None
        elif r.kind == 'credit_note':
            kind, amount, due = 'credit_note', total, None
        else:
            kind, amount, due = 'invoice', total, r.issue_date + timedelta(days=DEFAULT_TERMS_DAYS)
        entries.append({'reseller_id': r.reseller_id, 'account_id': account, 'kind': kind, 'amount': amount,
                        'entry_date': r.issue_date, 'due_date': due, 'document_id': r.id, 'actor': 'prorata',
                        'recorded_at': r.issued_at or now})
        if kind == 'credit_note' and credited in ('invoice', 'wholesale'):
            settled = min(Decimal(totals[r.credits_id]), -total)
            if settled > 0:
                allocations.append({'reseller_id': r.reseller_id, 'account_id': account,
                                    'invoice_id': r.credits_id, 'credit_note_id': r.id, 'amount': settled,
                                    'allocated_on': r.issue_date, 'actor': 'prorata',
                                    'recorded_at': r.issued_at or now})
    for start in range(0, len(entries), PAGE):
        op.bulk_insert(_entries, entries[start:start + PAGE])
    for start in range(0, len(allocations), PAGE):
        op.bulk_insert(_allocations, allocations[start:start + PAGE])


def upgrade() -> None:
    op.add_column('hoster', sa.Column('checks', sa.Boolean(), server_default=sa.true(), nullable=False))
    op.add_column('resellers', sa.Column('checks', sa.Boolean(), nullable=True))
    op.create_table(
        'payment_accounts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('customer_key', sa.String(length=40), nullable=False),
        sa.Column('company_id', sa.Integer(), nullable=True),
        sa.Column('customer_reseller_id', sa.Integer(), nullable=True),
        sa.Column('issuer_key', sa.String(length=40), nullable=False),
        sa.Column('issuer_reseller_id', sa.Integer(), nullable=True),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        sa.ForeignKeyConstraint(['company_id'], ['companies.id'],
                                name=op.f('fk_payment_accounts_company_id_companies')),
        sa.ForeignKeyConstraint(['currency'], ['currencies.code'],
                                name=op.f('fk_payment_accounts_currency_currencies')),
        sa.ForeignKeyConstraint(['customer_reseller_id'], ['resellers.id'],
                                name=op.f('fk_payment_accounts_customer_reseller_id_resellers')),
        sa.ForeignKeyConstraint(['issuer_reseller_id'], ['resellers.id'],
                                name=op.f('fk_payment_accounts_issuer_reseller_id_resellers')),
        sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'],
                                name=op.f('fk_payment_accounts_reseller_id_resellers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_accounts')),
        sa.UniqueConstraint('customer_key', 'issuer_key', 'currency', name='uq_payment_accounts_customer'),
    )
    op.create_index('ix_payment_accounts_issuer', 'payment_accounts', ['issuer_key', 'currency'], unique=False)
    op.create_table(
        'payments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('method', sa.String(length=20), nullable=False),
        sa.Column('amount', Amount(), nullable=False),
        sa.Column('currency', sa.String(length=3), nullable=False),
        sa.Column('received_on', sa.Date(), nullable=False),
        sa.Column('reference', sa.String(length=200), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('recorded_by', sa.String(length=100), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.Column('collected_by', sa.String(length=40), nullable=True),
        sa.Column('processor', sa.String(length=40), nullable=True),
        sa.Column('processor_ref', sa.String(length=200), nullable=True),
        sa.Column('version', sa.Integer(), server_default='1', nullable=False),
        sa.CheckConstraint('amount > 0', name=op.f('ck_payments_positive')),
        sa.ForeignKeyConstraint(['account_id'], ['payment_accounts.id'],
                                name=op.f('fk_payments_account_id_payment_accounts')),
        sa.ForeignKeyConstraint(['currency'], ['currencies.code'], name=op.f('fk_payments_currency_currencies')),
        sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'], name=op.f('fk_payments_reseller_id_resellers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_payments')),
    )
    op.create_index('ix_payments_account', 'payments', ['account_id', 'received_on', 'id'], unique=False)
    op.create_table(
        'payment_allocations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('invoice_id', sa.Integer(), nullable=False),
        sa.Column('payment_id', sa.Integer(), nullable=True),
        sa.Column('credit_note_id', sa.Integer(), nullable=True),
        sa.Column('amount', Amount(), nullable=False),
        sa.Column('allocated_on', sa.Date(), nullable=False),
        sa.Column('takes_back_id', sa.Integer(), nullable=True),
        sa.Column('actor', sa.String(length=100), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.CheckConstraint('(payment_id IS NULL) <> (credit_note_id IS NULL)',
                           name=op.f('ck_payment_allocations_one_source')),
        sa.CheckConstraint('amount <> 0', name=op.f('ck_payment_allocations_not_zero')),
        sa.ForeignKeyConstraint(['account_id'], ['payment_accounts.id'],
                                name=op.f('fk_payment_allocations_account_id_payment_accounts')),
        sa.ForeignKeyConstraint(['credit_note_id'], ['invoices.id'],
                                name=op.f('fk_payment_allocations_credit_note_id_invoices')),
        sa.ForeignKeyConstraint(['invoice_id'], ['invoices.id'],
                                name=op.f('fk_payment_allocations_invoice_id_invoices')),
        sa.ForeignKeyConstraint(['payment_id'], ['payments.id'],
                                name=op.f('fk_payment_allocations_payment_id_payments')),
        sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'],
                                name=op.f('fk_payment_allocations_reseller_id_resellers')),
        sa.ForeignKeyConstraint(['takes_back_id'], ['payment_allocations.id'],
                                name=op.f('fk_payment_allocations_takes_back_id_payment_allocations')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_allocations')),
    )
    op.create_index('ix_payment_allocations_invoice', 'payment_allocations', ['invoice_id'], unique=False)
    op.create_index('ix_payment_allocations_payment', 'payment_allocations', ['payment_id'], unique=False)
    op.create_index('ix_payment_allocations_credit_note', 'payment_allocations', ['credit_note_id'], unique=False)
    op.create_index('ix_payment_allocations_account', 'payment_allocations', ['account_id'], unique=False)
    op.create_table(
        'ledger_entries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('account_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('amount', Amount(), nullable=False),
        sa.Column('entry_date', sa.Date(), nullable=False),
        sa.Column('due_date', sa.Date(), nullable=True),
        sa.Column('document_id', sa.Integer(), nullable=True),
        sa.Column('payment_id', sa.Integer(), nullable=True),
        sa.Column('allocation_id', sa.Integer(), nullable=True),
        sa.Column('reference', sa.String(length=200), nullable=True),
        sa.Column('actor', sa.String(length=100), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['account_id'], ['payment_accounts.id'],
                                name=op.f('fk_ledger_entries_account_id_payment_accounts')),
        sa.ForeignKeyConstraint(['allocation_id'], ['payment_allocations.id'],
                                name=op.f('fk_ledger_entries_allocation_id_payment_allocations')),
        sa.ForeignKeyConstraint(['payment_id'], ['payments.id'], name=op.f('fk_ledger_entries_payment_id_payments')),
        sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'],
                                name=op.f('fk_ledger_entries_reseller_id_resellers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entries')),
        sa.UniqueConstraint('document_id', name='uq_ledger_entries_document'),
    )
    op.create_index('ix_ledger_entries_account', 'ledger_entries', ['account_id', 'entry_date', 'id'], unique=False)
    op.create_index('ix_ledger_entries_payment', 'ledger_entries', ['payment_id'], unique=False)
    op.create_table(
        'payment_terms',
        sa.Column('issuer_key', sa.String(length=40), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('days', sa.SmallInteger(), nullable=False),
        sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'],
                                name=op.f('fk_payment_terms_reseller_id_resellers')),
        sa.PrimaryKeyConstraint('issuer_key', name=op.f('pk_payment_terms')),
    )
    bind = op.get_bind()
    _post_issued(bind)
    # The invoice triggers again, now allowing an invoice to reopen when an allocation to it is taken back.
    immutability.drop(bind)
    immutability.create(bind)
    ledger_guard.create(bind)


def downgrade() -> None:
    bind = op.get_bind()
    ledger_guard.drop(bind)
    immutability.drop(bind)
    op.drop_table('payment_terms')
    op.drop_index('ix_ledger_entries_payment', table_name='ledger_entries')
    op.drop_index('ix_ledger_entries_account', table_name='ledger_entries')
    op.drop_table('ledger_entries')
    for name in ('account', 'credit_note', 'payment', 'invoice'):
        op.drop_index(f'ix_payment_allocations_{name}', table_name='payment_allocations')
    op.drop_table('payment_allocations')
    op.drop_index('ix_payments_account', table_name='payments')
    op.drop_table('payments')
    op.drop_index('ix_payment_accounts_issuer', table_name='payment_accounts')
    op.drop_table('payment_accounts')
    immutability.create(bind)  # without payment_allocations: no invoice reopens
    with op.batch_alter_table('resellers', schema=None) as batch_op:
        batch_op.drop_column('checks')
    with op.batch_alter_table('hoster', schema=None) as batch_op:
        batch_op.drop_column('checks')
