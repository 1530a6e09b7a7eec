"""Writing the audit log: every change a person makes, with before and after."""
from __future__ import annotations

import getpass
import os

from sqlalchemy.orm import Session

from app.models import AuditEntry


def current_actor() -> str:
    """Who is acting: PRORATA_ACTOR if set (a reseller's login, a cron job), else the OS user."""
    env = os.environ.get("PRORATA_ACTOR")
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def record(session: Session, action: str, entity: str, entity_id: object = None, *,
           before: dict | None = None, after: dict | None = None,
           reseller_id: int | None = None, actor: str | None = None) -> AuditEntry:
    """Add an audit entry to the session's transaction (committed with the change)."""
    entry = AuditEntry(actor=actor or current_actor(), action=action, entity=entity,
                       entity_id=None if entity_id is None else str(entity_id),
                       reseller_id=reseller_id, before=before, after=after)
    session.add(entry)
    return entry
