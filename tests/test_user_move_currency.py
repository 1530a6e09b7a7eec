"""A user's recurring extra never changes currency by moving the user (both databases).

An extra's amount is in its company's currency and Prorata has no exchange rates (``app.billing.lines``: an
extra is never relabelled; ``CompanyState`` refuses a company's own currency change while one runs). So a user
with a recurring extra is not moved, in words and with nothing written, to a company that bills in another
currency on the move's date or changes to another one while the extra would run there; to a company in the
same currency the extras go along as before. Companies are the hoster's, signed up on 15 January 2026 and
billed on the 15th; every figure is worked by hand in the comments.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import AuditEntry, Company, CompanyEvent, Invoice, InvoiceLine, Price, User
from app.services import changes as ch
from app.services.moves import move_user
from app.storage.engine import unit_of_work
from app.translation import translator
from tests.billing_world import add_company, add_events, build
from tests.test_change_cli import cli  # noqa: F401 - the fixture

D = Decimal
JAN15, FEB1, FEB10, FEB15, MAR15, MAR20 = (date(2026, 1, 15), date(2026, 2, 1), date(2026, 2, 10),
                                           date(2026, 2, 15), date(2026, 3, 15), date(2026, 3, 20))
ANN = "ann@x.example"


def _backup(amount: str) -> dict:
    return {"code": "backup", "amount": D(amount), "recurring": True, "user": ANN, "description": {"en": "Backup"}}


def yen_and_euro(db):
    """The reviewer's world: jp bills in yen, ann has a mailbox there and a recurring backup of 1500 JPY; eu
    bills in euros. The hoster sells the mailbox at 900 JPY and 6.50 EUR."""
    w = build(db)
    with unit_of_work(db) as s:
        s.add(Price(layer="retail", reseller_id=None, plan_id=w.plans["exchange-basic"], currency="JPY",
                    amount=D("900")))
    add_company(db, w, "jp", currency="JPY", events=[
        (JAN15, "subscribe", {"plan": "exchange-basic"}),
        (JAN15, "assign", {"plan": "exchange-basic", "user": ANN}),
        (JAN15, "extra", _backup("1500"))])
    add_company(db, w, "eu", events=[(JAN15, "subscribe", {"plan": "exchange-basic"})])
    return w


def written(db) -> tuple:
    """What a refused move must leave as it was: every event, user row and audit entry."""
    with unit_of_work(db) as s:
        return (s.execute(select(CompanyEvent.id, CompanyEvent.company_id, CompanyEvent.type)
                          .order_by(CompanyEvent.id)).all(),
                s.execute(select(User.id, User.company_id, User.email).order_by(User.id)).all(),
                s.scalar(select(func.count()).select_from(AuditEntry)))


def extra_lines(db, company_id) -> list[tuple]:
    """(invoice's period start, kind, extra, quantity, unit price, amount, invoice currency) of extras' lines."""
    with unit_of_work(db) as s:
        return [tuple(r) for r in s.execute(
            select(Invoice.period_start, InvoiceLine.kind, InvoiceLine.extra_code, InvoiceLine.quantity,
                   InvoiceLine.unit_price, InvoiceLine.amount, Invoice.currency)
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(Invoice.company_id == company_id, InvoiceLine.extra_code.is_not(None))
            .order_by(Invoice.period_start, InvoiceLine.position))]


YEN_TO_EURO = ("to: ann@x.example cannot move to eu on 2026-02-10 with its recurring extra 'backup' of 1500 JPY: "
               "eu bills in EUR, and Prorata never converts an amount. End the extra at jp, move the user, then "
               "add the extra again at eu in EUR; nothing was moved")


def test_a_user_with_a_yen_extra_is_not_moved_to_a_company_in_euros(db):
    w = yen_and_euro(db)
    before = written(db)
    with unit_of_work(db) as s:
        with pytest.raises(ProrataError) as err:
            move_user(s, ANN, "eu", FEB10)
    assert str(err.value) == YEN_TO_EURO
    assert written(db) == before
    run_billing(db, MAR15)
    # eu never bills the backup (the reviewer saw 1500.00 EUR on each invoice); jp goes on billing it in yen,
    # 1 x 1500 = 1500 in advance on each billing day.
    assert extra_lines(db, w.companies["eu"]) == []
    assert extra_lines(db, w.companies["jp"]) == [
        (day, "recurring", "backup", 1, D("1500"), D("1500"), "JPY") for day in (JAN15, FEB15, MAR15)]


def test_the_command_line_refuses_it_in_words_with_exit_2_and_writes_nothing(db, cli):  # noqa: F811
    yen_and_euro(db)
    before = written(db)
    rc, out, err = cli("user", ANN, "move", "--to", "eu", "--date", "2026-02-10")
    assert rc == 2 and out == "" and "Traceback" not in err
    assert YEN_TO_EURO in err
    assert written(db) == before


def test_the_refusal_is_translated(db):
    yen_and_euro(db)
    with unit_of_work(db) as s:
        with pytest.raises(ProrataError) as err:
            move_user(s, ANN, "eu", FEB10)
    [german] = err.value.messages(translator("de"))
    assert german == ("to: ann@x.example kann am 10.02.2026 nicht mit der wiederkehrenden Gebühr 'backup' über "
                      "1500 JPY zu eu umziehen: eu rechnet in EUR ab, und Prorata rechnet nie Beträge um. Beenden "
                      "Sie die Gebühr bei jp, ziehen Sie den Benutzer um und fügen Sie die Gebühr dann bei eu in "
                      "EUR neu hinzu; nichts wurde umgezogen")


def test_done_as_the_message_says_the_backup_is_billed_in_euros_at_its_new_amount(db):
    w = yen_and_euro(db)
    with unit_of_work(db) as s:
        ch.record_changes(s, [ch.end_extra("jp", "backup", "2026-02-10")], source="cli", prefix=None)
    with unit_of_work(db) as s:
        moved = move_user(s, ANN, "eu", FEB10)
    assert (moved.plans, moved.extras) == (["exchange-basic"], [])
    with unit_of_work(db) as s:
        ch.record_changes(s, [ch.add_extra("eu", "backup", "9.00", date="2026-02-10", recurring=True, user=ANN,
                                           description={"en": "Backup"})], source="cli", prefix=None)
    run_billing(db, FEB15)
    # eu, 15 February: 5 days 10-15 Feb of the 31-day period at 9.00 = 1.4516 -> 1.45, and the month ahead 9.00.
    assert extra_lines(db, w.companies["eu"]) == [
        (FEB15, "recurring", "backup", 1, D("9.00"), D("9.00"), "EUR"),
        (FEB15, "proration", "backup", 1, D("9.00"), D("1.45"), "EUR")]
    # jp: the 5 days back, -1500 x 5/31 = -241.9 -> -242.
    assert extra_lines(db, w.companies["jp"])[-1] == (FEB15, "proration", "backup", -1, D("1500"), D("-242"),
                                                      "JPY")


def euro_pair(db, target_events=()):
    """u1 and u2, both in euros: ann has a mailbox at u1 and a recurring backup of 3.00 EUR from 15 January."""
    w = build(db)
    add_company(db, w, "u1", events=[
        (JAN15, "subscribe", {"plan": "exchange-basic"}),
        (JAN15, "assign", {"plan": "exchange-basic", "user": ANN}),
        (JAN15, "extra", _backup("3.00"))])
    add_company(db, w, "u2", events=[(JAN15, "subscribe", {"plan": "exchange-basic"}), *target_events])
    return w


def test_to_a_company_in_the_same_currency_the_extra_goes_along_as_before(db):
    w = euro_pair(db)
    with unit_of_work(db) as s:
        moved = move_user(s, ANN, "u2", FEB1)
    assert moved.extras == ["backup"]
    assert [(c.company, c.type, c.code, c.amount) for c in moved.changes.changes] == [
        ("u1", "unassign", None, None), ("u1", "extra_end", "backup", None),
        ("u2", "assign", None, None), ("u2", "extra", "backup", D("3.00"))]
    run_billing(db, FEB15)
    # 15 February: the 14 days 1-15 Feb of the 31-day period, 3.00 x 14/31 = 1.3548 -> 1.35, leave u1 and
    # come to u2, which bills the month ahead, 3.00.
    assert extra_lines(db, w.companies["u1"])[-1:] == [(FEB15, "proration", "backup", -1, D("3.00"), D("-1.35"),
                                                        "EUR")]
    assert extra_lines(db, w.companies["u2"]) == [
        (FEB15, "recurring", "backup", 1, D("3.00"), D("3.00"), "EUR"),
        (FEB15, "proration", "backup", 1, D("3.00"), D("1.35"), "EUR")]


def test_nor_to_a_company_that_changes_its_currency_while_the_extra_would_run_there(db):
    # u2 goes over to dollars on 15 March, recorded before the move.
    w = euro_pair(db, [(MAR15, "currency", {"currency": "USD"})])
    with unit_of_work(db) as s:
        change = s.scalar(select(CompanyEvent.id).where(CompanyEvent.type == "currency"))
    before = written(db)
    with unit_of_work(db) as s:
        with pytest.raises(ProrataError) as err:
            move_user(s, ANN, "u2", FEB1)
    assert str(err.value) == (
        f"to: ann@x.example cannot move to u2 on 2026-02-01 with its recurring extra 'backup' of 3.00 EUR: u2 "
        f"changes its currency to USD on 2026-03-15 (change #{change}), and Prorata never converts an amount. "
        f"End the extra at u1, move the user, then add the extra again at u2 until 2026-03-15 and in USD from "
        f"then; nothing was moved")
    # Dated after the change, u2 bills in dollars on the day itself.
    with unit_of_work(db) as s:
        with pytest.raises(ProrataError) as err:
            move_user(s, ANN, "u2", MAR20)
    assert "u2 bills in USD" in str(err.value) and "of 3.00 EUR" in str(err.value)
    assert written(db) == before
    # The rule u1's own currency change meets while the backup runs there: refused, never relabelled.
    with unit_of_work(db) as s:
        with pytest.raises(ProrataError) as err:
            ch.record_changes(s, [ch.change_currency("u1", "USD", "2026-03-01")], source="cli", prefix=None)
    assert err.value.problems[0].id == "currency_change_with_extra"


def test_a_user_without_recurring_extras_moves_whatever_the_targets_currency_does_later(db):
    """The check is about extras only: ann's mailbox moves to u2 before u2 goes over to dollars."""
    w = build(db)
    add_company(db, w, "u1", events=[(JAN15, "subscribe", {"plan": "exchange-basic"}),
                                     (JAN15, "assign", {"plan": "exchange-basic", "user": ANN})])
    add_company(db, w, "u2", events=[(JAN15, "subscribe", {"plan": "exchange-basic"}),
                                     (MAR15, "currency", {"currency": "USD"})])
    with unit_of_work(db) as s:  # ann's mailbox needs a price in dollars from 15 March (else refused)
        s.add(Price(layer="retail", plan_id=w.plans["exchange-basic"], currency="USD", amount=D("7.00")))
    with unit_of_work(db) as s:
        moved = move_user(s, ANN, "u2", FEB1)
    assert [(c.company, c.type) for c in moved.changes.changes] == [("u1", "unassign"), ("u2", "assign")]
