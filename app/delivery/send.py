"""Sending issued invoices by e-mail, each at most once, with progress and cancel.

``send_invoices`` picks the invoices (app/delivery/selection.py), makes sure each has its row in the
delivery log, then for each: claims the row (one committed conditional write, app/delivery/log.py), builds
the message with the stored PDF, sends it over the issuer's connection, and records the outcome (sent with
its Message-ID and audited, or failed with the reason in words). Rows another process claimed first are
left to it, so two processes sending the same batch deliver every invoice exactly once. An invoice sent
before is sent again only with ``resend``; one left "sending" by a process that died mid-send is in doubt
and also needs ``resend``, and so does one whose connection was lost after the message went out but before
the server answered (row ``in_doubt``: the server may have taken it, so it is never retried by itself).

A transient failure (server down, busy, connection dropped) is retried with back-off; a permanent one (bad
address, refused login) is recorded and the batch goes on. When the issuer's server cannot be reached or
refuses the login, its remaining invoices are recorded as failed with that reason, without trying each.
Failed invoices are tried again by the next send.

Runs on a worker (or the CLI), never on the GUI thread; no transaction stays open while a message is sent.
"""
from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

from app.delivery import failures as fk
from app.delivery import log
from app.delivery.failures import Failure, describe
from app.delivery.selection import Due, select_due
from app.errors import MESSAGES, Problem, ProrataError
from app.models.base import utcnow
from app.progress import Cancelled, Progress, no_progress, not_cancelled

MESSAGES.setdefault("delivery_already_sent", "{invoice} was sent to {recipient} on {when}: --resend sends it again")
MESSAGES.setdefault("delivery_in_doubt", "{invoice} is in doubt: a send that began {when} never finished (the "
                                         "message may have gone out); check with the customer, then --resend")
MESSAGES.setdefault("delivery_left_in_doubt", "{invoice} to {recipient} is in doubt: {reason}. It may have been "
                                              "delivered, so it is not sent again unless asked: check with the "
                                              "customer or the mail server's log (Message-ID {message_id}), then "
                                              "resend it (`prorata send --invoice {ref} --resend`)")
MESSAGES.setdefault("delivery_still_in_doubt", "{invoice} is in doubt since {when}: the connection was lost "
                                               "after the message went out (it may have been delivered); not "
                                               "sent again: check with the customer, then "
                                               "`prorata send --invoice {ref} --resend`")
MESSAGES.setdefault("delivery_taken", "{invoice} is being sent by another process (or was, a moment ago)")
MESSAGES.setdefault("delivery_would_send", "{invoice} would be sent to {recipient}")
MESSAGES.setdefault("delivery_sent", "{invoice} sent to {recipient}")
MESSAGES.setdefault("delivery_bad_message", "the message for {invoice} to {recipient!r} could not be made "
                                            "({reason}): check the company's e-mail address")
MESSAGES.setdefault("delivery_failed", "{invoice} to {recipient} not sent: {reason}")
MESSAGES.setdefault("delivery_archive_failed", "the archive copy was not taken: {reason}")
MESSAGES.setdefault("smtp_test_failed", "the test message was not sent: {reason}")

SENT, FAILED, HELD, SKIPPED, IN_DOUBT, WOULD_SEND = "sent", "failed", "held", "skipped", "in_doubt", "would_send"
# A failure of these kinds means the issuer's server is unusable for now: its other invoices are not tried.
_FATAL_KINDS = (fk.AUTH, fk.TLS, fk.CONNECTION, fk.SETTINGS)
# A row "sending" for longer than the longest send (timeouts and back-off included) was left by a process that
# died; younger, another process is sending it now.
IN_DOUBT_AFTER = timedelta(minutes=15)


@dataclass
class Outcome:
    """What became of one invoice in a send."""

    invoice_id: int
    number: str
    customer: str | None
    recipient: str | None
    status: str  # SENT, FAILED, HELD, SKIPPED, IN_DOUBT, WOULD_SEND
    problem: Problem | None = None  # the reason, in words (sent: None, or the archive copy's failure)
    kind: str | None = None  # a failure's kind (app/delivery/failures.py)
    message_id: str | None = None

    def text(self, translate=None) -> str:
        if self.status == FAILED and self.problem is not None:
            return Problem("delivery_failed", {"invoice": self.number, "recipient": self.recipient or "-",
                                               "reason": self.problem.message(translate)}).message(translate)
        if self.problem is not None:
            return self.problem.message(translate)
        if self.status == SENT:
            return Problem("delivery_sent", {"invoice": self.number, "recipient": self.recipient}).message(translate)
        return self.status

    def as_json(self) -> dict:
        return {"invoice": self.number, "invoice_id": self.invoice_id, "customer": self.customer,
                "recipient": self.recipient, "status": self.status, "error_kind": self.kind,
                "message": self.text(), "message_id": self.message_id}


@dataclass
class SendReport:
    batch: str
    outcomes: list[Outcome] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


def _problem(failure: Failure) -> Problem:
    return Problem(failure.id, failure.params)


def send_invoices(engine, *, since: date | None = None, until: date | None = None, refs: list[str] = (),
                  issuer: str | None = None, resend: bool = False, dry_run: bool = False, retries: int = 2,
                  backoff: float = 2.0, progress: Progress = no_progress, cancelled: Cancelled = not_cancelled,
                  sleep: Callable[[float], None] = time.sleep) -> SendReport:
    """Send the issued invoices due by e-mail (``refs``, else those issued from ``since`` to ``until``) and
    report each one's outcome; ``dry_run`` only says what would happen and writes nothing."""
    from app.storage.engine import unit_of_work

    report = SendReport(uuid.uuid4().hex)
    with unit_of_work(engine) as s:
        chosen = select_due(s, "email", since=since, until=until, refs=list(refs), issuer=issuer)
        existing = log.rows(s, [d.invoice_id for d in chosen.due], "email")
    for h in chosen.held:
        report.outcomes.append(Outcome(h.invoice_id, h.number, None, None, HELD, h.problem))
    if not dry_run and chosen.due:
        with unit_of_work(engine) as s:
            log.queue(s, [(d.invoice_id, d.reseller_id) for d in chosen.due], "email")
            existing = log.rows(s, [d.invoice_id for d in chosen.due], "email")
    allowed = log.RETRYABLE + ((log.SENT, log.SENDING, log.IN_DOUBT) if resend else ())
    work: list[tuple[Due, log.Row | None]] = []
    for d in chosen.due:
        row = existing.get(d.invoice_id)
        status = row.status if row is not None else log.QUEUED
        if status == log.SENT and not resend:
            report.outcomes.append(Outcome(d.invoice_id, d.number, d.customer_code, d.email, SKIPPED, Problem(
                "delivery_already_sent", {"invoice": d.number, "recipient": row.recipient or d.email or "?",
                                          "when": _when(row.sent_at)})))
        elif status == log.SENDING and row.attempted_at is not None and utcnow() - row.attempted_at < IN_DOUBT_AFTER:
            # Another process is sending it right now: never claimed from under it, not even by a resend.
            report.outcomes.append(Outcome(d.invoice_id, d.number, d.customer_code, d.email, SKIPPED,
                                           Problem("delivery_taken", {"invoice": d.number})))
        elif status == log.SENDING and not resend:
            report.outcomes.append(Outcome(d.invoice_id, d.number, d.customer_code, d.email, IN_DOUBT, Problem(
                "delivery_in_doubt", {"invoice": d.number, "when": _when(row.attempted_at)})))
        elif status == log.IN_DOUBT and not resend:
            report.outcomes.append(Outcome(d.invoice_id, d.number, d.customer_code, d.email, IN_DOUBT, Problem(
                "delivery_still_in_doubt", {"invoice": d.number, "when": _when(row.attempted_at),
                                            "ref": _ref(d)})))
        elif dry_run:
            report.outcomes.append(Outcome(d.invoice_id, d.number, d.customer_code, d.email, WOULD_SEND, Problem(
                "delivery_would_send", {"invoice": d.number, "recipient": d.email or "(no address)"})))
        else:
            work.append((d, row))
    if dry_run:
        return report
    groups: dict[str, list[tuple[Due, log.Row]]] = {}
    for d, row in work:
        groups.setdefault(d.issuer_key, []).append((d, row))
    run = _Run(engine, report, allowed, retries, backoff, sleep, progress, cancelled, total=len(work))
    progress(0, run.total, "")
    for issuer_key, items in groups.items():
        _send_group(run, issuer_key, items)
        if report.cancelled:
            break
    return report


@dataclass
class _Run:
    """One send's shared state while it goes through the issuers' groups."""

    engine: object
    report: SendReport
    allowed: tuple[str, ...]
    retries: int
    backoff: float
    sleep: Callable[[float], None]
    progress: Progress
    cancelled: Cancelled
    total: int
    done: int = 0

    def step(self, message: str) -> None:
        self.done += 1
        self.progress(self.done, self.total, message)


def _send_group(run: _Run, issuer_key: str, items: list[tuple[Due, log.Row]]) -> None:
    """Send one issuer's invoices over one connection to its server, recording each outcome."""
    from app.delivery import smtp_settings
    from app.delivery.documents import facts_of, pdf_of
    from app.delivery.message import invoice_message
    from app.delivery.transport import Connection, send_with_retries
    from app.services import audit
    from app.storage.engine import unit_of_work

    engine, report = run.engine, run.report
    with unit_of_work(engine) as s:
        config = smtp_settings.by_key(s, issuer_key)
    issuer = items[0][0].issuer
    dead: Failure | None = None
    password = None
    if config is None:
        dead = Failure(fk.SETTINGS, "delivery_no_smtp", {"issuer": issuer})
    elif config.username:
        from app.delivery.passwords import env_name

        password = config.password()
        if password is None:
            dead = Failure(fk.SETTINGS, "delivery_no_password", {"issuer": issuer, "user": config.username,
                                                                 "env": env_name(issuer)})
    connection = Connection(config, password) if config is not None else None
    try:
        for d, row in items:
            if run.cancelled():
                report.cancelled = True
                break
            with unit_of_work(engine) as s:
                won = log.claim(s, row, report.batch, report.batch, allowed=run.allowed, recipient=d.email)
            if not won:
                report.outcomes.append(Outcome(d.invoice_id, d.number, d.customer_code, d.email, SKIPPED,
                                               Problem("delivery_taken", {"invoice": d.number})))
                run.step(f"{d.number}: taken by another process")
                continue
            outcome = Outcome(d.invoice_id, d.number, d.customer_code, d.email, FAILED)
            try:
                if dead is not None:
                    raise dead
                if not d.email:
                    raise Failure(fk.NO_ADDRESS, "delivery_no_email", {"customer": d.customer_code,
                                                                       "invoice": d.number})
                try:
                    pdf = pdf_of(engine, d.invoice_id)
                    with unit_of_work(engine) as s:
                        facts = facts_of(s, d)
                except Exception as exc:  # a document that cannot be made fails this invoice, not the batch
                    raise Failure(fk.DOCUMENT, "delivery_no_document", {"invoice": d.number,
                                                                        "reason": _reason(exc)}) from None
                try:
                    message = invoice_message(config, facts, d.email, pdf)
                except (ValueError, TypeError) as exc:  # such as an address the mail headers cannot hold
                    raise Failure(fk.MESSAGE, "delivery_bad_message", {"invoice": d.number, "recipient": d.email,
                                                                       "reason": str(exc)}) from None
                warnings = send_with_retries(connection, message, d.email, retries=run.retries,
                                             backoff=run.backoff, sleep=run.sleep)
            except Exception as exc:
                failure = exc if isinstance(exc, Failure) else describe(exc, host=config.host if config else "",
                                                                        port=config.port if config else 0)
                if failure.kind == fk.IN_DOUBT:  # the server may have it: recorded so, never sent again by itself
                    outcome.status, outcome.kind, outcome.message_id = IN_DOUBT, failure.kind, message["Message-ID"]
                    outcome.problem = Problem("delivery_left_in_doubt", {
                        "invoice": d.number, "recipient": d.email, "reason": failure.text,
                        "message_id": outcome.message_id, "ref": _ref(d)})
                    with unit_of_work(engine) as s:
                        log.in_doubt(s, row.id, report.batch, outcome.message_id, outcome.problem.message())
                else:
                    if failure.kind in _FATAL_KINDS and dead is None:
                        dead = Failure(failure.kind, "delivery_not_tried", {"reason": failure.text})
                    with unit_of_work(engine) as s:
                        log.failed(s, row.id, report.batch, failure)
                    outcome.problem, outcome.kind = _problem(failure), failure.kind
            else:
                outcome.status, outcome.message_id = SENT, message["Message-ID"]
                warning = warnings[0] if warnings else None
                if warning is not None:
                    outcome.problem = Problem("delivery_archive_failed", {"reason": warning.text})
                with unit_of_work(engine) as s:
                    log.sent(s, row.id, report.batch, outcome.message_id,
                             outcome.problem.message() if warning else None)
                    again = row.status in (log.SENT, log.SENDING, log.IN_DOUBT)
                    audit.record(s, "resend" if again else "send", "invoice", d.invoice_id,
                                 after={"channel": "email", "to": d.email, "message_id": outcome.message_id},
                                 reseller_id=d.reseller_id)
            report.outcomes.append(outcome)
            run.step(f"{d.number} → {d.email or '-'}: {outcome.status}")
    finally:
        if connection is not None:
            connection.close()


def _ref(d: Due) -> str:
    """How the clerk names ``d`` to `prorata send --invoice`: its number, with its reseller's code before it."""
    return d.number if d.issuer == "hoster" else f"{d.issuer}:{d.number}"


def _reason(exc: Exception) -> str:
    if isinstance(exc, ProrataError):
        return "; ".join(exc.messages())
    return f"{exc.__class__.__name__}: {exc}"


def _when(value) -> str:
    return value.isoformat(sep=" ", timespec="minutes") + " UTC" if value else "an earlier run"


def send_test(engine, issuer: str, recipient: str, *, timeout: float = 30.0) -> str:
    """Send a test message with ``issuer``'s settings to ``recipient``; its Message-ID, or a ``ProrataError``
    saying in words why it was not sent."""
    from app.bundle import fields as f
    from app.bundle.fields import Problems
    from app.delivery import smtp_settings
    from app.delivery.message import test_message
    from app.delivery.passwords import env_name
    from app.delivery.transport import Connection
    from app.storage.engine import unit_of_work

    probs = Problems()
    to = f.email(recipient, "--to", probs, required=True)
    probs.raise_if_any()
    with unit_of_work(engine) as s:
        config = smtp_settings.get(s, issuer)
    if config is None:
        raise ProrataError.of("delivery_no_smtp", issuer=issuer)
    password = config.password() if config.username else None
    if config.username and password is None:
        raise ProrataError.of("delivery_no_password", issuer=issuer, user=config.username, env=env_name(issuer))
    message = test_message(config, to)
    try:
        with Connection(config, password, timeout=timeout) as connection:
            connection.open()
            warnings = connection.send(message, to)
    except Failure as failure:
        raise ProrataError.of("smtp_test_failed", reason=failure.text) from None
    if warnings:
        raise ProrataError.of("delivery_archive_failed", reason=warnings[0].text)
    return message["Message-ID"]
