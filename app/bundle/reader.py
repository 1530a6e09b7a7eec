"""Reading and writing bundle files: JSON text in UTF-8, ``-`` for stdin/stdout.

Numbers with a fraction are read as Decimal, never float, so that an amount
mistakenly written as a number is reported as the file wrote it.
"""
from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Iterator

import app.bundle.messages  # noqa: F401  (registers the message ids used here)
from app.errors import ProrataError

STDIO = "-"


def read_text(path: str) -> str:
    """The file's text (``-``: stdin), UTF-8 with or without a byte-order mark."""
    try:
        if path == STDIO:
            data = sys.stdin.buffer.read()
        else:
            data = Path(path).read_bytes()
    except OSError as exc:
        raise ProrataError.of("cannot_read", path=path, reason=exc.strerror or str(exc)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProrataError.of("cannot_read", path=path,
                              reason=f"not UTF-8 text (byte {exc.start + 1})") from None


def parse_json(text: str) -> Any:
    """The JSON document in ``text``; a syntax error says where it is."""
    try:
        return json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise ProrataError.of("bad_json", reason=f"{exc.msg} at line {exc.lineno}, column {exc.colno}") from None


def read_bundle(path: str) -> Any:
    """The JSON document in the file at ``path`` (``-``: stdin); not checked yet."""
    if path != STDIO and path.lower().endswith(".csv"):
        raise ProrataError.of("csv_not_json", path=path)
    return parse_json(read_text(path))


def dumps(doc: Any) -> str:
    """Canonical text: indented, keys in the order given, non-ASCII kept, final newline."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


@contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a file replaced whole when everything was written (else left as it was)."""
    if path is None or path == STDIO:
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        try:
            with open(tmp, "w", encoding="utf-8", newline="") as out:
                yield out
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ProrataError.of("cannot_write", path=path, reason=exc.strerror or str(exc)) from None


def write_json(doc: Any, path: str) -> None:
    """Write ``doc`` to ``path`` (``-``: stdout); a file is replaced whole or not at all."""
    with open_output(path) as out:
        out.write(dumps(doc))
