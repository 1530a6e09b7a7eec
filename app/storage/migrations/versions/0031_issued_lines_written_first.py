"""a billing run writes each invoice once, with its final status: its lines go first (issue 12)

A run that issues wrote every invoice twice on PostgreSQL: inserted as a draft (COPY), so that the
``invoice_lines_frozen_insert`` trigger (app/storage/immutability.py) let its lines in, then made issued (or
deferred) by an UPDATE, a second version of every row with its index entries and triggers (about 5 s of the
server's time for 100,000 companies).

From here on the keys from ``invoice_lines`` to ``invoices`` (the plain ``invoice_id`` key and migration 0017's
pair with ``reseller_id``) are DEFERRABLE (INITIALLY IMMEDIATE: every other writer sees them as before). The
run's writer, for the hoster's logins, defers them for a moment (``SET CONSTRAINTS ... DEFERRED``), writes the
lines under the ids it drew for its invoices, then the invoices with their final status and number, and makes the
keys immediate again, which checks every line against its invoice there and then (app/billing/run.py
``write_rows``).

The guarantee is unchanged and so is the trigger: a line is refused when its invoice exists and is not a draft,
whoever writes it. A line may name an invoice not yet written only while the keys are deferred, and only in
the transaction that then writes that invoice (else the commit fails): creating an invoice with its lines in
one transaction, which a draft written, given lines and issued always allowed. A reseller's login cannot write
a line before its invoice (its row policy asks for the invoice), so its runs keep the draft's way.

SQLite is left as it is (its runs write as before): only PostgreSQL's keys change.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-07
"""
from alembic import op


revision = '0031'
down_revision = '0030'
branch_labels = None
depends_on = None

# The keys from invoice_lines to invoices on PostgreSQL (0001's plain key, 0017's pair).
KEYS = ('fk_invoice_lines_invoice_id_invoices', 'fk_invoice_lines_invoice_reseller')


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for name in KEYS:
        op.execute(f'ALTER TABLE invoice_lines ALTER CONSTRAINT {name} DEFERRABLE INITIALLY IMMEDIATE')


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for name in KEYS:
        op.execute(f'ALTER TABLE invoice_lines ALTER CONSTRAINT {name} NOT DEFERRABLE')
