"""Talking to an issuer's mail server: one SMTP connection, reused for that issuer's messages.

TLS as the settings say: ``ssl`` speaks TLS from the first byte, ``starttls`` upgrades before the login and
refuses a server that does not offer it (never falling back to plain text), ``none`` is plain. Certificates
are checked against the system's trusted authorities (``SSL_CERT_FILE`` names another bundle). Every error
leaves here as a ``Failure`` (app/delivery/failures.py), never as a traceback.

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

from app.delivery.failures import Failure, describe
from app.delivery.smtp_settings import SmtpConfig
from app.models import TlsMode

TIMEOUT = 30.0


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
                smtp = smtplib.SMTP_SSL(c.host, c.port, timeout=self.timeout, context=context)
            else:
                smtp = smtplib.SMTP(c.host, c.port, timeout=self.timeout)
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
        """Send ``message`` to ``recipient`` (raises ``Failure`` when it is not taken), then its archive copy;
        returns the archive copy's failure, if any, as a warning."""
        if self._smtp is None:
            self.open()
        sender = self.config.sender_address
        try:
            self._smtp.send_message(message, from_addr=sender, to_addrs=[recipient])
        except smtplib.SMTPServerDisconnected as exc:
            self.close()
            raise self._describe(exc) from None
        except (smtplib.SMTPException, OSError) as exc:
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
    ``backoff``, then twice that, and so on; a permanent failure (or the last transient one) is raised."""
    attempt = 0
    while True:
        try:
            return connection.send(message, recipient)
        except Failure as failure:
            if not failure.transient or attempt >= retries:
                raise
            sleep(backoff * 2 ** attempt)
            attempt += 1
