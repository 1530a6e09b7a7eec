"""``prorata staff add|list|disable``: staff logins on a shared PostgreSQL database (app/services/staff.py)."""
from __future__ import annotations

ROLE_NAMES = ("hoster-admin", "hoster-clerk", "reseller-admin", "reseller-clerk", "reviewer")


def register(sub) -> None:
    from app.cli.main import add_db_option

    p = sub.add_parser("staff", help="staff logins of a shared PostgreSQL database: add, list, disable",
                       description="Each person logs in as a PostgreSQL login of their own; the database lets a "
                                   "reseller's staff see and change only that reseller's customers.")
    ssub = p.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    add = ssub.add_parser("add", help="create a login in its role's group; its password goes to the keyring "
                                      "(a hoster admin adds anyone, a reseller admin its reseller's staff)")
    add.add_argument("name", help="the login, such as ann.smith (lower-case letters, digits, '_', '.', '-')")
    add.add_argument("--role", required=True, choices=ROLE_NAMES, metavar="ROLE",
                     help="one of: %(choices)s")
    add.add_argument("--reseller", metavar="CODE", help="the reseller a reseller-admin or -clerk works for "
                                                         "(a reseller admin adds its own reseller's staff only, "
                                                         "and that is the default; a reviewer with one reviews "
                                                         "that reseller only)")
    add.add_argument("--ask-password", action="store_true",
                     help="type the password (twice) instead of generating one")
    add_db_option(add)
    add.set_defaults(func=_add)
    ls = ssub.add_parser("list", help="the staff you may see, with role, reseller and state")
    ls.add_argument("--json", action="store_true", help="as JSON")
    add_db_option(ls)
    ls.set_defaults(func=_list)
    off = ssub.add_parser("disable", help="stop a login: it cannot log in or see anything any more (a reseller "
                                          "admin: its own reseller's staff only)")
    off.add_argument("name", help="the login")
    add_db_option(off)
    off.set_defaults(func=_disable)


def _ask_password() -> str:
    import getpass
    import sys

    from app.errors import ProrataError  # its messages: app/services/staff.py (imported by ``_add``)

    if not sys.stdin or not sys.stdin.isatty():
        raise ProrataError.of("staff_password_needs_terminal")
    first = getpass.getpass("Password for the new login: ")
    if first != getpass.getpass("Again: "):
        raise ProrataError.of("staff_password_mismatch")
    return first


def _add(args, ctx) -> int:
    from app.services import staff

    staff.check_login(args.name)
    engine = ctx.engine()
    # Refused in words (another reseller, a hoster role under a reseller's admin...) before a password is typed.
    reseller = staff.resolve_reseller(engine, args.role, args.reseller)
    password = _ask_password() if args.ask_password else None
    added = staff.add(engine, args.name, args.role, reseller, password=password)
    where = f" for reseller {added.member.reseller}" if added.member.reseller else ""
    print(f"{added.member.login} added as {added.member.role}{where}; connects with {added.url}")
    if added.kept_in_keyring:
        print("the password is in this machine's keyring (it is not shown)")
    else:
        print("no keyring on this machine: the password was not kept; hand it over in person")
    return 0


def _list(args, ctx) -> int:
    from app.services import staff

    members = staff.list_staff(ctx.engine())
    if args.json:
        import json

        print(json.dumps([m.as_json() for m in members], indent=2))
        return 0
    for m in members:
        state = "disabled" if m.disabled else ("active" if m.can_log_in else "cannot log in")
        print(f"{m.login:24} {m.role:15} {m.reseller or '(hoster)':16} {state}")
    return 0


def _disable(args, ctx) -> int:
    from app.services import staff

    m = staff.disable(ctx.engine(), args.name)
    print(f"{m.login} disabled")
    return 0
