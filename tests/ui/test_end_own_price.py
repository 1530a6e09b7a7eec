"""The company page's "End own price from…": a date, one call to the core, the refusal shown in the dialog."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Layer, Price
from app.services import price_matrix
from app.storage.engine import unit_of_work
from tests.ui.test_company_prices import TODAY, open_company, table
from ui.tenants.company_prices import OWN


def own_price(db, amount, valid_from):
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer=Layer.COMPANY_OVERRIDE.value, plan="exchange-basic", currency="EUR",
                               amount=amount, valid_from=valid_from, company="c1")


def test_end_own_price_from_a_day_on(qtbot, worker, sqlite_db):
    panel = open_company(qtbot, worker, sqlite_db)
    box, model = panel.prices_box, panel.prices_box.model
    statuses = []
    panel.sig_status.connect(statuses.append)
    assert not box.end_button.isEnabled()  # nothing selected
    own_price(sqlite_db, "5.00", date(2026, 1, 15))
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        model.reload()
    box.view.setCurrentIndex(model.index(1, OWN))  # Archiving: no own price
    assert not box.end_button.isEnabled()
    box.view.setCurrentIndex(model.index(0, OWN))  # Exchange Basic, its own 5.00 since 15 January
    assert box.end_button.isEnabled() and box.end_button.text() == "End own price from…"
    box.end_button.click()
    dialog = box.end_dialog
    qtbot.waitExposed(dialog)
    assert dialog.now.text() == "Own price €5.00, in force since 15/01/2026."
    assert dialog.day.day() == TODAY  # the day the prices are shown on
    dialog.grab().save("/tmp/h/shots/end_own_price_en.png")
    # A day already billed is refused in the dialog, which stays open.
    run_billing(sqlite_db, date(2026, 3, 15))  # acme's c1 billed up to 15 March
    dialog.day.set_day(date(2026, 3, 1))
    with qtbot.waitSignal(worker.sig_busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        dialog.end_button.click()
    qtbot.waitUntil(lambda: dialog.end_button.isEnabled())
    assert dialog.isVisible()
    assert "billed up to 2026-03-15" in dialog.form.banner.text()
    dialog.grab().save("/tmp/h/shots/end_own_price_refused_en.png")
    # From 20 March: acme's 6.00 from then, and its later changes: the own price ended (a row without amount).
    dialog.day.set_day(TODAY)
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        dialog.end_button.click()
    assert not dialog.isVisible()
    assert table(model)[0] == ["Exchange Basic", "Per user", "€6.00", "ended 20/03/2026", "€6.00"]
    assert model.data(model.index(0, OWN), Qt.ItemDataRole.ToolTipRole) == (
        "Its own price ended on 20/03/2026: it pays its seller's price, with the seller's later changes. "
        "Double-click to give it an own price again from the chosen day on.")
    assert statuses[-1] == "Exchange Basic: own price ended from 20/03/2026; it pays its seller's price, €6.00."
    assert not box.end_button.isEnabled()  # nothing left to end
    box.resize(720, box.sizeHint().height())
    box.grab().save("/tmp/h/shots/company_prices_ended_en.png")
    with unit_of_work(sqlite_db) as s:
        rows = s.execute(select(Price.amount, Price.valid_from).where(
            Price.layer == Layer.COMPANY_OVERRIDE.value).order_by(Price.valid_from)).all()
    assert rows == [(Decimal("5.00"), date(2026, 1, 15)), (None, TODAY)]


def test_the_action_and_dialog_speak_german(qtbot, worker, sqlite_db, qapp):
    from PySide6.QtCore import QLocale

    from ui import i18n

    QLocale.setDefault(QLocale("de_DE"))
    installed = i18n.install(qapp, QLocale("de_DE"))
    try:
        panel = open_company(qtbot, worker, sqlite_db)
        box, model = panel.prices_box, panel.prices_box.model
        own_price(sqlite_db, "5.00", date(2026, 1, 15))
        with qtbot.waitSignal(model.sig_loaded, timeout=5000):
            model.reload()
        box.view.setCurrentIndex(model.index(0, OWN))
        assert box.end_button.text() == "Sonderpreis beenden ab…"
        box.resize(720, box.sizeHint().height())
        box.grab().save("/tmp/h/shots/company_prices_end_de.png")
        box.end_button.click()
        dialog = box.end_dialog
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle() == "Sonderpreis von c1 beenden"
        assert dialog.now.text() == "Sonderpreis 5,00\u00a0€, gültig seit 15.01.2026."
        dialog.grab().save("/tmp/h/shots/end_own_price_de.png")
        run_billing(sqlite_db, date(2026, 3, 15))
        dialog.day.set_day(date(2026, 3, 1))
        with qtbot.waitSignal(worker.sig_busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
            dialog.end_button.click()
        qtbot.waitUntil(lambda: dialog.end_button.isEnabled())
        dialog.grab().save("/tmp/h/shots/end_own_price_refused_de.png")
        dialog.day.set_day(TODAY)
        with qtbot.waitSignal(model.sig_loaded, timeout=5000):
            dialog.end_button.click()
        assert table(model)[0] == ["Exchange Basic", "Pro Benutzer", "6,00\u00a0€", "beendet 20.03.2026", "6,00\u00a0€"]
        box.view.setCurrentIndex(model.index(0, OWN))
        box.grab().save("/tmp/h/shots/company_prices_ended_de.png")
    finally:
        i18n.remove(qapp, installed)
