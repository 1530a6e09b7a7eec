"""a reseller's clerk reads one moved company's history without hashing all its seller's companies (issue 10)

PostgreSQL only: the ``company_events`` reading policy finds the login's seller's companies by a correlated
``EXISTS`` (``c.id = company_events.company_id AND c.reseller_id = scope``) instead of migration 0028's
``company_id IN (SELECT c.id FROM companies c WHERE c.reseller_id = scope)`` (app/storage/row_security.py
``_READ``). PostgreSQL plans such an ``EXISTS`` both ways, a lookup by key for each row and a hashed set made
once, and keeps for each statement the one its row count makes cheaper: a read of one company's events (a
dozen rows) looks each row's company up in ``pk_companies``, where ``IN`` hashed every company of the seller
whenever the company had a row of another seller (one that moved in or away): 0.45 ms against 0.07 ms in the
server at 2,000 companies a seller for a company that moved in (4.5 ms at 20,000, measured before, read whole,
where it was 0.15 ms before migration 0028). A read of the whole history still hashes them once (the same time
as the plain query, bench/bench_moved_history.py). Below a few thousand companies in all, the planner hashes them
for a single company too (costed below a few lookups; some 0.1 ms). The rows let through are the same
(tests/test_moved_history_policy.py). Migration 0028 chose ``IN`` because a correlated ``EXISTS`` is costed per
row and turned JIT compilation on for the bigger reads; staff logins have JIT off since migration 0030.

The downgrade puts migration 0028's form back.

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-07
"""
from alembic import op

from app.storage import row_security


revision = '0032'
down_revision = '0031'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.apply(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.set_read_policy(conn, 'company_events', row_security.COMPANY_EVENTS_READ_0028)

