"""Database faults in words: what went wrong with the database, and what the user can do about it.

A malformed or unsupported URL, a server that does not answer, a database that does not exist, a refused
login, an SQLite file that cannot be opened or written, a connection lost in the middle of work: each
becomes a ``ProrataError`` whose sentence says what to do, so that the command line exits 2 and the window
shows a dialog instead of a traceback. Work in progress is never half-written: every unit of work is one
transaction, which the database rolls back when the connection goes.

``described(exc, url)`` is the one mapping; the CLI (app/cli/main.py), the CLI's context, the window's
launcher and its worker all use it.
"""
from __future__ import annotations

import re

from app.errors import MESSAGES, ProrataError

MESSAGES.setdefault("bad_database_url", "{url!r} is not a database address: use sqlite:///PATH/TO/FILE.db or "
                                        "postgresql://USER@HOST:PORT/DATABASE")
MESSAGES.setdefault("unsupported_database", "Prorata works with SQLite and PostgreSQL databases, and {url} is "
                                            "neither: use sqlite:///PATH or postgresql://USER@HOST/DATABASE")
MESSAGES.setdefault("database_unreachable", "no PostgreSQL server answers at {host}:{port} ({reason}): check that "
                                            "it is running and that the address is right")
MESSAGES.setdefault("database_missing", "the PostgreSQL server at {host}:{port} has no database {name!r}: create "
                                        "it (createdb {name}) or correct the address")
MESSAGES.setdefault("database_login_refused", "the PostgreSQL server at {host}:{port} refused the login of "
                                              "{user!r} ({reason}): check the user name and password")
MESSAGES.setdefault("sqlite_folder_missing", "the folder {folder} does not exist: create it first, or choose a "
                                             "database file in a folder that exists")
MESSAGES.setdefault("sqlite_cannot_open", "cannot open the database file {path} ({reason}): check that the path "
                                          "names a file you may read and write")
MESSAGES.setdefault("sqlite_not_a_database", "{path} is not a Prorata database (not an SQLite file)")
MESSAGES.setdefault("database_read_only", "the database {db} is read-only for you: nothing was changed; ask for "
                                          "write access, or work on a copy")
MESSAGES.setdefault("database_connection_lost", "the connection to the database was lost ({reason}): nothing of "
                                                "this change was saved; try again once the database is back")
MESSAGES.setdefault("database_busy", "the database {db} is busy with another long change: try again in a "
                                     "moment")

_LOST = ("server closed the connection", "terminating connection", "connection already closed",
         "consuming input failed", "the connection is closed", "connection is lost", "ssl syscall error",
         "could not receive data", "server conn crashed")


def redacted(url: str) -> str:
    """The URL without its password, for messages."""
    head, sep, tail = str(url).partition("://")
    if sep and "@" in tail:
        cred, _, host = tail.rpartition("@")
        user = cred.split(":", 1)[0]
        return f"{head}://{user}:***@{host}" if ":" in cred else str(url)
    return str(url)


def _first_line(exc: BaseException) -> str:
    """The driver's own words, without the connection preamble psycopg puts before the server's."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    line = text.splitlines()[0] if text else exc.__class__.__name__
    return line.split("FATAL:", 1)[1].strip() if "FATAL:" in line else line


def _server(url: str) -> dict:
    try:
        from sqlalchemy.engine import make_url

        u = make_url(url)
        return {"host": u.host or "localhost", "port": u.port or 5432, "name": u.database or "",
                "user": u.username or ""}
    except Exception:
        return {"host": "?", "port": "?", "name": "?", "user": "?"}


def _sqlite_path(url: str) -> str:
    return str(url).split(":///", 1)[1] if ":///" in str(url) else str(url)


def described(exc: BaseException, url: str) -> ProrataError | None:
    """The ``ProrataError`` that says in words what ``exc`` (raised by the database layer) means, or None when
    it is not a database fault (a bug: let it be reported as one)."""
    if isinstance(exc, ProrataError):
        return exc
    name = type(exc).__name__
    module = type(exc).__module__ or ""
    text = _first_line(exc)
    low = text.lower()
    where = redacted(url)
    if name == "ArgumentError" and "url" in low:
        return ProrataError.of("bad_database_url", url=where)
    if name in ("NoSuchModuleError", "ModuleNotFoundError") or (name == "ArgumentError" and "dialect" in low):
        return ProrataError.of("unsupported_database", url=where)
    if not (module.startswith("sqlalchemy") or module.startswith("psycopg") or module.startswith("sqlite3")):
        return None
    if "readonly database" in low or "read-only" in low or "read only" in low:
        return ProrataError.of("database_read_only", db=where)
    if "database is locked" in low:
        return ProrataError.of("database_busy", db=where)
    if "unable to open database file" in low:
        return ProrataError.of("sqlite_cannot_open", path=_sqlite_path(url), reason=text)
    if "file is not a database" in low:
        return ProrataError.of("sqlite_not_a_database", path=_sqlite_path(url))
    server = _server(url)
    if re.search(r'database "[^"]*" does not exist', low):
        return ProrataError.of("database_missing", **{k: server[k] for k in ("host", "port", "name")})
    if "password authentication failed" in low or "no password supplied" in low or \
            re.search(r'role "[^"]*" does not exist', low) or "permission denied for database" in low:
        return ProrataError.of("database_login_refused", host=server["host"], port=server["port"],
                               user=server["user"], reason=text)
    if "connection refused" in low or "could not translate host name" in low or "timeout expired" in low \
            or "no route to host" in low or "name or service not known" in low or "is the server running" in low:
        reason = "connection refused" if "connection refused" in low else text
        return ProrataError.of("database_unreachable", host=server["host"], port=server["port"], reason=reason)
    if any(mark in low for mark in _LOST) or getattr(exc, "connection_invalidated", False):
        return ProrataError.of("database_connection_lost", reason=text)
    return None
