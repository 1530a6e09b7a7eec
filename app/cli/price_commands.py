"""'prorata prices set|end|show': the four price layers, from the command line.

'set LAYER PLAN CURRENCY AMOUNT --from DATE' sets a layer's price from a day on (the days before
keep theirs), through the same service as the window's price matrix. Who the price is for:

  wholesale          the hoster's price to every reseller (no --seller, no --company)
  wholesale_override one reseller's own cost (--seller RESELLER)
  retail             a seller's price to its companies (--seller RESELLER, or hoster, the default)
  company_override   one company's own price (--company COMPANY)

AMOUNT is written as files write it: 12.50 (no grouping, no exponent), with no more decimals than
the currency has.

'end PLAN CURRENCY --company COMPANY --from DATE' ends the company's own price from a day on, through the
same service as the window's "End own price from" (app.services.price_removal.end_own_price): from DATE
the company pays its seller's price, with its later changes, until a later own price starts. Refused,
nothing written, on a day already billed for it. 'show --company' marks an ended own price.
"""
from __future__ import annotations

import argparse
import json

from app.errors import MESSAGES, ProrataError

MESSAGES.setdefault("own_price_ended_shown", "{plan}: own price ended from {date}; it pays its seller's price")

LAYERS = ("wholesale", "wholesale_override", "retail", "company_override")  # app.models.Layer, kept light


def register(sub) -> None:
    from app.cli.main import add_db_option

    p = sub.add_parser("prices", help="set and show prices in their four layers")
    psub = p.add_subparsers(dest="prices_command", metavar="ACTION", required=True)
    st = psub.add_parser("set", help="set a layer's price from a date on", description=__doc__.split("\n\n'end ", 1)[0].split("\n\n", 1)[1],
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    st.add_argument("layer", metavar="LAYER", choices=LAYERS, help="%(choices)s")
    st.add_argument("plan", metavar="PLAN")
    st.add_argument("currency", metavar="CURRENCY")
    st.add_argument("amount", metavar="AMOUNT")
    st.add_argument("--from", dest="valid_from", metavar="DATE", required=True,
                    help="the first day of the price (YYYY-MM-DD)")
    st.add_argument("--seller", metavar="RESELLER", help="a reseller's code, or hoster (retail's default)")
    st.add_argument("--company", metavar="CODE", help="the company (company_override only)")
    add_db_option(st)
    st.set_defaults(func=_set)
    en = psub.add_parser("end", help="end a company's own price from a date on (it pays its seller's price)",
                         description="End the company's own price of PLAN in CURRENCY from DATE on: from then it "
                                     "pays its seller's price. Days before keep the own price; a day already "
                                     "billed for the company is refused.")
    en.add_argument("plan", metavar="PLAN")
    en.add_argument("currency", metavar="CURRENCY")
    en.add_argument("--company", metavar="CODE", required=True, help="the company whose own price ends")
    en.add_argument("--from", dest="valid_from", metavar="DATE", required=True,
                    help="the first day without the own price (YYYY-MM-DD)")
    add_db_option(en)
    en.set_defaults(func=_end)
    sh = psub.add_parser("show", help="prices in force on a day: wholesale, cost, retail and margin per plan",
                         description="Without --company: the price matrix of a seller (the hoster unless "
                                     "--seller). With --company: the company's seller's price, its own price "
                                     "and what it pays.")
    sh.add_argument("--plan", metavar="CODE", help="one plan only")
    sh.add_argument("--currency", metavar="CODE", help="one currency only (default: every enabled one)")
    sh.add_argument("--seller", metavar="RESELLER", help="a reseller's code, or hoster (the default)")
    sh.add_argument("--company", metavar="CODE", help="one company's prices")
    sh.add_argument("--on", metavar="DATE", help="prices in force on DATE (default today)")
    sh.add_argument("--json", action="store_true")
    add_db_option(sh)
    sh.set_defaults(func=_show)


def _set(args, ctx) -> int:
    import app.bundle.messages  # noqa: F401  (not_for_layer)
    from app.cli.billing_commands import parse_date
    from app.money import parse_amount, to_text
    from app.services import price_matrix
    from app.storage.engine import unit_of_work

    currency = args.currency.upper()
    valid_from = parse_date(args.valid_from, "--from")
    if args.company and args.layer != "company_override":
        raise ProrataError.of("not_for_layer", "--company", key="--company", layer=args.layer)
    if args.seller and args.layer in ("wholesale", "company_override"):
        raise ProrataError.of("not_for_layer", "--seller", key="--seller", layer=args.layer)
    if args.layer == "company_override" and not args.company:
        raise ProrataError.of("missing", "--company", field="--company (whose own price it is)")
    if args.layer == "wholesale_override" and args.seller in (None, "hoster"):
        raise ProrataError.of("missing", "--seller", field="--seller RESELLER (whose cost it is)")
    with unit_of_work(ctx.engine()) as s:
        _check_currency(s, currency)
        amount = parse_amount(args.amount, currency, where="AMOUNT")
        price_matrix.set_price(s, layer=args.layer, plan=args.plan, currency=currency, amount=args.amount,
                               valid_from=valid_from, reseller=args.seller, company=args.company)
        notice = (price_matrix.own_price_notice(s, args.company, valid_from)
                  if args.layer == "company_override" else None)
    scope = f" for {args.company or args.seller}" if (args.company or args.seller) else ""
    print(f"{args.layer} {args.plan} {currency} {to_text(amount, currency)}{scope} from {valid_from}")
    if notice is not None:  # an own price is its seller's of the day: it ends at the company's next move
        from app.translation import environment_language, translator

        print(f"  {notice.message(translator(environment_language()))}")
    return 0


def _end(args, ctx) -> int:
    from app.cli.billing_commands import parse_date
    from app.money import to_text
    from app.services import price_removal
    from app.storage.engine import unit_of_work

    currency = args.currency.upper()
    day = parse_date(args.valid_from, "--from")
    with unit_of_work(ctx.engine()) as s:
        _check_currency(s, currency)
        ended = price_removal.end_own_price(s, company=args.company, plan=args.plan, currency=currency, day=day)
    since = ended.since.isoformat() if ended.since else "always"
    pays = to_text(ended.pays, currency) if ended.pays is not None else "-"
    print(f"company_override {args.plan} {currency} {to_text(ended.own, currency)} for {args.company} "
          f"(since {since}) ended from {day}: it pays its seller's price, {pays}")
    return 0


def _check_currency(session, currency: str, where: str = "CURRENCY") -> None:
    from app.models import Currency
    from app.money import is_currency

    if not is_currency(currency):
        raise ProrataError.of("unknown_currency", where, code=currency)
    row = session.get(Currency, currency)
    if row is None or not row.enabled:
        raise ProrataError.of("currency_disabled", where, code=currency)


def _text(value, currency: str) -> str | None:
    from app.money import to_text

    return None if value is None else to_text(value, currency)


def _show(args, ctx) -> int:
    from datetime import date

    from sqlalchemy import select

    from app.cli.billing_commands import parse_date
    from app.models import Currency, Plan
    from app.services import price_matrix
    from app.storage.engine import unit_of_work

    if args.company and args.seller:
        raise ProrataError.of("bad_value", "--seller", value="--seller with --company",
                              allowed="--seller or --company (a company's seller is known)")
    on = parse_date(args.on, "--on") if args.on else date.today()
    lang = _language()
    rows: list[dict] = []
    with unit_of_work(ctx.engine()) as s:
        if args.currency:
            currencies = [args.currency.upper()]
            _check_currency(s, currencies[0], "--currency")
        else:
            currencies = list(s.scalars(select(Currency.code).where(Currency.enabled.is_(True))
                                        .order_by(Currency.code)))
        if args.plan and s.scalar(select(Plan.id).where(Plan.code == args.plan)) is None:
            raise ProrataError.of("unknown", "--plan", kind="plan", code=args.plan)
        for cur in currencies:
            if args.company:
                for r in price_matrix.company_prices(s, args.company, cur, on, language=lang):
                    if args.plan in (None, r.plan_code):
                        rows.append({"currency": cur, "plan": r.plan_code, "name": r.plan_name, "basis": r.basis,
                                     "retail": _text(r.retail, cur), "own": _text(r.own, cur),
                                     "own_from": r.own_from.isoformat() if r.own_from else None,
                                     "own_ended": r.own_ended.isoformat() if r.own_ended else None,
                                     "pays": _text(r.pays, cur)})
            else:
                for r in price_matrix.matrix(s, cur, args.seller or "hoster", on, language=lang):
                    if args.plan in (None, r.plan_code):
                        rows.append({"currency": cur, "plan": r.plan_code, "name": r.plan_name, "basis": r.basis,
                                     "wholesale": _text(r.wholesale, cur), "cost": _text(r.cost, cur),
                                     "retail": _text(r.retail, cur), "margin": _text(r.margin, cur),
                                     "holes": r.holes})
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    who = f"company {args.company}" if args.company else f"seller {args.seller or 'hoster'}"
    print(f"prices of {who} on {on.isoformat()}")
    dash = "-"
    if args.company:
        print(f"{'plan':<24} {'cur':<4} {'retail':>12} {'own':>12} {'from':<10} {'pays':>12}")
        for r in rows:
            own = r["own"] or ("ended" if r["own_ended"] else dash)
            print(f"{r['plan']:<24} {r['currency']:<4} {r['retail'] or dash:>12} {own:>12} "
                  f"{r['own_from'] or r['own_ended'] or '':<10} {r['pays'] or dash:>12}")
        ended = [r for r in rows if r["own_ended"]]
        if ended:
            from app.errors import Problem
            from app.translation import environment_language, translator

            say = translator(environment_language())
            for r in ended:  # from then the seller's price, with its later changes
                print("  " + Problem("own_price_ended_shown", {"plan": r["plan"], "date": r["own_ended"]}).message(say))
        return 0
    print(f"{'plan':<24} {'cur':<4} {'wholesale':>12} {'cost':>12} {'retail':>12} {'margin':>12}")
    for r in rows:
        holes = f"  missing: {', '.join(r['holes'])}" if r["holes"] else ""
        print(f"{r['plan']:<24} {r['currency']:<4} {r['wholesale'] or dash:>12} {r['cost'] or dash:>12} "
              f"{r['retail'] or dash:>12} {r['margin'] or dash:>12}{holes}")
    return 0


def _language() -> str:
    from app.translation import environment_language

    return environment_language() or "en"
