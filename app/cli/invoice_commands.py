"""``prorata invoices list|show|issue|credit|modify|delete``."""
from __future__ import annotations

import argparse
import json
from dataclasses import replace
from typing import TYPE_CHECKING

from app.cli.billing_commands import parse_date

if TYPE_CHECKING:
    from app.services.invoices import ManualLine


def _file_format() -> str:
    """The JSON format of ``invoices new`` and ``invoices edit``, for their help."""
    from app.cli import invoice_files

    return invoice_files.__doc__.split("\n\n", 1)[1]


def register(sub) -> None:
    from app.cli.main import add_db_option, whole_number

    p = sub.add_parser("invoices", help="list, show, issue and correct invoices")
    isub = p.add_subparsers(dest="invoice_command", metavar="ACTION", required=True)
    ls = isub.add_parser("list", help="invoices, newest first")
    ls.add_argument("--company", metavar="CODE",
                    help="a company's (or a reseller's) invoices; else the customers whose name contains it")
    ls.add_argument("--status", choices=["draft", "issued", "partially_paid", "paid", "void", "deferred",
                                         "carried"])
    ls.add_argument("--issuer", metavar="CODE", help="'hoster' or a reseller code")
    ls.add_argument("--from", dest="period_from", metavar="DATE", help="periods starting on or after")
    ls.add_argument("--to", dest="period_to", metavar="DATE", help="periods starting on or before")
    ls.add_argument("--limit", type=whole_number, default=1000, metavar="N", help="at most N invoices (default 1000)")
    ls.add_argument("--offset", type=whole_number, default=0, metavar="N",
                    help="skip the first N: the next page starts at the last page's limit")
    ls.add_argument("--sort", default="issued", help="order by (default: issued, newest first)",
                    choices=["issued", "number", "type", "customer", "issuer", "period", "status", "total"])
    ls.add_argument("--ascending", action="store_true", help="smallest or oldest first")
    ls.add_argument("--count", action="store_true", help="print only how many invoices match")
    ls.add_argument("--json", action="store_true")
    add_db_option(ls)
    ls.set_defaults(func=_list)
    show = isub.add_parser("show", help="one invoice with its lines")
    show.add_argument("ref", metavar="NUMBER_OR_ID")
    _add_issuer_option(show)
    show.add_argument("--json", action="store_true")
    add_db_option(show)
    show.set_defaults(func=_show)
    new = isub.add_parser("new", help="a manual invoice (a draft) from a JSON file", description=_file_format,
                          formatter_class=argparse.RawDescriptionHelpFormatter)
    new.add_argument("file", metavar="FILE.json", help="the invoice (- for standard input)")
    add_db_option(new)
    new.set_defaults(func=_new)
    edit = isub.add_parser("edit", help="replace a draft's lines from a JSON file", description=_file_format,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    edit.add_argument("ref", metavar="NUMBER_OR_ID")
    edit.add_argument("file", metavar="FILE.json", help="the lines (- for standard input)")
    _add_issuer_option(edit)
    add_db_option(edit)
    edit.set_defaults(func=_edit)
    for name, text in (("issue", "issue a draft: it gets its number and never changes again"),
                       ("credit", "credit an issued invoice in full (a credit note)"),
                       ("modify", "credit an issued invoice and open a draft copy to edit"),
                       ("delete", "delete a draft (an issued invoice is credited instead)")):
        c = isub.add_parser(name, help=text)
        c.add_argument("ref", metavar="NUMBER_OR_ID")
        _add_issuer_option(c)
        c.add_argument("--date", metavar="DATE",
                       help="issue date (default: the draft's own, else today); a billing run's draft keeps its "
                            "billing day"
                       if name == "issue" else "issue or credit date (default today)")
        add_db_option(c)
        c.set_defaults(func=_act, action=name)


def _add_issuer_option(parser) -> None:
    parser.add_argument("--issuer", metavar="CODE",
                        help="whose number it is ('hoster' or a reseller code), when several issuers use it; "
                             "or write the invoice as ISSUER:NUMBER")


def _list(args, ctx) -> int:
    from app.services import invoice_listing
    from app.services.invoice_filters import Filters

    f = Filters(company=args.company, status=args.status, issuer=args.issuer,
                period_from=parse_date(args.period_from, "--from") if args.period_from else None,
                period_to=parse_date(args.period_to, "--to") if args.period_to else None,
                limit=args.limit, offset=args.offset, sort=args.sort, descending=not args.ascending)
    # Read straight through the driver (issue 12: the command starts without SQLAlchemy); what that read leaves
    # to the service (a search by name, a refusal to word) goes through it.
    reader = ctx.reader()
    found = invoice_listing.count(reader, f) if args.count else invoice_listing.page(reader, f)
    if found is None:
        found = _list_by_service(ctx, f, args.count)
    if args.count:
        print(json.dumps({"count": found}) if args.json else found)
        return 0
    rows = found
    if args.json:
        # One invoice a line, each by json's C encoder (``indent`` encodes in Python: twice the time for a page).
        print("[" + ",".join("\n  " + json.dumps(r) for r in rows) + ("\n]" if rows else "]"))
        return 0
    table = [(r['number'] or f"(draft #{r['id']})", r['kind'], r['status'], r['issue_date'] or '', r['issuer'],
              r['customer'], r['total'], r['currency']) for r in rows]
    # Columns as wide as their widest cell on this page, so long reseller codes never push a row out of line.
    widths = [max((len(str(row[i])) for row in table), default=0) for i in range(len(table[0]))] if table else []
    for row in table:
        cells = [str(c).rjust(w) if i == 6 else str(c).ljust(w) for i, (c, w) in enumerate(zip(row, widths))]
        print(" ".join(cells).rstrip())
    return 0


def _list_by_service(ctx, f, count: bool):
    from app.services import invoices
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        return invoices.count_invoices(s, f) if count else invoices.list_invoices(s, f)


def _show(args, ctx) -> int:
    from app.services import invoices
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        data = invoices.invoice_json(s, invoices.find(s, args.ref, args.issuer))
    if args.json:
        print(json.dumps(data, indent=2))
        return 0
    print(f"{data['number'] or 'draft #' + str(data['id'])}  {data['kind']}  {data['status']}")
    print(f"issuer {data['issuer']}  customer {data['customer']}  date {data['issue_date']}{_period_words(data)}")
    for ln in data["lines"]:
        print(f"  {ln['kind']:<10} {ln['description'][:34]:<34} {ln['quantity']:>5} x {ln['unit_price']:>10} "
              f"{ln['start'] or ''}..{ln['end'] or ''} {ln['amount']:>12}")
    print(f"  subtotal {data['subtotal']}  tax {data['tax']}  total {data['total']} {data['currency']}")
    return 0


def _period_words(data: dict) -> str:
    """What the invoice covers, by the rule the window shows (``invoice_listing.shown_period``): "period FIRST -
    LAST" (both days included; one day alone), "settled up to DAY" for a settlement with a reseller (which has no
    period of its own), nothing for an invoice without a period (a manual one). The days its documents state
    (app/documents/stated_period.py); --json keeps the stored period."""
    from app.documents.stated_period import stated_header
    from app.services.invoice_listing import shown_period

    shown = shown_period(stated_header(data))
    if shown is None:
        return ""
    if shown.settled_to is not None:
        return f"  settled up to {shown.settled_to.isoformat()}"
    if shown.last == shown.start:
        return f"  period {shown.start.isoformat()}"
    return f"  period {shown.start.isoformat()} - {shown.last.isoformat()}"


def _say_freed_credit(session, note_id: int) -> None:
    """What paid the credited invoice became credit, applied at once to the account's oldest open invoices
    (app/payments/ledger.py ``freed_credit``): said in the reader's language, as errors are; nothing when the
    invoice was not paid."""
    from app.payments.ledger import freed_credit
    from app.translation import environment_language, translator

    freed = freed_credit(session, note_id)
    said = freed.note() if freed is not None else None
    if said is not None:
        print(f"  {said.message(translator(environment_language()))}")


def _say_credit_not_applied(session, inv) -> None:
    """The account's credit another collector holds, not applied to the invoice just issued
    (``invoices.credit_not_applied``): said in the reader's language, as errors are."""
    from app.services.invoices import credit_not_applied
    from app.translation import environment_language, translator

    for said in credit_not_applied(session, inv):
        print(f"  {said.message(translator(environment_language()))}")


def _act(args, ctx) -> int:
    from app.services import invoices
    from app.storage.engine import unit_of_work

    day = parse_date(args.date, "--date") if args.date else None
    with unit_of_work(ctx.engine()) as s:
        if args.action == "issue":
            # A date asked for: a manual draft takes it, a run's draft keeps its billing day (refused another).
            inv = invoices.issue(s, args.ref, dated=day, issuer=args.issuer)
            issued = [inv.id]
            print(f"issued {inv.number}")
            _say_credit_not_applied(s, inv)
        elif args.action == "credit":
            note = invoices.credit(s, args.ref, day, issuer=args.issuer)
            issued = [note.id]
            print(f"credit note {note.number}")
            _say_freed_credit(s, note.id)
        elif args.action == "modify":
            note, draft = invoices.modify(s, args.ref, day, issuer=args.issuer)
            issued = [note.id]
            print(f"credit note {note.number}; new draft #{draft.id}")
            _say_freed_credit(s, note.id)
        else:
            invoices.delete_draft(s, args.ref, issuer=args.issuer)
            print("draft deleted")
    if args.action != "delete":  # issuing freezes the document: its PDF is stored now, once committed
        from app.cli.stored_pdfs import store_issued

        store_issued(ctx.engine(), issued, quiet=True)
    return 0


def _with_rates(session, customer: str, lines: list[ManualLine]) -> list[ManualLine]:
    """Lines written without a tax rate take the customer's."""
    from app.services import invoices

    if all(ln.tax_rate is not None for ln in lines):
        return lines
    rate = invoices.customer_tax_rate(session, customer)
    return [ln if ln.tax_rate is not None else replace(ln, tax_rate=rate) for ln in lines]


def _new(args, ctx) -> int:
    from app.bundle.reader import parse_json, read_text
    from app.cli import invoice_files
    from app.money import to_text
    from app.services import currencies, invoices
    from app.storage.engine import unit_of_work

    doc = parse_json(read_text(args.file))
    with unit_of_work(ctx.engine()) as s:
        enabled = {c.code for c in currencies.list_currencies(s) if c.enabled}
        customer, currency, day, lines = invoice_files.read_new_invoice(doc, enabled)
        inv = invoices.create_manual(s, customer, currency, _with_rates(s, customer, lines), issue_date=day)
        print(f"draft #{inv.id} for {customer}: {len(lines)} line(s), total {to_text(inv.total, currency)} "
              f"{currency}")
    return 0


def _edit(args, ctx) -> int:
    from app.bundle.fields import Problems
    from app.bundle.reader import parse_json, read_text
    from app.cli import invoice_files
    from app.money import to_text
    from app.services import billing_view, invoices
    from app.storage.engine import unit_of_work

    doc = parse_json(read_text(args.file))
    with unit_of_work(ctx.engine()) as s:
        inv = invoices.find(s, args.ref, args.issuer)
        data = invoices.invoice_json(s, inv)
        existing = billing_view.draft_lines(s, inv.id)
        probs = Problems()
        lines = invoice_files.read_lines(doc, probs, data["currency"], existing)
        probs.raise_if_any()
        inv = invoices.edit_draft(s, inv.id, _with_rates(s, invoices.customer_ref(s, inv), lines),
                                  expected_version=data["version"])
        print(f"draft #{inv.id}: {len(lines)} line(s), total {to_text(inv.total, inv.currency)} "
              f"{inv.currency}")
    return 0
