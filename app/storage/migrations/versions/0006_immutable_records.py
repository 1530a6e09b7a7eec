"""immutable records: issued invoices, their lines, company events and given numbers refused changes by the database; issued invoices chained by SHA-256 per issuer

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""
import hashlib
import json
from collections import defaultdict
from datetime import datetime
from decimal import Decimal

from alembic import op
import sqlalchemy as sa

from app.storage import immutability
from app.storage.types import Amount


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

GENESIS = '0' * 64
CONTENT = ('issuer_key', 'number', 'kind', 'issuer_reseller_id', 'company_id', 'customer_reseller_id',
           'reseller_id', 'currency', 'language', 'issue_date', 'period_start', 'period_end', 'subtotal', 'tax',
           'total', 'tax_note', 'credits_id')
LINE_CONTENT = ('position', 'kind', 'company_id', 'reseller_id', 'plan_id', 'extra_code', 'user_id', 'description',
                'quantity', 'unit_price', 'start', 'end', 'tax_rate', 'amount')
_AMOUNTS = {'subtotal', 'tax', 'total', 'quantity', 'unit_price', 'tax_rate', 'amount'}
_DAYS = {'issue_date', 'period_start', 'period_end', 'start', 'end'}


def _value(name, value):
    if value is None:
        return None
    if name in _AMOUNTS:
        exact = Decimal(value).quantize(Decimal('0.0001'))
        return format(exact if exact != 0 else Decimal('0.0000'), 'f')
    if name in _DAYS:
        return value.isoformat()
    return value


def _hash(prev_hash: str, row, lines) -> str:
    # The chain's format as of this revision (app/services/invoice_chain.py keeps it; a test checks both agree).
    data = {name: _value(name, getattr(row, name)) for name in CONTENT}
    data['lines'] = [{name: _value(name, getattr(ln, name)) for name in LINE_CONTENT} for ln in lines]
    canonical = json.dumps(data, sort_keys=True, separators=(',', ':'), ensure_ascii=False)
    return hashlib.sha256((prev_hash + canonical).encode('utf-8')).hexdigest()


_invoices = sa.table(
    'invoices', sa.column('id', sa.Integer()), sa.column('status', sa.String()), sa.column('issued_at', sa.DateTime()),
    sa.column('issuer_key', sa.String()), sa.column('number', sa.String()), sa.column('kind', sa.String()),
    sa.column('issuer_reseller_id', sa.Integer()), sa.column('company_id', sa.Integer()),
    sa.column('customer_reseller_id', sa.Integer()), sa.column('reseller_id', sa.Integer()),
    sa.column('currency', sa.String()), sa.column('language', sa.String()), sa.column('issue_date', sa.Date()),
    sa.column('period_start', sa.Date()), sa.column('period_end', sa.Date()), sa.column('subtotal', Amount()),
    sa.column('tax', Amount()), sa.column('total', Amount()), sa.column('tax_note', sa.String()),
    sa.column('credits_id', sa.Integer()), sa.column('chain_pos', sa.Integer()), sa.column('chain_prev', sa.String()),
    sa.column('chain_hash', sa.String()))
_lines = sa.table(
    'invoice_lines', sa.column('id', sa.Integer()), sa.column('invoice_id', sa.Integer()),
    sa.column('position', sa.Integer()), sa.column('kind', sa.String()), sa.column('company_id', sa.Integer()),
    sa.column('reseller_id', sa.Integer()), sa.column('plan_id', sa.Integer()), sa.column('extra_code', sa.String()),
    sa.column('user_id', sa.Integer()), sa.column('description', sa.JSON()), sa.column('quantity', Amount()),
    sa.column('unit_price', Amount()), sa.column('start', sa.Date()), sa.column('end', sa.Date()),
    sa.column('tax_rate', Amount()), sa.column('amount', Amount()))


def _chain_issued(bind) -> list[dict]:
    """Every numbered invoice that is no longer a draft, chained per issuer in the order it was issued."""
    rows = bind.execute(sa.select(_invoices).where(_invoices.c.number.is_not(None),
                                                   _invoices.c.status != 'draft')).all()
    rows.sort(key=lambda r: (r.issuer_key, r.issued_at or datetime.min, r.id))
    heads: dict[str, dict] = {}
    sealed = []
    for start in range(0, len(rows), 1000):
        page = rows[start:start + 1000]
        lines = defaultdict(list)
        for ln in bind.execute(sa.select(_lines).where(_lines.c.invoice_id.in_([r.id for r in page]))
                               .order_by(_lines.c.invoice_id, _lines.c.position, _lines.c.id)):
            lines[ln.invoice_id].append(ln)
        for r in page:
            head = heads.setdefault(r.issuer_key, {'issuer_key': r.issuer_key, 'head': GENESIS, 'last_pos': 0,
                                                   'last_id': None})
            digest = _hash(head['head'], r, lines[r.id])
            head['last_pos'] += 1
            sealed.append({'b_id': r.id, 'b_pos': head['last_pos'], 'b_prev': head['head'], 'b_hash': digest})
            head['head'], head['last_id'] = digest, r.id
    if sealed:
        bind.execute(_invoices.update().where(_invoices.c.id == sa.bindparam('b_id'))
                     .values(chain_pos=sa.bindparam('b_pos'), chain_prev=sa.bindparam('b_prev'),
                             chain_hash=sa.bindparam('b_hash')), sealed)
    return list(heads.values())


def upgrade() -> None:
    # Plain ADD COLUMN and CREATE INDEX on both databases: no table is rebuilt, no trigger lost.
    op.add_column('invoices', sa.Column('chain_pos', sa.Integer(), nullable=True))
    op.add_column('invoices', sa.Column('chain_prev', sa.String(length=64), nullable=True))
    op.add_column('invoices', sa.Column('chain_hash', sa.String(length=64), nullable=True))
    op.create_index('uq_invoices_chain_pos', 'invoices', ['issuer_key', 'chain_pos'], unique=True)
    op.create_table(
        'invoice_chain_heads',
        sa.Column('issuer_key', sa.String(length=40), nullable=False),
        sa.Column('head', sa.String(length=64), nullable=False),
        sa.Column('last_pos', sa.Integer(), nullable=False),
        sa.Column('last_id', sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint('issuer_key', name=op.f('pk_invoice_chain_heads')),
    )
    bind = op.get_bind()
    heads = _chain_issued(bind)
    if heads:
        op.bulk_insert(sa.table('invoice_chain_heads', sa.column('issuer_key', sa.String()),
                                sa.column('head', sa.String()), sa.column('last_pos', sa.Integer()),
                                sa.column('last_id', sa.Integer())), heads)
    # Last, once the rows above are written: from here on the database refuses what the app never does.
    immutability.create(bind)


def downgrade() -> None:
    immutability.drop(op.get_bind())
    op.drop_table('invoice_chain_heads')
    op.drop_index('uq_invoices_chain_pos', table_name='invoices')
    with op.batch_alter_table('invoices', schema=None) as batch_op:
        batch_op.drop_column('chain_hash')
        batch_op.drop_column('chain_prev')
        batch_op.drop_column('chain_pos')
