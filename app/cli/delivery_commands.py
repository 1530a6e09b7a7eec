"""``prorata smtp``, ``prorata send``, ``prorata post batch`` and ``prorata delivery list``: delivering issued
invoices by e-mail and by post (app/delivery/).

``smtp set|show|test ISSUER`` keep an issuer's mail server, sender and message templates (the password is
read from standard input into the keyring, never from the command line); ``send`` e-mails the issued invoices
whose companies take e-mail, each at most once, with progress on stderr; ``post batch`` writes the print
batch of those that go by post, with its cover sheet and CSV manifest, and ``post confirm BATCH_ID`` marks them
posted once they printed correctly (``post reject`` puts them back in the queue); ``delivery list`` shows the
delivery log. ``prorata invoices send`` and ``invoices print-batch`` are the same under the issue's names
(app/cli/invoice_delivery_commands.py).
"""
from __future__ import annotations

import json
import sys

from app.cli.billing_commands import parse_date

STATUSES = ("queued", "sending", "sent", "failed", "in_doubt", "pending", "printed")
TLS_MODES = ("none", "starttls", "ssl")


def register(sub) -> None:
    from app.cli.main import add_db_option

    smtp = sub.add_parser("smtp", help="each issuer's mail server and sender, for sending invoices")
    ssub = smtp.add_subparsers(dest="smtp_command", metavar="ACTION", required=True)
    st = ssub.add_parser(
        "set", help="set an issuer's mail server, sender and message templates",
        description="Sets the mail server and sender of ISSUER ('hoster' or a reseller's code, so that a reseller's "
                    "customers get mail from it). The first time, --host and --from are needed. Give an empty "
                    "value ('') to clear an optional setting. Templates may use {number}, {total}, {due_date}, "
                    "{customer} and {issuer}; they are for invoices unless --kind credit_note (a credit note without "
                    "its own templates gets the built-in credit note wording; it has no {due_date}).")
    st.add_argument("issuer", metavar="ISSUER")
    st.add_argument("--host", help="the mail server's host name or address")
    st.add_argument("--port", help="its port (default: 25, 587 or 465 by --tls)")
    st.add_argument("--tls", metavar="MODE", choices=TLS_MODES, help="none, starttls (default) or ssl")
    st.add_argument("--user", help="the login user ('' for a server without login)")
    st.add_argument("--password-stdin", action="store_true",
                    help="read the login's password from standard input into the keyring")
    st.add_argument("--from", dest="sender_address", metavar="ADDRESS", help="the sender's address")
    st.add_argument("--from-name", dest="sender_name", metavar="NAME", help="the sender's name")
    st.add_argument("--reply-to", metavar="ADDRESS", help="where customers' replies go")
    st.add_argument("--bcc", metavar="ADDRESS", help="an archive address that gets a copy of every message")
    st.add_argument("--subject", nargs=2, action="append", metavar=("LANG", "TEXT"), default=[],
                    help="the subject template for customers in LANG (such as de or de_DE)")
    st.add_argument("--body", nargs=2, action="append", metavar=("LANG", "FILE"), default=[],
                    help="the body template for LANG, from a UTF-8 text file (- for standard input)")
    st.add_argument("--clear-template", action="append", metavar="LANG", default=[],
                    help="drop LANG's own templates (the built-in wording is used)")
    st.add_argument("--kind", choices=("invoice", "credit_note"), default="invoice",
                    help="which documents --subject, --body and --clear-template are for (default invoice)")
    st.add_argument("--version", type=int, metavar="N", help="the settings' version you edited (refused if changed)")
    st.add_argument("--json", action="store_true")
    add_db_option(st)
    st.set_defaults(func=_smtp_set)
    sh = ssub.add_parser("show", help="the mail settings of one issuer, or of all")
    sh.add_argument("issuer", metavar="ISSUER", nargs="?")
    sh.add_argument("--json", action="store_true")
    add_db_option(sh)
    sh.set_defaults(func=_smtp_show)
    te = ssub.add_parser("test", help="send a test message with an issuer's settings")
    te.add_argument("issuer", metavar="ISSUER")
    te.add_argument("--to", required=True, metavar="ADDRESS", help="where to send it")
    add_db_option(te)
    te.set_defaults(func=_smtp_test)

    send = sub.add_parser(
        "send", help="e-mail issued invoices to the companies that take e-mail",
        description="Sends each issued invoice whose company takes e-mail (and whose issuer's email_delivery is "
                    "on) with its PDF, from its issuer's mail server, at most once: an invoice sent before is "
                    "sent again only with --resend. Failed ones are tried again by the next send; one in doubt "
                    "(the connection was lost after the message went out: it may have been delivered) only with "
                    "--resend. Exit status 1 when some were not sent.")
    send.add_argument("--since", metavar="DATE", help="invoices issued on or after DATE")
    send.add_argument("--until", metavar="DATE", help="... and on or before DATE")
    send.add_argument("--invoice", action="append", metavar="REF", default=[],
                      help="only this invoice (a number, ISSUER:NUMBER or an id); repeat for more")
    send.add_argument("--issuer", metavar="CODE", help="only this issuer's invoices ('hoster' or a reseller code)")
    send.add_argument("--resend", action="store_true", help="send again invoices sent before (or in doubt)")
    send.add_argument("--dry-run", action="store_true", help="say what would be sent; send and write nothing")
    send.add_argument("--retries", type=int, default=2, metavar="N",
                      help="retries of a message after a transient failure, with back-off (default 2)")
    send.add_argument("--json", action="store_true", help="each invoice's outcome as JSON")
    add_db_option(send)
    send.set_defaults(func=_send)

    post = sub.add_parser("post", help="invoices that go by post")
    psub = post.add_subparsers(dest="post_command", metavar="ACTION", required=True)
    batch = psub.add_parser(
        "batch", help="one print-ready PDF of the invoices to post, and its manifest",
        description="Writes every issued invoice whose company takes post and that was not printed yet into one "
                    "PDF after a cover sheet listing them, sorted by country and postcode, each starting on an odd "
                    "page for duplex printing, and a CSV manifest beside it. They wait as 'pending' until "
                    "`prorata post confirm BATCH_ID` says the batch printed correctly (--mark-now: at once).")
    post_batch_arguments(batch)
    batch.add_argument("--since", metavar="DATE", help="invoices issued on or after DATE")
    batch.add_argument("--until", metavar="DATE", help="... and on or before DATE")
    add_db_option(batch)
    batch.set_defaults(func=_post_batch)
    confirm = psub.add_parser("confirm", help="the print batch printed correctly: mark its invoices posted")
    confirm.add_argument("batch", metavar="BATCH_ID", help="the batch's id (on its cover sheet and in --json)")
    confirm.add_argument("--date", metavar="DATE", help="the day they were posted (default today)")
    confirm.add_argument("--json", action="store_true")
    add_db_option(confirm)
    confirm.set_defaults(func=_post_confirm)
    reject = psub.add_parser("reject", help="the print batch did not print: put its invoices back in the queue")
    reject.add_argument("batch", metavar="BATCH_ID")
    add_db_option(reject)
    reject.set_defaults(func=_post_reject)

    delivery = sub.add_parser("delivery", help="the delivery log: what was sent or printed, and what failed")

    dsub = delivery.add_subparsers(dest="delivery_command", metavar="ACTION", required=True)
    ls = dsub.add_parser("list", help="the delivery log, latest first")
    ls.add_argument("--status", metavar="STATUS", choices=STATUSES, help=", ".join(STATUSES))
    ls.add_argument("--channel", metavar="CHANNEL", choices=("email", "post"), help="email or post")
    ls.add_argument("--since", metavar="DATE", help="invoices issued on or after DATE")
    ls.add_argument("--limit", type=int, metavar="N", help="at most N rows")
    ls.add_argument("--json", action="store_true")
    add_db_option(ls)
    ls.set_defaults(func=_delivery_list)


def post_batch_arguments(batch) -> None:
    """The print batch's options shared by `post batch` and `invoices print-batch`."""
    batch.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    batch.add_argument("--manifest", metavar="FILE.csv", help="the manifest (default: FILE.csv beside the PDF)")
    batch.add_argument("--invoice", action="append", metavar="REF", default=[], help="only this invoice; repeat")
    batch.add_argument("--reprint", action="store_true", help="include invoices printed (or pending) before")
    batch.add_argument("--mark-now", action="store_true",
                       help="mark them posted now instead of waiting for `post confirm`")
    batch.add_argument("--json", action="store_true")


def _translate():
    from app.translation import environment_language, translator

    return translator(environment_language())


def _progress(quiet: bool):
    def progress(done: int, total: int, message: str) -> None:
        if total and not quiet:
            print(f"\r{done}/{total} {message[:60]:<60}", end="" if done < total else "\n", file=sys.stderr,
                  flush=True)
    return progress


def _read_text(path: str) -> str:
    from pathlib import Path

    from app.errors import ProrataError

    try:
        return sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProrataError.of("cannot_read", path=path, reason=getattr(exc, "strerror", None) or str(exc)) from exc


def _read_password() -> str:
    import getpass

    if sys.stdin.isatty():
        return getpass.getpass("Mail password: ")
    return sys.stdin.readline().rstrip("\r\n")


# ---------------------------------------------------------------- smtp

def _smtp_set(args, ctx) -> int:
    from app.delivery import smtp_settings
    from app.storage.engine import unit_of_work

    changes = {name: getattr(args, attr) for name, attr in (
        ("host", "host"), ("port", "port"), ("tls", "tls"), ("username", "user"), ("sender_address", "sender_address"),
        ("sender_name", "sender_name"), ("reply_to", "reply_to"), ("bcc", "bcc")) if getattr(args, attr) is not None}
    templates: dict[str, dict] = {}
    for lang in args.clear_template:
        templates[lang] = {"subject": None, "body": None}
    for lang, text in args.subject:
        templates.setdefault(lang, {})["subject"] = text
    for lang, path in args.body:
        templates.setdefault(lang, {})["body"] = _read_text(path)
    password = _read_password() if args.password_stdin else None
    with unit_of_work(ctx.engine()) as s:
        config = smtp_settings.set_settings(s, args.issuer, changes, password=password, templates=templates,
                                            template_kind=args.kind, expected_version=args.version)
    _show_config(config, args.json)
    return 0


def _show_config(config, as_json: bool) -> None:
    if as_json:
        print(json.dumps(config.as_json(), indent=2, ensure_ascii=False))
        return
    sender = f"{config.sender_name} <{config.sender_address}>" if config.sender_name else config.sender_address
    print(f"{config.issuer}: {config.host}:{config.port} ({config.tls}), version {config.version}")
    login = ("no login" if not config.username else
             f"login {config.username}, password {'kept' if config.has_password else 'MISSING'}")
    print(f"  {login}")
    print(f"  from {sender}" + (f", reply to {config.reply_to}" if config.reply_to else "")
          + (f", archive copy to {config.bcc}" if config.bcc else ""))
    if config.templates:
        for kind, languages in sorted(config.templates.items()):
            for lang, parts in sorted(languages.items()):
                shown = ", ".join(f"{k} {v.splitlines()[0]!r}" for k, v in sorted(parts.items()))
                print(f"  {kind} {lang}: {shown}")
    else:
        print("  messages: the built-in wording in each customer's language")


def _smtp_show(args, ctx) -> int:
    from app.delivery import smtp_settings
    from app.errors import ProrataError
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        if args.issuer:
            found = smtp_settings.get(s, args.issuer)
            if found is None:
                raise ProrataError.of("delivery_no_smtp", issuer=args.issuer)
            configs = [found]
        else:
            configs = smtp_settings.list_all(s)
    if args.json:
        print(json.dumps([c.as_json() for c in configs] if not args.issuer else configs[0].as_json(), indent=2,
                         ensure_ascii=False))
        return 0
    if not configs:
        print("no issuer has a mail server yet: `prorata smtp set hoster --host ... --from ...`")
    for c in configs:
        _show_config(c, False)
    return 0


def _smtp_test(args, ctx) -> int:
    from app.delivery.send import send_test

    message_id = send_test(ctx.engine(), args.issuer, args.to)
    print(f"test message sent to {args.to} ({message_id})")
    return 0


# ---------------------------------------------------------------- send

def _send(args, ctx) -> int:
    from app.delivery import send

    since = parse_date(args.since, "--since") if args.since else None
    until = parse_date(args.until, "--until") if args.until else None
    report = send.send_invoices(ctx.engine(), since=since, until=until, refs=args.invoice, issuer=args.issuer,
                                resend=args.resend, dry_run=args.dry_run, retries=max(0, args.retries),
                                progress=_progress(args.json))
    if args.json:
        print(json.dumps({"batch": report.batch, "dry_run": args.dry_run,
                          "outcomes": [o.as_json() for o in report.outcomes]}, indent=2, ensure_ascii=False))
    else:
        tr = _translate()
        named = bool(args.invoice)
        for o in report.outcomes:
            if o.status == send.SKIPPED and not named and o.problem and o.problem.id == "delivery_already_sent":
                continue  # a batch by date: invoices sent before are counted below, not listed
            print(f"{o.status:<10} {o.text(tr)}")
        counts = {k: report.count(k) for k in (send.SENT, send.FAILED, send.SKIPPED, send.IN_DOUBT, send.HELD,
                                                send.WOULD_SEND)}
        words = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items() if n)
        print(words or "nothing to send")
    return 1 if report.count(send.FAILED) or report.count(send.IN_DOUBT) else 0


# ---------------------------------------------------------------- post

def _post_batch(args, ctx) -> int:
    from pathlib import Path

    from app.delivery.post import print_batch

    since = parse_date(args.since, "--since") if args.since else None
    until = parse_date(args.until, "--until") if args.until else None
    if getattr(args, "as_of", None):
        until = parse_date(args.as_of, "--as-of")
    report = print_batch(ctx.engine(), Path(args.out), since=since, until=until, refs=args.invoice,
                         reprint=args.reprint, manifest=Path(args.manifest) if args.manifest else None,
                         mark_now=args.mark_now, progress=_progress(args.json))
    if args.json:
        print(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
        return 0
    tr = _translate()
    for number, problem in report.left_out:
        print(f"left out   {problem.message(tr)}")
    if not report.printed:
        print("nothing to print")
        return 0
    print(f"{len(report.printed)} invoice(s) on {report.pages} page(s) in {report.out}; manifest {report.manifest}")
    if report.marked == "printed":
        print("marked posted today")
    else:
        print(f"batch {report.batch}: once it printed correctly, `prorata post confirm {report.batch}`")
    return 0


def _post_confirm(args, ctx) -> int:
    from app.delivery.post import confirm

    day = parse_date(args.date, "--date") if args.date else None
    ids = confirm(ctx.engine(), args.batch, day)
    if args.json:
        print(json.dumps({"batch": args.batch, "posted": len(ids)}))
    else:
        print(f"{len(ids)} invoice(s) of batch {args.batch} marked posted")
    return 0


def _post_reject(args, ctx) -> int:
    from app.delivery.post import reject

    ids = reject(ctx.engine(), args.batch)
    print(f"{len(ids)} invoice(s) of batch {args.batch} back in the queue for the next batch")
    return 0


# ---------------------------------------------------------------- log

def _delivery_list(args, ctx) -> int:
    from app.delivery import log
    from app.storage.engine import unit_of_work

    since = parse_date(args.since, "--since") if args.since else None
    with unit_of_work(ctx.engine()) as s:
        found = log.listing(s, status=args.status, channel=args.channel, since=since, limit=args.limit)
    if args.json:
        print(json.dumps(found, indent=2, ensure_ascii=False))
        return 0
    if not found:
        print("nothing delivered yet")
    for r in found:
        when = r["sent_at"] or r["printed_at"] or r["attempted_at"] or r["queued_at"]
        where = r["recipient"] or r["customer"] or ""
        invoice = r["invoice"] if r["issuer"] == "hoster" else f"{r['issuer']}:{r['invoice']}"
        line = f"{invoice:<24} {r['channel']:<5} {r['status']:<8} {when:<19} {r['attempts']}x  {where}"
        if r["last_error"]:
            line += f"  ({r['last_error']})"
        print(line)
    return 0

