"""A real keyring backend that keeps its secrets in a JSON file named by PRORATA_TEST_KEYRING, so that the
processes a test starts (``PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring``) share them. Tests only."""
from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        """Only where a test named its file: keyring skips a backend whose priority raises, so that this one,
        once imported, never joins the keyring another test (or the user's session) sets up."""
        if "PRORATA_TEST_KEYRING" not in os.environ:
            raise RuntimeError("PRORATA_TEST_KEYRING is not set")
        return 1

    def _path(self) -> Path | None:
        named = os.environ.get("PRORATA_TEST_KEYRING")
        return Path(named) if named else None

    def _load(self) -> dict:
        # A keyring chain set up while a test named the file keeps this backend after that test: then empty.
        path = self._path()
        return json.loads(path.read_text()) if path is not None and path.is_file() else {}

    def _save(self, data: dict) -> None:
        path = self._path()
        if path is None:  # keyring's chain then asks the next backend
            raise NotImplementedError("PRORATA_TEST_KEYRING is not set")
        path.write_text(json.dumps(data))

    def get_password(self, service, username):
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._save(data)

    def delete_password(self, service, username):
        data = self._load()
        data.pop(f"{service}\n{username}", None)
        self._save(data)
