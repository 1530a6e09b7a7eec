"""The CLI starts without what its handlers need (issue 12), and ``invoices list`` pages down its index.

No timings here: start-up is guarded by which modules a fresh interpreter has loaded after building the
parser, showing help or listing currencies on a database at the current schema; the list query by its
plans on both databases. bench/cli_start.py measures the wall times.
"""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import event, text

from app.cli.main import COMMAND_MODULES
from app.models import Currency, Invoice, Reseller
from app.services import invoices
from app.storage import schema
from app.storage.engine import unit_of_work

# Packages that no parser may load (the handlers load them when they run).
HEAVY = ("alembic", "mako", "pygments", "babel", "PySide6", "reportlab", "sqlalchemy", "keyring",
         "app.services", "app.models", "app.storage.engine", "app.billing")
# Packages that a command on a database already at the current schema does not need.
MIGRATIONS_ONLY = ("alembic", "mako", "pygments")

# Runs in a fresh interpreter: imports each command module in turn (then builds the parser, or runs
# the CLI with argv) and prints, as JSON, which heavy packages each step loaded.
PROBE = """
import importlib, json, sys
heavy = tuple(sys.argv[1].split(","))
def loaded():
    return {m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy)}
steps = {}
seen = set()
def step(name):
    global seen
    now = loaded()
    steps[name] = sorted({m.split(".")[0] if not m.startswith("app.") else ".".join(m.split(".")[:2])
                          for m in now - seen})
    seen = now
import app.cli.main as cli
step("app.cli.main")
for name in cli.COMMAND_MODULES:
    importlib.import_module(name)
    step(name)
argv = json.loads(sys.argv[2])
if argv is None:
    cli.build_parser()
    code = 0
else:
    try:
        code = cli.main(argv)
    except SystemExit as exc:
        code = exc.code
step("run")
sys.stdout.flush()
print("\\n" + json.dumps({"code": code, "steps": steps}))
"""


def probe(argv: list[str] | None, heavy=HEAVY) -> tuple[int, dict[str, list[str]], str]:
    """(exit status, heavy packages each step loaded, the command's own output) in a fresh interpreter."""
    proc = subprocess.run([sys.executable, "-c", PROBE, ",".join(heavy), json.dumps(argv)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out, _, last = proc.stdout.rstrip("\n").rpartition("\n")
    result = json.loads(last)
    return result["code"], {k: v for k, v in result["steps"].items() if v}, out


def test_building_the_parser_loads_no_handler_dependencies():
    code, loaded, _ = probe(None)
    assert code == 0
    # Names the module that loaded what: a new command module importing a service at its top shows here.
    assert loaded == {}


@pytest.mark.parametrize("argv", [["--help"], ["invoices", "list", "--help"], ["currencies", "--help"],
                                  ["bill", "run", "--help"]])
def test_help_loads_no_handler_dependencies(argv):
    code, loaded, out = probe(argv)
    assert code == 0 and "usage: prorata" in out
    assert loaded == {}


def test_every_command_module_is_probed():
    assert len(COMMAND_MODULES) == len(set(COMMAND_MODULES)) >= 9


def _helps(parser, path: tuple[str, ...] = ()) -> dict[tuple[str, ...], str]:
    """The help of ``parser`` and of every parser under it, by their path of commands."""
    import argparse

    out = {path: parser.format_help()}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out.update(_helps(sub, path + (name,)))
    return out


def test_a_command_given_first_gets_the_parser_the_whole_one_has():
    # main.MODULE_COMMANDS names the modules that add to each command; a command given first is parsed by a
    # parser of those modules alone. Every action of every command must read as in the whole parser.
    from app.cli.main import MODULE_COMMANDS, _command_first, build_parser

    whole = {path: text for path, text in _helps(build_parser()).items() if path}
    commands = {path[0] for path in whole}
    assert commands == {c for named in MODULE_COMMANDS.values() for c in named}
    for command in sorted(commands):
        alone = {path: text for path, text in _helps(build_parser(command)).items() if path[:1] == (command,)}
        assert alone == {path: text for path, text in whole.items() if path[0] == command}, command
    assert _command_first(["resellers", "list"]) == "resellers"
    assert _command_first(["--db", "sqlite://", "--upgrade", "companies", "show", "c1"]) == "companies"
    assert _command_first(["--db=sqlite://", "invoices", "list"]) == "invoices"
    for argv in (["--help"], ["--version"], ["resellerz", "list"], ["-h", "resellers"], [], ["--db"]):
        assert _command_first(argv) is None, argv


def _url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def test_currencies_list_on_a_database_at_head_does_not_load_alembic(db):
    with unit_of_work(db) as s:
        s.add_all([Currency(code="JPY", enabled=False), Currency(code="EUR", enabled=True)])
    code, loaded, out = probe(["currencies", "list", "--db", _url(db)], heavy=MIGRATIONS_ONLY)
    assert code == 0
    assert out.splitlines() == ["EUR  enabled   2 decimals", "JPY  disabled  0 decimals"]
    assert loaded == {}


# The read-only commands that read through the driver (app/cli/quick_lists.py) on a database at the current schema.
READ_ONLY = [["db", "status"], ["resellers", "list", "--json"], ["companies", "list"], ["users", "list", "c1"],
             ["services", "list", "--json"], ["plans", "list", "--json"], ["extras", "list", "--json"],
             ["settings", "show"], ["payments", "list", "--json"], ["companies", "show", "c1"],
             ["audit", "--limit", "5", "--json"]]


@pytest.mark.parametrize("argv", READ_ONLY, ids=lambda argv: " ".join(argv[:2]))
def test_read_only_commands_on_a_database_at_head_load_neither_sqlalchemy_nor_the_models(db, argv):
    from app.models import Company, Hoster, User

    with unit_of_work(db) as s:
        s.add(Hoster(name="Northwind Hosting"))
        s.add(Currency(code="EUR", enabled=True))
        s.flush()
        c1 = Company(code="c1", name="Contoso", currency="EUR", language="en", signup=date(2026, 1, 15))
        s.add(c1)
        s.flush()
        s.add(User(company_id=c1.id, email="ann@contoso.example", name="Ann Lee"))
    code, loaded, out = probe([*argv, "--db", _url(db)], heavy=("sqlalchemy", "app.models", *MIGRATIONS_ONLY))
    assert code == 0 and out
    assert loaded == {}


def test_db_status_at_head_before_and_after(db, tmp_path):
    """At the current schema the driver reads the revision; otherwise the engine, which never upgrades here."""
    from app.cli.main import main

    head = schema.head_revision()

    def status(url: str) -> tuple[int, str]:
        proc = subprocess.run([sys.executable, "-m", "app.cli.main", "db", "status", "--db", url],
                              capture_output=True, text=True, timeout=120)
        assert proc.stderr == ""
        return proc.returncode, proc.stdout

    assert status(_url(db)) == (0, f"schema {head} (this Prorata: {head}): up to date\n")
    empty = f"sqlite:///{tmp_path / 'empty.db'}"
    assert status(empty) == (1, f"schema empty (this Prorata: {head}): needs upgrade\n")
    assert status(empty) == (1, f"schema empty (this Prorata: {head}): needs upgrade\n")  # still empty
    older = schema.revisions()[head][0]
    try:
        for stored, state, rc in ((older, "needs upgrade", 1), ("9999_from_the_future", "newer than this Prorata", 1)):
            with db.begin() as conn:
                conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": stored})
            assert status(_url(db)) == (rc, f"schema {stored} (this Prorata: {head}): {state}\n")
    finally:
        with db.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": head})
    assert main(["db", "status", "--db", _url(db)]) == 0


@pytest.mark.parametrize("argv", [["currencies", "list"], ["resellers", "list"]])
def test_the_process_collects_garbage_again_once_its_database_is_open(db, argv):
    # Run as the `prorata` process (main() without argv), start-up runs without the cyclic garbage collector;
    # it is back on (with start-up's objects frozen) from the moment the command has its database.
    run = ("import gc, sys\n"
           "from app.cli.main import main\n"
           "sys.argv = ['prorata', *sys.argv[1:]]\n"
           "code = main()\n"
           "print(code, gc.isenabled(), gc.get_freeze_count() > 0)")
    proc = subprocess.run([sys.executable, "-c", run, *argv, "--db", _url(db)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "0 True True"


# -- the schema check without Alembic -----------------------------------------------------------------


def test_head_read_from_the_files_is_alembics_head():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(schema._config())
    assert schema.head_revision() == script.get_current_head()
    assert schema.revisions() == {r.revision: tuple(r._all_down_revisions) for r in script.walk_revisions()}


def test_status_of_an_empty_database(tmp_path):
    from app.storage.engine import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    st = schema.status(engine)
    engine.dispose()
    assert (st.current, st.empty, st.known, st.up_to_date) == (None, True, True, False)


def test_an_older_schema_is_told_to_upgrade_and_a_newer_one_refused(db):
    """The stored revision is rewritten by hand (and put back): the check reads only that table."""
    head = schema.head_revision()
    older = schema.revisions()[head][0]
    try:
        for stored, expected in ((older, "upgrade_needed"), ("9999_from_the_future", "newer_database")):
            with db.begin() as conn:
                conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": stored})
            st = schema.status(db)
            assert (st.current, st.known, st.up_to_date) == (stored, expected == "upgrade_needed", False)
            proc = subprocess.run([sys.executable, "-m", "app.cli.main", "currencies", "list", "--db", _url(db)],
                                  capture_output=True, text=True, timeout=60)
            assert proc.returncode == 2
            assert stored in proc.stderr and "Traceback" not in proc.stderr
    finally:
        with db.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": head})
    assert schema.status(db).up_to_date


# -- invoices list: newest first, a page at a time, down ix_invoices_issue_date ---------------------------

# id -> (issue date, status, issuer); written in this order, so the ids are 1..6.
INVOICES = {
    1: (date(2026, 1, 5), "issued", "hoster"),
    2: (date(2026, 1, 3), "issued", "hoster"),
    3: (date(2026, 1, 5), "deferred", "hoster"),
    4: (date(2026, 1, 4), "issued", "reseller:1"),
    5: (date(2026, 2, 1), "issued", "hoster"),
    6: (date(2026, 1, 4), "issued", "hoster"),
}


def _invoices(engine) -> None:
    with unit_of_work(engine) as s:
        s.add(Currency(code="EUR", enabled=True))
        s.add(Reseller(id=1, code="r1", name="R1", currency="EUR", language="en"))
        s.flush()
        for i, (day, status, issuer) in INVOICES.items():
            s.add(Invoice(id=i, number=f"N{i}", issuer_key=issuer, issuer_reseller_id=1 if issuer != "hoster" else None,
                          customer_reseller_id=1, currency="EUR", status=status, issue_date=day,
                          period_start=day, total=Decimal("10.00")))


def test_list_is_newest_first_and_pages(db):
    _invoices(db)
    with unit_of_work(db) as s:
        def ids(**kw):
            return [r["id"] for r in invoices.list_invoices(s, invoices.Filters(**kw))]
        # By issue date, newest first; on the same day the later invoice (higher id) first.
        assert ids() == [5, 3, 1, 6, 4, 2]
        assert ids(limit=2) == [5, 3]
        assert ids(limit=2, offset=2) == [1, 6]
        assert ids(limit=2, offset=4) == [4, 2]
        assert ids(limit=2, offset=6) == []
        assert ids(status="issued") == [5, 1, 6, 4, 2]
        assert ids(issuer="hoster") == [5, 3, 1, 6, 2]
        assert ids(issuer="r1", status="issued") == [4]


def test_cli_list_pages_as_json(db):
    _invoices(db)
    code, loaded, out = probe(["invoices", "list", "--json", "--limit", "2", "--offset", "1", "--db", _url(db)],
                              heavy=MIGRATIONS_ONLY)
    assert code == 0 and loaded == {}
    assert [(r["id"], r["number"], r["issue_date"]) for r in json.loads(out)] == \
        [(3, "N3", "2026-01-05"), (1, "N1", "2026-01-05")]


def _plan(engine, f: invoices.Filters) -> str:
    """The plan of the query list_invoices runs for ``f``, as one line of text."""
    statements = []

    def grab(conn, cursor, statement, parameters, context, executemany):
        if "FROM invoices" in statement and "ORDER BY" in statement:
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", grab)
    try:
        with unit_of_work(engine) as s:
            invoices.list_invoices(s, f)
    finally:
        event.remove(engine, "before_cursor_execute", grab)
    (statement, parameters), = statements
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            return " / ".join(r[3] for r in rows)
        # A handful of rows would be read whole and sorted; the question is whether the index can give the
        # order, so sorting and whole-table scans are priced out for this transaction.
        conn.exec_driver_sql("SET LOCAL enable_sort = off")
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        return " / ".join(r[0].strip() for r in conn.exec_driver_sql("EXPLAIN " + statement, parameters))


@pytest.mark.parametrize("filters", [{}, {"status": "issued"}, {"issuer": "hoster"},
                                     {"status": "deferred", "issuer": "r1"}, {"period_from": date(2026, 1, 4)}],
                         ids=["all", "status", "issuer", "status+issuer", "from"])
def test_list_reads_the_issue_date_index_without_sorting(db, filters):
    _invoices(db)
    plan = _plan(db, invoices.Filters(**filters))
    assert "ix_invoices_issue_date" in plan
    if db.dialect.name == "sqlite":
        assert "TEMP B-TREE" not in plan and "ix_invoices_status" not in plan, plan
    else:
        assert "Index Scan Backward using ix_invoices_issue_date" in plan and "Sort" not in plan, plan


# -- commands that write: what they load beyond the ORM and the models ---------------------------------

def test_write_commands_load_only_their_own_database_dialect_and_render_one_pdf_in_process(db, tmp_path):
    """``payments add`` and ``invoices issue`` on SQLite do not load PostgreSQL's dialect (asyncpg, pg8000...),
    and issuing one invoice stores its PDF without loading the process pool that renders a billing run's."""
    from app.models import Company, Hoster

    with unit_of_work(db) as s:
        s.add(Hoster(name="Northwind Hosting"))
        s.add(Currency(code="EUR", enabled=True))
        s.flush()
        s.add(Company(code="c1", name="Contoso", currency="EUR", language="en", signup=date(2026, 1, 15)))
    draft = tmp_path / "draft.json"
    draft.write_text(json.dumps({"customer": "c1", "currency": "EUR", "issue_date": "2026-03-02", "lines": [
        {"description": "Migration work", "quantity": "1.5", "unit_price": "80.00", "tax_rate": "20"}]}))
    postgresql = ["sqlalchemy"] if db.dialect.name == "postgresql" else []  # the probe names the package
    heavy = ("sqlalchemy.dialects.postgresql", "concurrent.futures.process", "multiprocessing")

    code, loaded, out = probe(["payments", "add", "c1", "10.00", "EUR", "--method", "cash", "--date", "2026-03-02",
                               "--reference", "R1", "--no-allocate", "--db", _url(db)], heavy=heavy)
    assert (code, out.splitlines()[0]) == (0, "payment #1: 10.00 EUR")
    assert loaded.get("run", []) == postgresql

    code, loaded, out = probe(["invoices", "new", str(draft), "--db", _url(db)], heavy=heavy)
    assert code == 0 and out.startswith("draft #")
    draft_id = out.split("#")[1].split()[0]
    code, loaded, out = probe(["invoices", "issue", draft_id, "--db", _url(db)], heavy=heavy)
    assert code == 0 and out.startswith("issued ")
    assert loaded.get("run", []) == postgresql
    with db.connect() as conn:  # its PDF was stored (in this process)
        assert conn.execute(text("SELECT count(*) FROM invoice_documents")).scalar() == 1


# -- the models: a command maps those it asks for (app/models/__init__.py) ------------------------------

def test_a_model_comes_with_the_models_its_foreign_keys_name_and_base_with_all():
    run = ("import sys\n"
           "from app.models import Company\n"
           "print(sorted(m for m in sys.modules if m.startswith('app.models.')))\n"
           "from app.models import Base\n"
           "print(len(Base.metadata.tables), len(Base.registry.mappers))")
    proc = subprocess.run([sys.executable, "-c", run], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    first, everything = proc.stdout.splitlines()
    # companies names currencies and resellers; resellers takes a constant of hoster
    assert first == str(["app.models.base", "app.models.companies", "app.models.currencies", "app.models.hoster",
                         "app.models.resellers"])
    assert everything == "37 37"  # app/models/*.py: every table mapped


def test_each_model_module_imports_the_modules_its_foreign_keys_name():
    """Without them a flush of a model whose foreign key names an unmapped table fails (NoReferencedTableError)."""
    from app.models import Base

    module_of = {m.local_table.name: m.class_.__module__ for m in Base.registry.mappers}
    for table in Base.metadata.tables.values():
        own = sys.modules[module_of[table.name]]
        for fk in table.foreign_keys:
            named = module_of[fk.column.table.name]
            if named != own.__name__:
                assert vars(own).get(named.rpartition(".")[2]) is sys.modules[named], (table.name, fk.target_fullname)


def test_every_name_of_the_models_package_is_its_modules():
    import importlib

    from app import models

    for module, names in models.MODULE_NAMES.items():
        for name in names:
            assert getattr(models, name) is getattr(importlib.import_module(f"app.models.{module}"), name), name
    with pytest.raises(AttributeError):
        models.Nothing  # noqa: B018
