"""Exporting: the same format back, canonical, so that import then export round-trips."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.bundle.exporter import export_bundle
from app.bundle.importer import import_bundle
from app.cli.main import main
from app.errors import ProrataError
from app.storage import schema
from app.storage.engine import make_engine, unit_of_work

DATA = Path(__file__).parent / "data"


def read(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def load(engine, doc: dict) -> None:
    with unit_of_work(engine) as s:
        import_bundle(s, doc, source="test.json")


def export(engine) -> dict:
    with unit_of_work(engine) as s:
        return export_bundle(s)


def unordered(value):
    """A document with every list sorted: equal for documents that differ only in list order."""
    if isinstance(value, dict):
        return {k: unordered(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((unordered(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


@pytest.fixture
def fresh_sqlite(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    schema.upgrade(engine)
    yield engine
    engine.dispose()


def test_the_export_of_an_imported_bundle_is_that_bundle(db):
    load(db, read("example_bundle.json"))
    assert unordered(export(db)) == unordered(read("example_bundle.json"))


def test_export_is_canonical(db):
    load(db, read("full_bundle.json"))
    doc = export(db)
    assert doc["hoster"]["currencies"] == ["EUR", "GBP", "JPY", "USD"]
    assert [c["code"] for c in doc["companies"]] == ["c1", "d1", "k1"]
    assert [(u["company"], u["email"]) for u in doc["users"]] == [
        ("c1", "ann@contoso.example"), ("c1", "bob@contoso.example"), ("d1", "sue@widgets.example"),
        ("k1", "taro@kaisha.example")]
    assert [(p["layer"], p["plan"], p["currency"], p["amount"], p.get("valid_from")) for p in doc["prices"]] == [
        ("wholesale", "exchange-basic", "EUR", "4.00", None),
        ("wholesale", "exchange-basic", "EUR", "4.20", "2026-04-01"),
        ("wholesale", "exchange-basic", "JPY", "600", None),
        ("wholesale_override", "exchange-basic", "JPY", "550", None),
        ("retail", "exchange-basic", "JPY", "900", None),
        ("retail", "exchange-pro", "GBP", "9.99", None),
        ("retail", "web-firewall", "GBP", "15.00", None),
        ("company_override", "exchange-basic", "JPY", "800", None),
    ]
    # Events by date, then as recorded; the extra of 15 March is in USD after the change that day.
    events = doc["events"]
    assert [(e["date"], e["company"], e["type"]) for e in events][:3] == [
        ("2025-11-03", "d1", "subscribe"), ("2025-11-03", "d1", "subscribe"), ("2025-12-01", "d1", "extra")]
    migration = next(e for e in events if e.get("code") == "migration")
    assert migration == {"date": "2026-03-15", "company": "c1", "type": "extra", "code": "migration",
                         "amount": "120.50", "recurring": False, "user": "ann@contoso.example",
                         "description": {"en": "Mailbox migration"}}
    setup = next(e for e in events if e.get("code") == "setup")
    assert setup["amount"] == "5000"
    direct = doc["companies"][1]
    assert "reseller" not in direct and direct["billing_day"] == 28 and direct["delivery"] == "post"


def test_export_import_export_gives_identical_json(db, fresh_sqlite):
    load(db, read("full_bundle.json"))
    first = export(db)
    load(fresh_sqlite, first)
    second = export(fresh_sqlite)
    assert json.dumps(second, ensure_ascii=False, indent=2) == json.dumps(first, ensure_ascii=False, indent=2)


def test_an_empty_database_has_nothing_to_export(db):
    with pytest.raises(ProrataError) as exc:
        export(db)
    assert exc.value.problems[0].id == "no_hoster"


def test_cli_export_to_a_file_and_to_stdout(db, tmp_path, capsys):
    assert main(["export", str(tmp_path / "out.json"), "--db", url(db)]) == 2
    assert "no hoster" in capsys.readouterr().err

    load(db, read("full_bundle.json"))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "out.json"
    assert main(["export", str(target), "--db", url(db)]) == 0
    assert "3 companies" in capsys.readouterr().out
    written = target.read_text(encoding="utf-8")
    assert "初期設定" in written  # UTF-8 text, not \\u escapes
    assert main(["export", "-", "--db", url(db)]) == 0
    assert capsys.readouterr().out == written
    assert json.loads(written) == export(db)
    assert [p.name for p in out_dir.iterdir()] == ["out.json"]  # no temporary file left behind
