"""the keys from an invoice's lines to it stay immediate (issue 12, withdrawn)

This revision first made the keys from ``invoice_lines`` to ``invoices`` DEFERRABLE (INITIALLY IMMEDIATE), so
that a billing run on PostgreSQL could write an invoice's lines before the invoice and then the invoice once,
issued. That opened a hole: any login may ``SET CONSTRAINTS ALL DEFERRED`` too, and then insert a line under an
invoice that ANOTHER transaction is writing issued at that moment: the ``invoice_lines_frozen_insert`` trigger
(app/storage/immutability.py) finds no invoice (not yet visible) and lets it pass, and the deferred key is checked
only at that login's commit, after the other transaction committed the issued invoice, which then has a line its
seal never saw. The run writes as before again (each invoice a draft, its lines, then issued or deferred), and
the keys are not deferrable: a line always names an invoice that exists and is visible when it is written, and
the trigger refuses it under any invoice that is not a draft.

Not taken either: writing the invoice issued first, then its lines, with the trigger letting a line pass under an
invoice whose row the current transaction wrote (its ``xmin`` the transaction's id). An UPDATE sets ``xmin`` as
an INSERT does, and a login may update an issued invoice (its status along the allowed moves, or its version to
the same value): after that its transaction could add lines to an invoice issued and sealed long before, which
the keys and the trigger as they are never allowed.

Kept as a revision (0032 follows it). Its upgrade makes the two keys NOT DEFERRABLE, which leaves a database
that never had them deferrable as it is and mends one that ran the earlier text of this revision; its downgrade
has nothing to undo. SQLite's keys were never deferrable: nothing to do there.

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
        op.execute(f'ALTER TABLE invoice_lines ALTER CONSTRAINT {name} NOT DEFERRABLE')


def downgrade() -> None:
    pass
