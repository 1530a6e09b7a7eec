"""live refresh: each table a view shows live notifies 'prorata_changes' with its name when a statement changes it

PostgreSQL only (app/storage/changes_feed.py; SQLite polls PRAGMA data_version and needs nothing). A statement
trigger, not a row trigger: one notification per statement, and PostgreSQL folds repeats within a transaction.
The notification is sent at commit, never for a rolled-back transaction, and carries the table's name only.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""
from alembic import op



revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

FUNCTION = "prorata_notify_change"
CHANNEL = "prorata_changes"  # app/storage/changes_feed.py CHANNEL
# app/storage/changes_feed.py WATCHED, as it was when written (a later list gets a migration of its own).
WATCHED = ("companies", "company_events", "hoster", "invoices", "payment_accounts", "payment_allocations",
           "payments", "resellers", "users")


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(f"""
        CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME);
            RETURN NULL;
        END $$""")
    for table in sorted(WATCHED):
        op.execute(f"CREATE TRIGGER {table}_live_refresh AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()")


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table in sorted(WATCHED):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_live_refresh ON {table}")
    op.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}()")
