"""Reading the audit log: who changed what and when, newest first, with the before and after."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry


@dataclass(frozen=True)
class AuditFilter:
    entity: str | None = None  # invoice, price, billing_setting, ...
    entity_id: str | None = None
    actor: str | None = None
    since: date | None = None  # from the start of this day (UTC)
    until: date | None = None  # up to the end of this day (UTC)
    limit: int = 100


def entries(session: Session, f: AuditFilter = AuditFilter()) -> list[dict]:
    """The matching entries, newest first, at most ``f.limit``."""
    a = AuditEntry
    q = select(a).order_by(a.at.desc(), a.id.desc()).limit(max(1, f.limit))
    if f.entity:
        q = q.where(a.entity == f.entity)
    if f.entity_id:
        q = q.where(a.entity_id == f.entity_id)
    if f.actor:
        q = q.where(a.actor == f.actor)
    if f.since:
        q = q.where(a.at >= datetime.combine(f.since, time.min))
    if f.until:
        q = q.where(a.at < datetime.combine(f.until + timedelta(days=1), time.min))
    return [{"id": e.id, "at": e.at.isoformat(timespec="seconds"), "actor": e.actor, "action": e.action,
             "entity": e.entity, "entity_id": e.entity_id, "before": e.before, "after": e.after}
            for e in session.scalars(q)]
