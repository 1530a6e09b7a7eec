"""``prorata settings show|set|min-charge``: the issuers' billing settings."""
from __future__ import annotations

import json

from app.errors import MESSAGES, ProrataError

MESSAGES.setdefault("amount_and_remove", "give an AMOUNT or --remove, not both (got {amount} and --remove)")


def _names() -> tuple[str, ...]:
    from app.services import billing_settings

    return (*billing_settings.SWITCHES, *billing_settings.PAYMENT_SWITCHES, "tax_rate", "invoice_number_format")


def _policies() -> list[str]:
    from app.models import MinimumPolicy

    return [p.value for p in MinimumPolicy]


def register(sub) -> None:
    from app.cli.main import LazyChoices, add_db_option

    p = sub.add_parser("settings", help="billing settings of the hoster and its resellers",
                       description="Switches (invoicing, payment_collection, email_delivery), tax rate, invoice "
                                   "numbering and minimum charges of the hoster and of each reseller.")
    ssub = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    show = ssub.add_parser("show", help="every issuer's settings")
    show.add_argument("--json", action="store_true")
    add_db_option(show)
    show.set_defaults(func=_show)
    st = ssub.add_parser("set", help="change one setting",
                         description="ISSUER is 'hoster' or a reseller code. Switches take on or off; a "
                                     "reseller's also inherit (follow the hoster). tax_rate is a percentage "
                                     "such as 20 or 7.5; invoice_number_format a template such as "
                                     "INV-{year}-{seq:05}.")
    st.add_argument("issuer", metavar="ISSUER")
    st.add_argument("name", metavar="NAME", choices=LazyChoices(_names), help="%(choices)s")
    st.add_argument("value", metavar="VALUE")
    add_db_option(st)
    st.set_defaults(func=_set)
    mc = ssub.add_parser("min-charge", help="set or remove a minimum charge in one currency")
    mc.add_argument("issuer", metavar="ISSUER")
    mc.add_argument("currency", metavar="CURRENCY")
    mc.add_argument("amount", metavar="AMOUNT", nargs="?", help="such as 5.00; leave out with --remove")
    mc.add_argument("--policy", metavar="POLICY", choices=LazyChoices(_policies),
                    help="defer: hold a smaller invoice for the next; top_up: add a minimum line (default defer)")
    mc.add_argument("--remove", action="store_true", help="remove the minimum charge in CURRENCY")
    add_db_option(mc)
    mc.set_defaults(func=_min_charge)


def _show(args, ctx) -> int:
    from app.cli import quick_lists

    rows = quick_lists.settings(ctx.reader())  # straight through the driver: starts fast (issue 12)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for r in rows:
        print(_describe(r))
    return 0


def _describe(r: dict) -> str:
    """An issuer's settings (``IssuerSettings.as_json``) as ``settings show`` prints them."""
    from app.cli.quick_lists import SWITCHES

    def switch(name: str) -> str:
        own = r["settings"][name]
        state = "on" if r["effective"][name] else "off"
        return f"{name} {state}" + (" (hoster's)" if own is None else "")
    minimums = ", ".join(f"{m['currency']} {m['amount']} {m['policy']}" for m in r["min_charge"]) or "none"
    return "\n".join([
        f"{r['issuer']}  {r['name']}",
        f"  tax {r['tax_rate']} %, numbers {r['invoice_number_format']}",
        "  " + ", ".join(switch(n) for n in SWITCHES),
        f"  minimum charges: {minimums}",
    ])


def _set(args, ctx) -> int:
    from app.services import billing_settings
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        after = billing_settings.set_value(s, args.issuer, args.name, args.value)
    print(_describe(after.as_json()))
    return 0


def _min_charge(args, ctx) -> int:
    if args.remove and args.amount is not None:
        raise ProrataError.of("amount_and_remove", amount=args.amount)
    if not args.remove and args.amount is None:
        raise ProrataError.of("missing", field="an AMOUNT (or --remove)")
    from app.models import MinimumPolicy
    from app.services import billing_settings
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        after = billing_settings.set_minimum(s, args.issuer, args.currency.upper(),
                                             None if args.remove else args.amount,
                                             args.policy or MinimumPolicy.DEFER.value)
    print(_describe(after.as_json()))
    return 0
