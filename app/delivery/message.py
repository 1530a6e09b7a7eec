"""An invoice's e-mail as an ``email.message.EmailMessage``: the issuer's sender identity, the subject and
body in the customer's language (app/delivery/texts.py), and the PDF attached as ``<number>.pdf``.

The Message-ID is made here (on the sender's domain), so the delivery log can record it before the server
answers; the PDF's bytes are attached as given (an issued invoice's stored PDF: the one it was issued with).
"""
from __future__ import annotations

import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from app.delivery.smtp_settings import SmtpConfig
from app.delivery.texts import Facts, compose


def _address(name: str | None, addr: str) -> Address:
    return Address(display_name=name or "", addr_spec=addr)


def attachment_name(number: str) -> str:
    """``<number>.pdf``, with anything a file system or a mail reader might stumble on replaced by ``_``."""
    return re.sub(r"[^\w.-]+", "_", number, flags=re.UNICODE).strip("_.") + ".pdf"


def _base(config: SmtpConfig, recipient: str, recipient_name: str | None, subject: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = _address(config.sender_name, config.sender_address)
    msg["To"] = _address(recipient_name, recipient)
    if config.reply_to:
        msg["Reply-To"] = config.reply_to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = make_msgid(domain=config.sender_address.rpartition("@")[2])
    return msg


def invoice_message(config: SmtpConfig, facts: Facts, recipient: str, pdf: bytes) -> EmailMessage:
    """The message that delivers the invoice described by ``facts`` to ``recipient``."""
    subject, body = compose(config.templates, facts)
    msg = _base(config, recipient, facts.customer, subject)
    msg["Content-Language"] = facts.language.replace("_", "-")
    msg.set_content(body)
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=attachment_name(facts.number))
    return msg


def test_message(config: SmtpConfig, recipient: str) -> EmailMessage:
    """A short message that proves the settings work (``prorata smtp test``)."""
    msg = _base(config, recipient, None, f"Prorata: test message from {config.issuer}")
    msg.set_content(f"This message was sent by `prorata smtp test` to check the mail settings of "
                    f"{config.issuer} ({config.host}:{config.port}, {config.tls}).\n"
                    "Invoices to customers will be sent the same way.\n")
    return msg
