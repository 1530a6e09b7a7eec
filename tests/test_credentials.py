"""Database passwords come from the keyring or the environment, never a file."""
from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.errors import ProrataError
from app.storage import credentials


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in this process only."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


URL = "postgresql+psycopg://billing@db.example:5432/prorata"


def test_sqlite_needs_no_password():
    assert credentials.with_password("sqlite:///x.db", needs_password=True).password is None


def test_environment_password_is_used(monkeypatch):
    monkeypatch.setenv("PRORATA_DB_PASSWORD", "s3cret")
    assert credentials.with_password(URL).password == "s3cret"


def test_asked_once_then_kept_in_the_keyring(monkeypatch, memory_keyring):
    monkeypatch.delenv("PRORATA_DB_PASSWORD", raising=False)
    asked = []

    def ask(url):
        asked.append(url)
        return "hunter2"

    first = credentials.with_password(URL, ask=ask, needs_password=True)
    second = credentials.with_password(URL, ask=ask, needs_password=True)
    assert first.password == second.password == "hunter2"
    assert len(asked) == 1
    assert "hunter2" not in asked[0]  # the prompt shows the URL without a password
    assert list(memory_keyring.store.values()) == ["hunter2"]


def test_no_keyring_and_no_prompt_says_what_to_do(monkeypatch):
    monkeypatch.delenv("PRORATA_DB_PASSWORD", raising=False)
    previous = keyring.get_keyring()
    from keyring.backends import fail
    keyring.set_keyring(fail.Keyring())
    try:
        assert credentials.keyring_available() is False
        with pytest.raises(ProrataError) as exc:
            credentials.with_password(URL, ask=None, needs_password=True)
        assert "PRORATA_DB_PASSWORD" in exc.value.messages()[0]
    finally:
        keyring.set_keyring(previous)
