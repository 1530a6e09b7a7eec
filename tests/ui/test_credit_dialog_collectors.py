"""The apply-credit dialog offers each invoice only the credit its collector holds (``console.credit_offer``, the
rule ``console.apply_credit`` refuses by: ``console.credit_for``), says so when some credit is held by a collector
who collects none of the open invoices, and refuses by hand, before anything is sent, what ``apply_credit`` would
refuse. SQLite and PostgreSQL; English and German; every figure by hand.

The world of tests/test_credit_held_by_collector.py: acme (VAT 21 %) bills bc one Exchange Basic user at 6.00 a
month: 6.00 + 21 % = 6.00 + 1.26 = 7.26 an invoice. bc paid 50.00 on Feb 10 while the hoster collected acme's
companies' money (the hoster's, Northwind Hosting); acme then bills in reseller_bills (acme, Acme Cloud GmbH,
collects) and bc's February invoice of 7.26 is issued on Mar 2: the hoster's 50.00 pays none of it.
"""
from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app.errors import ProrataError
from app.models import Invoice
from app.payments import allocation, console
from app.services import invoices
from app.storage.engine import unit_of_work
from tests.test_booking_collectors import COSTS
from tests.test_credit_held_by_collector import _account, _pay, hoster_credit_then_draft
from ui import i18n
from ui.payments import PaymentConsole, action_dialog
from ui.worker import Worker

D = Decimal
TODAY = date(2026, 3, 20)
SHOTS = "/tmp/h/shots"


@pytest.fixture
def dbworker(qapp, db):
    w = Worker(db)
    yield w
    w.close()


def shot(widget, name: str) -> None:
    if os.path.isdir(SHOTS):
        QApplication.processEvents()
        widget.grab().save(f"{SHOTS}/{name}.png")


def hoster_credit_acme_invoice(db, acme_pays: str | None = None) -> int:
    """bc: the hoster's 50.00 of credit and acme's invoice of 7.26 issued on Mar 2 (nothing of it applied);
    ``acme_pays``: bc then pays that much on Mar 10, acme's money, kept as credit. The invoice's id."""
    inv_id = hoster_credit_then_draft(db, COSTS)
    with unit_of_work(db) as s:
        inv = invoices.issue(s, inv_id, date(2026, 3, 2))
        assert allocation.open_amount(s, inv) == D("7.26")  # the hoster's credit pays none of acme's invoice
    if acme_pays:
        _pay(db, acme_pays, date(2026, 3, 10), "TR-ACME")
    return inv_id


def open_dialog(qtbot, worker):
    c = PaymentConsole(worker, today=TODAY)
    qtbot.addWidget(c)
    c.resize(1280, 600)
    c.show()
    c.load()
    qtbot.waitUntil(lambda: c.model.complete() and not c.model.loading() and c.model.rowCount() == 1, timeout=5000)
    c.list_view.setCurrentIndex(c.model.index(0, 0))
    qtbot.waitUntil(lambda: c.panel.account() is not None, timeout=5000)
    d = c.panel.apply_credit()
    d.resize(720, d.sizeHint().height())
    d.show()
    return c, d


def test_the_hosters_credit_is_not_offered_for_acmes_invoice(qtbot, db, dbworker):
    inv_id = hoster_credit_acme_invoice(db)
    _c, d = open_dialog(qtbot, dbworker)
    # Oldest first: the 7.26 is acme's, the 50.00 the hoster's: nothing offered, 50.00 - 0.00 = 50.00 left.
    assert d.allocations.chosen() == {}
    assert d.allocations.left_text() == "Credit left: €50.00"
    assert d.elsewhere.isVisible()
    assert d.elsewhere.text() == ("€50.00 of the credit is held by Northwind Hosting, who collects none of these "
                                  "invoices: it pays none of them and stays credit.")
    shot(d, "credit_dialog_collectors_none")
    # By hand, 7.26 typed for it anyway: refused at the table, in apply_credit's words, before anything is sent.
    d.allocations.choose({inv_id: D("7.26")})
    with pytest.raises(ProrataError) as refused:
        d.allocations.check()
    (p,) = refused.value.problems
    assert p.id == "credit_of_collector_short" and p.params["available"] == "0.00" and p.params["amount"] == "7.26"
    assert p.params["collector"] == "acme"
    d.submit()
    number = d.view.open_invoices[0].number
    assert d.form.message_text("allocations") == (
        f"{number}: acme collects it (by the billing mode it was issued under) and holds 0.00 EUR of the account's "
        "credit, not 7.26: credit another collector holds does not pay it; nothing was applied")
    with unit_of_work(db) as s:
        assert allocation.open_amount(s, s.get(Invoice, inv_id)) == D("7.26")  # nothing sent, nothing applied
    d.reject()


def test_acmes_own_credit_is_offered_and_applied(qtbot, db, dbworker, monkeypatch):
    monkeypatch.setattr(action_dialog, "confirm", lambda *a: True)
    inv_id = hoster_credit_acme_invoice(db, acme_pays="5.00")
    _c, d = open_dialog(qtbot, dbworker)
    # Credit 50.00 + 5.00 = 55.00; acme's 5.00 is offered for its 7.26 (min(7.26, 5.00) = 5.00), the hoster's
    # 50.00 is not: 55.00 - 5.00 = 50.00 left.
    assert d.allocations.chosen() == {inv_id: D("5.00")}
    assert d.allocations.left_text() == "Credit left: €50.00"
    assert d.elsewhere.text().startswith("€50.00 of the credit is held by Northwind Hosting")
    shot(d, "credit_dialog_collectors_offer")
    done = []
    d.sig_done.connect(done.append)
    d.submit()
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    with unit_of_work(db) as s:
        inv = s.get(Invoice, inv_id)
        assert allocation.open_amount(s, inv) == D("2.26")  # 7.26 - 5.00
        view = console.account_view(s, _account(s), TODAY)
        assert view.credit == D("50.00")  # 55.00 - 5.00: the hoster's, untouched


def test_the_rule_by_itself(db):
    # The offer and the check read only the view: acme's 5.00 pays at most 5.00 of its invoice, whatever is typed.
    inv_id = hoster_credit_acme_invoice(db, acme_pays="5.00")
    with unit_of_work(db) as s:
        view = console.account_view(s, _account(s), TODAY)
    assert [(i.id, i.collector_code, i.open) for i in view.open_invoices] == [(inv_id, "acme", D("7.26"))]
    assert console.credit_offer(view) == {inv_id: D("5.00")}
    console.check_credit_of_collectors(view, {inv_id: D("5.00")})  # 5.00 <= 5.00: not refused
    with pytest.raises(ProrataError) as refused:
        console.check_credit_of_collectors(view, {inv_id: D("5.01")})
    assert refused.value.problems[0].params["available"] == "5.00"
    assert [h.code for h in console.credit_paying_none(view)] == ["hoster"]
    # The same refusal from apply_credit itself (nothing written).
    with unit_of_work(db) as s, pytest.raises(ProrataError) as said:
        console.apply_credit(s, view.row.id, [(inv_id, D("5.01"))], TODAY)
    assert said.value.problems[0].id == "credit_of_collector_short"


def test_the_note_in_german(qtbot, qapp, db, dbworker):
    hoster_credit_acme_invoice(db)
    QLocale.setDefault(QLocale("de_DE"))
    i18n.switch(qapp, "de", save=False)
    try:
        _c, d = open_dialog(qtbot, dbworker)
        d.retranslate()
        assert d.elsewhere.text().startswith("50,00\xa0€ des Guthabens")
        shot(d, "credit_dialog_collectors_de")
        d.reject()
    finally:
        i18n.uninstall(qapp)
        QLocale.setDefault(QLocale("en_GB"))
