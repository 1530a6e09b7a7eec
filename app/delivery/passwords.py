"""SMTP passwords: in the OS keyring, never in the database, a file or a log.

One entry per issuer's mail login (service ``prorata-smtp``, account ``<issuer>:<user>@<host>:<port>``), so
that changing the server or the user never sends an old password to a new place. For a cron job on a
headless server without a keyring, ``PRORATA_SMTP_PASSWORD_<ISSUER>`` (the issuer's code in capitals, other
characters as ``_``: ``PRORATA_SMTP_PASSWORD_HOSTER``) is read first, as app/storage/credentials.py does for
the database.
"""
from __future__ import annotations

import os
import re

import keyring
from keyring.errors import KeyringError

from app.errors import MESSAGES, ProrataError
from app.storage.credentials import keyring_available

SERVICE = "prorata-smtp"

MESSAGES.setdefault("no_keyring_for_smtp", "this machine has no keyring to keep the mail password of {issuer} in: "
                                           "set {env} in the environment of the jobs that send instead")


def env_name(issuer: str) -> str:
    """The environment variable that may carry ``issuer``'s password."""
    return "PRORATA_SMTP_PASSWORD_" + re.sub(r"[^A-Za-z0-9]", "_", issuer).upper()


def account(issuer: str, user: str, host: str, port: int) -> str:
    return f"{issuer}:{user}@{host}:{port}"


def password(issuer: str, user: str, host: str, port: int) -> str | None:
    """The password of ``issuer``'s login ``user`` at ``host``:``port``; None when none is kept."""
    env = os.environ.get(env_name(issuer))
    if env:
        return env
    return kept(issuer, user, host, port)


def kept(issuer: str, user: str, host: str, port: int) -> str | None:
    """The password the keyring keeps for that login (the environment aside)."""
    if not keyring_available():
        return None
    try:
        return keyring.get_password(SERVICE, account(issuer, user, host, port))
    except KeyringError:
        return None


def store(issuer: str, user: str, host: str, port: int, secret: str) -> None:
    """Keep the password in the keyring; refused in words when the machine has none."""
    if not keyring_available():
        raise ProrataError.of("no_keyring_for_smtp", "--password-stdin", issuer=issuer, env=env_name(issuer))
    try:
        keyring.set_password(SERVICE, account(issuer, user, host, port), secret)
    except KeyringError as exc:
        raise ProrataError.of("no_keyring_for_smtp", "--password-stdin", issuer=issuer,
                              env=env_name(issuer)) from exc


def forget(issuer: str, user: str, host: str, port: int) -> None:
    if keyring_available():
        try:
            keyring.delete_password(SERVICE, account(issuer, user, host, port))
        except KeyringError:
            pass


def has_password(issuer: str, user: str, host: str, port: int) -> bool:
    return password(issuer, user, host, port) is not None
