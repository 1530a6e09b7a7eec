"""The price matrix screen on the hand-built billing world: values, holes, edits."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from app.services import price_matrix
from app.storage.engine import unit_of_work
from tests.billing_world import build
from ui.prices import PriceMatrixWidget
from ui.prices import matrix_widget

ON = date(2026, 3, 1)


def grid(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


@pytest.fixture
def shown_errors(monkeypatch):
    """The sentences the screen would show in a message box."""
    shown = []
    monkeypatch.setattr(matrix_widget, "show_error", lambda parent, error: shown.append(error.messages()))
    return shown


@pytest.fixture
def matrix(qtbot, worker, sqlite_db, shown_errors):
    build(sqlite_db)
    w = PriceMatrixWidget(worker, today=ON)
    qtbot.addWidget(w)
    w.show()
    w.load()
    qtbot.waitUntil(lambda: w.model.rowCount() == 3, timeout=5000)
    return w


def wait_loaded(qtbot, w, seller, currency):
    qtbot.waitUntil(lambda: w.model.seller() == seller and w.model.currency() == currency
                    and not w.model.loading and w.model.rowCount() > 0, timeout=5000)


def test_acme_in_euros_shows_the_layers_margin_and_holes(qtbot, qtmodeltester, matrix):
    w = matrix
    w.choose("acme", "EUR")
    wait_loaded(qtbot, w, "acme", "EUR")
    m = w.model
    assert [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())] == [
        "Plan", "Billed", "Wholesale (EUR)", "Reseller's cost (EUR)", "Retail (EUR)", "Margin (EUR)"]
    assert grid(m) == [
        ["Archiving", "Flat, per plan", "", "", "", ""],
        ["Exchange Basic", "Per user", "€4.00", "€3.50", "€6.00", "€2.50"],
        ["SharePoint site", "Per unit", "€8.00", "€8.00", "€12.00", "€4.00"],
    ]
    # Archiving lacks acme's wholesale and retail: both cells tinted, with a tooltip saying why.
    assert m.data(m.index(0, 2), Qt.ItemDataRole.BackgroundRole) is not None
    assert m.data(m.index(0, 4), Qt.ItemDataRole.BackgroundRole) is not None
    assert m.data(m.index(1, 4), Qt.ItemDataRole.BackgroundRole) is None
    assert "No retail price in EUR" in m.data(m.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert w.holes_label.text() == "1 plan(s) without a price in EUR (tinted)"
    # acme's own cost is bold; the edit text is the plain amount.
    assert m.data(m.index(1, 3), Qt.ItemDataRole.FontRole).bold()
    assert m.data(m.index(1, 3), Qt.ItemDataRole.EditRole) == "3.50"
    qtmodeltester.check(m)


def test_the_hoster_as_seller_shows_retail_only(qtbot, qtmodeltester, matrix):
    w = matrix
    w.choose("hoster", "EUR")
    wait_loaded(qtbot, w, "hoster", "EUR")
    assert grid(w.model) == [
        ["Archiving", "Flat, per plan", "€20.00"],
        ["Exchange Basic", "Per user", "€6.50"],
        ["SharePoint site", "Per unit", ""],
    ]
    assert w.model.hole_count() == 1
    qtmodeltester.check(w.model)


def test_an_edit_with_too_many_decimals_is_refused_and_a_good_one_saved(qtbot, matrix, shown_errors, sqlite_db):
    w = matrix
    w.choose("acme", "EUR", on=date(2026, 4, 1))
    wait_loaded(qtbot, w, "acme", "EUR")
    retail = w.model.index(1, 4)
    # Typed into the cell's editor like a clerk does.
    w.view.setCurrentIndex(retail)
    w.view.edit(retail)
    editor = w.view.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "6.405")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits the editor's text on its next turn
    qtbot.waitUntil(lambda: shown_errors != [], timeout=5000)
    assert shown_errors == [["6.405 has more decimals than EUR allows (2)"]]
    assert w.model.index(1, 4).data() == "€6.00"

    # In English "6,40" cannot be a grouping of thousands: refused, not read as 6.40 or 640.
    assert not w.model.setData(w.model.index(1, 4), "6,40")
    assert shown_errors[-1] == ["'6,40' is ambiguous: write it such as 1,234.56 ('.' is the decimal mark, "
                                "thousands may be grouped by threes)"]
    shown_errors.clear()
    assert w.model.setData(w.model.index(1, 4), "6.40")
    qtbot.waitUntil(lambda: w.model.index(1, 4).data() == "€6.40", timeout=5000)
    assert w.model.index(1, 5).data() == "€2.90"
    with unit_of_work(sqlite_db) as s:
        before = {r.plan_code: r.retail for r in price_matrix.matrix(s, "EUR", "acme", on=date(2026, 3, 31))}
        after = {r.plan_code: r.retail for r in price_matrix.matrix(s, "EUR", "acme", on=date(2026, 4, 1))}
    assert before["exchange-basic"] == Decimal("6.00") and after["exchange-basic"] == Decimal("6.40")
    assert shown_errors == []


def test_filling_a_hole_for_the_reseller(qtbot, matrix, sqlite_db):
    w = matrix
    w.choose("acme", "EUR")
    wait_loaded(qtbot, w, "acme", "EUR")
    assert w.model.setData(w.model.index(0, 4), "25")
    qtbot.waitUntil(lambda: w.model.index(0, 4).data() == "€25.00", timeout=5000)
    assert w.model.index(0, 4).data(Qt.ItemDataRole.BackgroundRole) is None
    assert w.model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is not None  # wholesale still missing


def typed_into_cell(qtbot, w, index, text):
    w.view.setCurrentIndex(index)
    w.view.edit(index)
    editor = w.view.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_a_typed_minus_is_refused_in_words_not_dropped(qtbot, matrix, shown_errors, sqlite_db):
    w = matrix
    w.choose("acme", "EUR", on=date(2026, 4, 1))
    wait_loaded(qtbot, w, "acme", "EUR")
    typed_into_cell(qtbot, w, w.model.index(1, 4), "-5")
    qtbot.waitUntil(lambda: shown_errors != [], timeout=5000)
    assert shown_errors == [["-5 must not be negative"]]
    assert w.model.index(1, 4).data() == "€6.00"


def test_letters_and_exponents_are_refused(qtbot, matrix, shown_errors):
    w = matrix
    w.choose("acme", "EUR", on=date(2026, 4, 1))
    wait_loaded(qtbot, w, "acme", "EUR")
    assert not w.model.setData(w.model.index(1, 4), "abc,1.2x3")
    assert not w.model.setData(w.model.index(1, 4), "1E+2")
    assert not w.model.setData(w.model.index(1, 4), "1,000,000,000,000")
    assert shown_errors == [
        ["'abc,1.2x3' is not a number: write it such as 1,234.56"],
        ["'1E+2' is not a number: write it such as 1,234.56"],
        ["1,000,000,000,000 is too large: an amount has at most 12 digits before the decimal mark "
         "(up to 999,999,999,999.99)"],
    ]


def test_a_german_clerk_types_amounts_the_german_way(qtbot, matrix, shown_errors, sqlite_db):
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("de_DE"))  # the autouse fixture puts en_GB back
    w = matrix
    w.choose("acme", "EUR", on=date(2026, 4, 1))
    wait_loaded(qtbot, w, "acme", "EUR")
    assert w.model.index(1, 4).data(Qt.ItemDataRole.EditRole) == "6,00"  # typed over as German writes it
    typed_into_cell(qtbot, w, w.model.index(1, 4), "1.200,50")
    qtbot.waitUntil(lambda: w.model.index(1, 4).data(Qt.ItemDataRole.EditRole) == "1200,50", timeout=5000)
    assert not w.model.setData(w.model.index(1, 4), "1200.50")  # "." groups thousands in German
    assert shown_errors == [["'1200.50' is ambiguous: write it such as 1.234,56 (',' is the decimal mark, "
                             "thousands may be grouped by threes)"]]
    with unit_of_work(sqlite_db) as s:
        after = {r.plan_code: r.retail for r in price_matrix.matrix(s, "EUR", "acme", on=date(2026, 4, 1))}
    assert after["exchange-basic"] == Decimal("1200.50")
