"""A reseller's clerk reads one moved company's history by key, not by hashing all its seller's companies (migration
0032, app/storage/row_security.py ``_READ["company_events"]``); a read of the whole history still hashes them once.

PostgreSQL only. The world is written in SQL by the superuser: resellers A and B with 3,000 companies each, 3 events
a company (Jan, Mar, May 2025, under its seller); A's first 5 companies moved to B and B's first 5 to A on 1 Apr
2025 (the move under the seller left; the May event under the new seller, the Jan and Mar events under the old).
What a login sees of these rows is checked against the rules in tests/test_moved_history_policy.py; here, the
plans and the counts worked out by hand.
"""
from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from app.services import staff
from app.storage import schema
from app.storage.engine import make_engine
from tests.staff_world import StaffWorld, drop_logins

pytestmark = pytest.mark.pg

# At 1,000 a seller (2,000 companies in all) the planner still hashes them for a read of 4 rows: a scan of so small
# a table is costed below four lookups (and takes some 0.1 ms). From a few thousand on, it looks them up.
PER_SELLER = 3_000
MOVED = 5


@pytest.fixture
def world(pg_db):
    """(A's id, B's id, a company that moved from B to A, one that moved from A to B, one of A that never moved,
    A's clerk's engine)."""
    made = StaffWorld(pg_db, {}, {})
    with pg_db.begin() as conn:
        conn.execute(text("INSERT INTO currencies (code, enabled) VALUES ('EUR', true)"))
        a, b = (conn.execute(text(
            "INSERT INTO resellers (code, name, currency, language, billing_mode, tax_rate, invoice_number_format, "
            "tax_treatment) VALUES (:c, :c, 'EUR', 'en_GB', 'reseller_bills', 0, 'R-{seq}', 'standard') "
            "RETURNING id"), dict(c=code)).scalar_one() for code in ("oca", "ocb"))
        conn.execute(text(
            "INSERT INTO companies (code, name, currency, language, signup, delivery, tax_treatment, reseller_id) "
            "SELECT 'oc-' || g, 'Company ' || g, 'EUR', 'en_GB', DATE '2025-01-15', 'email', 'standard', "
            "CASE WHEN g < :n THEN :a ELSE :b END FROM generate_series(0, 2 * :n - 1) g"), dict(n=PER_SELLER, a=a, b=b))
        conn.execute(text(
            "CREATE TEMP TABLE oc_moved ON COMMIT DROP AS SELECT c.id, c.reseller_id AS old, "
            "CASE c.reseller_id WHEN :a THEN :b ELSE :a END AS new FROM companies c "
            "WHERE substr(c.code, 4)::int % :n < :k"),
            dict(a=a, b=b, n=PER_SELLER, k=MOVED))
        conn.execute(text(
            "INSERT INTO company_events (company_id, reseller_id, date, type, quantity, recorded_at) "
            "SELECT c.id, CASE WHEN m.id IS NOT NULL AND d.d > DATE '2025-04-01' THEN m.new ELSE c.reseller_id END, "
            "d.d, 'quantity', 1, now() FROM companies c LEFT JOIN oc_moved m ON m.id = c.id "
            "CROSS JOIN (VALUES (DATE '2025-01-15'), (DATE '2025-03-15'), (DATE '2025-05-15')) d(d)"))
        conn.execute(text(
            "INSERT INTO company_events (company_id, reseller_id, date, type, code, recorded_at) "
            "SELECT m.id, m.old, DATE '2025-04-01', 'move', 'reseller:' || m.new, now() FROM oc_moved m"))
        conn.execute(text("UPDATE companies c SET reseller_id = m.new FROM oc_moved m WHERE m.id = c.id"))
        moved_in = conn.execute(text("SELECT min(id) FROM oc_moved WHERE new = :a"), dict(a=a)).scalar_one()
        moved_away = conn.execute(text("SELECT min(id) FROM oc_moved WHERE old = :a"), dict(a=a)).scalar_one()
        never = conn.execute(text("SELECT min(id) FROM companies WHERE reseller_id = :a AND id NOT IN "
                                  "(SELECT id FROM oc_moved)"), dict(a=a)).scalar_one()
        conn.execute(text("ANALYZE companies, company_events"))
    name = made.new_login("a_clerk")
    staff.add(pg_db, name, "reseller-clerk", "oca", password=uuid.uuid4().hex, keep_in_keyring=False)
    clerk = made.engines["A"] = make_engine(made.url("a_clerk"))
    try:
        yield a, b, moved_in, moved_away, never, clerk
    finally:
        drop_logins(made)


def _plan(engine, sql: str) -> str:
    with engine.connect() as conn:
        return "\n".join(conn.execute(text("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) " + sql)).scalars())


def _count(engine, sql: str) -> int:
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM ({sql}) x")).scalar_one()


def test_one_moved_company_is_read_by_key(world):
    _, _, moved_in, moved_away, _, clerk = world
    for company in (moved_in, moved_away):
        plan = _plan(clerk, f"SELECT * FROM company_events WHERE company_id = {company}")
        # Its companies looked up by key for the few rows the index gives, never every company of the seller read
        # to be hashed (migration 0028's plan: "Seq Scan on companies" under a hashed subplan).
        assert "Seq Scan on companies" not in plan, plan
        assert "pk_companies" in plan, plan


def test_the_whole_history_hashes_the_sellers_companies_once(world):
    _, _, _, _, _, clerk = world
    plan = _plan(clerk, "SELECT * FROM company_events")
    assert "hashed SubPlan" in plan and "pk_companies" not in plan, plan


def test_what_the_clerk_reads_of_one_company(world):
    _, _, moved_in, moved_away, never, clerk = world
    one = "SELECT * FROM company_events WHERE company_id = {}"
    # Moved in from B: A has it now, so all its 4 rows (Jan, Mar under B; the Apr move under B; May under A).
    assert _count(clerk, one.format(moved_in)) == 4
    # Moved away to B on Apr 1: A's own rows (Jan, Mar, the move), not B's May event: 3.
    assert _count(clerk, one.format(moved_away)) == 3
    # Never moved: its 3 events.
    assert _count(clerk, one.format(never)) == 3
    # All A reads: its 2,995 companies that never moved, 3 events each (8,985); the 5 that came, 4 each (20); the 5
    # that left, 3 each (15): 9,020. Not the 2,995 unmoved companies of B.
    assert _count(clerk, "SELECT * FROM company_events") == 2995 * 3 + 5 * 4 + 5 * 3 == 9020


def test_the_downgrade_puts_migration_0028s_form_back(pg_db, world):
    _, _, moved_in, _, _, clerk = world

    def policy() -> str:
        with pg_db.connect() as conn:
            return conn.execute(text("SELECT qual FROM pg_policies WHERE tablename = 'company_events' "
                                     "AND policyname = 'prorata_read'")).scalar_one()

    assert "EXISTS" in policy()
    try:
        schema.migrate(pg_db, "0031", down=True)
        back = policy()
        assert "EXISTS" not in back and "companies_left" in back
        # Migration 0028's form read every company of the seller to hash them, for one company's 4 rows.
        assert "Seq Scan on companies" in _plan(clerk, f"SELECT * FROM company_events WHERE company_id = {moved_in}")
        # The same rows under either form (the moved-in company: 4, as above).
        assert _count(clerk, f"SELECT * FROM company_events WHERE company_id = {moved_in}") == 4
        assert _count(clerk, "SELECT * FROM company_events") == 9020
    finally:
        schema.migrate(pg_db, "head")
    assert "EXISTS" in policy()
