"""an admin disabled while adding staff adds no one (issue 10)

``add_staff`` checked that its caller was an active admin without holding the caller's staff row: an admin
disabled by another at that very moment could still add a login. It now holds that row (FOR SHARE) until the
commit, as ``disable_staff`` holds both rows since migration 0019: a disable under way is waited for and the
add refused (``staff_disabled_meanwhile``); a disable that comes later waits for the add.

Recreated by ``row_security.apply`` (owners, grants and search_path as in migration 0009). PostgreSQL only.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06
"""
from alembic import op

from app.storage import row_security


revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        row_security.apply(conn)


def downgrade() -> None:
    pass  # the caller's row held is harmless to an older Prorata
