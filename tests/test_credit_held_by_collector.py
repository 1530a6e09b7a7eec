"""Who holds an account's credit, said where a clerk reads it, and credit held back when an invoice is issued:
``position.credit_held`` (the console's account, ``prorata accounts show``) and ``invoices.credit_not_applied``
(``prorata invoices issue``, the window's status message). SQLite and PostgreSQL; every figure by hand.

The world of tests/test_booking_collectors.py: acme (VAT 21 %) sells bc one Exchange Basic user at 6.00 a month,
billed on the 1st: 6.00 + 1.26 = 7.26 an invoice. In the margin mode the hoster collects acme's companies'
money; in reseller_bills acme does (app/payments/processors/routing.py). A payment recorded without invoices to
pay is the money of whoever collects for the account's issuer (acme) when it comes in.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from app.billing.run import run_billing
from app.cli.main import main
from app.models import Company, Invoice
from app.models.payments import Allocation, PaymentAccount
from app.money import to_text
from app.payments import allocation, payments, position
from app.services import resellers_admin
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.test_booking_collectors import COSTS, MARGIN

D = Decimal
FEB1, FEB10, MAR1, MAR10, MAR20 = (date(2026, 2, 1), date(2026, 2, 10), date(2026, 3, 1), date(2026, 3, 10),
                                   date(2026, 3, 20))
USER = [(FEB1, "subscribe", {"plan": "exchange-basic"}),
        (FEB1, "assign", {"plan": "exchange-basic", "user": "ann@bc.example"})]


def _mode(db, mode: str) -> None:
    with unit_of_work(db) as s:
        resellers_admin.edit_reseller(s, "acme", {"billing_mode": mode})


def _pay(db, amount: str, day: date, ref: str) -> None:
    """bc pays ``amount``, kept whole as credit (no invoice named, none allocated)."""
    with unit_of_work(db) as s:
        done = payments.record(s, "bc", amount, "EUR", "bank_transfer", day, ref, auto_allocate=False)
        assert done.allocations == [] and done.credit_left == D(amount)


def _bc(s) -> int:
    return s.scalar(select(Company.id).where(Company.code == "bc"))


def _account(s) -> int:
    (acc,) = s.scalars(select(PaymentAccount.id).where(PaymentAccount.company_id == _bc(s)))
    return acc


def two_holders(db) -> None:
    """bc pays 30.00 on Feb 10 in the margin mode (the hoster's money) and 20.00 on Mar 10 in reseller_bills
    (acme's): 30.00 + 20.00 = 50.00 of credit, no invoice."""
    w = build(db, acme_mode=MARGIN, acme_tax="21")
    add_company(db, w, "bc", reseller="acme", signup=FEB1)
    _pay(db, "30.00", FEB10, "TR-FEB")
    _mode(db, COSTS)
    _pay(db, "20.00", MAR10, "TR-MAR")


def test_the_credit_of_two_collectors_is_split_by_collector(db):
    two_holders(db)
    with unit_of_work(db) as s:
        acc = _account(s)
        held = position.credit_held(s, acc, None)
        assert [(h.collector, h.code, h.name, h.amount) for h in held.parts] == [
            ("hoster", "hoster", "Northwind Hosting", D("30.00")),
            (f"reseller:{s.scalar(select(Company.reseller_id).where(Company.code == 'bc'))}", "acme",
             "Acme Cloud GmbH", D("20.00"))]
        assert held.split and held.total == D("50.00")  # 30.00 + 20.00, the account's credit
        assert position.position(s, acc, MAR20).credit == D("50.00")
        # As of Mar 1 only the hoster's 30.00 was in, and no invoice of acme's is open: nothing to split.
        early = position.credit_held(s, acc, MAR1)
        assert ([(h.code, h.amount) for h in early.parts], early.split) == ([("hoster", D("30.00"))], False)
        assert [h.words(f"{to_text(h.amount, 'EUR')} EUR").message() for h in held.parts] == [
            "credit held by hoster: 30.00 EUR, pays only hoster's invoices",
            "credit held by acme: 20.00 EUR, pays only acme's invoices"]


def test_accounts_show_says_who_holds_the_credit(db, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    two_holders(db)
    url = db.url.render_as_string(hide_password=False)
    assert main(["accounts", "show", "bc", "--as-of", "2026-03-20", "--db", url]) == 0
    out = capsys.readouterr().out.splitlines()
    # Balance: -30.00 - 20.00 = -50.00, nothing open, 50.00 of credit: 30.00 the hoster's, 20.00 acme's.
    assert out[1:4] == [
        "  with acme in EUR: balance -50.00, open 0.00, owed outside invoices 0.00, credit 50.00",
        "    credit held by hoster: 30.00 EUR, pays only hoster's invoices",
        "    credit held by acme: 20.00 EUR, pays only acme's invoices"]
    assert main(["accounts", "show", "bc", "--as-of", "2026-03-20", "--json", "--db", url]) == 0
    import json

    acc = json.loads(capsys.readouterr().out)["accounts"][0]
    assert acc["credit_held"] == [{"collector": "hoster", "amount": "30.00"}, {"collector": "acme", "amount": "20.00"}]
    # As of Mar 1: the hoster's 30.00 alone, no other collector's money or invoice: no line about who holds it.
    assert main(["accounts", "show", "bc", "--as-of", "2026-03-01", "--db", url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "  with acme in EUR: balance -30.00, open 0.00, owed outside invoices 0.00, credit 30.00"
    assert not any("held by" in line for line in out)


def test_accounts_show_in_german(db, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "de")
    two_holders(db)
    assert main(["accounts", "show", "bc", "--as-of", "2026-03-20",
                 "--db", db.url.render_as_string(hide_password=False)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[2:4] == [
        "    Guthaben bei hoster: 30.00 EUR, bezahlt nur Rechnungen von hoster",
        "    Guthaben bei acme: 20.00 EUR, bezahlt nur Rechnungen von acme"]


def hoster_credit_then_draft(db, mode: str) -> int:
    """bc pays 50.00 on Feb 10 in the margin mode (the hoster's money); acme then bills in ``mode`` and the Mar 1
    run leaves bc's invoice(s) as drafts. Returns the id of bc's draft for March."""
    w = build(db, acme_mode=MARGIN, acme_tax="21")
    add_company(db, w, "bc", reseller="acme", signup=FEB1, events=USER)
    _pay(db, "50.00", FEB10, "TR-FEB")
    if mode != MARGIN:
        _mode(db, mode)
    run_billing(db, MAR1)
    with unit_of_work(db) as s:
        drafts = s.execute(select(Invoice.id, Invoice.total).where(Invoice.company_id == _bc(s),
                                                                    Invoice.status == "draft")
                           .order_by(Invoice.id)).all()
    # Feb and Mar, one user at 6.00 + 21 % = 7.26 each (the run bills from bc's signup).
    assert [t for _, t in drafts] and all(t == D("7.26") for _, t in drafts)
    return drafts[0][0]


def _after(db, inv_id: int) -> tuple[str, Decimal, Decimal, Decimal, int]:
    """The invoice's status, what is open of it, what a collection would take for it, bc's credit, and how many
    allocations bc's account has."""
    with unit_of_work(db) as s:
        inv = s.get(Invoice, inv_id)
        acc = _account(s)
        return (inv.status, allocation.open_amount(s, inv), allocation.due_after_credit(s, [inv_id])[inv_id],
                allocation.credit(s, acc),
                s.scalar(select(func.count()).select_from(Allocation).where(Allocation.account_id == acc)))


def test_issuing_an_invoice_acme_collects_says_the_hosters_credit_was_not_applied(db, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    inv_id = hoster_credit_then_draft(db, COSTS)
    assert main(["invoices", "issue", str(inv_id), "--db", db.url.render_as_string(hide_password=False)]) == 0
    with unit_of_work(db) as s:
        number = s.get(Invoice, inv_id).number
    assert capsys.readouterr().out == (
        f"issued {number}\n"
        "  credit of 50.00 EUR held by hoster was not applied: it pays only hoster's invoices\n")
    # Nothing applied: 7.26 open and due, all 50.00 still credit, no allocation written.
    assert _after(db, inv_id) == ("issued", D("7.26"), D("7.26"), D("50.00"), 0)
    # The account now shows who holds its credit: the hoster's 50.00, while acme collects the invoice open.
    with unit_of_work(db) as s:
        held = position.credit_held(s, _account(s), None)
        assert ([(h.code, h.amount) for h in held.parts], held.split) == ([("hoster", D("50.00"))], True)


def test_issuing_an_invoice_the_hoster_collects_applies_its_credit_and_says_nothing_more(db, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    inv_id = hoster_credit_then_draft(db, MARGIN)
    assert main(["invoices", "issue", str(inv_id), "--db", db.url.render_as_string(hide_password=False)]) == 0
    with unit_of_work(db) as s:
        number = s.get(Invoice, inv_id).number
    assert capsys.readouterr().out == f"issued {number}\n"
    # 7.26 paid from the 50.00: 50.00 - 7.26 = 42.74 left, one allocation.
    assert _after(db, inv_id) == ("paid", D("0.00"), D("0.00"), D("42.74"), 1)
    with unit_of_work(db) as s:  # the hoster's 42.74, nothing open: one collector, nothing to split
        held = position.credit_held(s, _account(s), None)
        assert ([(h.code, h.amount) for h in held.parts], held.split) == ([("hoster", D("42.74"))], False)


def test_the_notice_in_german(db, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "de")
    inv_id = hoster_credit_then_draft(db, COSTS)
    assert main(["invoices", "issue", str(inv_id), "--db", db.url.render_as_string(hide_password=False)]) == 0
    assert capsys.readouterr().out.splitlines()[1] == (
        "  Guthaben von 50.00 EUR bei hoster wurde nicht angerechnet: es bezahlt nur Rechnungen von hoster")
