"""The collection page says which invoices the customers' credit settled (not collected), in its question
before the run (``collection_console.preview``'s ``by_credit``) and in its summary after it
(``Report.settled_by_credit``), in English and German; on SQLite and PostgreSQL.

The world is tests/test_payment_collection.py's: the hoster bills d1, d2 and d3 24.00 EUR a month (20.00 + 20 %
VAT); d1 gets INV-2026-00001 and -00002, d2 -00003 and -00004, d3 -00005 and -00006, issued as of 2026-03-15.
d1 has a saved card with the test gateway, d2 a SEPA mandate, d3 nothing. d2 pays 24.00 kept as credit, and
-00003 (unpaid) is credited in full: the 24.00 of credit settles -00004 (24.00) whole.
"""
from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from app.payments import payments
from app.storage.engine import unit_of_work
from tests.test_collection_applies_credit import credit_kept_then_credit
from tests.test_payment_collection import N, world  # noqa: F401 (fixture)
from tests.test_payment_processors import _fresh_gateway, pay_cash, ring  # noqa: F401 (fixtures)
from tests.ui.test_payment_collection_view import collect, dbworker, open_page, settings, statuses  # noqa: F401
from ui import i18n

SHOT = "/tmp/fixN/collection.png"
LEFT = "2 invoice(s) left alone: no saved card, mandate or authorisation."  # d3's two


def test_the_invoices_the_credit_settles_are_said_before_and_after(qtbot, db, world, dbworker, settings,
                                                                   tmp_path):
    credit_kept_then_credit(db, "d2", "24.00", N[2])
    asked = []
    c, v = open_page(qtbot, dbworker, asked)
    v.set_folder(str(tmp_path))
    collect(qtbot, v)
    # d1's two by card: 24.00 + 24.00 = 48.00; d2's -00004 settled by its 24.00 of credit, nothing debited.
    assert asked == ["Collect 2 invoice(s) issued up to 15/03/2026, €48.00 in all?\n\n"
                     "1 settled by the customers' credit first, not collected.\n2 charged to a saved card now."
                     f"\n\n{LEFT}"]
    assert [(x.invoice, x.amount) for x in v.report.settled_by_credit] == [(N[3], 24)]
    assert v.summary.text() == ("2 invoice(s) collected, €48.00. 1 invoice(s) settled by the customers' credit "
                                f"(€24.00), not collected. {LEFT}")
    assert statuses(db)[N[3]] == "paid"
    if os.path.isdir(os.path.dirname(SHOT)):
        QApplication.processEvents()
        c.grab().save(SHOT)


def test_only_credit_to_apply_is_asked_too(qtbot, db, world, dbworker, settings, tmp_path):
    pay_cash(db, "24.00", N[0])
    pay_cash(db, "24.00", N[1])  # d1 owes nothing: no card is charged
    credit_kept_then_credit(db, "d2", "24.00", N[2])
    asked = []
    c, v = open_page(qtbot, dbworker, asked)
    collect(qtbot, v)
    assert asked == ["Nothing to collect up to 15/03/2026. Apply the customers' credit to the invoices it "
                     f"settles?\n\n1 settled by the customers' credit first, not collected.\n\n{LEFT}"]
    assert v.summary.text() == ("Nothing was collected. 1 invoice(s) settled by the customers' credit (€24.00), "
                                f"not collected. {LEFT}")
    assert statuses(db)[N[3]] == "paid"


def test_nothing_to_collect_and_no_credit_asks_nothing(qtbot, db, world, dbworker, settings):
    with unit_of_work(db) as s:  # every invoice paid in cash by its customer
        for k in range(6):
            payments.record(s, f"d{k // 2 + 1}", "24.00", "EUR", "cash", date(2026, 3, 16), "receipt",
                            allocate_to=[N[k]])
    asked = []
    c, v = open_page(qtbot, dbworker, asked)
    qtbot.mouseClick(v.collect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: v.progress_label.text().startswith("Nothing to collect"), timeout=20000)
    assert asked == [] and v.report is None


def test_the_credit_words_in_german(qtbot, qapp, db, world, dbworker, settings, tmp_path):
    credit_kept_then_credit(db, "d2", "24.00", N[2])
    asked = []
    QLocale.setDefault(QLocale("de_DE"))
    i18n.switch(qapp, "de", save=False)
    try:
        c, v = open_page(qtbot, dbworker, asked)
        c.retranslate()
        v.set_folder(str(tmp_path))
        collect(qtbot, v)
        assert "\n1 wird zuerst mit dem Guthaben des Kunden verrechnet, nicht eingezogen.\n" in asked[0]
        assert ("1 Rechnung mit dem Guthaben des Kunden beglichen (24,00\xa0€), nicht eingezogen."
                in v.summary.text())
    finally:
        i18n.uninstall(qapp)
        QLocale.setDefault(QLocale("en_GB"))
