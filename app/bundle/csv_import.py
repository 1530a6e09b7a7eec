"""Importing companies or users from a spreadsheet's CSV file.

Each row becomes an item of the bundle's ``companies`` or ``users`` section
and goes through the very checks and writer of a bundle import; problems
found there are moved from their JSON path to the row's line and the column
the value came from (``line 4, column currency``).

The first line names the columns, in any order and any letter case. Cells
are separated by commas, semicolons or tabs (whichever the header line uses),
text is UTF-8 (a spreadsheet's byte-order mark is fine), empty cells mean
"not given", and ``address_lines`` separates the lines of an address with ``|``.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

import app.bundle.messages  # noqa: F401  (registers the message ids used here)
from app.bundle import FORMAT
from app.bundle.importer import Cancelled, ImportResult, Progress, import_bundle
from app.bundle.reader import read_text
from app.errors import Problem, ProrataError
from app.models import Hoster
from app.values.numbers import ascii_whole

KINDS = ("companies", "users")
COLUMNS = {
    "companies": ("code", "name", "reseller", "currency", "language", "billing_day", "signup", "delivery",
                  "email", "address_lines", "city", "postcode", "country", "tax_id", "tax_treatment", "tax_rate"),
    "users": ("company", "email", "name"),
}
REQUIRED = {
    "companies": ("code", "name", "currency", "signup"),
    "users": ("company", "email", "name"),
}
ADDRESS_COLUMNS = {"lines": "address_lines", "city": "city", "postcode": "postcode", "country": "country"}
LINE_SEPARATOR = "|"


@dataclass
class CsvBundle:
    """A CSV file as a bundle document, with the file line of each item."""

    kind: str
    doc: dict
    lines: list[int]

    def locate(self, problem: Problem) -> Problem:
        """The problem with its JSON path of this bundle replaced by ``line N, column X``."""
        return Problem(problem.id, problem.params, csv_location(problem.where, self.kind, self.lines))


_PATH = re.compile(r"^\$\.(\w+)\[(\d+)\](?:\.(\w+))?(?:\.(\w+))?")


def csv_location(where: str, kind: str, lines: list[int]) -> str:
    """``$.companies[2].address.city`` -> ``line 4, column city`` (other paths unchanged)."""
    m = _PATH.match(where)
    if not m or m.group(1) != kind or int(m.group(2)) >= len(lines):
        return where
    line = lines[int(m.group(2))]
    column = m.group(3)
    if column == "address":
        column = ADDRESS_COLUMNS.get(m.group(4) or "lines", "address_lines")
    return f"line {line}, column {column}" if column else f"line {line}"


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def parse_csv(kind: str, text: str) -> CsvBundle:
    """The rows of a CSV text as a bundle of ``kind`` (companies or users).

    Raises one ProrataError with every problem of the header and of the rows'
    shape; the values themselves are checked later, with the bundle's rules.
    """
    if kind not in KINDS:
        raise ProrataError.of("bad_value", value=kind, allowed=", ".join(KINDS))
    first = text.split("\n", 1)[0]
    if not text.strip():
        raise ProrataError.of("bad_csv", "line 1", reason="the file is empty (the first line must name the columns)")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    problems: list[Problem] = []
    try:
        header = [h.strip().lower() for h in next(reader)]
        columns = COLUMNS[kind]
        for name in header:
            if name and name not in columns:
                problems.append(Problem("unknown_column", {"column": name, "allowed": ", ".join(columns)}, "line 1"))
        for name in sorted({h for h in header if h and header.count(h) > 1}):
            problems.append(Problem("duplicate_column", {"column": name}, "line 1"))
        for name in REQUIRED[kind]:
            if name not in header:
                problems.append(Problem("missing_column", {"column": name, "required": ", ".join(REQUIRED[kind])},
                                        "line 1"))
        items: list[dict] = []
        lines: list[int] = []
        end = reader.line_num
        for cells in reader:
            start, end = end + 1, reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header):
                problems.append(Problem("too_many_cells", {"got": len(cells), "expected": len(header)},
                                        f"line {start}"))
                continue
            row = {name: cell.strip() for name, cell in zip(header, cells) if name in columns and cell.strip()}
            items.append(_company(row) if kind == "companies" else row)
            lines.append(start)
    except csv.Error as exc:
        raise ProrataError.of("bad_csv", f"line {reader.line_num}", reason=str(exc)) from None
    if problems:
        raise ProrataError(problems)
    return CsvBundle(kind, {"format": FORMAT, kind: items}, lines)


def _company(row: dict) -> dict:
    """A companies row in the bundle's shape: billing day as a number, the address as an object."""
    item = {k: v for k, v in row.items() if k not in ADDRESS_COLUMNS.values()}
    if (day := ascii_whole(item.get("billing_day", ""))) is not None:
        item["billing_day"] = day
    address: dict = {}
    if "address_lines" in row:
        address["lines"] = [line.strip() for line in row["address_lines"].split(LINE_SEPARATOR)]
    for key in ("city", "postcode", "country"):
        if key in row:
            address[key] = row[key] if key != "country" else row[key].upper()
    if address:
        item["address"] = address
    return item


def import_csv(session: Session, kind: str, path: str, *, dry_run: bool = False,
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportResult:
    """Check and add the companies or users of a CSV file (``-``: stdin) to the session's transaction.

    Same promises as ``import_bundle``: every problem at once (located by line
    and column), nothing written when there is one, nothing written on a dry run.
    """
    bundle = parse_csv(kind, read_text(path))
    if session.get(Hoster, 1) is None:
        raise ProrataError.of("no_hoster")
    source = "stdin" if path == "-" else Path(path).name
    try:
        return import_bundle(session, bundle.doc, source=source, dry_run=dry_run, progress=progress,
                             cancelled=cancelled, entity=f"csv {kind}")
    except ProrataError as exc:
        raise ProrataError([bundle.locate(p) for p in exc.problems]) from None
