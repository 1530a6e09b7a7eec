"""The audit chains: each entry's SHA-256 over the previous entry's hash and its own canonical form.

One chain per owner: the hoster's own entries (``reseller_id`` NULL) and each
reseller's (its ``reseller_id``), so that a reseller's staff, who see only their
reseller's entries, verify their chain whole. The entries written before
migration 0016 stay the one ``legacy`` chain they were, its head frozen; every
owner's chain starts after it from a genesis of its own (``genesis``).

``append`` is the one chain step (``audit.record`` calls it); ``verify``
recomputes each chain and names every altered, missing or reordered
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
from app.models import AuditChain, AuditEntry, Reseller
from app.storage.claimed_row import claim_row

ZEROS = "0" * 64
GENESIS = ZEROS  # the "previous hash" of the legacy chain's first entry
LEGACY = "legacy"  # the one global chain of the entries written before migration 0016
HOSTER = "hoster"

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


def chain_of(reseller_id: int | None) -> str:
    """The key of the chain an entry of this owner goes to: ``hoster`` or ``reseller:<id>``."""
    return HOSTER if reseller_id is None else f"reseller:{reseller_id}"


def genesis(chain: str) -> str:
    """The "previous hash" of a chain's first entry: 64 zeros for the legacy chain, else SHA-256 over
    ``prorata audit chain `` and the chain's key (distinct per owner, as ``prev_hash`` is unique)."""
    if chain == LEGACY:
        return ZEROS
    return hashlib.sha256(f"prorata audit chain {chain}".encode("utf-8")).hexdigest()


def append(session: Session, entry: AuditEntry) -> AuditEntry:
    """Chain ``entry`` onto its owner's head and write it in the session's transaction; ``entry`` (not added to
    the session) gets its id and hashes, as written.

    The entry's canonical form is made first; then its owner's head is claimed with an UPDATE, a write:
    PostgreSQL locks the head row and SQLite takes its write lock, both until the commit, so a concurrent
    session of the same owner waits and then chains onto this entry, while another owner's does not wait
    (PostgreSQL). (A read of the last entry would not do: pysqlite begins the transaction only at the first
    write, and two readers would see the same last entry.) From the claim on, three statements: the claim, the
    entry's INSERT and the head's move; every writer of that chain waits on its head meanwhile.
    """
    text = canonical(entry)
    key = chain_of(entry.reseller_id)
    session.flush()  # anything pending goes first, as it would before an ORM insert
    if session.get_bind().dialect.name == "postgresql":
        done = _append_pg(session, entry, key, text)
        if done is not None:
            entry.id, entry.prev_hash, entry.hash = done
            return entry
    prev = _claim_head(session, key, entry.reseller_id)
    entry.prev_hash = prev
    entry.hash = _hash(prev, text)
    log = AuditEntry.__table__
    entry.id = session.execute(insert(log).values(
        at=entry.at, actor=entry.actor, action=entry.action, entity=entry.entity, entity_id=entry.entity_id,
        reseller_id=entry.reseller_id, before=entry.before, after=entry.after, prev_hash=prev, hash=entry.hash)
        .returning(log.c.id)).scalar_one()  # its id, in chain order
    chain = AuditChain.__table__
    session.execute(update(chain).where(chain.c.chain == key).values(head=entry.hash, last_id=entry.id))
    return entry


# PostgreSQL: the whole step in one statement, the hash made by the server (SHA-256 over the same UTF-8 text),
# so that the owner's head is held for this one statement and the commit, not for three round trips. The chain
# step as common table expressions ``audit_c``, ``audit_e`` (the entry written: id, prev_hash, hash) and
# ``audit_u``, which another writer's statement may carry as well (``append_parts``).
_APPEND_CTES = """audit_c AS (SELECT head FROM audit_chain WHERE chain = %(a_chain)s FOR UPDATE),
audit_e AS (INSERT INTO audit_log (at, actor, action, entity, entity_id, reseller_id, before, after, prev_hash, hash)
      SELECT %(a_at)s, %(a_actor)s, %(a_action)s, %(a_entity)s, %(a_entity_id)s, %(a_reseller_id)s, %(a_before)s::json,
             %(a_after)s::json, audit_c.head, encode(sha256(convert_to(audit_c.head || %(a_text)s, 'UTF8')), 'hex')
      FROM audit_c
      RETURNING id, prev_hash, hash),
audit_u AS (UPDATE audit_chain SET head = audit_e.hash, last_id = audit_e.id FROM audit_e
            WHERE audit_chain.chain = %(a_chain)s RETURNING 1)"""
_APPEND_PG = ("WITH " + _APPEND_CTES +
              "\nSELECT audit_e.id, audit_e.prev_hash, audit_e.hash, (SELECT count(*) FROM audit_u) FROM audit_e")
# What a statement carrying ``append_parts`` selects, in this order, for ``appended``.
APPENDED = ("(SELECT id FROM audit_e)", "(SELECT prev_hash FROM audit_e)", "(SELECT hash FROM audit_e)",
            "(SELECT count(*) FROM audit_u)")


_TEXTS = "_prorata_json_texts"  # where ``keep_texts`` keeps them on the entry (not a column)


def keep_texts(entry: AuditEntry, before: str | None, after: str | None) -> None:
    """Keep the JSON texts ``entry.before`` and ``entry.after`` were read back from (``audit.entry``), so that
    writing them does not dump them again (``_stored_text``)."""
    setattr(entry, _TEXTS, (entry.before, before, entry.after, after))


def _stored_text(entry: AuditEntry, name: str) -> str | None:
    """``entry.before`` or ``entry.after`` (``name``) as the JSON text the log stores: the text kept by
    ``keep_texts`` while the value is still the one read back from it, else dumped now (the same text: what
    JSON gives back dumps as it was)."""
    value = getattr(entry, name)
    if value is None:
        return None
    kept = getattr(entry, _TEXTS, None)
    if kept is not None:
        for was, text in (kept[:2], kept[2:]):
            if was is value:
                return text
    return json.dumps(value)


def append_parts(entry: AuditEntry) -> tuple[str, dict, str]:
    """PostgreSQL: ``append``'s step for another writer's statement to carry (one round trip less): the common
    table expressions (without ``WITH``), their parameters, and the entry's canonical form for ``appended``.
    The writer selects ``APPENDED`` too and passes what they gave to ``appended``. As with ``append``, the
    writer's statement comes last before the commit: the owner's chain head is held from there on."""
    text = canonical(entry)
    key = chain_of(entry.reseller_id)
    params = {"a_chain": key, "a_at": entry.at, "a_actor": entry.actor, "a_action": entry.action,
              "a_entity": entry.entity, "a_entity_id": entry.entity_id, "a_reseller_id": entry.reseller_id,
              "a_before": _stored_text(entry, "before"), "a_after": _stored_text(entry, "after"), "a_text": text}
    return _APPEND_CTES, params, text


def appended(entry: AuditEntry, text: str, got) -> bool:
    """Whether the statement that carried ``append_parts`` wrote ``entry`` (``got``: what it selected of
    ``APPENDED``); ``entry`` then has its id and hashes. False when its owner's chain has no head row yet: then
    ``append`` it as usual (which makes the head)."""
    entry_id, prev, digest, moved = got
    if entry_id is None:
        return False
    _check_appended(prev, digest, moved, text)
    entry.id, entry.prev_hash, entry.hash = entry_id, prev, digest
    return True


def _check_appended(prev: str, digest: str, moved: int, text: str) -> None:
    if moved != 1:  # cannot happen: the head was locked by this statement
        raise RuntimeError("the audit chain's head was not moved on")
    if digest != _hash(prev, text):  # the server hashed other text than this: a wrong encoding
        raise RuntimeError("the database's SHA-256 of the audit entry differs from the application's")


def _append_pg(session: Session, entry: AuditEntry, key: str, text: str) -> tuple[int, str, str] | None:
    """(id, previous hash, hash) of ``entry`` chained and written in one statement; None when its owner's chain
    has no head row yet (then ``append`` makes it)."""
    row = session.connection().exec_driver_sql(_APPEND_PG, {
        "a_chain": key, "a_at": entry.at, "a_actor": entry.actor, "a_action": entry.action,
        "a_entity": entry.entity, "a_entity_id": entry.entity_id, "a_reseller_id": entry.reseller_id,
        "a_before": _stored_text(entry, "before"), "a_after": _stored_text(entry, "after"), "a_text": text}).first()
    if row is None:
        return None
    _check_appended(row[1], row[2], row[3], text)
    return row[0], row[1], row[2]


def _claim_head(session: Session, key: str, reseller_id: int | None) -> str:
    chain = AuditChain.__table__
    claim = update(chain).where(chain.c.chain == key).values(head=chain.c.head).returning(chain.c.head)
    # No head row yet: the owner's first entry (or a database emptied by TRUNCATE, in tests).
    return claim_row(session, claim, chain, {"chain": key, "reseller_id": reseller_id, "head": genesis(key),
                                             "last_id": None}, ["chain"])


MESSAGES.setdefault("audit_chain_hoster", "the hoster's entries")
MESSAGES.setdefault("audit_chain_reseller", "reseller {reseller}'s entries")
MESSAGES.setdefault("audit_chain_legacy", "the entries up to #{last_id} (one chain for every owner, recorded "
                                          "before the log was chained per owner)")

# What ``prorata audit verify`` says of the audit log (app/cli/audit_command.py).
MESSAGES.setdefault("audit_verify_intact", "The audit log is intact: every entry is chained to the one before of its "
                                           "owner (entries checked: {entries}, chains: {chains}).")
MESSAGES.setdefault("audit_verify_intact_reseller", "The audit log of reseller {reseller} is intact: every entry is "
                                                    "chained to the one before (entries checked: {entries}).")
MESSAGES.setdefault("audit_verify_tampered", "The audit log has been tampered with (entries checked: {entries}, "
                                             "chains: {chains}):")
MESSAGES.setdefault("audit_verify_tampered_reseller", "The audit log of reseller {reseller} has been tampered with "
                                                      "(entries checked: {entries}):")
MESSAGES.setdefault("audit_verify_problem", "in {chain}: {problem}")
MESSAGES.setdefault("audit_verify_legacy_hosters", "The entries up to #{last_id}, recorded before the log was "
                                                   "chained per owner, are the hoster's to check: your login does "
                                                   "not see all of them.")


@dataclass
class Chain:
    """One chain ``verify`` checked: its key, its name in words (a ``Problem`` of the ``audit_chain_*`` ids),
    and how many entries it holds."""

    key: str
    name: Problem
    entries: int = 0


@dataclass
class ChainReport:
    """What ``verify`` found: how many entries, in which chains, and each problem (an id, its parameters, the
    entry's id; ``chain`` names the chain's key). ``legacy_unchecked``: the legacy chain's last id when the login
    sees only part of it (a reseller's staff), so that it was not checked."""

    entries: int = 0
    chains: list[Chain] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    legacy_unchecked: int | None = None

    @property
    def intact(self) -> bool:
        return not self.problems

    def chain_name(self, key: str) -> str:
        return next(c.name.message() for c in self.chains if c.key == key)

    def as_json(self) -> dict:
        out = {"intact": self.intact, "entries": self.entries,
               "chains": [{"chain": c.key, "name": c.name.message(), "entries": c.entries} for c in self.chains],
               "problems": [{"problem": p.id, "entry": p.params.get("id"), "chain": p.params.get("chain"),
                             "params": p.params, "message": p.message()} for p in self.problems]}
        if self.legacy_unchecked is not None:
            out["legacy_unchecked_up_to"] = self.legacy_unchecked
        return out


@dataclass
class _Row:
    id: int
    prev_hash: str
    hash: str


@dataclass
class _Walk:
    """One chain being recomputed: the entry before, and the links that break."""

    key: str
    entries: int = 0
    last: _Row | None = None
    altered: list[int] = field(default_factory=list)
    breaks: list[tuple[_Row | None, _Row]] = field(default_factory=list)  # (the entry before, the breaking one)


EVERY = None  # ``verify``'s ``reseller_id`` for every chain (the hoster's staff)


def verify(session: Session, reseller_id: int | None = EVERY, legacy_last_id: int | None = None) -> ChainReport:
    """Recompute each chain in id order and name every entry that breaks it, then check each chain's head.

    ``reseller_id``: check only that reseller's chain (its staff's login sees only its entries), and the legacy
    chain only if all of it is visible (it verifies whole from its genesis to its head); otherwise it is left to
    the hoster (``legacy_unchecked``). ``legacy_last_id``: where the legacy chain ends, for a login that may not
    read its head (a reseller's staff, app/services/verification.py); the legacy chain is then the hoster's to
    check. Reads every visible entry once (streamed), then, only if a chain is
    broken, once more for the hashes the broken links point to. Read-only.
    """
    report = ChainReport()
    heads = {h.chain: h for h in session.execute(select(AuditChain.__table__))}
    legacy = heads.get(LEGACY)
    boundary = legacy.last_id if legacy is not None and legacy.last_id is not None else 0
    if legacy is None and legacy_last_id is not None:  # the head is not the login's to read
        boundary = report.legacy_unchecked = legacy_last_id
    codes = {i: c for i, c in session.execute(select(Reseller.id, Reseller.code))}
    a = AuditEntry
    columns = (a.id, a.at, a.actor, a.action, a.entity, a.entity_id, a.reseller_id, a.before, a.after,
               a.prev_hash, a.hash)
    if legacy is not None:
        walk = _Walk(LEGACY)
        for r in session.execute(select(*columns).where(a.id <= boundary).order_by(a.id)
                                 .execution_options(yield_per=2000)):
            _step(walk, r)
        found = _problems(session, walk, legacy)
        if reseller_id is not EVERY and found:
            report.legacy_unchecked = boundary  # part of it is not the login's to see
        else:
            _add(report, walk, Problem("audit_chain_legacy", {"last_id": boundary}), found)
    walks: dict[str, _Walk] = {}
    q = select(*columns).where(a.id > boundary).order_by(a.id).execution_options(yield_per=2000)
    if reseller_id is not EVERY:
        q = q.where(a.reseller_id == reseller_id)
    for r in session.execute(q):
        key = chain_of(r.reseller_id)
        _step(walks.get(key) or walks.setdefault(key, _Walk(key)), r)
    wanted = {k for k in heads if k != LEGACY} | set(walks)
    if reseller_id is not EVERY:
        wanted = {chain_of(reseller_id)}

    def order(key: str):
        return (0, "") if key == HOSTER else (1, codes.get(_reseller(key)) or key)

    for key in sorted(wanted, key=order):
        walk = walks.get(key) or _Walk(key)
        rid = _reseller(key)
        name = (Problem("audit_chain_hoster") if rid is None
                else Problem("audit_chain_reseller", {"reseller": codes.get(rid, key)}))
        _add(report, walk, name, _problems(session, walk, heads.get(key)))
    return report


def _reseller(key: str) -> int | None:
    return None if key in (HOSTER, LEGACY) else int(key.split(":", 1)[1])


def _step(walk: _Walk, r) -> None:
    row = _Row(r.id, r.prev_hash, r.hash)
    walk.entries += 1
    if entry_hash(r.prev_hash, r) != r.hash:
        walk.altered.append(r.id)
    if r.prev_hash != (genesis(walk.key) if walk.last is None else walk.last.hash):
        walk.breaks.append((walk.last, row))
    walk.last = row


def _problems(session: Session, walk: _Walk, head) -> list[Problem]:
    """Everything wrong with one chain, by entry id, then its head; each names the chain."""
    found = [Problem("audit_altered", {"id": i}) for i in walk.altered]
    if walk.breaks:
        found += _explain(session, walk.key, walk.breaks)
    found.sort(key=lambda p: p.params["id"])
    found += _check_head(session, walk.key, head, walk.last)
    for p in found:
        p.params["chain"] = walk.key
    return found


def _add(report: ChainReport, walk: _Walk, name: Problem, found: list[Problem]) -> None:
    report.chains.append(Chain(walk.key, name, walk.entries))
    report.entries += walk.entries
    report.problems += found


def _explain(session: Session, key: str, breaks: list[tuple[_Row | None, _Row]]) -> list[Problem]:
    """Each broken link in words: the entry it points to is gone, elsewhere, or the chain restarts."""
    where = _ids_of(session, {row.prev_hash for _, row in breaks})
    out = []
    for before, row in breaks:
        after = None if before is None else before.id
        if row.prev_hash == genesis(key):
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


def _check_head(session: Session, key: str, head, last: _Row | None) -> list[Problem]:
    if head is None:
        return [] if last is None else [Problem("audit_head_missing", {"id": None})]
    if last is None:
        if head.head == genesis(key):
            return []
        return [Problem("audit_tail_missing", {"head_id": head.last_id, "last": "no entry at all", "id": None})]
    if head.head == last.hash:
        return []
    present = session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.id == head.last_id))
    if head.last_id is not None and head.last_id > last.id and not present:
        return [Problem("audit_tail_missing", {"head_id": head.last_id, "last": f"#{last.id}", "id": None})]
    return [Problem("audit_head_mismatch", {"last": last.id, "head_id": head.last_id, "id": None})]
