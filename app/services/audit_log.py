"""Reading the audit log: who changed what and when, newest first, with the before and after."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import MESSAGES, ProrataError
from app.models import AuditEntry
from app.services.audit_words import Names, Sentence, describe

MESSAGES.setdefault("audit_dates_reversed", "the audit log's dates run from {since} to {until}: the first day must "
                    "not be after the last")


@dataclass(frozen=True)
class AuditFilter:
    entity: str | None = None  # invoice, price, billing_setting, ...
    entity_id: str | None = None
    actor: str | None = None
    since: date | None = None  # from the start of this day (UTC)
    until: date | None = None  # up to the end of this day (UTC)
    limit: int = 100


def entries(session: Session, f: AuditFilter = AuditFilter()) -> list[dict]:
    """The matching entries, newest first, at most ``f.limit``. A range whose start is after its end is
    refused (``audit_dates_reversed``), not read as "nothing"."""
    if f.since and f.until and f.since > f.until:
        raise ProrataError.of("audit_dates_reversed", "since", since=f.since.isoformat(), until=f.until.isoformat())
    a = AuditEntry
    q = select(a).order_by(a.at.desc(), a.id.desc()).limit(max(1, f.limit))
    if f.entity:
        q = q.where(a.entity == f.entity)
    if f.entity_id:
        q = q.where(a.entity_id == f.entity_id)
    if f.actor:  # the login, the display name, or both as recorded ("ann", "Ann Smith", "ann (Ann Smith)")
        q = q.where(or_(a.actor == f.actor, a.actor.startswith(f"{f.actor} (", autoescape=True),
                        a.actor.endswith(f" ({f.actor})", autoescape=True)))
    if f.since:
        q = q.where(a.at >= datetime.combine(f.since, time.min))
    if f.until:
        q = q.where(a.at < datetime.combine(f.until + timedelta(days=1), time.min))
    return [{"id": e.id, "at": e.at.isoformat(timespec="seconds"), "actor": e.actor, "action": e.action,
             "entity": e.entity, "entity_id": e.entity_id, "before": e.before, "after": e.after}
            for e in session.scalars(q)]


@dataclass(frozen=True)
class ReadableEntry:
    """An entry as the window shows it: when (UTC, naive), who, and what was done in words."""

    id: int
    at: datetime
    actor: str
    sentence: Sentence


def readable(session: Session, f: AuditFilter = AuditFilter(), language: str = "en") -> list[ReadableEntry]:
    """The matching entries (as ``entries``), each described in words (app/services/audit_words.py), names
    in ``language``."""
    rows = entries(session, f)
    names = Names.read(session, rows, language)
    return [ReadableEntry(r["id"], datetime.fromisoformat(r["at"]), r["actor"], describe(r, names)) for r in rows]
