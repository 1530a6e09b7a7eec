"""``prorata search TEXT``: find resellers and companies by name or code, users by email."""
from __future__ import annotations


def register(sub) -> None:
    from app.cli.main import add_db_option

    p = sub.add_parser("search", help="find resellers and companies by name or code, users by email")
    p.add_argument("text", help="part of a name, a code or an email address (case does not matter)")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="show at most N hits (default 50)")
    add_db_option(p)
    p.set_defaults(func=_search)


def _search(args, ctx) -> int:
    """Prints one hit per line: kind, code (a user's email), name, and where it lives.

    Exit status 1 when nothing matches, as grep does.
    """
    from app.services import directory
    from app.services.tenant_view import NodeKind
    from app.storage.engine import unit_of_work

    kind_words = {NodeKind.RESELLER: "reseller", NodeKind.COMPANY: "company", NodeKind.USER: "user"}
    with unit_of_work(ctx.engine()) as s:
        hits = directory.search(s, args.text, limit=max(1, args.limit))
    for h in hits:
        where = f"  ({h.context})" if h.context else ("  (direct customer)" if h.ref.kind == NodeKind.COMPANY else "")
        print(f"{kind_words[h.ref.kind]:<8}  {h.code or '':<30}  {h.name}{where}")
    if not hits:
        print(f"no reseller, company or user matches {args.text!r}")
        return 1
    return 0
