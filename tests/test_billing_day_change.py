"""Term and billing-day changes: dated events that take effect at the company's next boundary, through the
service, the CLI, the run and bundles (both databases). Figures worked by hand beside each assertion."""
from __future__ import annotations

import copy
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.bundle.exporter import export_bundle
from app.bundle.importer import import_bundle
from app.cli.main import main
from app.errors import ProrataError
from app.models import AuditEntry, CompanyEvent
from app.services import billing_schedule
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build
from tests.test_billing_terms import lines_of
from tests.actors import recorded

D = Decimal
DATA = Path(__file__).parent / "data"


def url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def change_day(engine, code, day, on=None):
    with unit_of_work(engine) as s:
        return billing_schedule.change_billing_day(s, code, day, on)


def change_term(engine, code, term, on=None):
    with unit_of_work(engine) as s:
        return billing_schedule.change_term(s, code, term, on)


def test_billing_day_15_to_1_bills_the_transition_pro_rata_then_back_to_the_anniversary(db, monkeypatch):
    monkeypatch.setenv("PRORATA_ACTOR", "ann")
    w = build(db)  # the hoster's Archiving 20.00 and Exchange Basic 6.50 a month; tax 20 %
    c = add_company(db, w, "m1", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    # Dated 10 March: the first boundary on or after it is 15 March. The period from there runs to the new
    # day, 1 April: 17 days of the term 1 March -> 1 April (31 days).
    got = change_day(db, "m1", 1, date(2026, 3, 10))
    assert (got.effective, got.period.start, got.period.end, got.period.days, got.period.term_days) == (
        date(2026, 3, 15), date(2026, 3, 15), date(2026, 4, 1), 17, 31)
    add_events(db, w, "m1", [(date(2026, 3, 20), "subscribe", {"plan": "exchange-basic"}),
                             (date(2026, 3, 20), "assign", {"plan": "exchange-basic", "user": "bob@m1.example"})])
    run_billing(db, date(2026, 4, 1))

    # 15 March: archiving 20.00 x 17/31 = 10.967... -> 10.97; tax 20 % = 2.194 -> 2.19.
    assert lines_of(db, c, date(2026, 3, 15)) == (
        [("recurring", date(2026, 3, 15), date(2026, 4, 1), 1, D("20.00"), D("10.97"))],
        (date(2026, 4, 1), D("10.97"), D("2.19"), D("13.16")))
    # 1 April: archiving 20.00 and a mailbox 6.50 for April; the mailbox from 20 March is prorated over the
    # term the transition period belongs to (1 March -> 1 April, 31 days): 6.50 x 12/31 = 2.516 -> 2.52.
    # 29.02; tax 5.804 -> 5.80.
    assert lines_of(db, c, date(2026, 4, 1)) == (
        [("recurring", date(2026, 4, 1), date(2026, 5, 1), 1, D("6.50"), D("6.50")),
         ("recurring", date(2026, 4, 1), date(2026, 5, 1), 1, D("20.00"), D("20.00")),
         ("proration", date(2026, 3, 20), date(2026, 4, 1), 1, D("6.50"), D("2.52"))],
        (date(2026, 5, 1), D("29.02"), D("5.80"), D("34.82")))

    # Back to the anniversary (the 15th) from 10 April: it takes effect on 1 May; the period runs to 15 May,
    # 14 of the 30 days of 15 April -> 15 May.
    back = change_day(db, "m1", None, date(2026, 4, 10))
    assert (back.effective, back.period.end, back.period.days, back.period.term_days) == (
        date(2026, 5, 1), date(2026, 5, 15), 14, 30)
    run_billing(db, date(2026, 5, 15))
    # 1 May: mailbox 6.50 x 14/30 = 3.033 -> 3.03; archiving 20.00 x 14/30 = 9.333 -> 9.33. 12.36; tax 2.472.
    assert lines_of(db, c, date(2026, 5, 1)) == (
        [("recurring", date(2026, 5, 1), date(2026, 5, 15), 1, D("6.50"), D("3.03")),
         ("recurring", date(2026, 5, 1), date(2026, 5, 15), 1, D("20.00"), D("9.33"))],
        (date(2026, 5, 15), D("12.36"), D("2.47"), D("14.83")))
    # 15 May: a whole month again.
    assert lines_of(db, c, date(2026, 5, 15))[1] == (date(2026, 6, 15), D("26.50"), D("5.30"), D("31.80"))

    with unit_of_work(db) as s:
        events = [(e.date, e.type, e.quantity, e.recorded_by) for e in s.scalars(
            select(CompanyEvent).where(CompanyEvent.type == "billing_day").order_by(CompanyEvent.id))]
        audit = [(a.actor, a.action, a.entity, a.entity_id, a.before, a.after["billing_day"], a.after["from"])
                 for a in s.scalars(select(AuditEntry).where(AuditEntry.entity == "company_billing_day")
                                    .order_by(AuditEntry.id))]
    # Recorded at the boundary where each takes effect; the anniversary is stored as day 0.
    ann = recorded(db, "ann")
    assert events == [(date(2026, 3, 15), "billing_day", 1, ann), (date(2026, 5, 1), "billing_day", 0, ann)]
    assert audit == [(ann, "set", "company_billing_day", "m1", {"billing_day": "anniversary"}, 1, "2026-03-15"),
                     (ann, "set", "company_billing_day", "m1", {"billing_day": 1}, "anniversary", "2026-05-01")]


def test_a_term_change_takes_effect_at_the_next_boundary_and_bills_the_whole_new_term(db):
    w = build(db)
    c = add_company(db, w, "m2", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    got = change_term(db, "m2", "quarterly", date(2026, 2, 20))
    # 20 February -> 15 March; the quarter 15 March -> 15 June, whole (92 days).
    assert (got.effective, got.period.end, got.period.days, got.period.term_days, got.period.term) == (
        date(2026, 3, 15), date(2026, 6, 15), 92, 92, "quarterly")
    report = run_billing(db, date(2026, 6, 15))
    assert [o.boundary for o in report.outcomes] == [date(2026, 1, 15), date(2026, 2, 15), date(2026, 3, 15),
                                                     date(2026, 6, 15)]
    # 15 March: 3 x 20.00 = 60.00 for the quarter; tax 12.00.
    assert lines_of(db, c, date(2026, 3, 15)) == (
        [("recurring", date(2026, 3, 15), date(2026, 6, 15), 1, D("60.00"), D("60.00"))],
        (date(2026, 6, 15), D("60.00"), D("12.00"), D("72.00")))


def test_without_a_date_a_change_waits_for_the_first_boundary_not_billed(db):
    w = build(db)
    add_company(db, w, "m3", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 15))  # 15 January, 15 February, 15 March billed
    got = change_term(db, "m3", "yearly", None)
    # The first boundary on or after today that is not billed: 15 April 2026 at the earliest, on the 15th.
    assert got.effective >= date(2026, 4, 15) and got.effective.day == 15
    # A date whose boundary is billed already is refused, naming the earliest one open.
    with pytest.raises(ProrataError) as exc:
        change_day(db, "m3", 1, date(2026, 2, 1))
    assert exc.value.problems[0].id == "schedule_change_billed"
    assert exc.value.problems[0].params["boundary"] == "2026-02-15"
    assert exc.value.problems[0].params["next"] == "2026-04-15"


def test_bad_values_are_refused_by_the_shared_rules(db):
    w = build(db)
    add_company(db, w, "m4")
    for call, where in ((lambda: change_term(db, "m4", "weekly"), "term"),
                        (lambda: change_day(db, "m4", 32), "billing_day"),
                        (lambda: change_day(db, "m4", 0), "billing_day")):
        with pytest.raises(ProrataError) as exc:
            call()
        assert exc.value.problems[0].where == where
    with pytest.raises(ProrataError) as exc:
        change_term(db, "nope", "yearly")
    assert exc.value.problems[0].id == "not_found"


def test_a_schedule_change_recorded_after_its_boundary_was_billed_waits_for_the_first_open_boundary(db):
    w = build(db)
    c = add_company(db, w, "m5", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 2, 15))  # 15 January and 15 February billed monthly
    # Recorded behind the service's back (as an import would): quarterly from 1 February, whose boundary,
    # 15 February, is billed already. Billed boundaries never move: it takes effect on 15 March instead.
    add_events(db, w, "m5", [(date(2026, 2, 1), "term", {"code": "quarterly"})])
    report = run_billing(db, date(2026, 6, 15))
    assert [(o.outcome, o.boundary) for o in report.outcomes] == [("billed", date(2026, 3, 15)),
                                                                   ("billed", date(2026, 6, 15))]
    # 15 March: the quarter to 15 June, 3 x 20.00 = 60.00; tax 12.00.
    assert lines_of(db, c, date(2026, 3, 15)) == (
        [("recurring", date(2026, 3, 15), date(2026, 6, 15), 1, D("60.00"), D("60.00"))],
        (date(2026, 6, 15), D("60.00"), D("12.00"), D("72.00")))


# -- the CLI ------------------------------------------------------------------------------------------------

@pytest.fixture
def cli(db, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        status = main([*args, "--db", url(db)])
        out = capsys.readouterr()
        return status, out.out, out.err
    return run


def test_schedule_cli(db, cli):
    w = build(db)
    add_company(db, w, "m6", signup=date(2026, 1, 31), events=[(date(2026, 1, 31), "subscribe",
                                                                  {"plan": "archiving"})])
    status, out, err = cli("schedule", "show", "m6", "--from", "2026-02-01", "--count", "3", "--json")
    assert status == 0, err
    # Day 31, monthly: clamped to 28 February, back to 31 March.
    assert [(p["start"], p["end"], p["term"], p["days"]) for p in json.loads(out)["periods"]] == [
        ("2026-02-28", "2026-03-31", "monthly", 31), ("2026-03-31", "2026-04-30", "monthly", 30),
        ("2026-04-30", "2026-05-31", "monthly", 31)]

    status, out, err = cli("schedule", "term", "m6", "half_yearly", "--date", "2026-03-01")
    # 1 March -> 31 March; half a year to 30 September (clamped).
    assert (status, err) == (0, "")
    assert out == ("m6: term half_yearly from 2026-03-31; the period 2026-03-31 -> 2026-09-30 is a whole term\n")

    status, out, err = cli("schedule", "billing-day", "m6", "10", "--date", "2026-09-30", "--json")
    # Takes effect on 30 September; runs to 10 March 2027: the term 10 September -> 10 March is 181 days,
    # of which 30 September -> 10 March are 161.
    assert status == 0, err
    assert json.loads(out) == {"company": "m6", "change": "billing_day", "value": 10, "effective": "2026-09-30",
                               "period": {"start": "2026-09-30", "end": "2027-03-10", "term": "half_yearly",
                                          "billing_day": 10, "days": 161, "term_days": 181}}
    status, out, _ = cli("schedule", "show", "m6", "--from", "2026-09-01", "--count", "2")
    assert out.splitlines() == ["2026-09-30  ->  2027-03-10  half_yearly  day 10  (161 of 181 days)",
                                "2027-03-10  ->  2027-09-10  half_yearly  day 10"]

    status, out, err = cli("schedule", "billing-day", "m6", "anniversary", "--date", "2027-03-10", "--json")
    assert status == 0 and json.loads(out)["value"] == "anniversary"

    # Mistakes: exit 2, what and where, nothing written.
    assert cli("schedule", "term", "m6", "weekly")[0] == 2
    status, _, err = cli("schedule", "billing-day", "m6", "32")
    assert status == 2 and "DAY" in err and "32" in err
    status, _, err = cli("schedule", "term", "m6", "yearly", "--date", "2026-02-30")
    assert status == 2 and "--date" in err
    status, _, err = cli("schedule", "show", "nobody")
    assert status == 2 and "nobody" in err
    with unit_of_work(db) as s:
        assert len(s.scalars(select(CompanyEvent).where(CompanyEvent.type.in_(["term", "billing_day"]))).all()) == 3


# -- bundles ------------------------------------------------------------------------------------------------

def test_a_bundle_carries_the_term_and_schedule_changes_and_round_trips(db):
    doc = json.loads((DATA / "example_bundle.json").read_text(encoding="utf-8"))
    doc["companies"][0]["term"] = "quarterly"
    doc["events"] += [{"date": "2026-04-15", "company": "c1", "type": "billing_day", "quantity": 1},
                      {"date": "2026-07-01", "company": "c1", "type": "term", "code": "yearly"},
                      {"date": "2027-07-01", "company": "c1", "type": "billing_day", "quantity": 0}]
    with unit_of_work(db) as s:
        import_bundle(s, copy.deepcopy(doc), source="test.json")
    with unit_of_work(db) as s:
        out = export_bundle(s)
    assert out["companies"][0]["term"] == "quarterly"
    assert [e for e in out["events"] if e["type"] in ("term", "billing_day")] == doc["events"][-3:]


@pytest.mark.parametrize("event, where, message", [
    ({"type": "term", "code": "weekly"}, "$.events[{i}].code", "'weekly' is not a billing term"),
    ({"type": "billing_day", "quantity": 40}, "$.events[{i}].quantity", "40 is not a billing day"),
    ({"type": "term"}, "$.events[{i}].code", "code is required"),
])
def test_a_bundle_with_a_bad_schedule_change_is_refused_where_it_is(db, event, where, message):
    doc = json.loads((DATA / "example_bundle.json").read_text(encoding="utf-8"))
    doc["events"].append({"date": "2026-04-15", "company": "c1", **event})
    i = len(doc["events"]) - 1
    with pytest.raises(ProrataError) as exc, unit_of_work(db) as s:
        import_bundle(s, doc, source="test.json")
    found = [(p.where, p.message()) for p in exc.value.problems]
    assert any(w == where.format(i=i) and message in m for w, m in found), found


def test_a_bundle_company_with_an_unknown_term_is_refused(db):
    doc = json.loads((DATA / "example_bundle.json").read_text(encoding="utf-8"))
    doc["companies"][0]["term"] = "weekly"
    with pytest.raises(ProrataError) as exc, unit_of_work(db) as s:
        import_bundle(s, doc, source="test.json")
    assert [p.where for p in exc.value.problems] == ["$.companies[0].term"]
