"""The payment console says who holds an account's credit where two collectors have a part in its money, and
issuing an invoice says the credit another collector holds was not applied to it; in English and German, on
SQLite and PostgreSQL.

The worlds are tests/test_credit_held_by_collector.py's: bc's 30.00 paid in acme's margin mode (the hoster's
money) and 20.00 paid in reseller_bills (acme's): 30.00 + 20.00 = 50.00 of credit; and bc's 50.00 of the
hoster's, then acme's March invoice of 7.26 (6.00 + 21 % VAT) issued in reseller_bills, which acme collects.
"""
from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from app.models import Invoice
from app.payments import allocation
from app.storage.engine import unit_of_work
from tests.test_booking_collectors import COSTS
from tests.test_credit_held_by_collector import hoster_credit_then_draft, two_holders
from ui import i18n
from ui.payments import PaymentConsole
from ui.worker import Worker

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


def open_bc(qtbot, worker):
    c = PaymentConsole(worker, today=TODAY)
    qtbot.addWidget(c)
    c.resize(1280, 600)
    c.show()
    c.load()
    qtbot.waitUntil(lambda: c.model.complete() and not c.model.loading() and c.model.rowCount() == 1, timeout=5000)
    c.list_view.setCurrentIndex(c.model.index(0, 0))
    qtbot.waitUntil(lambda: c.panel.account() is not None, timeout=5000)
    return c


def test_the_account_says_who_holds_its_credit(qtbot, db, dbworker):
    two_holders(db)
    c = open_bc(qtbot, dbworker)
    p = c.panel
    assert p.credit.text() == "€50.00"  # 30.00 + 20.00
    assert p.held.isVisible()
    assert p.held.text() == ("Credit held by Northwind Hosting: €30.00, pays only Northwind Hosting's invoices\n"
                             "Credit held by Acme Cloud GmbH: €20.00, pays only Acme Cloud GmbH's invoices")
    shot(c, "credit_held_en")
    dialog = p.apply_credit()
    assert dialog.heading.text().endswith(
        "</b><br>Credit available: €50.00<br>Credit held by Northwind Hosting: €30.00, pays only Northwind Hosting&#x27;s invoices"
        "<br>Credit held by Acme Cloud GmbH: €20.00, pays only Acme Cloud GmbH&#x27;s invoices")
    shot(dialog, "credit_held_dialog_en")
    dialog.reject()


def test_the_account_in_german(qtbot, qapp, db, dbworker):
    two_holders(db)
    QLocale.setDefault(QLocale("de_DE"))
    i18n.switch(qapp, "de", save=False)
    try:
        c = open_bc(qtbot, dbworker)
        c.retranslate()
        assert c.panel.held.text() == (
            "Guthaben bei Northwind Hosting: 30,00\xa0€, bezahlt nur Rechnungen von Northwind Hosting\n"
            "Guthaben bei Acme Cloud GmbH: 20,00\xa0€, bezahlt nur Rechnungen von Acme Cloud GmbH")
        shot(c, "credit_held_de")
    finally:
        i18n.uninstall(qapp)
        QLocale.setDefault(QLocale("en_GB"))


def test_an_account_of_one_collector_shows_its_credit_alone(qtbot, db, dbworker):
    # The hoster's 50.00 and no invoice yet: one collector, nothing to split.
    inv_id = hoster_credit_then_draft(db, COSTS)
    with unit_of_work(db) as s:
        assert s.get(Invoice, inv_id).status == "draft"
    c = open_bc(qtbot, dbworker)
    assert c.panel.credit.text() == "€50.00" and not c.panel.held.isVisible()


def test_issuing_says_the_credit_another_collector_holds_was_not_applied(qtbot, db, dbworker, monkeypatch):
    from ui.invoices import InvoiceBrowser, invoice_view

    monkeypatch.setattr(invoice_view, "confirm", lambda parent, title, text: True)
    inv_id = hoster_credit_then_draft(db, COSTS)
    b = InvoiceBrowser(dbworker, today=TODAY)
    qtbot.addWidget(b)
    b.resize(1400, 700)
    b.show()
    b.load()
    qtbot.waitUntil(lambda: b.model.complete() and b.model.row_of(inv_id) >= 0, timeout=5000)
    b.list_view.setCurrentIndex(b.model.index(b.model.row_of(inv_id), 0))
    qtbot.waitUntil(lambda: b.view.data() is not None and b.view.data()["id"] == inv_id, timeout=5000)
    said = []
    b.sig_status.connect(said.append)
    b.view.issue_button.click()
    qtbot.waitUntil(lambda: any(t.startswith("Issued as") for t in said), timeout=5000)
    with unit_of_work(db) as s:
        inv = s.get(Invoice, inv_id)
        number, open_ = inv.number, allocation.open_amount(s, inv)
    assert [t for t in said if t.startswith("Issued as")] == [
        f"Issued as {number}. Credit of 50.00 EUR held by hoster was not applied: it pays only hoster's invoices"]
    assert open_ == Decimal("7.26")  # nothing applied: the whole 7.26 still open
    qtbot.waitUntil(dbworker.idle, timeout=10000)  # its PDF stored before the database goes
