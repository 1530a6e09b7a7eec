"""a reseller's document records who collects it: invoices.collected_by, stamped when it is made

Who collects a reseller's document (the hoster in the margin mode, else the reseller) was inferred from its
accruals: margins, the margin mode; costs, another (app/billing/settlement.py ``issue_modes``). A document with
none (a company billed only extras outside the margin mode: they cost nothing) followed the reseller's mode now,
so after a change of mode its days were taken as collected by the new mode's collector: a late correction of
them given back by the wrong one (app/billing/company_bill.py ``_by_collector``), its payments routed to the wrong
account. Each document now carries its collector, "hoster" or "reseller:<id>" (app/models/invoices.py), written
with it; ``issue_modes`` reads it first. The documents made before stay NULL and keep the inference.

Frozen once issued, as the invoice's other columns (app/storage/immutability.py): the trigger (SQLite) or its
function (PostgreSQL) is made again for it. The invoices' grants and policies are per row, not per column: a
reseller's login writes the column on its own drafts. What it may name is checked as it issues them, by the
accrual guard's issue check (app/storage/row_security.py ``collector_not_its_own``), recreated here when the
guard is installed (it reads the column by name, NULL where there is none). The downgrade drops the column and
makes the immutability trigger again without it; the guard stays as this code has it (as 0034's downgrade leaves
it), its check of the collector then finding none.

Revision ID: 0035
Revises: 0034
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa

from app.storage import immutability, row_security


revision = '0035'
down_revision = '0034'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column('invoices', sa.Column('collected_by', sa.String(length=40), nullable=True))
    immutability.refreeze_invoices(conn)
    if conn.dialect.name == 'postgresql' and row_security.accrual_guard_present(conn):
        row_security.install_accrual_guard(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'sqlite':
        # The trigger names the column: SQLite refuses to drop a column a trigger names (3.35+ drops it in place,
        # no rebuild of the table that the lines, accruals and payments refer to).
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS invoices_frozen_update")
        conn.exec_driver_sql("ALTER TABLE invoices DROP COLUMN collected_by")
    else:
        op.drop_column('invoices', 'collected_by')
    immutability.refreeze_invoices(conn)
