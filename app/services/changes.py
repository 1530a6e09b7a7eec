"""Recording dated changes to existing companies: subscribe, quantity, plan change, cancel, assign,
unassign, extras, currency.

A change is given in the bundle's event format (the dicts ``prorata import`` takes under "events"), so the
window, the command line and files share one path: ``check_changes`` checks them with the import's own
code (``app.bundle.history.check_events``, each company's stored history folded first) and refuses what a
billing run could never bill, in the run's words (``app.services.change_preview.check_billable``), and
``record_changes`` writes them all or nothing as ``CompanyEvent`` rows. The builders (``subscribe``,
``change_quantity``...) only make those dicts.

Problems are located like a file's: ``$[3].plan`` for the fourth change of a list, or, for one change
from a form (``prefix=None``), the bare field name (``date``, ``plan``, ``quantity``, ``user``, ``amount``).
Changes of a company's term or billing day are not recorded here (``app.services.billing_schedule``).

Runs on whatever thread holds the session; the caller's unit of work commits. One audit entry per
company per call (action ``change``, or ``undo``), listing the changes recorded.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.bundle.fields import Problems
from app.bundle.history import check_events
from app.bundle.importer import _event_row
from app.bundle.known import Known, load_known
from app.bundle.refs import Refs
from app.company_state import SCHEDULE_EVENT_TYPES
from app.errors import MESSAGES, Problem, ProrataError
from app.models import Company, CompanyEvent, EventType, Plan, User
from app.models.base import utcnow
from app.money import to_text
from app.services import audit

_WHERE = re.compile(r"^\$\.events\[(\d+)\]\.?")
MESSAGES.setdefault("extra_item_retired",
                    "extra item {code!r} is retired since {retired_on}: it takes no new extra on {date}")


@dataclass(frozen=True)
class RecordedChange:
    """One recorded change, as its company's history shows it (plans by code, users by e-mail)."""

    id: int
    company: str
    date: dt.date
    type: str
    plan: str | None = None
    to_plan: str | None = None
    quantity: int | None = None
    user: str | None = None
    code: str | None = None
    amount: Decimal | None = None
    recurring: bool | None = None
    currency: str | None = None  # a currency change's new currency
    description: dict | None = None
    recorded_by: str | None = None
    undoes_id: int | None = None
    undone_by: int | None = None  # the change that undid it, if any

    def as_event(self) -> dict:
        """The change in the bundle's event format (what ``record_changes`` takes)."""
        d: dict[str, Any] = {"date": self.date.isoformat(), "company": self.company, "type": self.type}
        for key in ("plan", "to_plan", "quantity", "user", "code", "recurring", "currency", "description"):
            value = getattr(self, key)
            if value is not None:
                d[key] = value
        if self.amount is not None:
            d["amount"] = format(self.amount, "f")
        return d

    def as_json(self) -> dict:
        return {"id": self.id, **self.as_event(), "recorded_by": self.recorded_by, "undoes": self.undoes_id,
                "undone_by": self.undone_by}


@dataclass(frozen=True)
class RecordResult:
    """What ``record_changes`` (or an undo) wrote, in the order the changes take effect."""

    changes: list[RecordedChange] = field(default_factory=list)

    @property
    def ids(self) -> list[int]:
        return [c.id for c in self.changes]

    def as_json(self) -> dict:
        return {"changes": [c.as_json() for c in self.changes]}


@dataclass
class CheckedChanges:
    """Changes that passed the import's checks: rows by code (``check_events``) and the database rows
    they name (``Known``)."""

    known: Known
    rows: list[dict]


# --- checking and recording ------------------------------------------------------

def check_changes(session: Session, events: Any, *, prefix: str | None = "$") -> CheckedChanges:
    """Check ``events`` (a list in the bundle's event format, each for an existing company) against each
    company's recorded history, with the import's rules; raise one ``ProrataError`` with every problem,
    located under ``prefix`` (``$[i].field``; None: the bare field name, for one change from a form).
    Then refuse what a billing run could never bill (``change_preview.check_billable``: an amount that would
    land on an invoice in another currency), as the run words it."""
    if not isinstance(events, list) or not events:
        raise ProrataError.of("no_changes", prefix or "")
    probs = Problems()
    for i, raw in enumerate(events):
        if isinstance(raw, dict) and raw.get("type") in SCHEDULE_EVENT_TYPES:
            probs.add("schedule_change_elsewhere", f"$.events[{i}].type", type=raw["type"].replace("_", " "))
    if probs:
        _raise(probs, prefix)
    known = load_known(session, {"events": events})
    rows = check_events(events, Refs(known), probs)
    if probs:
        _raise(probs, prefix)
    checked = CheckedChanges(known, rows)
    # What a billing run could never bill is refused here, in the run's words (the preview's refusal too).
    from app.services.change_preview import check_billable  # it bills with the engine, which imports much

    check_billable(session, checked, prefix=prefix)
    return checked


def _raise(probs: Problems, prefix: str | None) -> None:
    def relocate(p: Problem) -> Problem:
        m = _WHERE.match(p.where)
        if m is None:
            return p
        rest = p.where[m.end():]
        if prefix is None:
            return Problem(p.id, p.params, rest)
        return Problem(p.id, p.params, f"{prefix}[{m.group(1)}]" + (f".{rest}" if rest else ""))

    def position(p: Problem) -> int:
        m = _WHERE.match(p.where)
        return int(m.group(1)) if m else -1

    raise ProrataError([relocate(p) for p in sorted(probs.items, key=position)])


def record_changes(session: Session, events: list[dict], *, source: str = "cli",
                   prefix: str | None = "$") -> RecordResult:
    """Check ``events`` (``check_changes``) and add them to the session's transaction, all or nothing.

    ``source`` (cli, window, a file's name) is kept in the audit entry."""
    lock_companies(session, [e.get("company") for e in events if isinstance(e, dict)] if isinstance(events, list)
                   else [])
    checked = check_changes(session, events, prefix=prefix)
    return write_changes(session, checked, source=source)


def lock_companies(session: Session, codes: list) -> None:
    """Hold the companies' rows until the commit, so that two clerks changing one company at once are
    checked one after the other, each against the other's changes (a row lock on PostgreSQL, the write
    lock on SQLite). Writes nothing: the version stays as it is (a change is not an edit of the company)."""
    codes = sorted({c for c in codes if isinstance(c, str)})
    if codes:
        session.execute(update(Company).where(Company.code.in_(codes)).values(version=Company.version)
                        .execution_options(synchronize_session=False))


def record_change(session: Session, event: dict, *, source: str = "window") -> RecordedChange:
    """One change from a form: problems are located by field name (``date``, ``plan``...)."""
    return record_changes(session, [event], source=source, prefix=None).changes[0]


def write_changes(session: Session, checked: CheckedChanges, *, source: str, undoes: dict[int, int] | None = None,
                  action: str = "change", before: dict | None = None) -> RecordResult:
    """Write checked changes (rows in effective order, so ids order the events of one day) and audit them.

    ``undoes`` maps a change's position in the given list to the event it takes back."""
    known = checked.known
    plans = {c: pid for c, (pid, _) in known.plans.items()}
    companies = {c: (k.id, k.reseller_id) for c, k in known.companies.items()}
    stamp = {"recorded_by": audit.current_actor(session), "recorded_at": utcnow()}
    table = CompanyEvent.__table__
    out: list[RecordedChange] = []
    for row in checked.rows:
        values = _event_row(row, plans, companies, known.users, stamp)
        values["undoes_id"] = (undoes or {}).get(row["pos"])
        new_id = session.scalar(insert(table).values(**values).returning(table.c.id))
        out.append(RecordedChange(new_id, row["company"], row["date"], row["type"], row["plan"], row["to_plan"],
                                  row["quantity"], row["user"].lower() if row["user"] else None, row["code"],
                                  row["amount"], row["recurring"], row["currency"], row["description"],
                                  stamp["recorded_by"], values["undoes_id"]))
    by_company: dict[str, list[RecordedChange]] = {}
    for c in out:
        by_company.setdefault(c.company, []).append(c)
    for code, changes in by_company.items():
        audit.record(session, action, "company", code, before=before,
                     after={"source": source, "changes": [c.as_json() for c in changes]},
                     reseller_id=known.companies[code].reseller_id)
    return RecordResult(out)


def company_changes(session: Session, company: str) -> list[RecordedChange]:
    """The company's recorded changes in the order they take effect (date, then as recorded), each with the
    change that undid it, if any. ``not_found`` at ``company`` for an unknown company."""
    c = session.execute(select(Company.id, Company.code, Company.currency).where(Company.code == company)).first()
    if c is None:
        raise ProrataError.of("not_found", "company", kind="company", code=company)
    rows = list(session.scalars(select(CompanyEvent).where(CompanyEvent.company_id == c.id)
                                .order_by(CompanyEvent.date, CompanyEvent.id)))
    return _views(session, c.code, c.currency, rows)


def _views(session: Session, company: str, currency: str, rows: list[CompanyEvent]) -> list[RecordedChange]:
    """``rows`` in effective order, as changes; amounts with their currency's digits (the company's on the
    change's date)."""
    plan_ids = list(({r.plan_id for r in rows} | {r.to_plan_id for r in rows}) - {None})
    plans = dict(session.execute(select(Plan.id, Plan.code).where(Plan.id.in_(plan_ids))).all())
    user_ids = list({r.user_id for r in rows} - {None})
    users = dict(session.execute(select(User.id, User.email).where(User.id.in_(user_ids))).all())
    undone_by = {r.undoes_id: r.id for r in rows if r.undoes_id is not None}
    out = []
    for r in rows:
        if r.type == EventType.CURRENCY.value and r.currency:
            currency = r.currency
        if r.type == EventType.MOVE.value:  # the seller it goes to by code, as a person names it
            from app.services.moves import seller_code

            out.append(RecordedChange(r.id, company, r.date, r.type, code=seller_code(session, r.code),
                                      recorded_by=r.recorded_by, undoes_id=r.undoes_id,
                                      undone_by=undone_by.get(r.id)))
            continue
        amount = Decimal(to_text(r.amount, currency)) if r.amount is not None else None
        out.append(RecordedChange(r.id, company, r.date, r.type, plans.get(r.plan_id), plans.get(r.to_plan_id),
                                  r.quantity, users[r.user_id].lower() if r.user_id in users else None, r.code,
                                  amount, r.recurring, r.currency, r.description, r.recorded_by, r.undoes_id,
                                  undone_by.get(r.id)))
    return out


# --- builders: the event dicts of each kind of change ------------------------------------------

def _day(date: dt.date | str | None) -> str:
    """A date as the bundle writes it; a string is passed on as typed, for the date rule to judge."""
    if date is None:
        return dt.date.today().isoformat()
    return date.isoformat() if isinstance(date, dt.date) else date


def _event(kind: EventType, company: str, date, **fields) -> dict:
    return {"date": _day(date), "company": company, "type": kind.value,
            **{k: v for k, v in fields.items() if v is not None}}


def subscribe(company: str, plan: str, date: dt.date | str | None = None, quantity: int | None = None) -> dict:
    """Subscribe ``company`` to ``plan`` from ``date`` (today by default); a per_unit plan needs a quantity."""
    return _event(EventType.SUBSCRIBE, company, date, plan=plan, quantity=quantity)


def change_quantity(company: str, plan: str, quantity: int, date: dt.date | str | None = None) -> dict:
    return _event(EventType.QUANTITY, company, date, plan=plan, quantity=quantity)


def change_plan(company: str, plan: str, to_plan: str, date: dt.date | str | None = None,
                quantity: int | None = None) -> dict:
    """Move from ``plan`` to ``to_plan``: users and quantity move along (``quantity``: a new one)."""
    return _event(EventType.PLAN_CHANGE, company, date, plan=plan, to_plan=to_plan, quantity=quantity)


def cancel(company: str, plan: str, date: dt.date | str | None = None) -> dict:
    return _event(EventType.CANCEL, company, date, plan=plan)


def assign(company: str, plan: str, user: str, date: dt.date | str | None = None) -> dict:
    return _event(EventType.ASSIGN, company, date, plan=plan, user=user)


def unassign(company: str, plan: str, user: str, date: dt.date | str | None = None) -> dict:
    return _event(EventType.UNASSIGN, company, date, plan=plan, user=user)


def add_extra(company: str, code: str, amount: Decimal | str | None = None, *, date: dt.date | str | None = None,
              recurring: bool = False, user: str | None = None, description: dict | str | None = None,
              session: Session | None = None) -> dict:
    """An extra for the company (or one of its users): one-off, or recurring until ``end_extra``.

    Without ``amount`` (or ``description``), and with a ``session``, the extra-item catalogue's default
    amount in the company's currency on ``date`` (and the item's name) are taken when the catalogue has
    them; else the change is refused for the missing field. A text description is English. With a ``session``,
    a catalogue item retired on or before ``date`` is refused (``extra_item_retired``), as a retired plan takes
    no new subscription."""
    if session is not None:
        _check_not_retired(session, code, date)
    if session is not None and (amount is None or description is None):
        item = _catalogue_item(session, company, code, date)
        if item is not None:
            amount = item[0] if amount is None else amount
            description = item[1] if description is None else description
    if isinstance(amount, Decimal):
        amount = format(amount, "f")
    if isinstance(description, str):
        description = {"en": description}
    return _event(EventType.EXTRA, company, date, code=code, amount=amount, recurring=recurring, user=user,
                  description=description)


def end_extra(company: str, code: str, date: dt.date | str | None = None) -> dict:
    """End the recurring extra ``code`` from ``date``."""
    return _event(EventType.EXTRA_END, company, date, code=code)


def change_currency(company: str, currency: str, date: dt.date | str | None = None) -> dict:
    return _event(EventType.CURRENCY, company, date, currency=currency)


def _check_not_retired(session: Session, code: str, date) -> None:
    """Refuse an extra of a catalogue item retired on or before ``date`` (the same rule as ``plan_retired``)."""
    from app.models import ExtraItem

    try:
        day = dt.date.fromisoformat(_day(date))
    except (TypeError, ValueError):
        return  # refused later by the date rule
    retired_on = session.scalar(select(ExtraItem.retired_on).where(ExtraItem.code == code))
    if retired_on is not None and day >= retired_on:
        raise ProrataError.of("extra_item_retired", "code", code=code, retired_on=retired_on.isoformat(),
                              date=day.isoformat())


def _catalogue_item(session: Session, company: str, code: str, date) -> tuple[str | None, dict | None] | None:
    """(default amount in the company's currency on ``date`` as text, the item's name), or None when there is no
    catalogue (app/services/extra_items.py) or no such item."""
    if importlib.util.find_spec("app.services.extra_items") is None:
        return None
    from app.services import extra_items

    if not hasattr(extra_items, "default_amount"):
        return None
    c = session.execute(select(Company.id, Company.currency).where(Company.code == company)).first()
    if c is None:
        return None  # refused later as an unknown company
    try:
        day = dt.date.fromisoformat(_day(date))
    except (TypeError, ValueError):
        return None  # refused later by the date rule
    currency = session.scalar(select(CompanyEvent.currency).where(
        CompanyEvent.company_id == c.id, CompanyEvent.type == EventType.CURRENCY.value, CompanyEvent.date <= day)
        .order_by(CompanyEvent.date.desc(), CompanyEvent.id.desc()).limit(1)) or c.currency
    try:
        amount = extra_items.default_amount(session, code, currency)
        name = extra_items.get_item(session, code).name if hasattr(extra_items, "get_item") else None
    except ProrataError:
        return None  # not in the catalogue: the clerk gives the amount
    return (to_text(amount, currency) if amount is not None else None), name
