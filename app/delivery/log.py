"""The delivery log: one row per invoice and channel, and the conditional writes that move it along.

queued -> sending -> sent | failed | in_doubt (email); queued -> sending -> pending -> printed (post: the
batch file is written, then the clerk confirms it printed; ``sending -> printed`` at once when asked to mark
it now). A failed row is queued again by the next send; a sent, printed or in-doubt one only by an explicit
resend (in doubt: the connection was lost after the message went out, before the server said it took it).
``claim`` is the one way into ``sending``: ``UPDATE ... WHERE id = :id AND version = :seen AND status IN
(...)``, so of two processes that read the same row exactly one gets it (the database serialises the writes;
the loser matches no row).
A row left in ``sending`` by a process that died mid-send is "in doubt": the message may have gone out, so
only an explicit resend claims it again.

Each function works inside the caller's unit of work; a claim should be committed on its own, before the
message is sent, so that other processes see it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.delivery.failures import Failure
from app.models import Company, DeliveryStatus, Invoice, InvoiceDelivery, Reseller
from app.models.base import utcnow

QUEUED, SENDING, SENT, FAILED, PRINTED, PENDING, IN_DOUBT = (s.value for s in DeliveryStatus)
RETRYABLE = (QUEUED, FAILED)


@dataclass(frozen=True)
class Row:
    id: int
    invoice_id: int
    status: str
    version: int
    attempts: int
    recipient: str | None
    attempted_at: datetime | None
    sent_at: datetime | None
    printed_at: datetime | None


def _insert(session: Session):
    if session.bind.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(InvoiceDelivery.__table__)


def queue(session: Session, invoices: list[tuple[int, int | None]], channel: str) -> None:
    """Make sure each (invoice id, reseller id) has its row on ``channel``; rows there already (perhaps made by
    another process a moment ago) are left as they are."""
    if not invoices:
        return
    now = utcnow()
    stmt = _insert(session).on_conflict_do_nothing(index_elements=["invoice_id", "channel"])
    for start in range(0, len(invoices), 500):
        session.execute(stmt, [{"invoice_id": i, "reseller_id": r, "channel": channel, "status": QUEUED,
                                "attempts": 0, "queued_at": now, "version": 1}
                               for i, r in invoices[start:start + 500]])


def rows(session: Session, invoice_ids: list[int], channel: str) -> dict[int, Row]:
    """invoice id -> its row on ``channel``."""
    out: dict[int, Row] = {}
    t = InvoiceDelivery
    for start in range(0, len(invoice_ids), 500):
        for r in session.execute(select(t.id, t.invoice_id, t.status, t.version, t.attempts, t.recipient,
                                        t.attempted_at, t.sent_at, t.printed_at)
                                 .where(t.channel == channel, t.invoice_id.in_(invoice_ids[start:start + 500]))):
            out[r.invoice_id] = Row(*r)
    return out


def claim(session: Session, row: Row, token: str, batch: str, *, allowed: tuple[str, ...] = RETRYABLE,
          recipient: str | None = None) -> bool:
    """Take ``row`` for sending or printing if it is still as read and in one of ``allowed``; True if ours."""
    t = InvoiceDelivery.__table__.c
    done = session.execute(update(InvoiceDelivery.__table__)
                           .where(t.id == row.id, t.version == row.version, t.status.in_(allowed))
                           .values(status=SENDING, claim=token, batch=batch, attempts=t.attempts + 1,
                                   attempted_at=utcnow(), recipient=recipient, version=t.version + 1))
    return done.rowcount == 1


def _finish(session: Session, row_id: int, token: str, **values) -> bool:
    t = InvoiceDelivery.__table__.c
    done = session.execute(update(InvoiceDelivery.__table__)
                           .where(t.id == row_id, t.claim == token, t.status == SENDING)
                           .values(**values, claim=None, version=t.version + 1))
    return done.rowcount == 1


def sent(session: Session, row_id: int, token: str, message_id: str, warning: str | None = None) -> bool:
    """The claimed row's message was taken by the server (``warning``: the archive copy's failure)."""
    return _finish(session, row_id, token, status=SENT, message_id=message_id, sent_at=utcnow(),
                   last_error=warning[:500] if warning else None, error_kind="archive" if warning else None)


def failed(session: Session, row_id: int, token: str, failure: Failure) -> bool:
    return _finish(session, row_id, token, status=FAILED, last_error=failure.text[:500], error_kind=failure.kind)


def in_doubt(session: Session, row_id: int, token: str, message_id: str, reason: str) -> bool:
    """The claimed row's message went out but the server's answer never came: it may have been delivered.
    ``reason`` says so in words (with how to resend it); ``message_id`` lets the clerk look for it."""
    return _finish(session, row_id, token, status=IN_DOUBT, message_id=message_id, last_error=reason[:500],
                   error_kind="in_doubt")


def printed(session: Session, row_id: int, token: str) -> bool:
    return _finish(session, row_id, token, status=PRINTED, printed_at=utcnow(), last_error=None, error_kind=None)


def pending(session: Session, row_id: int, token: str) -> bool:
    """The claimed row is in a batch file written now; it waits for the clerk to say it printed."""
    return _finish(session, row_id, token, status=PENDING, last_error=None, error_kind=None)


def confirm_batch(session: Session, batch: str, day: date) -> list[int]:
    """Mark the rows of print batch ``batch`` still waiting as printed (posted) on ``day``, in one write;
    returns their invoice ids (none when confirmed before, or by someone else a moment ago)."""
    t = InvoiceDelivery.__table__.c
    ids = list(session.scalars(select(InvoiceDelivery.invoice_id).where(t.batch == batch, t.status == PENDING)))
    if ids:
        session.execute(update(InvoiceDelivery.__table__).where(t.batch == batch, t.status == PENDING)
                        .values(status=PRINTED, printed_at=datetime.combine(day, datetime.min.time()),
                                version=t.version + 1))
    return ids


def reject_batch(session: Session, batch: str, reason: str) -> list[int]:
    """The batch did not print: its rows waiting are queued again (the next batch takes them), with why."""
    t = InvoiceDelivery.__table__.c
    ids = list(session.scalars(select(InvoiceDelivery.invoice_id).where(t.batch == batch, t.status == PENDING)))
    if ids:
        session.execute(update(InvoiceDelivery.__table__).where(t.batch == batch, t.status == PENDING)
                        .values(status=QUEUED, last_error=reason[:500], error_kind="batch", version=t.version + 1))
    return ids


def release(session: Session, row_id: int, token: str, reason: str) -> bool:
    """Give a claimed row back (a print batch that could not be written): queued again, with the reason."""
    return _finish(session, row_id, token, status=QUEUED, last_error=reason[:500], error_kind="batch")


def listing(session: Session, *, status: str | None = None, channel: str | None = None,
            since: date | None = None, limit: int | None = None) -> list[dict]:
    """The log, newest activity first, as plain dicts (what `prorata delivery list` shows)."""
    t = InvoiceDelivery
    q = (select(t, Invoice.number, Invoice.issuer_key, Invoice.issue_date, Company.code, Company.name)
         .join(Invoice, Invoice.id == t.invoice_id).outerjoin(Company, Company.id == Invoice.company_id)
         .order_by(func.coalesce(t.attempted_at, t.queued_at).desc(), t.id.desc()))
    if status:
        q = q.where(t.status == status)
    if channel:
        q = q.where(t.channel == channel)
    if since:
        q = q.where(Invoice.issue_date >= since)
    if limit:
        q = q.limit(limit)
    codes = {f"reseller:{rid}": code for rid, code in session.execute(select(Reseller.id, Reseller.code))}
    codes["hoster"] = "hoster"
    out = []
    for d, number, issuer_key, issue_date, code, name in session.execute(q):
        out.append({"invoice": number or f"#{d.invoice_id}", "invoice_id": d.invoice_id,
                    "issuer": codes.get(issuer_key, issuer_key),
                    "issue_date": issue_date.isoformat() if issue_date else None, "customer": code,
                    "customer_name": name, "channel": d.channel, "status": d.status, "attempts": d.attempts,
                    "recipient": d.recipient, "last_error": d.last_error, "error_kind": d.error_kind,
                    "message_id": d.message_id, "batch": d.batch,
                    "queued_at": _iso(d.queued_at), "attempted_at": _iso(d.attempted_at),
                    "sent_at": _iso(d.sent_at), "printed_at": _iso(d.printed_at), "reseller_id": d.reseller_id})
    return out


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(sep=" ", timespec="seconds")

