"""an own price ends: ``prices.amount`` may be NULL on a company's own price

A price holds until the next one of its series, so an own price could not end: "ending" it from a day recorded
an own price equal to the seller's price of that day, and the seller's later changes never reached the company.
Now a ``company_override`` row with no amount ends the company's own price from its ``valid_from``: from then the
company pays its seller's price, following its changes (app/billing/pricebook.py,
app/services/price_removal.py ``end_own_price``). Only an own price ends this way: the check
``ck_prices_only_own_ends`` keeps every other layer's amount required, on both databases.

SQLite changes a column's NULL-ness and adds a check only by rebuilding the table (batch mode): its rows and
its two indexes are copied; no trigger and no foreign key of another table refers to ``prices``. PostgreSQL
alters it in place (its row-security policies read ``layer``, ``reseller_id`` and ``company_id``, not the
amount).

The downgrade refuses a database that has an ended own price (the old schema cannot say it; nothing changed):
remove those rows first.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-07
"""
from alembic import op
import sqlalchemy as sa

from app.storage.types import Amount


revision = '0029'
down_revision = '0028'
branch_labels = None
depends_on = None

_ONLY_OWN_ENDS = "amount IS NOT NULL OR layer = 'company_override'"  # app/models/prices.py ONLY_OWN_ENDS


def upgrade() -> None:
    with op.batch_alter_table('prices', schema=None) as batch_op:
        batch_op.alter_column('amount', existing_type=Amount(), nullable=True)
        batch_op.create_check_constraint(op.f('ck_prices_only_own_ends'), sa.text(_ONLY_OWN_ENDS))


def downgrade() -> None:
    conn = op.get_bind()
    if conn.execute(sa.text("SELECT 1 FROM prices WHERE amount IS NULL")).first() is not None:
        raise RuntimeError("migration 0029 cannot be undone: ended own prices (prices with no amount) exist; "
                           "remove them first")
    with op.batch_alter_table('prices', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_prices_only_own_ends'), type_='check')
        batch_op.alter_column('amount', existing_type=Amount(), nullable=False)
