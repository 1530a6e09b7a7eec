"""Issued invoices chained by SHA-256, one chain per issuer.

``seal`` is the one way a draft becomes issued: it chains each invoice onto
its issuer's head (SHA-256 over the previous issued invoice's hash and the
invoice's canonical content: number, issuer, dates, customer, currency,
totals and every line) and makes it issued in the same write. Issuing one
draft (app/services/invoices.py ``issue``) does the same in two steps as
well: ``prepare`` its content before the number is taken, then
``number_and_seal`` with the issuer's series held as briefly as can be. A billing run
does the same in two steps (``link_written``, then ``issue_linked``), from the
rows it writes rather than reading them back, so that its thousands of
invoices are inserted already linked and issued by one UPDATE. ``verify``
recomputes every chain and names each altered, missing or reordered invoice
by issuer and number. The database itself refuses changes to issued
invoices (app/storage/immutability.py); the chains show what someone with
more power than the application changed.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from sqlalchemy import Text, cast, select, update
from sqlalchemy.orm import Session

from app.errors import Problem
from app.models import Invoice, InvoiceLine, Reseller, Status
from app.models.invoices import InvoiceChainHead
from app.storage.bulk import fetch_chunks, fetch_rows, ids_written_in
from app.storage.claimed_row import claim_row

if TYPE_CHECKING:
    from app.models import AuditEntry

GENESIS = "0" * 64  # the "previous hash" of an issuer's first invoice
PAGE = 1000

CONTENT = ("issuer_key", "number", "kind", "issuer_reseller_id", "company_id", "customer_reseller_id",
           "reseller_id", "currency", "language", "issue_date", "period_start", "period_end", "subtotal", "tax",
           "total", "tax_note", "credits_id")
LINE_CONTENT = ("position", "kind", "company_id", "reseller_id", "plan_id", "extra_code", "user_id", "description",
                "quantity", "unit_price", "start", "end", "tax_rate", "amount")
_AMOUNTS = {"subtotal", "tax", "total", "quantity", "unit_price", "tax_rate", "amount"}
_DAYS = {"issue_date", "period_start", "period_end", "start", "end"}


def _json(value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


# The canonical form is JSON with sorted keys, written here piece by piece (a run seals thousands of invoices):
# exactly what ``_json`` of the same object gives, which a test and migration 0006 hold it to.
@lru_cache(maxsize=65536)
def _amount(value: Decimal) -> str:
    exact = Decimal(value).quantize(Decimal("0.0001"))  # Amount's precision, on either database
    # Digits, a sign and a point: JSON quotes them as they are (what ``_json`` of the text gives).
    return '"' + format(exact if exact != 0 else Decimal("0.0000"), "f") + '"'


@lru_cache(maxsize=4096)
def _day(value: date) -> str:
    return '"' + value.isoformat() + '"'  # digits and dashes: as ``_json`` quotes them


_string = json.encoder.encode_basestring  # what json.dumps(text, ensure_ascii=False) writes


@lru_cache(maxsize=4096, typed=True)  # typed: 1 and True are one key otherwise
def _plain(value) -> str:
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is int:
        return int.__repr__(value)  # as json.dumps writes an int
    return _json(value)


@lru_cache(maxsize=4096)
def _stored_json(text: str) -> str:
    """A JSON column's stored text in canonical form."""
    return _json(json.loads(text))


def _encoder(name: str):
    return _amount if name in _AMOUNTS else _day if name in _DAYS else _plain


def _writer(names: tuple[str, ...], json_columns: tuple[str, ...] = (), *, encoders: dict | None = None,
            keys: tuple[str, ...] | None = None):
    """values in ``names`` order -> the JSON object text, keys sorted; ``json_columns`` come as JSON text,
    ``encoders`` (name -> function) replace a column's own. ``keys``: the object's keys (default: ``names``),
    a key that is not among ``names`` null, a name that is not among ``keys`` left out.

    Generated as one expression (a run seals a million lines: a loop over the keys would be most of it)."""
    env: dict = {}
    parts = []
    for n, name in enumerate(sorted(names if keys is None else keys)):
        parts.append(json.dumps(("{" if n == 0 else ",") + f'"{name}":'))
        if name not in names:
            parts.append('"null"')
            continue
        i = names.index(name)
        if name in json_columns:
            parts.append(f'("null" if v[{i}] is None else v[{i}])')
        else:
            env[f"e{i}"] = (encoders or {}).get(name) or _encoder(name)
            parts.append(f'("null" if v[{i}] is None else e{i}(v[{i}]))')
    parts.append('"}"')
    return eval(f"lambda v: ''.join(({', '.join(parts)},))", env)  # noqa: S307 - built from the names above


_write_line = _writer(LINE_CONTENT, ("description",))
_write_invoice = _writer(CONTENT + ("lines",), ("lines",))


def canonical(invoice, lines) -> str:
    """The invoice as hashed: its content and its lines (in position order) as JSON with sorted keys, no
    spaces; amounts with four decimals, dates as YYYY-MM-DD. ``invoice`` and each line are rows or objects
    with the attributes of ``CONTENT`` and ``LINE_CONTENT``."""
    d = LINE_CONTENT.index("description")
    line_values = []
    for ln in lines:
        values = [getattr(ln, name) for name in LINE_CONTENT]
        values[d] = None if values[d] is None else _json(values[d])
        line_values.append(values)
    return _canonical([getattr(invoice, name) for name in CONTENT], line_values)


def _canonical(values, lines) -> str:
    """``values`` in ``CONTENT`` order; each line's in ``LINE_CONTENT`` order, its description as canonical JSON."""
    return _write_invoice((*values, "[" + ",".join(_write_line(ln) for ln in lines) + "]"))


def invoice_hash(prev_hash: str, invoice, lines) -> str:
    """SHA-256 (hex) over the previous issued invoice's hash (64 hex digits) followed by the canonical form."""
    return _hash(prev_hash, canonical(invoice, lines))


def _hash(prev_hash: str, canonical_form: str) -> str:
    return hashlib.sha256((prev_hash + canonical_form).encode("utf-8")).hexdigest()


_LINES_HERE = "\x00lines\x00"  # where the lines go in an invoice's text (JSON escapes NUL in every value)
LINE_CHUNK = 5000  # lines read and hashed at a time by ``seal`` (a reseller's settlement has 100,000s)


def _streamed_hash(prev_hash: str, values, chunks) -> str:
    """``_hash(prev_hash, _canonical(values, lines))`` for lines given as ``chunks`` (lists of lines' values, in
    order), hashed as they come: the invoice's text is never held whole, nor its lines all at once."""
    head, tail = _write_invoice((*values, _LINES_HERE)).split(_LINES_HERE)
    digest = hashlib.sha256((prev_hash + head + "[").encode("utf-8"))
    sep = ""
    for chunk in chunks:
        if chunk:
            digest.update((sep + ",".join(map(_write_line, chunk))).encode("utf-8"))
            sep = ","
    digest.update(("]" + tail).encode("utf-8"))
    return digest.hexdigest()


@dataclass
class _Stored:
    """An invoice as stored: its chain columns and its content (values in ``CONTENT`` order)."""

    id: int
    status: str
    number: str | None
    issuer_key: str
    chain_pos: int | None
    chain_prev: str | None
    chain_hash: str | None
    content: tuple


def _content(session: Session, ids: list[int]) -> tuple[dict[int, _Stored], dict[int, list]]:
    """(invoice id -> what is stored, invoice id -> its lines' values in order) for these invoices.

    Read as plain tuples (``fetch_rows``): ``verify`` reads a thousand invoices at a time.
    """
    lt = InvoiceLine.__table__.c
    lines: dict[int, list] = defaultdict(list)
    for ln in fetch_rows(session.connection(), select(lt.invoice_id, *_LINE_COLUMNS)
                         .where(lt.invoice_id.in_(ids)).order_by(lt.invoice_id, lt.position, lt.id)):
        lines[ln[0]].append(_line_values(ln[1:]))
    return _stored(session, ids), lines


def _stored(session: Session, ids: list[int]) -> dict[int, _Stored]:
    """invoice id -> what is stored of it, for these invoices (without their lines)."""
    t = Invoice.__table__.c
    return {r[0]: _Stored(*r[:7], content=r[7:]) for r in fetch_rows(session.connection(), select(
        t.id, t.status, t.number, t.issuer_key, t.chain_pos, t.chain_prev, t.chain_hash, *(t[c] for c in CONTENT))
        .where(t.id.in_(ids)))}


# A line's content as read for hashing: the description as stored text, put in canonical form once per distinct text.
_LINE_COLUMNS = tuple(cast(InvoiceLine.__table__.c[c], Text) if c == "description" else InvoiceLine.__table__.c[c]
                      for c in LINE_CONTENT)
_DESCRIPTION = LINE_CONTENT.index("description")


def _line_values(row) -> list:
    values = list(row)
    if values[_DESCRIPTION] is not None:
        values[_DESCRIPTION] = _stored_json(values[_DESCRIPTION])
    return values


def _lines_in_chunks(session: Session, invoice_id: int):
    """The invoice's lines' values (as ``_content`` gives them), in position order, ``LINE_CHUNK`` at a time."""
    lt = InvoiceLine.__table__.c
    q = select(*_LINE_COLUMNS).where(lt.invoice_id == invoice_id).order_by(lt.position, lt.id)
    for chunk in fetch_chunks(session.connection(), q, LINE_CHUNK):
        yield [_line_values(ln) for ln in chunk]


@dataclass
class Written:
    """Numbered drafts exactly as their writer inserts them (a billing run), hashed and posted without being
    read back (``link_written``, ``issue_linked``): each invoice's row in ``columns`` order and its lines'
    rows in ``line_columns`` order, by position; a content column left out is written as NULL. Values are
    what the insert is given (Decimal, date, the description's dict). Keyed by whatever the writer uses."""

    columns: tuple[str, ...]
    line_columns: tuple[str, ...]
    rows: dict  # key -> the invoice's row, in chain order
    lines: dict  # key -> its lines' rows
    # key -> ``CanonicalLines`` of its lines, when the writer has it already (a run's worker processes make it)
    lines_text: dict = field(default_factory=dict)
    _read: dict | None = field(default=None, repr=False, compare=False)  # ``_written_rows``, made once


def _picker(columns: tuple[str, ...], wanted: tuple[str, ...]):
    """row in ``columns`` order -> its values in ``wanted`` order (None for a column it lacks)."""
    where = [columns.index(name) if name in columns else None for name in wanted]
    parts = ", ".join("None" if i is None else f"r[{i}]" for i in where)
    return eval(f"lambda r: ({parts},)")  # noqa: S307 - built from column positions only


def _written_rows(written: Written) -> dict:
    """key -> the invoice as ``_content`` would read it back (``_Stored``, without its lines); made once (both
    ``link_written`` and ``issue_linked`` need it, and nothing changes the rows in between)."""
    if written._read is not None:
        return written._read
    content = _picker(written.columns, CONTENT)
    number, issuer = CONTENT.index("number"), CONTENT.index("issuer_key")
    out = {}
    for k, row in written.rows.items():
        values = content(row)
        out[k] = _Stored(k, Status.DRAFT.value, values[number], values[issuer], None, None, None, values)
    written._read = out
    return out


class CanonicalLines:
    """Lines' rows (``line_columns`` order, by position) -> the canonical text of their list: what ``canonical``
    writes for them within their invoice once they are stored (each description through its JSON text, as the
    database returns it). Caches each description by identity (most are shared) and keeps it alive meanwhile:
    one per batch of invoices. Pure: a billing run's worker processes make it ahead of the writer."""

    def __init__(self, line_columns: tuple[str, ...]):
        self._texts: dict[int, tuple[dict, str]] = {}
        self._write = _writer(line_columns, encoders={"description": self._description}, keys=LINE_CONTENT)

    def _description(self, value: dict) -> str:
        hit = self._texts.get(id(value))
        if hit is None:
            hit = self._texts[id(value)] = (value, _stored_json(_json(value)))
        return hit[1]

    def __call__(self, rows) -> str:
        return "[" + ",".join(map(self._write, rows)) + "]"


def written_canonical(written: Written) -> dict:
    """key -> the canonical form of each invoice in ``written``: what ``canonical`` gives for it once stored
    (its lines' text from ``written.lines_text`` when there, else made here)."""
    made = CanonicalLines(written.line_columns)
    content, lines, given = _picker(written.columns, CONTENT), written.lines, written.lines_text
    out = {}
    for k, row in written.rows.items():
        text = given.get(k)
        out[k] = _write_invoice((*content(row), made(lines.get(k, ())) if text is None else text))
    return out


def seal(session: Session, invoice_ids: list[int]) -> None:
    """Issue these drafts (numbered, their lines written, in this transaction): chain each onto its
    issuer's head, in the order given, and make it issued, in one write each.

    Each issuer's head is claimed with an UPDATE (PostgreSQL locks the row, SQLite takes its write lock,
    until the commit), issuers in a fixed order, so that concurrent issuers queue rather than chain onto
    the same invoice. Invoice objects in the session are expired.
    """
    if not invoice_ids:
        return
    session.flush()
    rows = _stored(session, invoice_ids)
    # Each hashed as its lines are read, a few thousand at a time (a settlement has hundreds of thousands).
    links = _link(session, invoice_ids, rows,
                  lambda iid, prev: _streamed_hash(prev, rows[iid].content, _lines_in_chunks(session, iid)))
    issued, draft = Status.ISSUED.value, Status.DRAFT.value
    _heads_name(session, {rows[iid].issuer_key: iid for iid in invoice_ids})
    # Plain tuples straight to the driver: one UPDATE per invoice.
    conn = session.connection()
    m = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    conn.exec_driver_sql(f"UPDATE invoices SET status = {m}, chain_pos = {m}, chain_prev = {m}, chain_hash = {m} "
                         f"WHERE id = {m} AND status = {m}",
                         [(issued, *links[iid], iid, draft) for iid in invoice_ids])
    _expire(session, invoice_ids)
    # Issued, so owed: posted to the customer's account in the same transaction (app/payments/ledger.py).
    from app.payments.ledger import post_issued

    post_issued(session, list(invoice_ids))


@dataclass
class Prepared:
    """A claimed draft's content, made ahead of its number (``prepare``), for ``seal_prepared``."""

    id: int
    issuer_key: str
    values: list  # in ``CONTENT`` order, the number still missing
    lines_text: str  # the canonical text of its lines' list


_NUMBER = CONTENT.index("number")


def prepare(invoice, lines, stored: list | None = None) -> Prepared:
    """What ``seal_prepared`` hashes of a draft about to be issued: ``invoice`` and its ``lines`` (in
    position order) as stored, rows or objects with the attributes of ``CONTENT`` and ``LINE_CONTENT``
    (as ``canonical`` takes them). Made before the number is taken: nothing of it waits on another
    session. ``stored``: instead of ``lines``' attributes, their values in ``LINE_CONTENT`` order with the
    description as its stored JSON text (put in canonical form once per distinct text)."""
    if stored is not None:
        texts = [_write_line(_line_values(values)) for values in stored]
    else:
        d = _DESCRIPTION
        texts = []
        for ln in lines:
            values = [getattr(ln, name) for name in LINE_CONTENT]
            values[d] = None if values[d] is None else _json(values[d])
            texts.append(_write_line(values))
    return Prepared(invoice.id, invoice.issuer_key, [getattr(invoice, name) for name in CONTENT],
                    "[" + ",".join(texts) + "]")


def seal_prepared(session: Session, prepared: Prepared, number: str, sets: dict | None = None
                  ) -> tuple[int, str, str]:
    """Issue the prepared draft (claimed by this transaction, still a draft) as ``number``: chained onto its
    issuer's head and made issued and numbered in one write (which sets ``sets`` too, as ``number_and_seal``).
    (chain position, previous hash, hash).

    Three statements: the head claimed (PostgreSQL locks its row, SQLite takes its write lock, until the
    commit) and read, the invoice's UPDATE, the head moved on. Not posted to the ledger: the caller does.
    """
    heads = InvoiceChainHead.__table__
    key = prepared.issuer_key
    claim = (update(heads).where(heads.c.issuer_key == key).values(last_pos=heads.c.last_pos + 1)
             .returning(heads.c.last_pos, heads.c.head))
    got = session.execute(claim).first()
    if got is None:  # the issuer's first invoice: its head is made (unless a rival did) and claimed
        claim_row(session, claim, heads, {"issuer_key": key, "head": GENESIS, "last_pos": 0}, ["issuer_key"])
        got = session.execute(select(heads.c.last_pos, heads.c.head).where(heads.c.issuer_key == key)).one()
    pos, prev = got
    values = list(prepared.values)
    values[_NUMBER] = number
    digest = _hash(prev, _write_invoice((*values, prepared.lines_text)))
    t = Invoice.__table__
    done = session.execute(update(t).where(t.c.id == prepared.id, t.c.status == Status.DRAFT.value)
                           .values(number=number, status=Status.ISSUED.value, chain_pos=pos, chain_prev=prev,
                                   chain_hash=digest, **(sets or {}))).rowcount
    if done != 1:  # cannot happen: the caller claimed the draft in this transaction
        raise RuntimeError(f"invoice #{prepared.id} is no longer a draft: not sealed")
    session.execute(update(heads).where(heads.c.issuer_key == key).values(head=digest, last_id=prepared.id))
    return pos, prev, digest


# PostgreSQL: the number taken and the issuer's head claimed in one statement (the series first, as everywhere:
# the head only once the number is taken), then the invoice, the head and the ledger entry written in one more.
# The head is claimed by its row lock (FOR UPDATE: as an UPDATE would hold it, until the commit) and moved on by
# the one write of it, with the seal: one new version of the row per issue, not two.
_TAKE_PG = """
WITH n AS (UPDATE number_series SET next_seq = next_seq + 1 WHERE issuer_key = %(series)s AND year = %(year)s
           RETURNING next_seq),
h AS (SELECT last_pos + 1 AS pos, head FROM invoice_chain_heads
      WHERE issuer_key = %(key)s AND EXISTS (SELECT 1 FROM n) FOR UPDATE)
SELECT (SELECT next_seq FROM n), (SELECT pos FROM h), (SELECT head FROM h)
"""
_SEAL_PG = """
WITH i AS (UPDATE invoices SET number = %(number)s, status = %(issued)s, chain_pos = %(pos)s, chain_prev = %(prev)s,
                               chain_hash = %(hash)s{sets}
           WHERE id = %(id)s AND status = %(draft)s RETURNING id),
h AS (UPDATE invoice_chain_heads SET last_pos = %(pos)s, head = %(hash)s, last_id = %(id)s
      WHERE issuer_key = %(key)s RETURNING 1){also}
SELECT (SELECT count(*) FROM i), (SELECT count(*) FROM h){selected}
"""


def number_and_seal(session: Session, prepared: Prepared, template: str, issue_date: date,
                    entry: tuple[str, dict] | None = None, audit_entry: Callable[[str], AuditEntry] | None = None,
                    sets: dict | None = None, *, series: str | None = None,
                    numbered: Callable[[], None] | None = None) -> tuple[str, int, str, str, bool, bool]:
    """Take the next number of the prepared draft's series (``series``, default its issuer's key: app/billing/
    numbering.py ``series_of``; ``template``, for ``issue_date``) and seal the draft with it (``seal_prepared``)
    onto its issuer's chain, which is one for all of the issuer's series. ``numbered``: called once the number is
    taken and the series held, before anything else is written (a check that may refuse, such as
    app/services/issue_dates.py's). ``entry``: (table, its row) to insert along with it, once issued (its
    ``reference`` is the number). ``audit_entry``: number -> the audit entry of the issue, to chain and write along
    with it (app/services/audit_chain.py ``append_parts``): then the seal comes last before the commit. ``sets``:
    other columns of the invoice the same write sets (none of ``CONTENT`` but its date, as prepared). (number,
    chain position, previous hash, hash, whether ``entry`` was written, whether the audit entry was).

    From here to the commit the issuer's series and head are held: on PostgreSQL two statements (the
    number and the head's claim, then every write), elsewhere one per step, ``entry`` and the audit entry left
    to the caller.
    """
    from app.billing.numbering import number_of, series_year, take_numbers

    key = prepared.issuer_key
    year = series_year(template, issue_date)
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        seq, pos, prev = conn.exec_driver_sql(_TAKE_PG, {"key": key, "series": series or key, "year": year}).one()
        if seq is not None and numbered is not None:
            numbered()
        if seq is not None and pos is not None:
            number = number_of(template, issue_date, seq - 1)
            values = list(prepared.values)
            values[_NUMBER] = number
            digest = _hash(prev, _write_invoice((*values, prepared.lines_text)))
            params = {"number": number, "issued": Status.ISSUED.value, "draft": Status.DRAFT.value, "pos": pos,
                      "prev": prev, "hash": digest, "id": prepared.id, "key": key,
                      **{f"s_{n}": v for n, v in (sets or {}).items()}}
            also, selected = "", ""
            if entry is not None:
                table, row = entry
                row = row | {"reference": number}
                names = list(row)
                also = (f",\nl AS (INSERT INTO {table} ({', '.join(names)}) "
                        f"SELECT {', '.join(f'%(e_{n})s' for n in names)} FROM i RETURNING 1)")
                params.update({f"e_{n}": v for n, v in row.items()})
            audited = None
            if audit_entry is not None:
                from app.services import audit_chain

                audited = audit_entry(number)
                session.flush()  # anything pending goes first, as ``audit_chain.append`` has it
                ctes, more, text = audit_chain.append_parts(audited)
                also += ",\n" + ctes
                selected = ", " + ", ".join(audit_chain.APPENDED)
                params.update(more)
            written = "".join(f", {n} = %(s_{n})s" for n in (sets or {}))
            done = conn.exec_driver_sql(_SEAL_PG.format(sets=written, also=also, selected=selected), params).one()
            if done[:2] != (1, 1):  # cannot happen: the caller claimed the draft, the head was claimed above
                raise RuntimeError(f"invoice #{prepared.id} was not sealed ({done[0]} invoice, {done[1]} head)")
            wrote = audited is not None and audit_chain.appended(audited, text, done[2:])
            return number, pos, prev, digest, entry is not None, wrote
        if seq is not None:  # the issuer's first invoice: its number is taken, its head is still to be made
            number = number_of(template, issue_date, seq - 1)
            return (number, *seal_prepared(session, prepared, number, sets), False, False)
    number = take_numbers(session, series or key, template, issue_date)[0]
    if numbered is not None:
        numbered()
    return (number, *seal_prepared(session, prepared, number, sets), False, False)


def link_written(session: Session, written: Written) -> dict:
    """The chain links of numbered drafts a writer is about to insert (``written``, its keys its own, in
    chain order): key -> (chain position, previous hash, hash), each issuer's head claimed and moved on
    as ``seal`` does. The writer inserts them as drafts with these links (or issued, where the database lets
    their lines follow: app/storage/immutability.py), writes their lines, then makes them issued with
    ``issue_linked`` in the same transaction (which nothing else does): a billing run issues thousands of
    invoices at once, with one UPDATE instead of one per invoice, or none."""
    if not written.rows:
        return {}
    texts = written_canonical(written)
    return _link(session, list(written.rows), _written_rows(written), lambda k, prev: _hash(prev, texts[k]))


def issue_linked(session: Session, ids: dict, written: Written, accounts: dict | None = None, *,
                 inserted_issued: bool = False) -> None:
    """Make issued the drafts linked by ``link_written`` (``ids``: written key -> the id it was inserted
    with), now that their lines are written: one UPDATE (none when they were ``inserted_issued``, with their
    links: app/storage/immutability.py, PostgreSQL); each issuer's head names its last invoice; each
    posted to its customer's account from ``written`` (app/payments/ledger.py; ``accounts``: those found
    already, ``ledger.accounts_found``)."""
    if not ids:
        return
    t = Invoice.__table__
    invoice_ids = [ids[k] for k in written.rows]
    rows = _written_rows(written)
    if not inserted_issued:
        changed = session.execute(update(t).where(t.c.id.in_(ids_written_in(invoice_ids)),
                                                  t.c.status == Status.DRAFT.value, t.c.chain_hash.is_not(None))
                                  .values(status=Status.ISSUED.value)).rowcount
        if changed != len(invoice_ids):  # cannot happen: they were inserted as linked drafts in this transaction
            raise RuntimeError(f"{len(invoice_ids) - changed} of {len(invoice_ids)} linked drafts were not issued")
    _heads_name(session, {rows[k].issuer_key: ids[k] for k in written.rows})
    _expire(session, invoice_ids)
    from app.payments.ledger import Issued, post_issued

    fields = [CONTENT.index(name) for name in Issued._fields[1:]]
    post_issued(session, invoice_ids, [Issued(ids[k], *(rows[k].content[i] for i in fields)) for k in written.rows],
                accounts)


def _link(session: Session, order: list, rows: dict, digest: Callable[[object, str], str]) -> dict:
    """key -> (chain position, previous hash, hash) of each numbered draft in ``rows`` (``digest(key, previous
    hash)`` its hash), chained in ``order`` onto its issuer's head, which is claimed (issuers in a fixed order) and
    moved on."""
    by_issuer: dict[str, list] = defaultdict(list)
    for k in order:
        row = rows[k]
        if row.status != Status.DRAFT.value or not row.number:
            raise RuntimeError(f"invoice #{row.id} is {row.status}, numbered {row.number!r}: only a numbered "
                               "draft is sealed")
        by_issuer[row.issuer_key].append(k)
    heads = InvoiceChainHead.__table__
    links = {}
    for key in sorted(by_issuer):
        keys = by_issuer[key]
        claim = (update(heads).where(heads.c.issuer_key == key)
                 .values(last_pos=heads.c.last_pos + len(keys)).returning(heads.c.last_pos))
        pos = claim_row(session, claim, heads, {"issuer_key": key, "head": GENESIS, "last_pos": 0},
                        ["issuer_key"]) - len(keys)
        head = session.scalar(select(heads.c.head).where(heads.c.issuer_key == key))
        for k in keys:
            pos += 1
            made = digest(k, head)
            links[k] = (pos, head, made)
            head = made
        session.execute(update(heads).where(heads.c.issuer_key == key).values(head=head))
    return links


def _heads_name(session: Session, last: dict[str, int]) -> None:
    """Each issuer's head names the id of its last invoice (issuer key -> id)."""
    heads = InvoiceChainHead.__table__
    for key in sorted(last):
        session.execute(update(heads).where(heads.c.issuer_key == key).values(last_id=last[key]))


def _expire(session: Session, invoice_ids: list[int]) -> None:
    wanted = set(invoice_ids)
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Invoice) and obj.id in wanted:
            session.expire(obj)


@dataclass
class InvoiceChainReport:
    """What ``verify`` found: how many chained invoices of how many issuers, and each problem (its
    parameters name the issuer, as "hoster" or a reseller's code, and the invoice's number)."""

    invoices: int = 0
    issuers: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.problems

    def as_json(self) -> dict:
        return {"intact": self.intact, "invoices": self.invoices, "issuers": self.issuers,
                "problems": [{"problem": p.id, "issuer": p.params.get("issuer"), "number": p.params.get("number"),
                              "params": p.params, "message": p.message()} for p in self.problems]}


@dataclass
class _Link:
    pos: int
    number: str
    prev: str
    hash: str


def verify(session: Session, only: str | None = None) -> InvoiceChainReport:
    """Recompute each issuer's chain in chain order and name every invoice that breaks it, then check each
    chain's head and look for issued invoices that are in no chain. Reads a page of invoices (and their
    lines) at a time. Read-only.

    ``only``: the one issuer (its key, such as ``reseller:3``) whose chain to check: a reseller's login sees
    its own chain whole but only the invoices it receives of the hoster's, which would read as gaps."""
    report = InvoiceChainReport()
    names = _issuer_names(session)
    heads = {h.issuer_key: h for h in session.execute(select(InvoiceChainHead.__table__))
             if only is None or h.issuer_key == only}
    t = Invoice.__table__.c
    chained = select(t.issuer_key).where(t.chain_pos.is_not(None))
    if only is not None:
        chained = chained.where(t.issuer_key == only)
    issuers = set(heads) | set(session.scalars(chained.distinct()))
    report.issuers = len(issuers)
    for key in sorted(issuers):
        issuer = names(key)
        last: _Link | None = None
        found: list[tuple[int, Problem]] = []  # (chain position, problem), told in chain order
        breaks: list[tuple[_Link | None, _Link]] = []
        while True:
            q = select(t.id).where(t.issuer_key == key, t.chain_pos.is_not(None))
            if last is not None:
                q = q.where(t.chain_pos > last.pos)
            ids = list(session.scalars(q.order_by(t.chain_pos).limit(PAGE)))
            if not ids:
                break
            rows, lines = _content(session, ids)
            for row in sorted(rows.values(), key=lambda r: r.chain_pos):
                report.invoices += 1
                link = _Link(row.chain_pos, row.number, row.chain_prev, row.chain_hash)
                if _hash(row.chain_prev, _canonical(row.content, lines[row.id])) != row.chain_hash:
                    found.append((link.pos, Problem("invoice_altered", {"issuer": issuer, "number": row.number})))
                if row.status == Status.DRAFT.value:
                    found.append((link.pos, Problem("invoice_reopened", {"issuer": issuer, "number": row.number})))
                if row.chain_prev != (GENESIS if last is None else last.hash):
                    breaks.append((last, link))
                last = link
        if breaks:
            found += _explain(session, key, issuer, breaks)
        report.problems += [p for _, p in sorted(found, key=lambda f: f[0])]
        report.problems += _check_head(issuer, heads.get(key), last)
    unchained = (select(t.issuer_key, t.number, t.status)
                 .where(t.chain_pos.is_(None), t.number.is_not(None), t.status != Status.DRAFT.value))
    if only is not None:
        unchained = unchained.where(t.issuer_key == only)
    for key, number, status in session.execute(unchained.order_by(t.issuer_key, t.id)):
        report.problems.append(Problem("invoice_unchained", {"issuer": names(key), "number": number,
                                                             "status": status}))
    return report


def _issuer_names(session: Session):
    codes = {f"reseller:{i}": c for i, c in session.execute(select(Reseller.id, Reseller.code))}
    return lambda key: "hoster" if key == "hoster" else codes.get(key, key)


def _explain(session: Session, key: str, issuer: str,
             breaks: list[tuple[_Link | None, _Link]]) -> list[tuple[int, Problem]]:
    """Each broken link in words: the invoice it points to is gone, elsewhere, or the chain restarts."""
    wanted = {link.prev for _, link in breaks}
    t = Invoice.__table__.c
    where = {h: n for h, n in session.execute(select(t.chain_hash, t.number)
                                              .where(t.issuer_key == key, t.chain_hash.in_(wanted)))}
    out = []
    for before, link in breaks:
        params = {"issuer": issuer, "number": link.number, "after": None if before is None else before.number}
        if link.prev == GENESIS:
            out.append((link.pos, Problem("invoice_restarted", params)))
        elif link.prev in where:
            kind = "invoice_out_of_order" if before is not None else "invoice_out_of_order_first"
            out.append((link.pos, Problem(kind, params | {"chained_after": where[link.prev]})))
        elif before is None:
            out.append((link.pos, Problem("invoice_missing_first", params | {"count": link.pos - 1})))
        elif link.pos > before.pos + 1:
            out.append((link.pos, Problem("invoice_missing", params | {"count": link.pos - before.pos - 1})))
        else:
            out.append((link.pos, Problem("invoice_replaced", params)))
    return out


def _check_head(issuer: str, head, last: _Link | None) -> list[Problem]:
    if head is None:
        return [] if last is None else [Problem("invoice_head_missing", {"issuer": issuer})]
    if last is not None and head.head == last.hash and head.last_pos == last.pos:
        return []
    if last is None and head.last_pos == 0:
        return []
    if last is None or head.last_pos > last.pos:
        return [Problem("invoice_tail_missing", {"issuer": issuer, "count": head.last_pos,
                                                 "last": "none" if last is None else last.number,
                                                 "number": None})]
    return [Problem("invoice_head_mismatch", {"issuer": issuer, "last": last.number, "number": None})]
