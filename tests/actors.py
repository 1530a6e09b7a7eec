"""The actor Prorata records: the database login (PostgreSQL) or the operating-system user (SQLite), then the
display name PRORATA_ACTOR adds in brackets (app.services.audit.current_actor)."""
from __future__ import annotations

import getpass


def recorded(engine, name: str) -> str:
    """What is recorded for a person who set PRORATA_ACTOR=``name``, working on ``engine``'s database."""
    login = engine.url.username if engine.dialect.name == "postgresql" else getpass.getuser()
    return f"{login} ({name})"
