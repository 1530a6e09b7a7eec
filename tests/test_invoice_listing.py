"""``prorata invoices list`` and ``currencies list`` read through the driver (app/services/invoice_listing.py,
app/storage/quick_read.py) and show what the services show (issue 12).

The world: two resellers (Acme, Bolt) with their companies, a direct company billed in EUR and one in KWD
(three decimals), a billing run's drafts, each issuer's first invoice issued, a credit note (which voids the
invoice it credits) and a manual draft and an issued invoice in KWD. Every filter and every order gives the
same page from both paths; on PostgreSQL a reseller's login sees only its own rows, as through the engine.
"""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from app.models import Invoice
from app.services import currencies, invoice_listing, invoices
from app.storage import quick_read
from app.storage.engine import make_engine, unit_of_work
from app.storage.types import Amount
from tests.staff_world import build_data, run_cli, world_with_logins

D = Decimal


def _url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _world(db) -> dict[str, int]:
    """build_data's world plus a credit note and a KWD customer; the ids of a few invoices by name."""
    from tests.billing_world import World, add_company

    resellers, companies = build_data(db)
    w = World()
    w.resellers.update(resellers)
    w.companies.update(companies)
    add_company(db, w, "k1", currency="KWD")
    with unit_of_work(db) as s:
        s.execute(text("UPDATE companies SET name = 'Café 50%_Off Ltd' WHERE code = 'k1'"))
        issued = s.scalar(select(Invoice.id).where(Invoice.company_id == companies["d1"],
                                                   Invoice.status == "issued"))
        line = invoices.ManualLine({"en": "Setup"}, D("2"), D("12.346"), D("5"))
        kwd_issued = invoices.create_manual(s, "k1", "KWD", [line], issue_date=date(2026, 2, 18))
        invoices.issue(s, kwd_issued.id, date(2026, 2, 18))
        # Dated after the KWD invoice: the hoster's numbers follow their dates (app/services/issue_dates.py).
        note = invoices.credit(s, issued, date(2026, 2, 20))
        kwd_draft = invoices.create_manual(s, "k1", "KWD", [line])
    return {"credited": issued, "note": note.id, "kwd_issued": kwd_issued.id, "kwd_draft": kwd_draft.id}


def _by_service(db, f: invoices.Filters, count: bool = False):
    with unit_of_work(db) as s:
        return invoices.count_invoices(s, f) if count else invoices.list_invoices(s, f)


def _reader(db) -> quick_read.Reader:
    reader = quick_read.open_reader(_url(db))
    assert reader is not None, "the database is at the current schema: the driver is read directly"
    return reader


FILTERS = [
    {},
    {"ascending": True},
    *({"sort": sort} for sort in invoices.SORTS),
    *({"sort": sort, "descending": False} for sort in invoices.SORTS),
    {"status": "draft"}, {"status": "issued"}, {"status": "void"}, {"status": "paid"},
    {"issuer": "hoster"}, {"issuer": "acme"}, {"issuer": "bolt", "sort": "total"},
    {"company": "c1"}, {"company": "acme"}, {"customer": "k1", "sort": "number", "descending": False},
    # Not a code: customers whose name contains it, whatever the case; % and _ are plain letters.
    {"customer": "cloud gmbh"}, {"company": "CLOUD"}, {"company": "1"}, {"company": "50%_off"},
    {"company": "0%_O", "status": "draft"},
    {"period_from": date(2026, 2, 1)}, {"period_to": date(2026, 1, 31)},
    {"period_from": date(2026, 1, 1), "period_to": date(2026, 2, 1), "status": "draft"},
    {"limit": 3}, {"limit": 3, "offset": 3}, {"limit": 0}, {"offset": 1000},
]


def _filters(kw: dict) -> invoices.Filters:
    kw = dict(kw)
    if kw.pop("ascending", False):
        kw["descending"] = False
    return invoices.Filters(**kw)


def test_the_orders_and_matches_are_the_services():
    assert set(invoice_listing._SORT_KEYS) == set(invoices.SORTS)
    assert invoice_listing.CUSTOMER_MATCHES == invoices.CUSTOMER_MATCHES


def test_the_keys_and_amounts_are_read_as_the_engine_reads_them():
    from app.billing.context import HOSTER_KEY, reseller_key

    assert invoice_listing.HOSTER_KEY == HOSTER_KEY and reseller_key(7) == "reseller:7"
    sqlite_dialect = make_engine("sqlite://").dialect
    reader = quick_read.Reader(None, "sqlite")
    for units in (0, 1, -1, 123456, 10 ** 15 + 7):
        assert reader.amount(units) == Amount().process_result_value(units, sqlite_dialect)
        assert str(reader.amount(units)) == str(Amount().process_result_value(units, sqlite_dialect))


def test_every_filter_and_order_gives_the_services_page(db):
    ids = _world(db)
    reader = _reader(db)
    try:
        everything = invoice_listing.page(reader, invoices.Filters())
        kinds = {r["kind"] for r in everything}
        assert {"invoice", "credit_note"} <= kinds, kinds
        assert {r["currency"] for r in everything} >= {"EUR", "KWD"}
        assert {r["status"] for r in everything} >= {"draft", "issued", "void"}
        assert {r["issuer"] for r in everything} >= {"hoster", "acme", "bolt"}
        kwd = next(r for r in everything if r["id"] == ids["kwd_issued"])
        # 2 x 12.346 = 24.692 (KWD has 3 decimals); tax 5 %: 1.2346 -> 1.235; total 25.927
        assert (kwd["subtotal"], kwd["tax"], kwd["total"]) == ("24.692", "1.235", "25.927")
        assert next(r for r in everything if r["id"] == ids["note"])["credits"] == ids["credited"]
        for kw in FILTERS:
            f = _filters(kw)
            assert invoice_listing.page(reader, f) == _by_service(db, f), kw
            assert invoice_listing.count(reader, f) == _by_service(db, f, count=True), kw
    finally:
        reader.close()


def test_what_the_service_refuses_or_folds_is_left_to_it(db):
    _world(db)
    reader = _reader(db)
    try:
        refused = [{"company": "nobody at all"}, {"company": "50%-off"}, {"company": "50x_off"},
                   {"issuer": "nobody"}, {"period_from": date(2026, 3, 1), "period_to": date(2026, 2, 1)}]
        for kw in refused + ([{"company": "CAFÉ"}] if reader.sqlite else []):
            assert invoice_listing.page(reader, _filters(kw)) is None, kw
            assert invoice_listing.count(reader, _filters(kw)) is None, kw
        if not reader.sqlite:  # PostgreSQL's ILIKE folds every letter
            f = _filters({"company": "CAFÉ"})
            assert [r["customer"] for r in invoice_listing.page(reader, f)] == ["k1", "k1"]
            assert invoice_listing.page(reader, f) == _by_service(db, f)
    finally:
        reader.close()


def test_the_command_prints_the_services_rows_by_either_path(db, capsys):
    _world(db)
    rc, out, err = run_cli(capsys, "invoices", "list", "--json", "--db", _url(db))
    assert rc == 0, err
    assert json.loads(out) == _by_service(db, invoices.Filters())
    rc, out, err = run_cli(capsys, "invoices", "list", "--json", "--company", "cloud gmbh", "--db", _url(db))
    assert rc == 0, err  # a name: the service searches
    assert json.loads(out) == _by_service(db, invoices.Filters(company="cloud gmbh"))
    assert {r["customer"] for r in json.loads(out)} == {"acme"}
    rc, out, err = run_cli(capsys, "invoices", "list", "--count", "--status", "draft", "--db", _url(db))
    assert rc == 0 and int(out) == _by_service(db, invoices.Filters(status="draft"), count=True)
    rc, out, err = run_cli(capsys, "invoices", "list", "--issuer", "nobody", "--db", _url(db))
    assert rc == 2 and "no issuer 'nobody'" in err


def test_currencies_read_through_the_driver_are_the_services(db):
    _world(db)
    reader = _reader(db)
    try:
        with unit_of_work(db) as s:
            assert currencies.read_currencies(reader) == currencies.list_currencies(s)
        assert [(c.code, c.digits) for c in currencies.read_currencies(reader)] == \
            [("EUR", 2), ("JPY", 0), ("KWD", 3), ("USD", 2)]
    finally:
        reader.close()


# -- when the driver is not read directly ---------------------------------------------------------------


def test_a_database_not_at_the_current_schema_is_opened_by_the_engine(sqlite_db, tmp_path):
    with sqlite_db.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert quick_read.open_reader(_url(sqlite_db)) is None
    assert quick_read.open_reader(f"sqlite:///{tmp_path / 'not-there.db'}") is None
    assert not (tmp_path / "not-there.db").exists()
    (tmp_path / "junk.db").write_text("not a database")
    assert quick_read.open_reader(f"sqlite:///{tmp_path / 'junk.db'}") is None


def test_a_command_on_an_outdated_database_is_refused_as_before(sqlite_db, capsys):
    with sqlite_db.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    for argv in (["invoices", "list"], ["currencies", "list"]):
        rc, out, err = run_cli(capsys, *argv, "--db", _url(sqlite_db))
        assert rc == 2 and "out of date" in err and not out


def test_a_new_database_is_set_up_before_listing(tmp_path, capsys):
    rc, out, err = run_cli(capsys, "invoices", "list", "--json", "--db", f"sqlite:///{tmp_path / 'new.db'}")
    assert (rc, out.strip()) == (0, "[]"), err


def test_the_sqlite_reader_writes_nothing(sqlite_db):
    reader = _reader(sqlite_db)
    try:
        with pytest.raises(Exception, match="readonly"):
            reader.rows("DELETE FROM currencies")
    finally:
        reader.close()


LOADED = """
import sys
from app.cli.main import main
code = main(sys.argv[1:])
sys.stdout.flush()
print("\\nLOADED " + ",".join(sorted(m for m in ("sqlalchemy", "app.models", "alembic") if m in sys.modules)))
sys.exit(code)
"""


@pytest.mark.parametrize("argv", [["invoices", "list", "--json"], ["currencies", "list"]])
def test_the_list_commands_start_without_sqlalchemy(db, argv):
    _world(db)
    proc = subprocess.run([sys.executable, "-c", LOADED, *argv, "--db", _url(db)], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.rstrip().rpartition("\n")[2] == "LOADED"  # none of them


# -- row-level security ---------------------------------------------------------------------------------


@pytest.mark.pg
def test_a_resellers_login_lists_only_its_own_invoices(pg_db, capsys):
    with world_with_logins(pg_db, keys=("acme_admin", "hoster_admin")) as w:
        acme = w.resellers["acme"]
        with pg_db.connect() as conn:  # as the superuser: every row
            mine = set(conn.execute(text("SELECT id FROM invoices WHERE reseller_id = :r"), dict(r=acme)).scalars())
            everyone = set(conn.execute(text("SELECT id FROM invoices")).scalars())
        assert mine and mine != everyone
        for key, expected in (("acme_admin", mine), ("hoster_admin", everyone)):
            reader = quick_read.open_reader(w.url(key))
            assert reader is not None
            try:
                quick = invoice_listing.page(reader, invoices.Filters())
            finally:
                reader.close()
            assert {r["id"] for r in quick} == expected, key
            assert quick == _by_service(w.engines[key], invoices.Filters()), key
            rc, out, err = run_cli(capsys, "invoices", "list", "--json", "--db", w.url(key))
            assert rc == 0, err
            assert json.loads(out) == quick, key


@pytest.mark.pg
def test_a_build_locked_to_a_reseller_still_checks_the_login(pg_db, capsys, monkeypatch):
    """The lock needs the engine (app/branding.py check_login): the list commands do not read around it."""
    from pathlib import Path

    from app import branding

    brand = Path(__file__).resolve().parent.parent / "packaging" / "brands" / "nordwind" / "brand.toml"
    monkeypatch.setenv("PRORATA_BRAND", str(brand))
    branding.current.cache_clear()
    try:
        for argv in (["invoices", "list"], ["currencies", "list"]):
            rc, out, err = run_cli(capsys, *argv, "--db", _url(pg_db))  # the superuser; no reseller nordwind
            assert rc == 2 and not out
            assert "locked to the reseller 'nordwind'" in err
    finally:
        monkeypatch.delenv("PRORATA_BRAND")
        branding.current.cache_clear()


def test_the_period_an_invoice_shows():
    """The rule the invoice list and an invoice's header share (``shown_period``); stored ends are exclusive."""
    shown = invoice_listing.shown_period
    Shown = invoice_listing.ShownPeriod

    def header(kind, start, end):
        return {"kind": kind, "period": {"start": start, "end": end}}
    # A company's month: 15 January up to (not including) 15 February is 15 January to 14 February.
    assert shown(header("invoice", "2026-01-15", "2026-02-15")) == Shown(date(2026, 1, 15), date(2026, 2, 14))
    assert shown(header("credit_note", "2026-03-15", "2026-04-15")) == Shown(date(2026, 3, 15),
                                                                             date(2026, 4, 14))
    # One day is that day.
    assert shown(header("invoice", "2026-03-01", "2026-03-02")) == Shown(date(2026, 3, 1), date(2026, 3, 1))
    # A settlement has no period of its own: only the boundary it settled up to, whatever its kind or end.
    for kind in ("wholesale", "statement", "credit_note", "invoice"):
        assert shown(header(kind, "2026-03-01", None)) == Shown(settled_to=date(2026, 3, 1))
    assert shown(header("wholesale", "2026-03-01", "2026-03-02")) == Shown(settled_to=date(2026, 3, 1))
    # A manual invoice has no period.
    assert shown(header("invoice", None, None)) is None
    assert shown({"kind": "invoice"}) is None


@pytest.mark.parametrize("mode, kind", [("reseller_bills", "wholesale"),
                                        ("hoster_bills_hoster_processor", "statement")])
def test_a_settlement_shows_its_boundary_and_a_companys_invoice_its_days(db, mode, kind):
    """Contoso (c1) under acme (billing day 1) billed to 20 March: acme's settlements on 1 February and 1 March,
    Contoso's invoices of its months from the 15th (the last a credit note: the sites cancelled on 1 March,
    given back)."""
    from app.billing.run import run_billing
    from tests.billing_world import CONTOSO_EVENTS, add_company, build

    w = build(db, acme_mode=mode)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    run_billing(db, date(2026, 3, 20))
    rows = _by_service(db, invoices.Filters(sort="period", descending=False))
    Shown = invoice_listing.ShownPeriod
    assert [(r["customer"], r["kind"], invoice_listing.shown_period(r)) for r in rows] == [
        ("c1", "invoice", Shown(date(2026, 1, 15), date(2026, 2, 14))),
        ("acme", kind, Shown(settled_to=date(2026, 2, 1))),
        ("c1", "invoice", Shown(date(2026, 2, 15), date(2026, 3, 14))),
        ("acme", kind, Shown(settled_to=date(2026, 3, 1))),
        ("c1", "credit_note", Shown(date(2026, 3, 15), date(2026, 4, 14))),
    ]
