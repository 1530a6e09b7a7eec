"""staff login roles and row-level security on PostgreSQL (issue 10)

PostgreSQL: the group roles, the staff table and row-level security of app/storage/row_security.py (run as a
superuser). SQLite is single-user and has no roles: nothing changes there (app/storage/engine.py creates a new
database file readable by its owner only).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""
from alembic import op

from app.storage import row_security


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.install(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.uninstall(conn)
