"""staff scope planned once per session; two admins cannot disable each other at once (issue 10)

- ``prorata_security.scope(login)``, which every row-level security policy calls once per statement to map the
  login to its reseller, becomes PL/pgSQL with the same body, flags (STABLE SECURITY DEFINER, its own
  search_path) and result. As a SQL function it was never inlined (SECURITY DEFINER and a SET clause forbid
  it), so PostgreSQL parsed and planned its body again in every statement; PL/pgSQL keeps the plan per session.
- ``disable_staff`` locks the caller's staff row and the target's in one statement, in login order, before it
  decides: of two reseller admins disabling each other at the same moment, one wins and the other is refused
  (``staff_disabled_meanwhile``); before, both succeeded and the reseller was left without an admin.

Both are (re)created by ``row_security.apply`` (owners, grants and search_path as in migration 0009).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06
"""
from alembic import op

from app.storage import row_security


revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None

# scope as migrations 0009 to 0018 left it; CREATE OR REPLACE keeps its owner and grants.
_SQL_SCOPE = f"""
CREATE OR REPLACE FUNCTION {row_security.SCHEMA}.scope(login name) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
    SELECT coalesce(s.reseller_id, 0) FROM {row_security.SCHEMA}.staff s WHERE s.login = $1 AND NOT s.disabled
$f$"""


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.apply(conn)


def downgrade() -> None:
    """scope goes back to SQL; disable_staff keeps its locking (same signature and refusals, one more of them)."""
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        conn.exec_driver_sql(_SQL_SCOPE)
