"""Each issuer's mail server and sender identity, read and changed one issuer at a time.

An issuer is ``hoster`` or a reseller's code (a reseller that sends in its own name, so that its customers
get mail from it). Settings: host, port, TLS mode (none, starttls, ssl), login user, sender name and
address, reply-to, an archive address that gets a blind copy of every message, and the subject and body
templates per kind of document (invoice, credit note) and language (app/delivery/texts.py). The password
goes to the OS keyring (app/delivery/passwords.py), never to the database; it follows the login when the
host, port or user change. Every change is audited with before and after (the password never appears, only
whether one is kept).

Each function works inside the caller's unit of work.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.bundle import fields as f
from app.bundle.fields import BAD, Problems
from app.delivery import passwords
from app.delivery.texts import INVOICE, TEMPLATE_KINDS, by_kind, check_template
from app.errors import MESSAGES, ProrataError
from app.models import Reseller, SmtpSettings, TlsMode
from app.models.base import utcnow
from app.services import audit
from app.services.row_version import update_if_version

DEFAULT_PORTS = {TlsMode.NONE.value: 25, TlsMode.STARTTLS.value: 587, TlsMode.SSL.value: 465}
SETTABLE = ("host", "port", "tls", "username", "sender_name", "sender_address", "reply_to", "bcc")

MESSAGES.setdefault("smtp_setting_needed", "{issuer} has no mail server yet: give at least --host and --from "
                                           "(the sender's address)")
MESSAGES.setdefault("bad_port", "{value!r} is not a port: give a number from 1 to 65535")
MESSAGES.setdefault("bad_host", "{value!r} is not a host name or address")
MESSAGES.setdefault("password_needs_user", "a password needs a login user: give --user too")


@dataclass(frozen=True)
class SmtpConfig:
    """One issuer's settings as the sender uses them (no password: ``has_password`` says if one is kept)."""

    issuer: str  # "hoster" or the reseller's code
    issuer_key: str
    reseller_id: int | None
    host: str
    port: int
    tls: str
    username: str | None
    sender_name: str | None
    sender_address: str
    reply_to: str | None
    bcc: str | None
    templates: dict  # {kind: {language: {"subject": ..., "body": ...}}} (app/delivery/texts.py ``by_kind``)
    version: int

    def password(self) -> str | None:
        if not self.username:
            return None
        return passwords.password(self.issuer, self.username, self.host, self.port)

    @property
    def has_password(self) -> bool:
        return self.password() is not None

    def as_json(self) -> dict:
        return {"issuer": self.issuer, "host": self.host, "port": self.port, "tls": self.tls,
                "user": self.username, "password_kept": self.has_password if self.username else None,
                "sender_name": self.sender_name, "sender_address": self.sender_address,
                "reply_to": self.reply_to, "bcc": self.bcc, "templates": self.templates, "version": self.version}


def _issuer(session: Session, issuer: str) -> tuple[str, int | None]:
    from app.services.documents import issuer_of

    return issuer_of(session, issuer)


def _config(session: Session, row: SmtpSettings) -> SmtpConfig:
    code = "hoster" if row.reseller_id is None else session.get(Reseller, row.reseller_id).code
    return SmtpConfig(code, row.issuer_key, row.reseller_id, row.host, row.port, row.tls, row.username,
                      row.sender_name, row.sender_address, row.reply_to, row.bcc, by_kind(row.templates),
                      row.version)


def get(session: Session, issuer: str) -> SmtpConfig | None:
    """``issuer``'s settings, or None when it has none."""
    key, _ = _issuer(session, issuer)
    return by_key(session, key)


def by_key(session: Session, issuer_key: str) -> SmtpConfig | None:
    row = session.scalars(select(SmtpSettings).where(SmtpSettings.issuer_key == issuer_key)).first()
    return None if row is None else _config(session, row)


def list_all(session: Session) -> list[SmtpConfig]:
    """Every issuer's settings: the hoster's first, then the resellers' by code."""
    found = [_config(session, row) for row in session.scalars(select(SmtpSettings))]
    return sorted(found, key=lambda c: (c.issuer != "hoster", c.issuer))


def _checked(changes: Mapping[str, Any], issuer: str) -> dict[str, Any]:
    """The changed values, checked by the shared rules; every problem at once."""
    probs = Problems()
    out: dict[str, Any] = {}
    for name, value in changes.items():
        where = f"{issuer}.smtp.{name}"
        if name == "host":
            text = f.text(value, where, probs, field="host", max_len=255, required=True)
            if text is not BAD and (any(c.isspace() for c in text) or text.startswith("-")):
                text = probs.add("bad_host", where, value=value)
            out[name] = text
        elif name == "port":
            text = str(value).strip()
            if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= 65535:
                out[name] = probs.add("bad_port", where, value=value)
            else:
                out[name] = int(text)
        elif name == "tls":
            out[name] = f.choice(value, where, probs, TlsMode)
        elif name in ("username", "sender_name"):
            out[name] = f.text(value or None, where, probs, field=name, max_len=320 if name == "username" else 200)
        elif name in ("sender_address", "reply_to", "bcc"):
            out[name] = f.email(value or None, where, probs, required=name == "sender_address")
        else:
            raise ProrataError.of("bad_value", where, value=name, allowed=list(SETTABLE))
    probs.raise_if_any()
    return out


def _shown(row: SmtpSettings | None, has_password: bool) -> dict | None:
    if row is None:
        return None
    return {"host": row.host, "port": row.port, "tls": row.tls, "user": row.username,
            "sender_name": row.sender_name, "sender_address": row.sender_address, "reply_to": row.reply_to,
            "bcc": row.bcc, "templates": by_kind(row.templates), "password_kept": has_password}


def set_settings(session: Session, issuer: str, changes: Mapping[str, Any], *, password: str | None = None,
                 templates: Mapping[str, Mapping[str, str | None]] | None = None, template_kind: str = INVOICE,
                 expected_version: int | None = None) -> SmtpConfig:
    """Change ``issuer``'s settings: ``changes`` maps names of ``SETTABLE`` to new values (None or "" clears
    an optional one); ``templates`` maps a language to its ``subject`` and ``body`` for documents of
    ``template_kind`` (``invoice`` or ``credit_note``; None removes one; both None remove the language);
    ``password`` is kept in the keyring for the resulting login.

    The first settings of an issuer need a host and a sender address; the port defaults to the TLS mode's
    (25, 587, 465). With ``expected_version`` the change is written only if nobody changed the settings
    since that version. Audited.
    """
    key, rid = _issuer(session, issuer)
    values = _checked(changes, issuer)
    row = session.scalars(select(SmtpSettings).where(SmtpSettings.issuer_key == key)).first()
    old_login = (row.username, row.host, row.port) if row is not None else None
    old_password = passwords.kept(issuer, *old_login) if old_login and old_login[0] else None
    before = _shown(row, passwords.password(issuer, *old_login) is not None if old_login and old_login[0]
                    else False)
    merged_templates = by_kind(row.templates) if row is not None else {}
    if templates and template_kind not in TEMPLATE_KINDS:
        raise ProrataError.of("bad_value", f"{issuer}.smtp.templates", value=template_kind,
                              allowed=list(TEMPLATE_KINDS))
    kind_templates = merged_templates.setdefault(template_kind, {})
    for language, parts in (templates or {}).items():
        where = f"{issuer}.smtp.templates.{template_kind}.{language}"
        probs = Problems()
        lang = f.language(language, where, probs)
        probs.raise_if_any()
        current = dict(kind_templates.get(lang, {}))
        for part in ("subject", "body"):
            if part in parts:
                if parts[part] is None:
                    current.pop(part, None)
                else:
                    current[part] = check_template(parts[part], f"{where}.{part}", subject=part == "subject",
                                                   kind=template_kind)
        if current:
            kind_templates[lang] = current
        else:
            kind_templates.pop(lang, None)
    merged_templates = {k: v for k, v in merged_templates.items() if v}
    if row is None:
        if not values.get("host") or not values.get("sender_address"):
            raise ProrataError.of("smtp_setting_needed", issuer=issuer)
        tls = values.get("tls") or TlsMode.STARTTLS.value
        row = SmtpSettings(issuer_key=key, reseller_id=rid, host=values["host"],
                           port=values.get("port") or DEFAULT_PORTS[tls], tls=tls,
                           username=values.get("username"), sender_name=values.get("sender_name"),
                           sender_address=values["sender_address"], reply_to=values.get("reply_to"),
                           bcc=values.get("bcc"), templates=merged_templates or None)
        session.add(row)
        session.flush()
    else:
        if "tls" in values and "port" not in values and row.port == DEFAULT_PORTS.get(row.tls):
            values["port"] = DEFAULT_PORTS[values["tls"]]  # a default port follows the mode it was the default of
        values["templates"] = merged_templates or None
        if expected_version is None:
            expected_version = row.version
        update_if_version(session, SmtpSettings, row.id, expected_version, {**values, "updated_at": utcnow()},
                          entity="smtp_settings", kind="mail settings", code=issuer)
        session.refresh(row)
    new_login = (row.username, row.host, row.port)
    if password is not None:
        if not row.username:
            raise ProrataError.of("password_needs_user", "--password-stdin")
        passwords.store(issuer, *new_login, password)
    elif old_password is not None and new_login != old_login and row.username:
        passwords.store(issuer, *new_login, old_password)  # the password follows the login
    if old_password is not None and new_login != old_login:
        passwords.forget(issuer, *old_login)  # no password is left behind for a login no longer used
    has_password = passwords.password(issuer, *new_login) is not None if row.username else False
    after = _shown(row, has_password)
    if before != after:
        audit.record(session, "set" if before else "create", "smtp_settings", issuer, before=before, after=after,
                     reseller_id=rid)
    return _config(session, row)
