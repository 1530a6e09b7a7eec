"""``prorata review``: draft invoices reviewed offline.

``export --since DATE [--status draft] --out FILE`` writes a ``.prorata-review`` file (the PDFs, the invoices'
JSON and a manifest of SHA-256s; app/review/); ``open FILE`` opens it in the review window without any
database; ``import ANSWERS [--issue-approved]`` applies the reviewer's ``.answers.json``: approvals noted (and
with --issue-approved the drafts issued), queries noted in the audit log, answers for invoices changed since
the export refused and listed (exit status 1 when any were).
"""
from __future__ import annotations

import json
import sys

from app.cli.billing_commands import parse_date


def register(sub) -> None:
    from app.cli.main import add_db_option

    p = sub.add_parser("review", help="review draft invoices offline, then apply the verdicts")
    rsub = p.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    ex = rsub.add_parser("export", help="write a review file a reviewer opens without the database")
    ex.add_argument("--since", metavar="DATE", required=True, help="invoices dated on or after DATE")
    ex.add_argument("--until", metavar="DATE", help="... and on or before DATE")
    ex.add_argument("--status", metavar="STATUS", default="draft",
                    help="only invoices of this status (default: draft; 'any' for all)")
    ex.add_argument("--issuer", metavar="CODE", help="only this issuer's ('hoster' or a reseller code)")
    ex.add_argument("--out", metavar="FILE", required=True, help="the file to write (FILE.prorata-review)")
    ex.add_argument("--json", action="store_true", help="say what was written as JSON")
    add_db_option(ex)
    ex.set_defaults(func=_export)
    op = rsub.add_parser("open", help="open a review file in the review window (no database needed)")
    op.add_argument("file", metavar="FILE", help="a .prorata-review file")
    op.set_defaults(func=_open)
    im = rsub.add_parser("import", help="apply a reviewer's answers (FILE.answers.json)")
    im.add_argument("answers", metavar="ANSWERS", help="the answers file the review window wrote")
    im.add_argument("--issue-approved", action="store_true", help="issue the approved drafts")
    im.add_argument("--date", metavar="DATE", help="the issue date of drafts without one (default: today)")
    im.add_argument("--json", action="store_true", help="say what was done as JSON")
    add_db_option(im)
    im.set_defaults(func=_import)


def _export(args, ctx) -> int:
    from pathlib import Path

    from app.review.export import export_review

    since = parse_date(args.since, "--since")
    until = parse_date(args.until, "--until") if args.until else None
    status = None if args.status == "any" else args.status

    def progress(done: int, total: int, message: str) -> None:
        if total and not args.json:
            print(f"\r{done}/{total} {message[:50]:<50}", end="" if done < total else "\n", file=sys.stderr,
                  flush=True)

    out = export_review(ctx.engine(), Path(args.out), since=since, until=until, status=status, issuer=args.issuer,
                        progress=progress)
    if args.json:
        print(json.dumps({"file": str(out.path), "invoices": out.count, "sha256": out.sha256}, indent=2))
    else:
        print(f"{out.count} invoice(s) written to {out.path} (review {out.sha256[:12]})")
    return 0


def _open(args, ctx) -> int:
    from app.review.package import open_review

    open_review(args.file).close()  # a tampered or foreign file is refused here, in words, before any window
    from ui.review.launch import run

    ctx.start_up_done()  # a window, open for long: with the garbage collector on (app/cli/main.py)
    return run(args.file)


def _import(args, ctx) -> int:
    from app.review import answers
    from app.review.import_answers import import_answers
    from app.translation import environment_language, translator

    given = answers.read(args.answers)
    today = parse_date(args.date, "--date") if args.date else None
    # As the window does: the answers in one unit of work, then the PDFs of the drafts issued now are stored
    # (issuing freezes the documents).
    imported = import_answers(ctx.engine(), given, issue_approved=args.issue_approved, today=today)
    out = imported.outcome
    for _, problem in imported.stored.failed if imported.stored is not None else ():
        print(f"PDF not stored: {problem.message()}", file=sys.stderr)
    if args.json:
        print(json.dumps(out.as_json(), indent=2, ensure_ascii=False))
    else:
        for title, items in (("issued", out.issued), ("approved (not issued)", out.approved),
                             ("queried (noted in the audit log)", out.queried),
                             ("applied already by an earlier import", out.already)):
            if items:
                print(f"{title}: {len(items)}")
                for item in items:
                    print(f"  {item}")
    translate = translator(environment_language())
    if not args.json:
        for number, p in out.notes:  # credit another collector holds, not applied (as ``invoices issue`` says)
            print(f"  note: {number}: {p.message(translate)}")
    for p in out.refused:
        print(f"prorata: refused: {p.message(translate)}", file=sys.stderr)
    return 1 if out.refused else 0
