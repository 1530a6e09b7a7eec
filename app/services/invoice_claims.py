"""Claiming an invoice for a state change: one atomic conditional write.

Two clerks (or a clerk and a cron job) may act on the same invoice at once.
Every change of an invoice (issue, credit, edit, delete) therefore starts
with ``claim``: a single ``UPDATE ... WHERE id = :id AND status = :seen AND
version = :seen_version`` that bumps the version. The database serialises
those writes (PostgreSQL locks the row and re-checks the condition once the
other transaction ends; SQLite takes its write lock), so exactly one of two
rivals gets the row; the other finds no row matching, and is told in words
who did what meanwhile. Nothing of the loser's unit of work is written.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import bindparam, select, text, true, update
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from app.errors import MESSAGES, ProrataError
from app.models import AuditEntry, Invoice, Status

MESSAGES.setdefault("issued_meanwhile", "{invoice} was issued meanwhile by {actor} as {number}; "
                                        "nothing was changed")
MESSAGES.setdefault("deleted_meanwhile", "{invoice} was deleted meanwhile by {actor}; nothing was changed")
MESSAGES.setdefault("credited_meanwhile", "{invoice} was credited meanwhile by {actor}{note}; "
                                          "nothing was changed")
MESSAGES.setdefault("changed_meanwhile", "{invoice} was {action} meanwhile by {actor} (it is now {status}); "
                                         "nothing was changed: open it again to see their change")
MESSAGES.setdefault("stale_invoice", "{invoice} has changed since you opened it ({actor} {action} it); "
                                     "nothing was changed: open it again to see their change")

_COLUMNS = [(prop.key, prop.columns[0]) for prop in Invoice.__mapper__.column_attrs]
_PAST = {"issue": "issued", "edit": "edited", "credit": "credited", "delete": "deleted", "create": "created",
         "pay": "paid"}


def claim(session: Session, inv: Invoice, *, label: str, expected_version: int | None = None,
          **values) -> None:
    """Move ``inv`` from the status and version it was read with to ``values`` (plus a new version), or
    raise ``ProrataError`` saying what another person did meanwhile.

    ``expected_version``: the version the person saw (a window that has had the invoice open for a
    while); the change is refused if the invoice changed since, even by a change of the same kind.
    After the claim the row is this transaction's until it ends; ``inv`` holds the row as claimed.
    """
    seen_version = inv.version
    if expected_version is not None and expected_version != seen_version:
        raise stale(session, inv.id, label)
    # RETURNING the whole row: ``inv`` becomes what the database holds now, without reading it again.
    row = session.execute(_claim_statement(tuple(sorted(values))),
                          {"claim_id": inv.id, "claim_status": inv.status, "claim_version": seen_version,
                           "claim_next": seen_version + 1, **{f"set_{k}": v for k, v in values.items()}}).first()
    if row is None:
        raise lost(session, inv.id, label)
    for key, column in _COLUMNS:
        set_committed_value(inv, key, row._mapping[column])


@lru_cache(maxsize=32)
def _claim_statement(names: tuple[str, ...]):
    """The claim's UPDATE setting the columns ``names`` (parameters ``set_<name>``), built once."""
    t = Invoice.__table__
    return (update(t).where(t.c.id == bindparam("claim_id"), t.c.status == bindparam("claim_status"),
                            t.c.version == bindparam("claim_version"))
            .values(version=bindparam("claim_next", type_=t.c.version.type),
                    **{n: bindparam(f"set_{n}", type_=t.c[n].type) for n in names})
            .returning(*t.c))


def held_against_new_lines(session: Session, invoice_id: int) -> tuple[str, int] | None:
    """PostgreSQL: lock the invoice's row FOR UPDATE until the commit, before anything reads its lines to seal
    them (an issue); (status, version) as the statement's snapshot saw the row before any wait, None if there is
    no such invoice (nothing is locked then). SQLite: None, nothing done (its writers take turns).

    A line's key to its invoice takes FOR KEY SHARE on the invoice's row; a claim (FOR NO KEY UPDATE, or the
    UPDATE itself) does not conflict with it, so a line inserted after the issue read the lines and before it
    committed landed under the issued invoice, unsealed (its trigger saw a draft). FOR UPDATE conflicts: an
    insert already under way is waited for here, before the lines are read, and one that comes later waits for
    the issue's commit, then finds the invoice issued and is refused (app/storage/immutability.py)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    row = session.execute(_HELD, {"held_id": invoice_id}).first()
    return None if row is None else (row[0], row[1])


# ``seen`` is read in the statement's snapshot (before the wait); ``held`` takes the lock, waiting for any
# transaction holding the row.
_HELD = text("WITH seen AS (SELECT id, status, version FROM invoices WHERE id = :held_id), "
             "held AS (SELECT id FROM invoices WHERE id = :held_id FOR UPDATE) "
             "SELECT seen.status, seen.version, (SELECT count(*) FROM held) FROM seen")


@dataclass
class Seen:
    """An invoice as ``claim_fresh`` found it before claiming it (what ``find`` would have read)."""

    id: int
    status: str
    version: int
    number: str | None

    @property
    def label(self) -> str:
        return self.number or f"draft #{self.id}"


def claim_fresh(session: Session, invoice_id: int, status: str, *, expected_version: int | None = None,
                along=None) -> tuple[Seen | None, Invoice | None, list] | None:
    """``find`` and ``claim`` in one statement, for an invoice this session has not read yet (PostgreSQL):
    (what it was, the invoice as it is, the rows the statement gave), the invoice None when it was not
    ``status`` or someone changed it first (then the caller says which, as after ``find``; ``lost`` for the
    race), what it was None when there is no such invoice. None when the session holds the invoice already or on
    SQLite: ``find``, then ``claim``.

    The same conditions as ``claim`` after ``find``: the row as the statement's snapshot shows it (``find``'s
    read), claimed only if its status and version are still those (PostgreSQL re-checks them once a rival's
    transaction ends) and ``expected_version``, if given. The claim locks the row as an UPDATE would (FOR NO
    KEY UPDATE), until the commit, without writing it: the caller's one write of the row (which bumps its
    version) is then its only new version, its foreign keys not checked again, its indexes written once.

    ``along``: what the caller reads of the claimed row in the same statement (one round trip less), a function
    of the ``claimed`` common table expression (a module-level function: the statement is built once for it)
    giving (columns, the (table, ON clause) pairs to outer join, ORDER BY); the rows then carry those columns too,
    as many as the join gives (at least one while the invoice is there), in that order. What is read along
    is read in the statement's snapshot, as the row was seen: the claim holds only if the row's version is
    still the one seen, and every change of an invoice (or of its lines) bumps its version.
    """
    if session.get_bind().dialect.name != "postgresql" or \
            identity_key(Invoice, invoice_id) in session.identity_map:
        return None
    # A plain statement (no ORM entity): the session hands it to its connection, without the ORM's result handling.
    rows = session.execute(_fresh_statement(expected_version is not None, along),
                           {"claim_id": invoice_id, "claim_status": status,
                            "claim_expected": expected_version}).all()
    if not rows:
        return None, None, rows
    row = rows[0]
    seen = Seen(invoice_id, *row[:3])
    claimed = row[-len(_KEYS):]  # the claimed row's columns come last
    if claimed[_ID] is None:
        return seen, None, rows
    inv = Invoice.__mapper__.class_manager.new_instance()
    # Loaded as a query loads a row: the values in the new instance's dict, all of them committed below.
    inv.__dict__.update(zip(_KEYS, claimed))
    make_transient_to_detached(inv)
    session.add(inv)  # persistent, as loaded by ``find``
    return seen, inv, rows


_KEYS = tuple(key for key, _ in _COLUMNS)
_ID = _KEYS.index("id")


@lru_cache(maxsize=8)
def _fresh_statement(expected: bool, along=None):
    """``claim_fresh``'s statement: the row as seen, then the row locked if still so, then what ``along`` reads of
    it; built once."""
    # Short names: psycopg parses a statement's text once only while it is at most 4 kB long.
    t = Invoice.__table__.alias("i")
    seen = select(t.c.status, t.c.version, t.c.number).where(t.c.id == bindparam("claim_id")).cte("seen")
    conditions = [t.c.id == bindparam("claim_id"), t.c.status == bindparam("claim_status"),
                  t.c.version == select(seen.c.version).scalar_subquery()]
    if expected:
        conditions.append(t.c.version == bindparam("claim_expected", type_=t.c.version.type))
    claimed = select(*(t.c[column.name] for _, column in _COLUMNS)).where(*conditions) \
        .with_for_update(key_share=True).cte("c")
    joined = seen.outerjoin(claimed, true())
    if along is None:
        return select(seen.c.status, seen.c.version, seen.c.number, *claimed.c).select_from(joined)
    columns, joins, order = along(claimed)
    for target, on in joins:
        joined = joined.outerjoin(target, on)
    # What was seen first, the claimed row last: what is read along keeps its names (a line's ``kind``), the row's
    # columns of the same names are told apart by their place.
    return (select(*(c.label(f"s_{c.name}") for c in seen.c), *columns, *claimed.c)
            .select_from(joined).order_by(*order))


def _last_change(session: Session, invoice_id: int) -> tuple[str, str]:
    """(actor, action) of the invoice's newest audit entry."""
    row = session.execute(select(AuditEntry.actor, AuditEntry.action)
                          .where(AuditEntry.entity == "invoice", AuditEntry.entity_id == str(invoice_id))
                          .order_by(AuditEntry.id.desc()).limit(1)).first()
    return (row.actor, row.action) if row else ("another session", "change")


def stale(session: Session, invoice_id: int, label: str) -> ProrataError:
    """The error for a change refused because the invoice changed since the person opened it."""
    actor, action = _last_change(session, invoice_id)
    return ProrataError.of("stale_invoice", invoice=label, actor=actor, action=_PAST.get(action, action))


def lost(session: Session, invoice_id: int, label: str) -> ProrataError:
    """The error for the loser of a race on the invoice: what it is now, and who made it so."""
    now = session.execute(select(Invoice.status, Invoice.number)
                          .where(Invoice.id == invoice_id)).first()
    actor, action = _last_change(session, invoice_id)
    if now is None:
        return ProrataError.of("deleted_meanwhile", invoice=label, actor=actor)
    if action == "issue" and now.number:
        return ProrataError.of("issued_meanwhile", invoice=label, actor=actor, number=now.number)
    if now.status == Status.VOID.value:
        note = session.scalar(select(Invoice.number).where(Invoice.credits_id == invoice_id)
                              .order_by(Invoice.id.desc()).limit(1))
        return ProrataError.of("credited_meanwhile", invoice=label, actor=actor,
                               note=f" (credit note {note})" if note else "")
    return ProrataError.of("changed_meanwhile", invoice=label, actor=actor, action=_PAST.get(action, action),
                           status=now.status)
