"""``prorata processors``, ``cards``, ``mandates``, ``debit`` and ``payouts``: how money is collected (processor
accounts, saved cards, SEPA mandates and collection files, ACH authorisations and NACHA files, returned and
rejected debits) and what the hoster pays out to resellers (pain.001 transfer files)."""
from __future__ import annotations

import json
import sys

from app.cli.billing_commands import parse_date


def register(sub) -> None:
    from app.cli.main import add_db_option

    p = sub.add_parser("processors", help="payment processors and each issuer's accounts with them")
    psub = p.add_subparsers(dest="processor_command", metavar="ACTION", required=True)
    ls = psub.add_parser("list", help="the processors installed, and the accounts configured")
    ls.add_argument("--json", action="store_true")
    add_db_option(ls)
    ls.set_defaults(func=_processors_list)
    cf = psub.add_parser("configure", help="create or change an issuer's account with a processor")
    cf.add_argument("issuer", metavar="ISSUER", help="'hoster' or a reseller code")
    cf.add_argument("processor", metavar="PROCESSOR", help="such as test, sepa, manual")
    cf.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a setting (no secrets)")
    cf.add_argument("--secret", action="append", default=[], metavar="NAME",
                    help="a secret to read from standard input (one line each, in order) into the keyring")
    cf.add_argument("--disable", action="store_true")
    add_db_option(cf)
    cf.set_defaults(func=_processors_configure)

    c = sub.add_parser("cards", help="customers' saved cards (kept as the processor's token)")
    csub = c.add_subparsers(dest="card_command", metavar="ACTION", required=True)
    ca = csub.add_parser("add", help="save a card: reads the number, the expiry (MM/YY) and the CVC from standard "
                                     "input, one a line (never from the command line)")
    ca.add_argument("customer", metavar="CUSTOMER")
    add_db_option(ca)
    ca.set_defaults(func=_cards_add)
    cl = csub.add_parser("list", help="a customer's saved cards")
    cl.add_argument("customer", metavar="CUSTOMER")
    cl.add_argument("--json", action="store_true")
    add_db_option(cl)
    cl.set_defaults(func=_cards_list)

    m = sub.add_parser("mandates", help="SEPA direct debit mandates")
    msub = m.add_subparsers(dest="mandate_command", metavar="ACTION", required=True)
    ma = msub.add_parser("add", help="record a company's signed mandate to whoever collects for it")
    ma.add_argument("company", metavar="COMPANY")
    ma.add_argument("--reference", required=True, metavar="TEXT", help="the mandate reference (at most 35)")
    ma.add_argument("--iban", required=True)
    ma.add_argument("--bic")
    ma.add_argument("--signed", required=True, metavar="DATE", help="the signature date")
    ma.add_argument("--one-off", action="store_true", help="a one-off mandate (default: recurring)")
    ma.add_argument("--name", metavar="TEXT", help="the account holder (default: the company's name)")
    ma.add_argument("--json", action="store_true")
    add_db_option(ma)
    ma.set_defaults(func=_mandates_add)
    ml = msub.add_parser("list", help="mandates")
    ml.add_argument("--company", metavar="CODE")
    ml.add_argument("--json", action="store_true")
    add_db_option(ml)
    ml.set_defaults(func=_mandates_list)
    mr = msub.add_parser("revoke", help="revoke a mandate: no more debits under it")
    mr.add_argument("reference", metavar="REFERENCE")
    add_db_option(mr)
    mr.set_defaults(func=_mandates_revoke)

    d = sub.add_parser("debit", help="SEPA direct debit runs and returned debits")
    dsub = d.add_subparsers(dest="debit_command", metavar="ACTION", required=True)
    db = dsub.add_parser("batch", help="write a pain.008 file for the open EUR invoices of companies with a "
                                       "mandate, and mark them submitted")
    db.add_argument("--collection-date", required=True, metavar="DATE")
    db.add_argument("--out", required=True, metavar="FILE.xml")
    db.add_argument("--creditor", default="hoster", metavar="ISSUER",
                    help="whose collection: 'hoster' (default) or a reseller code")
    db.add_argument("--schema", default="pain.008.001.02", choices=("pain.008.001.02", "pain.008.001.08"))
    db.add_argument("--json", action="store_true")
    add_db_option(db)
    db.set_defaults(func=_debit_batch)
    add_returns_parser(dsub, help="reverse the debits a bank returned or rejected (camt.054, pain.002 or CSV "
                                  "end_to_end_id,date,reason[,amount])")

    po = sub.add_parser("payouts", help="what the hoster owes resellers (their margins) and pays out")
    posub = po.add_subparsers(dest="payout_command", metavar="ACTION", required=True)
    pa = posub.add_parser("add", help="record a payout to a reseller")
    pa.add_argument("reseller", metavar="RESELLER")
    pa.add_argument("amount", metavar="AMOUNT")
    pa.add_argument("--date", required=True, metavar="DATE")
    pa.add_argument("--currency", metavar="CODE", help="default: the reseller's currency")
    pa.add_argument("--reference", metavar="TEXT", help="the transfer's reference")
    add_db_option(pa)
    pa.set_defaults(func=_payouts_add)
    pl = posub.add_parser("list", help="per reseller and currency: statements, paid out, still owed")
    pl.add_argument("--reseller", metavar="CODE")
    pl.add_argument("--json", action="store_true")
    add_db_option(pl)
    pl.set_defaults(func=_payouts_list)
    pt = posub.add_parser("transfer", help="pay every reseller what it is owed in EUR: records the payouts and "
                                           "writes a SEPA credit transfer file (pain.001)")
    pt.add_argument("--date", required=True, metavar="DATE", help="the transfers' execution date")
    pt.add_argument("--out", required=True, metavar="FILE.xml")
    pt.add_argument("--json", action="store_true")
    add_db_option(pt)
    pt.set_defaults(func=_payouts_transfer)
    pr = posub.add_parser("reverse", help="a payout that did not hold (its transfer bounced, it was entered twice): "
                                          "what it paid is owed again")
    pr.add_argument("entry", metavar="ENTRY", help="the payout's entry, as `payouts transfer` names it (PO-12) or "
                                                   "its number (12)")
    pr.add_argument("--date", metavar="DATE", help="the day it is reversed (default today)")
    pr.add_argument("--reason", metavar="TEXT", help="such as: transfer returned AC04")
    add_db_option(pr)
    pr.set_defaults(func=_payouts_reverse)

    da = dsub.add_parser("ach-account", help="record a company's authorisation to debit its US bank account")
    da.add_argument("company", metavar="COMPANY")
    da.add_argument("routing", metavar="ROUTING", help="the nine-digit routing number")
    da.add_argument("account", metavar="ACCOUNT", help="the account number (1 to 17 digits)")
    da.add_argument("--type", default="checking", choices=("checking", "savings"))
    da.add_argument("--signed", required=True, metavar="DATE")
    da.add_argument("--name", metavar="TEXT", help="the account holder (default: the company's name)")
    add_db_option(da)
    da.set_defaults(func=_debit_ach_account)
    dn = dsub.add_parser("nacha", help="write a NACHA (US ACH) file for the open USD invoices of companies with an "
                                       "ACH authorisation, and mark them submitted")
    dn.add_argument("--effective-date", required=True, metavar="DATE")
    dn.add_argument("--out", required=True, metavar="FILE.ach")
    dn.add_argument("--creditor", default="hoster", metavar="ISSUER")
    dn.add_argument("--json", action="store_true")
    add_db_option(dn)
    dn.set_defaults(func=_debit_nacha)


def _processors_list(args, ctx) -> int:
    from app.payments.processors import accounts, installed, processor_class
    from app.storage.engine import unit_of_work

    kinds = [{"name": n, "label": processor_class(n).label,
              "capabilities": sorted(c.value for c in processor_class(n).capabilities),
              "settings": processor_class(n).settings_fields, "secrets": list(processor_class(n).secret_fields)}
             for n in installed()]
    with unit_of_work(ctx.engine()) as s:
        configured = accounts.list_json(s)
    if args.json:
        print(json.dumps({"processors": kinds, "accounts": configured}, indent=2))
        return 0
    for k in kinds:
        print(f"{k['name']:<10} {', '.join(k['capabilities']) or '-':<60} {k['label']}")
    for a in configured:
        state = "" if a["enabled"] else " (disabled)"
        print(f"  {a['issuer']}: {a['processor']}{state} {json.dumps(a['settings'])}")
    return 0


def _processors_configure(args, ctx) -> int:
    from app.errors import ProrataError
    from app.payments.processors import accounts
    from app.storage.engine import unit_of_work

    settings = {}
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ProrataError.of("bad_value", "--set", value=item, allowed="NAME=VALUE")
        settings[name.strip()] = value.strip()
    secrets = {name: sys.stdin.readline().rstrip("\n") for name in args.secret}
    with unit_of_work(ctx.engine()) as s:
        row = accounts.configure(s, args.issuer, args.processor, settings, secrets=secrets or None,
                                 enabled=not args.disable)
        print(f"{args.issuer}: {row.processor} account #{row.id} {'disabled' if args.disable else 'enabled'}")
    return 0


def _cards_add(args, ctx) -> int:
    import getpass

    from app.payments import charges
    from app.storage.engine import unit_of_work

    if sys.stdin.isatty():
        number = getpass.getpass("Card number: ")
        expiry = input("Expiry (MM/YY): ")
        cvc = getpass.getpass("Security code: ")
    else:
        number, expiry, cvc = (sys.stdin.readline().strip() for _ in range(3))
    with unit_of_work(ctx.engine()) as s:
        m = charges.save_card(s, args.customer, number, expiry, cvc)
        print(f"card #{m.id}: {m.brand} ending {m.last4}, expires {m.exp_month:02}/{m.exp_year}")
    return 0


def _cards_list(args, ctx) -> int:
    from app.payments import charges
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        rows = charges.methods_json(s, args.customer)
    if args.json:
        print(json.dumps(rows, indent=2))
    for r in [] if args.json else rows:
        print(f"#{r['id']} {r['brand']} ending {r['last4']} expires {r['expiry']}{'' if r['active'] else ' (removed)'}")
    return 0


def _mandates_add(args, ctx) -> int:
    from app.payments.sepa import mandates
    from app.storage.engine import unit_of_work

    signed = parse_date(args.signed, "--signed")
    with unit_of_work(ctx.engine()) as s:
        m = mandates.add(s, args.company, args.reference, args.iban, signed, bic=args.bic,
                         recurring=not args.one_off, debtor_name=args.name)
        data = mandates.as_json(s, m)
    if args.json:
        print(json.dumps(data, indent=2))
    else:
        print(f"mandate {data['reference']} of {data['company']} to {data['creditor']}: {data['type']}, next "
              f"{data['sequence']}")
    return 0


def _mandates_list(args, ctx) -> int:
    from app.payments.sepa import mandates
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        rows = mandates.list_json(s, args.company)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for r in rows:
        print(f"{r['reference']:<20} {r['company']:<12} {r['creditor']:<10} {r['iban']:<34} {r['type']:<9} "
              f"{r['sequence']} {r['status']}")
    return 0


def _mandates_revoke(args, ctx) -> int:
    from app.payments.sepa import mandates
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        m = mandates.revoke(s, args.reference)
        print(f"mandate {m.reference} revoked")
    return 0


def _debit_batch(args, ctx) -> int:
    import os

    from app.payments.sepa import batch
    from app.storage.engine import unit_of_work

    day = parse_date(args.collection_date, "--collection-date")
    tmp = f"{args.out}.{os.getpid()}.part"
    try:
        with unit_of_work(ctx.engine()) as s:
            done = batch.run(s, args.creditor, day, schema=args.schema)
            with open(tmp, "wb") as fh:  # written before the commit; named only once the debits are committed
                fh.write(done.xml)
        os.replace(tmp, args.out)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    if args.json:
        print(json.dumps({**done.as_json(), "file": args.out}, indent=2))
        return 0
    print(f"{args.out}: {len(done.debits)} debits, {done.total} EUR, collected on {day.isoformat()} "
          f"({done.schema}, batch {done.batch})")
    for d in done.debits:
        print(f"  {d['invoice']:<18} {d['amount']:>12} {d['sequence']} {d['mandate']}  {d['end_to_end_id']}")
    return 0


def _write_committed(ctx, out: str, work) -> object:
    """Run ``work(session) -> (result, bytes)`` in one unit of work; the file is named only once committed."""
    import os

    from app.storage.engine import unit_of_work

    tmp = f"{out}.{os.getpid()}.part"
    try:
        with unit_of_work(ctx.engine()) as s:
            done, data = work(s)
            with open(tmp, "wb") as fh:
                fh.write(data)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return done


def _debit_nacha(args, ctx) -> int:
    from app.payments.ach import run

    day = parse_date(args.effective_date, "--effective-date")
    def work(s):
        f = run.run(s, args.creditor, day)
        return f, f.text.encode("ascii")

    done = _write_committed(ctx, args.out, work)
    data = done.as_json()
    if args.json:
        print(json.dumps({**data, "file": args.out}, indent=2))
        return 0
    c = data["control"]
    print(f"{args.out}: {data['count']} debits, {data['total']} USD, effective {day.isoformat()} (entry hash "
          f"{c['entry_hash']}, {c['blocks']} blocks)")
    return 0


def _debit_ach_account(args, ctx) -> int:
    from app.payments.ach import authorizations
    from app.storage.engine import unit_of_work

    signed = parse_date(args.signed, "--signed")
    with unit_of_work(ctx.engine()) as s:
        row = authorizations.add(s, args.company, args.routing, args.account, signed, account_type=args.type,
                                 holder_name=args.name)
        print(f"ACH authorisation #{row.id} of {args.company}: routing {row.routing_number}, account "
              f"…{row.account_number[-4:]} ({row.account_type})")
    return 0


def _payouts_transfer(args, ctx) -> int:
    from app.payments.sepa import transfers

    day = parse_date(args.date, "--date")
    def work(s):
        f = transfers.pay_out(s, day)
        return f, f.xml

    done = _write_committed(ctx, args.out, work)
    if args.json:
        print(json.dumps({**done.as_json(), "file": args.out}, indent=2))
        return 0
    print(f"{args.out}: {len(done.transfers)} transfers, {done.total} EUR on {day.isoformat()}")
    for t in done.transfers:
        print(f"  {t['reseller']:<12} {t['amount']:>12}  {t['end_to_end_id']}")
    return 0


def add_returns_parser(subparsers, help: str) -> None:
    """``import-returns FILE [--format F] [--json]`` under ``subparsers`` (``debit`` and ``payments`` both have it)."""
    from app.cli.main import add_db_option

    p = subparsers.add_parser("import-returns", help=help)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=("camt054", "pain002", "csv", "nacha"),
                   help="default: told by the file's content (a NACHA return file for US ACH debits)")
    p.add_argument("--json", action="store_true")
    add_db_option(p)
    p.set_defaults(func=_debit_returns)


def _debit_returns(args, ctx) -> int:
    from pathlib import Path

    from app.payments import bank_returns
    from app.storage.engine import unit_of_work

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as e:
        from app.errors import ProrataError
        raise ProrataError.of("bad_bank_file", file=args.file, what=e.strerror or str(e)) from None
    with unit_of_work(ctx.engine()) as s:
        rows = bank_returns.import_file(s, data, path.name, args.format)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    from app.errors import Problem
    from app.translation import environment_language, translator

    translate = translator(environment_language())
    for r in rows:
        words = bank_returns.reason_words(r["reason"], translate=translate) if r["result"] == "returned" else ""
        if r.get("payout"):  # a payout transfer the bank returned: the payout is reversed, owed again
            extra = f" {r['reason']} ({words}), payout of {r['amount']} EUR reversed" \
                if r["result"] == "returned" else f" payout of {r['amount']} EUR"
        elif r.get("reversed_on"):  # its payment reversed by hand before the bank's file came
            said = Problem("bank_return_reversed_before", {"code": r["reason"], "payment": r["payment"],
                                                           "date": r["reversed_on"]}).message(translate)
            extra = f" {r['invoice']}, {said}"
        else:
            extra = f" {r['reason']} ({words}), {r['invoice']} {r['invoice_status'].replace('_', ' ')}" \
                if r["result"] == "returned" else f" {r['invoice']}"
        print(f"{r['end_to_end_id']}: {r['result']}{extra}")
    return 0


def _payouts_add(args, ctx) -> int:
    from app.payments import payouts
    from app.storage.engine import unit_of_work

    day = parse_date(args.date, "--date")
    with unit_of_work(ctx.engine()) as s:
        entry = payouts.add(s, args.reseller, args.amount, day, currency=args.currency, reference=args.reference)
        currency = entry_currency(s, entry)
        row = next(r for r in payouts.owed(s, args.reseller) if r["currency"] == currency)
    print(f"paid out {args.amount} {currency} to {args.reseller}; still owed {row['owed']} {currency}")
    return 0


def _payouts_reverse(args, ctx) -> int:
    from datetime import date

    from app.money import to_text
    from app.payments import payouts
    from app.storage.engine import unit_of_work

    day = parse_date(args.date, "--date") if args.date else date.today()
    with unit_of_work(ctx.engine()) as s:
        entry = payouts.reverse(s, args.entry, day, args.reason)
        currency = entry_currency(s, entry)
        code = payouts.reseller_of(s, entry)
        row = next(r for r in payouts.owed(s, code) if r["currency"] == currency)
    print(f"reversed payout {args.entry} of {to_text(-entry.amount, currency)} {currency} to {code} on "
          f"{day.isoformat()}; owed {row['owed']} {currency}")
    return 0


def entry_currency(s, entry) -> str:
    from app.models.payments import PaymentAccount

    return s.get(PaymentAccount, entry.account_id).currency


def _payouts_list(args, ctx) -> int:
    from app.payments import payouts
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        rows = payouts.owed(s, args.reseller)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for r in rows:
        print(f"{r['reseller']:<12} {r['currency']} statements {r['statements']:>12}  paid out {r['paid_out']:>12}"
              f"  owed {r['owed']:>12}")
    return 0
