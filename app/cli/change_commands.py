"""``prorata changes add|preview FILE.json`` and ``prorata company CODE ACTION``: dated changes to companies.

A change is checked against the company's state on its date with the rules of ``prorata import``; a
refused one is reported with what and where (exit 2) and nothing is written. ``--preview`` shows what the
change would put on the company's next invoice (lines and their arithmetic) and writes nothing.
"""
from __future__ import annotations

import argparse
import json

FILE_HELP = """\
FILE.json holds a JSON list of changes, or {"events": [...]}, in the event format of
'prorata import' (each for a company already in the database), such as
  [{"date": "2026-02-01", "company": "contoso", "type": "quantity",
    "plan": "sharepoint-sites", "quantity": 5}]
Types: subscribe (plan, quantity for a per_unit plan), quantity (plan, quantity),
plan_change (plan, to_plan, quantity?), cancel (plan), assign and unassign (plan,
user: an e-mail address), extra (code, amount as a string such as "12.50",
recurring true/false, description {"en": "..."}, user?), extra_end (code),
currency (currency). All or nothing: every problem is listed with its place,
such as $[3].plan; then the exit status is 2 and nothing is written.
A change dated into a period already invoiced is billed on the company's next
invoice as correction lines."""

COMPANY_HELP = """\
Record one dated change of company CODE (the date defaults to today), checked
against what the company has on that date. --preview shows what it would put on
the company's next invoice and writes nothing. 'history' lists its changes with
their numbers; 'undo N' records the counter-change of change N, dated like it,
so that the company's invoices net to what they would have been without it."""


def register(sub) -> None:
    from app.cli.main import add_db_option

    def common(p, *, change=True, date_help="when the change takes effect (YYYY-MM-DD; default today)") -> None:
        if change:
            p.add_argument("--date", metavar="DATE", help=date_help)
            p.add_argument("--preview", action="store_true",
                           help="show what it would put on the next invoice; write nothing")
        p.add_argument("--json", action="store_true", help="print the result as JSON")
        add_db_option(p)

    p = sub.add_parser("changes", help="record dated changes to companies from a JSON file, or preview them",
                       description=FILE_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    psub = p.add_subparsers(dest="changes_command", metavar="ACTION", required=True)
    a = psub.add_parser("add", help="record the file's changes (all or nothing)", description=FILE_HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("file", metavar="FILE.json", help="the changes; '-' reads standard input")
    a.add_argument("--preview", action="store_true", help="show what they would put on the next invoices; "
                                                          "write nothing")
    common(a, change=False)
    a.set_defaults(func=_changes_add)
    pv = psub.add_parser("preview", help="what the file's changes would put on the next invoices (writes "
                                         "nothing)", description=FILE_HELP,
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    pv.add_argument("file", metavar="FILE.json", help="the changes; '-' reads standard input")
    common(pv, change=False)
    pv.set_defaults(func=_changes_preview)

    c = sub.add_parser("company", help="record a dated change of one company, show its history, undo a change",
                       description=COMPANY_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    c.add_argument("company", metavar="CODE", help="the company's code")
    csub = c.add_subparsers(dest="company_action", metavar="ACTION", required=True)

    def action(name, text, kind):
        p = csub.add_parser(name, help=text, description=text)
        p.set_defaults(func=_company_change, kind=kind)
        return p

    p = action("subscribe", "subscribe to a plan", "subscribe")
    p.add_argument("plan", metavar="PLAN")
    p.add_argument("--quantity", metavar="N", help="how many (a per_unit plan only)")
    common(p)
    p = action("quantity", "change the quantity of a per_unit plan", "quantity")
    p.add_argument("plan", metavar="PLAN")
    p.add_argument("quantity", metavar="N")
    common(p)
    p = action("change-plan", "move from one plan to another (users and quantity move along)", "plan_change")
    p.add_argument("plan", metavar="PLAN")
    p.add_argument("to_plan", metavar="TO_PLAN")
    p.add_argument("--quantity", metavar="N", help="a new quantity (a per_unit plan only)")
    common(p)
    p = action("cancel", "cancel a plan", "cancel")
    p.add_argument("plan", metavar="PLAN")
    common(p)
    for name, text in (("assign", "assign a user to a per_user plan"), ("unassign", "take a user off a plan")):
        p = action(name, text, name)
        p.add_argument("plan", metavar="PLAN")
        p.add_argument("user", metavar="EMAIL")
        common(p)
    p = action("extra", "add an extra, one-off or recurring, for the company or one of its users", "extra")
    p.add_argument("code", metavar="CODE", help="the extra's code (an extra item of the catalogue, or any code)")
    p.add_argument("--amount", metavar="AMOUNT", help="such as 12.50 (default: the catalogue's amount in the "
                                                      "company's currency)")
    p.add_argument("--recurring", action="store_true", help="billed every period until 'end-extra'")
    p.add_argument("--user", metavar="EMAIL", help="for this user of the company")
    p.add_argument("--description", metavar="TEXT", help="the text on the invoice (default: the catalogue "
                                                         "item's name)")
    common(p)
    p = action("end-extra", "end a recurring extra", "extra_end")
    p.add_argument("code", metavar="CODE")
    common(p)
    p = action("currency", "change the company's currency", "currency")
    p.add_argument("currency", metavar="CUR")
    common(p)
    from app.cli.move_commands import add_company_move

    add_company_move(csub, common)
    p = csub.add_parser("history", help="the company's changes, numbered, in the order they take effect")
    common(p, change=False)
    p.set_defaults(func=_company_history)
    p = csub.add_parser("undo", help="record the counter-change of change N (see 'history')")
    p.add_argument("event_id", metavar="N", type=int, help="the change's number")
    common(p, date_help="when the counter-change takes effect (YYYY-MM-DD; default: the date of change N, so "
                        "that the invoices net to what they would have been without it)")
    p.set_defaults(func=_company_undo)


# --- files -------------------------------------------------------------------------

def _read_changes(path: str) -> tuple[list, str]:
    """The file's list of changes and the JSON path of that list."""
    from app.bundle.reader import read_bundle
    from app.errors import ProrataError

    doc = read_bundle(path)
    if isinstance(doc, list):
        return doc, "$"
    if isinstance(doc, dict) and "events" in doc:
        extra = [k for k in doc if k not in ("events", "format")]
        if extra:
            raise ProrataError([ProrataError.of("unknown_key", f"$.{k}", key=k, allowed="events").problems[0]
                                for k in extra])
        return doc["events"], "$.events"
    from app.bundle.fields import json_type

    raise ProrataError.of("bad_type", "$", expected='a list of changes, or {"events": [...]}', got=json_type(doc))


def _changes_add(args, ctx) -> int:
    if args.preview:
        return _changes_preview(args, ctx)
    from app.services.changes import record_changes
    from app.storage.engine import unit_of_work

    events, prefix = _read_changes(args.file)
    with unit_of_work(ctx.engine()) as s:
        result = record_changes(s, events, source=_source(args.file), prefix=prefix)
    _show_recorded(result, args.json)
    return 0


def _changes_preview(args, ctx) -> int:
    from app.services.change_preview import preview
    from app.storage.engine import unit_of_work

    events, prefix = _read_changes(args.file)
    with unit_of_work(ctx.engine()) as s:
        shown = preview(s, events, prefix=prefix)
    _show_preview(shown, args.json)
    return 0


def _source(path: str) -> str:
    from pathlib import Path

    return "stdin" if path == "-" else Path(path).name[:64]


# --- one company -------------------------------------------------------------------

def _whole(text):
    """A quantity typed as digits is a number for the quantity rule; anything else goes as typed."""
    return int(text) if isinstance(text, str) and text.strip().isdigit() else text


def _company_change(args, ctx) -> int:
    from app.services import changes as ch
    from app.storage.engine import unit_of_work

    code, day, kind = args.company, args.date, args.kind
    with unit_of_work(ctx.engine()) as s:
        if kind == "subscribe":
            event = ch.subscribe(code, args.plan, day, _whole(args.quantity))
        elif kind == "quantity":
            event = ch.change_quantity(code, args.plan, _whole(args.quantity), day)
        elif kind == "plan_change":
            event = ch.change_plan(code, args.plan, args.to_plan, day, _whole(args.quantity))
        elif kind == "cancel":
            event = ch.cancel(code, args.plan, day)
        elif kind == "assign":
            event = ch.assign(code, args.plan, args.user, day)
        elif kind == "unassign":
            event = ch.unassign(code, args.plan, args.user, day)
        elif kind == "extra":
            event = ch.add_extra(code, args.code, args.amount, date=day, recurring=args.recurring, user=args.user,
                                 description=args.description, session=s)
        elif kind == "extra_end":
            event = ch.end_extra(code, args.code, day)
        else:
            event = ch.change_currency(code, args.currency, day)
        return _record_or_preview(s, [event], args)


def _record_or_preview(s, events: list[dict], args, undo: int | None = None) -> int:
    from app.services.change_preview import preview
    from app.services.changes import RecordResult, record_changes

    if args.preview:
        _show_preview(preview(s, events, prefix=None), args.json)
        return 0
    if undo is None:
        result = record_changes(s, events, source="cli", prefix=None)
    else:
        from app.services.undo import undo_change

        result = undo_change(s, undo, on=_date(args.date), company=args.company)
    assert isinstance(result, RecordResult)
    _show_recorded(result, args.json)
    return 0


def _date(text):
    if text is None:
        return None
    from app.values.dates import calendar_date

    return calendar_date(text, "--date")


def _company_undo(args, ctx) -> int:
    from app.services.undo import counter_changes
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        if args.preview:
            _check_owner(s, args)
            return _record_or_preview(s, counter_changes(s, args.event_id, on=_date(args.date)), args)
        return _record_or_preview(s, [], args, undo=args.event_id)


def _check_owner(s, args) -> None:
    from sqlalchemy import select

    from app.errors import ProrataError
    from app.models import Company, CompanyEvent

    owner = s.scalar(select(Company.code).join(CompanyEvent, CompanyEvent.company_id == Company.id)
                     .where(CompanyEvent.id == args.event_id))
    if owner is not None and owner != args.company:
        raise ProrataError.of("change_of_other_company", "id", change=args.event_id, owner=owner,
                              company=args.company)


def _company_history(args, ctx) -> int:
    from app.services.changes import company_changes
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        rows = company_changes(s, args.company)
    if args.json:
        print(json.dumps([c.as_json() for c in rows], indent=2, ensure_ascii=False))
        return 0
    for c in rows:
        note = f"  (undoes #{c.undoes_id})" if c.undoes_id else ""
        note += f"  (undone by #{c.undone_by})" if c.undone_by else ""
        print(f"#{c.id:<7} {c.date} {c.type:<12} {_what(c)}{note}  [{c.recorded_by or '-'}]")
    return 0


# --- output --------------------------------------------------------------------------

def _what(c) -> str:
    parts = [c.plan, f"-> {c.to_plan}" if c.to_plan else None, None if c.quantity is None else f"x{c.quantity}",
             c.user, c.code, None if c.amount is None else format(c.amount, "f"),
             "recurring" if c.recurring else None, c.currency]
    return " ".join(str(p) for p in parts if p is not None)


def _show_recorded(result, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result.as_json(), indent=2, ensure_ascii=False))
        return
    for c in result.changes:
        undo = f" (undoes #{c.undoes_id})" if c.undoes_id else ""
        print(f"recorded change #{c.id} of {c.company}: {c.date} {c.type} {_what(c)}{undo}")


def _show_preview(shown, as_json: bool) -> None:
    if as_json:
        print(json.dumps(shown.as_json(), indent=2, ensure_ascii=False))
        return
    from app.money import to_text
    from app.translation import environment_language, translator

    words = translator(environment_language())  # the notes in the reader's language, as errors are
    for cp in shown.companies:
        cur = cp.currency
        print(f"{cp.company}: the invoice of {cp.boundary} ({cur}) would gain:")
        if not cp.lines:
            print("  nothing")
        for ln in cp.lines:
            what = ln.plan or ln.extra or ""
            if ln.user:
                what += f" ({ln.user})"
            span = f"{ln.start} to {ln.end}" if ln.start else ""
            share = f" x {ln.days}/{ln.period_days} days" if ln.days and ln.period_days and ln.period_days != 1 \
                else ""
            q = ln.as_json(cur)["quantity"]
            print(f"  {ln.kind:<10} {what:<24} {span:<26} {q} x {to_text(ln.unit_price, cur)}{share} = "
                  f"{to_text(ln.amount, cur)}")
        print(f"  subtotal {to_text(cp.subtotal_before, cur)} -> {to_text(cp.subtotal_after, cur)} "
              f"({'+' if cp.subtotal_change >= 0 else ''}{to_text(cp.subtotal_change, cur)}); "
              f"total with tax {to_text(cp.total_before, cur)} -> {to_text(cp.total_after, cur)}")
        for text in cp.note_texts(words):  # what the run would leave to the clerk
            print(f"  note: {text}")
        print("  (preview: nothing written)")
