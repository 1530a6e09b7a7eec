"""a billing run writes an issued invoice once, on PostgreSQL (issue 12)

A run wrote every invoice as a draft, its lines, then made the issued ones issued with one UPDATE: for a month of
100,000 companies, 100,000 wide rows written twice, each updating all nine indexes of ``invoices`` (``status`` is
indexed, so no update is HOT), and the accrual guard's statement trigger handed both images of every row. The
lines' trigger (app/storage/immutability.py) refused a line of an invoice that was not a draft; it now takes one
of an invoice written issued (or deferred) in the same transaction: ``invoices.born_xact``, set by a trigger to
the writing transaction's id when an invoice is inserted in another state than draft (whatever the insert says),
and kept as it is by any update. A reseller's login writes drafts only (migration 0038), so its invoices still
leave the draft state by the update the accrual guard checks. PostgreSQL only: SQLite has no transaction ids;
its runs write drafts and issue them as before.

Measured on the 100,000-company demo after a month's run (95,879 invoices, the machine shared, load 3.7 to 6):
writing them as drafts and issuing them took 6.9, 8.0 and 9.1 s (the INSERT, then the UPDATE: 4.0 to 4.7 s);
writing them issued 3.7, 3.6 and 4.0 s, the trigger's mark included.

The column is the database's own (not in the models: the test comparing the models with the schema leaves it
out).

Revision ID: 0041
Revises: 0040
Create Date: 2026-12-08
"""
from alembic import op

from app.storage import immutability, row_security


revision = '0041'
down_revision = '0040'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        conn.exec_driver_sql(f"ALTER TABLE invoices ADD COLUMN {immutability.BORN} bigint")
        immutability.create(conn)
        row_security.apply(conn)  # the new function given to the owner, as every other


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS invoices_born ON invoices")
        conn.exec_driver_sql(f"ALTER TABLE invoices DROP COLUMN {immutability.BORN}")
        immutability.create(conn)
