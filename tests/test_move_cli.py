"""``prorata company CODE move`` and ``prorata user EMAIL move`` through ``main([...])`` on both databases:
the move recorded and billed, refusals in words (exit 2, nothing written), history and undo, a bundle that
exports and imports a move, and two clerks moving one company at once as real processes."""
from __future__ import annotations

import json
from decimal import Decimal

from sqlalchemy import func, select

from app.billing.run import run_billing
from app.bundle.exporter import export_bundle
from app.bundle.importer import import_bundle
from app.models import Company, CompanyEvent, Invoice
from app.storage.engine import unit_of_work
from tests.billing_world import add_company
from tests.test_change_cli import cli  # noqa: F401 - the fixture
from tests.test_invoice_races import race
from tests.test_moves import JAN15, MAR1, MAR15, billed_by, three_sites, world

D = Decimal


def _moves(engine) -> list[tuple]:
    with unit_of_work(engine) as s:
        return [(e.date, e.reseller_id, e.code, e.undoes_id) for e in
                s.scalars(select(CompanyEvent).where(CompanyEvent.type == "move").order_by(CompanyEvent.id))]


def test_a_company_moved_from_the_command_line_then_its_history_and_undo(db, cli):  # noqa: F811
    w = world(db)
    c = three_sites(db, w)
    rc, out, err = cli("company", "c1", "move", "--to", "beta", "--date", "2026-03-01")
    assert (rc, err) == (0, "")
    [(day, left, to, _)] = _moves(db)
    assert (day, left, to) == (MAR1, w.resellers["acme"], f"reseller:{w.resellers['beta']}")
    assert out == f"recorded change #{_id(db)} of c1: 2026-03-01 move from acme to beta\n"
    rc, out, err = cli("company", "c1", "history")
    assert out.splitlines()[-1].split()[1:4] == ["2026-03-01", "move", "beta"]

    # Refused in words, exit 2, nothing written.
    for args, message in (
            (("--to", "zeta", "--date", "2026-04-01"), "to: unknown reseller 'zeta'"),
            (("--to", "acme", "--date", "2026-02-01"),
             "date: c1 moved to beta on 2026-03-01: a later move cannot be dated before that (2026-02-01)"),
            (("--to", "hoster", "--date", "2026-01-01"),
             "date: event dated 2026-01-01 is before the company's signup on 2026-01-15")):
        rc, out, err = cli("company", "c1", "move", *args)
        assert rc == 2 and message in err and "Traceback" not in err, err
    assert len(_moves(db)) == 1

    rc, out, err = cli("company", "c1", "undo", str(_id(db)), "--json")
    assert (rc, err) == (0, "")
    [back] = json.loads(out)["changes"]
    assert (back["type"], back["code"], back["undoes"]) == ("move", "acme", _id(db) - 1)
    run_billing(db, MAR15)
    assert billed_by(db, c) == {f"reseller:{w.resellers['acme']}": D("108.00")}  # 3 x 36.00, as if never moved


def _id(engine) -> int:
    with unit_of_work(engine) as s:
        return s.scalar(select(func.max(CompanyEvent.id)).where(CompanyEvent.type == "move"))


def test_a_user_moved_from_the_command_line(db, cli):  # noqa: F811
    w = world(db)
    add_company(db, w, "u1", reseller="acme", events=[
        (JAN15, "subscribe", {"plan": "exchange-basic"}),
        (JAN15, "assign", {"plan": "exchange-basic", "user": "ann@example.com"})])
    add_company(db, w, "u2", reseller="acme", events=[(JAN15, "subscribe", {"plan": "exchange-basic"})])
    rc, out, err = cli("user", "ann@example.com", "move", "--to", "u2", "--date", "2026-02-01", "--json")
    assert (rc, err) == (0, "")
    got = json.loads(out)
    assert (got["from"], got["to"], got["plans"]) == ("u1", "u2", ["exchange-basic"])
    assert [(c["company"], c["type"], c["user"]) for c in got["changes"]] == [
        ("u1", "unassign", "ann@example.com"), ("u2", "assign", "ann@example.com")]
    rc, out, err = cli("user", "nobody@example.com", "move", "--to", "u2", "--date", "2026-02-01")
    assert rc == 2 and "nobody@example.com" in err


def test_a_bundle_exports_and_imports_a_move(db, fresh_db):
    w = world(db)
    c = three_sites(db, w)
    with unit_of_work(db) as s:
        from app.services.moves import move_company

        move_company(s, "c1", "beta", MAR1)
    with unit_of_work(db) as s:
        doc = export_bundle(s)
    [moved] = [e for e in doc["events"] if e["type"] == "move"]
    assert moved == {"date": "2026-03-01", "company": "c1", "type": "move", "from": "acme", "to": "beta"}
    assert [x["reseller"] for x in doc["companies"] if x["code"] == "c1"] == ["beta"]
    run_billing(db, MAR15)
    expected = billed_by(db, c)

    for company in doc["companies"]:  # the scenario's companies have no address; a bundle needs one
        company.setdefault("email", f"{company['code']}@example.com")
    other = fresh_db()
    with unit_of_work(other) as s:
        import_bundle(s, doc)
    with unit_of_work(other) as s:
        cid = s.scalar(select(Company.id).where(Company.code == "c1"))
    run_billing(other, MAR15)
    assert billed_by(other, cid) == expected == {"reseller:1": D("54.00"), "reseller:2": D("67.50")}

    # A bundle whose moves do not end with the company's seller is refused, saying where.
    bad = json.loads(json.dumps(doc))
    for e in bad["events"]:
        if e["type"] == "move":
            e["to"] = "hoster"
    third = fresh_db()
    with unit_of_work(third) as s:
        try:
            import_bundle(s, bad)
        except Exception as exc:  # noqa: BLE001 - the ProrataError's words are the point
            text = str(exc)
        else:
            text = ""
    assert "goes to hoster, but the company is with beta" in text


def test_two_clerks_moving_one_company_at_once_one_wins_the_other_is_told(db, tmp_path):
    w = world(db)
    three_sites(db, w)
    results = race(db, tmp_path, [
        [["company", "c1", "move", "--to", "beta", "--from", "acme", "--date", "2026-03-01"]],
        [["company", "c1", "move", "--to", "hoster", "--from", "acme", "--date", "2026-03-01"]]])
    assert sorted(r["rc"] for r in results) == [0, 2]
    [loser] = [r for r in results if r["rc"] == 2]
    # Told in words: either it found the row claimed meanwhile, or (if it came second) the seller changed.
    assert "(racer-" in loser["err"] and "was changed meanwhile by" in loser["err"] \
        or "someone moved it meanwhile" in loser["err"], loser
    [(day, left, to, _)] = _moves(db)
    with unit_of_work(db) as s:
        now = s.scalar(select(Company.reseller_id).where(Company.code == "c1"))
        assert s.scalar(select(func.count()).select_from(Invoice)) == 0
    assert (day, left) == (MAR1, w.resellers["acme"])
    assert to == ("hoster" if now is None else f"reseller:{now}")
