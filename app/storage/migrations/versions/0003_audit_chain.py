"""audit chain: the audit log is append-only and each entry is chained by SHA-256 to the one before

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""
import hashlib
import json

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

GENESIS = '0' * 64
REFUSED = 'audit_log is append-only: its entries cannot be changed or deleted'
HEAD_REFUSED = 'the audit chain head cannot be deleted'


def _hash(prev_hash: str, row) -> str:
    # The chain's format as of this revision (app/services/audit_chain.py keeps it; a test checks both agree).
    canonical = json.dumps({'actor': row.actor, 'action': row.action, 'entity': row.entity,
                            'entity_id': row.entity_id, 'reseller_id': row.reseller_id,
                            'at': row.at.isoformat(sep=' ', timespec='microseconds'),
                            'before': row.before, 'after': row.after},
                           sort_keys=True, separators=(',', ':'), ensure_ascii=False)
    return hashlib.sha256((prev_hash + canonical).encode('utf-8')).hexdigest()


def upgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))
    op.create_table('audit_chain',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('head', sa.String(length=64), nullable=False),
    sa.Column('last_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('id = 1', name=op.f('ck_audit_chain_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_chain'))
    )

    # The entries written so far, chained in id order.
    log = sa.table('audit_log', sa.column('id', sa.Integer()), sa.column('at', sa.DateTime()),
                   sa.column('actor', sa.String()), sa.column('action', sa.String()),
                   sa.column('entity', sa.String()), sa.column('entity_id', sa.String()),
                   sa.column('reseller_id', sa.Integer()), sa.column('before', sa.JSON()),
                   sa.column('after', sa.JSON()), sa.column('prev_hash', sa.String()), sa.column('hash', sa.String()))
    bind = op.get_bind()
    head, last_id, chained = GENESIS, None, []
    for row in bind.execute(sa.select(log).order_by(log.c.id)).all():
        digest = _hash(head, row)
        chained.append({'row_id': row.id, 'p': head, 'h': digest})
        head, last_id = digest, row.id
    if chained:
        bind.execute(log.update().where(log.c.id == sa.bindparam('row_id'))
                     .values(prev_hash=sa.bindparam('p'), hash=sa.bindparam('h')), chained)
    op.bulk_insert(sa.table('audit_chain', sa.column('id', sa.Integer()), sa.column('head', sa.String()),
                            sa.column('last_id', sa.Integer())),
                   [{'id': 1, 'head': head, 'last_id': last_id}])

    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.alter_column('prev_hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column('hash', existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_audit_log_prev_hash'), ['prev_hash'])

    # Append-only in the database itself, for every login (TRUNCATE, which row triggers do not see, stays
    # the owner's way to empty a test database).
    if bind.dialect.name == 'sqlite':
        for when in ('UPDATE', 'DELETE'):
            op.execute(f"CREATE TRIGGER audit_log_no_{when.lower()} BEFORE {when} ON audit_log "
                       f"BEGIN SELECT RAISE(ABORT, '{REFUSED}'); END")
        op.execute("CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain "
                   f"BEGIN SELECT RAISE(ABORT, '{HEAD_REFUSED}'); END")
    else:
        op.execute(f"""
            CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_TABLE_NAME = 'audit_chain' THEN
                    RAISE EXCEPTION '{HEAD_REFUSED}' USING ERRCODE = 'restrict_violation';
                END IF;
                RAISE EXCEPTION '{REFUSED} (% of entry %)', TG_OP, OLD.id USING ERRCODE = 'restrict_violation';
            END
            $$""")
        op.execute("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                   "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()")
        op.execute("CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain "
                   "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()")


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for name in ('audit_log_no_update', 'audit_log_no_delete', 'audit_chain_no_delete'):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_chain_no_delete ON audit_chain")
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_refuse_change()")
    op.drop_table('audit_chain')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_audit_log_prev_hash'), type_='unique')
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')
