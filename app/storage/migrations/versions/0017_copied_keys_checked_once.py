"""copied keys checked once: no per-row foreign-key lookups for the columns a billing run copies (issue 12)

A billing run writes about a million invoice lines and accruals a month for 100,000 companies. On PostgreSQL
every foreign key of those rows is one lookup in the referenced table per row (with a row lock), and most of
them check columns that are copies of what the row's invoice already names: 1.2 million ``plans`` and 1.5
million ``resellers`` lookups per run, measured at 12 s. Each such column is decided here.

Real relations keep their foreign key, unchanged: ``invoice_lines.invoice_id`` (a line belongs to its invoice),
``accruals.settled_by_id``, ``invoice_lines.user_id`` (empty on almost every line a run writes: 13,000 of
736,000 in the 100,000-company demo's month), every key of ``invoices`` (``company_id``, ``reseller_id``, the
issuers, ``currency``), of ``billed_periods`` (one row per company and month, whose ``reseller_id`` is the
customer itself for a reseller's own boundary) and of ``billing_snapshots``, and the keys the copies come from:
``company_events.plan_id``, ``companies.reseller_id``, the prices' keys. A row naming a plan, company or
reseller that does not exist is refused there, as before.

Copies that row-level security keys on must equal their source, so one check proves it, in place of the two
lookups before (app/storage/row_security.py: a reseller's staff see and write the rows whose ``reseller_id``
is their reseller):

- ``invoice_lines.reseller_id`` is its invoice's ``reseller_id``. The key (invoice_id, reseller_id) now refers to
  invoices (id, reseller_id) (a unique constraint on that pair makes it referable) instead of ``reseller_id``
  referring to resellers: one lookup, in the invoice the plain key has just found, that also proves the copy
  equals its source; before, a reseller's clerk could add a line under its own reseller to another reseller's
  draft. A line with no reseller (the hoster's own companies; only the hoster's staff may write one) is not
  checked by the pair (MATCH SIMPLE); its plain ``invoice_id`` key still is.
- ``accruals.reseller_id`` is its invoice's too (the reseller the company belongs to). Its ``reseller_id`` is
  never empty, so the pair's key checks the invoice as well: it replaces the plain ``invoice_id`` key and the
  ``reseller_id`` key, two lookups, by one.

Copies without a per-row check (their referenced rows can never disappear, and nothing is keyed on them):

- ``invoice_lines.plan_id`` and ``accruals.plan_id``: the plan a company's recorded event named (or the credited
  line's). ``company_events.plan_id`` keeps its key, and events are never changed or deleted (triggers,
  app/storage/immutability.py), so a plan that was ever billed is referenced by an event and cannot be deleted;
  the application deletes no plan at all (app/services has no delete of a plan).
- ``invoice_lines.company_id`` and ``accruals.company_id``: the invoice's company (a reseller's wholesale lines:
  the company whose cost the accrual carried), which ``invoices.company_id`` keeps referenced; an invoice that
  is not a draft is never deleted, and the application deletes no company.

SQLite is left as it is. Its foreign keys are enforced (``PRAGMA foreign_keys=ON``, app/storage/engine.py), but
each check is a probe of the parent's rowid inside the process, without a lock: the three copies' keys of
740,000 lines cost 0.55 s of CPU (measured apart, 2026-12-06), under 1 s a month with the accruals'. Dropping a
foreign key there means rebuilding the table, and a user's file may hold millions of lines; SQLite is
single-user (no row-level security to protect). Not worth it. The models declare both shapes (``ddl_if``:
app/models/invoices.py, app/models/billing.py).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-06
"""
from alembic import op


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

UNIQUE = 'uq_invoices_id_reseller_id'
# table -> (the copies' keys dropped, (column, referred table) each; the pair key added)
DROPPED = {
    'invoice_lines': (('reseller_id', 'resellers'), ('plan_id', 'plans'), ('company_id', 'companies')),
    'accruals': (('reseller_id', 'resellers'), ('plan_id', 'plans'), ('company_id', 'companies'),
                 ('invoice_id', 'invoices')),
}
PAIR = {'invoice_lines': 'fk_invoice_lines_invoice_reseller', 'accruals': 'fk_accruals_invoice_reseller'}


def _fk(table: str, column: str, referred: str) -> str:
    return f'fk_{table}_{column}_{referred}'


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    from app.storage.copied_keys import refuse_differing_copies

    refuse_differing_copies(op.get_bind())  # rows the new keys would refuse: named in words, nothing changed
    op.create_unique_constraint(UNIQUE, 'invoices', ['id', 'reseller_id'])
    for table, dropped in DROPPED.items():
        for column, referred in dropped:
            op.drop_constraint(_fk(table, column, referred), table, type_='foreignkey')
        op.create_foreign_key(PAIR[table], table, 'invoices', ['invoice_id', 'reseller_id'], ['id', 'reseller_id'])


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    for table, dropped in DROPPED.items():
        op.drop_constraint(PAIR[table], table, type_='foreignkey')
        for column, referred in dropped:
            op.create_foreign_key(_fk(table, column, referred), table, referred, [column], ['id'])
    op.drop_constraint(UNIQUE, 'invoices', type_='unique')
