"""``prorata import``, ``prorata export`` (a bundle, or the billable rows) and ``prorata import-csv``."""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import textwrap
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Iterator

from app.bundle import FORMAT
from app.bundle.reader import STDIO
from app.errors import MESSAGES, ProrataError

if TYPE_CHECKING:
    from app.billing.billable import BillableRow
    from app.bundle.importer import ImportResult

BILLABLE = "billable"
BILLABLE_OPTIONS = ("--from", "--to", "--format")
MESSAGES.setdefault("billable_needs", "'prorata export billable' needs {option}")
MESSAGES.setdefault("only_for_billable", "{options} belong to 'prorata export billable'; exporting a bundle "
                                         "takes only FILE.json")
MESSAGES.setdefault("not_after", "{value} is not after --from {start}")
MESSAGES.setdefault("billable_row_failed", "{company}: {what} from {start}: {reason}")

IMPORT_HELP = f"""\
Load one {FORMAT} JSON document (hoster, settings, services, plans,
resellers, companies, users, prices, events) in one transaction: all or nothing.

Everything is checked before anything is written, against the file itself and
against the database (a bundle adds to what is there: it may refer to stored
plans, resellers, companies and users, and must not repeat their codes; it
does not change a stored hoster, so the hoster's tax_rate,
invoice_number_format, min_charge and the top-level settings, when given,
must equal the stored ones).
Every problem is listed with its JSON path, such as $.companies[0].currency;
then the exit status is 2 and the database is unchanged.

CSV files (companies or users from a spreadsheet) are imported with
'prorata import-csv'."""


def _csv_help() -> str:
    from app.bundle.csv_import import COLUMNS, LINE_SEPARATOR, REQUIRED

    return f"""\
Import companies or users from a CSV file, in one transaction: all or nothing.

The first line names the columns (any order). Cells may be separated by
commas, semicolons or tabs; text is UTF-8; an empty cell means "not given".

companies: {", ".join(COLUMNS["companies"])}
  required: {", ".join(REQUIRED["companies"])}
  billing_day is "anniversary" (the default) or a day 1-31; dates are YYYY-MM-DD;
  address_lines separates the lines of an address with '{LINE_SEPARATOR}';
  language defaults to the reseller's (or the hoster's); delivery is email
  (the default, needs email) or post (needs an address); tax_treatment is
  standard (the default), reverse_charge or exempt; tax_rate is the company's
  own rate in percent (such as 7.5), for the standard treatment only.
users: {", ".join(COLUMNS["users"])}
  company is a company code, in the file's database.

The same rules as 'prorata import' apply; every problem is listed as
'line N, column X'; then the exit status is 2 and nothing is written."""


def _export_help() -> str:
    from app.billing.billable import FIELDS

    return f"""\
prorata export FILE.json
  Write the hoster, its settings, catalogue, resellers, companies, users,
  prices and change history as one {FORMAT} JSON document, which
  'prorata import' loads back into the same rows (invoices and the audit log
  are not part of a bundle). '-' writes to standard output. (A bundle file
  named 'billable' is written as ./billable.)

prorata export billable --from DATE --to DATE --format csv|json [--output FILE]
  Write what would be billed from --from up to (not including) --to, for a
  billing system elsewhere: one row per company, plan (or recurring extra)
  and stretch of constant quantity within a billing period, plus one-off
  extras, with the days, quantity, unit price and amount. It reads and bills
  nothing. Rows whose price is missing are reported on standard error, and
  the exit status is then 1.
  csv: a header line, then these columns:
{textwrap.fill(", ".join(FIELDS), width=76, initial_indent="    ", subsequent_indent="    ")}
  json: {{"from": ..., "to": ..., "rows": [{{the same keys}}, ...]}}; a row
    with no price carries an "error"."""


def _csv_kinds() -> tuple[str, ...]:
    from app.bundle.csv_import import KINDS

    return KINDS


def register(sub) -> None:
    from app.cli.main import LazyChoices, add_db_option

    imp = sub.add_parser("import", help="import a bundle (JSON) in one transaction",
                         description=IMPORT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    imp.add_argument("file", metavar="FILE.json", help="the bundle; '-' reads standard input")
    imp.add_argument("--dry-run", action="store_true",
                     help="check everything (against the database too) and say what would be imported; write nothing")
    add_db_option(imp)
    imp.set_defaults(func=_import)

    exp = sub.add_parser("export", help="write the database as a bundle (JSON), or what is billable",
                         description=_export_help, formatter_class=argparse.RawDescriptionHelpFormatter)
    exp.add_argument("target", metavar="FILE.json|billable",
                     help="where to write the bundle ('-': standard output), or the word 'billable'")
    exp.add_argument("--from", dest="start", metavar="DATE", help="billable: first day (YYYY-MM-DD)")
    exp.add_argument("--to", dest="end", metavar="DATE", help="billable: the day after the last (YYYY-MM-DD)")
    exp.add_argument("--format", choices=("csv", "json"), help="billable: csv or json")
    exp.add_argument("--output", metavar="FILE", help="billable: write to FILE (default: standard output)")
    add_db_option(exp)
    exp.set_defaults(func=_export)

    csv = sub.add_parser("import-csv", help="import companies or users from a CSV file",
                         description=_csv_help, formatter_class=argparse.RawDescriptionHelpFormatter)
    csv.add_argument("kind", metavar="KIND", choices=LazyChoices(_csv_kinds),
                     help="what the file holds: %(choices)s")
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
    from app.bundle.importer import import_bundle
    from app.bundle.reader import read_bundle
    from app.storage.engine import unit_of_work

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
    from app.bundle.csv_import import import_csv
    from app.storage.engine import unit_of_work

    progress = _Progress()
    try:
        with unit_of_work(ctx.engine()) as s:
            result = import_csv(s, args.kind, args.file, dry_run=args.dry_run, progress=progress)
    finally:
        progress.finish()
    _report(result, _source(args.file))
    return 0


def _export(args, ctx) -> int:
    if args.target == BILLABLE:
        return _export_billable(args, ctx)
    from app.bundle.exporter import export_bundle
    from app.bundle.reader import write_json
    from app.storage.engine import unit_of_work

    given = [o for o, v in zip(BILLABLE_OPTIONS + ("--output",), (args.start, args.end, args.format, args.output))
             if v is not None]
    if given:
        raise ProrataError.of("only_for_billable", given[0], options=", ".join(given))
    args.file = args.target
    with unit_of_work(ctx.engine()) as s:
        doc = export_bundle(s)
    write_json(doc, args.file)
    if args.file != STDIO:
        print(f"exported {len(doc['companies'])} companies, {len(doc['users'])} users and "
              f"{len(doc['events'])} events to {args.file}")
    return 0


def _export_billable(args, ctx) -> int:
    from app.billing.billable import billable
    from app.bundle.reader import open_output
    from app.values.dates import calendar_date

    missing = [o for o, v in zip(BILLABLE_OPTIONS, (args.start, args.end, args.format)) if v is None]
    if missing:
        raise ProrataError([ProrataError.of("billable_needs", o, option=o).problems[0] for o in missing])
    start, end = calendar_date(args.start, "--from"), calendar_date(args.end, "--to")
    if end <= start:
        raise ProrataError.of("not_after", "--to", value=end.isoformat(), start=start.isoformat())
    progress = _Progress()
    failed: list[BillableRow] = []
    written = 0

    def rows() -> Iterator[BillableRow]:
        nonlocal written
        for row in billable(ctx.engine(), start, end,
                            progress=lambda done, total, message: progress(done, total, message or "companies")):
            written += 1
            if row.error:
                failed.append(row)
            yield row

    try:
        # The first row before any output, so that a refusal (no hoster) writes nothing.
        stream = rows()
        first = list(itertools.islice(stream, 1))
        with open_output(args.output) as out:
            (_write_csv if args.format == "csv" else _write_json)(itertools.chain(first, stream), out, start, end)
    finally:
        progress.finish()
    for row in failed:
        print("prorata: " + ProrataError.of("billable_row_failed", company=row.company,
                                            what=row.plan or row.extra, start=row.start.isoformat(),
                                            reason=row.error).messages()[0], file=sys.stderr)
    if args.output not in (None, STDIO):
        print(f"wrote {written} billable row(s) from {start} to {end} to {args.output}")
    return 1 if failed else 0


def _write_csv(rows: Iterator[BillableRow], out: IO[str], start, end) -> None:
    """The FIELDS columns, a header line first; amounts as the currency's digits; no cell a spreadsheet would
    take for a formula (``app.values.csv_cells``)."""
    from app.billing.billable import FIELDS
    from app.values.csv_cells import SafeDictWriter

    writer = SafeDictWriter(out, fieldnames=FIELDS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row.as_dict())


def _write_json(rows: Iterator[BillableRow], out: IO[str], start, end) -> None:
    """``{"from", "to", "rows": [...]}``, one row a line, written as the rows come."""
    out.write(f'{{"from": "{start.isoformat()}", "to": "{end.isoformat()}", "rows": [')
    for i, row in enumerate(rows):
        out.write(("," if i else "") + "\n  " + json.dumps(row.as_dict(), ensure_ascii=False))
    out.write("\n]}\n")
