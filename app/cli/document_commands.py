"""``prorata pdf`` (and ``prorata invoices pdf``): invoices as PDF files; ``prorata templates``: the issuers'
invoice templates as files.

``pdf REF... [-o FILE | --out DIR]`` writes one PDF per invoice, named after its issuer and number (an
issued invoice's stored PDF when it has one); ``pdf batch --since DATE [--until DATE] --dir DIR`` writes many
with progress on stderr. ``templates list|show|export|import|set-default`` manage templates; ``show
--sample-pdf FILE`` renders a made-up invoice with one, to judge it before any invoice exists.
"""
from __future__ import annotations

import argparse
import json
import sys

from app.cli.billing_commands import parse_date
from app.errors import MESSAGES

MESSAGES.setdefault("one_output_file", "--output names one file, for one invoice; for {count} invoices use --out DIR")

TEMPLATE_FORMAT = "prorata-invoice-template/1"


def register(sub) -> None:
    from app.cli.main import add_db_option

    p = sub.add_parser("pdf", help="invoices as PDF files")
    psub = p.add_subparsers(dest="pdf_command", metavar="ACTION", required=True)
    one = psub.add_parser("invoice", help="the PDF of one or more invoices")
    _pdf_arguments(one)
    add_db_option(one)
    batch = psub.add_parser("batch", help="the PDFs of many invoices into a folder, with progress")
    batch.add_argument("--since", metavar="DATE", required=True, help="issued (drafts: dated) on or after DATE")
    batch.add_argument("--until", metavar="DATE", help="... and on or before DATE")
    batch.add_argument("--status", metavar="STATUS", help="only invoices of this status (such as issued, draft)")
    batch.add_argument("--issuer", metavar="CODE", help="only this issuer's ('hoster' or a reseller code)")
    batch.add_argument("--dir", metavar="DIR", required=True, help="the folder to write into (made if missing)")
    batch.add_argument("--json", action="store_true", help="list the files written as JSON")
    add_db_option(batch)
    batch.set_defaults(func=_batch)
    _add_to_invoices(sub)

    t = sub.add_parser("templates", help="invoice templates of the hoster and the resellers")
    tsub = t.add_subparsers(dest="template_command", metavar="ACTION", required=True)
    ls = tsub.add_parser("list", help="templates, by issuer and name")
    ls.add_argument("--issuer", metavar="CODE", help="one issuer's ('hoster' or a reseller code)")
    ls.add_argument("--json", action="store_true")
    add_db_option(ls)
    ls.set_defaults(func=_list)
    show = tsub.add_parser("show", help="one template's settings")
    _template_name(show)
    show.add_argument("--sample-pdf", metavar="FILE", help="also render a sample invoice with it into FILE")
    show.add_argument("--lang", metavar="LOCALE", default="en_GB", help="the sample's language (default en_GB)")
    show.add_argument("--currency", metavar="CODE", default="EUR", help="the sample's currency (default EUR)")
    show.add_argument("--json", action="store_true")
    add_db_option(show)
    show.set_defaults(func=_show)
    export = tsub.add_parser("export", help="a template as a JSON file (logo included)")
    _template_name(export)
    export.add_argument("-o", "--output", metavar="FILE", help="write here (default: standard output)")
    add_db_option(export)
    export.set_defaults(func=_export)
    imp = tsub.add_parser("import", help="save a template from a JSON file",
                          description=f"Reads a {TEMPLATE_FORMAT} file (as `templates export` writes it). A new "
                                      "name makes a new template; a name the issuer has already is an edit and "
                                      "needs --version, the version the file was exported from.")
    imp.add_argument("file", metavar="FILE.json", help="the template (- for standard input)")
    imp.add_argument("--issuer", metavar="CODE", default="hoster", help="whose ('hoster' or a reseller code)")
    imp.add_argument("--name", metavar="NAME", help="save under this name instead of the file's")
    imp.add_argument("--logo", metavar="IMAGE", help="a PNG or JPEG logo to use instead of the file's")
    imp.add_argument("--version", metavar="N", type=int, help="the version edited (to replace an existing one)")
    imp.add_argument("--json", action="store_true")
    add_db_option(imp)
    imp.set_defaults(func=_import)
    default = tsub.add_parser("set-default", help="the template an issuer's invoices use")
    _template_name(default)
    add_db_option(default)
    default.set_defaults(func=_set_default)


def _pdf_arguments(p) -> None:
    p.add_argument("refs", nargs="+", metavar="REF", help="a number, ISSUER:NUMBER, or a draft's id")
    p.add_argument("--issuer", metavar="CODE", help="whose numbers they are, when several issuers use them")
    out = p.add_mutually_exclusive_group()
    out.add_argument("-o", "--output", metavar="FILE", help="write one invoice's PDF here (- for standard output)")
    out.add_argument("--out", metavar="DIR", help="write into this folder (default: the current one)")
    p.add_argument("--lang", metavar="LOCALE", help="another language, for a draft's preview (such as de_DE)")
    p.add_argument("--json", action="store_true", help="list the files written as JSON")
    p.set_defaults(func=_pdf)


def _add_to_invoices(sub) -> None:
    """Also offer ``prorata invoices pdf`` when the invoices group is registered before this module."""
    group = sub.choices.get("invoices")
    if group is None:
        return
    actions = next((a for a in group._actions if isinstance(a, argparse._SubParsersAction)), None)
    if actions is None or "pdf" in actions.choices:
        return
    p = actions.add_parser("pdf", help="the PDF of one or more invoices (as `prorata pdf invoice`)")
    _pdf_arguments(p)
    from app.cli.main import add_db_option

    add_db_option(p)


def _template_name(p) -> None:
    p.add_argument("name", metavar="NAME", help="the template's name")
    p.add_argument("--issuer", metavar="CODE", default="hoster", help="whose ('hoster' or a reseller code)")


# ---------------------------------------------------------------- pdf

def _pdf(args, ctx) -> int:
    from pathlib import Path

    from app.errors import ProrataError
    from app.services import documents
    from app.storage.engine import unit_of_work

    if args.output and len(args.refs) > 1:
        raise ProrataError.of("one_output_file", "--output", count=len(args.refs))
    written = []
    with unit_of_work(ctx.engine()) as s:
        rendered = [documents.render_invoice(s, ref, issuer=args.issuer, language=args.lang) for ref in args.refs]
    for r in rendered:
        if args.output == "-":
            sys.stdout.buffer.write(r.data)
            sys.stdout.buffer.flush()
            return 0
        path = Path(args.output) if args.output else Path(args.out or ".") / r.filename
        _write(path, r.data)
        written.append({"invoice": r.invoice_id, "file": str(path), "sha256": r.sha256, "stored": r.stored})
    if args.json:
        print(json.dumps(written, indent=2))
    else:
        for w in written:
            print(w["file"])
    return 0


def _write(path, data: bytes) -> None:
    from app.errors import ProrataError

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise ProrataError.of("cannot_write", path=str(path), reason=exc.strerror or str(exc)) from exc


def _batch(args, ctx) -> int:
    from pathlib import Path

    from app.services import documents
    from app.storage.engine import unit_of_work

    since = parse_date(args.since, "--since")
    until = parse_date(args.until, "--until") if args.until else None
    engine = ctx.engine()
    with unit_of_work(engine) as s:
        ids = documents.select_invoices(s, since=since, until=until, status=args.status, issuer=args.issuer)

    def progress(done: int, total: int, message: str) -> None:
        if total:
            print(f"\r{done}/{total} {message[:60]:<60}", end="" if done < total else "\n", file=sys.stderr,
                  flush=True)

    result = documents.render_batch(engine, ids, Path(args.dir), progress=progress)
    if args.json:
        print(json.dumps([str(p) for p in result.written], indent=2))
    else:
        print(f"{len(result.written)} PDF(s) written to {args.dir}")
    return 0


# ---------------------------------------------------------------- templates

def _list(args, ctx) -> int:
    from app.services import documents
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        found = documents.list_templates(s, args.issuer)
    if args.json:
        print(json.dumps([t.as_json() for t in found], indent=2, ensure_ascii=False))
        return 0
    if not found:
        print("no templates: invoices use the built-in one")
    for t in found:
        print(f"{t.issuer:<12} {t.name:<32} {'default' if t.is_default else '':<8} {t.page_size:<6} "
              f"{t.window:<11} v{t.version}")
    return 0


def _show(args, ctx) -> int:
    from pathlib import Path

    from app.services import documents
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        t = documents.get_template(s, args.issuer, args.name)
    if args.sample_pdf:
        from app.documents.render import render
        from app.documents.sample import sample_content

        _write(Path(args.sample_pdf), render(sample_content(args.lang, args.currency), t))
    if args.json:
        print(json.dumps(t.as_json(), indent=2, ensure_ascii=False))
        return 0
    m = t.margins
    print(f"{t.name}  ({t.issuer}{', default' if t.is_default else ''}, version {t.version})")
    print(f"  page {t.page_size}, margins {m.top}/{m.right}/{m.bottom}/{m.left} mm, window {t.window}")
    print(f"  font {t.font}, accent {t.accent_colour}, logo "
          f"{'none' if t.logo is None else f'{t.logo_mime}, {len(t.logo)} bytes'}")
    print(f"  blocks {', '.join(t.blocks['order'])}; columns {', '.join(t.blocks['lines']['columns'])}")
    if t.footer:
        print(f"  footer in {', '.join(sorted(t.footer))}")
    return 0


def _export(args, ctx) -> int:
    from pathlib import Path

    from app.services import documents
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        t = documents.get_template(s, args.issuer, args.name)
    doc = t.to_document()
    doc["version"] = t.version  # what an edit made from this file must name
    text = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if args.output:
        _write(Path(args.output), text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return 0


def _import(args, ctx) -> int:
    from dataclasses import replace
    from pathlib import Path

    from app.bundle.fields import Problems
    from app.documents import template as templates
    from app.errors import ProrataError
    from app.services import documents
    from app.storage.engine import unit_of_work

    try:
        raw = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except OSError as exc:
        raise ProrataError.of("cannot_read", path=args.file, reason=exc.strerror or str(exc)) from exc
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ProrataError.of("bad_json", args.file, reason=str(exc)) from exc
    if isinstance(doc, dict):
        doc.pop("version", None)  # written by export: the version is --version's business
        for key in ("id", "issuer", "is_default"):
            doc.pop(key, None)
        if args.name:
            doc["name"] = args.name
    t = templates.check(doc, "$", require_format=True)
    if args.logo:
        try:
            data = Path(args.logo).read_bytes()
        except OSError as exc:
            raise ProrataError.of("cannot_read", path=args.logo, reason=exc.strerror or str(exc)) from exc
        probs = Problems()
        logo, mime = templates.logo(data, "--logo", probs)
        probs.raise_if_any()
        t = replace(t, logo=logo, logo_mime=mime)
    with unit_of_work(ctx.engine()) as s:
        saved = documents.save_template(s, args.issuer, t, expected_version=args.version)
    if args.json:
        print(json.dumps(saved.as_json(), indent=2, ensure_ascii=False))
    else:
        print(f"saved template {saved.name!r} of {saved.issuer} (version {saved.version}"
              f"{', default' if saved.is_default else ''})")
    return 0


def _set_default(args, ctx) -> int:
    from app.services import documents
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        t = documents.set_default(s, args.issuer, args.name)
    print(f"{t.issuer}'s invoices now use template {t.name!r}")
    return 0
