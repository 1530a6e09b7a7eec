"""An imported history is held to the rule recording a change is held to (``change_preview.check_billable``): a
company whose events a billing run could never bill is refused by name, with the event and in the run's words,
and nothing of the bundle is written (a dry run says the same). Both databases, hand-made bundles.

The world (tests.billing_world): companies billed on the 10th (signup 10 January 2026), Archiving (per plan) at
20.00 EUR or 2,500 JPY a month, the hoster's tax 20 %.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.bundle import FORMAT
from app.bundle.importer import import_bundle
from app.errors import ProrataError
from app.models import AuditEntry, Company, CompanyEvent
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.test_change_cli import cli  # noqa: F401  (the fixture)
from tests.test_changes_billable import _billed_in_eur_then_jpy, _outcomes

# A one-off extra dated on a billing day is billed on the next (10 Apr), and the company bills in JPY from 10 Mar.
EXTRA_INTO_JPY = ("the extra 'setup' of 30.00 EUR (from 2026-03-10) would be billed on the invoice of 2026-04-10, "
                  "which is in JPY: Prorata never converts an amount to another currency; bill it before the "
                  "currency changes (end a recurring extra on a billing day and add it again in JPY)")


def _new_company(code: str, extra_on: str, jpy_from: str) -> dict:
    """A company the bundle adds: Archiving from signup, a 30.00 EUR setup extra, then a change to JPY."""
    return {"code": code, "name": code.upper(), "currency": "EUR", "signup": "2026-01-10", "billing_day": 10,
            "language": "en_GB", "email": f"billing@{code}.example"}, [
        {"date": "2026-01-10", "company": code, "type": "subscribe", "plan": "archiving"},
        {"date": extra_on, "company": code, "type": "extra", "code": "setup", "amount": "30.00",
         "recurring": False, "description": {"en": "Setup"}},
        {"date": jpy_from, "company": code, "type": "currency", "currency": "JPY"}]


def _bundle(*companies) -> dict:
    return {"format": FORMAT, "companies": [c for c, _ in companies], "events": [e for _, ev in companies for e in ev]}


def _counts(engine) -> tuple[int, int, int]:
    with unit_of_work(engine) as s:
        return (s.scalar(select(func.count()).select_from(Company)),
                s.scalar(select(func.count()).select_from(CompanyEvent)),
                s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "import")))


def _refused(engine, doc: dict, **kw) -> list[str]:
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(engine) as s:
            import_bundle(s, doc, source="hand.json", **kw)
    return exc.value.messages()


def test_a_company_whose_history_a_run_cannot_bill_is_refused_by_name_and_nothing_is_written(db, cli, tmp_path):
    w = build(db)
    before = _counts(db)
    # n1 is fine (the extra of 5 Mar is billed on 10 Mar in EUR, the change to JPY is from 11 Mar); n2 is not.
    doc = _bundle(_new_company("n1", "2026-03-05", "2026-03-11"), _new_company("n2", "2026-03-10", "2026-03-10"))
    words = ["$.events[4]: company 'n2': a billing run could never bill its extra event of 2026-03-10; nothing was "
             "imported", f"$.events[4].date: {EXTRA_INTO_JPY}"]
    assert _refused(db, doc) == words
    assert _refused(db, doc, dry_run=True) == words  # the dry run asks the engine the same
    assert _counts(db) == before

    path = tmp_path / "hand.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    for dry in ((), ("--dry-run",)):
        rc, out, err = cli("import", str(path), *dry)
        assert (rc, out) == (2, "")
        assert all(w in err for w in words) and "Traceback" not in err
    assert _counts(db) == before

    # What the import refuses, a run refuses in the same words: n2's history written straight into the tables
    # (as an import before this rule could leave it), as n3. The run bills 10 Jan-10 Mar and fails on 10 Apr.
    add_company(db, w, "n3", signup=date(2026, 1, 10), billing_day=10, events=[
        (date(2026, 1, 10), "subscribe", {"plan": "archiving"}),
        (date(2026, 3, 10), "extra", {"code": "setup", "amount": Decimal("30.00"), "recurring": False,
                                      "description": {"en": "Setup"}}),
        (date(2026, 3, 10), "currency", {"currency": "JPY"})])
    report = run_billing(db, date(2026, 4, 10), company="n3")
    assert [(o.boundary, o.outcome) for o in report.outcomes if o.code == "n3"] == [
        (date(2026, 1, 10), "billed"), (date(2026, 2, 10), "billed"), (date(2026, 3, 10), "billed"),
        (date(2026, 4, 10), "failed")]
    assert [o.reason for o in report.outcomes if o.outcome == "failed"] == [EXTRA_INTO_JPY]

    # Without n2, n1 is imported and billed: 10 Jan and 10 Feb 20.00 + 20 % = 24.00; 10 Mar 20.00 + the 30.00
    # setup = 50.00 + 10.00 = 60.00 EUR; 10 Apr in JPY, 2,500 + 500 = 3,000.
    with unit_of_work(db) as s:
        result = import_bundle(s, _bundle(_new_company("n1", "2026-03-05", "2026-03-11")), source="hand.json")
    assert (result.counts["companies"], result.counts["events"]) == (1, 3)
    assert _outcomes(run_billing(db, date(2026, 4, 10), company="n1"), "n1") == [
        (date(2026, 1, 10), "billed", "EUR", "24.00"), (date(2026, 2, 10), "billed", "EUR", "24.00"),
        (date(2026, 3, 10), "billed", "EUR", "60.00"), (date(2026, 4, 10), "billed", "JPY", "3000")]


def test_events_of_a_stored_company_are_held_to_the_rule_recording_them_is_held_to(db):
    # d1 billed 10 Jan and 10 Feb in EUR, in JPY from 20 Feb (billed 10 Mar). An extra dated 1 Feb falls in the
    # period billed in EUR; its correction would land on the next invoice, in JPY.
    _billed_in_eur_then_jpy(db)
    before = _counts(db)
    late = {"date": "2026-02-01", "company": "d1", "type": "extra", "code": "fix", "amount": "5.00",
            "recurring": False, "description": {"en": "fix"}}
    later = {"date": "2026-03-20", "company": "d1", "type": "extra", "code": "later", "amount": "300",
             "recurring": False, "description": {"en": "later"}}  # 300 JPY after the change: billable
    doc = {"format": FORMAT, "events": [later, late]}
    # Events are checked in the order they take effect: the late extra is the first ($.events[1]).
    assert _refused(db, doc) == [
        "$.events[1]: company 'd1': a billing run could never bill its extra event of 2026-02-01; nothing was "
        "imported",
        "$.events[1].date: a change dated 2026-02-01 was recorded after the invoice of 2026-02-10 (in EUR) was "
        "billed; it cannot be corrected on an invoice in JPY: Prorata never converts an amount"]
    assert _counts(db) == before
    # The billable one alone is imported, and billed on 10 Apr in JPY: 2,500 + 300 = 2,800 + 20 % = 3,360.
    with unit_of_work(db) as s:
        assert import_bundle(s, {"format": FORMAT, "events": [later]}).counts["events"] == 1
    assert _outcomes(run_billing(db, date(2026, 4, 10)), "d1") == [(date(2026, 4, 10), "billed", "JPY", "3360")]
