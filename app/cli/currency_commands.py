"""``prorata currencies list|enable CODE|disable CODE``."""
from __future__ import annotations


def register(sub) -> None:
    from app.cli.main import add_db_option

    p = sub.add_parser("currencies", help="list, enable or disable the hoster's currencies")
    csub = p.add_subparsers(dest="currency_command", metavar="ACTION", required=True)
    ls = csub.add_parser("list", help="list currencies with their minor units")
    add_db_option(ls)
    ls.set_defaults(func=_list)
    for name, helptext in (("enable", "enable an ISO 4217 currency"),
                           ("disable", "disable a currency nothing uses any more")):
        c = csub.add_parser(name, help=helptext)
        c.add_argument("code", help="ISO 4217 code, such as EUR")
        add_db_option(c)
        c.set_defaults(func=_toggle, action=name)


def _list(args, ctx) -> int:
    from app.services import currencies

    rows = currencies.read_currencies(ctx.reader())  # straight through the driver: starts fast (issue 12)
    for r in rows:
        print(f"{r.code}  {'enabled ' if r.enabled else 'disabled'}  {r.digits} decimals")
    return 0


def _toggle(args, ctx) -> int:
    from app.services import currencies
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        row = getattr(currencies, args.action)(s, args.code)
    print(f"{row.code} {'enabled' if row.enabled else 'disabled'}")
    return 0
