"""Delivering invoices (app/delivery/): by e-mail through a real SMTP server, and by post in a print batch, on
SQLite and PostgreSQL.

The mail server is aiosmtpd on loopback, started per test: STARTTLS with a certificate made here (trusted by
the client through SSL_CERT_FILE), a login required after STARTTLS, and a recipient it refuses on demand.
Messages are read back as the customer's mail program would: recipient, sender, subject in the customer's
language, the body's figures, and the attached PDF parsed with pdfplumber.

The world (by hand): the hoster Northwind Hosting (tax 20 %) and its reseller Acme Cloud GmbH (19 %), which
sends in its own name. Each company has one manual invoice issued on 2 March 2026, due 14 days later
(the default payment terms) on 16 March 2026:
- brightwater (acme, de_DE, e-mail): 2 x 150.00 at 19 % = 300.00 + 57.00 tax = 357.00 EUR;
- cobalt (hoster, fr_FR, e-mail): 1 x 80.00 at 20 % = 80.00 + 16.00 = 96.00 EUR;
- gale (hoster, en_GB, e-mail): 3 x 10.00 at 20 % = 30.00 + 6.00 = 36.00 EUR;
- by post: fjord (DE 10115 Berlin), elbe (acme, DE 20457 Hamburg), aurora (FR 75001 Paris), dunmore (GB EH1 1YZ
  Edinburgh); sorted for the post office: fjord, elbe, aurora, dunmore.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as dt
import email
import email.policy
import io
import ipaddress
import json
import os
import socket
import ssl
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from decimal import Decimal

import keyring
import pdfplumber
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy import select

from app.cli.main import main
from app.models import AuditEntry, Company, Hoster, InvoiceDelivery, InvoiceDocument, Reseller, SmtpSettings
from app.services import invoices
from app.services.invoices import ManualLine
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.file_keyring import FileKeyring

D = Decimal
USER, PASSWORD = "mailer", "s3cret-Passw0rd"
NBSP, NNBSP = "\u00a0", "\u202f"
ISSUED = date(2026, 3, 2)


# ---------------------------------------------------------------- the mail server

class Inbox:
    """aiosmtpd's handler: keeps every message it accepts; refuses the addresses in ``refuse``."""

    def __init__(self):
        self.received: list[tuple[str, list[str], bytes]] = []
        self.refuse: set[str] = set()
        self.busy: dict[str, int] = {}  # address -> how many more times to answer "try again later"
        self.logins: list[tuple[bytes, bool]] = []
        self.port = 0
        self.cert = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 (aiosmtpd's name)
        if address in self.refuse:
            return "550 5.1.1 mailbox unavailable"
        if self.busy.get(address):
            self.busy[address] -= 1
            return "451 4.3.0 mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content
                              or envelope.content))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [email.message_from_bytes(c, policy=email.policy.default)
                for _, rcpts, c in self.received if address in rcpts]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1 and localhost, and its key."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    folder = tmp_path_factory.mktemp("tls")
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def _serve(tls_files, monkeypatch, *, implicit_tls: bool):
    cert, key = tls_files
    inbox = Inbox()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode()
              and auth_data.password == PASSWORD.encode())
        inbox.logins.append((getattr(auth_data, "login", b""), ok))
        return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535 itself

    inbox.port, inbox.cert = _free_port(), cert
    # aiosmtpd knows of TLS begun by STARTTLS only: on an SMTPS connection it must not ask for it again.
    tls = ({"ssl_context": context, "auth_require_tls": False} if implicit_tls else
           {"tls_context": context, "require_starttls": True, "auth_require_tls": True})
    controller = Controller(inbox, hostname="127.0.0.1", port=inbox.port, authenticator=authenticate,
                            auth_required=True, **tls)
    controller.start()
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the client trusts the test's certificate (and only it)
    return inbox, controller


@pytest.fixture
def smtp_server(tls_files, monkeypatch):
    """A mail server on loopback that wants STARTTLS, then a login, before it takes any mail."""
    inbox, controller = _serve(tls_files, monkeypatch, implicit_tls=False)
    yield inbox
    controller.stop()


@pytest.fixture
def smtps_server(tls_files, monkeypatch):
    """The same speaking TLS from the first byte (SMTPS, as on port 465)."""
    inbox, controller = _serve(tls_files, monkeypatch, implicit_tls=True)
    yield inbox
    controller.stop()


@pytest.fixture
def ring(tmp_path, monkeypatch):
    """A keyring shared with the processes a test starts."""
    monkeypatch.setenv("PRORATA_TEST_KEYRING", str(tmp_path / "keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.file_keyring.FileKeyring")
    for name in list(os.environ):
        if name.startswith("PRORATA_SMTP_PASSWORD"):
            monkeypatch.delenv(name)
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield tmp_path / "keyring.json"
    keyring.set_keyring(previous)


# ---------------------------------------------------------------- the world

def _company(db, w, code, *, reseller=None, name, language, delivery, mail=None, address=None):
    add_company(db, w, code, reseller=reseller)
    with unit_of_work(db) as s:
        c = s.get(Company, w.companies[code])
        c.name, c.language, c.delivery, c.email, c.address = name, language, delivery, mail, address


def _invoice(db, code, qty, price, rate, lines=1) -> tuple[int, str]:
    with unit_of_work(db) as s:
        inv = invoices.create_manual(s, code, "EUR", [
            ManualLine({"en": f"Consulting {k + 1}", "de": f"Beratung {k + 1}", "fr": f"Conseil {k + 1}"},
                       D(qty), D(price), D(rate)) for k in range(lines)])
        inv = invoices.issue(s, inv.id, ISSUED)
        return inv.id, inv.number


def _world(db, *, post=True, extra_mail=0):
    w = build(db)
    with unit_of_work(db) as s:
        h = s.get(Hoster, 1)
        h.address = {"lines": ["Northwind House"], "city": "Leeds", "postcode": "LS1 4AP", "country": "GB"}
        h.email = "billing@northwind.test"
        acme = s.get(Reseller, w.resellers["acme"])
        acme.address = {"lines": ["Speicherstadt 7"], "city": "Hamburg", "postcode": "20457", "country": "DE"}
        acme.email = "rechnung@acme.test"
    _company(db, w, "brightwater", reseller="acme", name="Brightwater Consulting GmbH", language="de_DE",
             delivery="email", mail="buchhaltung@brightwater.test")
    _company(db, w, "cobalt", name="Cobalt SARL", language="fr_FR", delivery="email", mail="compta@cobalt.test")
    _company(db, w, "gale", name="Gale Ltd", language="en_GB", delivery="email", mail="accounts@gale.test")
    w.inv = {"brightwater": _invoice(db, "brightwater", "2", "150.00", "19"),
             "cobalt": _invoice(db, "cobalt", "1", "80.00", "20"),
             "gale": _invoice(db, "gale", "3", "10.00", "20")}
    for k in range(extra_mail):
        code = f"mail{k:02d}"
        _company(db, w, code, name=f"Mail Customer {k}", language="en_GB", delivery="email",
                 mail=f"{code}@customers.test")
        w.inv[code] = _invoice(db, code, "1", "10.00", "20")
    if post:
        for code, reseller, country, postcode, city, language, lines in (
                ("dunmore", None, "GB", "EH1 1YZ", "Edinburgh", "en_GB", 1),
                ("aurora", None, "FR", "75001", "Paris", "fr_FR", 1),
                ("elbe", "acme", "DE", "20457", "Hamburg", "de_DE", 60),
                ("fjord", None, "DE", "10115", "Berlin", "de_DE", 1)):
            _company(db, w, code, reseller=reseller, name=f"{code.title()} Customer", language=language,
                     delivery="post", address={"lines": [f"{code.title()} Street 1"], "city": city,
                                               "postcode": postcode, "country": country})
            w.inv[code] = _invoice(db, code, "1", "10.00", "19" if reseller else "20", lines=lines)
    return w


def _url(db) -> str:
    return db.url.render_as_string(hide_password=False)


def _cli(db, *argv, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main([*argv, "--db", _url(db)])
    return rc, out.getvalue(), err.getvalue()


def _smtp_set(db, monkeypatch, issuer, port, sender, *extra, password=PASSWORD, tls="starttls"):
    args = ["smtp", "set", issuer, "--host", "127.0.0.1", "--port", str(port), "--tls", tls,
            "--user", USER, "--from", sender, *extra]
    if password is not None:
        args.append("--password-stdin")
    rc, out, err = _cli(db, *args, stdin=(password or "") + "\n", monkeypatch=monkeypatch)
    assert rc == 0, err
    return out


def _pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as doc:
        return "\n".join(page.extract_text() for page in doc.pages)


def _log(db) -> dict[int, InvoiceDelivery]:
    with unit_of_work(db) as s:
        return {d.invoice_id: d for d in s.scalars(select(InvoiceDelivery).where(InvoiceDelivery.channel == "email"))}


# ---------------------------------------------------------------- settings

def test_the_password_is_kept_in_the_keyring_only(db, ring, monkeypatch):
    build(db)
    out = _smtp_set(db, monkeypatch, "hoster", 587, "billing@northwind.test", "--from-name", "Northwind Billing")
    assert "password kept" in out
    assert PASSWORD in ring.read_text()
    with unit_of_work(db) as s:
        row = s.scalars(select(SmtpSettings)).one()
        assert PASSWORD not in repr({c.name: getattr(row, c.name) for c in SmtpSettings.__table__.columns})
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "smtp_settings")).all()
        assert len(entries) == 1 and PASSWORD not in json.dumps(entries[0].after)
        assert entries[0].after["password_kept"] is True
    rc, out, _ = _cli(db, "smtp", "show", "hoster", "--json")
    shown = json.loads(out)
    assert rc == 0 and PASSWORD not in out
    assert (shown["host"], shown["port"], shown["tls"], shown["user"], shown["password_kept"]) == \
        ("127.0.0.1", 587, "starttls", USER, True)
    # Another port is another login: the password follows it.
    _smtp_set(db, monkeypatch, "hoster", 2525, "billing@northwind.test", password=None)
    assert json.loads(_cli(db, "smtp", "show", "hoster", "--json")[1])["password_kept"] is True


def test_settings_and_templates_are_checked_in_words(db, ring, monkeypatch):
    build(db)
    rc, _, err = _cli(db, "smtp", "set", "hoster", "--host", "mail.example", "--from", "not-an-address")
    assert rc == 2 and "not-an-address" in err and "Traceback" not in err
    rc, _, err = _cli(db, "smtp", "set", "hoster", "--host", "mail.example", "--from", "a@b.test",
                      "--port", "70000")
    assert rc == 2 and "'70000' is not a port" in err
    rc, _, err = _cli(db, "smtp", "set", "hoster", "--host", "mail.example", "--from", "a@b.test",
                      "--subject", "de", "Rechnung {number.__class__}")
    assert rc == 2 and "{number.__class__}, which is not a placeholder" in err
    rc, _, err = _cli(db, "smtp", "set", "hoster", "--host", "mail.example", "--from", "a@b.test",
                      "--subject", "de", "Rechnung {total:>20}")
    assert rc == 2 and "with a format or conversion" in err
    rc, _, err = _cli(db, "smtp", "set", "nosuch", "--host", "mail.example", "--from", "a@b.test")
    assert rc == 2 and "nosuch" in err
    with unit_of_work(db) as s:
        assert s.scalars(select(SmtpSettings)).all() == []


# ---------------------------------------------------------------- sending

def test_invoices_go_out_once_in_the_customers_language_from_the_right_sender(db, ring, smtp_server, monkeypatch):
    w = _world(db)
    _smtp_set(db, monkeypatch, "hoster", smtp_server.port, "billing@northwind.test", "--from-name", "Northwind Billing",
              "--bcc", "archive@northwind.test")
    _smtp_set(db, monkeypatch, "acme", smtp_server.port, "rechnung@acme.test", "--from-name", "Acme Cloud",
              "--reply-to", "support@acme.test")
    rc, out, err = _cli(db, "send", "--json")
    assert rc == 0, err
    outcomes = {o["customer"]: o for o in json.loads(out)["outcomes"]}
    assert {k: o["status"] for k, o in outcomes.items()} == {"brightwater": "sent", "cobalt": "sent", "gale": "sent"}

    bw_id, bw_number = w.inv["brightwater"]
    (bw,) = smtp_server.to("buchhaltung@brightwater.test")
    assert bw["From"].addresses[0].addr_spec == "rechnung@acme.test"  # the reseller sends in its own name
    assert bw["From"].addresses[0].display_name == "Acme Cloud"
    assert bw["Reply-To"] == "support@acme.test"
    assert bw["Subject"] == f"Rechnung {bw_number} von Acme Cloud GmbH"
    body = bw.get_body(("plain",)).get_content()
    assert "Sehr geehrte Damen und Herren," in body
    assert f"Rechnung {bw_number} für Brightwater Consulting GmbH über 357,00{NBSP}€, zahlbar bis zum 16.03.2026" \
        in body
    (attachment,) = list(bw.iter_attachments())
    assert attachment.get_filename() == f"{bw_number}.pdf"
    pdf = attachment.get_content()
    assert f"Rechnung {bw_number}" in _pdf_text(pdf)
    with unit_of_work(db) as s:  # exactly the bytes stored for the invoice
        assert pdf == s.scalars(select(InvoiceDocument.content).where(InvoiceDocument.invoice_id == bw_id)).one()

    co_id, co_number = w.inv["cobalt"]
    (co,) = smtp_server.to("compta@cobalt.test")
    assert co["From"].addresses[0].addr_spec == "billing@northwind.test"
    assert co["Subject"] == f"Facture {co_number} de Northwind Hosting"
    co_body = co.get_body(("plain",)).get_content()
    assert f"d'un montant de 96,00{NBSP}€, à régler au plus tard le 16 mars 2026" in co_body
    assert f"Facture {co_number}" in _pdf_text(list(co.iter_attachments())[0].get_content())
    ga_number = w.inv["gale"][1]
    (ga,) = smtp_server.to("accounts@gale.test")
    assert ga["Subject"] == f"Invoice {ga_number} from Northwind Hosting"
    assert "for €36.00, due on 16 Mar 2026" in ga.get_body(("plain",)).get_content()
    # The hoster's archive gets its own copy of each of its two messages, the reseller's customers' none.
    assert sorted(m["Subject"] for m in smtp_server.to("archive@northwind.test")) == sorted(
        [co["Subject"], ga["Subject"]])
    assert len(smtp_server.received) == 5
    assert smtp_server.logins and all(ok for _, ok in smtp_server.logins)
    # Nothing went to the companies that take post.
    assert not any("customer.test" in r for _, rcpts, _ in smtp_server.received for r in rcpts)

    log = _log(db)
    assert log[bw_id].status == "sent" and log[bw_id].attempts == 1
    assert log[bw_id].message_id == bw["Message-ID"] and log[bw_id].recipient == "buchhaltung@brightwater.test"
    assert log[bw_id].reseller_id == w.resellers["acme"] and log[co_id].reseller_id is None
    with unit_of_work(db) as s:
        sends = s.scalars(select(AuditEntry).where(AuditEntry.action == "send")).all()
        assert sorted(int(e.entity_id) for e in sends) == sorted(i for i, _ in w.inv.values()
                                                                 if i in (bw_id, co_id, w.inv["gale"][0]))

    # Again: nothing is sent twice.
    rc, out, err = _cli(db, "send")
    assert rc == 0 and "3 skipped" in out
    assert len(smtp_server.received) == 5
    # A named invoice says why it is not sent; --resend sends it once more.
    rc, out, _ = _cli(db, "send", "--invoice", f"hoster:{co_number}")
    assert rc == 0 and f"{co_number} was sent to compta@cobalt.test on" in out
    rc, out, err = _cli(db, "send", "--invoice", f"hoster:{co_number}", "--resend")
    assert rc == 0, err
    assert len(smtp_server.to("compta@cobalt.test")) == 2
    assert _log(db)[co_id].attempts == 2
    # A post customer's invoice named for e-mail is held, in words.
    rc, out, _ = _cli(db, "send", "--invoice", f"acme:{w.inv['elbe'][1]}")
    assert f"{w.inv['elbe'][1]} goes to elbe by post" in out


def test_an_issuers_own_template_and_the_email_switch(db, ring, smtp_server, monkeypatch, tmp_path):
    w = _world(db, post=False)
    body = tmp_path / "body.txt"
    body.write_text("Hallo {customer},\nRechnung {number}: {total} bis {due_date}.\n{issuer}\n", encoding="utf-8")
    _smtp_set(db, monkeypatch, "acme", smtp_server.port, "rechnung@acme.test",
              "--subject", "de", "Ihre Rechnung {number} ({total})", "--body", "de", str(body))
    _smtp_set(db, monkeypatch, "hoster", smtp_server.port, "billing@northwind.test")
    rc, out, _ = _cli(db, "settings", "set", "hoster", "email_delivery", "off")
    assert rc == 0
    rc, out, err = _cli(db, "send", "--dry-run", "--json")
    assert rc == 0, err
    # acme follows the hoster's switch (its own is unset): nothing goes out, and a dry run sends nothing anyway.
    assert json.loads(out)["outcomes"] == []
    rc, out, _ = _cli(db, "send", "--invoice", f"hoster:{w.inv['cobalt'][1]}")
    assert f"{w.inv['cobalt'][1]} is not sent: e-mail delivery is off for hoster" in out
    rc, _, _ = _cli(db, "settings", "set", "acme", "email_delivery", "on")
    rc, out, err = _cli(db, "send", "--dry-run", "--json")
    assert [(o["customer"], o["status"]) for o in json.loads(out)["outcomes"]] == [("brightwater", "would_send")]
    assert smtp_server.received == [] and _log(db) == {}
    rc, out, err = _cli(db, "send")
    assert rc == 0, err
    number = w.inv["brightwater"][1]
    (msg,) = smtp_server.to("buchhaltung@brightwater.test")
    assert msg["Subject"] == f"Ihre Rechnung {number} (357,00{NBSP}€)"
    assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n") == (
        f"Hallo Brightwater Consulting GmbH,\nRechnung {number}: 357,00{NBSP}€ bis 16.03.2026.\nAcme Cloud GmbH\n")


def test_a_refused_recipient_is_recorded_in_words_and_sent_by_a_later_run(db, ring, smtp_server, monkeypatch):
    w = _world(db, post=False)
    _smtp_set(db, monkeypatch, "hoster", smtp_server.port, "billing@northwind.test")
    _smtp_set(db, monkeypatch, "acme", smtp_server.port, "rechnung@acme.test")
    smtp_server.refuse.add("accounts@gale.test")
    rc, out, err = _cli(db, "send")
    assert rc == 1 and "Traceback" not in out + err
    gale_id, gale_number = w.inv["gale"]
    assert f"recipient refused: the server 127.0.0.1:{smtp_server.port} would not take mail for " \
           "accounts@gale.test (550 5.1.1 mailbox unavailable)" in out
    assert "2 sent, 1 failed" in out
    row = _log(db)[gale_id]
    assert (row.status, row.attempts, row.error_kind) == ("failed", 1, "recipient")
    assert "recipient refused" in row.last_error
    rc, out, _ = _cli(db, "delivery", "list", "--status", "failed", "--json")
    assert [(r["invoice"], r["last_error"]) for r in json.loads(out)] == [(gale_number, row.last_error)]
    smtp_server.refuse.clear()
    rc, out, err = _cli(db, "send")
    assert rc == 0, out + err
    assert "1 sent" in out
    row = _log(db)[gale_id]
    assert (row.status, row.attempts, row.last_error) == ("sent", 2, None)
    assert len(smtp_server.to("accounts@gale.test")) == 1
    assert len(smtp_server.to("buchhaltung@brightwater.test")) == 1  # the others were not sent again


def test_a_busy_server_is_tried_again_with_back_off_and_a_send_in_doubt_needs_resend(db, ring, smtp_server,
                                                                                    monkeypatch):
    from app.delivery.send import send_invoices

    w = _world(db, post=False)
    _smtp_set(db, monkeypatch, "hoster", smtp_server.port, "billing@northwind.test")
    _smtp_set(db, monkeypatch, "acme", smtp_server.port, "rechnung@acme.test")
    smtp_server.busy["accounts@gale.test"] = 2
    waits: list[float] = []
    report = send_invoices(db, refs=[f"hoster:{w.inv['gale'][1]}"], retries=2, backoff=1.5, sleep=waits.append)
    assert [o.status for o in report.outcomes] == ["sent"]
    assert waits == [1.5, 3.0]  # twice "try again later": waited 1.5 s, then twice that
    assert len(smtp_server.to("accounts@gale.test")) == 1
    assert _log(db)[w.inv["gale"][0]].attempts == 1  # one attempt of the send, its retries inside it
    # Busy for longer than the retries: failed, with the server's words (the next send tries again).
    smtp_server.busy["compta@cobalt.test"] = 5
    report = send_invoices(db, refs=[f"hoster:{w.inv['cobalt'][1]}"], retries=1, backoff=0, sleep=waits.append)
    assert [(o.status, o.kind) for o in report.outcomes] == [("failed", "recipient")]
    assert "451 4.3.0 mailbox busy, try again later" in report.outcomes[0].text()
    # A process that died after claiming brightwater's invoice an hour ago left it "sending": in doubt.
    bw_id, bw_number = w.inv["brightwater"]
    with unit_of_work(db) as s:
        s.add(InvoiceDelivery(invoice_id=bw_id, reseller_id=w.resellers["acme"], channel="email", status="sending",
                              attempts=1, claim="dead", recipient="buchhaltung@brightwater.test",
                              attempted_at=dt.datetime(2026, 3, 2, 9, 0)))
    rc, out, _ = _cli(db, "send", "--invoice", f"acme:{bw_number}")
    assert rc == 1 and f"{bw_number} is in doubt: a send that began 2026-03-02 09:00 UTC never finished" in out
    assert smtp_server.to("buchhaltung@brightwater.test") == []
    rc, out, err = _cli(db, "send", "--invoice", f"acme:{bw_number}", "--resend")
    assert rc == 0, out + err
    assert len(smtp_server.to("buchhaltung@brightwater.test")) == 1
    assert (_log(db)[bw_id].status, _log(db)[bw_id].attempts) == ("sent", 2)


def test_a_server_that_is_down_or_refuses_the_login_fails_in_words(db, ring, smtp_server, monkeypatch):
    w = _world(db, post=False)
    dead = _free_port()
    _smtp_set(db, monkeypatch, "hoster", dead, "billing@northwind.test")
    _smtp_set(db, monkeypatch, "acme", smtp_server.port, "rechnung@acme.test", password="wrong")
    rc, out, err = _cli(db, "send", "--retries", "0")
    assert rc == 1 and "Traceback" not in out + err
    assert f"connection refused by 127.0.0.1:{dead}" in out
    assert f"authentication failed: the server 127.0.0.1:{smtp_server.port} refused the login of 'mailer'" in out
    log = _log(db)
    assert {log[w.inv[c][0]].error_kind for c in ("cobalt", "gale")} == {"connection"}
    assert log[w.inv["brightwater"][0]].error_kind == "auth"
    assert all(d.status == "failed" for d in log.values())
    assert smtp_server.received == []
    # Fixed: the next run sends each once.
    _smtp_set(db, monkeypatch, "hoster", smtp_server.port, "billing@northwind.test")
    _smtp_set(db, monkeypatch, "acme", smtp_server.port, "rechnung@acme.test")
    rc, out, err = _cli(db, "send")
    assert rc == 0 and "3 sent" in out, out + err
    assert sorted(r for _, rcpts, _ in smtp_server.received for r in rcpts) == [
        "accounts@gale.test", "buchhaltung@brightwater.test", "compta@cobalt.test"]
    assert {d.attempts for d in _log(db).values()} == {2}


def test_smtp_test_sends_a_message_or_says_why_not(db, ring, smtp_server, monkeypatch):
    build(db)
    _smtp_set(db, monkeypatch, "hoster", smtp_server.port, "billing@northwind.test")
    rc, out, err = _cli(db, "smtp", "test", "hoster", "--to", "me@northwind.test")
    assert rc == 0, err
    (msg,) = smtp_server.to("me@northwind.test")
    assert msg["Subject"] == "Prorata: test message from hoster"
    _smtp_set(db, monkeypatch, "hoster", smtp_server.port, "billing@northwind.test", "--tls", "none")
    rc, out, err = _cli(db, "smtp", "test", "hoster", "--to", "me@northwind.test")
    # Without STARTTLS this server offers no login: said so, with what to do.
    assert rc == 2 and "does not offer a login (AUTH)" in err and "--tls starttls" in err


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_smtps_and_an_untrusted_certificate(db, ring, smtps_server, monkeypatch):
    w = _world(db, post=False)
    _smtp_set(db, monkeypatch, "hoster", smtps_server.port, "billing@northwind.test", tls="ssl")
    monkeypatch.setenv("SSL_CERT_FILE", os.devnull)  # trust nothing: the server's certificate cannot be verified
    rc, out, err = _cli(db, "send", "--issuer", "hoster")
    assert rc == 1 and "Traceback" not in out + err
    assert f"the certificate of 127.0.0.1:{smtps_server.port} could not be verified" in out
    assert smtps_server.received == [] and smtps_server.logins == []  # not a word of the login was said
    assert {d.error_kind for d in _log(db).values()} == {"tls"}
    monkeypatch.setenv("SSL_CERT_FILE", str(smtps_server.cert))
    rc, out, err = _cli(db, "send", "--issuer", "hoster")
    assert rc == 0, out + err
    assert "2 sent" in out
    assert [m["Subject"] for m in smtps_server.to("compta@cobalt.test")] == [
        f"Facture {w.inv['cobalt'][1]} de Northwind Hosting"]


# ---------------------------------------------------------------- two processes at once

RACER = r"""
import os, sys, time
from app.cli.main import main
ready, go = sys.argv[1], sys.argv[2]
open(ready, "w").close()
while not os.path.exists(go):
    time.sleep(0.001)
sys.exit(main(sys.argv[3:]))
"""


def test_two_processes_sending_the_same_batch_deliver_each_invoice_once(db, ring, smtp_server, monkeypatch,
                                                                        tmp_path):
    w = _world(db, post=False, extra_mail=13)
    _smtp_set(db, monkeypatch, "hoster", smtp_server.port, "billing@northwind.test")
    _smtp_set(db, monkeypatch, "acme", smtp_server.port, "rechnung@acme.test")
    go = tmp_path / "go"
    procs = []
    for k in range(2):
        ready = tmp_path / f"ready-{k}"
        env = dict(os.environ, PRORATA_ACTOR=f"sender-{k}")
        procs.append((ready, subprocess.Popen(
            [sys.executable, "-c", RACER, str(ready), str(go), "send", "--json", "--db", _url(db)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)))
    deadline = time.monotonic() + 120
    while not all(ready.exists() for ready, _ in procs):
        assert time.monotonic() < deadline, "senders did not start"
        assert all(p.poll() is None for _, p in procs), [p.stderr.read() for _, p in procs if p.poll() is not None]
        time.sleep(0.01)
    go.touch()
    sent_by = Counter()
    for _, p in procs:
        out, err = p.communicate(timeout=240)
        assert p.returncode == 0, out + err
        assert "Traceback" not in err
        outcomes = json.loads(out)["outcomes"]
        assert len(outcomes) == 16  # each process went through the whole batch: each invoice sent or left
        for o in outcomes:
            assert o["status"] in ("sent", "skipped"), o
            if o["status"] == "sent":
                sent_by[o["invoice_id"]] += 1
    expected = {invoice_id for invoice_id, _ in w.inv.values()}
    assert len(expected) == 16
    assert sent_by == Counter({n: 1 for n in expected})
    received = Counter(r for _, rcpts, _ in smtp_server.received for r in rcpts)
    assert len(received) == 16 and set(received.values()) == {1}
    assert {(d.status, d.attempts) for d in _log(db).values()} == {("sent", 1)}


def test_two_clerks_making_print_batches_at_once_print_each_invoice_once(db, tmp_path):
    _world(db)
    go = tmp_path / "go"
    procs = []
    for k in range(2):
        ready = tmp_path / f"ready-{k}"
        procs.append((ready, subprocess.Popen(
            [sys.executable, "-c", RACER, str(ready), str(go), "post", "batch", "--out", str(tmp_path / f"b{k}.pdf"),
             "--json", "--db", _url(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)))
    deadline = time.monotonic() + 120
    while not all(ready.exists() for ready, _ in procs):
        assert time.monotonic() < deadline, "clerks did not start"
        time.sleep(0.01)
    go.touch()
    printed = Counter()
    for _, p in procs:
        out, err = p.communicate(timeout=240)
        assert p.returncode == 0 and "Traceback" not in err, out + err
        printed.update(i["customer"] for i in json.loads(out)["invoices"])
    assert printed == Counter({"fjord": 1, "elbe": 1, "aurora": 1, "dunmore": 1})


# ---------------------------------------------------------------- post

def test_the_print_batch_sorts_by_country_and_postcode_and_starts_each_invoice_on_an_odd_page(db, tmp_path):
    w = _world(db)
    out = tmp_path / "batch.pdf"
    rc, text, err = _cli(db, "post", "batch", "--out", str(out), "--json")
    assert rc == 0, err
    report = json.loads(text)
    order = ["fjord", "elbe", "aurora", "dunmore"]
    assert [i["customer"] for i in report["invoices"]] == order
    # The cover sheet lists four invoices on one page, and a blank back so fjord starts on a sheet of its own.
    assert report["cover_pages"] == 2 and report["marked"] == "pending"
    own_pages = {}
    with unit_of_work(db) as s:
        for code in order:
            stored = s.scalars(select(InvoiceDocument.content)
                               .where(InvoiceDocument.invoice_id == w.inv[code][0])).one()
            with pdfplumber.open(io.BytesIO(stored)) as doc:
                own_pages[code] = len(doc.pages)
    # Sixty lines take elbe's invoice past one page; the others fit on one.
    assert own_pages["fjord"] == own_pages["aurora"] == own_pages["dunmore"] == 1 and own_pages["elbe"] >= 2
    # fjord: page 3 (after the cover), blank 4; elbe: from page 5, with a blank after it if it ends on an odd
    # page; and so on.
    expected_first, page = {}, 3
    for code in order:
        expected_first[code] = page
        page += own_pages[code] + (own_pages[code] % 2)
    last_blank = own_pages["dunmore"] % 2
    assert {i["customer"]: i["first_page"] for i in report["invoices"]} == expected_first
    assert all(first % 2 == 1 for first in expected_first.values())
    with pdfplumber.open(out) as doc:
        assert len(doc.pages) == page - 1 - last_blank == report["pages"]  # no blank after the last one
        cover = doc.pages[0].extract_text()
        assert "Print batch" in cover and f"4 invoice(s) on {report['pages']} page(s)" in cover
        assert f"prorata post confirm {report['batch']}" in " ".join(cover.split())
        for n, code in enumerate(order, start=1):
            assert f"{n} {w.inv[code][1]} {code.title()} Customer" in cover, code
        assert (doc.pages[1].extract_text() or "").strip() == ""
        for code in order:
            first = doc.pages[expected_first[code] - 1].extract_text()
            assert w.inv[code][1] in first and f"{code.title()} Customer" in first, code
            if own_pages[code] % 2 and code != "dunmore":
                assert (doc.pages[expected_first[code] + own_pages[code] - 1].extract_text() or "").strip() == ""
    with open(out.with_suffix(".csv"), newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["customer"], r["country"], r["postcode"], r["first_page"]) for r in rows] == [
        ("fjord", "DE", "10115", "3"), ("elbe", "DE", "20457", "5"),
        ("aurora", "FR", "75001", str(expected_first["aurora"])),
        ("dunmore", "GB", "EH1 1YZ", str(expected_first["dunmore"]))]
    with unit_of_work(db) as s:
        printed = s.scalars(select(InvoiceDelivery).where(InvoiceDelivery.channel == "post")).all()
        assert sorted((d.invoice_id, d.status) for d in printed) == sorted((w.inv[c][0], "pending") for c in order)
        assert all(d.printed_at is None for d in printed)
    # Waiting for confirmation, they are in no other batch; the clerk confirms the print: posted that day.
    rc, text, _ = _cli(db, "post", "batch", "--out", str(tmp_path / "again.pdf"))
    assert rc == 0 and "nothing to print" in text
    rc, text, _ = _cli(db, "post", "confirm", report["batch"], "--date", "2026-03-02")
    assert rc == 0 and f"4 invoice(s) of batch {report['batch']} marked posted" in text
    with unit_of_work(db) as s:
        printed = s.scalars(select(InvoiceDelivery).where(InvoiceDelivery.channel == "post")).all()
        assert {(d.status, d.printed_at.date()) for d in printed} == {("printed", date(2026, 3, 2))}
    rc, _, err = _cli(db, "post", "confirm", report["batch"])  # twice: nothing waits any more
    assert rc == 2 and f"there is no print batch {report['batch']} waiting to be confirmed" in err
    # Printed once: the next batch has nothing; --reprint for one puts it in again.
    rc, text, _ = _cli(db, "post", "batch", "--out", str(tmp_path / "again.pdf"))
    assert rc == 0 and "nothing to print" in text and not (tmp_path / "again.pdf").exists()
    rc, text, _ = _cli(db, "post", "batch", "--out", str(tmp_path / "again.pdf"),
                       "--invoice", f"hoster:{w.inv['aurora'][1]}",
                       "--reprint", "--mark-now")
    assert rc == 0 and "1 invoice(s) on 3 page(s)" in text and "marked posted today" in text  # cover + 1
