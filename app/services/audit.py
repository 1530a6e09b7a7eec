"""Writing the audit log: every change a person makes, with before and after, chained by SHA-256."""
from __future__ import annotations

import getpass
import json
import os

from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.models.base import utcnow
from app.services import audit_chain


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
    """Add an audit entry to the session's transaction (committed with the change), chained onto the last.

    From here to the commit the session holds the chain's head (a row lock on
    PostgreSQL, the write lock on SQLite): call it once the change is made,
    close to the commit. ``before`` and ``after`` are stored (and hashed) as
    their JSON round trip, so the hash covers exactly what the database keeps.
    """
    entry = AuditEntry(actor=actor or current_actor(), action=action, entity=entity,
                       entity_id=None if entity_id is None else str(entity_id),
                       reseller_id=reseller_id, at=utcnow(), before=_as_stored(before), after=_as_stored(after))
    return audit_chain.append(session, entry)


def _as_stored(value: dict | None) -> dict | None:
    # What JSON gives back: string keys, lists for tuples. The hash must match what is read later.
    return None if value is None else json.loads(json.dumps(value))
