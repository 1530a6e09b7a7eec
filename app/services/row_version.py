"""Saving an edit of a shared row only if nobody changed it since it was read.

Two clerks may open the same company (or reseller, user, plan, price) and both
save. Every such row carries a ``version``; a save is one conditional write,
``UPDATE ... SET ..., version = version + 1 WHERE id = :id AND version = :v``.
The database serialises rival writes (PostgreSQL locks the row and re-checks
the condition once the other transaction ends; SQLite takes its write lock),
so of two saves from the same version exactly one matches; the other matches
no row and is told, in words, who changed the row and when (from the newest
audit entry of that entity), or that it was deleted. Nothing of the loser's
unit of work is written: the error rolls it back.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from app.errors import MESSAGES, ProrataError
from app.models import AuditEntry

MESSAGES.setdefault("row_changed_meanwhile", "{kind} {code!r} was changed meanwhile by {actor} ({at}); "
                                             "nothing was changed: open it again to see their change")
MESSAGES.setdefault("row_deleted_meanwhile", "{kind} {code!r} was deleted meanwhile by {actor} ({at}); "
                                             "nothing was changed")


def update_if_version(session: Session, model: type, row_id: int, version: int, values: dict[str, Any], *,
                      entity: str, kind: str, code: str) -> int:
    """Write ``values`` to the row ``row_id`` of ``model`` if it is still at ``version``; return the new version.

    Else raise ``row_changed_meanwhile`` (or ``row_deleted_meanwhile``) naming the actor and time of the
    newest audit entry of ``entity`` ``row_id``. ``kind`` and ``code`` name the row in that message
    ("company", "c1"). Any ORM object of the row in ``session`` is expired, so it reads the new values.
    """
    table = model.__table__
    done = session.execute(update(table).where(table.c.id == row_id, table.c.version == version)
                           .values(**values, version=table.c.version + 1))
    if done.rowcount != 1:
        raise lost(session, model, row_id, entity=entity, kind=kind, code=code)
    obj = session.identity_map.get(identity_key(model, row_id))
    if obj is not None:
        session.expire(obj)
    return version + 1


def last_change(session: Session, entity: str, row_id: int) -> tuple[str, str]:
    """(actor, when) of the newest audit entry of ``entity`` ``row_id``; when none, a neutral wording."""
    row = session.execute(select(AuditEntry.actor, AuditEntry.at)
                          .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(row_id))
                          .order_by(AuditEntry.id.desc()).limit(1)).first()
    if row is None:
        return "another session", "time unknown"
    return row.actor, row.at.isoformat(sep=" ", timespec="seconds") + " UTC"


def lost(session: Session, model: type, row_id: int, *, entity: str, kind: str, code: str) -> ProrataError:
    """The error for a save that found its row changed (or gone) since it was read."""
    actor, at = last_change(session, entity, row_id)
    exists = session.scalar(select(model.__table__.c.id).where(model.__table__.c.id == row_id))
    error = "row_changed_meanwhile" if exists is not None else "row_deleted_meanwhile"
    return ProrataError.of(error, kind=kind, code=code, actor=actor, at=at)
