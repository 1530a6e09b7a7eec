"""the accrual guard's give-back check sums each key the statement lowered, not its companies' whole history (issue 10)

``accrual_give_back_exceeds`` (app/storage/row_security.py ``_accrual_check``) summed every accrual of the
companies a statement lowered a cost of, grouped by company, plan, extra and currency, sorted them, then matched
the statement's keys against all those sums one by one: in a reseller clerk's run (bench/bench_accrual_guard.py,
Rheinwerk, 13 months of history) a batch of 74 companies giving back 87 keys sorted 5,000 rows into 245 sums and
compared 21,000 pairs. It now sums each key on its own, found by the company (``ix_accruals_company``, migration
0027): the same rows read, no sort, no pairing. Same result: a key without accruals still sums to nothing (0 net).

Measured on that run's accrual writes (the machine shared, load 1.4 to 3): the check about halved (against the
unit-cost check, which it does not touch: 1.0 to 1.3 times its time before, 0.4 to 0.7 after); the guard / none
figure 1.415, 1.447, 1.479 before, 1.437, 1.405, 1.390 after (the guard's median 201 to 327 ms more than none,
then 152 to 165 ms). Still above 1.2: the unit-cost check costs as much as this one did, and the statement's
transition table alone (the triggers' functions emptied) 1.06 to 1.13.

A covering index on accruals(company_id) INCLUDE (the summed columns) was tried and left out: index-only scans,
a quarter of the buffers read, but no less CPU in the trigger, and every accrual of the hoster's runs would pay
for the wider index.

The guard's functions are recreated here when the guard is installed; the downgrade leaves them as this code has
them (as 0034's does): the revision adds no table, column or index.

Revision ID: 0036
Revises: 0035
Create Date: 2026-12-07
"""
from alembic import op

from app.storage import row_security


revision = '0036'
down_revision = '0035'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql' and row_security.accrual_guard_present(conn):
        row_security.install_accrual_guard(conn)


def downgrade() -> None:
    pass
