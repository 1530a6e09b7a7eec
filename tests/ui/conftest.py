"""UI fixtures: the hand-made tenant world on SQLite, a worker on it, a fixed English locale.

The offscreen platform is set by tests/conftest.py before Qt is imported;
pytest-qt's ``qapp`` is the one QApplication for the session.
"""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from tests.tenant_world import build_world
from ui.worker import Worker

TODAY = date(2026, 6, 1)


@pytest.fixture(autouse=True)
def english_locale(qapp):
    """Dates and numbers as en_GB writes them, whatever the machine's locale."""
    old = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(old)


@pytest.fixture(autouse=True)
def typed_work_let_go(monkeypatch):
    """A dialog closed with typed work (by a test, or by pytest-qt closing it at teardown) lets it go, instead of
    waiting for an answer to a modal question no one gives; tests/ui/test_typed_work_kept.py asks it for real."""
    from ui.dialogs import unsaved

    monkeypatch.setattr(unsaved, "let_typed_work_go", lambda parent: True)


@pytest.fixture
def world(sqlite_db):
    return build_world(sqlite_db)


@pytest.fixture
def worker(qapp, sqlite_db):
    w = Worker(sqlite_db)
    yield w
    w.close()
