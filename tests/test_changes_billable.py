"""What a billing run can never bill is refused when it is recorded, in the run's own words, before anything is
written: a late change that would be corrected on an invoice in another currency than the period it corrects,
an extra whose line would fall on an invoice in another currency, an undo that would do either, and a currency
change put before extras already recorded (their amounts would change currency). The preview refuses the same,
in the same words; the company is billed afterwards as if nothing had been tried. Both databases.

The world (tests.billing_world): direct companies billed on the 10th (signup 10 January 2026), Archiving
(per plan) at 20.00 EUR or 2,500 JPY a month, the hoster's tax 20 %.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.bundle import FORMAT
from app.bundle.importer import import_bundle
from app.errors import ProrataError
from app.models import CompanyEvent, Price
from app.services import changes as ch
from app.services import extra_items
from app.services.change_preview import preview
from app.services.undo import undo_change
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, add_events, build
from tests.test_change_cli import cli  # noqa: F401  (the fixture)

D = Decimal
SIGNUP = date(2026, 1, 10)
ARCHIVING = [(SIGNUP, "subscribe", {"plan": "archiving"})]
LATE_EUR_INTO_JPY = ("date: a change dated 2026-02-01 was recorded after the invoice of 2026-02-10 (in EUR) was "
                     "billed; it cannot be corrected on an invoice in JPY: Prorata never converts an amount")


def _events(engine) -> list[tuple]:
    with unit_of_work(engine) as s:
        return [(e.id, e.date, e.type, e.amount, e.currency) for e in
                s.scalars(select(CompanyEvent).order_by(CompanyEvent.id))]


def _record(engine, *events):
    with unit_of_work(engine) as s:
        return ch.record_changes(s, list(events), prefix=None).ids


def _refusal(engine, call) -> list[str]:
    with unit_of_work(engine) as s:
        with pytest.raises(ProrataError) as e:
            call(s)
    return e.value.messages()


def _outcomes(report, code):
    return [(o.boundary, o.outcome, o.currency, o.total) for o in report.outcomes if o.code == code]


def _billed_in_eur_then_jpy(engine):
    """d1 billed 10 Jan and 10 Feb in EUR (20.00 + 20 % = 24.00), then changed to JPY from 20 Feb and billed
    10 Mar in JPY (2,500 + 500 tax = 3,000)."""
    w = build(engine)
    add_company(engine, w, "d1", signup=SIGNUP, events=ARCHIVING)
    assert _outcomes(run_billing(engine, date(2026, 2, 10)), "d1") == [
        (date(2026, 1, 10), "billed", "EUR", "24.00"), (date(2026, 2, 10), "billed", "EUR", "24.00")]
    _record(engine, ch.change_currency("d1", "JPY", date(2026, 2, 20)))  # after the last billed boundary
    assert _outcomes(run_billing(engine, date(2026, 3, 10)), "d1") == [
        (date(2026, 3, 10), "billed", "JPY", "3000")]
    return w


def test_a_late_extra_into_a_period_billed_in_another_currency_is_refused_at_the_command_line(db, cli):
    # The reviewer's case: 5.00 (EUR on 1 Feb) dated into the period of 10 Jan-10 Feb, billed in EUR, while the
    # next invoice (10 Apr) is in JPY. Recorded, every run would fail for d1 from then on.
    _billed_in_eur_then_jpy(db)
    before = _events(db)
    args = ("company", "d1", "extra", "fix", "--amount", "5.00", "--description", "fix", "--date", "2026-02-01")
    rc, out, err = cli(*args, "--preview")
    assert (rc, out) == (2, "")
    assert LATE_EUR_INTO_JPY in err
    rc, out, err = cli(*args)
    assert (rc, out) == (2, "")
    assert LATE_EUR_INTO_JPY in err  # the preview's words
    assert _events(db) == before  # nothing written
    # The company is billed as if nothing had been tried: 10 Apr in JPY, 2,500 + 500 = 3,000.
    assert _outcomes(run_billing(db, date(2026, 4, 10)), "d1") == [(date(2026, 4, 10), "billed", "JPY", "3000")]


def test_the_service_the_preview_and_a_file_of_changes_refuse_it_alike(db):
    _billed_in_eur_then_jpy(db)
    before = _events(db)
    fix = ch.add_extra("d1", "fix", "5.00", date=date(2026, 2, 1), description="fix")
    assert _refusal(db, lambda s: ch.record_change(s, fix)) == [LATE_EUR_INTO_JPY]
    assert _refusal(db, lambda s: preview(s, [fix], prefix=None)) == [LATE_EUR_INTO_JPY]
    assert _refusal(db, lambda s: ch.check_changes(s, [fix], prefix=None)) == [LATE_EUR_INTO_JPY]  # the window
    # In a file, located at the change it is about: the second of the list, dated 1 Feb.
    ok = ch.add_extra("d1", "later", "300", date=date(2026, 3, 20), description="later")  # 300 JPY: billable
    assert _refusal(db, lambda s: ch.record_changes(s, [ok, fix])) == [
        LATE_EUR_INTO_JPY.replace("date:", "$[1].date:", 1)]
    assert _events(db) == before
    # The same extra dated after the last billed boundary is billed in JPY: 300 on 10 Apr, with the month's
    # 2,500: 2,800 + 20 % = 560 -> 3,360.
    _record(db, ok)
    assert _outcomes(run_billing(db, date(2026, 4, 10)), "d1") == [(date(2026, 4, 10), "billed", "JPY", "3360")]


def test_undoing_a_change_billed_in_the_former_currency_is_refused_as_its_preview_is(db, cli):
    # Undoing the subscription of 10 Jan cancels it from 10 Jan: corrections of the periods billed in EUR, on the
    # invoice of 10 Apr in JPY.
    _billed_in_eur_then_jpy(db)
    with unit_of_work(db) as s:
        sub = s.scalar(select(CompanyEvent.id).where(CompanyEvent.type == "subscribe"))
    before = _events(db)
    words = ("date: a change dated 2026-01-10 was recorded after the invoice of 2026-01-10 (in EUR) was billed; it "
             "cannot be corrected on an invoice in JPY: Prorata never converts an amount")
    rc, out, err = cli("company", "d1", "undo", str(sub), "--preview")
    assert (rc, out) == (2, "") and words in err
    rc, out, err = cli("company", "d1", "undo", str(sub))
    assert (rc, out) == (2, "") and words in err
    assert _refusal(db, lambda s: undo_change(s, sub)) == [words]
    assert _events(db) == before
    assert _outcomes(run_billing(db, date(2026, 4, 10)), "d1") == [(date(2026, 4, 10), "billed", "JPY", "3000")]


EXTRA_BEFORE_JPY = ("date: the extra 'setup' of 30.00 EUR (from 2026-03-05) would be billed on the invoice of "
                    "2026-03-10, which is in JPY: Prorata never converts an amount to another currency; bill it "
                    "before the currency changes (end a recurring extra on a billing day and add it again in JPY)")


def _verdict(engine, event) -> list[str] | None:
    """The words the preview refuses ``event`` with (None: it previews), and that recording says the same."""
    with unit_of_work(engine) as s:
        try:
            preview(s, [event], prefix=None)
            previewed = None
        except ProrataError as e:
            previewed = e.messages()
    with unit_of_work(engine) as s:
        try:
            ch.record_change(s, event)
            recorded = None
        except ProrataError as e:
            recorded = e.messages()
    assert recorded == previewed
    return recorded


def test_an_extra_dated_just_before_a_currency_change_is_refused_whichever_is_recorded_first(db):
    # 30.00 EUR dated 5 Mar falls in the period billed on 10 Mar, which a change to JPY on 10 Mar puts in JPY.
    # Whether the engine can bill it (on an invoice in EUR of its own) or refuses it (extra_in_other_currency),
    # recording says what the preview says, and a company never ends with a history no run can bill.
    w = build(db)
    for code in ("d2", "d3", "d5"):
        add_company(db, w, code, signup=SIGNUP, events=ARCHIVING)
    _record(db, ch.change_currency("d2", "JPY", date(2026, 3, 10)))
    assert _verdict(db, ch.add_extra("d2", "setup", "30.00", date=date(2026, 3, 5), description="Setup")) in (
        None, [EXTRA_BEFORE_JPY])
    # The other way round: the extra is recorded first (billed on 10 Mar in EUR), then the currency change.
    _record(db, ch.add_extra("d3", "setup", "30.00", date=date(2026, 3, 5), description="Setup"))
    assert _verdict(db, ch.change_currency("d3", "JPY", date(2026, 3, 10))) in (None, [EXTRA_BEFORE_JPY])
    # From 11 Mar it is billable under any rule: the extra on 10 Mar in EUR (20.00 + 30.00 = 50.00 + 10.00 tax =
    # 60.00), then 10 Apr in JPY (2,500 + 500 = 3,000; a currency change moves no quantity: no proration).
    _record(db, ch.add_extra("d5", "setup", "30.00", date=date(2026, 3, 5), description="Setup"),
            ch.change_currency("d5", "JPY", date(2026, 3, 11)))
    report = run_billing(db, date(2026, 4, 10))
    assert _outcomes(report, "d5") == [
        (date(2026, 1, 10), "billed", "EUR", "24.00"), (date(2026, 2, 10), "billed", "EUR", "24.00"),
        (date(2026, 3, 10), "billed", "EUR", "60.00"), (date(2026, 4, 10), "billed", "JPY", "3000")]
    assert not [o for o in report.outcomes if o.outcome == "failed"]  # d2 and d3 are billed too


def test_a_back_dated_currency_change_never_re_denominates_an_extra_recorded_after_its_date(db, cli):
    # 10.55 EUR dated 20 Feb, then a change to JPY from 15 Feb: the extra would be billed as 11 JPY. Refused,
    # naming the extra; a change from 21 Feb keeps it 10.55 EUR.
    w = build(db)
    add_company(db, w, "d4", signup=SIGNUP, events=ARCHIVING)
    [xj] = _record(db, ch.add_extra("d4", "xj", "10.55", date=date(2026, 2, 20), description="consulting"))
    before = _events(db)
    words = (f"date: the currency cannot change to JPY from 2026-02-15: extras dated after it are amounts in EUR "
             f"(#{xj} xj 10.55 EUR 2026-02-20), and Prorata never converts an amount (an undone extra stays in "
             f"the history); date the change after them")
    rc, out, err = cli("company", "d4", "currency", "JPY", "--date", "2026-02-15")
    assert (rc, out) == (2, "") and words in err
    assert _refusal(db, lambda s: preview(s, [ch.change_currency("d4", "JPY", date(2026, 2, 15))], prefix=None)) \
        == [words]
    # A file imported says the same, at the event.
    doc = {"format": FORMAT, "events": [{"date": "2026-02-15", "company": "d4", "type": "currency",
                                         "currency": "JPY"}]}
    assert _refusal(db, lambda s: import_bundle(s, doc)) == [words.replace("date:", "$.events[0].date:", 1)]
    assert _events(db) == before
    # From 21 Feb the extra keeps its currency but falls in the period billed on 10 Mar: the billing rule (a
    # refusal in the preview's words, or a bill).
    assert _verdict(db, ch.change_currency("d4", "JPY", date(2026, 2, 21))) in (None, [
        "date: the extra 'xj' of 10.55 EUR (from 2026-02-20) would be billed on the invoice of 2026-03-10, which is "
        "in JPY: Prorata never converts an amount to another currency; bill it before the currency changes (end a "
        "recurring extra on a billing day and add it again in JPY)"])


def test_a_currency_change_after_the_extras_period_keeps_the_extra_in_its_currency(db):
    w = build(db)
    add_company(db, w, "d4", signup=SIGNUP, events=ARCHIVING)
    _record(db, ch.add_extra("d4", "xj", "10.55", date=date(2026, 2, 20), description="consulting"))
    # From 11 Mar: 10 Mar in EUR, 20.00 + 10.55 = 30.55, tax 20 % = 6.11, total 36.66; 10 Apr 2,500 + 500 JPY.
    _record(db, ch.change_currency("d4", "JPY", date(2026, 3, 11)))
    assert _outcomes(run_billing(db, date(2026, 4, 10)), "d4") == [
        (date(2026, 1, 10), "billed", "EUR", "24.00"), (date(2026, 2, 10), "billed", "EUR", "24.00"),
        (date(2026, 3, 10), "billed", "EUR", "36.66"), (date(2026, 4, 10), "billed", "JPY", "3000")]


def test_a_company_a_run_could_not_bill_before_this_rule_still_takes_changes_and_the_undo(db):
    # A database from before the rule: the late EUR extra written behind the service's back. Every run fails for
    # d1 with the run's words; recording is not refused for what the stored history does already.
    w = _billed_in_eur_then_jpy(db)
    add_events(db, w, "d1", [(date(2026, 2, 1), "extra", {"code": "fix", "amount": D("5.00"), "recurring": False,
                                                           "description": {"en": "fix"}})])
    report = run_billing(db, date(2026, 4, 10))
    assert _outcomes(report, "d1") == [(date(2026, 4, 10), "failed", None, None)]
    assert report.of("failed")[0].reason == LATE_EUR_INTO_JPY.removeprefix("date: ")
    with unit_of_work(db) as s:
        fix = s.scalar(select(func.max(CompanyEvent.id)))
    _record(db, ch.add_extra("d1", "later", "300", date=date(2026, 3, 20), description="later"))
    with unit_of_work(db) as s:
        assert undo_change(s, fix).changes[0].amount == D("-5.00")


def test_a_retired_extra_item_takes_no_new_extra_from_its_retirement(db, cli):
    # The catalogue's "setup" (30.00 EUR) retired from 1 Mar: an extra on 28 Feb is taken with its amount,
    # one on 1 Mar is refused (as a retired plan takes no new subscription).
    w = build(db)
    add_company(db, w, "d6", signup=SIGNUP, events=ARCHIVING)
    with unit_of_work(db) as s:
        extra_items.add_item(s, "setup", {"en": "Setup"}, amounts={"EUR": "30.00"})
        extra_items.retire_item(s, "setup", date(2026, 3, 1))
    before = _events(db)
    rc, out, err = cli("company", "d6", "extra", "setup", "--date", "2026-03-01")
    assert (rc, out) == (2, "")
    assert "code: extra item 'setup' is retired since 2026-03-01: it takes no new extra on 2026-03-01" in err
    assert _events(db) == before
    rc, out, err = cli("company", "d6", "extra", "setup", "--date", "2026-02-28")
    assert (rc, err) == (0, "")
    assert [(t, a) for _, _, t, a, _ in _events(db)[len(before):]] == [("extra", D("30.00"))]


def test_undo_help_says_the_counter_change_is_dated_like_the_change(capsys):
    from app.cli.main import main

    with pytest.raises(SystemExit):
        main(["company", "d1", "undo", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "default: the date of change N" in out and "default today" not in out


def test_a_price_missing_in_the_new_currency_does_not_hide_the_refusal(db):
    # d1 billed in EUR to 10 Feb, then USD from 20 Feb, with no USD price yet: the run of 10 Mar fails for the
    # missing price (a clerk can add it). A late EUR extra of 1 Feb is refused all the same: once the price is
    # there, its correction would still land on an invoice in USD. With the price, 10 Mar: 22.00 + 20 % = 26.40.
    w = build(db)
    add_company(db, w, "d1", signup=SIGNUP, events=ARCHIVING)
    run_billing(db, date(2026, 2, 10))
    add_events(db, w, "d1", [(date(2026, 2, 20), "currency", {"currency": "USD"})])  # recorded before the rule
    assert _outcomes(run_billing(db, date(2026, 3, 10)), "d1") == [(date(2026, 3, 10), "failed", None, None)]
    fix = ch.add_extra("d1", "fix", "5.00", date=date(2026, 2, 1), description="fix")
    assert _refusal(db, lambda s: ch.record_change(s, fix)) == [LATE_EUR_INTO_JPY.replace("in JPY", "in USD")]
    with unit_of_work(db) as s:
        s.add(Price(layer="retail", reseller_id=None, plan_id=w.plans["archiving"], currency="USD",
                    amount=D("22.00")))
    assert _outcomes(run_billing(db, date(2026, 3, 10)), "d1") == [(date(2026, 3, 10), "billed", "USD", "26.40")]


def test_the_preview_shows_every_invoice_the_change_moves(db, cli):
    # d2 changes to JPY on 10 Mar; a 30.00 EUR setup dated 5 Mar falls in the period billed in EUR: the run
    # bills it on an invoice in EUR of its own on 10 Mar (company_bill._past), beside the JPY advance. The
    # preview shows both: the JPY invoice unchanged (2,500 + 20 % = 3,000), the EUR one 0.00 -> 30.00 (+ 20 %
    # = 36.00).
    w = build(db)
    add_company(db, w, "d2", signup=SIGNUP, events=ARCHIVING)
    _record(db, ch.change_currency("d2", "JPY", date(2026, 3, 10)))
    setup = ch.add_extra("d2", "setup", "30.00", date=date(2026, 3, 5), description="Setup")
    with unit_of_work(db) as s:
        shown = preview(s, [setup], prefix=None).companies
    assert [(c.company, c.boundary, c.currency, c.subtotal_before, c.subtotal_after, c.total_before, c.total_after)
            for c in shown] == [
        ("d2", date(2026, 3, 10), "JPY", D("2500"), D("2500"), D("3000"), D("3000")),
        ("d2", date(2026, 3, 10), "EUR", D("0"), D("30.00"), D("0"), D("36.00"))]
    assert shown[0].lines == []
    assert [(ln.kind, ln.start, ln.quantity, ln.unit_price, ln.amount) for ln in shown[1].lines] == [
        ("extra", date(2026, 3, 5), D(1), D("30.00"), D("30.00"))]
    # The command line says the same, invoice by invoice.
    rc, out, err = cli("company", "d2", "extra", "setup", "--amount", "30.00", "--description", "Setup",
                       "--date", "2026-03-05", "--preview")
    assert rc == 0, err
    assert "the invoice of 2026-03-10 (JPY) would gain:\n  nothing" in out
    assert "the invoice of 2026-03-10 (EUR) would gain:" in out and "subtotal 0.00 -> 30.00 (+30.00)" in out
    # Recorded, the run bills exactly that.
    _record(db, setup)
    report = run_billing(db, date(2026, 3, 10))
    assert [(o.currency, o.total) for o in report.outcomes if o.boundary == date(2026, 3, 10)] == [
        ("JPY", "3000"), ("EUR", "36.00")]
