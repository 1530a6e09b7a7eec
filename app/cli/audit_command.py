"""``prorata audit``: the audit log, newest first; ``prorata audit verify``: are its chains (one per owner) and
each issuer's chain of issued invoices intact?"""
from __future__ import annotations

import json


def register(sub) -> None:
    from app.cli.main import add_db_option

    p = sub.add_parser("audit", help="who changed what and when (the audit log), newest first, in sentences "
                                     "in the language of LANG")
    p.add_argument("--entity", help="only this kind of thing: invoice, price, billing_setting, minimum_charge, "
                                    "currency, billing, import...")
    p.add_argument("--id", dest="entity_id", metavar="ID", help="only this entity (an invoice id, a setting...)")
    p.add_argument("--actor", help="only this person (or PRORATA_ACTOR of a job)")
    p.add_argument("--since", metavar="DATE", help="from this day on")
    p.add_argument("--until", metavar="DATE", help="up to and including this day")
    p.add_argument("--limit", type=int, default=100, help="at most this many entries (default 100)")
    p.add_argument("--json", action="store_true", help="for machines: each entry's stored action code, entity "
                                                       "and data, with its sentence")
    add_db_option(p)
    p.set_defaults(func=_audit)
    actions = p.add_subparsers(dest="audit_action", metavar="verify")
    v = actions.add_parser("verify", help="recompute the SHA-256 chains of the audit log and of each issuer's "
                                          "issued invoices, and name every altered, missing or reordered entry "
                                          "or invoice (exit 2 if any)")
    v.add_argument("--json", action="store_true")
    add_db_option(v)
    v.set_defaults(func=_verify)


def _audit(args, ctx) -> int:
    """Each entry as the window says it ("ann set Rheinwerk's tax rate from 19 % to 20 %"), in the
    environment's language; ``--json`` keeps the stored codes and data for machines, with the sentence."""
    from app.cli import quick_lists
    from app.services.audit_text import AuditWords
    from app.services.audit_words import describe
    from app.translation import language_of
    from app.values.dates import calendar_date

    wanted = dict(entity=args.entity, entity_id=args.entity_id, actor=args.actor,
                  since=calendar_date(args.since, "--since") if args.since else None,
                  until=calendar_date(args.until, "--until") if args.until else None, limit=args.limit)
    locale = reader_locale()
    words = AuditWords(locale)
    language = language_of(locale) or "en"
    # Read straight through the driver (issue 12: the command starts without SQLAlchemy and the models); a
    # refusal to word goes through the service.
    reader = ctx.reader()
    rows = quick_lists.audit_entries(reader, **wanted)
    if rows is None:
        rows, names = _by_service(ctx, wanted, language)
    else:
        names = quick_lists.audit_names(reader, rows, language)
    sentences = [describe(r, names) for r in rows]
    if args.json:
        out = [{**r, "sentence": words.sentence_text(d), "details": words.details_text(d)}
               for r, d in zip(rows, sentences)]
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    for r, d in zip(rows, sentences):
        print(f"{_local_time(r['at'], words)}  {words.sentence_text(d)}")
        details = words.details_text(d)
        if details:
            print(f"    {details}")
    return 0


def _by_service(ctx, wanted: dict, language: str):
    from app.services.audit_log import AuditFilter, entries
    from app.services.audit_words import Names
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        rows = entries(s, AuditFilter(**wanted))
        return rows, Names.read(s, rows, language)


def reader_locale() -> str | None:
    """The locale the reader asked for, as gettext looks for it (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    import os

    from app.translation import language_of

    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = (os.environ.get(var) or "").split(":")[0]
        if language_of(value):
            return value
    return None


def _local_time(at: str, words) -> str:
    """A stored UTC time in the reader's time zone: the locale's short date and HH:MM, as the window shows it."""
    from datetime import datetime, timezone

    from app.services.audit_text import short_date

    moment = datetime.fromisoformat(at).replace(tzinfo=timezone.utc).astimezone()
    return f"{short_date(moment.date(), words.locale)} {moment:%H:%M}"


def _verify(args, ctx) -> int:
    from app.errors import Problem
    from app.services.verification import verify
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        checked = verify(s)
    report, invoices = checked.audit, checked.invoices
    # A database that never issued an invoice has no invoice chain to speak of.
    shown = bool(invoices.issuers or invoices.problems)
    intact = checked.intact
    if args.json:
        out = report.as_json()
        if checked.reseller is not None:
            out["reseller"] = checked.reseller
        if shown or checked.reseller is not None:
            out["intact"] = intact
            out["invoices"] = invoices.as_json()
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0 if intact else 2

    def say(message_id: str, **params) -> str:
        return Problem(message_id, params).message()

    figures = {"entries": report.entries, "chains": len(report.chains), "reseller": checked.reseller}
    whose = "" if checked.reseller is None else "_reseller"
    if report.intact:
        print(say("audit_verify_intact" + whose, **figures))
    else:
        print(say("audit_verify_tampered" + whose, **figures))
        for problem in report.problems:
            chain = report.chain_name(problem.params["chain"])
            print(f"  - {say('audit_verify_problem', chain=chain, problem=problem.message())}")
    if report.legacy_unchecked is not None:
        print(say("audit_verify_legacy_hosters", last_id=report.legacy_unchecked))
    if shown:
        counted = {"invoices": invoices.invoices, "issuers": invoices.issuers}
        if invoices.intact:
            print(say("invoice_chain_intact", **counted))
        else:
            print(say("invoice_chain_tampered", **counted))
            for problem in invoices.problems:
                print(f"  - {problem.message()}")
    elif checked.reseller is not None:
        print(say("invoice_chain_none_reseller", reseller=checked.reseller))
    return 0 if intact else 2
