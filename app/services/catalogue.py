"""The catalogue: services and their plans, listed, added, edited and retired.

Plain functions taking the caller's ``Session`` (the CLI's unit of work or the
window's operation runner commits it) and returning small dataclasses. A
person's mistake raises ``ProrataError`` with one problem per field, each
located by the FIELD NAME (``code``, ``service``, ``basis``, ``name.de``,
``unit.en``, ``on``), so a form can show it beside the field.

Codes and texts are checked by the rules bundles use (``app.bundle.fields``,
built on ``app.values.text``). A plan is saved by one conditional write on its
version (``UPDATE ... WHERE id = :id AND version = :seen``); the loser of two
edits, or an edit made against a version older than the stored one
(``expected_version``), is refused naming who changed the plan meanwhile (the
newest audit entry). Every change is audited with before and after.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from app.bundle import fields as f
from app.bundle.fields import BAD, Problems
from app.errors import ProrataError
from app.models import (Accrual, AuditEntry, Basis, Company, CompanyEvent, EventType, ExtraItem, Hoster,
                        InvoiceLine, Plan, Reseller, Service, localized)
from app.services import audit
from app.values import dates


class _Keep:
    """The value of an edit's argument that was not given: the field keeps what it holds."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()

# What ``list_plans(state=...)`` filters on.
STATES = ("all", "active", "retired")


@dataclass(frozen=True)
class ServiceView:
    code: str
    name: dict
    description: dict | None
    plans: int  # how many plans it has (retired ones included)

    def as_json(self) -> dict:
        return {"code": self.code, "name": self.name, "description": self.description, "plans": self.plans}


@dataclass(frozen=True)
class PlanView:
    code: str
    service: str
    basis: str
    name: dict
    description: dict | None
    unit: dict | None
    retired_on: date | None
    version: int
    retired: bool  # retired on the day it was read for (its retired_on is on or before it)

    def label(self, language: str = "en") -> str:
        return localized(self.name, language)

    def as_json(self) -> dict:
        return {"code": self.code, "service": self.service, "basis": self.basis, "name": self.name,
                "description": self.description, "unit": self.unit,
                "retired_on": self.retired_on.isoformat() if self.retired_on else None,
                "retired": self.retired, "version": self.version}


# ---------------------------------------------------------------- reading

def list_services(session: Session, *, search: str | None = None) -> list[ServiceView]:
    """Every service by code; ``search`` keeps those whose code or a name contains it (any case)."""
    counts = dict(session.execute(select(Plan.service_id, func.count()).group_by(Plan.service_id)).all())
    out = []
    for s in session.scalars(select(Service).order_by(Service.code)):
        if search and not _matches(search, s.code, s.name):
            continue
        out.append(ServiceView(s.code, s.name, s.description, counts.get(s.id, 0)))
    return out


def list_plans(session: Session, *, service: str | None = None, state: str = "all", on: date | None = None,
               search: str | None = None) -> list[PlanView]:
    """Plans by code, each marked retired or not on ``on`` (default today).

    ``service`` keeps one service's plans; ``state`` is ``all``, ``active`` or ``retired``; ``search``
    keeps plans whose code or a name contains it.
    """
    if state not in STATES:
        raise ProrataError.of("bad_value", "state", value=state, allowed=", ".join(STATES))
    on = on or date.today()
    q = select(Plan, Service.code).join(Service, Service.id == Plan.service_id).order_by(Plan.code)
    if service is not None:
        _service(session, service, "service")
        q = q.where(Service.code == service)
    out = []
    for plan, scode in session.execute(q):
        view = _view(plan, scode, on)
        if (state == "active" and view.retired) or (state == "retired" and not view.retired):
            continue
        if search and not _matches(search, plan.code, plan.name):
            continue
        out.append(view)
    return out


def get_plan(session: Session, code: str, on: date | None = None) -> PlanView:
    """One plan (``not_found`` at ``code`` when there is none)."""
    plan = _plan(session, code)
    return _view(plan, session.get(Service, plan.service_id).code, on or date.today())


def languages(session: Session) -> list[str]:
    """The languages a catalogue text may be written in, for a form that offers one field per language.

    English, German and French always; the language of the hoster, of every reseller and company
    (``de_DE`` as ``de``: an invoice falls back from the locale to its language); and every key a
    service, plan or extra item already has, as stored (so that an edit never drops one). English
    first, then German and French, then the rest by code.
    """
    found = set(DEFAULT_LANGUAGES)
    for model in (Hoster, Reseller, Company):
        found.update(lang.replace("-", "_").split("_")[0] for lang in
                     session.scalars(select(model.language).distinct()) if lang)
    for column in (Service.name, Service.description, Plan.name, Plan.description, Plan.unit, ExtraItem.name):
        for texts in session.scalars(select(column)):
            found.update(k for k in (texts or {}) if isinstance(k, str))
    found = {lang for lang in found if f.language(lang, "language", Problems()) is not BAD}
    first = [lang for lang in DEFAULT_LANGUAGES if lang in found]
    return first + sorted(found - set(first))


DEFAULT_LANGUAGES = ("en", "de", "fr")


def plan_billed(session: Session, code: str) -> bool:
    """Whether an invoice line (or a reseller's accrual) has ever billed the plan."""
    return _billed(session, _plan(session, code).id)


def check_open(session: Session, plan_code: str, on: date, where: str = "plan") -> Plan:
    """The plan, if a company may subscribe to it (or change to it) on ``on``.

    Raises ``not_found`` for an unknown plan and ``plan_retired`` when ``on`` is on or after its
    retirement; running subscriptions are not this function's business (they go on being billed).
    """
    plan = session.scalars(select(Plan).where(Plan.code == plan_code)).first()
    if plan is None:
        raise ProrataError.of("unknown", where, kind="plan", code=plan_code)
    if plan.retired_on is not None and on >= plan.retired_on:
        raise ProrataError.of("plan_retired", where, plan=plan_code, retired_on=plan.retired_on.isoformat(),
                              date=on.isoformat())
    return plan


# ---------------------------------------------------------------- services

def add_service(session: Session, code: str, name: dict, description: dict | None = None) -> ServiceView:
    """A new service. Problems at ``code``, ``name``/``name.<lang>``, ``description.<lang>``."""
    probs = Problems()
    code = _new_code(session, Service, "service", code, probs)
    name = f.texts(name, "name", probs)
    description = f.texts(description, "description", probs, required=False, max_len=f.DESCRIPTION_MAX)
    probs.raise_if_any()
    row = Service(code=code, name=name, description=description)
    session.add(row)
    session.flush()
    audit.record(session, "create", "service", code, after=_service_state(row))
    return ServiceView(code, name, description, 0)


def edit_service(session: Session, code: str, *, name: dict = KEEP, description: dict | None = KEEP) -> ServiceView:
    """Change a service's names or description (``description=None`` removes it).

    Services carry no version: the write changes only the fields given, so two people editing
    different fields do not undo each other.
    """
    row = _service(session, code, "code")
    probs = Problems()
    values: dict[str, Any] = {}
    if name is not KEEP:
        values["name"] = f.texts(name, "name", probs)
    if description is not KEEP:
        values["description"] = f.texts(description, "description", probs, required=False, max_len=f.DESCRIPTION_MAX)
    probs.raise_if_any()
    before = _service_state(row)
    if values:
        session.execute(update(Service.__table__).where(Service.__table__.c.id == row.id).values(**values))
        session.expire(row)
    after = _service_state(row)
    if after != before:
        audit.record(session, "edit", "service", code, before=before, after=after)
    n = session.scalar(select(func.count()).select_from(Plan).where(Plan.service_id == row.id))
    return ServiceView(row.code, row.name, row.description, n)


# ---------------------------------------------------------------- plans

def add_plan(session: Session, code: str, service: str, basis: str, name: dict, *,
             description: dict | None = None, unit: dict | None = None) -> PlanView:
    """A new plan of ``service``. A per_unit plan needs ``unit`` (what it counts, per language); any
    other basis refuses one. Problems at ``code``, ``service``, ``basis``, ``name.<lang>``, ``unit``..."""
    probs = Problems()
    code = _new_code(session, Plan, "plan", code, probs)
    svc = None
    if service is None:
        probs.add("missing", "service", field="service")
    else:
        svc = session.scalars(select(Service).where(Service.code == service)).first()
        if svc is None:
            probs.add("unknown", "service", kind="service", code=service)
    basis = _basis(basis, probs)
    name = f.texts(name, "name", probs)
    description = f.texts(description, "description", probs, required=False, max_len=f.DESCRIPTION_MAX)
    unit = check_unit(unit, basis, code or "", probs)
    probs.raise_if_any()
    row = Plan(code=code, service_id=svc.id, basis=basis, name=name, description=description, unit=unit)
    session.add(row)
    session.flush()
    audit.record(session, "create", "plan", code, after=_plan_state(row, svc.code))
    return _view(row, svc.code, date.today())


def edit_plan(session: Session, code: str, *, name: dict = KEEP, description: dict | None = KEEP,
              unit: dict | None = KEEP, basis: str = KEEP, expected_version: int | None = None) -> PlanView:
    """Change a plan's names, description, unit or basis (``None`` removes a description or unit).

    The basis changes only while no invoice has billed the plan and every recorded history with it
    still makes sense under the new basis. Becoming per_unit needs a unit; leaving per_unit drops it.
    ``expected_version``: the version the person edited; refused if someone saved since.
    """
    row = _plan(session, code)
    scode = session.get(Service, row.service_id).code
    probs = Problems()
    values: dict[str, Any] = {}
    if name is not KEEP:
        values["name"] = f.texts(name, "name", probs)
    if description is not KEEP:
        values["description"] = f.texts(description, "description", probs, required=False, max_len=f.DESCRIPTION_MAX)
    new_basis = row.basis
    if basis is not KEEP and basis != row.basis:
        new_basis = _basis(basis, probs)
        if new_basis:
            _basis_change_allowed(session, row, new_basis, probs)
            values["basis"] = new_basis
    if unit is not KEEP:
        values["unit"] = check_unit(unit, new_basis, code, probs)
    elif new_basis != row.basis:
        if new_basis == Basis.PER_UNIT.value:
            probs.add("missing", "unit", field="unit (what a per_unit plan counts)")
        else:
            values["unit"] = None  # a unit means something only to a per_unit plan
    probs.raise_if_any()
    return _save_plan(session, row, scode, "edit", values, expected_version)


def retire_plan(session: Session, code: str, on: date, *, expected_version: int | None = None) -> PlanView:
    """From ``on`` the plan takes no new subscription (nor plan change to it); running ones go on.

    Refused when a subscription to the plan is already recorded on or after ``on``.
    """
    row = _plan(session, code)
    if on is None:
        raise ProrataError.of("missing", "on", field="the day the plan retires")
    on = dates.check_date(on, "on") if isinstance(on, date) else dates.calendar_date(on, "on")
    e = CompanyEvent
    later = session.execute(
        select(e.date, Company.code).join(Company, Company.id == e.company_id)
        .where(e.date >= on, or_((e.type == EventType.SUBSCRIBE.value) & (e.plan_id == row.id),
                                 (e.type == EventType.PLAN_CHANGE.value) & (e.to_plan_id == row.id)))
        .order_by(e.date.desc(), e.id.desc()).limit(1)).first()
    if later is not None:
        raise ProrataError.of("retire_after_subscription", "on", plan=code, on=on.isoformat(),
                              company=later.code, date=later.date.isoformat())
    return _save_plan(session, row, session.get(Service, row.service_id).code, "retire", {"retired_on": on},
                      expected_version)


def unretire_plan(session: Session, code: str, *, expected_version: int | None = None) -> PlanView:
    """Take back a plan's retirement: it takes new subscriptions again."""
    row = _plan(session, code)
    if row.retired_on is None:
        raise ProrataError.of("not_retired", "retired_on", kind="plan", code=code)
    return _save_plan(session, row, session.get(Service, row.service_id).code, "unretire", {"retired_on": None},
                      expected_version)


# ---------------------------------------------------------------- shared with extra_items

def save_versioned(session: Session, row: Any, *, kind: str, code: str, values: dict,
                   expected_version: int | None) -> None:
    """Write ``values`` to ``row`` in one conditional UPDATE on its version (bumped), or raise
    ``changed_meanwhile_by`` naming who changed it since it was read (or since ``expected_version``).
    ``row`` is reloaded afterwards."""
    seen = row.version
    if expected_version is not None and expected_version != seen:
        raise changed_meanwhile(session, kind, code)
    t = type(row).__table__
    done = session.execute(update(t).where(t.c.id == row.id, t.c.version == seen)
                           .values(version=seen + 1, **values))
    if done.rowcount != 1:
        raise changed_meanwhile(session, kind, code)
    session.expire(row)


def changed_meanwhile(session: Session, kind: str, code: str) -> ProrataError:
    """The error for a save against an older version: who made the newest change, and what it was."""
    row = session.execute(select(AuditEntry.actor, AuditEntry.action, AuditEntry.at)
                          .where(AuditEntry.entity == kind, AuditEntry.entity_id == code)
                          .order_by(AuditEntry.id.desc()).limit(1)).first()
    actor, action = (row.actor, row.action) if row else ("another session", "edit")
    return ProrataError.of("changed_meanwhile_by", "version", kind=kind.replace("_", " "), code=code,
                           actor=actor, action=_PAST.get(action, action))


def new_code(session: Session, model: Any, kind: str, code: object, probs: Problems) -> Any:
    """A code for a new ``model`` row: the code rule, and not taken. Problems at ``code``."""
    return _new_code(session, model, kind, code, probs)


_PAST = {"create": "created", "edit": "edited", "retire": "retired", "unretire": "unretired", "import": "imported"}


# ---------------------------------------------------------------- helpers

def _new_code(session: Session, model: Any, kind: str, code: object, probs: Problems) -> Any:
    if code is None or code == "":
        return probs.add("missing", "code", field="code")
    code = f.code(code, "code", probs)
    if code and session.scalar(select(model.id).where(model.code == code)) is not None:
        return probs.add("exists", "code", kind=kind, code=code)
    return code


def _basis(value: object, probs: Problems) -> Any:
    if value is None:
        return probs.add("missing", "basis", field="basis")
    return f.choice(value, "basis", probs, Basis)


def check_unit(value: object, basis: Any, plan: str, probs: Problems, where: str = "unit", *,
               required: bool = True) -> Any:
    """What a per_unit plan counts, per language (``{"en": "site"}``): required for per_unit (unless
    ``required`` is False: bundles written before units existed), refused for any other basis."""
    if basis is BAD or basis is None:
        return f.texts(value, where, probs, required=False)
    if basis == Basis.PER_UNIT.value:
        if value is None:
            return probs.add("missing", where, field="unit (what a per_unit plan counts)") if required else None
        return f.texts(value, where, probs)
    if value is not None:
        return probs.add("unit_not_for_basis", where, plan=plan, basis=basis)
    return None


def _basis_change_allowed(session: Session, row: Plan, basis: str, probs: Problems) -> None:
    """A plan's basis may change while nothing billed it and every history with it fits the new basis."""
    if _billed(session, row.id):
        probs.add("basis_billed", "basis", plan=row.code, basis=row.basis)
        return
    from app.billing.context import load_events
    from app.company_state import CompanyState

    e = CompanyEvent
    ids = sorted(session.scalars(select(e.company_id).where(or_(e.plan_id == row.id, e.to_plan_id == row.id))
                                 .distinct()))
    if not ids:
        return
    codes = {pid: c for pid, c in session.execute(select(Plan.id, Plan.code))}
    bases = {c: b for c, b in session.execute(select(Plan.code, Plan.basis))}
    bases[row.code] = basis
    companies = {cid: (c, cur) for cid, c, cur in session.execute(
        select(Company.id, Company.code, Company.currency).where(Company.id.in_(ids)))}
    for cid, events in load_events(session, ids, dates.LAST).items():
        state = CompanyState(companies[cid][1])
        try:
            for ev in events:  # by code, so that a problem names plans as people know them
                state.apply(ev._replace(plan=codes.get(ev.plan), to_plan=codes.get(ev.to_plan)), bases)
        except ProrataError as exc:
            probs.add("basis_history", "basis", plan=row.code, basis=basis, company=companies[cid][0],
                      problem=exc.problems[0].message())
            return


def _billed(session: Session, plan_id: int) -> bool:
    if session.scalar(select(InvoiceLine.id).where(InvoiceLine.plan_id == plan_id).limit(1)) is not None:
        return True
    return session.scalar(select(Accrual.id).where(Accrual.plan_id == plan_id).limit(1)) is not None


def _save_plan(session: Session, row: Plan, scode: str, action: str, values: dict,
               expected_version: int | None) -> PlanView:
    before = _plan_state(row, scode)
    changed = {k: v for k, v in values.items() if getattr(row, k) != v}
    if not changed:
        if expected_version is not None and expected_version != row.version:
            raise changed_meanwhile(session, "plan", row.code)
        return _view(row, scode, date.today())
    save_versioned(session, row, kind="plan", code=row.code, values=changed, expected_version=expected_version)
    audit.record(session, action, "plan", row.code, before=before, after=_plan_state(row, scode))
    return _view(row, scode, date.today())


def _plan(session: Session, code: str) -> Plan:
    row = session.scalars(select(Plan).where(Plan.code == code)).first()
    if row is None:
        raise ProrataError.of("not_found", "code", kind="plan", code=code)
    return row


def _service(session: Session, code: str, where: str) -> Service:
    row = session.scalars(select(Service).where(Service.code == code)).first()
    if row is None:
        raise ProrataError.of("not_found", where, kind="service", code=code)
    return row


def _view(plan: Plan, service_code: str, on: date) -> PlanView:
    return PlanView(plan.code, service_code, plan.basis, plan.name, plan.description, plan.unit, plan.retired_on,
                    plan.version, plan.retired_on is not None and plan.retired_on <= on)


def _plan_state(plan: Plan, service_code: str) -> dict:
    return {"code": plan.code, "service": service_code, "basis": plan.basis, "name": plan.name,
            "description": plan.description, "unit": plan.unit,
            "retired_on": plan.retired_on.isoformat() if plan.retired_on else None}


def _service_state(s: Service) -> dict:
    return {"code": s.code, "name": s.name, "description": s.description}


def _matches(search: str, code: str, names: dict | None) -> bool:
    needle = search.casefold()
    return needle in code.casefold() or any(needle in str(t).casefold() for t in (names or {}).values())
