"""Automatic collection after a billing run (app/payments/collection.py), SQLite and PostgreSQL.

The world: the hoster bills d1, d2 and d3 for archiving, 20.00 EUR + 20 % = 24.00 a month; billed one after
the other, d1 gets INV-2026-00001 and -00002, d2 -00003 and -00004, d3 -00005 and -00006. d1 has a saved
Visa card with the test gateway (an open amount ending in .13 is declined), d2 a SEPA mandate, d3 nothing.
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.billing.run import run_billing
from app.cli.main import main
from app.models import Invoice
from app.payments import collection
from app.payments.processors import accounts as processor_accounts
from app.payments.sepa import mandates, pain008
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
from tests.test_payment_processors import _fresh_gateway, pay_cash, ring, save_visa  # noqa: F401 (fixtures)

D = Decimal
N = [f"INV-2026-0000{k}" for k in range(1, 7)]
CREDITOR = {"name": "Northwind Hosting", "iban": "DE89370400440532013000", "bic": "COBADEFFXXX",
            "creditor_id": "DE98ZZZ09999999999"}


@pytest.fixture
def world(db, ring):  # noqa: F811
    w = build(db)
    for code in ("d1", "d2", "d3"):
        add_company(db, w, code, signup=date(2026, 1, 31),
                    events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
        run_billing(db, date(2026, 3, 15), issue=True)
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "test", {})
        processor_accounts.configure(s, "hoster", "sepa", CREDITOR)
        mandates.add(s, "d2", "M-D2-001", "DE02120300000000202051", date(2026, 1, 15), today=date(2026, 3, 1))
    save_visa(db, "d1")
    return w


def statuses(db) -> dict[str, str]:
    with unit_of_work(db) as s:
        return dict(s.execute(select(Invoice.number, Invoice.status).order_by(Invoice.id)).all())


def test_cards_and_mandates_are_collected_and_failures_listed(db, world, tmp_path):
    pay_cash(db, "10.87", N[0])  # 13.13 open: the gateway declines it
    seen = []
    report = collection.collect_issued(db, as_of=date(2026, 3, 15), day=date(2026, 3, 20),
                                       collection_date=date(2099, 3, 25), out_dir=tmp_path,
                                       progress=lambda done, total, message: seen.append((done, total)))
    got = [(x.invoice, x.customer, x.method, x.amount, x.status) for x in report.collected]
    assert got == [(N[2], "d2", "sepa", D("24.00"), "submitted"), (N[3], "d2", "sepa", D("24.00"), "submitted"),
                   (N[1], "d1", "card", D("24.00"), "collected")]
    assert [(x.invoice, x.method, x.amount, x.status, x.reason) for x in report.follow_up] == [
        (N[0], "card", D("13.13"), "failed", "card_declined")]
    assert report.skipped == 2 and report.switched_off == 0 and not report.cancelled  # d3's two
    (path,) = report.files
    xml = open(path, "rb").read()
    pain008.validate(xml, "pain.008.001.02")
    assert b"<CtrlSum>48.00</CtrlSum>" in xml
    assert seen[-1] == (3, 3)  # one bank file and two charges
    assert statuses(db) == {N[0]: "partially_paid", N[1]: "paid", N[2]: "paid", N[3]: "paid", N[4]: "issued",
                            N[5]: "issued"}
    # Again: nothing is charged or debited twice; the declined one is tried again and still declined.
    again = collection.collect_issued(db, as_of=date(2026, 3, 15), day=date(2026, 3, 21),
                                      collection_date=date(2099, 3, 25), out_dir=tmp_path)
    assert again.collected == [] and [x.invoice for x in again.follow_up] == [N[0]] and again.files == []


def test_switched_off_cancelled_and_the_cli_after_a_run(db, world, tmp_path, capsys):
    from app.services import billing_settings

    with unit_of_work(db) as s:
        billing_settings.set_value(s, "hoster", "payment_collection", "off")
    report = collection.collect_issued(db, as_of=date(2026, 3, 15), out_dir=tmp_path)
    assert (report.collected, report.follow_up, report.switched_off) == ([], [], 6)
    with unit_of_work(db) as s:
        billing_settings.set_value(s, "hoster", "payment_collection", "on")
    report = collection.collect_issued(db, as_of=date(2026, 3, 15), out_dir=tmp_path, cancelled=lambda: True)
    assert report.cancelled and report.collected == [] and statuses(db)[N[1]] == "issued"
    # The third billing run (as of 2026-03-15) issued d3's invoices only: nothing to collect them by.
    url = db.url.render_as_string(hide_password=False)
    assert main(["payments", "collect", "--after-run", "2026-03-15", "--out-dir", str(tmp_path), "--json",
                 "--db", url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["collected"], data["follow_up"], data["skipped"]) == ([], [], 2)
    assert main(["payments", "collect", "--as-of", "2026-03-15", "--date", "2026-03-20", "--out-dir",
                 str(tmp_path), "--db", url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("4 collected, 0 to follow up, 2 with nothing to collect them by, 0 with collection "
                          "switched off\n  file ")
