"""Row-level security on PostgreSQL: each staff login sees and writes only its scope (app/storage/row_security.py).

PostgreSQL only: SQLite is single-user and has no logins.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import Invoice, Price, User
from app.services import changes, invoices, price_matrix, users_admin
from app.storage import row_security
from app.storage.engine import unit_of_work
from tests.staff_world import world_with_logins

D = Decimal

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
                     ("acme_clerk", f"UPDATE resellers SET checks = false WHERE id = {acme}"),
                     ("acme_admin", "UPDATE currencies SET enabled = false"),
                     # A reseller's admin sets its own switches, never its terms with the hoster.
                     ("acme_admin", f"UPDATE resellers SET billing_mode = 'x' WHERE id = {acme}")):
        with pytest.raises(DBAPIError) as exc, world.engines[key].begin() as conn:
            conn.execute(text(sql))
        assert exc.value.orig.sqlstate == "42501", (key, sql)
    with world.engines["acme_admin"].begin() as conn:
        assert conn.execute(text(f"UPDATE resellers SET invoicing = false WHERE id = {acme}")).rowcount == 1
        assert conn.execute(text("UPDATE resellers SET invoicing = false")).rowcount == 1  # only its own row
        # Whether it takes cheques is its own switch too (app/services/billing_settings.py PAYMENT_SWITCHES).
        assert conn.execute(text(f"UPDATE resellers SET checks = false WHERE id = {acme}")).rowcount == 1
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


# --- what a reseller's staff write is checked against what the row points to (migration 0023) ---------------

def _wholesale_draft(world, reseller: str) -> int:
    return _count(world.owner, "SELECT id FROM invoices WHERE kind = 'wholesale' AND status = 'draft' "
                               f"AND customer_reseller_id = {world.resellers[reseller]}")


def _refused_insert(engine, sql: str) -> None:
    with pytest.raises(DBAPIError) as exc, engine.begin() as conn:
        conn.execute(text(sql))
    assert exc.value.orig.sqlstate == "42501", sql


def test_a_reseller_clerk_cannot_rewrite_the_hosters_draft_addressed_to_it(world):
    clerk = world.engines["acme_clerk"]
    draft = _wholesale_draft(world, "acme")
    before = _count(world.owner, f"SELECT sum(amount) FROM invoice_lines WHERE invoice_id = {draft}")
    assert before > 0 and _count(clerk, f"SELECT count(*) FROM invoices WHERE id = {draft}") == 1  # it reads it
    # The reviewer's two writes, and taking it or its lines away, or marking its costs as settled.
    assert _refused(clerk, f"UPDATE invoice_lines SET amount = 0 WHERE invoice_id = {draft}")
    assert _refused(clerk, f"UPDATE invoices SET subtotal = 0.01, total = 0.01 WHERE id = {draft}")
    assert _refused(clerk, f"DELETE FROM invoice_lines WHERE invoice_id = {draft}")
    assert _refused(clerk, f"DELETE FROM invoices WHERE id = {draft}")
    assert _refused(clerk, f"UPDATE accruals SET settled_by_id = NULL WHERE settled_by_id = {draft}")
    assert _refused(clerk, f"DELETE FROM accruals WHERE settled_by_id = {draft}")
    assert _refused(clerk, f"DELETE FROM billed_periods WHERE invoice_id = {draft}")  # settled: billed again
    # Nor does its own draft pass for the hoster's (numbered and chained in the hoster's series).
    assert _refused(clerk, "UPDATE invoices SET issuer_key = 'hoster', issuer_reseller_id = NULL "
                           f"WHERE company_id = {world.companies['c1']} AND status = 'draft'")
    _refused_insert(clerk, f"INSERT INTO invoice_lines (invoice_id, reseller_id, position, kind, description, "
                           f"quantity, unit_price, tax_rate, amount) VALUES ({draft}, {world.resellers['acme']}, "
                           f"99, 'manual', '{{}}', 1, -3.50, 0, -3.50)")
    assert _count(world.owner, f"SELECT sum(amount) FROM invoice_lines WHERE invoice_id = {draft}") == before
    assert _count(world.owner, f"SELECT total FROM invoices WHERE id = {draft}") == D("4.20")


def test_a_reseller_clerk_writes_nothing_for_another_resellers_company_or_the_hoster(world):
    acme, bolt = world.resellers["acme"], world.resellers["bolt"]
    c1, b1, d1 = (world.companies[c] for c in ("c1", "b1", "d1"))
    clerk = world.engines["acme_clerk"]
    with world.owner.begin() as conn:  # the hoster's account of what acme owes it
        owed = conn.execute(text(
            "INSERT INTO payment_accounts (customer_key, issuer_key, currency, created_at, customer_reseller_id, "
            f"reseller_id) VALUES ('reseller:{acme}', 'hoster', 'EUR', now(), {acme}, {acme}) RETURNING id")).scalar()
    plan = _count(world.owner, "SELECT min(id) FROM plans")
    counts = {t: _count(world.owner, f"SELECT count(*) FROM {t}")
              for t in ("company_events", "billed_periods", "users", "prices", "payment_accounts", "ledger_entries")}
    event = ("INSERT INTO company_events (company_id, reseller_id, date, type, plan_id, quantity, code, recorded_at) "
             "VALUES ({company}, %d, '2026-03-01', '{type}', %d, 1, {code}, now())" % (acme, plan))
    for sql in (
        # Charges added to Bolt's company and to the hoster's own, or acme's company handed to Bolt.
        event.format(company=b1, type="subscribe", code="NULL"),
        event.format(company=d1, type="subscribe", code="NULL"),
        event.format(company=c1, type="move", code=f"'reseller:{bolt}'"),
        # Billing blocked: another reseller's company marked billed, under its key or under acme's own company,
        # and acme's own settlement with the hoster marked done.
        "INSERT INTO billed_periods (customer_key, company_id, reseller_id, boundary, outcome) "
        f"VALUES ('company:{b1}', {b1}, {acme}, '2026-03-15', 'nothing')",
        "INSERT INTO billed_periods (customer_key, company_id, reseller_id, boundary, outcome) "
        f"VALUES ('company:{b1}', {c1}, {acme}, '2026-03-15', 'nothing')",
        "INSERT INTO billed_periods (customer_key, company_id, reseller_id, boundary, outcome) "
        f"VALUES ('reseller:{acme}', NULL, {acme}, '2026-03-01', 'nothing')",
        f"INSERT INTO users (company_id, reseller_id, email, name) VALUES ({b1}, {acme}, 'x@b1.example', 'X')",
        f"INSERT INTO users (company_id, reseller_id, email, name) VALUES ({d1}, {acme}, 'x@d1.example', 'X')",
        # Another seller's customer's prices (the pricebook finds an override by its company).
        "INSERT INTO prices (layer, plan_id, currency, amount, reseller_id, company_id) "
        f"SELECT 'company_override', id, 'EUR', 0.01, {acme}, {b1} FROM plans",
        "INSERT INTO prices (layer, plan_id, currency, amount, reseller_id, company_id) "
        f"SELECT 'company_override', id, 'EUR', 0.01, {acme}, {d1} FROM plans",
        # The hoster's account of what acme owes: paid off by its own clerk, or a new one made.
        "INSERT INTO ledger_entries (account_id, reseller_id, kind, amount, entry_date, actor, recorded_at) "
        f"VALUES ({owed}, {acme}, 'payment', -1000, '2026-03-01', current_user, now())",
        "INSERT INTO payment_accounts (customer_key, issuer_key, currency, created_at, customer_reseller_id, "
        f"reseller_id) VALUES ('reseller:{acme}', 'hoster', 'USD', now(), {acme}, {acme})",
    ):
        _refused_insert(clerk, sql)
    # Nor turn an event, a user or a price of its own company over to another.
    assert _refused(clerk, f"UPDATE users SET company_id = {b1}")
    assert _refused(clerk, f"UPDATE prices SET company_id = {b1} WHERE reseller_id = {acme}")
    # Its admin sets no minimum charge for the hoster's invoices.
    _refused_insert(world.engines["acme_admin"], "INSERT INTO minimum_charges (issuer_key, reseller_id, currency, "
                                                 f"amount) VALUES ('hoster', {acme}, 'USD', 500)")
    assert {t: _count(world.owner, f"SELECT count(*) FROM {t}") for t in counts} == counts


def test_a_reseller_clerk_writes_its_invoices_as_drafts_only(world):
    """An invoice written issued would leave the draft state unchecked by the accrual guard, take no number from
    its series and, counted as billed, make room for margins the hoster owes: acme's clerk may write its company's
    invoice as a draft, not as issued (nor as paid, deferred or void); the hoster's clerk still may."""
    c1 = world.companies["c1"]
    acme = world.resellers["acme"]
    insert = ("INSERT INTO invoices (kind, number, issuer_key, issuer_reseller_id, company_id, reseller_id, currency, "
              "language, status, issue_date, subtotal, tax, total, created_at, version) VALUES ('invoice', {number}, "
              f"'reseller:{acme}', {acme}, {c1}, {acme}, 'EUR', 'en', '{{status}}', '2026-02-16', 1000, 190, 1190, "
              "now(), 1)")
    clerk = world.engines["acme_clerk"]
    for status in ("issued", "paid", "partially_paid", "deferred", "void"):
        _refused_insert(clerk, insert.format(number="'ACME-FORGED'", status=status))
    assert _count(world.owner, "SELECT count(*) FROM invoices WHERE number = 'ACME-FORGED'") == 0
    with clerk.connect() as conn:
        assert conn.execute(text(insert.format(number="NULL", status="draft"))).rowcount == 1
        conn.rollback()
    with world.engines["hoster_clerk"].connect() as conn:
        assert conn.execute(text(insert.format(number="'HOSTER-1'", status="issued"))).rowcount == 1
        conn.rollback()


def test_a_reseller_clerk_issues_no_document_whose_lines_do_not_make_its_totals(world):
    """acme's draft for c1 with no lines and a subtotal of 1,000.00 (+ 190.00 = 1,190.00), made issued by an UPDATE
    in SQL with a number typed by hand: refused by the database (migration 0043), as is a draft whose one line of
    50.00 stands under a subtotal of 50.00 and a total of 100.00 (50.00 + 9.50 = 59.50). With its total put right
    (59.50) the second is issued: what it bills is what its line says."""
    c1, acme = world.companies["c1"], world.resellers["acme"]
    clerk = world.engines["acme_clerk"]
    draft = ("INSERT INTO invoices (kind, issuer_key, issuer_reseller_id, company_id, reseller_id, currency, language, "
             f"status, subtotal, tax, total, created_at, version) VALUES ('invoice', 'reseller:{acme}', {acme}, {c1}, "
             "{acme}, 'EUR', 'en', 'draft', {subtotal}, {tax}, {total}, now(), 1) RETURNING id")
    with clerk.begin() as conn:
        empty = conn.execute(text(draft.format(acme=acme, subtotal=1000, tax=190, total=1190))).scalar_one()
        lined = conn.execute(text(draft.format(acme=acme, subtotal=50, tax="9.50", total=100))).scalar_one()
        conn.execute(text("INSERT INTO invoice_lines (invoice_id, reseller_id, position, kind, quantity, unit_price, "
                          f"tax_rate, amount) VALUES ({lined}, {acme}, 0, 'manual', 1, 50, 19, 50)"))
    for invoice in (empty, lined):
        with pytest.raises(DBAPIError, match=r"\[prorata:issued_totals_unbalanced\]"), clerk.begin() as conn:
            conn.execute(text(f"UPDATE invoices SET status = 'issued', number = 'ACME-X{invoice}', "
                              f"issue_date = '2026-02-16' WHERE id = {invoice}"))
    assert _count(world.owner, f"SELECT count(*) FROM invoices WHERE id IN ({empty}, {lined}) "
                               "AND status = 'draft'") == 2
    with clerk.begin() as conn:
        conn.execute(text(f"UPDATE invoices SET total = 59.50 WHERE id = {lined}"))
        conn.execute(text(f"UPDATE invoices SET status = 'issued', issue_date = '2026-02-16' WHERE id = {lined}"))
    assert _count(world.owner, f"SELECT total FROM invoices WHERE id = {lined} AND status = 'issued'") == D("59.50")


def _archiving_sold(world) -> None:
    """Acme's and bolt's price of Archiving and its cost (a subscription a run could not price is refused)."""
    with unit_of_work(world.owner) as s:
        plan = s.scalar(text("SELECT id FROM plans WHERE code = 'archiving'"))
        s.add_all([Price(layer="retail", reseller_id=world.resellers[r], plan_id=plan, currency="EUR",
                         amount=D("22.00")) for r in ("acme", "bolt")]
                  + [Price(layer="wholesale", plan_id=plan, currency="EUR", amount=D("15.00"))])


def test_a_reseller_clerk_still_does_its_own_work(world):
    _archiving_sold(world)
    clerk = world.engines["acme_clerk"]
    c1 = world.companies["c1"]
    with unit_of_work(clerk) as s:
        changes.record_change(s, changes.subscribe("c1", "archiving", date(2026, 3, 1)))
        users_admin.add_user(s, "c1", "new@contoso.example", "New")
        price_matrix.set_price(s, layer="company_override", plan="exchange-basic", currency="EUR", amount="4.00",
                               valid_from=date(2026, 6, 1), company="c1")
    with unit_of_work(clerk) as s:
        draft = s.scalar(select(Invoice.id).where(Invoice.company_id == c1, Invoice.status == "draft"))
        invoices.edit_draft(s, draft, [invoices.ManualLine({"en": "Setup"}, D(2), D("40.00"), tax_rate=D(19))])
    with unit_of_work(clerk) as s:
        issued = invoices.issue(s, draft, date(2026, 2, 16))
        assert (issued.status, issued.subtotal, issued.total) == ("issued", D("80.00"), D("95.20"))
    with unit_of_work(clerk) as s:
        manual = invoices.create_manual(s, "c1", "EUR", [invoices.ManualLine({"en": "Call"}, D(1), D("50.00"))]).id
    with unit_of_work(clerk) as s:
        invoices.delete_draft(s, manual)
    with unit_of_work(world.owner) as s:
        assert s.get(Invoice, manual) is None
        assert s.scalar(select(User.reseller_id).where(User.email == "new@contoso.example")) == world.resellers["acme"]
        assert s.scalar(select(Price.amount).where(Price.company_id == c1)) == D("4.00")


def test_the_hoster_clerk_still_writes_for_everyone(world):
    _archiving_sold(world)
    clerk = world.engines["hoster_clerk"]
    draft = _wholesale_draft(world, "acme")
    with clerk.connect() as conn:
        assert conn.execute(text(f"UPDATE invoice_lines SET amount = amount WHERE invoice_id = {draft}")).rowcount
        conn.rollback()
    with unit_of_work(clerk) as s:
        changes.record_change(s, changes.subscribe("b1", "archiving", date(2026, 3, 1)))
        users_admin.add_user(s, "b1", "new@b1.example", "New")
        price_matrix.set_price(s, layer="company_override", plan="exchange-basic", currency="EUR", amount="4.00",
                               valid_from=date(2026, 6, 1), company="c1")
    with unit_of_work(clerk) as s:
        issued = invoices.issue(s, draft, date(2026, 2, 16))
        assert (issued.status, issued.total) == ("issued", D("4.20"))


def test_a_billing_run_under_the_hoster_admin_bills_and_settles_everyone(world):
    report = run_billing(world.engines["hoster_admin"], date(2026, 3, 15))
    assert sorted(o.code for o in report.of("billed")) == ["b1", "c1", "d1"]
    assert [o for o in report.outcomes if o.outcome == "failed"] == []
    assert sorted({o.code for o in report.reseller_outcomes}) == ["acme", "bolt"]


def test_a_reseller_login_issues_no_draft_whose_totals_were_changed(world):
    """Its own draft rewritten in SQL (lines zeroed, totals kept): the issue refuses it; nothing is issued."""
    clerk = world.engines["acme_clerk"]
    draft = _count(world.owner, f"SELECT id FROM invoices WHERE company_id = {world.companies['c1']} "
                                "AND status = 'draft'")
    with clerk.begin() as conn:
        assert conn.execute(text(f"UPDATE invoice_lines SET amount = 0 WHERE invoice_id = {draft}")).rowcount
    with pytest.raises(ProrataError) as exc, unit_of_work(clerk) as s:
        invoices.issue(s, draft, date(2026, 2, 16))
    assert [p.id for p in exc.value.problems] == ["totals_do_not_add_up"]
    assert _count(world.owner, f"SELECT count(*) FROM invoices WHERE id = {draft} AND status = 'draft'") == 1


def test_the_seller_a_company_left_still_issues_and_credits_its_invoices_of_it(world):
    """A company moved from acme to bolt: the company is bolt's now (its rows follow it), but acme keeps its
    draft and its issued invoice of it, which its clerk issues and credits; bolt's staff record its changes."""
    from app.services import moves

    _archiving_sold(world)

    c1 = world.companies["c1"]
    with unit_of_work(world.engines["hoster_admin"]) as s:
        moves.move_company(s, "c1", "bolt", date(2026, 3, 1))
    clerk = world.engines["acme_clerk"]
    with unit_of_work(world.owner) as s:
        draft, issued = (s.scalar(select(Invoice.id).where(Invoice.company_id == c1, Invoice.status == status))
                         for status in ("draft", "issued"))
    with unit_of_work(clerk) as s:
        assert invoices.issue(s, draft, date(2026, 2, 16)).status == "issued"
    with unit_of_work(clerk) as s:
        note = invoices.credit(s, issued, date(2026, 3, 2))
        assert note.issuer_reseller_id == world.resellers["acme"] and note.company_id == c1
    with unit_of_work(world.engines["bolt_admin"]) as s:
        changes.record_change(s, changes.subscribe("c1", "archiving", date(2026, 3, 5)))
    # Acme's clerk adds nothing to the company's history any more.
    _refused_insert(clerk, "INSERT INTO company_events (company_id, reseller_id, date, type, recorded_at) "
                           f"VALUES ({c1}, {world.resellers['acme']}, '2026-03-05', 'extra', now())")


def test_a_reseller_clerk_stores_the_pdfs_of_its_invoices_and_leaves_the_hosters_to_it(world):
    """The hoster's invoice to acme is the hoster's document: acme's login reads it but may not store its PDF, so a
    batch that lists it stores acme's own and skips that one (it failed the whole batch)."""
    from app.services import document_store
    from app.services import invoices as invoice_service
    from app.storage.engine import unit_of_work

    wholesale = _wholesale_draft(world, "acme")
    own = _count(world.owner, f"SELECT id FROM invoices WHERE company_id = {world.companies['c1']} "
                              "AND status = 'draft'")
    with unit_of_work(world.owner) as s:
        invoice_service.issue(s, wholesale)
        invoice_service.issue(s, own)
    report = document_store.store_pdfs(world.engines["acme_clerk"], [wholesale, own], workers=0)
    assert (report.stored, report.skipped, report.failed) == ([own], [wholesale], [])
    assert _count(world.owner, f"SELECT count(*) FROM invoice_documents WHERE invoice_id = {wholesale}") == 0
