"""Row-level security on PostgreSQL: each staff login sees and writes only its scope (app/storage/row_security.py).

PostgreSQL only: SQLite is single-user and has no logins.
"""
from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from app.storage import row_security
from tests.staff_world import world_with_logins

pytestmark = pytest.mark.pg

# A row of a tenant-scoped table that a reseller's staff may read although it is not theirs (the hoster's base
# wholesale price and minimum charges, which it pays): excluded from "foreign".
_SHARED_WITH_RESELLERS = {
    "prices": "(layer = 'wholesale' AND reseller_id IS NULL AND company_id IS NULL)",
    "minimum_charges": "(reseller_id IS NULL)",
}


@pytest.fixture
def world(pg_db):
    with world_with_logins(pg_db) as w:
        yield w


def _foreign(table: str, columns: set[str], me: int) -> str:
    """The condition selecting the rows of ``table`` that are not reseller ``me``'s."""
    if table == "resellers":
        return f"id <> {me}"
    if "reseller_id" in columns:
        shared = _SHARED_WITH_RESELLERS.get(table)
        return f"reseller_id IS DISTINCT FROM {me}" + (f" AND NOT {shared}" if shared else "")
    return f"issuer_key IS DISTINCT FROM 'reseller:{me}'"


def _tables(world) -> list[tuple[str, set[str]]]:
    with world.owner.connect() as conn:
        policed = set(row_security.tenant_tables(conn))
        return [(t, cols) for t, cols in row_security._public_tables(conn) if t in policed]


def _count(engine, sql: str) -> int:
    with engine.connect() as conn:
        return conn.execute(text(sql)).scalar_one()


def _refused(engine, sql: str) -> bool:
    """True when the write changed nothing: it was refused, or it matched no row the login may touch."""
    with engine.connect() as conn:
        try:
            result = conn.execute(text(sql))
        except DBAPIError as exc:
            assert getattr(exc.orig, "sqlstate", None) == "42501", exc  # insufficient privilege / policy
            return True
        changed = result.rowcount
        conn.rollback()
        return changed == 0


def test_every_tenant_table_is_policed(world):
    with world.owner.connect() as conn:
        tables = {t for t, _ in row_security._public_tables(conn)}
        policed = set(row_security.tenant_tables(conn))
    scoped = {"accruals", "audit_log", "billed_periods", "companies", "company_events", "invoice_chain_heads",
              "invoice_lines", "invoices", "minimum_charges", "number_series", "prices", "resellers", "users"}
    assert scoped <= policed
    # What is left unpoliced has no tenant: the catalogue, currencies, the hoster, the audit chain's head.
    assert tables - policed <= {"alembic_version", "audit_chain", "currencies", "extra_item_amounts",
                                "extra_items", "hoster", "plans", "services"}


@pytest.mark.parametrize("key,reseller", [("acme_admin", "acme"), ("acme_clerk", "acme"),
                                          ("bolt_admin", "bolt")])
def test_a_resellers_staff_see_no_foreign_row_and_write_none(world, key, reseller):
    me = world.resellers[reseller]
    engine = world.engines[key]
    foreign_in: set[str] = set()
    for table, columns in _tables(world):
        foreign = _foreign(table, columns, me)
        there = _count(world.owner, f'SELECT count(*) FROM "{table}" WHERE {foreign}')
        if there:
            foreign_in.add(table)
        assert _count(engine, f'SELECT count(*) FROM "{table}" WHERE {foreign}') == 0, table
        if there:
            column = "reseller_id" if "reseller_id" in columns else ("id" if table == "resellers" else "issuer_key")
            assert _refused(engine, f'UPDATE "{table}" SET {column} = {column} WHERE {foreign}'), table
            assert _refused(engine, f'DELETE FROM "{table}" WHERE {foreign}'), table
    # The world has foreign rows to hide in every kind of table.
    assert {"companies", "users", "company_events", "invoices", "invoice_lines", "accruals", "billed_periods",
            "prices", "resellers", "audit_log", "number_series", "invoice_chain_heads"} <= foreign_in
    # Its own rows are there: its company, its invoices, its audit entries.
    assert _count(engine, "SELECT count(*) FROM companies") == 1
    assert _count(engine, "SELECT count(*) FROM invoices") >= 1
    assert _count(engine, "SELECT count(DISTINCT reseller_id) FROM invoices") == 1


def test_a_reseller_cannot_insert_into_another_resellers_scope(world):
    bolt, acme = world.resellers["bolt"], world.resellers["acme"]
    acme_admin = world.engines["acme_admin"]
    plan = _count(world.owner, "SELECT min(id) FROM plans")
    for sql in (
        f"INSERT INTO companies (code, name, reseller_id, currency, language, signup, term, delivery, "
        f"tax_treatment, version) VALUES ('x1', 'X', {bolt}, 'EUR', 'en', '2026-01-01', 'monthly', 'email', "
        f"'standard', 1)",
        "INSERT INTO companies (code, name, reseller_id, currency, language, signup, term, delivery, "
        "tax_treatment, version) VALUES ('x2', 'X', NULL, 'EUR', 'en', '2026-01-01', 'monthly', 'email', "
        "'standard', 1)",
        # The hoster's wholesale prices: not even for itself.
        f"INSERT INTO prices (layer, plan_id, currency, amount, reseller_id) "
        f"VALUES ('wholesale_override', {plan}, 'EUR', 10000, {acme})",
        f"INSERT INTO prices (layer, plan_id, currency, amount, reseller_id) "
        f"VALUES ('retail', {plan}, 'EUR', 10000, {bolt})",
        # An audit entry under another person's name.
        f"INSERT INTO audit_log (at, actor, action, entity, reseller_id, prev_hash, hash) "
        f"VALUES (now(), 'someone-else', 'x', 'x', {acme}, 'p', 'h')",
    ):
        with pytest.raises(DBAPIError) as exc, acme_admin.begin() as conn:
            conn.execute(text(sql))
        assert exc.value.orig.sqlstate == "42501", sql


def test_a_reseller_reads_the_base_wholesale_price_but_not_another_resellers_cost(world):
    acme = world.engines["acme_admin"]
    rows = set()
    with acme.connect() as conn:
        rows = set(conn.execute(text("SELECT layer, reseller_id FROM prices")).all())
    me = world.resellers["acme"]
    assert rows == {("wholesale", None), ("wholesale_override", me), ("retail", me)}
    assert _count(acme, "SELECT count(*) FROM accruals WHERE reseller_id <> %d" % me) == 0


def test_a_reseller_changes_no_amount_of_its_costs(world):
    acme = world.engines["acme_admin"]
    with pytest.raises(DBAPIError) as exc, acme.begin() as conn:
        conn.execute(text("UPDATE accruals SET amount = 0"))
    assert exc.value.orig.sqlstate == "42501"
    # Those of an issued invoice stay; only a draft's go (with the draft).
    issued = _count(world.owner, "SELECT count(*) FROM accruals a JOIN invoices i ON i.id = a.invoice_id "
                                 f"WHERE i.status <> 'draft' AND a.reseller_id = {world.resellers['acme']}")
    assert issued > 0
    assert _refused(acme, "DELETE FROM accruals a USING invoices i WHERE i.id = a.invoice_id AND i.status <> 'draft'")


def test_the_hoster_staff_see_everything(world):
    for key in ("hoster_admin", "hoster_clerk", "reviewer"):
        for table in ("companies", "invoices", "invoice_lines", "prices", "audit_log", "accruals"):
            assert _count(world.engines[key], f"SELECT count(*) FROM {table}") == \
                _count(world.owner, f"SELECT count(*) FROM {table}"), (key, table)


def test_the_reviewer_writes_nothing(world):
    reviewer = world.engines["reviewer"]
    login = world.logins["reviewer"]
    with world.owner.connect() as conn:
        writable = conn.execute(text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname IN ('public', 'prorata_security') AND c.relkind IN ('r', 'v', 'p') "
            "AND has_table_privilege(:login, c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE')"), dict(login=login)).all()
    assert writable == []
    for sql in ("UPDATE companies SET name = name", "DELETE FROM prices", "UPDATE hoster SET name = name",
                "INSERT INTO currencies (code, enabled) VALUES ('CHF', true)"):
        with pytest.raises(DBAPIError) as exc, reviewer.begin() as conn:
            conn.execute(text(sql))
        assert exc.value.orig.sqlstate == "42501"


def test_clerks_change_no_currency_and_no_switch_admins_do(world):
    acme = world.resellers["acme"]
    for key, sql in (("hoster_clerk", "UPDATE currencies SET enabled = false"),
                     ("hoster_clerk", "UPDATE hoster SET invoicing = false"),
                     ("hoster_clerk", f"UPDATE resellers SET payment_collection = false WHERE id = {acme}"),
                     ("acme_clerk", f"UPDATE resellers SET invoicing = false WHERE id = {acme}"),
                     ("acme_admin", "UPDATE currencies SET enabled = false"),
                     # A reseller's admin sets its own switches, never its terms with the hoster.
                     ("acme_admin", f"UPDATE resellers SET billing_mode = 'x' WHERE id = {acme}")):
        with pytest.raises(DBAPIError) as exc, world.engines[key].begin() as conn:
            conn.execute(text(sql))
        assert exc.value.orig.sqlstate == "42501", (key, sql)
    with world.engines["acme_admin"].begin() as conn:
        assert conn.execute(text(f"UPDATE resellers SET invoicing = false WHERE id = {acme}")).rowcount == 1
        assert conn.execute(text("UPDATE resellers SET invoicing = false")).rowcount == 1  # only its own row
    with world.engines["hoster_admin"].begin() as conn:
        assert conn.execute(text("UPDATE hoster SET invoicing = true")).rowcount == 1
        assert conn.execute(text("UPDATE currencies SET enabled = true WHERE code = 'EUR'")).rowcount == 1


def test_no_login_owns_a_table_bypasses_security_or_can_become_the_owner(world):
    with world.owner.connect() as conn:
        owners = set(conn.execute(text(
            "SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname IN ('public', 'prorata_security') "
            "AND c.relkind IN ('r', 'v', 'm', 'p', 'S')")).scalars())
        assert owners == {row_security.OWNER}
        owner = conn.execute(text("SELECT rolcanlogin, rolbypassrls, rolsuper FROM pg_roles WHERE rolname = :r"),
                             dict(r=row_security.OWNER)).one()
        assert tuple(owner) == (False, False, False)
        # Every login but the cluster's superusers (who stand above any database and are no application login).
        logins = conn.execute(text(
            "SELECT rolname, rolbypassrls, pg_has_role(oid, :owner, 'MEMBER'), "
            "pg_has_role(oid, :manager, 'MEMBER') FROM pg_roles WHERE rolcanlogin AND NOT rolsuper"),
            dict(owner=row_security.OWNER, manager=row_security.STAFF_MANAGER)).all()
        ours = [r for r in logins if r.rolname in world.logins.values()]
        assert len(ours) == len(world.logins)
        assert [r for r in logins if r[1] or r[2] or r[3]] == []
        # The group roles cannot log in, and none of them is the owner or bypasses row security.
        groups = conn.execute(text(
            "SELECT rolname FROM pg_roles WHERE rolname = ANY(:g) AND NOT rolcanlogin AND NOT rolbypassrls "
            "AND NOT pg_has_role(oid, :owner, 'MEMBER')"),
            dict(g=list(row_security.GROUPS), owner=row_security.OWNER)).scalars().all()
        assert sorted(groups) == sorted(row_security.GROUPS)
        # Every policed table forces its policies on the owner too; views run as their caller.
        unforced = conn.execute(text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relrowsecurity AND NOT c.relforcerowsecurity")).all()
        assert unforced == []
        definer_views = conn.execute(text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'v' "
            "AND NOT coalesce('security_invoker=true' = ANY(c.reloptions), false)")).all()
        assert definer_views == []


def test_a_staff_login_cannot_step_into_the_owner_or_another_login(world):
    with pytest.raises(DBAPIError), world.engines["hoster_admin"].begin() as conn:
        conn.execute(text(f"SET ROLE {row_security.OWNER}"))
    with pytest.raises(DBAPIError), world.engines["acme_admin"].begin() as conn:
        conn.execute(text(f'SET ROLE "{world.logins["bolt_admin"]}"'))
    # Its group role is allowed but is no staff member: it sees nothing at all.
    with world.engines["acme_admin"].begin() as conn:
        conn.execute(text(f"SET ROLE {row_security.RESELLER_ADMIN}"))
        assert conn.execute(text("SELECT count(*) FROM companies")).scalar_one() == 0
        # A session setting is no key: policies ask only the login.
        conn.execute(text("SELECT set_config('prorata.reseller_id', '0', true)"))
        assert conn.execute(text("SELECT count(*) FROM invoices")).scalar_one() == 0


def test_apply_polices_a_table_a_later_migration_adds(world):
    with world.owner.begin() as conn:
        conn.execute(text("CREATE TABLE later_notes (id serial PRIMARY KEY, reseller_id integer, body text)"))
        conn.execute(text(f"INSERT INTO later_notes (reseller_id, body) VALUES "
                          f"({world.resellers['acme']}, 'a'), ({world.resellers['bolt']}, 'b'), (NULL, 'h')"))
        row_security.apply(conn)
    try:
        with world.engines["acme_admin"].connect() as conn:
            assert conn.execute(text("SELECT body FROM later_notes")).scalars().all() == ["a"]
        with world.engines["acme_admin"].begin() as conn:
            conn.execute(text(f"INSERT INTO later_notes (reseller_id, body) VALUES ({world.resellers['acme']}, 'x')"))
    finally:
        with world.owner.begin() as conn:
            conn.execute(text("DROP TABLE later_notes"))
