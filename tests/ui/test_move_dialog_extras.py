"""The move dialog names the recurring extras a company's move ends (they are the seller's own items), before
the move (under the fields, for the date chosen) and after it (the status sentence, in the core's words).

tests.tenant_world: Contoso (c1, under Acme) bills in USD from 1 May 2026; here it also has Acme's recurring
"Premium support" of 50.00 USD a month from 5 May.
"""
from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

from app.models import CompanyEvent
from app.storage.engine import unit_of_work
from tests.ui.test_move_dialog import _prices
from tests.ui.test_tenant_forms import opened  # noqa: F401
from ui.tenants.move_dialog import MoveDialog

SHOTS = "/tmp/h/shots/move_extras_{}.png"


def test_the_move_dialog_names_the_recurring_extras_that_end(qtbot, worker, world, sqlite_db):
    os.makedirs("/tmp/h/shots", exist_ok=True)
    with unit_of_work(sqlite_db) as s:
        s.add(CompanyEvent(company_id=world.contoso, reseller_id=world.acme, date=date(2026, 5, 5), type="extra",
                           code="support", amount=Decimal("50.00"), recurring=True,
                           description={"en": "Premium support", "de": "Premium-Support"}))
    _prices(sqlite_db, world.blue)
    dialog = MoveDialog(worker, company="c1", company_name="Contoso GmbH", today=date(2026, 6, 1))
    qtbot.addWidget(dialog)
    dialog.load()
    dialog.show()
    opened(qtbot, dialog)
    dialog.target.setCurrentIndex(dialog.target.findData("blue"))
    assert dialog.day.day() == date(2026, 6, 1)
    said = dialog.explain.text().split("\n\n")
    assert said[0].endswith("Users, plans, one-off extras and history go along; invoices already written stay with "
                            "their issuer.")
    assert said[1] == ("Recurring extras end with the move: Premium support (US$50.00/month). They are the current "
                       "seller's own items: it bills them up to the day before; the new seller does not bill them.")
    qtbot.wait(50)  # laid out before the picture
    dialog.grab().save(SHOTS.format("dialog"))
    # Dated on or before the extra's first day, the move ends none of it (it would be the new seller's).
    dialog.day.setDate(date(2026, 5, 5))
    assert "Recurring extras" not in dialog.explain.text()
    dialog.day.setDate(date(2026, 6, 1))
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as got:
        dialog.save_button.click()
    words = got.args[2]
    assert words == ("Company c1 moves to blue from 01/06/2026. Recurring extras end with the move: Premium support "
                     "(50.00 USD/month). They are acme's own items: acme bills them up to 2026-05-31, blue does not "
                     "bill them (add them again at blue if it sells them too)"), words


def test_the_move_dialog_in_german(qtbot, qapp, worker, world, sqlite_db):
    from PySide6.QtCore import QLocale

    from ui import i18n

    with unit_of_work(sqlite_db) as s:
        s.add(CompanyEvent(company_id=world.contoso, reseller_id=world.acme, date=date(2026, 5, 5), type="extra",
                           code="support", amount=Decimal("50.00"), recurring=True,
                           description={"en": "Premium support", "de": "Premium-Support"}))
    translators = i18n.install(qapp, QLocale("de_DE"))
    QLocale.setDefault(QLocale("de_DE"))
    try:
        dialog = MoveDialog(worker, company="c1", company_name="Contoso GmbH", today=date(2026, 6, 1))
        qtbot.addWidget(dialog)
        dialog.load()
        dialog.show()
        opened(qtbot, dialog)
        qtbot.wait(50)
        said = dialog.explain.text().split("\n\n")
        assert said[1].startswith("Wiederkehrende Zusatzgebühren enden mit dem Wechsel: Premium-Support ("), said
        assert "/Monat)" in said[1]
        dialog.grab().save(SHOTS.format("dialog_de"))
    finally:
        i18n.remove(qapp, translators)
