"""``prorata db copy --to URL``: a SQLite demo database moved to an empty PostgreSQL database, checked by comparing
the two databases' exports and by ``prorata audit verify`` on the copy; a non-empty target refused in words."""
from __future__ import annotations

import json
import uuid
from datetime import date

import pytest
from sqlalchemy import create_engine, func, select, text

from app.billing.run import run_billing
from app.cli.main import main
from app.demo import generate
from app.models import AuditEntry, Company, Invoice
from app.services import invoices
from app.storage.engine import make_engine, unit_of_work

pytestmark = pytest.mark.pg


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


@pytest.fixture
def empty_pg(pg_server_url):
    """A new, empty PostgreSQL database of its own (the copy upgrades it itself)."""
    admin = create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    name = f"prorata_copy_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(pg_server_url.set(database=name))
    yield engine
    engine.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def demo(sqlite_db):
    generate(sqlite_db, 12, seed=3, today=date(2026, 3, 1))
    run_billing(sqlite_db, date(2026, 3, 1))
    with unit_of_work(sqlite_db) as s:
        drafts = s.scalars(select(Invoice.id).where(Invoice.status == "draft").order_by(Invoice.id).limit(4)).all()
    for invoice_id in drafts:
        with unit_of_work(sqlite_db) as s:
            invoices.issue(s, invoice_id, date(2026, 3, 2))
    return sqlite_db


def run(capsys, *args) -> tuple[int, str, str]:
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def export(capsys, engine) -> dict:
    rc, out, err = run(capsys, "export", "-", "--db", url(engine))
    assert rc == 0, err
    return json.loads(out)


def test_a_sqlite_demo_moves_to_postgresql_whole(capsys, demo, empty_pg):
    with unit_of_work(demo) as s:
        companies = s.scalar(select(func.count()).select_from(Company))
        issued = s.scalar(select(func.count()).select_from(Invoice).where(Invoice.status != "draft"))
        audited = s.scalar(select(func.count()).select_from(AuditEntry))
    assert companies == 12 and issued >= 4 and audited > 0

    rc, out, err = run(capsys, "db", "copy", "--to", url(empty_pg), "--db", url(demo), "--json")
    assert rc == 0, err
    report = json.loads(out)
    assert report["tables"]["companies"] == 12
    assert report["tables"]["audit_log"] == audited

    assert export(capsys, empty_pg) == export(capsys, demo)
    rc, out, err = run(capsys, "audit", "verify", "--db", url(empty_pg))
    assert rc == 0, out + err
    with unit_of_work(empty_pg) as s:
        assert s.scalar(select(func.count()).select_from(Invoice).where(Invoice.status != "draft")) == issued
        # The database still guards what it guarded: an issued invoice cannot be changed behind the app's back.
        with pytest.raises(Exception, match="prorata:issued_invoice_frozen"):
            with s.begin_nested():
                s.execute(text("UPDATE invoices SET total = 0 WHERE status = 'issued'"))
    # The sequences go on after the copied ids: issuing one more draft works and is chained on.
    with unit_of_work(empty_pg) as s:
        draft = s.scalar(select(Invoice.id).where(Invoice.status == "draft").order_by(Invoice.id).limit(1))
        invoices.issue(s, draft, date(2026, 3, 3))
    rc, out, err = run(capsys, "audit", "verify", "--db", url(empty_pg))
    assert rc == 0, out + err


def test_a_target_with_rows_is_refused_in_words(capsys, demo, empty_pg):
    rc, _out, err = run(capsys, "db", "copy", "--to", url(empty_pg), "--db", url(demo))
    assert rc == 0, err
    rc, out, err = run(capsys, "db", "copy", "--to", url(empty_pg), "--db", url(demo))
    assert rc == 2
    assert "is not empty" in err and "nothing was written" in err and "Traceback" not in err


def test_the_target_must_be_postgresql(capsys, demo, tmp_path):
    rc, _out, err = run(capsys, "db", "copy", "--to", f"sqlite:///{tmp_path}/other.db", "--db", url(demo))
    assert rc == 2
    assert "is not one" in err
