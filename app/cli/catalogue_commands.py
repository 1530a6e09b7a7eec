"""'prorata services|plans|extras': the catalogue, listed, added, edited and retired.

Texts are given per language, one option each: '--name en=Exchange --name de=Exchange'.
'edit' changes only what is given: '--name de=Postfach' changes the German name and keeps the
others, '--name de=' removes it; '--clear FIELD' removes an optional field; '--expect-version N'
saves only if the row is still at the version N you saw ('show'/'list --json' print it).
A bad value is reported with its field's name ('name.de', 'unit', 'amounts.EUR'), exit 2,
and nothing is written.
"""
from __future__ import annotations

import argparse
import json

from app.errors import ProrataError

STATE_CHOICES = ("all", "active", "retired")
BASIS_CHOICES = ("per_plan", "per_user", "per_unit")  # app.models.Basis; kept here so the parser stays light


def register(sub) -> None:
    from app.cli.main import add_db_option

    # services
    p = sub.add_parser("services", help="the catalogue's services", description=__doc__.split("\n\n", 1)[1],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    ssub = p.add_subparsers(dest="services_command", metavar="ACTION", required=True)
    ls = ssub.add_parser("list", help="every service with its number of plans")
    ls.add_argument("--search", metavar="TEXT", help="only services whose code or a name contains TEXT")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_services_list)
    add = ssub.add_parser("add", help="a new service")
    add.add_argument("code", metavar="CODE")
    _texts(add, "name", required=True)
    _texts(add, "description")
    add.set_defaults(func=_services_add)
    ed = ssub.add_parser("edit", help="change a service's names or description")
    ed.add_argument("code", metavar="CODE")
    _texts(ed, "name")
    _texts(ed, "description")
    ed.add_argument("--clear", action="append", metavar="FIELD", default=[], choices=["description"],
                    help="remove the description")
    ed.set_defaults(func=_services_edit)
    for c in (ls, add, ed):
        add_db_option(c)

    # plans
    p = sub.add_parser("plans", help="the catalogue's plans", description=__doc__.split("\n\n", 1)[1],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    psub = p.add_subparsers(dest="plans_command", metavar="ACTION", required=True)
    ls = psub.add_parser("list", help="plans, retired ones marked")
    ls.add_argument("--service", metavar="CODE", help="one service's plans")
    ls.add_argument("--state", choices=STATE_CHOICES, default="all", help="all (default), active or retired")
    ls.add_argument("--on", metavar="DATE", help="retired or not on DATE (default today)")
    ls.add_argument("--search", metavar="TEXT", help="only plans whose code or a name contains TEXT")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_plans_list)
    show = psub.add_parser("show", help="one plan, with its version and whether invoices billed it")
    show.add_argument("code", metavar="CODE")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=_plans_show)
    add = psub.add_parser("add", help="a new plan")
    add.add_argument("code", metavar="CODE")
    add.add_argument("--service", metavar="CODE", required=True, help="the service it belongs to")
    add.add_argument("--basis", metavar="BASIS", required=True, choices=BASIS_CHOICES,
                     help="how its quantity is counted: %(choices)s")
    _texts(add, "name", required=True)
    _texts(add, "description")
    _texts(add, "unit", what="what a per_unit plan counts (required for per_unit), such as en=site")
    add.set_defaults(func=_plans_add)
    ed = psub.add_parser("edit", help="change a plan's names, description, unit or basis")
    ed.add_argument("code", metavar="CODE")
    _texts(ed, "name")
    _texts(ed, "description")
    _texts(ed, "unit", what="what a per_unit plan counts, such as en=site")
    ed.add_argument("--basis", metavar="BASIS", choices=BASIS_CHOICES,
                    help="%(choices)s; only while no invoice has billed the plan")
    ed.add_argument("--clear", action="append", metavar="FIELD", default=[], choices=["description", "unit"],
                    help="remove the description or the unit")
    _expect_version(ed)
    ed.set_defaults(func=_plans_edit)
    rt = psub.add_parser("retire", help="no new subscriptions from a date on; running ones go on being billed")
    rt.add_argument("code", metavar="CODE")
    _retire_options(rt)
    rt.set_defaults(func=_plans_retire)
    for c in (ls, show, add, ed, rt):
        add_db_option(c)

    # extras
    p = sub.add_parser("extras", help="the extra-item catalogue", description=__doc__.split("\n\n", 1)[1],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    esub = p.add_subparsers(dest="extras_command", metavar="ACTION", required=True)
    ls = esub.add_parser("list", help="extra items with their default amounts")
    ls.add_argument("--state", choices=STATE_CHOICES, default="all", help="all (default), active or retired")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_extras_list)
    add = esub.add_parser("add", help="a new extra item")
    add.add_argument("code", metavar="CODE")
    _texts(add, "name", required=True)
    add.add_argument("--recurring", action="store_true", help="billed every period until ended (default: "
                                                              "one-off)")
    _amount_option(add)
    add.set_defaults(func=_extras_add)
    ed = esub.add_parser("edit", help="change an extra item's names, recurrence or amounts")
    ed.add_argument("code", metavar="CODE")
    _texts(ed, "name")
    rec = ed.add_mutually_exclusive_group()
    rec.add_argument("--recurring", dest="recurring", action="store_const", const=True,
                     help="billed every period until ended")
    rec.add_argument("--one-off", dest="recurring", action="store_const", const=False, help="billed once")
    _amount_option(ed, remove=True)
    _expect_version(ed)
    ed.set_defaults(func=_extras_edit)
    rt = esub.add_parser("retire", help="no longer offered from a date on; recorded extras are untouched")
    rt.add_argument("code", metavar="CODE")
    _retire_options(rt)
    rt.set_defaults(func=_extras_retire)
    for c in (ls, add, ed, rt):
        add_db_option(c)


def _texts(parser, field: str, *, required: bool = False, what: str | None = None) -> None:
    parser.add_argument(f"--{field}", action="append", metavar="LANG=TEXT", required=required,
                        help=(what or f"the {field} in one language, such as en=Exchange") + "; repeat per language")


def _amount_option(parser, *, remove: bool = False) -> None:
    parser.add_argument("--amount", action="append", metavar="CUR=AMOUNT", default=[],
                        help="default amount in one currency, such as EUR=20.00; repeat per currency"
                             + ("; CUR= removes that currency's" if remove else ""))


def _expect_version(parser) -> None:
    parser.add_argument("--expect-version", type=int, metavar="N",
                        help="save only if it is still at version N (as 'show' or 'list --json' print it)")


def _retire_options(parser) -> None:
    parser.add_argument("--on", metavar="DATE", help="the first day without new ones (YYYY-MM-DD)")
    parser.add_argument("--undo", action="store_true", help="take the retirement back")
    _expect_version(parser)


# ---------------------------------------------------------------- reading options

def pairs(values: list[str] | None, option: str, error_id: str = "bad_text_pair") -> dict[str, str]:
    """'["en=Exchange", "de=Exchange"]' as {language: text}; a later pair wins."""
    out: dict[str, str] = {}
    for value in values or ():
        key, sep, text = value.partition("=")
        if not sep or not key.strip():
            raise ProrataError.of(error_id, option, value=value)
        out[key.strip()] = text
    return out


def _new_texts(values: list[str] | None, option: str) -> dict | None:
    texts = pairs(values, option)
    return texts or None


def _merged(current: dict | None, values: list[str] | None, option: str) -> dict | None:
    """The texts after '--name de=...' changes: given languages replaced, 'de=' removes one."""
    out = dict(current or {})
    for lang, text in pairs(values, option).items():
        if text == "":
            out.pop(lang, None)
        else:
            out[lang] = text
    return out


def _retire_args(args) -> tuple[bool, object]:
    from app.cli.billing_commands import parse_date

    if args.undo and args.on:
        raise ProrataError.of("bad_value", "--undo", value="--undo with --on", allowed="--on DATE or --undo")
    if not args.undo and not args.on:
        raise ProrataError.of("missing", "--on", field="--on DATE (or --undo)")
    return args.undo, None if args.undo else parse_date(args.on, "--on")


def _language() -> str:
    from app.translation import environment_language

    return environment_language() or "en"


# ---------------------------------------------------------------- services

def _services_list(args, ctx) -> int:
    from app.cli.quick_lists import localized, services

    rows = services(ctx.reader(), search=args.search)  # straight through the driver: starts fast (issue 12)
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    lang = _language()
    for r in rows:
        print(f"{r['code']:<20} {localized(r['name'], lang):<32} {r['plans']} plan(s)")
    return 0


def _services_add(args, ctx) -> int:
    from app.services import catalogue
    from app.storage.engine import unit_of_work

    name, description = pairs(args.name, "--name"), _new_texts(args.description, "--description")
    with unit_of_work(ctx.engine()) as s:
        view = catalogue.add_service(s, args.code, name, description)
    print(f"service {view.code} added")
    return 0


def _services_edit(args, ctx) -> int:
    from app.services import catalogue
    from app.storage.engine import unit_of_work

    if not (args.name or args.description or args.clear):
        raise ProrataError.of("nothing_to_change", options="--name, --description, --clear description")
    with unit_of_work(ctx.engine()) as s:
        current = next((v for v in catalogue.list_services(s) if v.code == args.code), None)
        if current is None:
            raise ProrataError.of("not_found", "CODE", kind="service", code=args.code)
        changes: dict = {}
        if args.name:
            changes["name"] = _merged(current.name, args.name, "--name")
        if "description" in args.clear:
            changes["description"] = None
        elif args.description:
            changes["description"] = _merged(current.description, args.description, "--description") or None
        view = catalogue.edit_service(s, args.code, **changes)
    print(f"service {view.code} saved")
    return 0


# ---------------------------------------------------------------- plans

def _plan_line(v: dict, lang: str) -> str:
    """A plan of ``plans list`` (as ``PlanView.as_json`` gives it) on one line."""
    from app.cli.quick_lists import localized

    state = ""
    if v["retired_on"] is not None:
        state = f"retired since {v['retired_on']}" if v["retired"] else f"retires on {v['retired_on']}"
    unit = f" ({localized(v['unit'], lang)})" if v["unit"] else ""
    return (f"{v['code']:<24} {v['service']:<16} {v['basis'] + unit:<22} {localized(v['name'], lang):<30} "
            f"{state}").rstrip()


def _plans_list(args, ctx) -> int:
    from app.cli import quick_lists
    from app.cli.billing_commands import parse_date

    on = parse_date(args.on, "--on") if args.on else None
    # Straight through the driver: starts fast (issue 12).
    rows = quick_lists.plans(ctx.reader(), service=args.service, state=args.state, on=on, search=args.search)
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    lang = _language()
    for r in rows:
        print(_plan_line(r, lang))
    return 0


def _plans_show(args, ctx) -> int:
    from app.services import catalogue
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        view = catalogue.get_plan(s, args.code)
        billed = catalogue.plan_billed(s, args.code)
    data = {**view.as_json(), "billed": billed}
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    lines = [f"plan {view.code}  (version {view.version})", f"  service      {view.service}",
             f"  basis        {view.basis}" + ("  (billed: the basis can no longer change)" if billed else "")]
    for field in ("name", "description", "unit"):
        for lang, text in sorted((data[field] or {}).items()):
            lines.append(f"  {field + ' ' + lang:<12} {text}")
    if view.retired_on:
        lines.append(f"  {'retired' if view.retired else 'retires'} on   {view.retired_on}")
    print("\n".join(lines))
    return 0


def _plans_add(args, ctx) -> int:
    from app.services import catalogue
    from app.storage.engine import unit_of_work

    name = pairs(args.name, "--name")
    description, unit = _new_texts(args.description, "--description"), _new_texts(args.unit, "--unit")
    with unit_of_work(ctx.engine()) as s:
        view = catalogue.add_plan(s, args.code, args.service, args.basis, name, description=description, unit=unit)
    print(f"plan {view.code} added ({view.service}, {view.basis})")
    return 0


def _plans_edit(args, ctx) -> int:
    from app.services import catalogue
    from app.storage.engine import unit_of_work

    if not (args.name or args.description or args.unit or args.basis or args.clear):
        raise ProrataError.of("nothing_to_change", options="--name, --description, --unit, --basis, --clear")
    with unit_of_work(ctx.engine()) as s:
        current = catalogue.get_plan(s, args.code)
        changes: dict = {}
        if args.name:
            changes["name"] = _merged(current.name, args.name, "--name")
        for field in ("description", "unit"):
            if field in args.clear:
                changes[field] = None
            elif getattr(args, field):
                changes[field] = _merged(getattr(current, field), getattr(args, field), f"--{field}") or None
        if args.basis:
            changes["basis"] = args.basis
        view = catalogue.edit_plan(s, args.code, expected_version=args.expect_version, **changes)
    print(f"plan {view.code} saved (version {view.version})")
    return 0


def _plans_retire(args, ctx) -> int:
    from app.services import catalogue
    from app.storage.engine import unit_of_work

    undo, on = _retire_args(args)
    with unit_of_work(ctx.engine()) as s:
        if undo:
            view = catalogue.unretire_plan(s, args.code, expected_version=args.expect_version)
        else:
            view = catalogue.retire_plan(s, args.code, on, expected_version=args.expect_version)
    print(f"plan {view.code} retires on {view.retired_on}" if view.retired_on else
          f"plan {view.code} is no longer retired")
    return 0


# ---------------------------------------------------------------- extras

def _extras_list(args, ctx) -> int:
    from app.cli.quick_lists import extras, localized

    rows = extras(ctx.reader(), state=args.state)  # straight through the driver: starts fast (issue 12)
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    lang = _language()
    for r in rows:
        amounts = ", ".join(f"{c} {a}" for c, a in r["amounts"].items()) or "no default amount"
        state = ""
        if r["retired_on"] is not None:
            state = f"  retired since {r['retired_on']}" if r["retired"] else f"  retires on {r['retired_on']}"
        kind = "recurring" if r["recurring"] else "one-off"
        print(f"{r['code']:<20} {localized(r['name'], lang):<30} {kind:<9} {amounts}{state}")
    return 0


def _extras_add(args, ctx) -> int:
    from app.services import extra_items
    from app.storage.engine import unit_of_work

    name = pairs(args.name, "--name")
    amounts = {c.upper(): a for c, a in pairs(args.amount, "--amount", "bad_amount_pair").items()}
    with unit_of_work(ctx.engine()) as s:
        view = extra_items.add_item(s, args.code, name, args.recurring, amounts)
    print(f"extra item {view.code} added")
    return 0


def _extras_edit(args, ctx) -> int:
    from app.services import extra_items
    from app.storage.engine import unit_of_work

    if not (args.name or args.recurring is not None or args.amount):
        raise ProrataError.of("nothing_to_change", options="--name, --recurring, --one-off, --amount")
    with unit_of_work(ctx.engine()) as s:
        current = extra_items.get_item(s, args.code)
        changes: dict = {}
        if args.name:
            changes["name"] = _merged(current.name, args.name, "--name")
        if args.recurring is not None:
            changes["recurring"] = args.recurring
        if args.amount:
            changes["amounts"] = {c.upper(): (a or None)
                                  for c, a in pairs(args.amount, "--amount", "bad_amount_pair").items()}
        view = extra_items.edit_item(s, args.code, expected_version=args.expect_version, **changes)
    print(f"extra item {view.code} saved (version {view.version})")
    return 0


def _extras_retire(args, ctx) -> int:
    from app.services import extra_items
    from app.storage.engine import unit_of_work

    undo, on = _retire_args(args)
    with unit_of_work(ctx.engine()) as s:
        if undo:
            view = extra_items.unretire_item(s, args.code, expected_version=args.expect_version)
        else:
            view = extra_items.retire_item(s, args.code, on, expected_version=args.expect_version)
    print(f"extra item {view.code} retires on {view.retired_on}" if view.retired_on else
          f"extra item {view.code} is no longer retired")
    return 0
