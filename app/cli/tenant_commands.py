"""``prorata resellers|companies|users list|add|edit|show``: the tenants, created and edited by hand.

Each option is one field of ``app.services.resellers_admin``, ``companies_admin``
or ``users_admin``; a bad value is reported with its field's name (exit 2) and
nothing is written. ``edit`` changes only the options given; ``--clear FIELD``
empties an optional field; ``--expect-version N`` refuses the save if the row
is no longer at the version N you saw (``show`` prints it).

An address is ``--address street="1 Main St" --address city=Leeds --address
postcode="LS1 1AA" --address country=GB`` (``street`` may be repeated, one per
line) or ``--address-json '{"lines": ["1 Main St"], "city": "Leeds", "country": "GB"}'``.
"""
from __future__ import annotations

import argparse
import json
from typing import Any

from app.errors import MESSAGES, ProrataError

MESSAGES.setdefault("bad_address_option", "{value!r} is not KEY=VALUE (keys: street, city, postcode, country)")
MESSAGES.setdefault("address_twice", "give the address either as --address KEY=VALUE or as --address-json, "
                                     "not both")

RESELLER_OPTIONS = (("name", "NAME", "the reseller's name"),
                    ("currency", "CODE", "its currency (an enabled ISO 4217 code)"),
                    ("language", "LOCALE", "language of its invoices (such as en_GB, de); default the hoster's"),
                    ("billing_mode", "MODE", "reseller_bills, hoster_bills_hoster_processor or "
                                             "hoster_bills_reseller_processor"),
                    ("signup", "DATE", "signup date (YYYY-MM-DD)"),
                    ("email", "EMAIL", "billing e-mail address"),
                    ("tax_id", "ID", "tax id (VAT number)"),
                    ("tax_treatment", "TREATMENT", "how the hoster taxes it: standard, reverse_charge or exempt"),
                    ("tax_rate", "PERCENT", "its tax rate as an issuer, such as 19 or 7.5"),
                    ("invoice_number_format", "FORMAT", "its invoice numbers, such as ACME-{year}-{seq:05} "
                                                        "(default: its code as prefix)"))
COMPANY_OPTIONS = (("name", "NAME", "the company's name"),
                   ("reseller", "CODE", "its reseller (absent: a direct customer of the hoster)"),
                   ("currency", "CODE", "its currency (an enabled ISO 4217 code)"),
                   ("language", "LOCALE", "language of its invoices; default its reseller's, else the hoster's"),
                   ("billing_day", "DAY", "1-31, or anniversary (the default: the day of month of signup)"),
                   ("term", "TERM", "monthly (default), quarterly, half_yearly or yearly"),
                   ("signup", "DATE", "signup date (YYYY-MM-DD)"),
                   ("delivery", "HOW", "email (default) or post"),
                   ("email", "EMAIL", "billing e-mail address (needed for delivery by e-mail)"),
                   ("tax_id", "ID", "tax id (VAT number)"),
                   ("tax_treatment", "TREATMENT", "standard (default), reverse_charge or exempt"),
                   ("tax_rate", "PERCENT", "its own tax rate (standard treatment only; default: the issuer's)"))
COMPANY_EDITABLE = ("name", "language", "delivery", "email", "address", "tax_id", "tax_treatment", "tax_rate")


FORM_HELP = """\
Each option is one field; a bad value is reported with its field's name (exit 2) and nothing is written.
'edit' changes only the options given; --clear FIELD empties an optional field; --expect-version N refuses
the save if it is no longer at the version N you saw ('show' prints it).

An address is given part by part:
  --address street="1 Main St" --address city=Leeds --address postcode="LS1 1AA" --address country=GB
('street' may be repeated, one per line), or whole:
  --address-json '{"lines": ["1 Main St"], "city": "Leeds", "postcode": "LS1 1AA", "country": "GB"}'"""


def _options(parser, options, *, skip=()) -> None:
    for name, metavar, text in options:
        if name not in skip:
            parser.add_argument("--" + name.replace("_", "-"), dest=name, metavar=metavar, help=text)


def _address_options(parser) -> None:
    parser.add_argument("--address", action="append", metavar="KEY=VALUE",
                        help="one part of the postal address: street (repeat for more lines), city, postcode, "
                             "country (ISO code such as DE)")
    parser.add_argument("--address-json", metavar="JSON", help="the whole postal address as a JSON object")


def _edit_options(parser, clearable: str) -> None:
    parser.add_argument("--clear", action="append", metavar="FIELD", default=[],
                        help=f"empty an optional field ({clearable})")
    parser.add_argument("--expect-version", type=int, metavar="N",
                        help="save only if it is still at version N (as shown by 'show')")


def register(sub) -> None:
    from app.cli.main import add_db_option, whole_number

    def action(group, name, text, func, *, json_out=False):
        p = group.add_parser(name, help=text, description=FORM_HELP if name in ("add", "edit") else None,
                             formatter_class=argparse.RawDescriptionHelpFormatter)
        if json_out:
            p.add_argument("--json", action="store_true", help="print it as JSON")
        add_db_option(p)
        p.set_defaults(func=func)
        return p

    r = sub.add_parser("resellers", help="list, add, edit and show resellers")
    rsub = r.add_subparsers(dest="reseller_command", metavar="ACTION", required=True)
    action(rsub, "list", "every reseller", _resellers_list, json_out=True)
    p = action(rsub, "show", "one reseller", _resellers_show, json_out=True)
    p.add_argument("code", metavar="CODE")
    p = action(rsub, "add", "a new reseller", _resellers_add)
    p.add_argument("code", metavar="CODE")
    _options(p, RESELLER_OPTIONS)
    _address_options(p)
    p = action(rsub, "edit", "change a reseller's fields", _resellers_edit)
    p.add_argument("code", metavar="CODE")
    p.add_argument("--code", dest="new_code", metavar="NEW", help="a new code (only while it has no companies "
                                                                  "or invoices)")
    _options(p, RESELLER_OPTIONS)
    _address_options(p)
    _edit_options(p, "signup, email, address, tax_id")

    c = sub.add_parser("companies", help="list, add, edit and show companies")
    csub = c.add_subparsers(dest="company_command", metavar="ACTION", required=True)
    p = action(csub, "list", "companies by name", _companies_list, json_out=True)
    p.add_argument("--reseller", metavar="CODE", help="only this reseller's companies")
    p.add_argument("--direct", action="store_true", help="only the hoster's own companies")
    # Paged as ``invoices list`` is: a page of 1000 by default, the next one at --offset.
    p.add_argument("--limit", type=whole_number, default=1000, metavar="N", help="at most N companies (default 1000)")
    p.add_argument("--offset", type=whole_number, default=0, metavar="N",
                   help="skip the first N: the next page starts at the last page's limit")
    p = action(csub, "show", "one company: its fields, version and today's plans and history", _companies_show,
               json_out=True)
    p.add_argument("code", metavar="CODE")
    p = action(csub, "add", "a new company", _companies_add)
    p.add_argument("code", metavar="CODE")
    _options(p, COMPANY_OPTIONS)
    _address_options(p)
    p = action(csub, "edit", "change a company's name, contact, language, delivery or tax", _companies_edit)
    p.add_argument("code", metavar="CODE")
    # The dated fields are accepted here only to be refused with what to use instead.
    _options(p, COMPANY_OPTIONS)
    _address_options(p)
    _edit_options(p, "email, address, tax_id, tax_rate")

    u = sub.add_parser("users", help="list, add, edit and show a company's users")
    usub = u.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p = action(usub, "list", "a company's users by e-mail address", _users_list, json_out=True)
    p.add_argument("company", metavar="COMPANY")
    p = action(usub, "show", "one user and the plans assigned to them today", _users_show, json_out=True)
    p.add_argument("company", metavar="COMPANY")
    p.add_argument("email", metavar="EMAIL")
    p = action(usub, "add", "a new user of a company", _users_add)
    p.add_argument("company", metavar="COMPANY")
    p.add_argument("email", metavar="EMAIL")
    p.add_argument("--name", required=True, metavar="NAME")
    p = action(usub, "edit", "change a user's name or e-mail address", _users_edit)
    p.add_argument("company", metavar="COMPANY")
    p.add_argument("email", metavar="EMAIL")
    p.add_argument("--name", metavar="NAME")
    p.add_argument("--email", dest="new_email", metavar="EMAIL", help="a new e-mail address")
    p.add_argument("--expect-version", type=int, metavar="N",
                   help="save only if it is still at version N (as shown by 'show')")


# --- reading the options -----------------------------------------------------

def _address(args) -> Any:
    """The address the options give: a dict for the field checker, or None when not given."""
    parts = getattr(args, "address", None)
    raw = getattr(args, "address_json", None)
    if parts and raw is not None:
        raise ProrataError.of("address_twice", "address")
    if raw is not None:
        try:
            return json.loads(raw)
        except ValueError as exc:
            raise ProrataError.of("bad_json", "address", reason=str(exc)) from None
    if not parts:
        return None
    out: dict[str, Any] = {}
    for part in parts:
        key, sep, value = part.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ProrataError.of("bad_address_option", "address", value=part)
        if key in ("street", "line"):
            out.setdefault("lines", []).append(value)
        else:
            out[key] = value
    return out


def _billing_day(text: str | None) -> Any:
    """A day of month typed as digits is a number for the billing-day rule; anything else goes as typed."""
    from app.values.numbers import ascii_whole

    day = None if text is None else ascii_whole(text)
    return text if day is None else day


def _given(args, names) -> dict[str, Any]:
    """The fields given as options (absent options left out)."""
    out = {}
    for name in names:
        value = getattr(args, name, None)
        if value is not None:
            out[name] = _billing_day(value) if name == "billing_day" else value
    address = _address(args)
    if address is not None:
        out["address"] = address
    for name in getattr(args, "clear", None) or []:
        out[name.strip().replace("-", "_")] = None
    return out


def _print_fields(data: dict) -> None:
    for key, value in data.items():
        if isinstance(value, dict) and key == "address":
            from app.services.tenant_view import address_lines

            value = "; ".join(address_lines(value))
        print(f"{key + ':':<23}{'' if value is None else value}")


def _dump(data) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


# --- resellers -----------------------------------------------------------------

def _resellers_list(args, ctx) -> int:
    from app.cli import quick_lists

    rows = quick_lists.resellers(ctx.reader())  # straight through the driver: starts fast (issue 12)
    if args.json:
        _dump(rows)
        return 0
    for r in rows:
        print(f"{r['code']:<16} {r['name'][:36]:<36} {r['currency']}  {r['billing_mode']:<31} "
              f"{r['companies']:>6} companies  v{r['version']}")
    return 0


def _resellers_show(args, ctx) -> int:
    from app.services import resellers_admin
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        r = resellers_admin.reseller_show(s, args.code)
    if args.json:
        _dump(r.as_json())
    else:
        _print_fields(r.as_json())
    return 0


def _resellers_add(args, ctx) -> int:
    from app.services import resellers_admin
    from app.storage.engine import unit_of_work

    fields = {"code": args.code, **_given(args, [n for n, _, _ in RESELLER_OPTIONS])}
    with unit_of_work(ctx.engine()) as s:
        r = resellers_admin.add_reseller(s, fields)
    print(f"reseller {r.code} added (invoice numbers {r.invoice_number_format})")
    return 0


def _resellers_edit(args, ctx) -> int:
    from app.services import resellers_admin
    from app.storage.engine import unit_of_work

    changes = _given(args, [n for n, _, _ in RESELLER_OPTIONS])
    if args.new_code is not None:
        changes["code"] = args.new_code
    with unit_of_work(ctx.engine()) as s:
        r = resellers_admin.edit_reseller(s, args.code, changes, expected_version=args.expect_version)
    print(f"reseller {r.code} saved (version {r.version})")
    return 0


# --- companies -----------------------------------------------------------------

def _companies_list(args, ctx) -> int:
    from app.cli import quick_lists

    rows = quick_lists.companies(ctx.reader(), args.reseller, direct=args.direct, offset=args.offset,
                                 limit=args.limit)  # straight through the driver (issue 12)
    if args.json:
        _dump(rows)
        return 0
    for c in rows:
        print(f"{c['code']:<16} {c['name'][:36]:<36} {c['currency']}  {c['reseller'] or '(hoster)':<16} "
              f"{c['term']:<11} v{c['version']}")
    return 0


def _companies_show(args, ctx) -> int:
    from app.cli import quick_lists

    data = quick_lists.company_show(ctx.reader(), args.code)  # straight through the driver (issue 12)
    if args.json:
        _dump(data)
        return 0
    current = data.pop("current")
    _print_fields(data)
    print(f"{'currency today:':<23}{current['currency']}")
    print(f"{'users:':<23}{current['users']}")
    for sub in current["subscriptions"]:
        print(f"  plan {sub['plan']:<24} x{sub['quantity']:<6} since {sub['since']}")
    for h in current["history"]:
        what = " ".join(str(x) for x in (h["plan"], h["to_plan"], h["quantity"], h["user"], h["code"], h["amount"])
                        if x is not None)
        print(f"  {h['date']} {h['type']:<12} {what}")
    return 0


def _companies_add(args, ctx) -> int:
    from app.services import companies_admin
    from app.storage.engine import unit_of_work

    fields = {"code": args.code, **_given(args, [n for n, _, _ in COMPANY_OPTIONS])}
    with unit_of_work(ctx.engine()) as s:
        c = companies_admin.add_company(s, fields)
    print(f"company {c.code} added" + (f" under {c.reseller}" if c.reseller else ""))
    return 0


def _companies_edit(args, ctx) -> int:
    from app.services import companies_admin
    from app.storage.engine import unit_of_work

    changes = _given(args, [n for n, _, _ in COMPANY_OPTIONS])
    with unit_of_work(ctx.engine()) as s:
        c = companies_admin.edit_company(s, args.code, changes, expected_version=args.expect_version)
    print(f"company {c.code} saved (version {c.version})")
    return 0


# --- users ---------------------------------------------------------------------

def _users_list(args, ctx) -> int:
    from app.cli import quick_lists

    rows = quick_lists.users(ctx.reader(), args.company)  # straight through the driver (issue 12)
    if args.json:
        _dump(rows)
        return 0
    for u in rows:
        print(f"{u['email']:<40} {u['name'][:36]:<36} v{u['version']}")
    return 0


def _users_show(args, ctx) -> int:
    from app.services import users_admin
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        u = users_admin.user_show(s, args.company, args.email)
    data = u.as_json()
    if args.json:
        _dump(data)
        return 0
    plans = data.pop("plans")
    _print_fields(data)
    for p in plans:
        print(f"  plan {p['plan']:<30} since {p['since']}")
    return 0


def _users_add(args, ctx) -> int:
    from app.services import users_admin
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        u = users_admin.add_user(s, args.company, args.email, args.name)
    print(f"user {u.email} of {u.company} added")
    return 0


def _users_edit(args, ctx) -> int:
    from app.services import users_admin
    from app.storage.engine import unit_of_work

    changes = {k: v for k, v in (("name", args.name), ("email", args.new_email)) if v is not None}
    with unit_of_work(ctx.engine()) as s:
        u = users_admin.edit_user(s, args.company, args.email, changes, expected_version=args.expect_version)
    print(f"user {u.email} of {u.company} saved (version {u.version})")
    return 0
