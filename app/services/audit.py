"""Writing the audit log: every change a person makes, with before and after, chained by SHA-256."""
from __future__ import annotations

import getpass
import json
import os

from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.models.base import utcnow
from app.services import audit_chain
from app.storage import row_security

ACTOR_LENGTH = 100  # audit_log.actor, company_events.recorded_by


def login(session: Session | None = None) -> str:
    """The person acting, as the database knows them: the PostgreSQL login (``current_user``) of the session's
    connection, else (SQLite, or no session) the operating-system user."""
    if session is not None and session.get_bind().dialect.name == "postgresql":
        scoped = row_security.login_scope(session.connection())
        if scoped is not None:
            return scoped[0]
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def current_actor(session: Session | None = None) -> str:
    """Who is acting, as recorded on every change: the login (see ``login``), then PRORATA_ACTOR in brackets
    when that names someone else ("ann (Ann Smith)", a cron job's purpose). PRORATA_ACTOR adds a display
    name; it never replaces the login, so nobody can pose as another person. On PostgreSQL the audit log's
    policy refuses an entry whose actor does not begin with the login (app/storage/row_security.py)."""
    who = login(session)
    shown = " ".join("".join(ch for ch in os.environ.get("PRORATA_ACTOR", "") if ch.isprintable()).split())
    if not shown or shown == who:
        return who[:ACTOR_LENGTH]
    return f"{who} ({shown[:max(0, ACTOR_LENGTH - len(who) - 3)]})"


def record(session: Session, action: str, entity: str, entity_id: object = None, *,
           before: dict | None = None, after: dict | None = None,
           reseller_id: int | None = None, actor: str | None = None) -> AuditEntry:
    """Add an audit entry to the session's transaction (committed with the change), chained onto the last
    entry of its owner (the hoster's, or ``reseller_id``'s: app/services/audit_chain.py).

    From here to the commit the session holds that owner's chain head (a row lock on
    PostgreSQL, the write lock on SQLite): call it once the change is made,
    close to the commit. ``before`` and ``after`` are stored (and hashed) as
    their JSON round trip, so the hash covers exactly what the database keeps.
    """
    return audit_chain.append(session, entry(session, action, entity, entity_id, before=before, after=after,
                                             reseller_id=reseller_id, actor=actor))


def entry(session: Session, action: str, entity: str, entity_id: object = None, *,
          before: dict | None = None, after: dict | None = None,
          reseller_id: int | None = None, actor: str | None = None) -> AuditEntry:
    """The entry ``record`` writes, not yet chained nor written: for a writer that chains it along with its
    own statement (``audit_chain.append_parts``; app/services/invoice_chain.py ``number_and_seal``)."""
    if reseller_id is None:  # a reseller's staff: the entry belongs to their reseller (and is visible to them)
        scoped = row_security.login_scope(session.connection())
        reseller_id = scoped[1] if scoped and scoped[1] else None
    before_text, after_text = _as_text(before), _as_text(after)
    made = AuditEntry(actor=actor or current_actor(session), action=action, entity=entity,
                      entity_id=None if entity_id is None else str(entity_id), reseller_id=reseller_id, at=utcnow(),
                      before=_as_stored(before_text), after=_as_stored(after_text))
    audit_chain.keep_texts(made, before_text, after_text)
    return made


def _as_text(value: dict | None) -> str | None:
    return None if value is None else json.dumps(value)


def _as_stored(text: str | None) -> dict | None:
    # What JSON gives back: string keys, lists for tuples. The hash must match what is read later.
    return None if text is None else json.loads(text)
