"""Each issuer's processor accounts: which processor plug-in it uses, with which settings and secrets.

An issuer ("hoster" or a reseller's code) has at most one account per processor. Its settings are checked
by the processor's own rules and stored in the database; they never hold a secret. Secrets (an API key) go
to the OS keyring only, under a name made of the database, the issuer, the processor and the secret's name,
so that two databases on one machine keep theirs apart. Every change is audited (the settings, never a
secret: only which secrets were set).
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import MESSAGES, ProrataError
from app.models.base import utcnow
from app.models.processors import ProcessorAccount
from app.payments.processors import processor_class
from app.payments.processors.base import Capability, Processor
from app.services import audit
from app.services.row_version import update_if_version

MESSAGES.setdefault("processor_secret_unknown", "{processor} has no secret {name!r} (its secrets: {known})")
MESSAGES.setdefault("no_keyring_for_secret", "there is no keyring on this machine to keep {processor}'s {name} "
                                             "in: Prorata never writes a secret to the database or a file")
MESSAGES.setdefault("processor_account_missing", "{issuer} has no {processor} account: configure one with "
                                                 "`prorata processors configure {issuer} {processor}`")


def _issuer(session: Session, issuer: str) -> tuple[str, int | None]:
    from app.payments.accounts import issuer_key_of, issuer_reseller_id

    key = issuer_key_of(session, issuer)
    return key, issuer_reseller_id(key)


def secret_name(session: Session, account: ProcessorAccount, name: str) -> str:
    """The keyring entry of one secret of ``account``."""
    url = session.get_bind().url.render_as_string(hide_password=True)
    return f"{url}|{account.issuer_key}|{account.processor}|{name}"


def configure(session: Session, issuer: str, processor: str, settings: dict | None = None, *,
              secrets: dict[str, str] | None = None, enabled: bool = True,
              expected_version: int | None = None) -> ProcessorAccount:
    """Create or change ``issuer``'s account with ``processor``. ``settings`` replace the stored ones
    (checked by the processor); ``secrets`` go to the keyring. An existing account changes only if it is
    still at ``expected_version`` when one is given."""
    from app.storage import credentials

    cls = processor_class(processor)
    key, rid = _issuer(session, issuer)
    clean = cls.check_settings(dict(settings or {}))
    for name in secrets or {}:
        if name not in cls.secret_fields:
            raise ProrataError.of("processor_secret_unknown", name, processor=processor, name=name,
                                  known=", ".join(cls.secret_fields) or "none")
    row = session.scalars(select(ProcessorAccount).where(ProcessorAccount.issuer_key == key,
                                                         ProcessorAccount.processor == processor)).first()
    before = None
    if row is None:
        row = ProcessorAccount(reseller_id=rid, issuer_key=key, processor=processor, settings=clean or None,
                               enabled=enabled, created_at=utcnow(), version=1)
        session.add(row)
        session.flush()
    else:
        before = {"settings": row.settings or {}, "enabled": row.enabled}
        update_if_version(session, ProcessorAccount, row.id,
                          row.version if expected_version is None else expected_version,
                          {"settings": clean or None, "enabled": enabled}, entity="processor_account",
                          kind="processor account", code=f"{issuer}:{processor}")
        session.refresh(row)
    for name, value in (secrets or {}).items():
        if not credentials.store_processor_secret(secret_name(session, row, name), value):
            raise ProrataError.of("no_keyring_for_secret", name, processor=processor, name=name)
    audit.record(session, "configure" if before else "create", "processor_account", row.id, before=before,
                 after={"issuer": issuer, "processor": processor, "settings": clean, "enabled": enabled,
                        "secrets_set": sorted(secrets or {})}, reseller_id=rid)
    return row


def instance(session: Session, account: ProcessorAccount) -> Processor:
    """The processor of ``account``, with its settings and its secrets from the keyring."""
    from app.storage import credentials

    cls = processor_class(account.processor)
    secrets = {}
    for name in cls.secret_fields:
        value = credentials.processor_secret(secret_name(session, account, name))
        if value is not None:
            secrets[name] = value
    return cls(account.settings or {}, secrets)


def find(session: Session, issuer_key: str, processor: str | None = None,
         capability: Capability | None = None) -> ProcessorAccount | None:
    """The issuer's enabled account with ``processor`` (or the first, by id, whose processor has
    ``capability``)."""
    q = select(ProcessorAccount).where(ProcessorAccount.issuer_key == issuer_key,
                                       ProcessorAccount.enabled.is_(True)).order_by(ProcessorAccount.id)
    if processor is not None:
        q = q.where(ProcessorAccount.processor == processor)
    for row in session.scalars(q):
        if capability is None or capability in processor_class(row.processor).capabilities:
            return row
    return None


def list_json(session: Session) -> list[dict]:
    from app.payments.accounts import issuer_names

    names = issuer_names(session)
    out = []
    for row in session.scalars(select(ProcessorAccount).order_by(ProcessorAccount.issuer_key,
                                                                 ProcessorAccount.processor)):
        cls = processor_class(row.processor)
        out.append({"id": row.id, "issuer": names(row.issuer_key), "processor": row.processor,
                    "enabled": row.enabled, "settings": row.settings or {},
                    "capabilities": sorted(c.value for c in cls.capabilities), "version": row.version})
    return out
