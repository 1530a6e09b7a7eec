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
from app.errors import MESSAGES, ProrataError

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


MAX_DEPTH = 32  # levels of nesting: a bundle needs six
MESSAGES.setdefault("json_duplicate_key", "not valid JSON: the key {key!r} appears twice in one object")
MESSAGES.setdefault("json_too_deep", "not valid JSON: nested more than {limit} levels deep")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ProrataError.of("json_duplicate_key", key=key)
            seen.add(key)
    return found


def _depth_within(doc: Any, limit: int) -> bool:
    level = [doc] if isinstance(doc, (dict, list)) else []
    for _ in range(limit):
        level = [v for item in level for v in (item.values() if isinstance(item, dict) else item)
                 if isinstance(v, (dict, list))]
        if not level:
            return True
    return False


def parse_json(text: str) -> Any:
    """The JSON document in ``text``; a syntax error says where it is.

    A key given twice in one object is refused (JSON would keep the last silently), and so is nesting
    deeper than ``MAX_DEPTH``: no Prorata document needs it, and Python's parser would end in a traceback.
    """
    try:
        doc = json.loads(text, parse_float=Decimal, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise ProrataError.of("bad_json", reason=f"{exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise ProrataError.of("json_too_deep", limit=MAX_DEPTH) from None
    if not _depth_within(doc, MAX_DEPTH):
        raise ProrataError.of("json_too_deep", limit=MAX_DEPTH)
    return doc


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
