"""The audit chain: each entry's SHA-256 over the previous entry's hash and its own canonical form.

``append`` is the one chain step (``audit.record`` calls it); ``verify``
recomputes the whole chain and names every altered, missing or reordered
entry by id. The database itself refuses UPDATE and DELETE on ``audit_log``
(migration 0003); the chain shows what someone with more power than the
application (a superuser disabling the triggers, an edited file) changed.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app.errors import MESSAGES, Problem
from app.models import AuditChain, AuditEntry
from app.storage.claimed_row import claim_row

GENESIS = "0" * 64  # the "previous hash" of the first entry

MESSAGES.setdefault("audit_altered", "entry #{id} was altered after it was recorded: "
                                     "its content no longer matches its hash")
MESSAGES.setdefault("audit_missing", "entries are missing between #{after} and #{id}: "
                                     "#{id} was chained after an entry that is no longer there")
MESSAGES.setdefault("audit_missing_first", "entries are missing before #{id}: "
                                           "it was chained after an entry that is no longer there")
MESSAGES.setdefault("audit_replaced", "the chain breaks between #{after} and #{id}: #{id} was chained after "
                                      "an entry that is no longer there (#{after} was replaced, or an entry "
                                      "between them deleted)")
MESSAGES.setdefault("audit_out_of_order", "entry #{id} is out of order: it was recorded after #{chained_after}, "
                                          "not after #{after}")
MESSAGES.setdefault("audit_out_of_order_first", "entry #{id} is out of order: it was recorded after "
                                                "#{chained_after}, yet comes first")
MESSAGES.setdefault("audit_restarted", "entry #{id} starts a chain of its own: it was not recorded after #{after} "
                                       "(entries before it were removed, or the chain's head was reset)")
MESSAGES.setdefault("audit_tail_missing", "the last entries are missing: the chain ended at #{head_id}, "
                                          "the log now ends at {last}")
MESSAGES.setdefault("audit_head_mismatch", "the log ends at #{last} but the chain's head names another entry "
                                           "(#{head_id}): entries after #{last} are missing or the head was changed")
MESSAGES.setdefault("audit_head_missing", "the chain's head is missing: the last entries cannot be checked")


def canonical(entry) -> str:
    """The entry as hashed: its fields as JSON with sorted keys, no spaces, UTF-8 text.

    ``entry`` is an AuditEntry or a row with the same attributes.
    """
    at = entry.at.isoformat(sep=" ", timespec="microseconds")
    return json.dumps({"actor": entry.actor, "action": entry.action, "entity": entry.entity,
                       "entity_id": entry.entity_id, "reseller_id": entry.reseller_id, "at": at,
                       "before": entry.before, "after": entry.after},
                      sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(prev_hash: str, entry) -> str:
    """SHA-256 (hex) over the previous entry's hash (64 hex digits) followed by the canonical form."""
    return _hash(prev_hash, canonical(entry))


def _hash(prev_hash: str, canonical_form: str) -> str:
    return hashlib.sha256((prev_hash + canonical_form).encode("utf-8")).hexdigest()


def append(session: Session, entry: AuditEntry) -> AuditEntry:
    """Chain ``entry`` onto the head and write it in the session's transaction; ``entry`` (not added to the
    session) gets its id and hashes, as written.

    The entry's canonical form is made first; then the head is claimed with an UPDATE, a write:
    PostgreSQL locks the head row and SQLite takes its write lock, both until the commit, so a concurrent
    session waits and then chains onto this entry. (A read of the last entry would not do: pysqlite begins
    the transaction only at the first write, and two readers would see the same last entry.) From the
    claim on, three statements: the claim, the entry's INSERT and the head's move; every writer of the log
    waits on the head meanwhile, so nothing else happens in between.
    """
    text = canonical(entry)
    session.flush()  # anything pending goes first, as it would before an ORM insert
    if session.get_bind().dialect.name == "postgresql":
        done = _append_pg(session, entry, text)
        if done is not None:
            entry.id, entry.prev_hash, entry.hash = done
            return entry
    prev = _claim_head(session)
    entry.prev_hash = prev
    entry.hash = _hash(prev, text)
    log = AuditEntry.__table__
    entry.id = session.execute(insert(log).values(
        at=entry.at, actor=entry.actor, action=entry.action, entity=entry.entity, entity_id=entry.entity_id,
        reseller_id=entry.reseller_id, before=entry.before, after=entry.after, prev_hash=prev, hash=entry.hash)
        .returning(log.c.id)).scalar_one()  # its id, in chain order
    chain = AuditChain.__table__
    session.execute(update(chain).where(chain.c.id == 1).values(head=entry.hash, last_id=entry.id))
    return entry


# PostgreSQL: the whole step in one statement, the hash made by the server (SHA-256 over the same UTF-8 text),
# so that the head is held for this one statement and the commit, not for three round trips.
_APPEND_PG = """
WITH c AS (SELECT head FROM audit_chain WHERE id = 1 FOR UPDATE),
e AS (INSERT INTO audit_log (at, actor, action, entity, entity_id, reseller_id, before, after, prev_hash, hash)
      SELECT %(at)s, %(actor)s, %(action)s, %(entity)s, %(entity_id)s, %(reseller_id)s, %(before)s::json,
             %(after)s::json, c.head, encode(sha256(convert_to(c.head || %(text)s, 'UTF8')), 'hex') FROM c
      RETURNING id, prev_hash, hash),
u AS (UPDATE audit_chain SET head = e.hash, last_id = e.id FROM e WHERE audit_chain.id = 1 RETURNING 1)
SELECT e.id, e.prev_hash, e.hash, (SELECT count(*) FROM u) FROM e
"""


def _append_pg(session: Session, entry: AuditEntry, text: str) -> tuple[int, str, str] | None:
    """(id, previous hash, hash) of ``entry`` chained and written in one statement; None when the chain has
    no head row yet (then ``append`` makes it)."""
    def as_json(value):
        return None if value is None else json.dumps(value)

    row = session.connection().exec_driver_sql(_APPEND_PG, {
        "at": entry.at, "actor": entry.actor, "action": entry.action, "entity": entry.entity,
        "entity_id": entry.entity_id, "reseller_id": entry.reseller_id, "before": as_json(entry.before),
        "after": as_json(entry.after), "text": text}).first()
    if row is None:
        return None
    if row[3] != 1:  # cannot happen: the head was locked by this statement
        raise RuntimeError("the audit chain's head was not moved on")
    if row[2] != _hash(row[1], text):  # the server hashed other text than this: a wrong encoding
        raise RuntimeError("the database's SHA-256 of the audit entry differs from the application's")
    return row[0], row[1], row[2]


def _claim_head(session: Session) -> str:
    chain = AuditChain.__table__
    claim = update(chain).where(chain.c.id == 1).values(head=chain.c.head).returning(chain.c.head)
    # No head row yet: a new database emptied by TRUNCATE (tests) or one written before the row existed.
    return claim_row(session, claim, chain, {"id": 1, "head": GENESIS, "last_id": None}, ["id"])


@dataclass
class ChainReport:
    """What ``verify`` found: how many entries, and each problem (an id, its parameters, the entry's id)."""

    entries: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems

    def as_json(self) -> dict:
        return {"intact": self.intact, "entries": self.entries,
                "problems": [{"problem": p.id, "entry": p.params.get("id"), "params": p.params,
                              "message": p.message()} for p in self.problems]}


@dataclass
class _Row:
    id: int
    prev_hash: str
    hash: str


def verify(session: Session) -> ChainReport:
    """Recompute the chain in id order and name every entry that breaks it.

    Reads every entry once (streamed), then, only if the chain is broken, once
    more for the hashes the broken links point to. Read-only.
    """
    report = ChainReport()
    a = AuditEntry
    q = (select(a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.reseller_id, a.before, a.after,
                a.prev_hash, a.hash).order_by(a.id).execution_options(yield_per=2000))
    prev: _Row | None = None
    breaks: list[tuple[_Row | None, _Row]] = []  # (the entry before by id, the entry whose link breaks)
    for r in session.execute(q):
        row = _Row(r.id, r.prev_hash, r.hash)
        report.entries += 1
        if entry_hash(r.prev_hash, r) != r.hash:
            report.problems.append(Problem("audit_altered", {"id": r.id}))
        if r.prev_hash != (GENESIS if prev is None else prev.hash):
            breaks.append((prev, row))
        prev = row
    if breaks:
        report.problems += _explain(session, breaks)
    report.problems.sort(key=lambda p: p.params["id"])
    report.problems += _check_head(session, prev)
    return report


def _explain(session: Session, breaks: list[tuple[_Row | None, _Row]]) -> list[Problem]:
    """Each broken link in words: the entry it points to is gone, elsewhere, or the chain restarts."""
    where = _ids_of(session, {row.prev_hash for _, row in breaks})
    out = []
    for before, row in breaks:
        after = None if before is None else before.id
        if row.prev_hash == GENESIS:
            out.append(Problem("audit_restarted", {"id": row.id, "after": after}))
        elif row.prev_hash in where:
            kind = "audit_out_of_order" if before is not None else "audit_out_of_order_first"
            out.append(Problem(kind, {"id": row.id, "after": after, "chained_after": where[row.prev_hash]}))
        elif before is None:
            out.append(Problem("audit_missing_first", {"id": row.id}))
        elif row.id > before.id + 1:
            out.append(Problem("audit_missing", {"id": row.id, "after": after}))
        else:
            out.append(Problem("audit_replaced", {"id": row.id, "after": after}))
    return out


def _ids_of(session: Session, wanted: set[str]) -> dict[str, int]:
    """The ids of the entries with these hashes, by one more streamed read of the log (``hash`` has no
    index: record() stays cheaper without one)."""
    q = select(AuditEntry.hash, AuditEntry.id).execution_options(yield_per=5000)
    return {h: i for h, i in session.execute(q) if h in wanted}


def _check_head(session: Session, last: _Row | None) -> list[Problem]:
    head = session.execute(select(AuditChain.head, AuditChain.last_id).where(AuditChain.id == 1)).first()
    if head is None:
        return [] if last is None else [Problem("audit_head_missing", {})]
    if last is None:
        if head.head == GENESIS:
            return []
        return [Problem("audit_tail_missing", {"head_id": head.last_id, "last": "no entry at all"})]
    if head.head == last.hash:
        return []
    present = session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.id == head.last_id))
    if head.last_id is not None and head.last_id > last.id and not present:
        return [Problem("audit_tail_missing", {"head_id": head.last_id, "last": f"#{last.id}"})]
    return [Problem("audit_head_mismatch", {"last": last.id, "head_id": head.last_id})]

