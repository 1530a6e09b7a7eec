"""``prorata resellers|companies|users``: through ``main([...])`` and as rival processes, on both databases.

The world is tests/tenant_world.py (Northwind Hosting; reseller acme with c1 Contoso GmbH, z1, a1; blue;
direct d1; c1's users ann and bob), except for the billing scenario, which starts from a bundle.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.bundle import FORMAT
from app.cli.main import main
from app.models import AuditEntry, Company, Invoice, InvoiceLine, Reseller, User
from app.storage.engine import unit_of_work
from tests.actors import recorded
from tests.racers import RACER
from tests.tenant_world import build_world

D = Decimal


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


@pytest.fixture
def cli(db, capsys):
    """Run ``prorata ARGS --db <db>``: (exit status, stdout, stderr)."""
    def run(*args: str) -> tuple[int, str, str]:
        rc = main([*args, "--db", url(db)])
        out, err = capsys.readouterr()
        return rc, out, err
    return run


@pytest.fixture
def world(db):
    return build_world(db)


def test_add_show_and_list_a_reseller(db, world, cli):
    rc, out, err = cli("resellers", "add", "nova", "--name", "Nova IT", "--currency", "USD", "--tax-rate", "7.5",
                       "--address", "street=1 Main St", "--address", "street=Floor 2", "--address", "city=Leeds",
                       "--address", "postcode=LS1 1AA", "--address", "country=GB")
    assert (rc, err) == (0, "")
    assert out == "reseller nova added (invoice numbers NOVA-{year}-{seq:05})\n"
    rc, out, _ = cli("resellers", "show", "nova", "--json")
    data = json.loads(out)
    assert (data["name"], data["currency"], data["tax_rate"], data["language"], data["version"]) == (
        "Nova IT", "USD", "7.5", "en_GB", 1)
    assert data["address"] == {"lines": ["1 Main St", "Floor 2"], "city": "Leeds", "postcode": "LS1 1AA",
                               "country": "GB"}
    rc, out, _ = cli("resellers", "list", "--json")
    assert [(r["code"], r["companies"]) for r in json.loads(out)] == [("acme", 3), ("blue", 0), ("nova", 0)]
    rc, out, _ = cli("resellers", "show", "nova")
    assert "address:               1 Main St; Floor 2; LS1 1AA Leeds; GB\n" in out


def test_add_edit_and_show_a_company(db, world, cli):
    rc, out, err = cli("companies", "add", "n1", "--name", "Nova Ltd", "--reseller", "acme", "--currency", "EUR",
                       "--signup", "2026-03-10", "--billing-day", "5", "--term", "yearly", "--delivery", "post",
                       "--address-json", '{"lines": ["Ring 2"], "city": "Köln", "country": "DE"}')
    assert (rc, out, err) == (0, "company n1 added under acme\n", "")
    rc, out, err = cli("companies", "edit", "n1", "--email", "billing@nova.example", "--tax-rate", "7",
                       "--expect-version", "1")
    assert (rc, out, err) == (0, "company n1 saved (version 2)\n", "")
    rc, out, err = cli("companies", "edit", "n1", "--clear", "tax-rate")
    assert (rc, out) == (0, "company n1 saved (version 3)\n")
    rc, out, _ = cli("companies", "show", "n1", "--json")
    data = json.loads(out)
    assert {k: data[k] for k in ("reseller", "language", "billing_day", "term", "delivery", "email", "tax_rate",
                                 "version", "reseller_name")} == {
        "reseller": "acme", "language": "de_DE", "billing_day": 5, "term": "yearly", "delivery": "post",
        "email": "billing@nova.example", "tax_rate": None, "version": 3, "reseller_name": "Acme Cloud"}
    assert data["current"] == {"currency": "EUR", "users": 0, "subscriptions": [], "history": [],
                               "history_total": 0}
    rc, out, _ = cli("companies", "list", "--reseller", "acme", "--json")
    assert [c["code"] for c in json.loads(out)] == ["a1", "c1", "n1", "z1"]
    rc, out, _ = cli("companies", "list", "--direct")
    assert out.split()[0] == "d1" and len(out.splitlines()) == 1
    rc, out, _ = cli("companies", "show", "c1")
    assert "version:               1\n" in out and "  plan exchange-basic" in out


def test_companies_list_pages_like_invoices_list(db, world, cli, capsys):
    # The world's companies by name: Alpha Ltd (a1), Contoso GmbH (c1), Direct One (d1), Zeta AG (z1).
    def codes(*args):
        rc, out, err = cli("companies", "list", "--json", *args)
        assert (rc, err) == (0, "")
        return [c["code"] for c in json.loads(out)]

    assert codes() == ["a1", "c1", "d1", "z1"]
    assert codes("--limit", "2") == ["a1", "c1"]
    assert codes("--limit", "2", "--offset", "2") == ["d1", "z1"]
    assert codes("--offset", "3") == ["z1"]
    assert codes("--offset", "4") == []
    assert codes("--limit", "0") == []
    assert codes("--reseller", "acme", "--limit", "1", "--offset", "1") == ["c1"]
    rc, out, _ = cli("companies", "list", "--limit", "1", "--offset", "2")
    assert rc == 0 and len(out.splitlines()) == 1 and out.split()[:3] == ["d1", "Direct", "One"]
    with pytest.raises(SystemExit) as exc:
        cli("companies", "list", "--limit", "-1")
    assert exc.value.code == 2
    assert "prorata companies list: error: argument --limit: '-1' must be 0 or more" in capsys.readouterr().err


def test_companies_list_shows_a_thousand_by_default(db, world, cli):
    with unit_of_work(db) as s:
        s.add_all([Company(code=f"m{i:04}", name=f"Many {i:04}", currency="EUR", language="en_GB",
                           signup=date(2026, 1, 15)) for i in range(1000)])
    # 1004 by name: Alpha, Contoso, Direct, Many 0000 ... Many 0999, Zeta. The first page ends at the 1000th
    # (Many 0996), the next starts at --offset 1000.
    rc, out, _ = cli("companies", "list")
    lines = out.splitlines()
    assert rc == 0 and len(lines) == 1000 and lines[0].split()[0] == "a1" and lines[-1].split()[0] == "m0996"
    rc, out, _ = cli("companies", "list", "--json", "--offset", "1000")
    assert [c["code"] for c in json.loads(out)] == ["m0997", "m0998", "m0999", "z1"]


def test_bad_input_exits_2_naming_each_field_and_writes_nothing(db, world, cli):
    rc, out, err = cli("companies", "add", "n1", "--name", "Nova", "--currency", "EUR", "--signup", "2026-03-10",
                       "--email", "nope", "--tax-rate", "150", "--billing-day", "32",
                       "--address", "city=Leeds", "--address", "country=UK")
    assert (rc, out) == (2, "")
    assert err.splitlines() == [
        "prorata: error: billing_day: 32 is not a billing day (\"anniversary\" or 1-31)",
        "prorata: error: email: 'nope' is not an e-mail address",
        "prorata: error: address.lines: lines is required",
        "prorata: error: address.country: unknown country 'UK' (use an ISO 3166 code such as DE)",
        "prorata: error: tax_rate: '150' is not a tax rate: write a percentage from 0 to 100 with at most 4 "
        "decimals, such as \"20\" or \"7.5\"",
    ]
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).select_from(Company)) == 4
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0
    rc, _, err = cli("companies", "add", "n1", "--address", "Leeds", "--name", "N")
    assert rc == 2 and "address: 'Leeds' is not KEY=VALUE" in err
    rc, _, err = cli("companies", "add", "n1", "--address-json", "{oops", "--name", "N")
    assert rc == 2 and err.startswith("prorata: error: address: not valid JSON")
    rc, _, err = cli("companies", "edit", "c1", "--currency", "USD", "--term", "yearly")
    assert rc == 2 and err.splitlines() == [
        "prorata: error: currency: currency is not edited here: a currency change is dated: record a currency "
        "event in the company's history",
        "prorata: error: term: term is not edited here: a new billing term applies from a date on: record it as "
        "a dated change of the company"]
    rc, _, err = cli("resellers", "edit", "acme", "--code", "acme2")
    assert (rc, err) == (2, "prorata: error: code: the code of reseller 'acme' cannot change: it already has "
                            "3 companies\n")
    rc, _, err = cli("companies", "show", "nope")
    assert (rc, err) == (2, "prorata: error: no company 'nope'\n")


def test_a_stale_expected_version_is_refused(db, world, cli, monkeypatch):
    monkeypatch.setenv("PRORATA_ACTOR", "clerk-a")
    assert cli("companies", "edit", "c1", "--name", "Contoso A", "--expect-version", "1")[0] == 0
    monkeypatch.setenv("PRORATA_ACTOR", "clerk-b")
    rc, _, err = cli("companies", "edit", "c1", "--name", "Contoso B", "--expect-version", "1")
    assert rc == 2 and err.startswith(f"prorata: error: company 'c1' was changed meanwhile by {recorded(db, 'clerk-a')} (")
    assert err.endswith("nothing was changed: open it again to see their change\n")


def test_users(db, world, cli):
    rc, out, err = cli("users", "add", "c1", "carol@contoso.example", "--name", "Carol Fox")
    assert (rc, out, err) == (0, "user carol@contoso.example of c1 added\n", "")
    rc, _, err = cli("users", "add", "c1", "CAROL@contoso.example", "--name", "Carol Again")
    assert (rc, err) == (2, "prorata: error: email: user 'CAROL@contoso.example of c1' already exists in the "
                            "database\n")
    rc, out, _ = cli("users", "edit", "c1", "Carol@Contoso.example", "--email", "c.fox@contoso.example",
                     "--expect-version", "1")
    assert (rc, out) == (0, "user c.fox@contoso.example of c1 saved (version 2)\n")
    rc, out, _ = cli("users", "list", "c1", "--json")
    assert [(u["email"], u["version"]) for u in json.loads(out)] == [
        ("ann@contoso.example", 1), ("bob@contoso.example", 1), ("c.fox@contoso.example", 2)]
    rc, out, _ = cli("users", "show", "c1", "ann@contoso.example", "--json")
    data = json.loads(out)
    assert (data["name"], data["company"], data["company_name"]) == ("Ann Lee", "c1", "Contoso GmbH")
    with unit_of_work(db) as s:
        assert s.scalar(select(User.reseller_id).where(User.email == "c.fox@contoso.example")) == world.acme


# --- rival processes ----------------------------------------------------------------


def race(engine, tmp_path, argvs: list[list[str]]) -> list[dict]:
    """Run each argument list as a ``prorata`` process of its own (actor racer-K), all let go at once."""
    go = tmp_path / "go"
    procs = []
    for k, argv in enumerate(argvs):
        ready = tmp_path / f"ready-{k}"
        env = dict(os.environ, PRORATA_ACTOR=f"racer-{k}")
        procs.append((ready, subprocess.Popen(
            [sys.executable, "-c", RACER, str(ready), str(go), json.dumps(argv + ["--db", url(engine)])],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)))
    deadline = time.monotonic() + 120
    while not all(ready.exists() for ready, _ in procs):
        assert time.monotonic() < deadline, "racers did not start"
        assert all(p.poll() is None for _, p in procs), [p.stderr.read() for _, p in procs if p.poll() is not None]
        time.sleep(0.01)
    go.touch()
    results = []
    for _, p in procs:
        out, err = p.communicate(timeout=240)
        assert p.returncode == 0, err
        results.append(json.loads(out))
    for r in results:
        assert "Traceback" not in r["err"], r["err"]
    return results


def test_rival_processes_editing_one_company_exactly_one_wins(db, world, tmp_path):
    results = race(db, tmp_path, [["companies", "edit", "c1", "--name", f"Contoso {k}", "--expect-version", "1"]
                                  for k in range(4)])
    winners = [k for k, r in enumerate(results) if r["rc"] == 0]
    assert len(winners) == 1, results
    [k] = winners
    assert results[k]["out"] == "company c1 saved (version 2)\n"
    for j, r in enumerate(results):
        if j != k:
            assert r["rc"] == 2, r
            assert r["err"].startswith(
                f"prorata: error: company 'c1' was changed meanwhile by {recorded(db, f'racer-{k}')} ("), r
    with unit_of_work(db) as s:
        c = s.get(Company, world.contoso)
        assert (c.name, c.version) == (f"Contoso {k}", 2)
        edits = s.execute(select(AuditEntry.actor, AuditEntry.after).where(AuditEntry.entity == "company")).all()
    assert [tuple(e) for e in edits] == [(recorded(db, f"racer-{k}"), {"name": f"Contoso {k}"})]


# --- billed like an imported company ---------------------------------------------------

BASE = {
    "format": FORMAT,
    "hoster": {"name": "Northwind Hosting", "currencies": ["EUR"], "tax_rate": "20"},
    "services": [{"code": "mail", "name": {"en": "Mail"}}],
    "plans": [{"code": "archiving", "service": "mail", "basis": "per_plan", "name": {"en": "Archiving"}}],
    "prices": [{"layer": "retail", "seller": "hoster", "plan": "archiving", "currency": "EUR", "amount": "20.00"}],
    "companies": [{"code": "imp", "name": "Imported Ltd", "currency": "EUR", "signup": "2026-01-15",
                   "email": "billing@imp.example"}],
    "events": [{"date": "2026-01-15", "company": "imp", "type": "subscribe", "plan": "archiving"}],
}
LATER = {
    "format": FORMAT,
    "prices": [{"layer": "wholesale", "plan": "archiving", "currency": "EUR", "amount": "12.00"},
               {"layer": "retail", "seller": "nova", "plan": "archiving", "currency": "EUR", "amount": "18.00"}],
    "events": [{"date": "2026-01-15", "company": "typed", "type": "subscribe", "plan": "archiving"},
               {"date": "2026-01-15", "company": "nc", "type": "subscribe", "plan": "archiving"}],
}


def test_companies_added_by_the_cli_are_billed_like_imported_ones(db, cli, tmp_path):
    base, later = tmp_path / "base.json", tmp_path / "later.json"
    base.write_text(json.dumps(BASE))
    later.write_text(json.dumps(LATER))
    assert cli("import", str(base))[0] == 0
    assert cli("resellers", "add", "nova", "--name", "Nova IT", "--currency", "EUR", "--signup", "2026-01-01",
               "--tax-rate", "19")[0] == 0
    assert cli("companies", "add", "typed", "--name", "Typed Ltd", "--currency", "EUR", "--signup", "2026-01-15",
               "--email", "billing@typed.example")[0] == 0
    assert cli("companies", "add", "nc", "--name", "Nova Customer", "--reseller", "nova", "--currency", "EUR",
               "--signup", "2026-01-15", "--email", "billing@nc.example")[0] == 0
    assert cli("import", str(later))[0] == 0
    rc, out, err = cli("bill", "run", "--as-of", "2026-01-20", "--issue")
    assert rc == 0, err
    with unit_of_work(db) as s:
        got = {}
        for code, number, subtotal, tax, total, inv_id in s.execute(
                select(Company.code, Invoice.number, Invoice.subtotal, Invoice.tax, Invoice.total, Invoice.id)
                .join(Invoice, Invoice.company_id == Company.id)):
            lines = s.execute(select(InvoiceLine.kind, InvoiceLine.amount)
                              .where(InvoiceLine.invoice_id == inv_id)).all()
            got[code] = (number, subtotal, tax, total, [tuple(ln) for ln in lines])
        nova_format = s.scalar(select(Reseller.invoice_number_format).where(Reseller.code == "nova"))
    # Jan 15 bills Jan 15 - Feb 14 in advance: the hoster's 20.00 + 20 % tax 4.00 = 24.00 for either direct
    # company; nova's 18.00 + its 19 % = 3.42 -> 21.42, numbered in nova's own series.
    assert nova_format == "NOVA-{year}-{seq:05}"
    assert {got["imp"][0], got["typed"][0]} == {"INV-2026-00001", "INV-2026-00002"}
    assert got["imp"][1:] == got["typed"][1:] == (D("20.00"), D("4.00"), D("24.00"), [("recurring", D("20.00"))])
    assert got["nc"] == ("NOVA-2026-00001", D("18.00"), D("3.42"), D("21.42"), [("recurring", D("18.00"))])
