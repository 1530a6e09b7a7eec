"""``prorata db upgrade``, ``prorata db status`` and ``prorata db copy --to URL``."""
from __future__ import annotations


def register(sub) -> None:
    from app.cli.main import add_db_option

    p = sub.add_parser("db", help="database schema: status and upgrade")
    dbsub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dbsub.add_parser("upgrade", help="apply pending schema migrations")
    add_db_option(up)
    up.set_defaults(func=upgrade)
    st = dbsub.add_parser("status", help="show the schema revision")
    add_db_option(st)
    st.set_defaults(func=show_status)
    cp = dbsub.add_parser("copy", help="copy this whole database into a new, empty PostgreSQL database")
    cp.add_argument("--to", dest="to_url", metavar="URL", required=True,
                    help="the empty PostgreSQL database, as a superuser: postgresql://USER@HOST/DATABASE")
    cp.add_argument("--json", action="store_true")
    add_db_option(cp)
    cp.set_defaults(func=copy)


def upgrade(args, ctx) -> int:
    from app.storage import schema

    engine = ctx.engine(migrate=False)
    before = schema.status(engine)
    after = schema.upgrade(engine)
    if before.current == after.current:
        print(f"database is up to date (schema {after.current})")
    else:
        print(f"upgraded schema {before.current or 'empty'} -> {after.current}")
    return 0


def show_status(args, ctx) -> int:
    from app.storage import schema

    if ctx.direct_reader() is not None:  # the driver read the revision: at the current schema (issue 12)
        st = schema.SchemaStatus(schema.head_revision(), schema.head_revision(), True)
    else:
        st = schema.status(ctx.engine(migrate=False))
    state = "up to date" if st.up_to_date else ("newer than this Prorata" if not st.known else "needs upgrade")
    print(f"schema {st.current or 'empty'} (this Prorata: {st.head}): {state}")
    return 0 if st.up_to_date else 1


def copy(args, ctx) -> int:
    import json

    from app.storage.copy import copy_database
    from app.storage.engine import make_engine

    source = ctx.engine(migrate=False)
    target = make_engine(args.to_url)
    try:
        report = copy_database(source, target)
    finally:
        target.dispose()
    where = target.url.render_as_string(hide_password=True)
    if args.json:
        print(json.dumps({"to": where, **report.as_json()}, indent=2))
    else:
        print(f"copied {report.total} rows in {len(report.rows)} tables to {where}; "
              f"check it with: prorata audit verify --db {where}")
    return 0
