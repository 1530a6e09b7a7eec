"""``prorata changes add|preview FILE.json`` and ``prorata company CODE ACTION`` through ``main([...])``, on
both databases: what and where on a mistake (exit 2, nothing written), previews that write nothing,
history and undo."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.cli.main import main
from app.models import CompanyEvent
from app.storage.engine import unit_of_work
from tests.test_changes import five_users_world, invoice_lines, subscribe_five

D = Decimal


@pytest.fixture
def cli(db, capsys):
    """Run ``prorata ARGS --db <db>``: (exit status, stdout, stderr)."""
    def run(*args: str) -> tuple[int, str, str]:
        rc = main([*args, "--db", db.url.render_as_string(hide_password=False)])
        out, err = capsys.readouterr()
        return rc, out, err
    return run


def _events(engine) -> list[tuple]:
    with unit_of_work(engine) as s:
        return [(e.id, e.date, e.type, e.quantity, e.undoes_id) for e in
                s.scalars(select(CompanyEvent).order_by(CompanyEvent.id))]


def test_a_back_dated_quantity_change_from_the_command_line_previewed_recorded_and_billed(db, cli):
    w = five_users_world(db)
    subscribe_five(db)
    run_billing(db, date(2026, 3, 15))
    before = _events(db)
    rc, out, err = cli("company", "five", "quantity", "sharepoint-sites", "4", "--date", "2026-02-01", "--preview")
    assert (rc, err) == (0, "")
    assert _events(db) == before
    assert out.splitlines() == [
        "five: the invoice of 2026-04-15 (EUR) would gain:",
        "  recurring  sharepoint-sites         2026-04-15 to 2026-05-15   2 x 12.00 = 24.00",
        "  correction sharepoint-sites         2026-02-01 to 2026-02-15   2 x 12.00 x 14/31 days = 10.84",
        "  correction sharepoint-sites         2026-02-15 to 2026-03-15   2 x 12.00 = 24.00",
        "  correction sharepoint-sites         2026-03-15 to 2026-04-15   2 x 12.00 = 24.00",
        "  subtotal 54.00 -> 136.84 (+82.84); total with tax 64.26 -> 162.84",
        "  (preview: nothing written)"]
    rc, out, err = cli("company", "five", "quantity", "sharepoint-sites", "4", "--date", "2026-02-01", "--json")
    assert (rc, err) == (0, "")
    [change] = json.loads(out)["changes"]
    assert (change["type"], change["date"], change["quantity"], change["company"]) == (
        "quantity", "2026-02-01", 4, "five")
    run_billing(db, date(2026, 4, 15))
    assert invoice_lines(db, w.companies["five"], date(2026, 4, 15))[1] == (D("136.84"), D("26.00"), D("162.84"))


@pytest.mark.parametrize("args, message", [
    (("company", "five", "cancel", "archiving", "--date", "2026-02-01"),
     "prorata: error: plan: plan 'archiving' is not subscribed on 2026-02-01\n"),
    (("company", "five", "subscribe", "sharepoint-sites", "--quantity", "two", "--date", "2026-02-01"),
     "prorata: error: quantity: 'two' is not a quantity: write a number of 0 or more with at most 4 decimals, "
     "such as 2 or 1.5\n"),
    (("company", "five", "subscribe", "archiving", "--date", "1 Feb"),
     "prorata: error: date: '1 Feb' is not a date (use YYYY-MM-DD)\n"),
    (("company", "five", "assign", "exchange-basic", "zed@five.example", "--date", "2026-02-01"),
     "prorata: error: user: unknown user 'zed@five.example' of company 'five'\n"),
    (("company", "five", "extra", "setup", "--amount", "1.234", "--description", "Setup", "--date", "2026-02-01"),
     "prorata: error: amount: 1.234 has more decimals than EUR allows (2)\n"),
    (("company", "nobody", "currency", "USD"), "prorata: error: company: unknown company 'nobody'\n"),
])
def test_a_refused_change_says_what_and_where_exits_2_and_writes_nothing(db, cli, args, message):
    five_users_world(db)
    rc, out, err = cli(*args)
    assert (rc, out, err) == (2, "", message)
    assert _events(db) == []


def test_a_file_of_changes_all_or_nothing_with_json_paths(db, cli, tmp_path):
    five_users_world(db)
    changes = [{"date": "2026-01-15", "company": "five", "type": "subscribe", "plan": "sharepoint-sites",
                "quantity": 2},
               {"date": "2026-01-20", "company": "five", "type": "quantity", "plan": "archiving", "quantity": 3},
               {"date": "2026-01-20", "company": "five", "type": "extra", "code": "setup", "amount": 12,
                "recurring": False, "description": {"en": "Setup"}}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(changes))
    rc, out, err = cli("changes", "add", str(bad))
    assert (rc, out) == (2, "")
    assert err.splitlines() == [
        "prorata: error: $[1].plan: plan 'archiving' is not subscribed on 2026-01-20",
        "prorata: error: $[2].amount: 12 is not an amount (write it as a string such as \"12.50\")"]
    bad.write_text(json.dumps({"events": changes}))
    rc, out, err = cli("changes", "add", str(bad))
    assert err.splitlines()[0] == "prorata: error: $.events[1].plan: plan 'archiving' is not subscribed on 2026-01-20"
    assert _events(db) == []

    good = tmp_path / "good.json"
    good.write_text(json.dumps({"events": [changes[0], {**changes[2], "amount": "12.00"}]}))
    rc, out, err = cli("changes", "preview", str(good), "--json")
    assert rc == 0 and _events(db) == []
    [company] = json.loads(out)["companies"]
    # Previewed where the latest change first shows, 15 February: 2 sites x 12.00 in advance and the extra
    # of 20 January, 12.00.
    assert (company["boundary"], company["subtotal_before"], company["subtotal_after"]) == (
        "2026-02-15", "0.00", "36.00")
    rc, out, err = cli("changes", "add", str(good))
    assert (rc, err) == (0, "")
    assert [(e[2], e[1]) for e in _events(db)] == [("subscribe", date(2026, 1, 15)), ("extra", date(2026, 1, 20))]
    assert out.splitlines()[0].startswith("recorded change #")
    with unit_of_work(db) as s:
        assert s.scalar(select(func.count()).select_from(CompanyEvent)) == 2


def test_history_and_undo(db, cli):
    five_users_world(db)
    rc, out, err = cli("company", "five", "subscribe", "sharepoint-sites", "--quantity", "3", "--date", "2026-01-15")
    assert rc == 0
    rc, out, err = cli("company", "five", "quantity", "sharepoint-sites", "7", "--date", "2026-02-01")
    [(sub, *_), (qty, *_)] = _events(db)
    rc, out, err = cli("company", "five", "undo", str(qty), "--preview")
    assert rc == 0 and len(_events(db)) == 2
    rc, out, err = cli("company", "five", "undo", str(qty))
    assert (rc, err) == (0, "")
    assert _events(db)[-1][1:] == (date(2026, 2, 1), "quantity", 3, qty)
    rc, out, err = cli("company", "five", "undo", str(qty))
    assert (rc, err) == (2, f"prorata: error: id: change #{qty} was undone already (by change #{qty + 1})\n")
    rc, out, err = cli("company", "five", "history", "--json")
    rows = json.loads(out)
    assert [(r["id"], r["type"], r["quantity"], r["undoes"], r["undone_by"]) for r in rows] == [
        (sub, "subscribe", 3, None, None), (qty, "quantity", 7, None, qty + 1), (qty + 1, "quantity", 3, qty, None)]
    rc, out, err = cli("company", "five", "history")
    assert out.splitlines()[1].startswith(f"#{qty:<7} 2026-02-01 quantity     sharepoint-sites x7  (undone by #")
