"""Who may see and change what on PostgreSQL: staff group roles, grants and row-level security.

Every person logs in as a PostgreSQL login of their own, member of one group role per function
(``GROUPS``). The database, not the application, keeps each reseller's staff inside its subtree:

- The tables are owned by ``prorata_owner``, a role nobody logs in as and no login is a member of; every
  tenant-scoped table has FORCE ROW LEVEL SECURITY, so even its owner passes the policies.
- A policy asks ``prorata_security.scope(current_user)``: 0 for the hoster's staff (every row), a reseller's
  id for that reseller's staff, NULL (no row at all) for a login that is not staff or is disabled. The
  login is the only key: a session setting or a variable a client can set is never consulted.
- The staff table (``prorata_security.staff``: login, role, reseller, disabled) maps logins to scopes; only
  the functions ``add_staff`` and ``disable_staff`` write it (app/services/staff.py calls them). They run as
  ``prorata_staff_manager``, a role nobody logs in as (CREATEROLE is too powerful to hand to a person), and
  check their caller first: a hoster admin manages every login, a reseller admin only its own reseller's
  admins and clerks (it cannot make hoster staff, staff of another reseller or a reviewer, nor disable them).
- Grants say what each function may do at all (clerks cannot change currencies or switches; the reviewer
  only reads); the policies say on which rows.
- A row's ``reseller_id`` is a copy that says whose staff read it. What a reseller's staff write is checked
  against what the row points to as well (``_POINTS_TO``, migration 0023): an invoice and what hangs on it only
  when their reseller issues it, a company's rows only when the company is theirs now (its invoices, accounts
  and mandates also after it moved away from them), payments only on accounts they issue to, settings only
  under their own issuer key. The hoster's staff pass on their scope before any of these lookups.
- A company's history follows the company (migration 0026): the seller it is with now reads all its events (a
  move is stored under the seller it leaves, the earlier events under whoever recorded them), its billed periods
  and snapshots; a seller it left reads its own rows and the events dated before the day it left; each reads the
  reseller rows of the sellers its companies moved between (``_READ``). That day is asked for only for the
  companies that left the login's seller (migration 0028); its own companies are looked up by key for a read of a
  few rows and hashed for a read of many (migration 0032).
- What a reseller's staff accrue (its costs, the margins the hoster owes it) is added to its own drafts only, and
  triggers check that it adds up (migration 0024, ``ACCRUAL_REFUSALS``); the hoster's staff pass on their scope,
  once per statement.

- Every staff login starts its sessions with ``LOGIN_SETTINGS`` (``jit = off``, migration 0030): the policies' EXISTS
  clauses are costed per row, and compiling a reseller's bigger reads took longer than the reads.

``install`` (migration 0009) creates the roles and the staff table, then calls ``apply``.
``apply`` is idempotent and reflective: it takes every table of the public schema, gives it to the owner,
grants it to the groups and, if it is tenant-scoped (a ``reseller_id`` column, or an ``issuer_key``, or it
is ``resellers``), forces row-level security with the policies below; and it (re)creates the staff functions.
A later migration that adds tables calls ``apply(op.get_bind())`` again at its end. Both must run as a superuser (roles are cluster-wide; the
tables change owner).

Roles are shared by every database of the cluster: they are created if missing and never dropped by a
downgrade, and two databases upgraded at once (test sessions) do not trip over each other.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.engine import Connection

from app.errors import MESSAGES, ProrataError

MESSAGES.setdefault("staff_disabled_meanwhile", "your own login was disabled meanwhile by another admin: "
                                                "nothing was changed")
MESSAGES.setdefault("staff_roles_need_superuser",
                    "setting up staff logins and row-level security needs a PostgreSQL superuser: run "
                    "'prorata db upgrade' once with a superuser's URL (now connected as {login})")

OWNER = "prorata_owner"
STAFF_MANAGER = "prorata_staff_manager"  # NOLOGIN CREATEROLE: owns add_staff/disable_staff
HOSTER_ADMIN = "prorata_hoster_admin"
HOSTER_CLERK = "prorata_hoster_clerk"
RESELLER_ADMIN = "prorata_reseller_admin"
RESELLER_CLERK = "prorata_reseller_clerk"
REVIEWER = "prorata_reviewer"
GROUPS = (HOSTER_ADMIN, HOSTER_CLERK, RESELLER_ADMIN, RESELLER_CLERK, REVIEWER)
WRITERS = (HOSTER_ADMIN, HOSTER_CLERK, RESELLER_ADMIN, RESELLER_CLERK)
ADMINS = (HOSTER_ADMIN, RESELLER_ADMIN)
HOSTER_STAFF = (HOSTER_ADMIN, HOSTER_CLERK)
SCHEMA = "prorata_security"

# The scope of the login asking, computed once per statement (a scalar subquery becomes an InitPlan; a bare
# function call would be evaluated for every row).
SCOPE = f"(SELECT {SCHEMA}.scope(current_user))"
_ANY = f"{SCOPE} = 0"

# What each group may do on a table, when it is not the default below. Privileges are SQL privilege lists;
# "UPDATE(...)" limits updates to those columns.
_SWITCHES = ("invoicing", "payment_collection", "email_delivery", "checks")
_RESELLER_CONTACT = ("name", "language", "email", "address", "tax_id", "tax_rate", "invoice_number_format",
                     "version")
_READ_ALL = {g: "SELECT" for g in GROUPS}
_TENANT_DATA = {**_READ_ALL, **{g: "SELECT, INSERT, UPDATE, DELETE" for g in WRITERS}}
_APPEND_ONLY = {**_READ_ALL, **{g: "SELECT, INSERT" for g in WRITERS}}
_COUNTERS = {**_READ_ALL, **{g: "SELECT, INSERT, UPDATE" for g in WRITERS}}
_CATALOGUE = {**_READ_ALL, **{g: "SELECT, INSERT, UPDATE, DELETE" for g in HOSTER_STAFF}}
_HOSTER_ONLY = {**_READ_ALL, HOSTER_ADMIN: "SELECT, INSERT, UPDATE, DELETE"}
GRANTS: dict[str, dict[str, str]] = {
    "alembic_version": _READ_ALL,
    "hoster": {**_HOSTER_ONLY, HOSTER_CLERK: "SELECT, UPDATE(name, language, address, email, tax_id)"},
    "currencies": _HOSTER_ONLY,
    "services": _CATALOGUE, "plans": _CATALOGUE, "extra_items": _CATALOGUE, "extra_item_amounts": _CATALOGUE,
    "resellers": {**_READ_ALL, HOSTER_ADMIN: "SELECT, INSERT, UPDATE, DELETE",
                  HOSTER_CLERK: "SELECT, INSERT, DELETE, UPDATE("
                                + ", ".join(c for c in _RESELLER_CONTACT + ("code", "currency", "billing_day",
                                                                             "billing_mode", "signup",
                                                                             "tax_treatment")) + ")",
                  RESELLER_ADMIN: f"SELECT, UPDATE({', '.join(_RESELLER_CONTACT + _SWITCHES)})"},
    "minimum_charges": {**_READ_ALL, **{g: "SELECT, INSERT, UPDATE, DELETE" for g in ADMINS}},
    # UPDATE only so that a billing run may LOCK it IN SHARE MODE (app/billing/context.py events_cutoff); the
    # table's triggers refuse every update and delete (app/storage/immutability.py).
    "company_events": {**_READ_ALL, **{g: "SELECT, INSERT, UPDATE" for g in WRITERS}},
    # The costs the hoster bills a reseller: its billing run adds them and marks them settled; it changes no
    # amount, and removes only those of a draft (with the draft).
    "accruals": {**_TENANT_DATA, **{g: "SELECT, INSERT, DELETE, UPDATE(settled_by_id)"
                                    for g in (RESELLER_ADMIN, RESELLER_CLERK)}},
    "audit_log": _APPEND_ONLY,
    "audit_chain": _COUNTERS,
    "number_series": _COUNTERS,
    "invoice_chain_heads": _COUNTERS,
}

# Row conditions that differ from "the row's reseller_id is the login's scope" (hoster staff: every row).
_ACTOR_IS_LOGIN = "(actor = current_user OR left(actor, length(current_user) + 2) = current_user || ' (')"
_READ: dict[str, str] = {
    # And the sellers a company of its passed through: a company's run bills each seller of it (the one it left
    # has nothing more once its closing bill is out, app/billing/company_bill.py ``bill_sellers``), and its history
    # names them. The moves it reads are those the ``company_events`` policy lets it read.
    "resellers": f"{SCOPE} IN (0, id) OR ({SCOPE} IS NOT NULL AND EXISTS (SELECT 1 FROM public.company_events e "
                 f"WHERE e.type = 'move' AND (e.reseller_id = resellers.id OR e.code = 'reseller:' || resellers.id)))",
    # Every reseller reads the hoster's base wholesale price (what it pays without an override of its own),
    # never another reseller's override (its cost) or the hoster's retail prices.
    "prices": f"{SCOPE} IN (0, reseller_id) OR (layer = 'wholesale' AND reseller_id IS NULL "
              f"AND company_id IS NULL AND {SCOPE} IS NOT NULL)",
    # The hoster's minimum charges apply to its invoices to resellers too.
    "minimum_charges": f"{SCOPE} IN (0, reseller_id) OR (reseller_id IS NULL AND {SCOPE} IS NOT NULL)",
    # Each owner's audit chain head is its own. The frozen head of the entries written before the chains were
    # split per owner (migration 0016) is the hoster's; a reseller's staff learn only where it ends, from
    # ``audit_legacy_last_id`` (run as the owner, hence the owner's clause).
    "audit_chain": f"{SCOPE} IN (0, reseller_id) OR (chain = 'legacy' AND current_user = '{OWNER}')",
    # A company's history follows the company (migration 0026; app/services/moves.py): an event keeps the seller it
    # was recorded under, a move the seller it leaves. The seller a company is with now reads its whole history
    # (the events before it came, to fold its state; the periods billed and the snapshots, to go on from them);
    # a seller it left reads, besides its own rows, the events dated before it left (its days, late changes to
    # them included), never what the new seller records for later days. The owner's clause is for
    # ``companies_left``, which reads the moves as the owner (a policy may not read its own table). Migration 0028:
    # the companies that left the login's seller and the day each left are read once per statement (a hashed set,
    # a map looked up by the company), no longer by a function call for each row of every other seller
    # (``company_left_on``, some 12 to 50 us a row: 13 x the plain query's time for a reseller reading its
    # history; bench/bench_moved_history.py). The owner's clause (asked once per statement too) comes before the
    # reads of ``companies_left``: the function's own read of this table stops there, or it would call itself.
    # Its companies by a correlated ``EXISTS`` (migration 0032; 0028 had ``company_id IN (SELECT c.id FROM
    # companies c WHERE c.reseller_id = scope)``): PostgreSQL plans it both ways and keeps, per statement, the one
    # its row count makes cheaper. A read of many rows hashes the seller's companies once (as ``IN`` did: the bulk
    # read stays at the plain query's time); a read of one company looks its row up by key, a few us, where ``IN``
    # hashed all the seller's companies for it (0.4 ms for 2,000 of them, 4.5 ms for 20,000, whenever the company
    # had a row of another seller: one that moved). The ``EXISTS`` is costed per row, which once switched on JIT
    # compilation for the bigger reads; staff logins have JIT off since migration 0030 (``LOGIN_SETTINGS``).
    "company_events": f"{SCOPE} IN (0, reseller_id) OR (SELECT current_user = '{OWNER}') "
                      f"OR EXISTS (SELECT 1 FROM public.companies c WHERE c.id = company_events.company_id "
                      f"AND c.reseller_id = {SCOPE}) "
                      f"OR (company_events.company_id IN (SELECT l.company_id FROM {SCHEMA}.companies_left() l) "
                      f"AND company_events.date < ((SELECT jsonb_object_agg(l.company_id, l.left_on) "
                      f"FROM {SCHEMA}.companies_left() l) ->> company_events.company_id::text)::date)",
    "billed_periods": f"{SCOPE} IN (0, reseller_id) OR (company_id IS NOT NULL AND EXISTS (SELECT 1 FROM "
                      f"public.companies c WHERE c.id = billed_periods.company_id AND c.reseller_id = {SCOPE}))",
    "billing_snapshots": f"{SCOPE} IN (0, reseller_id) OR EXISTS (SELECT 1 FROM public.companies c "
                         f"WHERE c.id = billing_snapshots.company_id AND c.reseller_id = {SCOPE})",
}

# The ``company_events`` reading policy of migration 0028 (its companies by ``IN``), which the downgrade of the
# migration that replaced it puts back, and bench/bench_moved_history.py compares with.
COMPANY_EVENTS_READ_0028 = (
    f"{SCOPE} IN (0, reseller_id) OR (SELECT current_user = '{OWNER}') "
    f"OR company_events.company_id IN (SELECT c.id FROM public.companies c WHERE c.reseller_id = {SCOPE}) "
    f"OR (company_events.company_id IN (SELECT l.company_id FROM {SCHEMA}.companies_left() l) "
    f"AND company_events.date < ((SELECT jsonb_object_agg(l.company_id, l.left_on) "
    f"FROM {SCHEMA}.companies_left() l) ->> company_events.company_id::text)::date)")


def set_read_policy(conn: Connection, table: str, read: str) -> None:
    """Replace the reading policy of ``table`` (a migration's downgrade that puts an earlier form back)."""
    _sql(conn, f'DROP POLICY IF EXISTS prorata_read ON public."{table}"')
    _sql(conn, f'CREATE POLICY prorata_read ON public."{table}" FOR SELECT USING ({read})')


# What a reseller's staff write is checked against what the row points to, not only against the row's own
# ``reseller_id`` copy (migration 0023): a copy says who sees a row, not whose company, invoice or account it
# belongs to. The hoster's staff pass on ``scope = 0`` first, before any lookup (a run writes 100,000s of rows).
_ISSUER = f"('reseller:' || {SCOPE})"


def _company_now(col: str) -> str:
    """The company ``col`` is the login's reseller's now (its row's seller, written when a move is recorded)."""
    return f"EXISTS (SELECT 1 FROM public.companies c WHERE c.id = {col} AND c.reseller_id = {SCOPE})"


def _company_sold(col: str) -> str:
    """The company is the login's reseller's now, or it moved away from it (a move event keeps the seller it
    leaves, app/services/moves.py): the seller left keeps its invoices, accounts and mandates of the company."""
    return (f"({_company_now(col)} OR EXISTS (SELECT 1 FROM public.company_events e WHERE e.company_id = {col} "
            f"AND e.type = 'move' AND e.reseller_id = {SCOPE}))")


def _company_key_now(col: str) -> str:
    """A customer key ``company:<id>`` naming a company that is the login's reseller's now."""
    return (f"EXISTS (SELECT 1 FROM public.companies c WHERE c.reseller_id = {SCOPE} AND c.id = "
            f"CASE WHEN {col} ~ '^company:[0-9]{{1,9}}$' THEN substr({col}, 9)::integer END)")


def _invoice_issued_by_login(col: str) -> str:
    """The invoice ``col`` is one the login's reseller issues (never one the hoster issues to it)."""
    return f"EXISTS (SELECT 1 FROM public.invoices i WHERE i.id = {col} AND i.issuer_reseller_id = {SCOPE})"


def _account_of_login(col: str) -> str:
    """The payment account ``col`` is one of the login's reseller's customers (it is the issuer)."""
    return f"EXISTS (SELECT 1 FROM public.payment_accounts a WHERE a.id = {col} AND a.issuer_reseller_id = {SCOPE})"


def _optional(col: str, check: str) -> str:
    return f"({col} IS NULL OR {check})"


# Table -> what a reseller's row must point to besides its own ``reseller_id`` (ANDed; see ``_reseller_write``).
_POINTS_TO: dict[str, str] = {
    # Its own invoices only; never the hoster's wholesale draft or statement addressed to it, and only for a
    # company it sells or sold (a credit note or its last draft for a company that moved away since).
    "invoices": f"issuer_reseller_id = {SCOPE} AND issuer_key = {_ISSUER} AND customer_reseller_id IS NULL "
                f"AND company_id IS NOT NULL "
                f"AND {_company_sold('invoices.company_id')}",
    "invoice_lines": _invoice_issued_by_login("invoice_lines.invoice_id"),
    "invoice_deliveries": _invoice_issued_by_login("invoice_deliveries.invoice_id"),
    "invoice_documents": _invoice_issued_by_login("invoice_documents.invoice_id"),
    # Written by its run with its companies' drafts (a credit note is written as a draft too, and issued after its
    # accruals); settling them is the hoster's (its wholesale invoice). Never added to an issued invoice (migration
    # 0024): what it owes the hoster is what its drafts accrued when they were issued; but for (migration 0034)
    # a cost given back, or a margin risen, on its own credit note: a run's for a change of usage into days the
    # note gave back when it has nothing else to invoice (app/billing/company_bill.py ``_homed``; the triggers
    # check that the note gives those days back and a change of usage took them away, ``_BACKED_BY_CREDIT``, a
    # margin's too since migration 0040, ``_RISEN_ON_CREDIT``; and the sums). Never one of line kind ``vat``, the
    # hoster's settlement's (a trigger, migration 0042: ``accrual_vat_not_its_own``).
    "accruals": f"settled_by_id IS NULL AND EXISTS (SELECT 1 FROM public.invoices i WHERE i.id = accruals.invoice_id "
                f"AND i.issuer_reseller_id = {SCOPE} AND (i.status = 'draft' OR (i.credits_id IS NOT NULL "
                f"AND ((accruals.kind = 'cost' AND accruals.amount < 0) "
                f"OR (accruals.kind = 'margin' AND accruals.amount > 0)))))",
    # A company's history: its own companies; a move between sellers is the hoster's act.
    "company_events": f"type <> 'move' AND {_company_now('company_events.company_id')} AND "
                      + _optional("company_events.user_id", f"EXISTS (SELECT 1 FROM public.users u WHERE "
                                  f"u.id = company_events.user_id AND u.reseller_id = {SCOPE})"),
    # A company's billed period (never a reseller's own settlement period, the hoster's to bill).
    "billed_periods": f"company_id IS NOT NULL AND customer_key = 'company:' || company_id "
                      f"AND {_company_now('billed_periods.company_id')} AND "
                      + _optional("billed_periods.invoice_id", _invoice_issued_by_login("billed_periods.invoice_id")),
    "billing_snapshots": _company_now("billing_snapshots.company_id"),
    "users": _company_now("users.company_id"),
    "prices": "layer IN ('retail', 'company_override') AND "
              + _optional("prices.company_id", _company_now("prices.company_id")),
    "payment_accounts": f"issuer_reseller_id = {SCOPE} AND issuer_key = {_ISSUER} AND customer_reseller_id IS NULL "
                        f"AND company_id IS NOT NULL AND customer_key = 'company:' || company_id "
                        f"AND {_company_sold('payment_accounts.company_id')}",
    "payments": _account_of_login("payments.account_id"),
    "ledger_entries": _account_of_login("ledger_entries.account_id"),
    "payment_allocations": f"{_account_of_login('payment_allocations.account_id')} AND "
                           + _optional("payment_allocations.invoice_id",
                                       _invoice_issued_by_login("payment_allocations.invoice_id")) + " AND "
                           + _optional("payment_allocations.credit_note_id",
                                       _invoice_issued_by_login("payment_allocations.credit_note_id")),
    "sepa_mandates": f"creditor_key = {_ISSUER} AND {_company_sold('sepa_mandates.company_id')}",
    "direct_debits": f"EXISTS (SELECT 1 FROM public.sepa_mandates m WHERE m.id = direct_debits.mandate_id "
                     f"AND m.creditor_key = {_ISSUER}) AND "
                     + _optional("direct_debits.invoice_id", _invoice_issued_by_login("direct_debits.invoice_id")),
    "ach_authorizations": f"creditor_key = {_ISSUER} AND {_company_sold('ach_authorizations.company_id')}",
    "ach_debits": f"EXISTS (SELECT 1 FROM public.ach_authorizations a WHERE a.id = ach_debits.authorization_id "
                  f"AND a.creditor_key = {_ISSUER}) AND "
                  + _optional("ach_debits.invoice_id", _invoice_issued_by_login("ach_debits.invoice_id")),
    "processor_accounts": f"issuer_key = {_ISSUER}",
    "charge_attempts": f"EXISTS (SELECT 1 FROM public.processor_accounts p WHERE p.id = "
                       f"charge_attempts.processor_account_id AND p.issuer_key = {_ISSUER}) AND "
                       + _optional("charge_attempts.invoice_id",
                                   _invoice_issued_by_login("charge_attempts.invoice_id")),
    "saved_payment_methods": f"EXISTS (SELECT 1 FROM public.processor_accounts p WHERE p.id = "
                             f"saved_payment_methods.processor_account_id AND p.issuer_key = {_ISSUER}) AND "
                             + _company_key_now("saved_payment_methods.customer_key"),
    # Settings keyed by issuer: a reseller's own, never the hoster's (``issuer_key`` is what they are looked up by).
    "minimum_charges": f"issuer_key = {_ISSUER}",
    "payment_terms": f"issuer_key = {_ISSUER}",
    "invoice_templates": f"issuer_key = {_ISSUER}",
    "smtp_settings": f"issuer_key = {_ISSUER}",
}


def _reseller_write(table: str) -> str:
    return f"{_ANY} OR (reseller_id = {SCOPE} AND {_POINTS_TO[table]})"


_WRITE: dict[str, str] = {
    "resellers": f"{SCOPE} IN (0, id)",
    # The legacy head is frozen (a trigger refuses it to everyone, app/storage/immutability.py): no staff login
    # writes it, nor makes a head of its own the legacy one.
    "audit_chain": f"chain <> 'legacy' AND {SCOPE} IN (0, reseller_id)",
    **{table: _reseller_write(table) for table in _POINTS_TO},
}
# Deletes keep the row's own copy as their key (what a reseller's staff delete was theirs when written: a draft
# of a company that moved away since goes with its periods), but never what the hoster issues to a reseller.
_DELETE: dict[str, str] = {
    "invoices": f"{_ANY} OR (reseller_id = {SCOPE} AND issuer_reseller_id = {SCOPE})",
    "invoice_lines": f"{_ANY} OR (reseller_id = {SCOPE} AND {_invoice_issued_by_login('invoice_lines.invoice_id')})",
    "accruals": f"{_ANY} OR (reseller_id = {SCOPE} AND EXISTS (SELECT 1 FROM public.invoices i "
                f"WHERE i.id = accruals.invoice_id AND i.status = 'draft' AND i.issuer_reseller_id = {SCOPE}))",
    # A company's period only (its own settlement period is the hoster's, with the hoster's invoice).
    "billed_periods": f"{_ANY} OR (reseller_id = {SCOPE} AND company_id IS NOT NULL)",
    # Never its wholesale cost (an override of the hoster's wholesale price).
    "prices": f"{_ANY} OR (reseller_id = {SCOPE} AND layer IN ('retail', 'company_override'))",
    "minimum_charges": _WRITE["minimum_charges"],
    "payment_terms": _WRITE["payment_terms"],
    "invoice_templates": _WRITE["invoice_templates"],
    "smtp_settings": _WRITE["smtp_settings"],
    "processor_accounts": _WRITE["processor_accounts"],
}
# Appended with AND to the INSERT check: the audit log names the login that wrote it (a display name may follow);
# a reseller's invoice is written as a draft (migration 0038), so that it leaves that state by the update the
# accrual guard checks (``invoices_reseller_leave_draft``: its costs and margins, its collector) and takes its
# number from its series: one written issued took none, was chained nowhere and, counted as billed, made room
# for margins the hoster would owe.
_INSERT_ALSO: dict[str, str] = {
    "audit_log": _ACTOR_IS_LOGIN,
    "invoices": f"({_ANY} OR status = 'draft')",
}


def _issuer_scoped(scope_check: str = SCOPE) -> str:
    return f"{scope_check} = 0 OR issuer_key = 'reseller:' || {scope_check}"


@dataclass(frozen=True)
class TableRule:
    name: str
    read: str | None  # None: no row-level security (not tenant-scoped)
    write: str | None
    insert_also: str | None = None
    delete: str | None = None  # None: as ``write``


def rule_for(table: str, columns: set[str]) -> TableRule:
    """How ``table`` is scoped, from its columns: ``reseller_id``, else ``issuer_key``, else not at all."""
    default = f"{SCOPE} IN (0, reseller_id)"
    if table == "resellers" or "reseller_id" in columns:
        return TableRule(table, _READ.get(table, default), _WRITE.get(table, default), _INSERT_ALSO.get(table),
                         _DELETE.get(table, default if table in _POINTS_TO else None))
    if "issuer_key" in columns:
        return TableRule(table, _issuer_scoped(), _issuer_scoped())
    return TableRule(table, None, None)


def grants_for(table: str, columns: set[str]) -> dict[str, str]:
    """Group -> privileges on ``table``; a table not in ``GRANTS`` (one a later migration adds) is tenant data
    if it has a ``reseller_id``, else readable by all and written by the hoster's admins."""
    if table in GRANTS:
        return GRANTS[table]
    return _TENANT_DATA if "reseller_id" in columns else _HOSTER_ONLY


# --- installing --------------------------------------------------------------------------------------------

def _sql(conn: Connection, statement: str):
    """Run DDL as written: the driver takes ``%`` for a placeholder, and PL/pgSQL's format() needs it."""
    return conn.exec_driver_sql(statement.replace("%", "%%"))


def _role(conn: Connection, name: str, options: str) -> None:
    """Create the role if it is missing; a rival creating it at the same moment is fine."""
    conn.exec_driver_sql(f"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') THEN
                CREATE ROLE {name} {options};
            END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$""")


def _member(conn: Connection, group: str, member: str, admin: bool = False) -> None:
    option = " WITH ADMIN OPTION" if admin else ""
    conn.exec_driver_sql(f"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                           JOIN pg_roles r ON r.oid = m.member
                           WHERE g.rolname = '{group}' AND r.rolname = '{member}') THEN
                GRANT {group} TO {member}{option};
            END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END $$""")


def _require_superuser(conn: Connection) -> None:
    login, su = conn.exec_driver_sql(
        "SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user").one()
    if not su:
        raise ProrataError.of("staff_roles_need_superuser", login=login)


# Session defaults of every staff login (``ALTER ROLE <login> SET``; migration 0030). A group role's settings are
# not inherited by its members: each login gets them, from ``add_staff`` as it is made and from ``apply`` for the
# logins made before. Only performance settings: a login may SET them otherwise in its session (or reset its own
# default), which makes its own statements slower and changes no row it sees or writes.
#
# ``jit = off``: the policies' correlated EXISTS clauses (billed periods, snapshots, write checks) are costed per
# row, and a reseller's read of a few 10,000 rows then passes ``jit_above_cost``; compiling took longer than the
# statement (measured, a reseller clerk of 2,000 of 6,000 companies, in the server: its billed periods 278 ms with
# JIT, 13 ms without; its invoice list, count and a page sorted by customer, 373 ms and 50 ms; a no-op update of its
# billed periods 1,042 ms and 364 ms; bench/bench_row_security.py). Rewriting those EXISTS as IN (as the
# company_events policy, migration 0028) removes JIT from those reads only (the billed periods then 10 to 25 ms
# hashed, about what EXISTS takes without JIT, 7 to 17 ms: the same rows), not from the write checks (the no-op
# update above, 1,132 ms with JIT) nor from the customer-sorted invoice page, whose own subqueries pass the threshold
# (a superuser's read of it too; 458 ms with JIT, 48 ms without): the EXISTS clauses stay. Per login, not per
# database (``ALTER DATABASE ... SET``): the database need not be Prorata's alone, and only its staff work in it.
LOGIN_SETTINGS = {"jit": "off"}
_LOGIN_SETTINGS_SQL = " ".join(f"EXECUTE format('ALTER ROLE %I SET {name} = {value}', p_login);"
                               for name, value in LOGIN_SETTINGS.items())


def _set_login_settings(conn: Connection) -> None:
    """``LOGIN_SETTINGS`` on every staff login of this database that exists (a disabled one too: enabled again, it
    is set)."""
    for login in conn.exec_driver_sql(
            f"SELECT s.login FROM {SCHEMA}.staff s JOIN pg_roles r ON r.rolname = s.login ORDER BY 1").scalars():
        for name, value in LOGIN_SETTINGS.items():
            conn.exec_driver_sql(f'ALTER ROLE "{login}" SET {name} = {value}')


_STAFF_DDL = f"""
CREATE TABLE IF NOT EXISTS {SCHEMA}.staff (
    login name PRIMARY KEY,
    role name NOT NULL CHECK (role IN ({", ".join(f"'{g}'" for g in GROUPS)})),
    reseller_id integer REFERENCES public.resellers(id),
    disabled boolean NOT NULL DEFAULT false,
    added_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'utc'),
    added_by name NOT NULL DEFAULT session_user,
    CHECK ((role IN ('{RESELLER_ADMIN}', '{RESELLER_CLERK}')) = (reseller_id IS NOT NULL)
           OR role = '{REVIEWER}')
)"""

# 0: the hoster's staff; a reseller's id: its staff; NULL: not staff, or disabled.
# PL/pgSQL, not SQL (migration 0019): a SECURITY DEFINER function with its own search_path is never inlined, and
# PostgreSQL (before 18) parses and plans a non-inlined SQL function's body again in every statement that calls
# it; PL/pgSQL keeps the plan for the session. Every policy calls it once per statement.
_SCOPE_FN = f"""
CREATE OR REPLACE FUNCTION {SCHEMA}.scope(login name) RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
    RETURN (SELECT coalesce(s.reseller_id, 0) FROM {SCHEMA}.staff s WHERE s.login = $1 AND NOT s.disabled);
END
$f$"""


def _install_scope(conn: Connection) -> None:
    """(Re)create ``scope``, owned by the owner (who reads the staff table whole), callable by every group."""
    _sql(conn, _SCOPE_FN)
    _sql(conn, f"ALTER FUNCTION {SCHEMA}.scope(name) OWNER TO {OWNER}")
    _sql(conn, f"REVOKE ALL ON FUNCTION {SCHEMA}.scope(name) FROM PUBLIC")
    _sql(conn, f"GRANT EXECUTE ON FUNCTION {SCHEMA}.scope(name) TO {', '.join(GROUPS)}")

RESELLER_STAFF = (RESELLER_ADMIN, RESELLER_CLERK)


def _sql_list(names) -> str:
    return ", ".join(f"'{n}'" for n in names)


# Who calls add_staff/disable_staff, mapped through the staff table exactly as ``scope`` maps a login for the
# policies. session_user, because inside a SECURITY DEFINER function current_user is the function's owner; it is
# the login that authenticated, which only a superuser can change. A superuser may do anything; an active hoster
# admin manages every login; an active reseller admin only its own reseller's admins and clerks; anyone else
# (a clerk, a reviewer, a disabled or unknown login) nothing.
_CALLER_DECLARE = """
    v_super boolean;
    v_role name;
    v_reseller integer;
    v_reseller_admin boolean;"""
_CALLER = f"""
    SELECT rolsuper INTO v_super FROM pg_roles WHERE rolname = session_user;
    SELECT s.role, s.reseller_id INTO v_role, v_reseller FROM {SCHEMA}.staff s
     WHERE s.login = session_user AND NOT s.disabled;
    v_super := coalesce(v_super, false);
    IF NOT v_super AND v_role IS DISTINCT FROM '{HOSTER_ADMIN}' AND v_role IS DISTINCT FROM '{RESELLER_ADMIN}' THEN
        RAISE EXCEPTION '[prorata:staff_admin_only] only an admin adds or disables staff'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    v_reseller_admin := NOT v_super AND v_role = '{RESELLER_ADMIN}';"""

_ADD_FN = f"""
CREATE OR REPLACE FUNCTION {SCHEMA}.add_staff(p_login name, p_verifier text, p_role name, p_reseller integer)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
DECLARE {_CALLER_DECLARE}
BEGIN
    {_CALLER}
    -- The caller's staff row held (shared) until the commit (migration 0021): an admin being disabled at this
    -- moment is waited for, then found disabled and refused; one disabled from here on waits for this add.
    IF NOT v_super THEN
        PERFORM 1 FROM {SCHEMA}.staff s WHERE s.login = session_user AND NOT s.disabled AND s.role = v_role
            FOR SHARE;
        IF NOT FOUND THEN
            RAISE EXCEPTION '[prorata:staff_disabled_meanwhile] %', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF p_role IS NULL OR p_role NOT IN ({_sql_list(GROUPS)}) THEN
        RAISE EXCEPTION 'unknown staff role %', p_role;
    END IF;
    IF v_reseller_admin THEN
        IF p_role NOT IN ({_sql_list(RESELLER_STAFF)}) THEN
            RAISE EXCEPTION '[prorata:staff_reseller_admin_role] a reseller admin adds its resellers admins and '
                            'clerks only' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF p_reseller IS DISTINCT FROM v_reseller THEN
            RAISE EXCEPTION '[prorata:staff_other_reseller] a reseller admin adds staff for its own reseller only'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_.-]{{0,62}}$' OR p_login ~ '^(pg_|prorata_)' THEN
        RAISE EXCEPTION '[prorata:staff_login_invalid] %', p_login USING ERRCODE = 'invalid_name';
    END IF;
    IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\\$' THEN
        RAISE EXCEPTION 'a password is passed as its SCRAM-SHA-256 verifier only';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION '[prorata:staff_login_taken] %', p_login USING ERRCODE = 'duplicate_object';
    END IF;
    BEGIN
        INSERT INTO {SCHEMA}.staff (login, role, reseller_id) VALUES (p_login, p_role, p_reseller);
        EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS '
                       'INHERIT PASSWORD %L IN ROLE %I', p_login, p_verifier, p_role);
        {_LOGIN_SETTINGS_SQL}
    EXCEPTION WHEN unique_violation OR duplicate_object THEN  -- a rival took the name a moment ago
        RAISE EXCEPTION '[prorata:staff_login_taken] %', p_login USING ERRCODE = 'duplicate_object';
    END;
END
$f$"""

_DISABLE_FN = f"""
CREATE OR REPLACE FUNCTION {SCHEMA}.disable_staff(p_login name) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
DECLARE {_CALLER_DECLARE}
    v_target {SCHEMA}.staff%ROWTYPE;
    v_row {SCHEMA}.staff%ROWTYPE;
    v_caller_active boolean := false;
BEGIN
    {_CALLER}
    IF p_login = session_user THEN
        RAISE EXCEPTION '[prorata:staff_disable_self] %', p_login USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The caller's row and the target's are locked in one statement, in login order (migration 0019): of two
    -- admins disabling each other at once, the second waits for the first, then finds its own login disabled
    -- (a row locked after a wait is read as the first committed it) and is refused; the reseller keeps an admin.
    FOR v_row IN SELECT * FROM {SCHEMA}.staff WHERE login IN (session_user, p_login) ORDER BY login FOR UPDATE LOOP
        IF v_row.login = p_login THEN
            v_target := v_row;
        ELSE
            v_caller_active := NOT v_row.disabled AND v_row.role = v_role;
        END IF;
    END LOOP;
    IF NOT v_super AND NOT v_caller_active THEN
        RAISE EXCEPTION '[prorata:staff_disabled_meanwhile] %', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- A reseller's admin learns nothing about logins outside its reseller, not even whether they exist.
    IF v_reseller_admin AND (v_target.login IS NULL OR v_target.reseller_id IS DISTINCT FROM v_reseller
                             OR v_target.role NOT IN ({_sql_list(RESELLER_STAFF)})) THEN
        RAISE EXCEPTION '[prorata:staff_not_yours] %', p_login USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_target.login IS NULL THEN
        RETURN false;
    END IF;
    UPDATE {SCHEMA}.staff SET disabled = true WHERE login = p_login;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    END IF;
    RETURN true;
END
$f$"""

# Where the legacy audit chain ends (its head's last id, NULL when there is none), for a reseller's staff who may
# not read that head (``audit verify``: their own entries up to it belong to the legacy chain). Not its hash.
_LEGACY_LAST_ID_FN = f"""
CREATE OR REPLACE FUNCTION {SCHEMA}.audit_legacy_last_id() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
    SELECT last_id FROM public.audit_chain WHERE chain = 'legacy'
$f$"""


# The latest day a company left the asking login's reseller (a move it recorded under that reseller), NULL if it
# never did (or for the hoster's staff, whose moves away carry no reseller). For the ``company_events`` policy: the
# login is the session's, so a direct call tells a login only about its own reseller's moves.
_LEFT_ON_FN = f"""
CREATE OR REPLACE FUNCTION {SCHEMA}.company_left_on(p_company integer) RETURNS date
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
    RETURN (SELECT max(e.date) FROM public.company_events e WHERE e.company_id = p_company AND e.type = 'move'
               AND e.reseller_id = {SCHEMA}.scope(session_user));
END
$f$"""


# Every company that left the asking login's reseller and the latest day it left (``company_left_on`` of each),
# for the ``company_events`` policy, which reads it once per statement (migration 0028). The scope is read once,
# not per move; the moves are found by ``ix_company_events_schedule`` (partial, on the moves among others).
# ``company_left_on`` stays for the policy of migration 0026 (an older Prorata after a downgrade).
_COMPANIES_LEFT_FN = f"""
CREATE OR REPLACE FUNCTION {SCHEMA}.companies_left() RETURNS TABLE (company_id integer, left_on date)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp ROWS 100 AS $f$
DECLARE
    v_scope integer := {SCHEMA}.scope(session_user);
BEGIN
    IF v_scope IS NULL OR v_scope = 0 THEN  -- not a reseller's staff: no move carries its scope
        RETURN;
    END IF;
    RETURN QUERY SELECT e.company_id, max(e.date) FROM public.company_events e
                  WHERE e.type = 'move' AND e.reseller_id = v_scope GROUP BY e.company_id;
END
$f$"""


def _install_left_on(conn: Connection) -> None:
    for ddl, signature in ((_LEFT_ON_FN, "company_left_on(integer)"), (_COMPANIES_LEFT_FN, "companies_left()")):
        _sql(conn, ddl)
        _sql(conn, f"ALTER FUNCTION {SCHEMA}.{signature} OWNER TO {OWNER}")
        _sql(conn, f"REVOKE ALL ON FUNCTION {SCHEMA}.{signature} FROM PUBLIC")
        _sql(conn, f"GRANT EXECUTE ON FUNCTION {SCHEMA}.{signature} TO {', '.join(GROUPS)}")


def _install_legacy_last_id(conn: Connection) -> None:
    _sql(conn, _LEGACY_LAST_ID_FN)
    _sql(conn, f"ALTER FUNCTION {SCHEMA}.audit_legacy_last_id() OWNER TO {OWNER}")
    _sql(conn, f"REVOKE ALL ON FUNCTION {SCHEMA}.audit_legacy_last_id() FROM PUBLIC")
    _sql(conn, f"GRANT EXECUTE ON FUNCTION {SCHEMA}.audit_legacy_last_id() TO {', '.join(GROUPS)}")


def legacy_audit_last_id(conn: Connection) -> int | None:
    """The legacy audit chain's last id as ``audit_legacy_last_id`` tells it to any staff login; None on SQLite,
    without staff roles, or when there is no legacy chain."""
    if conn.dialect.name != "postgresql":
        return None
    there = conn.exec_driver_sql(
        "SELECT has_function_privilege(p.oid, 'EXECUTE') FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        f"WHERE n.nspname = '{SCHEMA}' AND p.proname = 'audit_legacy_last_id' "
        "AND has_schema_privilege(n.oid, 'USAGE')").scalar()
    if not there:
        return None
    return conn.exec_driver_sql(f"SELECT {SCHEMA}.audit_legacy_last_id()").scalar()


_STAFF_FUNCTIONS = ((_ADD_FN, "add_staff(name, text, name, integer)"), (_DISABLE_FN, "disable_staff(name)"))


def _install_staff_functions(conn: Connection) -> None:
    """(Re)create add_staff and disable_staff, owned by the staff manager, callable by the admins only."""
    for ddl, signature in _STAFF_FUNCTIONS:
        _sql(conn, ddl)
        _sql(conn, f"ALTER FUNCTION {SCHEMA}.{signature} OWNER TO {STAFF_MANAGER}")
        _sql(conn, f"REVOKE ALL ON FUNCTION {SCHEMA}.{signature} FROM PUBLIC")
        _sql(conn, f"GRANT EXECUTE ON FUNCTION {SCHEMA}.{signature} TO {', '.join(ADMINS)}")


def install(conn: Connection) -> None:
    """Roles, the staff table, its functions, then ``apply``. PostgreSQL only; as a superuser."""
    _require_superuser(conn)
    _role(conn, OWNER, "NOLOGIN NOINHERIT NOBYPASSRLS")
    _role(conn, STAFF_MANAGER, "NOLOGIN NOINHERIT CREATEROLE NOBYPASSRLS")
    for group in GROUPS:
        _role(conn, group, "NOLOGIN NOBYPASSRLS")
        # PostgreSQL 16 lets a CREATEROLE role grant only roles it administers.
        _member(conn, group, STAFF_MANAGER, admin=True)
    def ex(statement: str):
        return _sql(conn, statement)

    ex("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    ex(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA} AUTHORIZATION {OWNER}")
    ex(f"REVOKE ALL ON SCHEMA {SCHEMA} FROM PUBLIC")
    ex(f"GRANT USAGE ON SCHEMA {SCHEMA} TO {', '.join(GROUPS)}, {STAFF_MANAGER}")
    ex(_STAFF_DDL)
    ex(f"ALTER TABLE {SCHEMA}.staff OWNER TO {OWNER}")
    _install_scope(conn)
    # The staff table: its owner (the scope function) reads it whole, not forced; staff see their scope's staff.
    ex(f"ALTER TABLE {SCHEMA}.staff ENABLE ROW LEVEL SECURITY")
    ex(f"DROP POLICY IF EXISTS prorata_read ON {SCHEMA}.staff")
    ex(f"CREATE POLICY prorata_read ON {SCHEMA}.staff FOR SELECT "
       f"USING (login = current_user OR {SCOPE} IN (0, reseller_id))")
    ex(f"DROP POLICY IF EXISTS prorata_manage ON {SCHEMA}.staff")
    ex(f"CREATE POLICY prorata_manage ON {SCHEMA}.staff TO {STAFF_MANAGER} USING (true) WITH CHECK (true)")
    ex(f"REVOKE ALL ON {SCHEMA}.staff FROM PUBLIC")
    ex(f"GRANT SELECT ON {SCHEMA}.staff TO {', '.join(GROUPS)}")
    ex(f"GRANT SELECT, INSERT, UPDATE ON {SCHEMA}.staff TO {STAFF_MANAGER}")
    # The foreign key to resellers is checked as the staff table's owner, which passes the resellers policy
    # only as a member of the hoster's scope; RI checks bypass row-level security, so nothing more is needed.
    apply(conn)


def uninstall(conn: Connection) -> None:
    """Undo ``install`` in this database (the cluster-wide roles stay: other databases may use them)."""
    def ex(statement: str):
        return _sql(conn, statement)

    for table, _ in _public_tables(conn):
        ex(f'ALTER TABLE public."{table}" NO FORCE ROW LEVEL SECURITY')
        ex(f'ALTER TABLE public."{table}" DISABLE ROW LEVEL SECURITY')
        for policy in ("prorata_read", "prorata_insert", "prorata_update", "prorata_delete"):
            ex(f'DROP POLICY IF EXISTS {policy} ON public."{table}"')
        ex(f'ALTER TABLE public."{table}" OWNER TO current_user')
        ex(f'REVOKE ALL ON public."{table}" FROM {", ".join(GROUPS)}')
    for fn in _public_functions(conn):
        ex(f"ALTER FUNCTION public.{fn} OWNER TO current_user")
    ex(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")


def _public_tables(conn: Connection) -> list[tuple[str, set[str]]]:
    rows = conn.exec_driver_sql(
        "SELECT c.relname, array_agg(a.attname::text) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public' "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE c.relkind IN ('r', 'p') GROUP BY c.relname ORDER BY c.relname").all()
    return [(name, set(cols)) for name, cols in rows]


def _public_views(conn: Connection) -> list[str]:
    return list(conn.exec_driver_sql(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('v', 'm') ORDER BY 1").scalars())


def _public_functions(conn: Connection) -> list[str]:
    return list(conn.exec_driver_sql(
        "SELECT quote_ident(p.proname) || '(' || pg_get_function_identity_arguments(p.oid) || ')' "
        "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'public' AND p.prokind = 'f'").scalars())


def apply(conn: Connection) -> None:
    """Give every table, view and function of the public schema to the owner, grant them, and police every
    tenant-scoped table. Idempotent; a migration that adds tables calls it at its end (as a superuser)."""
    _require_superuser(conn)
    def ex(statement: str):
        return _sql(conn, statement)

    everyone = ", ".join(GROUPS)
    tables = _public_tables(conn)
    _install_scope(conn)
    _install_left_on(conn)  # before the policy that calls them
    for table, columns in tables:
        q = f'public."{table}"'
        ex(f"ALTER TABLE {q} OWNER TO {OWNER}")
        ex(f"REVOKE ALL ON {q} FROM PUBLIC, {everyone}")
        for group, privileges in grants_for(table, columns).items():
            ex(f"GRANT {privileges} ON {q} TO {group}")
        for policy in ("prorata_read", "prorata_insert", "prorata_update", "prorata_delete"):
            ex(f"DROP POLICY IF EXISTS {policy} ON {q}")
        rule = rule_for(table, columns)
        if rule.read is None:
            ex(f"ALTER TABLE {q} NO FORCE ROW LEVEL SECURITY")
            ex(f"ALTER TABLE {q} DISABLE ROW LEVEL SECURITY")
            continue
        ex(f"ALTER TABLE {q} ENABLE ROW LEVEL SECURITY")
        ex(f"ALTER TABLE {q} FORCE ROW LEVEL SECURITY")
        insert_check = rule.write if rule.insert_also is None else f"({rule.write}) AND {rule.insert_also}"
        ex(f"CREATE POLICY prorata_read ON {q} FOR SELECT USING ({rule.read})")
        ex(f"CREATE POLICY prorata_insert ON {q} FOR INSERT WITH CHECK ({insert_check})")
        ex(f"CREATE POLICY prorata_update ON {q} FOR UPDATE USING ({rule.write}) WITH CHECK ({rule.write})")
        ex(f"CREATE POLICY prorata_delete ON {q} FOR DELETE USING ({rule.delete or rule.write})")
    for view in _public_views(conn):
        q = f'public."{view}"'
        ex(f"ALTER TABLE {q} OWNER TO {OWNER}")
        ex(f"ALTER VIEW {q} SET (security_invoker = true)")
        ex(f"REVOKE ALL ON {q} FROM PUBLIC, {everyone}")
        ex(f"GRANT SELECT ON {q} TO {everyone}")
    for fn in _public_functions(conn):
        ex(f"ALTER FUNCTION public.{fn} OWNER TO {OWNER}")
    ex("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC")
    ex(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {', '.join(WRITERS)}")
    ex(f"GRANT USAGE ON SCHEMA public TO {everyone}")
    # The staff functions too: a later migration calling ``apply`` brings them up to date as well.
    _install_staff_functions(conn)
    _set_login_settings(conn)
    if "chain" in dict(tables).get("audit_chain", set()):  # the audit log is chained per owner (migration 0016)
        _install_legacy_last_id(conn)
    if accrual_guard_present(conn):  # migration 0024 installed it: its functions as this code has them
        install_accrual_guard(conn)


# --- what a reseller's run accrues (migration 0024) ------------------------------------------------------------
# The policies say on which invoices a reseller's staff write accruals (its own drafts); these triggers check what
# the rows say, as a whole, after each statement of a reseller's login (the hoster's staff and a superuser pass on
# their scope, once per statement: a run's bulk writes pay no per-row check):
#
# - ``accrual_give_back_exceeds``: a reseller's cost of one company's plan (or extra) in one currency, net of every
#   give-back (a credit note's reversal, a late correction, a draft edit's reversal), never goes below zero: what
#   it is given back was accrued before. Checked for the keys a statement lowered (a negative cost added, a
#   positive one deleted); not for a plan the company was billed in the margin mode (a give-back of those days
#   after a change to the cost mode is a cost credit for days that accrued a margin).
# - ``accrual_margin_exceeds``: what the hoster owes a reseller as margin for one company in one currency (its
#   margins net, less the VAT a settlement passes on) never exceeds what the reseller's invoices of the company
#   bill net (their subtotals; a carried invoice's lines are billed by the invoice carrying it): a margin is what
#   the customer pays less the hoster's cost. Checked for the companies a statement raised. (Not per line: a
#   margin may exceed its line's amount, or have none: a give-back of days sold below cost, a carried give-back
#   left out and reversed.)
# - ``accrual_missing_on_issue``: a company invoice of a reseller leaves its draft state (issued or deferred) only
#   if every plan line a run billed (not a late correction, a minimum or a line a person typed) has an accrual
#   of the same company, plan and period, on it or on a deferred invoice it carries, or (migration 0034) on a
#   credited invoice of the company (or one it carried): the copy ``modify`` opens accrues no cost, which stays
#   on the invoice credited. A draft's costs taken away and the draft issued would never be billed by the
#   hoster; days billed and credited were, once.
# - ``accrual_cost_removed`` (at the commit): a cost a reseller's login deleted from a draft that is still there is
#   replaced by one of the same company, plan, extra and period, at the same unit cost, for a line of the draft of
#   that quantity, and no more than that quantity at that unit cost (nor, since migration 0033, less than the
#   share of its period the line bills, found from the line's amount: a cost of 0.01 for 2 sites a month at 6.00
#   each is refused): what a draft edit does when a billed line's
#   quantity or price changes (app/services/invoice_accruals.py ``follow_edit``; a billed line the edit drops
#   keeps its cost). A draft deleted takes its accruals with it.
# - ``accrual_unit_cost_unknown`` (migration 0033): a cost of a plan a reseller's login adds (a run's, an edit's, a
#   credit note's reversal or its copy's) is at the unit cost a run finds: a wholesale price of the plan in that
#   currency, the reseller's own or the hoster's base one, that was set on or before the accrual's first day (a
#   run prices a line on its boundary or the one before), times the months of a term (1, 3, 6 or 12); not one
#   its series replaced, nor the base one where the reseller's own replaced it, 400 days or more before that
#   day (``_PRICED_WITHIN``: no line is priced that long before its first day). Prices billed once never change
#   (app/services/billed_prices.py), so a copy of an older cost finds its price too.
# - ``accrual_give_back_unbacked`` (migration 0033): a negative cost a reseller's login adds is no more than its
#   quantity at its unit cost, and gives back either days its own invoice gives back (a line of the same company,
#   plan, extra and period with a negative quantity at least as large: a proration, a late correction, a
#   give-back after a change of mode; since migration 0034 not on an issued credit note) or exactly a cost that
#   invoice bills (the same row negated: a draft's reversal of a cost of a deferred invoice it carries or of one
#   of its own a settlement took), or (migration 0034) days credit notes the company was issued gave back
#   already (``_BACKED_BY_CREDIT``: the credit kept the cost, a change of usage recorded for those days gives back
#   that of the days no longer provided; since migration 0039 the company's event that made it is looked for,
#   ``_LOWERED``). Since 0034 a credit note no longer reverses a cost (app/services/invoice_accruals.py
#   ``reverse``): the exact negation of a cost of the invoice it credits, which no change of usage backs, is
#   refused (since 0039). Never a draft's own cost: a draft giving back its own plan line's cost while it still
#   bills the line to the customer. Since migration 0040 a positive margin a reseller's login adds to an issued
#   credit note as well (``_RISEN_ON_CREDIT``): in the margin mode a cost of credited days given back is a margin
#   risen by it, which is checked as that cost (at a wholesale price in force, for credited days a change took
#   away); the margins, net, stay within what is billed (``accrual_margin_exceeds``).
# - ``collector_not_its_own`` (migration 0035): a document a reseller's login issues names as its collector
#   (``invoices.collected_by``, read before its accruals: app/payments/processors/routing.py) none, the hoster or
#   its issuer, and the hoster when its own accruals are margins (the hoster collected: it owes the reseller them),
#   the issuer when they are costs. Else a reseller's clerk could route a margin-mode invoice's money to its own
#   account while the hoster still owes it the margin and the VAT of that money.
# - ``issued_totals_unbalanced`` (migration 0043): a document a reseller's login issues (or defers) bills what its
#   lines add up to, and its total is its subtotal and tax, as the application's own issue says in words
#   (app/services/invoices.py ``_refuse_unbalanced``). Its subtotal is what its margins are checked against
#   (``accrual_margin_exceeds``): a draft with no lines and a subtotal of 1,000.00, issued by an UPDATE, made room
#   for 1,000.00 of margins the hoster would owe.
# - ``accrual_vat_not_its_own`` (migration 0042): a reseller's login adds no accrual of line kind ``vat``. Only the
#   hoster's settlement writes one: the VAT it collected in the reseller's name, one margin per issued document,
#   its tax (app/billing/settlement.py ``_accrue_vat``); a reseller's run settles nothing (app/billing/run.py), a
#   credit note or a copy carries none over (app/services/invoice_accruals.py ``billed_by``). The checks above
#   leave such rows out of their sums, and a settlement passes on no VAT of a document that has one open
#   (``collected``): a VAT margin of 1,000.00 on a draft of 24.00 + 4.56 made the hoster's statement owe 1,012.00
#   for 16.56, and a cost of line kind ``vat`` of -1,000.00 (beside a line of -1 x 0.00) turned the hoster's 14.40
#   invoice into a credit note of -1,185.60.
ACCRUAL_REFUSALS = ("accrual_give_back_exceeds", "accrual_margin_exceeds", "accrual_missing_on_issue",
                    "accrual_cost_removed", "accrual_unit_cost_unknown", "accrual_give_back_unbacked",
                    "collector_not_its_own", "accrual_vat_not_its_own", "issued_totals_unbalanced")
MESSAGES.setdefault("issued_totals_unbalanced",
                    "the database refused to issue the document: its lines do not add up to its subtotal, or its "
                    "subtotal and tax to its total; nothing was changed")
MESSAGES.setdefault("accrual_vat_not_its_own",
                    "the database refused the change: the VAT passed on to the reseller is written by the hoster's "
                    "settlement only; nothing was changed")
MESSAGES.setdefault("collector_not_its_own",
                    "the database refused to issue the document: the account it names to collect it is not the one "
                    "its costs or margins say (the hoster for margins, the reseller for costs); nothing was changed")
MESSAGES.setdefault("accrual_unit_cost_unknown",
                    "the database refused the change: a cost of the reseller is not at a wholesale price of the "
                    "plan that was in force for it; nothing was changed")
MESSAGES.setdefault("accrual_give_back_unbacked",
                    "the database refused the change: a cost given back to the reseller matches neither days its "
                    "invoice gives back nor a cost that invoice bills; nothing was changed")
MESSAGES.setdefault("accrual_give_back_exceeds",
                    "the database refused the change: it would give the reseller back more of its cost of a "
                    "company's plan than was ever accrued for it; nothing was changed")
MESSAGES.setdefault("accrual_margin_exceeds",
                    "the database refused the change: the reseller's margin for a company would exceed what its "
                    "invoices bill the company; nothing was changed")
MESSAGES.setdefault("accrual_missing_on_issue",
                    "the database refused to issue the invoice: a plan line it bills has no cost or margin for the "
                    "reseller; delete the draft so that the next billing run makes it again; nothing was changed")
MESSAGES.setdefault("accrual_cost_removed",
                    "the database refused the change: a cost of the reseller was taken off a draft without the "
                    "line it costs changing with it; nothing was changed")
MESSAGES.setdefault("accrual_on_issued_invoice",
                    "your login may add costs and margins only to a draft invoice of your own; nothing was changed")

_RESELLER_ONLY = f"""
        v_scope := {SCHEMA}.scope(current_user);
        IF v_scope IS NULL OR v_scope = 0 THEN  -- the hoster's staff, or no staff login (a superuser)
            RETURN NULL;
        END IF;"""


def _raise(error_id: str, detail: str, args: str) -> str:
    return (f"RAISE EXCEPTION '[prorata:{error_id}] {detail}', {args} "
            "USING ERRCODE = 'insufficient_privilege';")


def _margins_within_billed(keys: str) -> str:
    """A query: the first of ``keys`` (reseller_id, company_id, currency) whose margins exceed what is billed. Only
    the accruals and invoices of the companies in ``keys`` are read (``ix_accruals_company``, ``ix_invoices_company``;
    migration 0027): a clerk issuing one draft reads one company's history, not the reseller's."""
    return f"""
            WITH k AS MATERIALIZED ({keys}),
            m AS MATERIALIZED (
                SELECT a.reseller_id, a.company_id, a.currency, sum(a.amount) AS net FROM public.accruals a
                 WHERE a.reseller_id IN (SELECT k.reseller_id FROM k) AND a.company_id IN (SELECT k.company_id FROM k)
                   AND a.kind = 'margin' AND a.line_kind <> 'vat'
                 GROUP BY a.reseller_id, a.company_id, a.currency),
            b AS MATERIALIZED (
                SELECT i.issuer_reseller_id AS reseller_id, i.company_id, i.currency, sum(i.subtotal) AS net
                  FROM public.invoices i
                 WHERE i.company_id IN (SELECT k.company_id FROM k) AND i.status <> 'carried'
                 GROUP BY i.issuer_reseller_id, i.company_id, i.currency)
            SELECT k.company_id, k.currency, m.net AS margin, coalesce(b.net, 0) AS billed
              FROM k JOIN m USING (reseller_id, company_id, currency)
              LEFT JOIN b USING (reseller_id, company_id, currency)
             WHERE m.net > coalesce(b.net, 0) LIMIT 1"""


# What the costs a reseller's login adds are checked against besides their sums (migration 0033): their unit costs
# (``accrual_unit_cost_unknown``: the wholesale prices of the statement's plans read once, each plan, currency and
# unit cost of its costs matched against them once for all its first days) and what each negative one gives back
# (``accrual_give_back_unbacked``: the invoice's lines by ``ix_invoice_lines_invoice``, the costs it bills by
# ``ix_accruals_invoice``). A run's rows are nearly all positive: its statement pays a few look-ups.
_SAME_COST = ("a.kind = 'cost' AND a.reseller_id = t.reseller_id AND a.company_id = t.company_id "
              "AND a.plan_id IS NOT DISTINCT FROM t.plan_id AND a.extra_code IS NOT DISTINCT FROM t.extra_code "
              "AND a.start IS NOT DISTINCT FROM t.start AND a.\"end\" IS NOT DISTINCT FROM t.\"end\" "
              "AND a.currency = t.currency AND a.unit_price = t.unit_price AND a.quantity = -t.quantity "
              "AND a.amount = -t.amount")


# A negative cost no larger than its quantity at its unit cost, for days a line of its invoice gives back; not
# on an issued credit note (migration 0034: what a run adds there is checked by ``_BACKED_BY_CREDIT``, the note's
# own lines having given those days back already).
_BACKED_BY_LINE = ("""(abs(t.amount) <= abs(t.quantity * t.unit_price) + 1 AND EXISTS (
                    SELECT 1 FROM public.invoice_lines l JOIN public.invoices x ON x.id = l.invoice_id
                     WHERE l.invoice_id = t.invoice_id AND coalesce(l.company_id, t.company_id) = t.company_id
                       AND (x.credits_id IS NULL OR x.status = 'draft')
                       AND l.plan_id IS NOT DISTINCT FROM t.plan_id AND l.extra_code IS NOT DISTINCT FROM t.extra_code
                       AND l.start IS NOT DISTINCT FROM t.start AND l."end" IS NOT DISTINCT FROM t."end"
                       AND l.quantity < 0 AND -l.quantity >= abs(t.quantity)))""")
# ... or for days a credit note gave the customer back already (migration 0034): a change of usage into credited
# days gives back the reseller's cost of the days no longer provided, which the credit note kept, while the
# customer is given back nothing more (app/billing/company_bill.py ``_provided``): credit notes the company was
# issued credit lines of the same plan and extra that cover those days with as many units in all (two sites
# given back, each credited on a note of its own) and a change of usage took them away (``_LOWERED``):
# ``_CREDITED_AWAY``; and the costs of those days, net of it, stay 0 or more (a cost given back twice is refused):
# ``_BACKED_BY_CREDIT``.
#
# That change (migration 0039): an event of the company dated on or before the give-back's first day that lowers
# the plan's usage below what the credited lines (``c``) billed: a cancellation or a change away from the plan, a
# user unassigned from it, a quantity set low enough that the units given back fit between it and the units
# credited (2 sites credited, set to 1: 1 given back), or the company's move away from the reseller (the hoster's
# act). Those lines billed the usage of their first day as known to the run that billed it: the change is dated
# after that day, or recorded after that run (an id above the ``events_through`` of the company's last period
# billed on or before it), so a late cancellation dated before the credited days passes. A change undone on its
# own date (its counter-change dated like it: app/services/undo.py) nets to nothing and backs nothing; a
# subscription or a quantity raised never does. Else a reseller's login could write on its own credit note the
# credited invoice's cost negated (what a credit note wrote before 0034) and owe nothing for days the hoster
# provided.
_LOWERED = """EXISTS (
                    SELECT 1 FROM public.company_events e
                     WHERE e.company_id = t.company_id AND e.date <= t.start
                       AND ((e.plan_id = t.plan_id AND (e.type IN ('cancel', 'plan_change', 'unassign')
                                                       OR (e.type = 'quantity'
                                                           AND e.quantity + abs(t.quantity) <= c.units)))
                            OR (e.type = 'move' AND e.reseller_id = t.reseller_id))
                       AND (e.date > c.first_day OR e.id > (
                            SELECT b.events_through FROM public.billed_periods b
                             WHERE b.customer_key = 'company:' || t.company_id AND b.boundary <= c.first_day
                             ORDER BY b.boundary DESC LIMIT 1))
                       AND NOT EXISTS (SELECT 1 FROM public.company_events u
                                        WHERE u.company_id = e.company_id AND u.undoes_id = e.id
                                          AND u.date <= e.date))"""
_CREDITED_AWAY = (f"""(abs(t.amount) <= abs(t.quantity * t.unit_price) + 1 AND EXISTS (
                    SELECT 1 FROM (
                        SELECT coalesce(sum(-l.quantity), 0) AS units, min(l.start) AS first_day
                          FROM public.invoices n JOIN public.invoice_lines l ON l.invoice_id = n.id
                         WHERE n.company_id = t.company_id AND n.credits_id IS NOT NULL AND n.status <> 'draft'
                           AND n.currency = t.currency
                           AND coalesce(l.company_id, t.company_id) = t.company_id
                           AND l.plan_id IS NOT DISTINCT FROM t.plan_id
                           AND l.extra_code IS NOT DISTINCT FROM t.extra_code
                           AND l.start <= t.start AND l."end" >= t."end" AND l.quantity < 0) c
                     WHERE c.units >= abs(t.quantity) AND {_LOWERED}))""")
_BACKED_BY_CREDIT = (f"""({_CREDITED_AWAY}
                   AND (SELECT coalesce(sum(a.amount), 0) FROM public.accruals a
                         WHERE a.kind = 'cost' AND a.reseller_id = t.reseller_id AND a.company_id = t.company_id
                           AND a.plan_id IS NOT DISTINCT FROM t.plan_id
                           AND a.extra_code IS NOT DISTINCT FROM t.extra_code AND a.currency = t.currency
                           AND a.start < t."end" AND t.start < a."end") >= 0)""")
# A margin a reseller's login raises on an issued credit note (migration 0040). In the margin mode a cost of
# credited days given back is a margin risen by as much, on the note when the bill has nothing else to invoice
# (app/billing/company_bill.py ``_provided``, ``_homed``): the give-back's margin less the customer's part of it,
# which is the cost line negated (1 site of 6.00 for 16 of 31 days: -1 x -6.00 = +3.10, where the cost mode gives
# back -1 x 6.00 = -3.10). It is backed as that cost is: its unit price negated is a wholesale price in force
# (``_priced``), its amount no more than its units at it, for credited days a change of usage took away
# (``_CREDITED_AWAY``). Not the costs' net (the margin mode accrues none): the margins, net, stay within what is
# billed (``accrual_margin_exceeds``). Else a reseller's login could write on its own credit note the credited
# days' cost as a margin (2 sites x 6.00 = +12.00: 12.00 - 24.00 + 12.00 = 0.00, within the 0.00 billed) and wipe
# out its cost of days the hoster provided.
_RISEN_ON_CREDIT = ("t.kind = 'margin' AND t.amount > 0 AND EXISTS (SELECT 1 FROM public.invoices n "
                    "WHERE n.id = t.invoice_id AND n.credits_id IS NOT NULL AND n.status <> 'draft')")
_PRICED_WITHIN = 400  # days: a line is priced on a day no earlier than this before its first day


def _wholesale(keys: str) -> str:
    """The CTE ``wholesale`` that ``_priced`` reads: the wholesale prices of the plans of the CTE ``keys`` (its
    ``plan_id`` and ``reseller_id``), the base ones and the resellers' own (a few rows, read once by
    ``ix_prices_lookup``), each with the day the next price of its series replaced it."""
    return f"""wholesale AS MATERIALIZED (
                SELECT p.reseller_id, p.plan_id, p.currency, p.amount,
                       coalesce(p.valid_from, '-infinity'::date) AS valid_from,
                       lead(p.valid_from) OVER (PARTITION BY p.layer, p.reseller_id, p.plan_id, p.currency
                                                ORDER BY p.valid_from NULLS FIRST) AS replaced_on
                  FROM public.prices p
                 WHERE p.plan_id IN (SELECT k.plan_id FROM {keys} k) AND p.company_id IS NULL
                   AND ((p.layer = 'wholesale' AND p.reseller_id IS NULL)
                        OR (p.layer = 'wholesale_override'
                            AND p.reseller_id IN (SELECT k.reseller_id FROM {keys} k))))"""


def _priced(u: str, first: str, last: str, unit_cost: str | None = None) -> str:
    """A condition: one wholesale price of ``u``'s plan and currency (the base one or ``u``'s reseller's own, from the
    statement's ``wholesale`` CTE), times a term's months, is ``unit_cost`` (``u.unit_price`` unless given) for every
    first day from ``first`` to ``last``: set on or before ``first``, not replaced (by a later price of its series,
    or the base one by the reseller's own) ``_PRICED_WITHIN`` days or more before ``last``."""
    unit_cost = unit_cost or f"{u}.unit_price"
    return f"""EXISTS (
                    SELECT 1 FROM wholesale p
                     WHERE p.plan_id = {u}.plan_id AND p.currency = {u}.currency
                       AND (p.reseller_id IS NULL OR p.reseller_id = {u}.reseller_id)
                       AND p.valid_from <= {first}
                       AND {unit_cost} IN (p.amount, p.amount * 3, p.amount * 6, p.amount * 12)
                       AND (p.replaced_on IS NULL OR p.replaced_on > {last} - {_PRICED_WITHIN})
                       AND (p.reseller_id IS NOT NULL OR NOT EXISTS (
                            SELECT 1 FROM wholesale o
                             WHERE o.plan_id = {u}.plan_id AND o.currency = {u}.currency
                               AND o.reseller_id = {u}.reseller_id
                               AND o.valid_from <= {last} - {_PRICED_WITHIN})))"""


def _costs_added_check(rows: str) -> str:
    return f"""
        IF EXISTS (SELECT 1 FROM {rows} t WHERE t.kind = 'cost' AND t.plan_id IS NOT NULL) THEN
            -- Each plan, currency and unit cost once for all its first days when one price covers them all (a
            -- run's: its companies' boundaries spread over the month), else day by day.
            WITH g AS MATERIALIZED (
                SELECT t.reseller_id, t.plan_id, t.currency, t.unit_price,
                       min(coalesce(t.start, t.boundary)) AS first_day, max(coalesce(t.start, t.boundary)) AS last_day
                  FROM {rows} t WHERE t.kind = 'cost' AND t.plan_id IS NOT NULL
                 GROUP BY 1, 2, 3, 4),
            {_wholesale("g")},
            unpriced AS MATERIALIZED (
                SELECT g.* FROM g WHERE NOT {_priced("g", "g.first_day", "g.last_day")})
            SELECT u.plan_id, u.currency, u.unit_price, u.day INTO v_bad
              FROM (SELECT DISTINCT t.reseller_id, t.plan_id, t.currency, t.unit_price,
                           coalesce(t.start, t.boundary) AS day
                      FROM {rows} t JOIN unpriced USING (reseller_id, plan_id, currency, unit_price)
                     WHERE t.kind = 'cost') u
             WHERE NOT {_priced("u", "u.day", "u.day")}
             LIMIT 1;
            IF FOUND THEN
                {_raise('accrual_unit_cost_unknown', 'plan %: no wholesale price in % of % in force on %',
                        'v_bad.plan_id, v_bad.currency, v_bad.unit_price, v_bad.day')}
            END IF;
        END IF;
        -- A run's give-backs are backed by their lines: the costs they may mirror are looked for (and that query
        -- planned, once per session) only when one is not.
        IF EXISTS (SELECT 1 FROM {rows} t WHERE t.kind = 'cost' AND t.amount < 0 AND NOT {_BACKED_BY_LINE}) THEN
            SELECT t.invoice_id, t.plan_id, t.start, t."end", t.quantity, t.amount INTO v_bad
              FROM {rows} t
             WHERE t.kind = 'cost' AND t.amount < 0 AND NOT {_BACKED_BY_LINE}
               AND NOT (
                    EXISTS (SELECT 1 FROM public.accruals a
                                WHERE a.invoice_id = t.invoice_id AND a.settled_by_id IS NOT NULL AND {_SAME_COST})
                    OR EXISTS (SELECT 1 FROM public.invoices c JOIN public.accruals a ON a.invoice_id = c.id
                                WHERE c.carried_into_id = t.invoice_id AND c.company_id = t.company_id
                                  AND {_SAME_COST})
                    OR {_BACKED_BY_CREDIT})
             LIMIT 1;
            IF FOUND THEN
                {_raise('accrual_give_back_unbacked', 'invoice %: a cost of plan % for % to % (% units, %) '
                        'gives back nothing the invoice gives back or bills',
                        'v_bad.invoice_id, v_bad.plan_id, v_bad.start, v_bad."end", v_bad.quantity, v_bad.amount')}
            END IF;
        END IF;"""


def _margins_risen_check(rows: str) -> str:
    """The margins a statement raised on an issued credit note, checked as the costs of credited days they give
    back (``_RISEN_ON_CREDIT``). A run's margins are on its drafts: its statement pays a look-up of each one's
    invoice."""
    day = "coalesce(t.start, t.boundary)"
    return f"""
        IF EXISTS (SELECT 1 FROM {rows} t WHERE {_RISEN_ON_CREDIT}) THEN
            WITH risen AS MATERIALIZED (SELECT t.* FROM {rows} t WHERE {_RISEN_ON_CREDIT}),
            {_wholesale("risen")}
            SELECT t.invoice_id, t.plan_id, t.start, t."end", t.quantity, t.amount INTO v_bad
              FROM risen t
             WHERE NOT ({_priced("t", day, day, "-t.unit_price")} AND {_CREDITED_AWAY})
             LIMIT 1;
            IF FOUND THEN
                {_raise('accrual_give_back_unbacked', 'invoice %: a margin of plan % for % to % (% units, %) '
                        'gives back no cost of days its credit note gave back and a change took away',
                        'v_bad.invoice_id, v_bad.plan_id, v_bad.start, v_bad."end", v_bad.quantity, v_bad.amount')}
            END IF;
        END IF;"""


def _vat_added_check(rows: str) -> str:
    """No accrual of line kind ``vat`` among those a statement added (``accrual_vat_not_its_own``)."""
    return f"""
        SELECT t.invoice_id, t.kind, t.amount, t.currency INTO v_bad FROM {rows} t WHERE t.line_kind = 'vat' LIMIT 1;
        IF FOUND THEN
            {_raise('accrual_vat_not_its_own', 'invoice %: a % of line kind vat of % % is the settlement of the hoster '
                    'to write', 'v_bad.invoice_id, v_bad.kind, v_bad.amount, v_bad.currency')}
        END IF;"""


def _accrual_check(rows: str, lowered: str, raised: str, added: bool = False) -> str:
    """The body checking the accruals a statement added or deleted (``rows``, its transition table). ``lowered``
    and ``raised``: the condition on a row under which it lowered a cost, raised a margin; ``added``: the rows
    were added (none of line kind ``vat``, checked first; their unit costs and give-backs are checked too, after
    their sums: ``_costs_added_check``, and the margins they raised on a credit note: ``_margins_risen_check``)."""
    keys = (f"SELECT DISTINCT t.reseller_id, t.company_id, t.currency FROM {rows} t "
            f"WHERE t.kind = 'margin' AND t.line_kind <> 'vat' AND {raised}")
    return f"""
    DECLARE
        v_scope integer;
        v_bad record;
    BEGIN{_RESELLER_ONLY}{_vat_added_check(rows) if added else ""}
        IF EXISTS (SELECT 1 FROM {rows} t WHERE t.kind = 'cost' AND {lowered}) THEN
            WITH k AS MATERIALIZED (
                SELECT DISTINCT t.reseller_id, t.company_id, coalesce(t.plan_id, -1) AS plan_key,
                       coalesce(t.extra_code, '') AS extra_key, t.currency
                  FROM {rows} t WHERE t.kind = 'cost' AND {lowered}),
            -- Each key's accruals summed on their own (migration 0036), found by the company
            -- (``ix_accruals_company``): not every key of the statement's companies summed, sorted and matched
            -- against the keys (87 keys against 245 sums, 5,000 rows sorted, in a run's batch of 74 companies).
            n AS MATERIALIZED (
                SELECT k.reseller_id, k.company_id, k.plan_key, k.extra_key, k.currency, s.net, s.margin
                  FROM k CROSS JOIN LATERAL (
                       SELECT sum(a.amount) FILTER (WHERE a.kind = 'cost') AS net,
                              bool_or(a.kind = 'margin') AS margin
                         FROM public.accruals a
                        WHERE a.company_id = k.company_id AND a.reseller_id = k.reseller_id
                          AND coalesce(a.plan_id, -1) = k.plan_key AND coalesce(a.extra_code, '') = k.extra_key
                          AND a.currency = k.currency AND a.line_kind <> 'vat') s)
            SELECT n.company_id, nullif(n.plan_key, -1) AS plan_id, nullif(n.extra_key, '') AS extra_code,
                   n.currency, coalesce(n.net, 0) AS net INTO v_bad
              FROM n
            -- Days billed in the margin mode accrued a margin, not a cost: given back after a change to the cost
            -- mode, their cost is credited (app/billing/company_bill.py); what they cost is not known here.
             WHERE coalesce(n.net, 0) < 0 AND NOT coalesce(n.margin, false) LIMIT 1;
            IF FOUND THEN
                {_raise('accrual_give_back_exceeds', 'company %, plan %, extra %: the cost in % would be % net',
                        'v_bad.company_id, v_bad.plan_id, v_bad.extra_code, v_bad.currency, v_bad.net')}
            END IF;
        END IF;
        IF EXISTS (SELECT 1 FROM {rows} t WHERE t.kind = 'margin' AND t.line_kind <> 'vat' AND {raised}) THEN
            {_margins_within_billed(keys)} INTO v_bad;
            IF FOUND THEN
                {_raise('accrual_margin_exceeds', 'company %: margins of % % against % billed',
                        'v_bad.company_id, v_bad.margin, v_bad.currency, v_bad.billed')}
            END IF;
        END IF;{_costs_added_check(rows) + _margins_risen_check(rows) if added else ""}
        RETURN NULL;
    END"""


# Line kinds a run bills a plan with, each with its accrual (app/billing/company_bill.py ``_accruals``); a late
# correction's accrual is the difference of costs, which a difference of prices alone does not make.
_ACCRUED_LINE_KINDS = ("recurring", "proration", "advance", "past", "extra")
_LEFT_DRAFT = ("SELECT n.* FROM prorata_invoices_new n JOIN prorata_invoices_old o ON o.id = n.id "
               "AND o.status = 'draft' WHERE n.status <> 'draft' AND n.company_id IS NOT NULL "
               "AND n.issuer_reseller_id IS NOT NULL")
_ISSUE_CHECK = f"""
    DECLARE
        v_scope integer;
        v_bad record;
    BEGIN{_RESELLER_ONLY}
        IF NOT EXISTS ({_LEFT_DRAFT}) THEN
            RETURN NULL;  -- a claim, an edit: no draft left its state
        END IF;
        -- What it bills is what its lines add up to (migration 0043), by ``ix_invoice_lines_invoice``.
        SELECT d.id, d.subtotal, d.tax, d.total, coalesce(s.added, 0) AS added INTO v_bad
          FROM ({_LEFT_DRAFT}) d
          LEFT JOIN LATERAL (SELECT sum(l.amount) AS added FROM public.invoice_lines l
                              WHERE l.invoice_id = d.id) s ON true
         WHERE coalesce(s.added, 0) <> d.subtotal OR d.subtotal + d.tax <> d.total
         LIMIT 1;
        IF FOUND THEN
            {_raise('issued_totals_unbalanced', 'invoice %: lines % against subtotal %, tax %, total %',
                    'v_bad.id, v_bad.added, v_bad.subtotal, v_bad.tax, v_bad.total')}
        END IF;
        WITH d AS MATERIALIZED ({_LEFT_DRAFT}),
        -- Each invoice and the deferred invoices it carries, whose accruals it bills: a company's own deferred
        -- invoices (app/billing/waiting.py), found by ``ix_invoices_company`` or ``ix_invoices_carried_into`` (0028).
        -- And (migration 0034) the company's credited invoices: a cost stays where a run wrote it whatever credits
        -- and copies bill those days again (``invoice_accruals.copy``: a copy ``modify`` opens accrues no cost).
        billed AS MATERIALIZED (
            SELECT d.id AS invoice_id, d.id AS billed_by FROM d
            UNION ALL SELECT c.id, c.carried_into_id FROM d JOIN public.invoices c
                                                        ON c.company_id = d.company_id AND c.carried_into_id = d.id
            UNION ALL SELECT v.id, d.id FROM d JOIN public.invoices v
                                                 ON v.company_id = d.company_id AND v.status = 'void'
            UNION ALL SELECT c.id, d.id FROM d JOIN public.invoices v
                                                 ON v.company_id = d.company_id AND v.status = 'void'
                                               JOIN public.invoices c
                                                 ON c.company_id = d.company_id AND c.carried_into_id = v.id),
        -- Only the accruals of the companies the lines below ask for (``ix_accruals_company``, migration 0027):
        -- the invoices' own and those their lines name; not the reseller's whole history.
        cs AS MATERIALIZED (
            SELECT DISTINCT coalesce(l.company_id, d.company_id) AS company_id
              FROM d JOIN public.invoice_lines l ON l.invoice_id = d.id
             WHERE d.kind = 'invoice' AND l.plan_id IS NOT NULL),
        acc AS MATERIALIZED (
            SELECT billed.billed_by, a.company_id, a.plan_id, a.start, a."end"
              FROM cs JOIN public.accruals a ON a.company_id = cs.company_id
              JOIN billed ON billed.invoice_id = a.invoice_id
             WHERE a.reseller_id IN (SELECT d.reseller_id FROM d) AND a.line_kind <> 'vat')
        SELECT d.id, l.position, l.plan_id INTO v_bad
          FROM d JOIN public.invoice_lines l ON l.invoice_id = d.id
         WHERE d.kind = 'invoice' AND l.plan_id IS NOT NULL
           AND l.kind IN ({", ".join(f"'{k}'" for k in _ACCRUED_LINE_KINDS)})
           AND NOT EXISTS (SELECT 1 FROM acc WHERE acc.billed_by = d.id
                              AND acc.company_id = coalesce(l.company_id, d.company_id) AND acc.plan_id = l.plan_id
                              AND acc.start IS NOT DISTINCT FROM l.start AND acc."end" IS NOT DISTINCT FROM l."end")
         LIMIT 1;
        IF FOUND THEN
            {_raise('accrual_missing_on_issue', 'invoice %: line % (plan %) has no accrual',
                    'v_bad.id, v_bad.position, v_bad.plan_id')}
        END IF;
        -- A draft's subtotal is the reseller's to write until it is issued: its margins are checked against what it
        -- bills once more as it is issued (a subtotal raised while margins were added, then lowered again).
        {_margins_within_billed(f"SELECT DISTINCT l.issuer_reseller_id AS reseller_id, l.company_id, l.currency "
                                f"FROM ({_LEFT_DRAFT}) l")}
          INTO v_bad;
        IF FOUND THEN
            {_raise('accrual_margin_exceeds', 'company %: margins of % % against % billed',
                    'v_bad.company_id, v_bad.margin, v_bad.currency, v_bad.billed')}
        END IF;
        -- Its collector (migration 0035): none, the hoster or its issuer; not its issuer beside margins of its own,
        -- nor the hoster beside costs (``ix_accruals_invoice``, one probe per document). Read from the row by name
        -- (NULL in a database without the column: before 0035, or after its downgrade).
        SELECT d.id, d.collector INTO v_bad
          FROM (SELECT l.id, l.issuer_key, to_jsonb(l) ->> 'collected_by' AS collector FROM ({_LEFT_DRAFT}) l) d
         WHERE d.collector IS NOT NULL
           AND (d.collector NOT IN ('hoster', d.issuer_key)
                OR EXISTS (SELECT 1 FROM public.accruals a WHERE a.invoice_id = d.id AND a.line_kind <> 'vat'
                              AND a.kind = CASE WHEN d.collector = 'hoster' THEN 'cost' ELSE 'margin' END))
         LIMIT 1;
        IF FOUND THEN
            {_raise('collector_not_its_own', 'invoice %: collected by % against its costs or margins',
                    'v_bad.id, v_bad.collector')}
        END IF;
        RETURN NULL;
    END"""

# Row-level and deferred, so called only for a deleted cost (a run only adds); the hoster's pass on their scope.
_COST_REMOVED_CHECK = f"""
    DECLARE
        v_scope integer;
    BEGIN{_RESELLER_ONLY}
        IF NOT EXISTS (SELECT 1 FROM public.invoices i WHERE i.id = OLD.invoice_id) THEN
            RETURN NULL;  -- deleted with its draft
        END IF;
        IF NOT EXISTS (
                SELECT 1 FROM public.accruals a
                  JOIN public.invoice_lines l ON l.invoice_id = a.invoice_id AND l.plan_id IS NOT DISTINCT FROM a.plan_id
                       AND l.extra_code IS NOT DISTINCT FROM a.extra_code AND l.start IS NOT DISTINCT FROM a.start
                       AND l."end" IS NOT DISTINCT FROM a."end" AND l.quantity = a.quantity
                       AND coalesce(l.company_id, a.company_id) = a.company_id
                 WHERE a.reseller_id = OLD.reseller_id AND a.invoice_id = OLD.invoice_id AND a.kind = 'cost'
                   AND a.company_id = OLD.company_id
                   AND a.plan_id IS NOT DISTINCT FROM OLD.plan_id AND a.extra_code IS NOT DISTINCT FROM OLD.extra_code
                   AND a.start IS NOT DISTINCT FROM OLD.start AND a."end" IS NOT DISTINCT FROM OLD."end"
                   AND a.unit_price = OLD.unit_price AND a.currency = OLD.currency
                   AND abs(a.amount) <= abs(a.quantity * a.unit_price) + 1
                   -- Migration 0033: and for the share of its period the line bills (its amount over its quantity
                   -- times its price; each rounded to a minor unit, at most half of one: 0.5 for a currency
                   -- without decimals, the bound taken for all), not a token amount at the unit cost.
                   AND (l.quantity * l.unit_price = 0
                        OR abs(a.amount - a.quantity * a.unit_price * l.amount / (l.quantity * l.unit_price))
                           <= 0.5 * (1 + abs(a.unit_price / l.unit_price)))) THEN
            {_raise('accrual_cost_removed', 'invoice %: the cost of plan % for % to % (% x %) was not replaced',
                    'OLD.invoice_id, OLD.plan_id, OLD.start, OLD."end", OLD.quantity, OLD.unit_price')}
        END IF;
        RETURN NULL;
    END"""

# No ``SET plan_cache_mode`` on these functions: the statement-level checks' queries take no parameters (only the
# statement's transition tables), so PL/pgSQL plans them once per session whatever the mode; the deferred row check
# looks one invoice's accruals up by key, where a generic plan is the custom one. Measured (issue 10, 1,000 companies, 100,000
# accruals): a reseller clerk's single-accrual insert took the same 0.9 to 1.2 ms in a fresh session and after a
# 2,000-accrual statement had planned them first, and that statement 0.6 s either way.
ACCRUAL_GUARD_FUNCTIONS = {
    "prorata_accruals_added": _accrual_check("prorata_accruals_added", "t.amount < 0", "t.amount > 0", added=True),
    "prorata_accruals_removed": _accrual_check("prorata_accruals_removed", "t.amount > 0", "t.amount < 0"),
    "prorata_invoices_leave_draft": _ISSUE_CHECK,
    "prorata_accrual_cost_removed": _COST_REMOVED_CHECK,
}
ACCRUAL_GUARD_TRIGGERS = {  # name -> (table, the DDL after "CREATE TRIGGER <name>"); statement-level
    "accruals_reseller_added": ("accruals", "AFTER INSERT ON accruals REFERENCING NEW TABLE AS prorata_accruals_added "
                                            "FOR EACH STATEMENT EXECUTE FUNCTION prorata_accruals_added()"),
    "accruals_reseller_removed": ("accruals", "AFTER DELETE ON accruals REFERENCING OLD TABLE AS "
                                              "prorata_accruals_removed FOR EACH STATEMENT "
                                              "EXECUTE FUNCTION prorata_accruals_removed()"),
    "invoices_reseller_leave_draft": ("invoices", "AFTER UPDATE ON invoices REFERENCING OLD TABLE AS "
                                                  "prorata_invoices_old NEW TABLE AS prorata_invoices_new "
                                                  "FOR EACH STATEMENT EXECUTE FUNCTION prorata_invoices_leave_draft()"),
}
# A constraint trigger (deferred to the commit): created by ``install_accrual_guard`` itself.
ACCRUAL_GUARD_DEFERRED = {
    "accruals_reseller_cost_removed": ("accruals", "AFTER DELETE ON accruals DEFERRABLE INITIALLY DEFERRED "
                                                   "FOR EACH ROW WHEN (OLD.kind = 'cost') "
                                                   "EXECUTE FUNCTION prorata_accrual_cost_removed()"),
}


def accrual_guard_present(conn: Connection) -> set[str]:
    return set(conn.exec_driver_sql(
        "SELECT tgname FROM pg_trigger WHERE tgname IN ("
        + _sql_list({**ACCRUAL_GUARD_TRIGGERS, **ACCRUAL_GUARD_DEFERRED}) + ")").scalars())


def install_accrual_guard(conn: Connection) -> None:
    """(Re)create the accrual guard's functions and its missing triggers (migration 0024). PostgreSQL only."""
    from app.storage import triggers

    for name, body in ACCRUAL_GUARD_FUNCTIONS.items():
        _sql(conn, f"CREATE OR REPLACE FUNCTION public.{name}() RETURNS trigger LANGUAGE plpgsql AS "
                   f"$prorata${body}\n$prorata$")
        _sql(conn, f"ALTER FUNCTION public.{name}() OWNER TO {OWNER}")
    there = accrual_guard_present(conn)
    triggers.install(conn, there, {}, {}, ACCRUAL_GUARD_TRIGGERS)
    for name, (_, ddl) in ACCRUAL_GUARD_DEFERRED.items():
        if name not in there:
            _sql(conn, f"CREATE CONSTRAINT TRIGGER {name} {ddl}")


def remove_accrual_guard(conn: Connection) -> None:
    """Drop the accrual guard (migration 0024's downgrade)."""
    from app.storage import triggers

    triggers.remove(conn, {}, ACCRUAL_GUARD_FUNCTIONS, {**ACCRUAL_GUARD_TRIGGERS, **ACCRUAL_GUARD_DEFERRED})


def tenant_tables(conn: Connection) -> list[str]:
    """The public tables under row-level security (for tests and checks)."""
    return list(conn.exec_driver_sql(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relrowsecurity AND c.relforcerowsecurity "
        "ORDER BY 1").scalars())


def login_scope(conn: Connection) -> tuple[str, int | None] | None:
    """(login, scope) of this connection: scope 0 for the hoster's staff, a reseller's id, or None when the login
    is not staff (a superuser, or a database without staff roles); None on SQLite."""
    if conn.dialect.name != "postgresql":
        return None
    cached = conn.info.get("prorata_login_scope")
    if cached is None:
        login, callable_ = conn.exec_driver_sql(
            "SELECT current_user, EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            f"WHERE n.nspname = '{SCHEMA}' AND p.proname = 'scope' "
            f"AND has_schema_privilege(n.oid, 'USAGE') AND has_function_privilege(p.oid, 'EXECUTE'))").one()
        scope = conn.exec_driver_sql(f"SELECT {SCHEMA}.scope(current_user)").scalar_one() if callable_ else None
        cached = conn.info["prorata_login_scope"] = (login, scope)
    return cached


def login_reseller(conn: Connection) -> int | None:
    """The id of the reseller whose staff this connection's login is (row security keeps it to that reseller's
    rows); None for the hoster's staff, a login that is not staff (a superuser), or SQLite."""
    scoped = login_scope(conn)
    return None if scoped is None or scoped[1] in (None, 0) else scoped[1]


MESSAGES.setdefault("not_permitted", "your login may not {what}: {detail}; nothing was changed")
_POLICY = re.compile(r'new row violates row-level security policy (?:for|on) table "(\w+)"')
_DENIED = re.compile(r"permission denied for (?:table|relation|sequence|function|schema) (\w+)")


def refusal(exc: BaseException) -> ProrataError | None:
    """The ``ProrataError`` for a write the login's grants or policies refuse (SQLSTATE 42501), else None."""
    orig = getattr(exc, "orig", None) or exc
    if getattr(orig, "sqlstate", None) != "42501":
        return None
    message = str(orig)
    marked = re.search(r"\[prorata:(\w+)\]", message)
    if marked and marked.group(1) in ACCRUAL_REFUSALS:
        return ProrataError.of(marked.group(1))
    found = _POLICY.search(message)
    if found and found.group(1) == "accruals":
        return ProrataError.of("accrual_on_issued_invoice")
    if found:
        return ProrataError.of("not_permitted", what=f"write this row of {found.group(1)}",
                               detail="it belongs to another reseller or to the hoster")
    found = _DENIED.search(message)
    if found:
        return ProrataError.of("not_permitted", what=f"change {found.group(1)}",
                               detail="your role does not allow it")
    return None
