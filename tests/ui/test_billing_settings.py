"""Billing > Settings: switches, tax rate, numbering and minimum charges edited in place."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from app.services import billing_settings
from app.storage.engine import unit_of_work
from tests.billing_world import build
from ui.billing import settings_dialog
from ui.billing.settings_dialog import BillingSettingsDialog
from ui.billing.settings_models import IssuerSettingsModel


def table(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


@pytest.fixture
def dialog(qtbot, worker, sqlite_db, monkeypatch):
    build(sqlite_db)
    errors = []
    monkeypatch.setattr(settings_dialog, "show_error", lambda parent, error: errors.append(error))
    d = BillingSettingsDialog(worker)
    qtbot.addWidget(d)
    d.show()
    d.errors = errors
    d.load()
    qtbot.waitUntil(lambda: d.issuers.rowCount() == 2, timeout=5000)
    return d


def col(name: str) -> int:
    return IssuerSettingsModel.COLUMNS.index(name)


def saved(qtbot, d, check):
    qtbot.waitUntil(lambda: check(table(d.issuers)), timeout=5000)


def test_settings_show_each_issuer_with_inherited_switches(dialog):
    assert table(dialog.issuers) == [
        ["Northwind Hosting (hoster)", "20", "INV-{year}-{seq:05}", "On", "On", "On"],
        ["Acme Cloud GmbH", "19", "INV-{year}-{seq:05}", "As the hoster (on)", "As the hoster (on)",
         "As the hoster (on)"],
    ]
    assert dialog.selected_issuer() == "hoster"


def test_a_switch_is_chosen_from_a_combo_and_saved(qtbot, dialog, sqlite_db):
    d = dialog
    index = d.issuers.index(1, col("invoicing"))
    editor = d.issuers_view.itemDelegate().createEditor(d.issuers_view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(editor.count())] == ["On", "Off", "As the hoster"]
    editor.setCurrentIndex(1)
    d.issuers_view.itemDelegate().setModelData(editor, d.issuers, index)
    saved(qtbot, d, lambda t: t[1][3] == "Off")
    with unit_of_work(sqlite_db) as s:
        assert billing_settings.read(s)[1].switches["invoicing"] is False
    # The hoster cannot "follow the hoster".
    hoster = d.issuers.index(0, col("invoicing"))
    assert [v for _, v in hoster.data(settings_dialog.CHOICES_ROLE)] == [True, False]


def test_tax_rate_and_number_format_are_checked(qtbot, dialog, sqlite_db):
    d = dialog
    assert d.issuers.setData(d.issuers.index(1, col("tax_rate")), "7.5")
    saved(qtbot, d, lambda t: t[1][1] == "7.5")
    # Refused as typed, before anything is sent: out of range, negative, ambiguous in English.
    for typed in ("120", "-7", "7,5"):
        assert not d.issuers.setData(d.issuers.index(1, col("tax_rate")), typed)
    assert [e.messages()[0] for e in d.errors] == [
        "Tax rate (%): '120' is not a tax rate: write a percentage from 0 to 100 with at most 4 decimals, "
        "such as \"20\" or \"7.5\"",
        "Tax rate (%): '-7' is not a tax rate: write a percentage from 0 to 100 with at most 4 decimals, "
        "such as \"20\" or \"7.5\"",
        "Tax rate (%): '7,5' is ambiguous: write it such as 1,234.56 ('.' is the decimal mark, thousands may be "
        "grouped by threes)"]
    assert d.issuers.setData(d.issuers.index(0, col("invoice_number_format")), "NW-{seq:06}")
    saved(qtbot, d, lambda t: t[0][2] == "NW-{seq:06}")
    with unit_of_work(sqlite_db) as s:
        hoster, acme = billing_settings.read(s)
    assert (hoster.invoice_number_format, acme.tax_rate) == ("NW-{seq:06}", Decimal("7.5"))


def test_minimum_charges_are_added_changed_and_removed(qtbot, dialog, sqlite_db):
    d = dialog
    d.issuers_view.setCurrentIndex(d.issuers.index(1, 0))
    assert d.minimums_box.title() == "Minimum charges of Acme Cloud GmbH"
    assert [d.add_currency.itemText(i) for i in range(d.add_currency.count())] == ["EUR", "JPY", "KWD", "USD"]
    d.add_amount.setText("10.00")
    d.add_button.click()
    qtbot.waitUntil(lambda: d.minimums.rowCount() == 1, timeout=5000)
    assert table(d.minimums) == [["EUR", "€10.00", "Defer to the next invoice"]]
    assert d.minimums.setData(d.minimums.index(0, 2), "top_up")
    qtbot.waitUntil(lambda: table(d.minimums) == [["EUR", "€10.00", "Top up to the minimum"]], timeout=5000)
    assert d.minimums.setData(d.minimums.index(0, 1), "")  # empty: no minimum any more
    qtbot.waitUntil(lambda: d.minimums.rowCount() == 0, timeout=5000)
    d.add_currency.setCurrentIndex(d.add_currency.findData("JPY"))
    d.add_amount.setText("5.5")
    d.add_button.click()
    assert "more decimals than JPY allows (0)" in d.errors[-1].messages()[0]
    with unit_of_work(sqlite_db) as s:
        assert billing_settings.read(s)[1].minimums == []


def test_the_billing_menu_opens_the_settings(qtbot, worker, sqlite_db):
    from ui.app_shell import MainWindow

    build(sqlite_db)
    w = MainWindow(worker, "sqlite:///test.db")
    qtbot.addWidget(w)
    assert [a.text() for a in w.billing_menu.actions()] == ["&Run billing…", "Billing &settings…",
                                                                 "Invoice &designer…", "", "Send &invoices…",
                                                                 "&Print-and-post batch…"]
    w.settings_action.trigger()
    d = w.settings_dialog
    qtbot.waitUntil(lambda: d.isVisible() and d.issuers.rowCount() == 2, timeout=5000)


def test_a_german_clerk_sets_a_rate_and_a_minimum_with_a_decimal_comma(qtbot, dialog, sqlite_db):
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("de_DE"))  # the autouse fixture puts en_GB back
    d = dialog
    assert d.issuers.setData(d.issuers.index(1, col("tax_rate")), "7,5")
    saved(qtbot, d, lambda t: t[1][1] == "7,5")
    d.issuers_view.setCurrentIndex(d.issuers.index(1, 0))
    d.add_currency.setCurrentIndex(d.add_currency.findData("EUR"))
    d.add_amount.setText("1.200,50")
    d.add_button.click()
    qtbot.waitUntil(lambda: d.minimums.rowCount() == 1, timeout=5000)
    assert d.minimums.index(0, 1).data(Qt.ItemDataRole.EditRole) == "1200,50"
    d.add_amount.setText("-5")
    assert not d.minimums.setData(d.minimums.index(0, 1), "-5")
    assert d.errors[-1].messages() == ["Minimum: -5 must not be negative"]
    with unit_of_work(sqlite_db) as s:
        acme = billing_settings.read(s)[1]
    assert (acme.tax_rate, acme.minimums) == (Decimal("7.5"), [("EUR", Decimal("1200.50"), "defer")])
