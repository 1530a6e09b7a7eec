"""Database passwords: kept in the OS keyring, never in a file or a log.

Order of lookup: a password already in the URL (the user typed it), then
PRORATA_DB_PASSWORD, then the keyring, then ``ask`` (a prompt in the CLI, a
dialog in the GUI), whose answer is saved to the keyring when one exists.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Callable

from sqlalchemy.engine import make_url

from app.errors import ProrataError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

# keyring is imported when a password is looked up or kept, not by every command that opens a database
# (with what it imports, about a tenth of a command's start-up).


def _keyring():
    import keyring

    return keyring


def _errors():
    from keyring.errors import KeyringError

    return KeyringError


SERVICE = "prorata-database"


def keyring_available() -> bool:
    """False on a headless server with no keyring backend."""
    try:
        from keyring.backends import fail

        return not isinstance(_keyring().get_keyring(), fail.Keyring)
    except Exception:
        return False


def _account(url: URL) -> str:
    return f"{url.username}@{url.host or 'localhost'}:{url.port or ''}/{url.database or ''}"


def stored_password(url: URL) -> str | None:
    if not keyring_available():
        return None
    try:
        return _keyring().get_password(SERVICE, _account(url))
    except _errors():
        return None


def store_password(url: URL, password: str) -> bool:
    """Save to the keyring; False when there is none (the caller says so)."""
    if not keyring_available():
        return False
    try:
        _keyring().set_password(SERVICE, _account(url), password)
        return True
    except _errors():
        return False


def forget_password(url: URL) -> None:
    if keyring_available():
        try:
            _keyring().delete_password(SERVICE, _account(url))
        except _errors():
            pass


def with_password(url_text: str, ask: Callable[[str], str | None] | None = None,
                  needs_password: bool = False) -> URL:
    """The URL with its password filled in, for backends that need one.

    SQLite and password-less (trust) servers pass through untouched; when
    ``needs_password`` is set (the server refused us), the password is looked up
    as described in the module docstring.
    """
    url = make_url(url_text)
    if url.get_backend_name() == "sqlite" or url.password is not None or not url.username:
        return url
    env = os.environ.get("PRORATA_DB_PASSWORD")
    if env:
        return url.set(password=env)
    if not needs_password:
        return url
    saved = stored_password(url)
    if saved:
        return url.set(password=saved)
    if ask is None:
        raise ProrataError.of("no_database_password", url=url.render_as_string(hide_password=True))
    answer = ask(url.render_as_string(hide_password=True))
    if not answer:
        raise ProrataError.of("no_database_password", url=url.render_as_string(hide_password=True))
    store_password(url, answer)
    return url.set(password=answer)


# ---------------------------------------------------------------- processor secrets

PROCESSOR_SERVICE = "prorata-processor"


def processor_secret(account: str) -> str | None:
    """A payment processor's secret (an API key) for ``account`` (app/payments/processors/accounts.py names
    it: the database, the issuer, the processor and the secret's name); None when there is none or no
    keyring."""
    if not keyring_available():
        return None
    try:
        return _keyring().get_password(PROCESSOR_SERVICE, account)
    except _errors():
        return None


def store_processor_secret(account: str, secret: str) -> bool:
    """Save a processor's secret to the keyring; False when there is none (the caller says so)."""
    if not keyring_available():
        return False
    try:
        _keyring().set_password(PROCESSOR_SERVICE, account, secret)
        return True
    except _errors():
        return False
