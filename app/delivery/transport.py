"""Talking to an issuer's mail server: one SMTP connection, reused for that issuer's messages.

TLS as the settings say: ``ssl`` speaks TLS from the first byte, ``starttls`` upgrades before the login and
refuses a server that does not offer it (never falling back to plain text), ``none`` is plain. Certificates
are checked against the system's trusted authorities (``SSL_CERT_FILE`` names another bundle). Every error
leaves here as a ``Failure`` (app/delivery/failures.py), never as a traceback.

When the connection is lost (or times out) after the message's content went out whole but before the server
answered it, the server may have taken the message: that ``Failure`` has kind ``in_doubt`` and is never
retried here (a retry could deliver the invoice twice). Failures before that point (connect, login, sender,
recipient, a reply refusing DATA) say nothing was taken and stay retryable as their kind says.

A message goes first to the customer alone; the archive copy (the settings' bcc) is sent after it as a
separate envelope with the same bytes, so that a refused customer address is never hidden by an accepted
archive address (SMTP reports only the recipients refused when some were accepted).
"""
from __future__ import annotations

import smtplib
import ssl
import time
from email.message import EmailMessage
from typing import Callable

from app.delivery.failures import IN_DOUBT, Failure, describe, in_doubt_after_data
from app.delivery.smtp_settings import SmtpConfig
from app.models import TlsMode

TIMEOUT = 30.0


class _Watched:
    """smtplib's client noting whether the last DATA's content went out whole (``content_sent``): from then
    until the server's reply, a lost connection leaves the message's fate unknown."""

    content_sent = False
    _in_data = False

    def data(self, msg):
        self.content_sent, self._in_data = False, True
        try:
            return super().data(msg)
        finally:
            self._in_data = False

    def send(self, s):
        super().send(s)
        # Within DATA, smtplib sends the "DATA" (and "RSET") commands as text and the content as bytes, ending
        # with the end-of-data mark; once that went out, the server may take the message without our hearing.
        if self._in_data and isinstance(s, (bytes, bytearray)) and s.endswith(b"\r\n.\r\n"):
            self.content_sent = True


class _SMTP(_Watched, smtplib.SMTP):
    pass


class _SMTP_SSL(_Watched, smtplib.SMTP_SSL):  # noqa: N801 (smtplib's name)
    pass


class Connection:
    """An open connection to ``config``'s server, logged in when it has a user. Not thread-safe."""

    def __init__(self, config: SmtpConfig, password: str | None, *, timeout: float = TIMEOUT):
        self.config = config
        self._password = password
        self.timeout = timeout
        self._smtp: smtplib.SMTP | None = None

    def _describe(self, exc: BaseException) -> Failure:
        c = self.config
        return describe(exc, host=c.host, port=c.port, user=c.username, timeout=self.timeout)

    def open(self) -> None:
        """Connect, secure and log in; raises ``Failure``."""
        c = self.config
        smtp: smtplib.SMTP | None = None
        try:
            context = ssl.create_default_context()
            if c.tls == TlsMode.SSL.value:
                smtp = _SMTP_SSL(c.host, c.port, timeout=self.timeout, context=context)
            else:
                smtp = _SMTP(c.host, c.port, timeout=self.timeout)
            smtp.ehlo()
            if c.tls == TlsMode.STARTTLS.value:
                smtp.starttls(context=context)  # SMTPNotSupportedError when not offered: never plain
                smtp.ehlo()
            if c.username:
                smtp.login(c.username, self._password or "")
        except BaseException as exc:
            if smtp is not None:
                _close_quietly(smtp)
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            raise self._describe(exc) from None
        self._smtp = smtp

    def send(self, message: EmailMessage, recipient: str) -> list[Failure]:
        """Send ``message`` to ``recipient`` (raises ``Failure`` when it is not taken, of kind ``in_doubt`` when
        the connection was lost after its content went out), then its archive copy; returns the archive copy's
        failure, if any, as a warning."""
        if self._smtp is None:
            self.open()
        sender = self.config.sender_address
        smtp = self._smtp
        smtp.content_sent = False
        try:
            smtp.send_message(message, from_addr=sender, to_addrs=[recipient])
        except (smtplib.SMTPException, OSError) as exc:
            if smtp.content_sent and not isinstance(exc, smtplib.SMTPResponseException):
                # The content went out and no answer came back: the server may have taken the message.
                self.close()
                raise in_doubt_after_data(exc, host=self.config.host, port=self.config.port) from None
            if isinstance(exc, smtplib.SMTPServerDisconnected):
                self.close()
                raise self._describe(exc) from None
            failure = self._describe(exc)
            if failure.transient:
                self.close()  # a connection that failed mid-message is not reused
            else:
                self._reset()
            raise failure from None
        warnings: list[Failure] = []
        if self.config.bcc:
            try:
                self._smtp.send_message(message, from_addr=sender, to_addrs=[self.config.bcc])
            except (smtplib.SMTPException, OSError) as exc:
                warnings.append(self._describe(exc))
                self._reset()
        return warnings

    def _reset(self) -> None:
        try:
            self._smtp.rset()
        except (smtplib.SMTPException, OSError):
            self.close()

    def close(self) -> None:
        if self._smtp is not None:
            _close_quietly(self._smtp)
            self._smtp = None

    def __enter__(self) -> "Connection":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _close_quietly(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        try:
            smtp.close()
        except OSError:
            pass


def send_with_retries(connection: Connection, message: EmailMessage, recipient: str, *, retries: int = 2,
                      backoff: float = 2.0, sleep: Callable[[float], None] = time.sleep) -> list[Failure]:
    """``connection.send`` with up to ``retries`` more attempts after a transient failure, waiting
    ``backoff``, then twice that, and so on; a permanent failure (or the last transient one) is raised, and so
    is one in doubt at once (the server may have the message: another attempt could deliver it twice)."""
    attempt = 0
    while True:
        try:
            return connection.send(message, recipient)
        except Failure as failure:
            if failure.kind == IN_DOUBT or not failure.transient or attempt >= retries:
                raise
            sleep(backoff * 2 ** attempt)
            attempt += 1
