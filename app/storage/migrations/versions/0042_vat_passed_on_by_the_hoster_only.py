"""a reseller's login adds no accrual of line kind vat: the VAT passed on is the hoster's settlement's (issue 10)

In the margin mode the hoster's settlement passes on to the reseller the VAT it collected in the reseller's name:
one ``margin`` accrual of line kind ``vat`` per issued document, its tax (app/billing/settlement.py
``_accrue_vat``). A reseller's login writes none (its run settles nothing; a credit note or a copy carries none
over), but the policy let it add one to its own draft or credit note, and the accrual guard left such rows out of
its sums (``accrual_margin_exceeds``, ``accrual_give_back_exceeds``), while a settlement passes on no VAT of a
document that has one open (``collected``). A reseller's clerk wrote a VAT margin of 1,000.00 on its draft of
24.00 + 19 % = 28.56 and issued it: the hoster's statement owed it 12.00 + 1,000.00 = 1,012.00 for the 12.00 + 4.56
= 16.56 it earned. In the cost mode a cost of line kind ``vat`` of -1,000.00 (beside a line of -1 x 0.00 written in
SQL) turned the hoster's invoice to it, 12.00 + 20 % = 14.40, into a credit note of -988.00 - 197.60 = -1,185.60.

The guard now refuses any accrual of line kind ``vat`` a reseller's login adds, of either kind and sign, on a draft
or a credit note (app/storage/row_security.py ``accrual_vat_not_its_own``).

The guard's functions are recreated here when the guard is installed; the downgrade leaves them as this code has
them (as 0036's does): the revision adds no table, column or index.

Revision ID: 0042
Revises: 0041
Create Date: 2026-12-08
"""
from alembic import op

from app.storage import row_security


revision = '0042'
down_revision = '0041'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql' and row_security.accrual_guard_present(conn):
        row_security.install_accrual_guard(conn)


def downgrade() -> None:
    pass
