"""A statement that nets against the reseller (app/payments/payouts.py): the reseller's payment settles it, as a
company's payment settles an invoice, and what the hoster owes afterwards can be paid out in full; every figure
of the account (app/payments/position.py) reconciles with its balance. Its words on the statement of account:
owed by the reseller, not to it. SQLite and PostgreSQL; every figure by hand.

The world: acme, billed by the hoster (margin mode); its company r1 takes 2 SharePoint sites from 1 February at
its own price 5.00, under the wholesale 8.00, until 1 March (then acme's retail 12.00).

- r1's invoice of 1 February: 2 x 5.00 = 10.00 + 19 % VAT 1.90 = 11.90.
- ST-1 (1 February): margin 2 x (5.00 - 8.00) = -6.00, + the VAT collected in acme's name 1.90 = -4.10: acme owes
  the hoster 4.10 (its ledger entry +4.10).
- acme pays 4.10 on 10 February (kept as credit: as a payment recorded before this rule was).
- r1's invoice of 1 March: 2 x 12.00 = 24.00 + 19 % 4.56 = 28.56; ST-2 (1 March): margin 2 x (12.00 - 8.00) = 8.00
  + 4.56 = 12.56, owed to acme.
So the hoster owes acme 12.56: ST-1 is paid, ST-2 is not.
"""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pdfplumber
import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import Invoice
from app.models.payments import Allocation, PaymentAccount
from app.payments import accounts, payments, payouts, position, reversals, statement_pdf
from app.services import price_matrix
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
FEB1, FEB10, FEB20, MAR1, MAR5 = (date(2026, 2, 1), date(2026, 2, 10), date(2026, 2, 20), date(2026, 3, 1),
                                  date(2026, 3, 5))


def world(db, *, paid: str | None = "4.10", march: bool = True, auto: bool = False):
    """The world above; acme's payment ``paid`` kept as credit (as one recorded before a payment settled a
    statement), unless ``auto`` (recorded as the command line records it)."""
    w = build(db, acme_mode="hoster_bills_hoster_processor")
    add_company(db, w, "r1", reseller="acme", signup=FEB1,
                events=[(FEB1, "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer="company_override", plan="sharepoint-sites", currency="EUR", amount="5.00",
                               valid_from=FEB1, company="r1")
        price_matrix.set_price(s, layer="company_override", plan="sharepoint-sites", currency="EUR", amount=None,
                               valid_from=MAR1, company="r1", ended=True)
    run_billing(db, FEB1, issue=True)
    if paid is not None:
        with unit_of_work(db) as s:
            payments.record(s, "acme", paid, "EUR", "bank_transfer", FEB10, "P1", auto_allocate=auto)
    if march:
        run_billing(db, MAR1, issue=True)
    return db


def acme_account(s) -> PaymentAccount:
    return s.scalars(select(PaymentAccount).where(PaymentAccount.customer_key.like("reseller:%"))).one()


def figures(db, day: date) -> tuple[Decimal, ...]:
    """(statements, paid out, to pay out, to collect, credit, open, owed outside invoices, balance) as of ``day``."""
    with unit_of_work(db) as s:
        p = position.position(s, acme_account(s).id, day)
    return p.statements, p.paid_out, p.to_pay_out, p.to_collect, p.credit, p.open, p.outside, p.balance


def refused(db, work) -> list[str]:
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            work(s)
    return exc.value.messages()


def test_the_statements_are_as_figured(db):
    world(db)
    with unit_of_work(db) as s:
        totals = dict(s.execute(select(Invoice.number, Invoice.total).where(Invoice.kind == "statement")).all())
    assert totals == {"ST-2026-00001": D("-4.10"), "ST-2026-00002": D("12.56")}


def test_a_payout_takes_the_resellers_payment_into_account(db):
    world(db)
    # Before: the payment is acme's credit (4.10), the statements net -4.10 + 12.56 = 8.46; balance
    # +4.10 - 4.10 - 12.56 = -12.56 = open 0 + outside 0 - credit 4.10 - to pay out 8.46.
    assert figures(db, MAR1) == (D("8.46"), D("0"), D("8.46"), D("0"), D("4.10"), D("0"), D("0"), D("-12.56"))
    # The hoster owes 12.56, not 12.57 (the refusal settles nothing either: nothing of it is written).
    assert refused(db, lambda s: payouts.add(s, "acme", "12.57", MAR5)) == [
        "amount: the hoster owes acme 12.56 EUR, not 12.57: nothing was paid out"]
    with unit_of_work(db) as s:
        assert s.scalars(select(Allocation)).all() == []
        payouts.add(s, "acme", "12.56", MAR5, reference="TX-1")
    with unit_of_work(db) as s:
        # The payout settled ST-1 with the payment first, dated the payout's day.
        rows = s.execute(select(Invoice.number, Allocation.payment_id, Allocation.amount, Allocation.allocated_on)
                         .join(Invoice, Invoice.id == Allocation.invoice_id)).all()
        assert rows == [("ST-2026-00001", 1, D("4.10"), MAR5)]
        assert payouts.owed(s, "acme") == [{"reseller": "acme", "currency": "EUR", "statements": "12.56",
                                            "paid_out": "12.56", "owed": "0.00"}]
    # After: statements -4.10 + 12.56 + 4.10 paid of ST-1 = 12.56, paid out 12.56, nothing to pay out, no credit;
    # balance +4.10 - 4.10 - 12.56 + 12.56 = 0.
    assert figures(db, MAR5) == (D("12.56"), D("12.56"), D("0"), D("0"), D("0"), D("0"), D("0"), D("0"))
    # The day before, as it was then (nothing dated later counts): unchanged.
    assert figures(db, date(2026, 3, 4)) == (D("8.46"), D("0"), D("8.46"), D("0"), D("4.10"), D("0"), D("0"),
                                             D("-12.56"))


def test_the_payment_settles_the_statement_when_it_is_recorded(db):
    """What ``payments.record`` calls for a reseller's account with the hoster (``settle_statements`` with the
    new payment, dated its day, no credit_applied entry): acme owes nothing from 10 February on."""
    world(db, march=False)
    with unit_of_work(db) as s:
        account = acme_account(s)
        accounts.lock(s, account.id)
        done = payouts.settle_statements(s, account, FEB10, actor="test", payment_ids=[1], as_credit=False)
        assert [(d.invoice, d.amount) for d in done] == [("ST-2026-00001", D("4.10"))]
    # 9 February: ST-1 says acme owes 4.10 (to collect), nothing paid yet; balance +4.10.
    assert figures(db, date(2026, 2, 9)) == (D("-4.10"), D("0"), D("-4.10"), D("4.10"), D("0"), D("0"), D("0"),
                                             D("4.10"))
    # 10 February: -4.10 + 4.10 paid of it = 0; no credit; balance 4.10 - 4.10 = 0.
    assert figures(db, FEB10) == (D("0"), D("0"), D("0"), D("0"), D("0"), D("0"), D("0"), D("0"))
    with unit_of_work(db) as s:  # settled once: nothing more to settle
        assert payouts.settle_statements(s, acme_account(s), FEB20, actor="test") == []
    run_billing(db, MAR1, issue=True)
    # 1 March: ST-2 12.56 on top: 12.56 to pay out, balance -12.56.
    assert figures(db, MAR1) == (D("12.56"), D("0"), D("12.56"), D("0"), D("0"), D("0"), D("0"), D("-12.56"))
    with unit_of_work(db) as s:
        payouts.add(s, "acme", "12.56", MAR5)
    assert figures(db, MAR5) == (D("12.56"), D("12.56"), D("0"), D("0"), D("0"), D("0"), D("0"), D("0"))


def test_a_part_payment_leaves_the_rest_to_collect(db):
    world(db, paid="3.00", march=False)
    with unit_of_work(db) as s:
        account = acme_account(s)
        accounts.lock(s, account.id)
        payouts.settle_statements(s, account, FEB10, actor="test")
    # 4.10 owed on ST-1, 3.00 paid: -4.10 + 3.00 = -1.10, i.e. 1.10 to collect; balance 4.10 - 3.00 = 1.10.
    assert figures(db, FEB20) == (D("-1.10"), D("0"), D("-1.10"), D("1.10"), D("0"), D("0"), D("0"), D("1.10"))
    assert refused(db, lambda s: payouts.add(s, "acme", "0.01", FEB20)) == [
        "amount: the hoster owes acme -1.10 EUR, not 0.01: nothing was paid out"]


def test_a_reversed_payment_leaves_the_statement_owed_again(db):
    world(db, march=False)
    with unit_of_work(db) as s:
        account = acme_account(s)
        accounts.lock(s, account.id)
        payouts.settle_statements(s, account, FEB10, actor="test", as_credit=False)
    with unit_of_work(db) as s:
        reversals.reverse(s, 1, FEB20, "bounced")
    # 20 February: the 4.10 taken back off ST-1: 4.10 to collect again, no credit; balance 4.10 - 4.10 + 4.10.
    assert figures(db, FEB20) == (D("-4.10"), D("0"), D("-4.10"), D("4.10"), D("0"), D("0"), D("0"), D("4.10"))
    with unit_of_work(db) as s:  # ST-1 stays issued: a statement is never "paid"
        assert s.scalar(select(Invoice.status).where(Invoice.number == "ST-2026-00001")) == "issued"


def text_of(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages).splitlines()


def test_the_statement_of_account_says_who_owes(db):
    world(db, paid=None, march=False)
    with unit_of_work(db) as s:
        data = statement_pdf.statement(s, "acme", FEB1, FEB20)
    lines = text_of(statement_pdf.render(data, "en_GB"))
    # ST-1's entry +4.10: owed by acme; the balance 4.10 is acme's to pay.
    assert any(line.startswith("1 Feb 2026 Statement (owed by you) ST-2026-00001 €4.10 €4.10") for line in lines), \
        lines
    assert "You owe €4.10." in lines
    at = lines.index("Statements and payouts on 20 Feb 2026")
    # statements -4.10, paid out 0.00: 4.10 owed by acme, said so, not "-4.10 to pay out".
    assert lines[at + 1:at + 3] == ["Statements Paid out Owed by you", "-€4.10 €0.00 €4.10"]
    de = text_of(statement_pdf.render(data, "de_DE"))
    assert any("Abrechnung (zu unseren Gunsten)" in line for line in de), de
    at = de.index("Abrechnungen und Auszahlungen am 20.02.2026")
    assert de[at + 1:at + 3] == ["Abrechnungen Ausgezahlt Zu Ihren Lasten", "-4,10 € 0,00 € 4,10 €"]


def test_a_statement_owed_to_the_reseller_keeps_its_words(db):
    world(db, march=True)
    with unit_of_work(db) as s:
        data = statement_pdf.statement(s, "acme", MAR1, MAR1)
    lines = text_of(statement_pdf.render(data, "en_GB"))
    # ST-2's entry -12.56: owed to acme. Statements -4.10 + 12.56 = 8.46 to pay out (the 4.10 still credit).
    assert any(line.startswith("1 Mar 2026 Statement (owed to you) ST-2026-00002 -€12.56") for line in lines), lines
    at = lines.index("Statements and payouts on 1 Mar 2026")
    assert lines[at + 1:at + 3] == ["Statements Paid out To pay out", "€8.46 €0.00 €8.46"]


def test_the_words_for_what_is_to_collect(db):
    from app.translation import translator

    assert translator("de")(position.TO_COLLECT_WORDS) == "noch einzufordern"
    assert translator("fr")(position.TO_COLLECT_WORDS) == "à encaisser"
    assert translator("es")(position.TO_COLLECT_WORDS) == "por cobrar"
    assert translator("nl")(position.TO_COLLECT_WORDS) == "nog te innen"
    assert translator("ja")(position.TO_COLLECT_WORDS) == "未回収"


def test_settling_a_named_statement_with_an_amount(db):
    """What ``payments allocate N ST-…`` calls (``statement_ids``, ``amount``): 1.00 of the 4.10 paid settles
    ST-1, dated the day given; the 3.10 left stays acme's credit."""
    world(db, march=False)
    with unit_of_work(db) as s:
        account = acme_account(s)
        accounts.lock(s, account.id)
        st1 = s.scalar(select(Invoice.id).where(Invoice.number == "ST-2026-00001"))
        done = payouts.settle_statements(s, account, FEB20, actor="test", statement_ids=[st1], amount=D("1.00"))
        assert [(d.invoice, d.amount) for d in done] == [("ST-2026-00001", D("1.00"))]
    # 20 February: -4.10 + 1.00 = -3.10, 3.10 to collect; credit 4.10 - 1.00 = 3.10; balance 4.10 - 4.10 = 0
    # = open 0 + outside 0 - credit 3.10 + to collect 3.10.
    assert figures(db, FEB20) == (D("-3.10"), D("0"), D("-3.10"), D("3.10"), D("3.10"), D("0"), D("0"), D("0"))


def test_two_payouts_at_once_settle_and_pay_once(db, tmp_path):
    """Two clerks pay out acme's 12.56 at the same moment, each in a process of its own: the second waits on the
    account, then reads what the first settled and paid: refused; ST-1 settled by the 4.10 once."""
    import json
    import os
    import subprocess
    import sys
    import time

    from tests.racers import RACER

    world(db)
    url = db.url.render_as_string(hide_password=False)
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    go = tmp_path / "go"
    procs, readies = [], []
    for n in (1, 2):
        ready = tmp_path / f"ready{n}"
        argv = ["payouts", "add", "acme", "12.56", "--date", "2026-03-05", "--db", url]
        procs.append(subprocess.Popen([sys.executable, "-c", RACER, str(ready), str(go), json.dumps(argv)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env))
        readies.append(ready)
    deadline = time.monotonic() + 120
    while not all(r.exists() for r in readies):
        assert time.monotonic() < deadline, "the racers did not start"
        time.sleep(0.01)
    go.touch()
    results = []
    for p in procs:
        out, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
        results.append(json.loads(out))
    assert sorted(r["rc"] for r in results) == [0, 2], results
    (lost,) = [r for r in results if r["rc"] == 2]
    # The first paid the 12.56 owed (12.56 - 12.56 = 0.00 left): the second is told so.
    assert "the hoster owes acme 0.00 EUR, not 12.56: nothing was paid out" in lost["err"]
    with unit_of_work(db) as s:
        assert s.execute(select(Allocation.amount)).scalars().all() == [D("4.10")]
    assert figures(db, MAR5) == (D("12.56"), D("12.56"), D("0"), D("0"), D("0"), D("0"), D("0"), D("0"))
