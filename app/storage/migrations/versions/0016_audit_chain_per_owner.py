"""audit chain per owner: one chain for the hoster's own entries and one per reseller (issue 10)

Until now every audit entry was chained onto the one before, whoever it belonged to, so a reseller's staff
(who see only their reseller's entries under row-level security) could not verify their part. From here on
each owner has a chain of its own: ``hoster`` (entries without a reseller) and ``reseller:<id>``, each head a
row of ``audit_chain`` keyed by ``chain`` and carrying its ``reseller_id``, so that the staff grants and
policies give a reseller's login its own head (app/storage/row_security.py ``apply``). Each new chain starts
from a genesis of its own (app/services/audit_chain.py ``genesis``), so ``prev_hash`` stays unique.

The entries written so far are not touched (they are immutable): they stay the one ``legacy`` chain, whose head
row keeps the hash and last id it had (nothing is written when the log was empty). ``audit_chain`` is made
anew, with its delete trigger of migration 0003.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""
from alembic import op
import sqlalchemy as sa

from app.storage import row_security


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

HEAD_REFUSED = 'the audit chain head cannot be deleted'


def _no_delete_trigger(dialect: str) -> None:
    if dialect == 'sqlite':
        op.execute("CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain "
                   f"BEGIN SELECT RAISE(ABORT, '{HEAD_REFUSED}'); END")
    else:  # the function of migration 0003 names the audit chain's head when it is the table
        op.execute("CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain "
                   "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()")


def upgrade() -> None:
    conn = op.get_bind()
    dialect = conn.dialect.name
    head, last_id = conn.execute(sa.text("SELECT head, last_id FROM audit_chain WHERE id = 1")).first() or (None, None)
    op.execute("DROP TRIGGER IF EXISTS audit_chain_no_delete" + (" ON audit_chain" if dialect != 'sqlite' else ""))
    op.drop_table('audit_chain')
    op.create_table(
        'audit_chain',
        sa.Column('chain', sa.String(length=40), nullable=False),
        sa.Column('reseller_id', sa.Integer(), nullable=True),
        sa.Column('head', sa.String(length=64), nullable=False),
        sa.Column('last_id', sa.Integer(), nullable=True),
        sa.CheckConstraint("(reseller_id IS NULL AND chain IN ('legacy', 'hoster')) "
                           "OR chain = 'reseller:' || reseller_id", name=op.f('ck_audit_chain_owner')),
        sa.ForeignKeyConstraint(['reseller_id'], ['resellers.id'], name=op.f('fk_audit_chain_reseller_id_resellers')),
        sa.PrimaryKeyConstraint('chain', name=op.f('pk_audit_chain')),
    )
    if last_id is not None:
        conn.execute(sa.text("INSERT INTO audit_chain (chain, reseller_id, head, last_id) "
                             "VALUES ('legacy', NULL, :head, :last_id)"), dict(head=head, last_id=last_id))
    _no_delete_trigger(dialect)
    if dialect == 'postgresql':
        row_security.apply(conn)


def downgrade() -> None:
    """Back to one global head: possible only while no entry was chained per owner."""
    conn = op.get_bind()
    dialect = conn.dialect.name
    if conn.execute(sa.text("SELECT count(*) FROM audit_chain WHERE chain <> 'legacy'")).scalar_one():
        raise RuntimeError("the audit log has entries chained per owner since revision 0016: they cannot be "
                           "chained onto one global head again")
    row = conn.execute(sa.text("SELECT head, last_id FROM audit_chain WHERE chain = 'legacy'")).first()
    op.execute("DROP TRIGGER IF EXISTS audit_chain_no_delete" + (" ON audit_chain" if dialect != 'sqlite' else ""))
    op.drop_table('audit_chain')
    op.create_table(
        'audit_chain',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('head', sa.String(length=64), nullable=False),
        sa.Column('last_id', sa.Integer(), nullable=True),
        sa.CheckConstraint('id = 1', name=op.f('ck_audit_chain_single_row')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_chain')),
    )
    conn.execute(sa.text("INSERT INTO audit_chain (id, head, last_id) VALUES (1, :head, :last_id)"),
                 dict(head=row[0] if row else '0' * 64, last_id=row[1] if row else None))
    _no_delete_trigger(dialect)
    if dialect == 'postgresql':
        row_security.apply(conn)
