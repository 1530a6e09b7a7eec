"""``prorata invoices xml|send|print-batch``: an invoice's Factur-X XML, and delivery under the names the
invoices issue gives it.

``invoices xml REF [-o FILE]`` writes the CII XML alone (the one embedded in the stored PDF when it is a
Factur-X one). ``invoices send [--as-of DATE | REF...] [--resend]`` is ``prorata send`` and
``invoices print-batch --delivery post [--as-of DATE] --out batch.pdf`` is ``prorata post batch``
(app/cli/delivery_commands.py): the same services, the same output.
"""
from __future__ import annotations

import argparse
import sys


def register(sub) -> None:
    from app.cli.delivery_commands import post_batch_arguments
    from app.cli.main import add_db_option

    group = sub.choices.get("invoices")
    actions = None if group is None else next(
        (a for a in group._actions if isinstance(a, argparse._SubParsersAction)), None)
    if actions is None:
        return
    xml = actions.add_parser("xml", help="an issued invoice's Factur-X (EN 16931) XML")
    xml.add_argument("ref", metavar="REF", help="a number, ISSUER:NUMBER, or an id")
    xml.add_argument("--issuer", metavar="CODE", help="whose number it is, when several issuers use it")
    xml.add_argument("-o", "--output", metavar="FILE", help="write it here (default: standard output)")
    add_db_option(xml)
    xml.set_defaults(func=_xml)

    send = actions.add_parser(
        "send", help="e-mail issued invoices (as `prorata send`)",
        description="Sends the issued invoices whose companies take e-mail, with their PDF, each at most once "
                    "(--resend sends again). Give REF... for those invoices, or --as-of DATE for every one issued "
                    "on or before DATE (default: all not sent yet). Exit status 1 when some were not sent.")
    send.add_argument("refs", nargs="*", metavar="REF", help="a number, ISSUER:NUMBER, or an id")
    send.add_argument("--as-of", metavar="DATE", help="invoices issued on or before DATE")
    send.add_argument("--issuer", metavar="CODE", help="only this issuer's invoices")
    send.add_argument("--resend", action="store_true", help="send again invoices sent before")
    send.add_argument("--dry-run", action="store_true", help="say what would be sent; send and write nothing")
    send.add_argument("--retries", type=int, default=2, metavar="N", help="retries after a transient failure")
    send.add_argument("--json", action="store_true")
    add_db_option(send)
    send.set_defaults(func=_send)

    batch = actions.add_parser(
        "print-batch", help="one print-ready PDF of the invoices to post (as `prorata post batch`)",
        description="Writes the issued invoices that go by post and were not printed yet into one PDF after a "
                    "cover sheet listing them, sorted by country and postcode, each on its own sheet; they are "
                    "marked posted by `prorata post confirm BATCH_ID` once the batch printed correctly.")
    batch.add_argument("--delivery", required=True, choices=("post",), help="post (the only channel printed)")
    batch.add_argument("--as-of", metavar="DATE", help="invoices issued on or before DATE")
    post_batch_arguments(batch)
    add_db_option(batch)
    batch.set_defaults(func=_print_batch, since=None, until=None)


def _xml(args, ctx) -> int:
    from pathlib import Path

    from app.cli.document_commands import _write
    from app.services import documents
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        _, data = documents.invoice_xml(s, args.ref, issuer=args.issuer)
    if args.output and args.output != "-":
        _write(Path(args.output), data)
        print(args.output)
    else:
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.write("\n")
    return 0


def _send(args, ctx) -> int:
    from app.cli.billing_commands import parse_date
    from app.cli.delivery_commands import _send as send_command
    from app.errors import ProrataError

    if args.refs and args.as_of:
        raise ProrataError.of("bad_value", "--as-of", value="--as-of with REF...",
                              allowed="either --as-of DATE or REF..., not both")
    until = args.as_of and parse_date(args.as_of, "--as-of")
    forwarded = argparse.Namespace(since=None, until=until.isoformat() if until else None, invoice=list(args.refs),
                                   issuer=args.issuer, resend=args.resend, dry_run=args.dry_run,
                                   retries=args.retries, json=args.json)
    return send_command(forwarded, ctx)


def _print_batch(args, ctx) -> int:
    from app.cli.delivery_commands import _post_batch

    return _post_batch(args, ctx)
