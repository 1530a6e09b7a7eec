"""Staff logins on PostgreSQL: add a person as a login in their function's group role, list them, disable them.

Each person works under a PostgreSQL login of their own; the database decides from it what they see and may
change (app/storage/row_security.py). An admin adds them through the database function
``prorata_security.add_staff``, which alone may create roles: a hoster admin (or a superuser) any staff, a
reseller admin only its own reseller's admins and clerks (its reseller is the default); a clerk or a reviewer
nobody. The database checks this itself; this module asks first only to say a refusal in words before a
password is typed. The password goes to the server only as its SCRAM-SHA-256 verifier, computed here by libpq,
and is kept in this machine's keyring under the new login's database URL (app/storage/credentials.py): it is
never written to a file, a log or the screen.

SQLite is single-user and has no logins: every function here refuses it in words.
"""
from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.errors import MESSAGES, ProrataError
from app.models import Reseller
from app.services import audit
from app.storage import row_security
from app.storage.credentials import keyring_available, store_password
from app.storage.engine import unit_of_work

MESSAGES.setdefault("staff_needs_postgresql", "staff logins exist on PostgreSQL only: SQLite is a single-user "
                                              "database file, not a shared one")
MESSAGES.setdefault("staff_role_unknown", "{role!r} is not a staff role; use one of {roles}")
MESSAGES.setdefault("staff_reseller_needed", "a {role} works for one reseller: give --reseller CODE")
MESSAGES.setdefault("staff_reseller_not_allowed", "a {role} works for the hoster: leave out --reseller")
MESSAGES.setdefault("staff_reseller_unknown", "there is no reseller {code!r}")
MESSAGES.setdefault("staff_password_mismatch", "the two passwords differ; nothing was created")
MESSAGES.setdefault("staff_password_needs_terminal", "--ask-password needs a terminal to type in")
MESSAGES.setdefault("staff_login_invalid", "{login!r} cannot be a login: use 1 to 63 lower-case letters, digits, "
                                           "'_', '.' or '-', starting with a letter, not 'pg_' or 'prorata_'")
MESSAGES.setdefault("staff_login_taken", "there is already a database role named {login!r}")
MESSAGES.setdefault("staff_unknown", "{login!r} is not a staff login of this database")
MESSAGES.setdefault("staff_admin_only", "only an admin adds or disables staff: a hoster admin (or a superuser) "
                                        "anyone, a reseller admin its own reseller's admins and clerks")
MESSAGES.setdefault("staff_clerk_refused", "a reseller clerk does not add or disable staff: ask an admin of "
                                           "reseller {own}")
MESSAGES.setdefault("staff_reseller_admin_role", "as an admin of reseller {own} you add its reseller-admins and "
                                                 "reseller-clerks only, not a {role}")
MESSAGES.setdefault("staff_other_reseller", "as an admin of reseller {own} you add staff for {own} only, not for "
                                            "{code!r}")
MESSAGES.setdefault("staff_not_yours", "{login!r} is not an admin or clerk of your reseller {own}: you disable "
                                       "only your own reseller's staff")
MESSAGES.setdefault("staff_disable_self", "you cannot disable your own login {login!r}: ask another admin")
MESSAGES.setdefault("staff_no_keyring", "this machine has no keyring to keep a generated password in: choose "
                                        "the password yourself (--ask-password) and hand it over in person")

# The role names people type -> the group roles.
ROLES = {
    "hoster-admin": row_security.HOSTER_ADMIN,
    "hoster-clerk": row_security.HOSTER_CLERK,
    "reseller-admin": row_security.RESELLER_ADMIN,
    "reseller-clerk": row_security.RESELLER_CLERK,
    "reviewer": row_security.REVIEWER,
}
_NAMES = {group: name for name, group in ROLES.items()}
_RESELLER_ROLES = {"reseller-admin", "reseller-clerk"}
_HOSTER_ROLES = {"hoster-admin", "hoster-clerk"}
_LOGIN = re.compile(r"[a-z][a-z0-9_.-]{0,62}")


@dataclass(frozen=True)
class StaffMember:
    login: str
    role: str  # a key of ROLES
    reseller: str | None  # the reseller's code; None: the hoster
    disabled: bool
    can_log_in: bool

    def as_json(self) -> dict:
        return {"login": self.login, "role": self.role, "reseller": self.reseller, "disabled": self.disabled,
                "can_log_in": self.can_log_in}


@dataclass(frozen=True)
class Added:
    member: StaffMember
    url: str  # the new login's database URL, without a password
    kept_in_keyring: bool


def _postgresql(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise ProrataError.of("staff_needs_postgresql")


def check_login(login: str) -> str:
    if not _LOGIN.fullmatch(login or "") or login.startswith(("pg_", "prorata_")):
        raise ProrataError.of("staff_login_invalid", "name", login=login)
    return login


def check_role(role: str, reseller: str | None) -> str:
    """The group role for ``role`` as typed, checked against whether a reseller is given."""
    if role not in ROLES:
        raise ProrataError.of("staff_role_unknown", "--role", role=role, roles=", ".join(ROLES))
    if role in _RESELLER_ROLES and not reseller:
        raise ProrataError.of("staff_reseller_needed", "--reseller", role=role)
    if role in _HOSTER_ROLES and reseller:
        raise ProrataError.of("staff_reseller_not_allowed", "--reseller", role=role)
    return ROLES[role]


def login_url(engine: Engine, login: str) -> URL:
    """The database URL a staff member connects with: this database, as ``login``, no password."""
    return engine.url.set(username=login, password=None)


def generate_password() -> str:
    return secrets.token_urlsafe(24)


@dataclass(frozen=True)
class _Caller:
    """The login asking, as the database's staff table maps it (the same mapping as the row policies')."""
    login: str
    superuser: bool
    group: str | None  # its group role; None: not staff, or disabled
    reseller_id: int | None
    reseller: str | None  # its reseller's code

    @property
    def manages_all(self) -> bool:
        return self.superuser or self.group == row_security.HOSTER_ADMIN

    @property
    def reseller_admin(self) -> bool:
        return not self.superuser and self.group == row_security.RESELLER_ADMIN


def _caller(s) -> _Caller:
    login, superuser = s.execute(text(
        "SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")).one()
    scoped = row_security.login_scope(s.connection())
    if superuser or scoped is None or scoped[1] is None:
        return _Caller(login, bool(superuser), None, None, None)
    row = s.execute(text(
        f"SELECT st.role, st.reseller_id, r.code FROM {row_security.SCHEMA}.staff st "
        f"LEFT JOIN resellers r ON r.id = st.reseller_id WHERE st.login = current_user AND NOT st.disabled"
    )).one_or_none()
    return _Caller(login, False, *row) if row else _Caller(login, False, None, None, None)


def _may_manage(caller: _Caller) -> None:
    """Refuse, in words, a caller who manages no staff at all."""
    if caller.manages_all or caller.reseller_admin:
        return
    if caller.group == row_security.RESELLER_CLERK:
        raise ProrataError.of("staff_clerk_refused", own=caller.reseller)
    raise ProrataError.of("staff_admin_only")


def _resolve(caller: _Caller, role: str, reseller: str | None) -> str | None:
    """The reseller the new login works for, once ``caller`` may add a ``role`` there; refused in words."""
    if role not in ROLES:
        raise ProrataError.of("staff_role_unknown", "--role", role=role, roles=", ".join(ROLES))
    _may_manage(caller)
    if caller.reseller_admin:
        if role not in _RESELLER_ROLES:
            raise ProrataError.of("staff_reseller_admin_role", "--role", role=role, own=caller.reseller)
        if reseller is None:
            reseller = caller.reseller
        elif reseller != caller.reseller:
            raise ProrataError.of("staff_other_reseller", "--reseller", code=reseller, own=caller.reseller)
    check_role(role, reseller)
    return reseller


def resolve_reseller(engine: Engine, role: str, reseller: str | None) -> str | None:
    """The reseller a new ``role`` login added by this engine's login works for: ``reseller``, or for a reseller
    admin who leaves it out, its own. Raises the refusal in words when this login may not add it (asked before a
    password is typed; ``add`` asks again, and the database decides in the end)."""
    _postgresql(engine)
    with unit_of_work(engine) as s:
        return _resolve(_caller(s), role, reseller)


_TAGGED = ("staff_admin_only", "staff_login_taken", "staff_login_invalid", "staff_reseller_admin_role",
           "staff_other_reseller", "staff_not_yours", "staff_disable_self", "staff_disabled_meanwhile")


def _database_refusal(exc: DBAPIError, **params) -> ProrataError | None:
    """The database functions' refusal (tagged ``[prorata:ID]``) as a ``ProrataError``; ``params`` fill any of
    their templates."""
    message = str(exc.orig)
    for error_id in _TAGGED:
        if f"[prorata:{error_id}]" in message:
            return ProrataError.of(error_id, "name", **params)
    if "permission denied for function add_staff" in message or \
            "permission denied for function disable_staff" in message or \
            "permission denied for schema prorata_security" in message:
        return ProrataError.of("staff_admin_only")
    return None


def add(engine: Engine, login: str, role: str, reseller: str | None = None, *,
        password: str | None = None, keep_in_keyring: bool = True) -> Added:
    """Create ``login`` in ``role``'s group (for ``reseller``'s code, if a reseller's role) and keep its password
    (``password``, else a generated one) in the keyring. Runs as a hoster admin or a superuser (any staff), or as
    a reseller admin (its own reseller's admins and clerks; ``reseller`` defaults to its own)."""
    _postgresql(engine)
    check_login(login)
    if role not in ROLES:
        raise ProrataError.of("staff_role_unknown", "--role", role=role, roles=", ".join(ROLES))
    if password is None and keep_in_keyring and not keyring_available():
        raise ProrataError.of("staff_no_keyring")
    secret = password if password is not None else generate_password()
    caller = None
    try:
        with unit_of_work(engine) as s:
            caller = _caller(s)
            reseller = _resolve(caller, role, reseller)
            reseller_id = None
            if reseller:
                reseller_id = s.scalar(select(Reseller.id).where(Reseller.code == reseller))
                if reseller_id is None:
                    raise ProrataError.of("staff_reseller_unknown", "--reseller", code=reseller)
            pgconn = s.connection().connection.driver_connection.pgconn
            verifier = pgconn.encrypt_password(secret.encode(), login.encode(), b"scram-sha-256").decode()
            s.execute(text(f"SELECT {row_security.SCHEMA}.add_staff(:login, :verifier, :role, :reseller)"),
                      dict(login=login, verifier=verifier, role=ROLES[role], reseller=reseller_id))
            audit.record(s, "staff_add", "staff", login, after={"role": role, "reseller": reseller},
                         reseller_id=reseller_id)
    except DBAPIError as exc:
        refused = _database_refusal(exc, login=login, role=role, code=reseller,
                                    own=caller.reseller if caller else None)
        if refused is None:
            raise
        raise refused from None
    url = login_url(engine, login)
    kept = keep_in_keyring and store_password(url, secret)
    member = StaffMember(login, role, reseller, False, True)
    return Added(member, url.render_as_string(hide_password=True), kept)


def list_staff(engine: Engine) -> list[StaffMember]:
    """The staff the login asking may see (the hoster's staff: all; a reseller's: its own), by login. The staff
    table's policy decides (app/storage/row_security.py), not this function."""
    _postgresql(engine)
    with unit_of_work(engine) as s:
        return _members(s)


def _members(s: Session, login: str | None = None) -> list[StaffMember]:
    """The staff the session's login may see, by login; ``login``: that one only."""
    only = "" if login is None else "WHERE st.login = :login "
    rows = s.execute(text(
        f"SELECT st.login, st.role, r.code, st.disabled, coalesce(pr.rolcanlogin, false) "
        f"FROM {row_security.SCHEMA}.staff st LEFT JOIN resellers r ON r.id = st.reseller_id "
        f"LEFT JOIN pg_roles pr ON pr.rolname = st.login {only}ORDER BY st.login"), dict(login=login)).all()
    return [StaffMember(login, _NAMES.get(role, role), code, disabled, can_log_in)
            for login, role, code, disabled, can_log_in in rows]


def disable(engine: Engine, login: str) -> StaffMember:
    """Disable ``login``: it can no longer log in, and its policies give it no row. Kept, for the audit trail.
    A hoster admin (or a superuser) disables anyone but itself, a reseller admin its own reseller's admins and
    clerks but itself."""
    _postgresql(engine)
    caller = None
    try:
        with unit_of_work(engine) as s:
            caller = _caller(s)
            _may_manage(caller)
            if login == caller.login:
                raise ProrataError.of("staff_disable_self", "name", login=login)
            target = s.execute(text(f"SELECT role, reseller_id FROM {row_security.SCHEMA}.staff "
                                    f"WHERE login = :login"), dict(login=login)).one_or_none()
            if caller.reseller_admin and (target is None or target.reseller_id != caller.reseller_id
                                          or target.role not in row_security.RESELLER_STAFF):
                raise ProrataError.of("staff_not_yours", "name", login=login, own=caller.reseller)
            found = s.scalar(text(f"SELECT {row_security.SCHEMA}.disable_staff(:login)"), dict(login=login))
            if not found:
                raise ProrataError.of("staff_unknown", "name", login=login)
            # Filed under the login's reseller, so that its audit trail shows who stopped its staff.
            audit.record(s, "staff_disable", "staff", login, before={"disabled": False}, after={"disabled": True},
                         reseller_id=target.reseller_id if target else None)
            # Read in the same transaction, while disable_staff holds the caller's own row: read after the
            # commit, an admin disabled meanwhile by a third would see no staff at all.
            return _members(s, login)[0]
    except DBAPIError as exc:
        refused = _database_refusal(exc, login=login, own=caller.reseller if caller else None)
        if refused is None:
            raise
        raise refused from None


def current(engine: Engine) -> StaffMember | None:
    """The staff member this engine logs in as; None on SQLite and for a login that is not staff (a superuser
    setting the database up). The window asks it to show a reseller's staff its subtree only and to leave out
    what only the hoster does."""
    if engine.dialect.name != "postgresql":
        return None
    with unit_of_work(engine) as s:
        scoped = row_security.login_scope(s.connection())
        if scoped is None or scoped[1] is None:
            return None
        row = s.execute(text(
            f"SELECT st.login, st.role, r.code, st.disabled FROM {row_security.SCHEMA}.staff st "
            f"LEFT JOIN resellers r ON r.id = st.reseller_id WHERE st.login = current_user")).one_or_none()
    if row is None:
        return None
    return StaffMember(row.login, _NAMES.get(row.role, row.role), row.code, row.disabled, True)
