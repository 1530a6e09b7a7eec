"""Database passwords: kept in the OS keyring, never in a file or a log.

Order of lookup: a password already in the URL (the user typed it), then
PRORATA_DB_PASSWORD, then the keyring, then ``ask`` (a prompt in the CLI, a
dialog in the GUI), whose answer is saved to the keyring when one exists.
"""
from __future__ import annotations

import os
from typing import Callable

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError
from sqlalchemy.engine import URL, make_url

from app.errors import ProrataError

SERVICE = "prorata-database"


def keyring_available() -> bool:
    """False on a headless server with no keyring backend."""
    try:
        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:
        return False


def _account(url: URL) -> str:
    return f"{url.username}@{url.host or 'localhost'}:{url.port or ''}/{url.database or ''}"


def stored_password(url: URL) -> str | None:
    if not keyring_available():
        return None
    try:
        return keyring.get_password(SERVICE, _account(url))
    except KeyringError:
        return None


def store_password(url: URL, password: str) -> bool:
    """Save to the keyring; False when there is none (the caller says so)."""
    if not keyring_available():
        return False
    try:
        keyring.set_password(SERVICE, _account(url), password)
        return True
    except KeyringError:
        return False


def forget_password(url: URL) -> None:
    if keyring_available():
        try:
            keyring.delete_password(SERVICE, _account(url))
        except KeyringError:
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
