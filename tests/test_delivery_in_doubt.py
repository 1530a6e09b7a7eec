"""Delivery findings of the third review, against the real SMTP server of tests/test_delivery.py (aiosmtpd on
loopback, STARTTLS and a login), on SQLite and PostgreSQL.

In doubt: a server that stores the message and then drops the connection without answering has perhaps
delivered it. Prorata must not send it again by itself (no retry, no plain `send` later): the row is
``in_doubt``, says so in words with how to resend it, and only `send --resend` sends it again. A connection
lost before the message went out, or a refusal after it, says nothing was taken and is retried as before.

Texts per kind: an issuer's own invoice template is not used for a credit note; a credit note gets the
built-in credit note wording in the customer's language (or its own credit note template), no due date, and
its total as the credit note prints it (negative). The world is tests/test_delivery.py's: brightwater
(reseller acme, de_DE) has invoice 2 x 150.00 + 19 % = 357.00 EUR issued on 2 March 2026, due 16 March 2026;
its full credit note is -357.00 EUR.
"""
from __future__ import annotations

import asyncio
import json
import time
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

import tests.test_delivery as td
from app.delivery import texts
from app.delivery.failures import IN_DOUBT, Failure
from app.delivery.smtp_settings import SmtpConfig
from app.delivery.transport import Connection, send_with_retries
from app.models import AuditEntry, SmtpSettings
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.test_delivery import NBSP, PASSWORD, USER, _cli, _log, _smtp_set, _world, ring, tls_files  # noqa: F401

D = Decimal


class DroppingInbox(td.Inbox):
    """The test server's handler that can also lose the connection: ``drop_after_data[address]`` times it
    stores a message for ``address`` and closes the connection without answering; ``drop_at_rcpt[address]``
    times it closes the connection when that recipient is given (before any message went out);
    ``refuse_data[address]`` times it answers the message with 451 (not taken); ``slow_data`` seconds it waits
    before answering a message it stored."""

    def __init__(self):
        super().__init__()
        self.drop_after_data: dict[str, int] = {}
        self.drop_at_rcpt: dict[str, int] = {}
        self.refuse_data: dict[str, int] = {}
        self.slow_data = 0.0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if self.drop_at_rcpt.get(address):
            self.drop_at_rcpt[address] -= 1
            server.transport.close()
            return "250 OK"  # never heard: the connection is gone
        return await super().handle_RCPT(server, session, envelope, address, rcpt_options)

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        rcpts = list(envelope.rcpt_tos)
        for address in rcpts:
            if self.refuse_data.get(address):
                self.refuse_data[address] -= 1
                return "451 4.3.0 cannot take it now, try again later"
        reply = await super().handle_DATA(server, session, envelope)  # stored
        for address in rcpts:
            if self.drop_after_data.get(address):
                self.drop_after_data[address] -= 1
                server.transport.close()  # stored, and no answer: the client cannot know
        if self.slow_data:
            await asyncio.sleep(self.slow_data)
        return reply


@pytest.fixture
def smtp_server(tls_files, monkeypatch):  # noqa: F811
    monkeypatch.setattr(td, "Inbox", DroppingInbox)
    inbox, controller = td._serve(tls_files, monkeypatch, implicit_tls=False)
    yield inbox
    controller.stop()


def _config(port: int) -> SmtpConfig:
    return SmtpConfig("hoster", "hoster", None, "127.0.0.1", port, "starttls", USER, None, "billing@northwind.test",
                      None, None, {}, 1)


def _message(to: str):
    from email.message import EmailMessage
    from email.utils import make_msgid

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "billing@northwind.test", to, "Invoice"
    msg["Message-ID"] = make_msgid(domain="northwind.test")
    msg.set_content("Dear customer,\n")
    return msg


# ---------------------------------------------------------------- finding 3: in doubt

def test_a_connection_lost_after_the_message_went_out_is_in_doubt_and_never_sent_twice(db, ring, smtp_server,
                                                                                       monkeypatch):
    w = _world(db, post=False, extra_mail=1)
    _smtp_set(db, monkeypatch, "hoster", smtp_server.port, "billing@northwind.test")
    _smtp_set(db, monkeypatch, "acme", smtp_server.port, "rechnung@acme.test")
    gale_id, gale = w.inv["gale"]
    next_id, following = w.inv["mail00"]  # issued after gale, by the same issuer: sent after it
    smtp_server.drop_after_data["accounts@gale.test"] = 5  # it would drop every attempt: there must be one
    rc, out, err = _cli(db, "send", "--invoice", f"hoster:{gale}", "--invoice", f"hoster:{following}")
    assert rc == 1 and "Traceback" not in out + err
    (stored,) = smtp_server.to("accounts@gale.test")  # exactly one message, not retried
    # The batch went on after it, on a new connection.
    assert [rcpts for _, rcpts, _ in smtp_server.received] == [["accounts@gale.test"], ["mail00@customers.test"]]
    assert f"{gale} to accounts@gale.test is in doubt: the connection to 127.0.0.1:{smtp_server.port} was lost " \
           "after the message was handed over, before the server confirmed it" in out
    assert f"check with the customer or the mail server's log (Message-ID {stored['Message-ID']}), then resend " \
           f"it (`prorata send --invoice {gale} --resend`)" in out
    assert "1 sent" in out and "1 in doubt" in out
    row = _log(db)[gale_id]
    assert (row.status, row.attempts, row.error_kind, row.message_id) == ("in_doubt", 1, "in_doubt",
                                                                         stored["Message-ID"])
    assert "It may have been delivered, so it is not sent again unless asked" in row.last_error
    assert _log(db)[next_id].status == "sent"

    # The clerk sees it in the delivery log, with the words.
    rc, out, _ = _cli(db, "delivery", "list", "--status", "in_doubt", "--json")
    assert rc == 0 and [(r["invoice"], r["status"], r["last_error"]) for r in json.loads(out)] == [
        (gale, "in_doubt", row.last_error)]
    rc, out, _ = _cli(db, "delivery", "list")
    (line,) = [x for x in out.splitlines() if x.startswith(gale)]
    assert " in_doubt " in line and "may have been delivered" in line and "--resend" in line

    # A plain send, by name or by date, does not send it again.
    rc, out, _ = _cli(db, "send")
    assert rc == 1 and f"{gale} is in doubt since" in out and "`prorata send --invoice" in out
    rc, out, _ = _cli(db, "send", "--invoice", f"hoster:{gale}")
    assert rc == 1 and f"{gale} is in doubt since" in out
    assert len(smtp_server.to("accounts@gale.test")) == 1
    assert _log(db)[gale_id].attempts == 1

    # The clerk decides: --resend sends it once more (and is audited as a resend).
    smtp_server.drop_after_data.clear()
    rc, out, err = _cli(db, "send", "--invoice", f"hoster:{gale}", "--resend")
    assert rc == 0, out + err
    assert len(smtp_server.to("accounts@gale.test")) == 2
    row = _log(db)[gale_id]
    assert (row.status, row.attempts, row.last_error) == ("sent", 2, None)
    assert row.message_id == smtp_server.to("accounts@gale.test")[1]["Message-ID"]
    with unit_of_work(db) as s:
        assert [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "invoice",
                                                                     AuditEntry.entity_id == str(gale_id),
                                                                     AuditEntry.action.in_(("send", "resend"))))
                ] == ["resend"]


def test_a_connection_lost_before_the_message_went_out_is_tried_again(db, ring, smtp_server, monkeypatch):
    from app.delivery.send import send_invoices

    w = _world(db, post=False)
    _smtp_set(db, monkeypatch, "hoster", smtp_server.port, "billing@northwind.test")
    gale_id, gale = w.inv["gale"]
    smtp_server.drop_at_rcpt["accounts@gale.test"] = 1
    waits: list[float] = []
    report = send_invoices(db, refs=[f"hoster:{gale}"], retries=2, backoff=1.5, sleep=waits.append)
    assert [o.status for o in report.outcomes] == ["sent"]
    assert waits == [1.5]  # nothing was handed over: retried once, after the back-off
    assert len(smtp_server.to("accounts@gale.test")) == 1
    assert (_log(db)[gale_id].status, _log(db)[gale_id].attempts) == ("sent", 1)
    # Dropped at every try: failed (nothing was taken), and the next plain send tries it again.
    cobalt_id, cobalt = w.inv["cobalt"]
    smtp_server.drop_at_rcpt["compta@cobalt.test"] = 2
    report = send_invoices(db, refs=[f"hoster:{cobalt}"], retries=1, backoff=0, sleep=waits.append)
    assert [(o.status, o.kind) for o in report.outcomes] == [("failed", "connection")]
    assert _log(db)[cobalt_id].status == "failed" and smtp_server.to("compta@cobalt.test") == []
    report = send_invoices(db, refs=[f"hoster:{cobalt}"], retries=0, sleep=waits.append)
    assert [o.status for o in report.outcomes] == ["sent"]
    assert len(smtp_server.to("compta@cobalt.test")) == 1


def test_the_servers_answer_decides_and_no_answer_in_time_is_in_doubt(smtp_server):
    config = _config(smtp_server.port)
    # 451 after the message: the server said it did not take it; tried again after the back-off, taken once.
    smtp_server.refuse_data["a@customers.test"] = 1
    waits: list[float] = []
    with Connection(config, PASSWORD) as connection:
        assert send_with_retries(connection, _message("a@customers.test"), "a@customers.test", retries=2,
                                 backoff=0.5, sleep=waits.append) == []
    assert waits == [0.5] and len(smtp_server.to("a@customers.test")) == 1
    # Stored, but the answer comes after the client stopped waiting: in doubt, never retried.
    smtp_server.slow_data = 3.0
    started = time.monotonic()
    with Connection(config, PASSWORD, timeout=1.0) as connection:
        with pytest.raises(Failure) as caught:
            send_with_retries(connection, _message("b@customers.test"), "b@customers.test", retries=2,
                              backoff=0.5, sleep=waits.append)
    assert caught.value.kind == IN_DOUBT and not caught.value.transient
    assert "was lost after the message was handed over, before the server confirmed it" in caught.value.text
    assert waits == [0.5] and len(smtp_server.to("b@customers.test")) == 1
    assert time.monotonic() - started < 3.0  # it stopped waiting after its timeout


# ---------------------------------------------------------------- finding 4: texts per kind of document

def _credit_brightwater(db, w) -> tuple[int, str]:
    with unit_of_work(db) as s:
        note = invoices.credit(s, w.inv["brightwater"][0], date(2026, 3, 5))
        assert note.total == D("-357.00")
        return note.id, note.number


def test_a_credit_note_never_takes_the_invoice_template_nor_a_due_date(db, ring, smtp_server, monkeypatch,
                                                                      tmp_path):
    w = _world(db, post=False)
    body = tmp_path / "body.txt"  # the reviewer's own German invoice text
    body.write_text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung {number} über {total}, fällig am "
                    "{due_date}.\n\n{issuer}\n", encoding="utf-8")
    _smtp_set(db, monkeypatch, "acme", smtp_server.port, "rechnung@acme.test",
              "--subject", "de", "Rechnung {number} über {total}", "--body", "de", str(body))
    inv_id, inv_number = w.inv["brightwater"]
    note_id, note_number = _credit_brightwater(db, w)
    rc, out, err = _cli(db, "send", "--invoice", f"acme:{note_number}", "--invoice", f"acme:{inv_number}")
    assert rc == 0, out + err
    note_mail, inv_mail = sorted(smtp_server.to("buchhaltung@brightwater.test"),
                                 key=lambda m: m["Subject"].startswith("Rechnung"))
    # The credit note: the built-in German credit note wording (translations/invoice/de.po), its total as the
    # credit note prints it ("Gutgeschriebener Betrag -357,00 €"), no due date.
    assert note_mail["Subject"] == f"Gutschrift {note_number} von Acme Cloud GmbH"
    assert note_mail.get_body(("plain",)).get_content().replace("\r\n", "\n").rstrip("\n") == (
        "Sehr geehrte Damen und Herren,\n\n"
        f"anbei erhalten Sie unsere Gutschrift {note_number} für Brightwater Consulting GmbH über -357,00{NBSP}€.\n\n"
        "Mit freundlichen Grüßen\nAcme Cloud GmbH")
    # The invoice keeps the reseller's own invoice text.
    assert inv_mail["Subject"] == f"Rechnung {inv_number} über 357,00{NBSP}€"
    assert inv_mail.get_body(("plain",)).get_content().replace("\r\n", "\n") == (
        f"Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung {inv_number} über 357,00{NBSP}€, fällig am "
        "16.03.2026.\n\nAcme Cloud GmbH\n")

    # Its own credit note template: chosen by --kind; {due_date} refused there in words.
    rc, _, err = _cli(db, "smtp", "set", "acme", "--kind", "credit_note", "--subject", "de",
                      "Gutschrift {number}, fällig {due_date}")
    assert rc == 2 and "uses {due_date}, but a credit note has no due date" in err
    cn_body = tmp_path / "cn.txt"
    cn_body.write_text("Guten Tag,\n\nwir schreiben Ihnen {total} gut ({number}).\n\n{issuer}\n", encoding="utf-8")
    _smtp_set(db, monkeypatch, "acme", smtp_server.port, "rechnung@acme.test", "--kind", "credit_note",
              "--subject", "de", "Ihre Gutschrift {number}", "--body", "de", str(cn_body), password=None)
    rc, out, _ = _cli(db, "smtp", "show", "acme", "--json")
    shown = json.loads(out)["templates"]
    assert sorted(shown) == ["credit_note", "invoice"]
    assert shown["invoice"]["de"]["subject"] == "Rechnung {number} über {total}"
    assert shown["credit_note"]["de"]["subject"] == "Ihre Gutschrift {number}"
    rc, out, err = _cli(db, "send", "--invoice", f"acme:{note_number}", "--resend")
    assert rc == 0, out + err
    latest = smtp_server.to("buchhaltung@brightwater.test")[-1]
    assert latest["Subject"] == f"Ihre Gutschrift {note_number}"
    assert latest.get_body(("plain",)).get_content().replace("\r\n", "\n") == (
        f"Guten Tag,\n\nwir schreiben Ihnen -357,00{NBSP}€ gut ({note_number}).\n\nAcme Cloud GmbH\n")
    # Clearing the credit note's German templates leaves the invoice's.
    _smtp_set(db, monkeypatch, "acme", smtp_server.port, "rechnung@acme.test", "--kind", "credit_note",
              "--clear-template", "de", password=None)
    rc, out, _ = _cli(db, "smtp", "show", "acme", "--json")
    assert sorted(json.loads(out)["templates"]) == ["invoice"]


def test_templates_kept_before_they_were_per_kind_are_the_invoices():
    stored = {"de": {"subject": "Rechnung {number}", "body": "Bitte zahlen Sie {total} bis {due_date}."}}
    invoice = texts.Facts("invoice", "RE-1", D("119.00"), "EUR", date(2026, 3, 16), "Kunde GmbH", "Acme Cloud GmbH",
                          "de_DE")
    assert texts.compose(stored, invoice) == ("Rechnung RE-1", f"Bitte zahlen Sie 119,00{NBSP}€ bis 16.03.2026.")
    note = texts.Facts("credit_note", "GS-1", D("-119.00"), "EUR", date(2026, 3, 16), "Kunde GmbH",
                       "Acme Cloud GmbH", "en_GB")
    subject, body = texts.compose(stored, note)
    assert subject == "Credit note GS-1 from Acme Cloud GmbH"
    assert body == ("Dear Kunde GmbH,\n\nplease find attached our credit note GS-1 for -€119.00.\n\n"
                    "Kind regards\nAcme Cloud GmbH")
    assert texts.by_kind(stored) == {"invoice": stored}


def test_a_stored_template_without_kind_is_read_and_rewritten_as_the_invoices(db, ring, monkeypatch):
    td.build(db)
    _smtp_set(db, monkeypatch, "hoster", 2525, "billing@northwind.test", password=None)
    with unit_of_work(db) as s:
        s.scalars(select(SmtpSettings)).one().templates = {"de": {"subject": "Rechnung {number}"}}
    rc, out, _ = _cli(db, "smtp", "show", "hoster", "--json")
    assert json.loads(out)["templates"] == {"invoice": {"de": {"subject": "Rechnung {number}"}}}
    _smtp_set(db, monkeypatch, "hoster", 2525, "billing@northwind.test", "--kind", "credit_note",
              "--subject", "de", "Gutschrift {number}", password=None)
    with unit_of_work(db) as s:
        assert s.scalars(select(SmtpSettings)).one().templates == {
            "invoice": {"de": {"subject": "Rechnung {number}"}},
            "credit_note": {"de": {"subject": "Gutschrift {number}"}}}
