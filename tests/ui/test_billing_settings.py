"""Billing > Settings: switches, tax rate, numbering and minimum charges edited in place; what can do harm
unnoticed (a switch going off, a rate, a number format, a minimum changed in the table) asks first."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from app.services import billing_settings
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build
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
    asked = []

    def confirm(parent, title, question, detail, save_text, *, risky):
        asked.append((question, detail, save_text, risky))
        return d.answer

    monkeypatch.setattr(settings_dialog, "confirm_change", confirm)
    d = BillingSettingsDialog(worker)
    qtbot.addWidget(d)
    d.show()
    d.errors, d.asked, d.answer = errors, asked, True
    d.load()
    qtbot.waitUntil(lambda: d.issuers.rowCount() == 2, timeout=5000)
    return d


def col(name: str) -> int:
    return IssuerSettingsModel.COLUMNS.index(name)


def saved(qtbot, d, check):
    qtbot.waitUntil(lambda: check(table(d.issuers)), timeout=5000)


def test_settings_show_each_issuer_with_inherited_switches(dialog):
    assert [dialog.issuers.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        "Issuer", "Tax rate (%)", "Invoice numbers", "Invoicing", "Payment collection", "Email delivery", "Checks"]
    assert table(dialog.issuers) == [
        ["Northwind Hosting (hoster)", "20", "INV-{year}-{seq:05}", "On", "On", "On", "On"],
        ["Acme Cloud GmbH", "19", "INV-{year}-{seq:05}", "As the hoster (on)", "As the hoster (on)",
         "As the hoster (on)", "As the hoster (on)"],
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
    assert d.asked == [("Switch off invoicing for Acme Cloud GmbH?",
                        "Invoicing: As the hoster (on) → Off\n\n"
                        "Billing runs will skip Acme Cloud GmbH's companies.", "Switch off", True)]
    with unit_of_work(sqlite_db) as s:
        assert billing_settings.read(s)[1].switches["invoicing"] is False
    # The hoster cannot "follow the hoster".
    hoster = d.issuers.index(0, col("invoicing"))
    assert [v for _, v in hoster.data(settings_dialog.CHOICES_ROLE)] == [True, False]


def test_tax_rate_and_number_format_are_checked(qtbot, dialog, sqlite_db):
    d = dialog
    assert d.issuers.setData(d.issuers.index(1, col("tax_rate")), "7.5")
    saved(qtbot, d, lambda t: t[1][1] == "7.5")
    assert d.asked[-1][:2] == ("Change the tax rate of Acme Cloud GmbH?",
                               "Tax rate (%): 19 → 7.5\n\nInvoices billed from now on are taxed at the new "
                               "rate; issued ones keep theirs.")
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


def test_cancelling_a_harmful_edit_writes_nothing_and_shows_the_stored_value(qtbot, dialog, sqlite_db):
    d = dialog
    d.answer = False
    assert d.issuers.setData(d.issuers.index(0, col("payment_collection")), False)
    qtbot.waitUntil(lambda: len(d.asked) == 1, timeout=5000)
    assert d.asked[0] == ("Switch off payment collection for Northwind Hosting (hoster)?",
                          "Payment collection: On → Off\n\n"
                          "Prorata will no longer collect payment of Northwind Hosting's invoices.\n\n"
                          "Resellers set to “As the hoster” are switched off too.", "Switch off", True)
    assert d.issuers.setData(d.issuers.index(1, col("tax_rate")), "91")
    qtbot.waitUntil(lambda: len(d.asked) == 2, timeout=5000)
    assert d.asked[1][1].startswith("Tax rate (%): 19 → 91")
    assert d.issuers.setData(d.issuers.index(0, col("invoice_number_format")), "INV{seq}")
    qtbot.waitUntil(lambda: len(d.asked) == 3, timeout=5000)
    assert d.asked[2][:2] == ("Change the invoice numbers of Northwind Hosting (hoster)?",
                              "Invoice numbers: INV-{year}-{seq:05} → INV{seq}\n\n"
                              "Numbers given from now on follow the new format; the sequence carries on.")
    # The cells show the stored values; the database is as it was.
    assert table(d.issuers)[0][:5] == ["Northwind Hosting (hoster)", "20", "INV-{year}-{seq:05}", "On", "On"]
    assert table(d.issuers)[1][1] == "19"
    with unit_of_work(sqlite_db) as s:
        hoster, acme = billing_settings.read(s)
    assert (hoster.switches["payment_collection"], hoster.invoice_number_format, acme.tax_rate) == (
        True, "INV-{year}-{seq:05}", Decimal("19"))


def test_checks_switched_off_elsewhere_are_switched_back_on_without_a_question(qtbot, dialog, sqlite_db):
    d = dialog
    with unit_of_work(sqlite_db) as s:  # as `prorata settings set hoster checks off` does
        billing_settings.set_value(s, "hoster", "checks", "off")
    d.load()
    saved(qtbot, d, lambda t: t[0][6] == "Off" and t[1][6] == "As the hoster (off)")
    index = d.issuers.index(0, col("checks"))
    assert [v for _, v in index.data(settings_dialog.CHOICES_ROLE)] == [True, False]
    assert d.issuers.setData(index, True)
    saved(qtbot, d, lambda t: t[0][6] == "On" and t[1][6] == "As the hoster (on)")
    assert d.asked == []  # switching on stops nothing
    with unit_of_work(sqlite_db) as s:
        assert billing_settings.read(s)[0].switches["checks"] is True
    # Acme's own checks off: asked, naming acme.
    assert d.issuers.setData(d.issuers.index(1, col("checks")), False)
    saved(qtbot, d, lambda t: t[1][6] == "Off")
    assert d.asked == [("Stop taking checks for Acme Cloud GmbH?",
                        "Checks: As the hoster (on) → Off\n\n"
                        "A check paid to Acme Cloud GmbH will be refused when it is recorded.", "Switch off", True)]


def test_a_minimum_changed_in_the_table_asks_and_a_new_one_starts_in_the_issuers_currency(qtbot, dialog,
                                                                                         sqlite_db):
    d = dialog
    # Acme invoices in EUR; the hoster's only customer so far is acme (EUR).
    assert d.add_currency.currentData() == "EUR"
    d.issuers_view.setCurrentIndex(d.issuers.index(1, 0))
    assert d.add_currency.currentData() == "EUR"
    d.add_amount.setText("10.00")
    d.add_button.click()  # added with its button: not asked
    qtbot.waitUntil(lambda: d.minimums.rowCount() == 1, timeout=5000)
    assert d.asked == []
    # EUR has a minimum now: the first currency without one is offered.
    assert d.add_currency.currentData() == "JPY"
    d.answer = False
    assert d.minimums.setData(d.minimums.index(0, 1), "")
    qtbot.waitUntil(lambda: len(d.asked) == 1, timeout=5000)
    assert d.asked[0] == ("Remove the minimum charge of Acme Cloud GmbH in EUR?",
                          "Minimum: €10.00, Defer to the next invoice → none\n\n"
                          "Applies to invoices billed from now on.", "Remove", False)
    assert table(d.minimums) == [["EUR", "€10.00", "Defer to the next invoice"]]
    d.answer = True
    assert d.minimums.setData(d.minimums.index(0, 1), "12.5")
    qtbot.waitUntil(lambda: table(d.minimums) == [["EUR", "€12.50", "Defer to the next invoice"]], timeout=5000)
    assert d.asked[1][:2] == ("Change the minimum charge of Acme Cloud GmbH in EUR?",
                              "Minimum: €10.00, Defer to the next invoice → €12.50, Defer to the next invoice\n\n"
                              "Applies to invoices billed from now on.")


def test_the_hosters_new_minimum_starts_in_the_currency_most_of_its_customers_use(qtbot, worker, sqlite_db):
    w = build(sqlite_db)  # acme, a reseller in EUR
    add_company(sqlite_db, w, "d1", currency="USD")
    add_company(sqlite_db, w, "d2", currency="USD")
    add_company(sqlite_db, w, "a1", reseller="acme", currency="JPY")  # acme's customer, not the hoster's
    d = BillingSettingsDialog(worker)
    qtbot.addWidget(d)
    d.load()
    qtbot.waitUntil(lambda: d.issuers.rowCount() == 2, timeout=5000)
    # The hoster bills d1 and d2 in USD and acme in EUR: USD, 2 to 1.
    assert (d.selected_issuer(), d.add_currency.currentData()) == ("hoster", "USD")
