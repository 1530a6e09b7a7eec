"""``prorata company CODE move`` and ``prorata user EMAIL move``: a company to another seller, a user to
another company of the same seller, from a date (``app.services.moves``).

A refused move is reported with what and where (exit 2) and nothing is written. A move dated into a
period already invoiced is billed on the next invoices of both sellers as correction lines.
"""
from __future__ import annotations

import argparse
import json

COMPANY_MOVE_HELP = """\
Move company CODE to another seller (a reseller's code, or 'hoster') from --date
(default today). From that day the company is the new seller's: the seller it
leaves credits, on its next invoice, what it billed in advance beyond the date;
the new one bills from the date at its own prices, in the company's currency.
Its users, plans, one-off extras and history go along; invoices already
written stay with their issuer. Its recurring extras are the seller's own items:
they end with the move (the seller left bills them up to the day before; the
new seller does not bill them), and the move names them. Refused, saying why, if the new seller has no price (or, a
reseller, no cost) for a plan of the company, or sells nothing in its currency,
or if no billing run could bill it (a move dated into days billed in a currency
the company has left since: Prorata never converts an amount).
'prorata company CODE undo N' takes a move back while no later move follows it."""

USER_MOVE_HELP = """\
Move user EMAIL to company COMPANY of the same seller from --date (default
today): it is taken off its plans (and its own recurring extras end) in the
company it leaves and put on the same plans in COMPANY, both billed pro rata by
days. COMPANY must have those plans on that date. --from names the company the
user leaves when several companies have a user of that e-mail."""


def add_company_move(csub, common) -> None:
    """The ``move`` action of ``prorata company CODE`` (``change_commands`` builds that command)."""
    p = csub.add_parser("move", help="move the company to another seller from a date",
                        description=COMPANY_MOVE_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--to", required=True, metavar="SELLER", help="a reseller's code, or 'hoster'")
    p.add_argument("--from", dest="expected_from", metavar="SELLER",
                   help="refuse unless the company is with this seller now (a guard against a rival move)")
    p.add_argument("--date", metavar="DATE", help="the first day with the new seller (YYYY-MM-DD; default today)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    from app.cli.main import add_db_option

    add_db_option(p)
    p.set_defaults(func=_company_move)


def register(sub) -> None:
    from app.cli.main import add_db_option

    u = sub.add_parser("user", help="move a user to another company of the same seller",
                       description=USER_MOVE_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    u.add_argument("email", metavar="EMAIL", help="the user's e-mail address")
    usub = u.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    p = usub.add_parser("move", help="move the user to another company of the same seller from a date",
                        description=USER_MOVE_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--to", required=True, metavar="COMPANY", help="the company's code")
    p.add_argument("--from", dest="from_company", metavar="COMPANY", help="the company the user leaves")
    p.add_argument("--date", metavar="DATE", help="the first day in the new company (YYYY-MM-DD; default today)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    add_db_option(p)
    p.set_defaults(func=_user_move)


def _company_move(args, ctx) -> int:
    from app.services.moves import move_company
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        moved = move_company(s, args.company, args.to, args.date, expected_from=args.expected_from, source="cli")
    if args.json:
        print(json.dumps(moved.as_json(), indent=2, ensure_ascii=False))
        return 0
    print(f"recorded change #{moved.event_id} of {moved.company}: {moved.date} move from {moved.from_seller} "
          f"to {moved.to_seller}")
    if moved.late:
        print("  dated into a period already invoiced: both sellers' next invoices carry the corrections")
    if moved.notice is not None:  # a recurring extra is the seller's own item: it ends with the move
        from app.translation import environment_language, translator

        print(f"  {moved.notice.message(translator(environment_language()))}")
    return 0


def _user_move(args, ctx) -> int:
    from app.services.moves import move_user
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        moved = move_user(s, args.email, args.to, args.date, from_company=args.from_company, source="cli")
    if args.json:
        print(json.dumps(moved.as_json(), indent=2, ensure_ascii=False))
        return 0
    print(f"moved {moved.email} from {moved.from_company} to {moved.to_company} on {moved.date}")
    for c in moved.changes.changes:
        what = " ".join(str(x) for x in (c.plan, c.code, c.user) if x)
        print(f"  recorded change #{c.id} of {c.company}: {c.date} {c.type} {what}")
    return 0
