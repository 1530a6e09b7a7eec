"""``prorata bill run``: bill every unbilled boundary up to a date."""
from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.billing.run import RunReport


def parse_date(text: str, option: str) -> date:
    """A date given on the command line: the one date rule (``app.values.dates``)."""
    from app.values.dates import calendar_date

    return calendar_date(text, option)


def register(sub) -> None:
    from app.cli.main import add_db_option

    p = sub.add_parser("bill", help="billing runs")
    bsub = p.add_subparsers(dest="bill_command", metavar="ACTION", required=True)
    r = bsub.add_parser("run", help="bill every boundary up to a date that is not billed yet",
                        description="Bills every company's unbilled boundaries on or before --as-of, oldest "
                                    "first, then settles with the resellers. Running it again adds nothing.")
    r.add_argument("--as-of", required=True, metavar="DATE", help="bill boundaries up to this date (YYYY-MM-DD)")
    r.add_argument("--dry-run", action="store_true", help="compute and report, write nothing")
    r.add_argument("--issue", action="store_true", help="issue the invoices (numbered) instead of drafts")
    r.add_argument("--company", metavar="CODE", help="bill one company only")
    r.add_argument("--collect", action="store_true", help="with --issue: then collect the invoices issued by "
                                                          "direct debit or saved card (prorata payments collect)")
    r.add_argument("--out-dir", metavar="DIR", default=".", help="with --collect: where the direct debit files go")
    r.add_argument("--json", action="store_true", help="print the report as JSON")
    add_db_option(r)
    r.set_defaults(func=_run)


def _reseller_totals(report: RunReport) -> dict[tuple[str, str], tuple[int, Decimal]]:
    """(kind, currency) -> how many documents to resellers, and their total."""
    out: dict[tuple[str, str], tuple[int, Decimal]] = {}
    for r in report.reseller_of("billed"):
        count, total = out.get((r.kind, r.currency), (0, Decimal(0)))
        out[(r.kind, r.currency)] = (count + 1, total + Decimal(r.total))
    return dict(sorted(out.items()))


def _run(args, ctx) -> int:
    from app.billing.run import run_billing
    from app.money import to_text

    as_of = parse_date(args.as_of, "--as-of")
    interactive = sys.stderr.isatty() and not args.json

    def progress(done, total, message):
        if interactive and total:
            print(f"\rbilling {done}/{total} {message}", end="", file=sys.stderr, flush=True)

    from app.models.base import utcnow

    started = utcnow()
    report = run_billing(ctx.engine(), as_of, issue=args.issue, dry_run=args.dry_run, company=args.company,
                         progress=progress)
    if interactive:
        print(file=sys.stderr)
    if args.issue and not args.dry_run and report.invoice_ids:  # credit another collector holds, not applied
        from app.services.invoices import note_credit_not_applied
        from app.storage.engine import unit_of_work

        with unit_of_work(ctx.engine()) as s:  # said below as notes (``RunReport.noted``)
            note_credit_not_applied(s, report)
    stored = None
    if args.issue and not args.dry_run:  # issuing freezes the documents: their PDFs are stored now
        from app.cli.stored_pdfs import store_issued

        stored = store_issued(ctx.engine(), report.invoice_ids, started, quiet=args.json)
    collected = None
    if args.collect and args.issue and not args.dry_run and report.invoice_ids:
        from app.payments.collection import collect_issued

        collected = collect_issued(ctx.engine(), invoice_ids=report.invoice_ids, out_dir=args.out_dir).as_json()
    if args.json:
        print(json.dumps(report.as_json() | ({"pdfs": stored.as_json()} if stored is not None else {})
                         | ({"collection": collected} if collected is not None else {}), indent=2))
    else:
        head = "dry run: would bill" if args.dry_run else "billed"
        print(f"{head} {len(report.of('billed'))} invoice(s) up to {as_of}; "
              f"{len(report.of('deferred'))} deferred, {len(report.of('failed'))} failed, "
              f"{len(report.of('nothing'))} with nothing to bill; "
              f"{report.reseller_invoices} reseller invoice(s) or statement(s)")
        for (kind, currency), (count, total) in _reseller_totals(report).items():
            print(f"  to resellers: {count} {kind.replace('_', ' ')}(s), {to_text(total, currency)} {currency}")
        from app.translation import environment_language, translator

        words = translator(environment_language())  # why, in the reader's language, as errors are
        for o in report.of("failed"):
            print(f"  failed: {o.code} at {o.boundary}: {o.reason_in(words)}")
        for o in report.of("skipped"):
            print(f"  skipped: {o.code} at {o.boundary}: {o.reason_in(words)}")
        for outcome in ("failed", "skipped"):  # settlements with resellers not made: their costs wait
            for r in report.reseller_of(outcome):
                print(f"  {outcome}: reseller {r.code} at {r.boundary}: {r.reason_in(words)}")
        for o in report.noted():  # billed, but something is left to the clerk
            print(f"  note: {o.code} at {o.boundary}: {o.reason_in(words)}")
        if collected is not None:
            print(f"collected {len(collected['collected'])} invoice(s), {len(collected['follow_up'])} to follow up "
                  f"(prorata payments collect --after-run {as_of})")
            for o in collected["follow_up"]:
                print(f"  follow up: {o['invoice']} {o['customer']} {o['method']}: {o['reason'] or o['status']}")
    return 0 if not (report.of("failed") or report.reseller_of("failed")) else 1
