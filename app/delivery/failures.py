"""What went wrong with a message, in words: SMTP, TLS and network errors turned into a ``Failure``.

A failure has a short ``kind`` (stored in the delivery log and shown in lists), a sentence (a message id of
app/errors.py with its parameters, so the CLI and the window translate it) and whether it is ``transient``:
a server that is down or busy may take the message a little later (the sender retries it with back-off),
while a refused login or a refused recipient will fail the same way until someone changes something.
A connection lost after the message's content went out but before the server's reply (``in_doubt``) is
neither: the server may have taken the message, so it is never retried by itself (``in_doubt_after_data``).
No traceback ever reaches the user: every exception ``describe`` does not know becomes kind ``other`` with
the exception's own text.
"""
from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from typing import Any

from app.errors import MESSAGES, Problem

AUTH, CONNECTION, TLS, RECIPIENT, SENDER, MESSAGE, NO_ADDRESS, DOCUMENT, SETTINGS, OTHER, IN_DOUBT = (
    "auth", "connection", "tls", "recipient", "sender", "message", "no_address", "document", "settings", "other",
    "in_doubt")
KINDS = (AUTH, CONNECTION, TLS, RECIPIENT, SENDER, MESSAGE, NO_ADDRESS, DOCUMENT, SETTINGS, OTHER, IN_DOUBT)

MESSAGES.setdefault("smtp_auth_failed", "authentication failed: the server {server} refused the login of "
                                        "{user!r} ({reply}); check the user and the password (`prorata smtp set`)")
MESSAGES.setdefault("smtp_auth_unsupported", "the server {server} does not offer a login (AUTH): many servers "
                                             "offer it only after STARTTLS (--tls starttls); a server that needs "
                                             "no login takes --user ''")
MESSAGES.setdefault("smtp_no_starttls", "the server {server} does not offer STARTTLS: choose --tls ssl or, on a "
                                        "trusted network only, --tls none")
MESSAGES.setdefault("smtp_connection_refused", "connection refused by {server}: no mail server answers there "
                                               "(is it running, and is the port right?)")
MESSAGES.setdefault("smtp_host_unknown", "the mail server's host name {host!r} is not known ({reason})")
MESSAGES.setdefault("smtp_timeout", "no answer from {server} within {seconds} seconds")
MESSAGES.setdefault("smtp_disconnected", "the server {server} closed the connection ({reason})")
MESSAGES.setdefault("smtp_unreachable", "cannot reach {server}: {reason}")
MESSAGES.setdefault("smtp_in_doubt", "the connection to {server} was lost after the message was handed over, "
                                     "before the server confirmed it ({reason})")
MESSAGES.setdefault("smtp_certificate", "the certificate of {server} could not be verified ({reason}); "
                                        "nothing was sent")
MESSAGES.setdefault("smtp_tls_failed", "the TLS handshake with {server} failed ({reason}): is --tls right for "
                                       "this port (ssl for 465, starttls for 587)?")
MESSAGES.setdefault("smtp_recipient_refused", "recipient refused: the server {server} would not take mail for "
                                              "{address} ({reply})")
MESSAGES.setdefault("smtp_sender_refused", "the server {server} refused the sender address {address} ({reply}): "
                                           "it may not send in that name")
MESSAGES.setdefault("smtp_message_refused", "the server {server} refused the message ({reply})")
MESSAGES.setdefault("smtp_server_error", "the server {server} answered {reply}")
MESSAGES.setdefault("smtp_other", "sending failed: {reason}")
MESSAGES.setdefault("delivery_no_email", "{customer} has no e-mail address to send {invoice} to: add one to the "
                                         "company, or deliver it by post")
MESSAGES.setdefault("delivery_no_smtp", "{issuer} has no mail server set up: run `prorata smtp set {issuer} ...`")
MESSAGES.setdefault("delivery_no_password", "no password for the mail login of {issuer} ({user}): store it with "
                                            "`prorata smtp set {issuer} --password-stdin`, or set {env}")
MESSAGES.setdefault("delivery_no_document", "the PDF of {invoice} could not be made: {reason}")
MESSAGES.setdefault("delivery_not_tried", "not tried after the same failure for an earlier invoice: {reason}")


@dataclass
class Failure(Exception):
    """A message that was not delivered: ``kind`` (see ``KINDS``), the sentence, and whether a later attempt
    may succeed without anyone changing anything."""

    kind: str
    id: str
    params: dict[str, Any] = field(default_factory=dict)
    transient: bool = False

    def __post_init__(self) -> None:
        super().__init__(self.text)

    @property
    def text(self) -> str:
        """The sentence in English (what the delivery log keeps)."""
        return Problem(self.id, self.params).message()

    def message(self, translate=None) -> str:
        return Problem(self.id, self.params).message(translate)


def _reply(code: int | None, text: bytes | str | None) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = " ".join((text or "").split())[:200]
    return f"{code} {text}".strip() if code else text or "no reason given"


def _transient_code(code: int | None) -> bool:
    """SMTP's 4xx replies say "try again later"; 5xx are final."""
    return code is not None and 400 <= code < 500


def describe(exc: BaseException, *, host: str, port: int, user: str | None = None,
             timeout: float | None = None) -> Failure:
    """The ``Failure`` for ``exc``, raised while talking to ``host``:``port``."""
    server = f"{host}:{port}"
    if isinstance(exc, Failure):
        return exc
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return Failure(AUTH, "smtp_auth_failed", {"server": server, "user": user or "",
                                                  "reply": _reply(exc.smtp_code, exc.smtp_error)},
                       transient=_transient_code(exc.smtp_code))
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        text = str(exc).lower()
        if "starttls" in text:
            return Failure(TLS, "smtp_no_starttls", {"server": server})
    if isinstance(exc, smtplib.SMTPException) and "auth extension not supported" in str(exc).lower():
        return Failure(AUTH, "smtp_auth_unsupported", {"server": server})
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        address, (code, text) = next(iter(exc.recipients.items()))
        return Failure(RECIPIENT, "smtp_recipient_refused", {"server": server, "address": address,
                                                             "reply": _reply(code, text)},
                       transient=_transient_code(code))
    if isinstance(exc, smtplib.SMTPSenderRefused):
        sender = exc.sender.decode() if isinstance(exc.sender, bytes) else exc.sender
        return Failure(SENDER, "smtp_sender_refused", {"server": server, "address": sender,
                                                       "reply": _reply(exc.smtp_code, exc.smtp_error)},
                       transient=_transient_code(exc.smtp_code))
    if isinstance(exc, smtplib.SMTPDataError):
        return Failure(MESSAGE, "smtp_message_refused", {"server": server,
                                                         "reply": _reply(exc.smtp_code, exc.smtp_error)},
                       transient=_transient_code(exc.smtp_code))
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return Failure(CONNECTION, "smtp_disconnected", {"server": server, "reason": str(exc) or "no reason given"},
                       transient=True)
    if isinstance(exc, smtplib.SMTPResponseException):
        return Failure(CONNECTION if _transient_code(exc.smtp_code) else OTHER, "smtp_server_error",
                       {"server": server, "reply": _reply(exc.smtp_code, exc.smtp_error)},
                       transient=_transient_code(exc.smtp_code))
    if isinstance(exc, ssl.SSLCertVerificationError):
        return Failure(TLS, "smtp_certificate", {"server": server,
                                                 "reason": exc.verify_message or exc.reason or str(exc)})
    if isinstance(exc, ssl.SSLError):
        return Failure(TLS, "smtp_tls_failed", {"server": server, "reason": exc.reason or str(exc)})
    if isinstance(exc, ConnectionRefusedError):
        return Failure(CONNECTION, "smtp_connection_refused", {"server": server}, transient=True)
    if isinstance(exc, socket.gaierror):
        return Failure(CONNECTION, "smtp_host_unknown", {"host": host, "reason": exc.strerror or str(exc)},
                       transient=True)
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return Failure(CONNECTION, "smtp_timeout", {"server": server, "seconds": f"{timeout or 0:g}"},
                       transient=True)
    if isinstance(exc, OSError):
        return Failure(CONNECTION, "smtp_unreachable", {"server": server, "reason": exc.strerror or str(exc)},
                       transient=True)
    if isinstance(exc, smtplib.SMTPException):
        return Failure(OTHER, "smtp_other", {"reason": str(exc)})
    return Failure(OTHER, "smtp_other", {"reason": f"{exc.__class__.__name__}: {exc}"})


def in_doubt_after_data(exc: BaseException, *, host: str, port: int) -> Failure:
    """The ``Failure`` for ``exc``, raised after the message's content went out whole and before the server's
    reply to it: the server may have taken the message (never transient: sending again may deliver it twice)."""
    reason = str(exc) or exc.__class__.__name__
    return Failure(IN_DOUBT, "smtp_in_doubt", {"server": f"{host}:{port}", "reason": reason})
