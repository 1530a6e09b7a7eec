"""``prorata payments add|list|show|allocate|refund|reverse`` and ``prorata accounts
show|aging|apply-credit|terms``: money received and paid back, and what each customer owes."""
from __future__ import annotations

import json

from app.cli.billing_commands import parse_date
from app.cli.collection_commands import add_returns_parser

METHODS = ("cash", "bank_transfer", "check")  # app.models.payments.MANUAL_METHODS (kept light for the parser)


def register(sub) -> None:
    from app.cli.main import add_db_option

    p = sub.add_parser("payments", help="record, allocate, refund and reverse payments")
    psub = p.add_subparsers(dest="payment_command", metavar="ACTION", required=True)

    add = psub.add_parser("add", aliases=["record"], help="record a payment received, allocated oldest invoice first unless told")
    add.add_argument("customer", metavar="CUSTOMER", help="a company's or a reseller's code")
    add.add_argument("amount", metavar="AMOUNT", help="such as 120.50 (no more decimals than the currency has)")
    add.add_argument("currency", metavar="CURRENCY")
    add.add_argument("--method", required=True, choices=METHODS)
    add.add_argument("--date", required=True, metavar="DATE", help="the day it was received")
    add.add_argument("--reference", required=True, metavar="TEXT",
                     help="the transfer's reference, the check's number, the receipt's number")
    # "extend": ``--allocate A --allocate B`` pays A then B (with "store", the last list alone was kept).
    add.add_argument("--allocate", nargs="+", action="extend", metavar="INVOICE",
                     help="pay these invoices, in this order, each as far as it is open; may be repeated "
                          "(default: the oldest open invoices of the collector the payment goes to first)")
    add.add_argument("--no-allocate", action="store_true", help="keep it all as credit on the account")
    add.add_argument("--issuer", metavar="CODE", help="whose account ('hoster' or a reseller code), when the "
                                                      "customer has several in the currency")
    add.add_argument("--json", action="store_true")
    add_db_option(add)
    add.set_defaults(func=_add)

    ls = psub.add_parser("list", help="payments, newest first")
    ls.add_argument("--customer", metavar="CODE")
    ls.add_argument("--limit", type=int, default=1000, metavar="N")
    ls.add_argument("--json", action="store_true")
    add_db_option(ls)
    ls.set_defaults(func=_list)

    show = psub.add_parser("show", help="one payment and what it settles")
    show.add_argument("payment", metavar="PAYMENT", help="its number, such as 12")
    show.add_argument("--json", action="store_true")
    add_db_option(show)
    show.set_defaults(func=_show)

    al = psub.add_parser("allocate", help="allocate what is left of a payment to invoices")
    al.add_argument("payment", metavar="PAYMENT")
    al.add_argument("invoices", nargs="*", metavar="INVOICE[=AMOUNT]",
                    help="these invoices in order (each as far as it is open, or AMOUNT of it); none: the oldest "
                         "open invoices of the payment's collector first")
    al.add_argument("--date", metavar="DATE", help="the allocation's date (default today; not before the payment "
                                                   "was received)")
    al.add_argument("--json", action="store_true")
    add_db_option(al)
    al.set_defaults(func=_allocate)

    rf = psub.add_parser("refund", help="pay back part or all of a payment's credit: through the processor that "
                                        "collected it where it can, else recorded as a manual refund")
    rf.add_argument("payment", metavar="PAYMENT")
    rf.add_argument("amount", metavar="AMOUNT")
    rf.add_argument("--date", required=True, metavar="DATE")
    rf.add_argument("--reference", metavar="TEXT", help="the refund transfer's reference (needed for a manual "
                                                       "refund; a processor's refund is named by its refund id)")
    rf.add_argument("--json", action="store_true")
    add_db_option(rf)
    rf.set_defaults(func=_refund)

    rv = psub.add_parser("reverse", help="a payment that did not hold (bounced check, returned debit): the "
                                         "invoices it paid open again")
    rv.add_argument("payment", metavar="PAYMENT")
    rv.add_argument("--date", required=True, metavar="DATE")
    rv.add_argument("--reason", required=True, metavar="TEXT", help="such as: check bounced")
    rv.add_argument("--json", action="store_true")
    add_db_option(rv)
    rv.set_defaults(func=_reverse)

    ch = psub.add_parser("charge", help="charge what is open of an invoice to the customer's saved card")
    ch.add_argument("invoice", metavar="INVOICE")
    ch.add_argument("--method", type=int, metavar="ID", help="which saved card (default: the newest)")
    ch.add_argument("--date", metavar="DATE", help="the day the payment is booked (default today)")
    ch.add_argument("--json", action="store_true")
    add_db_option(ch)
    ch.set_defaults(func=_charge)

    rc = psub.add_parser("recover", help="ask the processors what became of charges left unanswered (a timeout, "
                                         "a crash); never charges again")
    rc.add_argument("--date", metavar="DATE", help="the day a recovered payment is booked (default today)")
    rc.add_argument("--json", action="store_true")
    add_db_option(rc)
    rc.set_defaults(func=_recover)

    co = psub.add_parser("collect", help="collect open invoices: by direct debit (a SEPA mandate, an ACH "
                                         "authorisation) or the saved card; lists the failures to follow up")
    which = co.add_mutually_exclusive_group()
    which.add_argument("--after-run", metavar="AS_OF", help="the invoices the billing run as of this date issued")
    which.add_argument("--as-of", metavar="DATE", help="every open invoice issued up to this date")
    co.add_argument("--out-dir", metavar="DIR", default=".", help="where the direct debit files go (default: here)")
    co.add_argument("--collection-date", metavar="DATE", help="the direct debits' collection date (default: two "
                                                             "days after --date)")
    co.add_argument("--date", metavar="DATE", help="the day the payments are booked (default today)")
    co.add_argument("--json", action="store_true")
    add_db_option(co)
    co.set_defaults(func=_collect)

    add_returns_parser(psub, help="reverse the direct debits a bank returned or rejected: camt.054, pain.002, CSV "
                                  "(SEPA) or a NACHA return file (US ACH)")

    a = sub.add_parser("accounts", help="customer accounts: balances, open invoices, aging, credit")
    asub = a.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    sh = asub.add_parser("show", help="a customer's balance, credit, open invoices and every entry")
    sh.add_argument("customer", metavar="CUSTOMER")
    sh.add_argument("--currency", metavar="CODE")
    sh.add_argument("--issuer", metavar="CODE")
    sh.add_argument("--as-of", metavar="DATE", help="only what is dated up to this day counts, as in aging "
                                                    "(default today)")
    sh.add_argument("--json", action="store_true")
    add_db_option(sh)
    sh.set_defaults(func=_account_show)

    # `accounts aging` and, as the console's own word for it, plain `aging`.
    for parent in (asub, sub):
        ag = parent.add_parser("aging", help="what is open per issuer and currency, by days overdue")
        ag.add_argument("--as-of", metavar="DATE", help="default today")
        ag.add_argument("--issuer", metavar="CODE")
        ag.add_argument("--currency", metavar="CODE")
        ag.add_argument("--customer", metavar="CODE")
        ag.add_argument("--json", action="store_true")
        add_db_option(ag)
        ag.set_defaults(func=_aging)

    ac = asub.add_parser("apply-credit", help="apply a customer's credit to its open invoices")
    ac.add_argument("customer", metavar="CUSTOMER")
    ac.add_argument("currency", metavar="CURRENCY")
    ac.add_argument("invoices", nargs="*", metavar="INVOICE", help="these, in order (default: oldest first)")
    ac.add_argument("--issuer", metavar="CODE")
    ac.add_argument("--date", metavar="DATE", help="default today; not before the credit it spends existed")
    add_db_option(ac)
    ac.set_defaults(func=_apply_credit)

    st = asub.add_parser("statement", help="a customer's statement of account as a PDF: opening balance, every "
                                           "entry of the period, closing balance, aging")
    st.add_argument("customer", metavar="CUSTOMER")
    st.add_argument("--from", dest="start", required=True, metavar="DATE")
    st.add_argument("--to", dest="end", required=True, metavar="DATE")
    st.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    st.add_argument("--currency", metavar="CODE")
    st.add_argument("--issuer", metavar="CODE")
    st.add_argument("--language", metavar="LOCALE", help="such as de_DE (default: the customer's)")
    add_db_option(st)
    st.set_defaults(func=_statement)

    tm = asub.add_parser("terms", help="an issuer's payment terms: days from issue to due (default 14)")
    tm.add_argument("issuer", metavar="ISSUER", help="'hoster' or a reseller code")
    tm.add_argument("days", metavar="DAYS")
    add_db_option(tm)
    tm.set_defaults(func=_terms)


def _allocated_lines(done) -> list[str]:
    from app.money import to_text

    return [f"  {a.invoice}: {to_text(a.amount, a.currency)} ({a.status_after.replace('_', ' ')})" for a in done]


def _left_open_line(done) -> list[str]:
    """Allocated oldest first, the invoices of the account's other collector it left open, said in the reader's
    language as errors are (``payments.Recorded.left_open_note``); none: no line."""
    note = done.left_open_note()
    if note is None:
        return []
    from app.translation import environment_language, translator

    return [f"  {note.message(translator(environment_language()))}"]


def _add(args, ctx) -> int:
    from app.payments import payments
    from app.storage.engine import unit_of_work

    day = parse_date(args.date, "--date")
    with unit_of_work(ctx.engine()) as s:
        done = payments.record(s, args.customer, args.amount, args.currency, args.method, day, args.reference,
                               issuer=args.issuer, allocate_to=args.allocate, auto_allocate=not args.no_allocate)
        data = done.as_json()
    if args.json:
        print(json.dumps(data, indent=2))
        return 0
    print(f"payment #{data['payment']}: {data['amount']} {data['currency']}")
    for a in data["allocations"]:
        print(f"  {a['invoice']}: {a['amount']} ({a['status'].replace('_', ' ')})")
    for line in _left_open_line(done):
        print(line)
    print(f"  credit left: {data['credit_left']}")
    return 0


def _row(p: dict) -> str:
    return (f"#{p['id']:<6} {p['received_on']} {p['customer']:<12} {p['method']:<13} {p['amount']:>12} "
            f"{p['currency']}  {p['status']:<8} unallocated {p['unallocated']:>10}  {p['reference']}")


def _list(args, ctx) -> int:
    from app.cli import quick_lists

    rows = quick_lists.payments(ctx.reader(), args.customer, args.limit)  # through the driver (issue 12)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        for p in rows:
            print(_row(p))
    return 0


def _show(args, ctx) -> int:
    from app.payments import payments
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        data = payments.payment_json(s, payments.find(s, args.payment), with_allocations=True)
    if args.json:
        print(json.dumps(data, indent=2))
        return 0
    print(_row(data))
    print(f"  recorded by {data['recorded_by']}, refunded {data['refunded']}")
    for a in data["allocations"]:
        print(f"  {a['date']} {a['invoice']}: {a['amount']} ({a['by']})")
    return 0


def _allocate(args, ctx) -> int:
    from app.payments import payments
    from app.storage.engine import unit_of_work

    day = parse_date(args.date, "--date") if args.date else None
    pairs = [tuple(ref.split("=", 1)) if "=" in ref else (ref, None) for ref in args.invoices]
    with unit_of_work(ctx.engine()) as s:
        done = payments.allocate(s, args.payment, pairs, day)
        data = done.as_json()
    if args.json:
        print(json.dumps(data, indent=2))
        return 0
    for a in data["allocations"]:
        print(f"{a['invoice']}: {a['amount']} ({a['status'].replace('_', ' ')})")
    for line in _left_open_line(done):
        print(line.strip())
    print(f"payment #{data['payment']}: {data['credit_left']} {data['currency']} left")
    return 0


def _refund(args, ctx) -> int:
    from app.payments import refunds
    from app.storage.engine import unit_of_work

    day = parse_date(args.date, "--date")
    with unit_of_work(ctx.engine()) as s:
        done = refunds.refund(s, args.payment, args.amount, day, args.reference)
        data = done.as_json()
    if args.json:
        print(json.dumps(data, indent=2))
    elif done.manual:
        print(f"recorded a manual refund of {data['amount']} {data['currency']} of payment #{data['payment']}: "
              "pay it back by hand")
    else:
        print(f"refunded {data['amount']} {data['currency']} of payment #{data['payment']} through "
              f"{data['through']} ({data['processor_ref']})")
    return 0


def entry_currency(s, entry) -> str:
    from app.models.payments import PaymentAccount

    return s.get(PaymentAccount, entry.account_id).currency


def _reverse(args, ctx) -> int:
    from app.payments import reversals
    from app.storage.engine import unit_of_work

    day = parse_date(args.date, "--date")
    with unit_of_work(ctx.engine()) as s:
        done = reversals.reverse(s, args.payment, day, args.reason)
        reopened = [a.as_json() for a in done.allocations]
        pid = done.payment.id
    if args.json:
        print(json.dumps({"payment": pid, "reopened": reopened}, indent=2))
        return 0
    print(f"payment #{pid} reversed")
    for a in reopened:
        print(f"  {a['invoice']}: {a['amount']} ({a['status'].replace('_', ' ')})")
    return 0


def _account_show(args, ctx) -> int:
    from app.payments import statement
    from app.storage.engine import unit_of_work

    day = parse_date(args.as_of, "--as-of") if args.as_of else None
    with unit_of_work(ctx.engine()) as s:
        data = statement.show(s, args.customer, currency=args.currency, issuer=args.issuer, as_of=day)
    if args.json:
        print(json.dumps(data, indent=2))
        return 0
    outside = _owed_outside_words()
    stated, paid, to_pay = _statement_words()
    print(f"{data['customer']}  {data['name']}  (as of {data['as_of']})")
    for acc in data["accounts"]:
        cur = acc["currency"]
        # Balance = open + owed outside invoices - credit - statements + paid out (app/payments/position.py), the
        # figures aging shows; statements and payouts said only on an account that has any (a reseller's).
        print(f"  with {acc['issuer']} in {cur}: balance {acc['balance']}, open {acc['open']}, "
              f"{outside} {acc['owed_outside_invoices']}, credit {acc['credit']}"
              + (f", {stated} {acc['statements']}, {paid} {acc['paid_out']} ({_to_pay_or_collect(acc, to_pay)})"
                 if _has_statements(acc) else ""))
        for line in _held_lines(acc):
            print(f"    {line}")
        for inv in acc["open_invoices"]:
            print(f"    open {inv['invoice']:<18} issued {inv['issue_date']} due {inv['due_date']} "
                  f"{inv['open']:>12} of {inv['total']:>12} ({inv['bucket']})")
        for e in acc["entries"]:
            print(f"    {e['date']} {e['kind']:<14} {e['reference'] or '':<20} {e['amount']:>12} {e['balance']:>12}")
    return 0


def _held_lines(acc: dict) -> list[str]:
    """Who holds the account's credit (``position.credit_held``: given where more than one collector has a part
    in the account's money), a line each, in the reader's language as errors are."""
    from app.payments.position import Held
    from app.translation import environment_language, translator

    translate = translator(environment_language())
    return [Held(h["collector"], h["collector"], None, None).words(f"{h['amount']} {acc['currency']}")
            .message(translate) for h in acc.get("credit_held", [])]


def _owed_outside_words() -> str:
    """"owed outside invoices" (``position.Position.outside``) in the reader's language, as errors are."""
    from app.payments import position
    from app.translation import environment_language, translator

    return translator(environment_language())(position.OUTSIDE_WORDS)


def _to_pay_or_collect(acc: dict, to_pay: str) -> str:
    """"12.56 to pay out", or, below zero (the reseller owes on its statements), "4.30 to collect"."""
    from decimal import Decimal

    from app.money import to_text

    if Decimal(acc["to_pay_out"]) >= 0:
        return f"{acc['to_pay_out']} {to_pay}"
    return f"{to_text(-Decimal(acc['to_pay_out']), acc['currency'])} {_to_collect_words()}"


def _has_statements(acc: dict) -> bool:
    """Whether the account has statements or payouts (a reseller's with the hoster) as of the day shown."""
    from decimal import Decimal

    return any(Decimal(acc[k]) != 0 for k in ("statements", "paid_out"))


def _statement_words() -> tuple[str, str, str]:
    """"statements", "paid out", "to pay out" (``position.Position``: a reseller's account with the hoster) in
    the reader's language, as errors are."""
    from app.payments import position
    from app.translation import environment_language, translator

    translate = translator(environment_language())
    return (translate(position.STATEMENTS_WORDS), translate(position.PAID_OUT_WORDS),
            translate(position.TO_PAY_OUT_WORDS))


def _to_collect_words() -> str:
    """"to collect" (``position.TO_COLLECT_WORDS``) in the reader's language, as errors are."""
    from app.payments import position
    from app.translation import environment_language, translator

    return translator(environment_language())(position.TO_COLLECT_WORDS)


def _aging(args, ctx) -> int:
    from datetime import date

    from app.payments import aging
    from app.storage.engine import unit_of_work

    day = parse_date(args.as_of, "--as-of") if args.as_of else date.today()
    with unit_of_work(ctx.engine()) as s:
        rows = aging.aging(s, day, issuer=args.issuer, currency=args.currency, customer=args.customer)
    if args.json:
        print(json.dumps({"as_of": day.isoformat(), "rows": [r.as_json() for r in rows]}, indent=2))
        return 0
    outside = _owed_outside_words()
    wide = max(12, len(outside))
    # What is to pay out to resellers on their statements: a column only where a row has some.
    to_pay = _statement_words()[2] if any(r.to_pay_out for r in rows) else None
    pay_wide = max(12, len(to_pay or ""))
    # What resellers owe on their statements (a statement that nets against the reseller): its own column.
    to_collect = _to_collect_words() if any(r.to_collect for r in rows) else None
    collect_wide = max(12, len(to_collect or ""))
    print(f"{'issuer':<12} {'cur':<4} " + " ".join(f"{b:>12}" for b in aging.BUCKETS)
          + f" {'open':>12} {outside:>{wide}} {'credit':>12}" + (f" {to_pay:>{pay_wide}}" if to_pay else "")
          + (f" {to_collect:>{collect_wide}}" if to_collect else "") + f" {'balance':>12}")
    for r in rows:
        j = r.as_json()
        print(f"{j['issuer']:<12} {j['currency']:<4} " + " ".join(f"{j['buckets'][b]:>12}" for b in aging.BUCKETS)
              + f" {j['open']:>12} {j['owed_outside_invoices']:>{wide}} {j['credit']:>12}"
              + (f" {j['to_pay_out']:>{pay_wide}}" if to_pay else "")
              + (f" {j['to_collect']:>{collect_wide}}" if to_collect else "") + f" {j['balance']:>12}")
    return 0


def _apply_credit(args, ctx) -> int:
    from app.payments import payments
    from app.storage.engine import unit_of_work

    day = parse_date(args.date, "--date") if args.date else None
    with unit_of_work(ctx.engine()) as s:
        done = payments.apply_credit(s, args.customer, args.currency, issuer=args.issuer,
                                     invoices=args.invoices or None, day=day)
        lines = _allocated_lines(done) + _kept_lines(done)
    print("credit applied:")
    print("\n".join(lines))
    return 0


def _kept_lines(done) -> list[str]:
    """The credit left because the invoices still open are another collector's (``allocation.CreditApplied``),
    said in the reader's language as errors are."""
    kept = getattr(done, "kept", [])
    if not kept:
        return []
    from app.translation import environment_language, translator

    translate = translator(environment_language())
    return [f"  {note.message(translate)}" for note in kept]


def _terms(args, ctx) -> int:
    from app.payments import terms
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        days = terms.set_days(s, args.issuer, args.days)
    print(f"{args.issuer}: invoices due {days} days after issue (from the next one issued)")
    return 0


def _outcome_line(o: dict) -> str:
    text = f"{o['invoice']}: {o['status']} {o['amount']} {o['currency']}"
    if o["payment"]:
        text += f" (payment #{o['payment']})"
    if o["message"]:
        text += f" - {o['message']}"
    return text


def _charge(args, ctx) -> int:
    from app.payments import charges

    day = parse_date(args.date, "--date") if args.date else None
    engine = ctx.engine()
    charges.recover(engine, day=day)  # what a crash left behind first (never charged again)
    data = charges.charge(engine, args.invoice, method_id=args.method, day=day).as_json()
    print(json.dumps(data, indent=2) if args.json else _outcome_line(data))
    return 0 if data["status"] == "succeeded" else 1


def _recover(args, ctx) -> int:
    from app.payments import charges

    day = parse_date(args.date, "--date") if args.date else None
    rows = [o.as_json() for o in charges.recover(ctx.engine(), day=day)]
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print("\n".join(_outcome_line(o) for o in rows) if rows else "nothing to recover")
    return 0


def _collect(args, ctx) -> int:
    from app.payments import charges

    day = parse_date(args.date, "--date") if args.date else None
    if args.after_run or args.as_of:
        return _collect_issued(args, ctx, day)
    rows = [o.as_json() for o in charges.collect(ctx.engine(), day=day)]
    failed = [o for o in rows if o["status"] != "succeeded"]
    if args.json:
        print(json.dumps({"collected": [o for o in rows if o["status"] == "succeeded"], "follow_up": failed},
                         indent=2))
        return 0
    print(f"{len(rows) - len(failed)} collected, {len(failed)} to follow up")
    for o in failed:
        print("  " + _outcome_line(o))
    return 0


def _collect_issued(args, ctx, day) -> int:
    from app.payments import collection

    engine = ctx.engine()
    when = parse_date(args.collection_date, "--collection-date") if args.collection_date else None
    if args.after_run:
        ids = collection.invoices_of_run(engine, parse_date(args.after_run, "--after-run"))
        report = collection.collect_issued(engine, invoice_ids=ids, day=day, collection_date=when,
                                           out_dir=args.out_dir)
    else:
        report = collection.collect_issued(engine, as_of=parse_date(args.as_of, "--as-of"), day=day,
                                           collection_date=when, out_dir=args.out_dir)
    data = report.as_json()
    if args.json:
        print(json.dumps(data, indent=2))
        return 0 if not data["follow_up"] else 1
    print(f"{len(data['collected'])} collected, {len(data['follow_up'])} to follow up, {data['skipped']} with "
          f"nothing to collect them by, {data['switched_off']} with collection switched off")
    if data["settled_by_credit"]:  # the account's credit settled them first: nothing was taken of them
        print(f"{len(data['settled_by_credit'])} invoice(s) settled by the customers' credit, not collected")
    for o in data["settled_by_credit"]:
        print(f"  {o['invoice']} {o['customer']} {o['amount']} {o['currency']}: settled by credit")
    for f in data["files"]:
        print(f"  file {f}")
    for o in data["follow_up"]:
        print(f"  {o['invoice']} {o['customer']} {o['method']} {o['amount']} {o['currency']}: {o['status']}"
              + (f" - {o['reason']}" if o["reason"] else ""))
    return 0 if not data["follow_up"] else 1


def _statement(args, ctx) -> int:
    from app.payments import statement_pdf
    from app.storage.engine import unit_of_work

    start, end = parse_date(args.start, "--from"), parse_date(args.end, "--to")
    with unit_of_work(ctx.engine()) as s:
        data = statement_pdf.statement(s, args.customer, start, end, currency=args.currency, issuer=args.issuer)
    pdf = statement_pdf.render(data, language=args.language)
    with open(args.output, "wb") as fh:
        fh.write(pdf)
    print(f"{args.output}: statement of {data.customer} from {start.isoformat()} to {end.isoformat()}")
    return 0
