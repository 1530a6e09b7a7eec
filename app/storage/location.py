"""Where the database is: the embedded default, or a URL the user chose."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Prorata"


def default_sqlite_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "prorata.db"


def database_url(explicit: str | None = None) -> str:
    """``--db`` first, then PRORATA_DB_URL, then the brand's database (app/branding.py), then SQLite in the
    user's data directory."""
    if explicit:
        return explicit
    env = os.environ.get("PRORATA_DB_URL")
    if env:
        return env
    from app.branding import current

    branded = current().database_url
    if branded:
        return branded
    return f"sqlite:///{default_sqlite_path()}"
