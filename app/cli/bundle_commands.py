"""``prorata import``, ``prorata export`` and ``prorata import-csv``."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from app.bundle import FORMAT
from app.bundle.csv_import import COLUMNS, KINDS, LINE_SEPARATOR, REQUIRED, import_csv
from app.bundle.exporter import export_bundle
from app.bundle.importer import ImportResult, import_bundle
from app.bundle.reader import STDIO, read_bundle, write_json
from app.storage.engine import unit_of_work

IMPORT_HELP = f"""\
Load one {FORMAT} JSON document (hoster, services, plans, resellers,
companies, users, prices, events) in one transaction: all or nothing.

Everything is checked before anything is written, against the file itself and
against the database (a bundle adds to what is there: it may refer to stored
plans, resellers, companies and users, and must not repeat their codes).
Every problem is listed with its JSON path, such as $.companies[0].currency;
then the exit status is 2 and the database is unchanged.

CSV files (companies or users from a spreadsheet) are imported with
'prorata import-csv'."""

CSV_HELP = f"""\
Import companies or users from a CSV file, in one transaction: all or nothing.

The first line names the columns (any order). Cells may be separated by
commas, semicolons or tabs; text is UTF-8; an empty cell means "not given".

companies: {", ".join(COLUMNS["companies"])}
  required: {", ".join(REQUIRED["companies"])}
  billing_day is "anniversary" (the default) or a day 1-31; dates are YYYY-MM-DD;
  address_lines separates the lines of an address with '{LINE_SEPARATOR}';
  language defaults to the reseller's (or the hoster's); delivery is email
  (the default, needs email) or post (needs an address).
users: {", ".join(COLUMNS["users"])}
  company is a company code, in the file's database.

The same rules as 'prorata import' apply; every problem is listed as
'line N, column X'; then the exit status is 2 and nothing is written."""


def register(sub) -> None:
    from app.cli.main import add_db_option

    imp = sub.add_parser("import", help="import a bundle (JSON) in one transaction",
                         description=IMPORT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    imp.add_argument("file", metavar="FILE.json", help="the bundle; '-' reads standard input")
    imp.add_argument("--dry-run", action="store_true",
                     help="check everything (against the database too) and say what would be imported; write nothing")
    add_db_option(imp)
    imp.set_defaults(func=_import)

    exp = sub.add_parser("export", help="write the database as a bundle (JSON)",
                         description=f"Write the hoster, catalogue, resellers, companies, users, prices and "
                                     f"change history as one {FORMAT} JSON document, which 'prorata import' "
                                     "loads back into the same rows (invoices and the audit log are not part "
                                     "of a bundle).")
    exp.add_argument("file", metavar="FILE.json", help="where to write; '-' writes to standard output")
    add_db_option(exp)
    exp.set_defaults(func=_export)

    csv = sub.add_parser("import-csv", help="import companies or users from a CSV file",
                         description=CSV_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    csv.add_argument("kind", choices=KINDS, help="what the file holds")
    csv.add_argument("file", metavar="FILE.csv", help="the CSV file; '-' reads standard input")
    csv.add_argument("--dry-run", action="store_true", help="check everything and say what would be imported; "
                                                            "write nothing")
    add_db_option(csv)
    csv.set_defaults(func=_import_csv)


class _Progress:
    """Progress on stderr when it is a terminal, at most a few times a second."""

    def __init__(self) -> None:
        self.shown = 0.0
        self.live = sys.stderr.isatty()

    def __call__(self, done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if self.live and (now - self.shown > 0.25 or done == total):
            self.shown = now
            print(f"\r{message}: {done}/{total}\033[K", end="", file=sys.stderr, flush=True)

    def finish(self) -> None:
        if self.live and self.shown:
            print("\r\033[K", end="", file=sys.stderr, flush=True)


def _source(path: str) -> str:
    return "stdin" if path == STDIO else Path(path).name


def _report(result: ImportResult, source: str) -> None:
    if result.dry_run:
        print(f"{source} is valid; importing it would add: {result.summary()} (dry run: nothing written)")
    else:
        print(f"imported {source}: {result.summary()}")


def _import(args, ctx) -> int:
    doc = read_bundle(args.file)
    progress = _Progress()
    try:
        with unit_of_work(ctx.engine()) as s:
            result = import_bundle(s, doc, source=_source(args.file), dry_run=args.dry_run, progress=progress)
    finally:
        progress.finish()
    _report(result, _source(args.file))
    return 0


def _import_csv(args, ctx) -> int:
    progress = _Progress()
    try:
        with unit_of_work(ctx.engine()) as s:
            result = import_csv(s, args.kind, args.file, dry_run=args.dry_run, progress=progress)
    finally:
        progress.finish()
    _report(result, _source(args.file))
    return 0


def _export(args, ctx) -> int:
    with unit_of_work(ctx.engine()) as s:
        doc = export_bundle(s)
    write_json(doc, args.file)
    if args.file != STDIO:
        print(f"exported {len(doc['companies'])} companies, {len(doc['users'])} users and "
              f"{len(doc['events'])} events to {args.file}")
    return 0
