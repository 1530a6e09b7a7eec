"""A company's users created and edited by a person (the CLI, later the window's form).

A user is named by its company's code and its e-mail address, which is unique
within the company whatever its letter case (``app.models.users.email_key``, the
same rule on SQLite and PostgreSQL; the check holds the company's row, so two
clerks adding "Émile" and "émile" at once are checked one after the other). A user carries its company's
reseller_id. Values are checked by the bundle import's checkers; bad input is
refused as ONE ``ProrataError`` located by field name (``email``, ``name``).
A save is one conditional write on the row's version; every change is audited.
Functions take the caller's session and never commit.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.bundle import fields as f
from app.bundle.fields import BAD, Problems
from app.errors import ProrataError
from app.models import Company, User
from app.models.users import email_candidates, email_key
from app.services import audit
from app.services.companies_admin import find as find_company
from app.services.resellers_admin import check_keys, checked, diff
from app.services.row_version import update_if_version

EDITABLE = ("name", "email")


@dataclass(frozen=True)
class UserRecord:
    id: int
    company: str  # the company's code
    email: str
    name: str
    version: int

    def as_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class UserShow:
    """A user and the plans assigned to them today (plan name, since when)."""

    record: UserRecord
    company_name: str
    plans: list[tuple[str, date]] = field(default_factory=list)

    def as_json(self) -> dict:
        return {**self.record.as_json(), "company_name": self.company_name,
                "plans": [{"plan": name, "since": since.isoformat()} for name, since in self.plans]}


def _record(u: User, company_code: str) -> UserRecord:
    return UserRecord(u.id, company_code, u.email, u.name, u.version)


def same_email(session: Session, email: str, q):
    """The rows of ``q`` (a select of ``User`` columns, ``User.email`` among them as ``email``) whose address is
    ``email`` whatever its letter case (``email_key``), in ``q``'s order."""
    key = email_key(email)
    q = q.where(email_candidates(session.get_bind().dialect.name, key))
    return [row for row in session.execute(q) if email_key(row.email) == key]


def user_with_email(session: Session, company_id: int, email: str, other_than: int | None = None) -> int | None:
    """The company's user with ``email`` whatever its letter case: when a database from before the rule held
    has two, the one written exactly so, else the first added."""
    q = select(User.id, User.email).where(User.company_id == company_id)
    if other_than is not None:
        q = q.where(User.id != other_than)
    found = sorted((row.email != email, row.id) for row in same_email(session, email, q))
    return found[0][1] if found else None


def _hold(session: Session, company_code: str) -> None:
    """Hold the company's row until the commit (``changes.lock_companies``): the address check and the write
    of a rival adding or renaming a user of the same company come after ours."""
    from app.services.changes import lock_companies

    lock_companies(session, [company_code])


def find(session: Session, company_code: str, email: str) -> tuple[Company, User]:
    """The company and its user with ``email`` (any letter case)."""
    c = find_company(session, company_code)
    uid = user_with_email(session, c.id, email) if isinstance(email, str) else None
    if uid is None:
        raise ProrataError.of("unknown_user", email=email, company=company_code)
    return c, session.get(User, uid)


def list_users(session: Session, company_code: str) -> list[UserRecord]:
    """The company's users by e-mail address."""
    c = find_company(session, company_code)
    return [_record(u, c.code) for u in session.scalars(select(User).where(User.company_id == c.id)
                                                         .order_by(User.email, User.id))]


def user_show(session: Session, company_code: str, email: str, today: date | None = None,
              language: str = "en") -> UserShow:
    from app.services.directory import user_detail

    c, u = find(session, company_code, email)
    d = user_detail(session, u.id, today, language)
    return UserShow(_record(u, c.code), c.name, [(p.plan_name, p.since) for p in d.plans])


def add_user(session: Session, company_code: str, email: Any, name: Any) -> UserRecord:
    """Add a user to company ``company_code``. Raises one ProrataError with every problem. Audited."""
    probs = Problems()
    given = {"company": company_code, "email": email, "name": name}
    check_keys(given, given, probs, required=("company", "email", "name"))
    company = None
    if company_code is not None:
        company = session.scalars(select(Company).where(Company.code == company_code)).first()
        if company is None:
            probs.add("unknown", "company", kind="company", code=company_code)
    email = checked(given, "email", probs, f.email)
    name = checked(given, "name", probs, f.text, field="name")
    if company is not None and email:
        _hold(session, company.code)
    if company is not None and email and user_with_email(session, company.id, email) is not None:
        probs.add("exists", "email", kind="user", code=f"{email} of {company.code}")
    probs.raise_if_any()
    u = User(company_id=company.id, reseller_id=company.reseller_id, email=email, name=name)
    session.add(u)
    try:
        session.flush()
    except IntegrityError:  # a rival added the same address since we looked
        raise ProrataError.of("exists", "email", kind="user", code=f"{email} of {company.code}") from None
    audit.record(session, "create", "user", u.id, after={"company": company.code, "email": email, "name": name},
                 reseller_id=company.reseller_id)
    return _record(u, company.code)


def edit_user(session: Session, company_code: str, email: str, changes: Mapping[str, Any],
              expected_version: int | None = None) -> UserRecord:
    """Change a user's ``name`` and/or ``email`` (unique within the company, any letter case).

    ``expected_version``: the version the person saw (else the one read now); the save is refused
    (``row_changed_meanwhile``, naming who and when) if the row changed since. Audited (changed fields only).
    """
    c, u = find(session, company_code, email)
    probs = Problems()
    check_keys(changes, EDITABLE, probs)
    clean: dict[str, Any] = {}
    for key in EDITABLE:
        if key not in changes:
            continue
        if changes[key] is None:
            probs.add("missing", key, field=key)
            continue
        value = checked(changes, key, probs, f.email if key == "email" else f.text,
                        **({"required": True} if key == "email" else {"field": key}))
        if value is not BAD:
            clean[key] = value
    new_email = clean.get("email")
    if new_email:
        _hold(session, c.code)
    if new_email and user_with_email(session, c.id, new_email, other_than=u.id) is not None:
        probs.add("exists", "email", kind="user", code=f"{new_email} of {c.code}")
    probs.raise_if_any()
    before, after = diff(u, clean)
    if not after:
        return _record(u, c.code)
    version = u.version if expected_version is None else expected_version
    try:
        update_if_version(session, User, u.id, version, {k: clean[k] for k in after}, entity="user", kind="user",
                          code=f"{u.email} of {c.code}")
    except IntegrityError:
        raise ProrataError.of("exists", "email", kind="user", code=f"{new_email} of {c.code}") from None
    audit.record(session, "edit", "user", u.id, before=before, after=after, reseller_id=u.reseller_id)
    session.refresh(u)
    return _record(u, c.code)
