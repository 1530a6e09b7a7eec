"""billed periods by boundary and currency changes by currency, indexed on their own; companies by currency

A price change is refused when a company of its scope that bills in its currency is billed on or after its start
(``app.services.billed_prices``). Without these it read every billed period (about 1.2 million more a year for
100,000 companies) and every company event to answer, even for a price set ahead of every billed day:

- ``ix_billed_periods_boundary``: companies' billed periods by boundary (partial: resellers' are never asked);
- ``ix_company_events_currency``: the few currency changes (partial), by the currency changed to;
- ``ix_companies_currency``: companies by signup currency and seller (their ids read from the index alone).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06
"""
from alembic import op
from sqlalchemy import text

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None

# As app/services/billed_prices.py names them when this migration was written (literal, so that SQLite sees the
# partial indexes apply).
_COMPANY_PERIOD = text("company_id IS NOT NULL")
_CURRENCY_CHANGE = text("type = 'currency'")


def upgrade() -> None:
    op.create_index('ix_billed_periods_boundary', 'billed_periods', ['boundary', 'company_id'], unique=False,
                    sqlite_where=_COMPANY_PERIOD, postgresql_where=_COMPANY_PERIOD)
    op.create_index('ix_company_events_currency', 'company_events', ['currency', 'company_id'], unique=False,
                    sqlite_where=_CURRENCY_CHANGE, postgresql_where=_CURRENCY_CHANGE)
    op.create_index('ix_companies_currency', 'companies', ['currency', 'reseller_id', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_companies_currency', table_name='companies')
    op.drop_index('ix_company_events_currency', table_name='company_events')
    op.drop_index('ix_billed_periods_boundary', table_name='billed_periods')
