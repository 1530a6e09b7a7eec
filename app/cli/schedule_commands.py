"""``prorata schedule show|term|billing-day``: a company's billing schedule and its changes."""
from __future__ import annotations

TERMS = ("monthly", "quarterly", "half_yearly", "yearly")  # as app.billing.periods.Term; checked there


def register(sub) -> None:
    from app.cli.main import add_db_option

    p = sub.add_parser("schedule", help="a company's billing term and billing day: show or change")
    ssub = p.add_subparsers(dest="schedule_command", metavar="ACTION", required=True)
    show = ssub.add_parser("show", help="the company's next billing periods")
    show.add_argument("company", metavar="COMPANY", help="the company's code")
    show.add_argument("--count", type=int, default=6, metavar="N", help="how many periods (default 6)")
    show.add_argument("--from", dest="start", metavar="DATE", help="from this date (default: today)")
    show.add_argument("--json", action="store_true")
    add_db_option(show)
    show.set_defaults(func=_show)

    term = ssub.add_parser("term", help="bill the company monthly, quarterly, half-yearly or yearly",
                           description="From the company's first boundary on or after --date (default: the "
                                       "first one not billed yet), bill it for TERM in advance; the period "
                                       "that starts there spans the new term.")
    term.add_argument("company", metavar="COMPANY", help="the company's code")
    term.add_argument("term", metavar="TERM", help=" | ".join(TERMS))
    term.add_argument("--date", metavar="DATE", help="the change's date (YYYY-MM-DD)")
    term.add_argument("--json", action="store_true")
    add_db_option(term)
    term.set_defaults(func=_term)

    day = ssub.add_parser("billing-day", help="bill the company on a fixed day of month, or its anniversary",
                          description="From the company's first boundary on or after --date (default: the "
                                      "first one not billed yet), bill it on DAY; the period that starts there "
                                      "runs to the new day and is billed pro rata by days.")
    day.add_argument("company", metavar="COMPANY", help="the company's code")
    day.add_argument("day", metavar="DAY", help="1-31, or 'anniversary' (the day of month of its signup)")
    day.add_argument("--date", metavar="DATE", help="the change's date (YYYY-MM-DD)")
    day.add_argument("--json", action="store_true")
    add_db_option(day)
    day.set_defaults(func=_billing_day)


def _date(text: str | None, option: str):
    if text is None:
        return None
    from app.values.dates import calendar_date

    return calendar_date(text, option)


def _show(args, ctx) -> int:
    import json

    from app.errors import ProrataError
    from app.services import billing_schedule
    from app.storage.engine import unit_of_work

    if not 1 <= args.count <= 120:
        raise ProrataError.of("bad_value", "--count", value=args.count, allowed="1-120")
    start = _date(args.start, "--from")
    with unit_of_work(ctx.engine()) as s:
        periods = billing_schedule.upcoming(s, args.company, args.count, start)
    if args.json:
        print(json.dumps({"company": args.company, "periods": [p.as_json() for p in periods]}, indent=2))
        return 0
    for p in periods:
        share = "" if p.days == p.term_days else f"  ({p.days} of {p.term_days} days)"
        print(f"{p.start}  ->  {p.end}  {p.term:<11}  day {p.billing_day}{share}")
    return 0


def _report(change, as_json: bool) -> int:
    import json

    if as_json:
        print(json.dumps(change.as_json(), indent=2))
        return 0
    p = change.period
    value = "anniversary" if change.value is None else change.value
    what = change.change.replace("_", " ")
    share = "a whole term" if p.days == p.term_days else f"{p.days} of {p.term_days} days, billed pro rata"
    print(f"{change.company}: {what} {value} from {change.effective}; the period {p.start} -> {p.end} "
          f"is {share}")
    return 0


def _term(args, ctx) -> int:
    from app.services import billing_schedule
    from app.storage.engine import unit_of_work

    on = _date(args.date, "--date")
    billing_schedule.check_term(args.term, "TERM")
    with unit_of_work(ctx.engine()) as s:
        change = billing_schedule.change_term(s, args.company, args.term, on)
    return _report(change, args.json)


def _billing_day(args, ctx) -> int:
    from app.services import billing_schedule
    from app.storage.engine import unit_of_work
    from app.values.numbers import ascii_whole

    on = _date(args.date, "--date")
    raw = args.day.strip()
    number = ascii_whole(raw)
    day = billing_schedule.check_billing_day(raw if number is None else number, "DAY")
    with unit_of_work(ctx.engine()) as s:
        change = billing_schedule.change_billing_day(s, args.company, day, on)
    return _report(change, args.json)
