"""Price edits that could hurt: clearing a price removes it (audited) after a question; a retail price below
the reseller's cost is saved only when the clerk says yes."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import price_matrix
from app.services.audit_log import AuditFilter, entries
from app.storage.engine import unit_of_work
from tests.billing_world import build
from ui.prices import PriceMatrixWidget

ON = date(2026, 3, 1)
SHOTS = "/tmp/h/shots"
EXCHANGE, SHAREPOINT = 1, 2  # rows, by plan name: Archiving, Exchange Basic, SharePoint site
WHOLESALE, COST, RETAIL, MARGIN = 2, 3, 4, 5


@pytest.fixture
def matrix(qtbot, worker, sqlite_db):
    build(sqlite_db)
    w = PriceMatrixWidget(worker, today=ON)
    qtbot.addWidget(w)
    w.resize(1000, 400)
    w.show()
    w.load()
    qtbot.waitUntil(lambda: w.model.rowCount() == 3, timeout=5000)
    w.choose("acme", "EUR")
    qtbot.waitUntil(lambda: w.model.seller() == "acme" and not w.model.loading, timeout=5000)
    w.questions = []
    w.answer = False
    w.model.ask = lambda title, question: w.questions.append((title, question)) or w.answer
    return w


def cells(w, row):
    return [w.model.index(row, c).data() for c in (WHOLESALE, COST, RETAIL, MARGIN)]


def price_entries(engine):
    with unit_of_work(engine) as s:
        return [(e["action"], e["entity_id"], e["before"], e["after"]) for e in entries(s, AuditFilter("price"))]


def test_clearing_the_wholesale_price_asks_then_removes_it(qtbot, matrix, sqlite_db):
    w = matrix
    assert cells(w, SHAREPOINT) == ["€8.00", "€8.00", "€12.00", "€4.00"]
    assert not w.model.setData(w.model.index(SHAREPOINT, WHOLESALE), "")  # the clerk says no
    (title, question), = w.questions
    assert title == "Remove a price"
    assert "SharePoint site · Wholesale: €8.00, in force with no start date." in question
    assert price_entries(sqlite_db) == [] and cells(w, SHAREPOINT)[0] == "€8.00"

    w.answer = True
    assert w.model.setData(w.model.index(SHAREPOINT, WHOLESALE), "")
    qtbot.waitUntil(lambda: cells(w, SHAREPOINT)[0] == "", timeout=5000)
    assert cells(w, SHAREPOINT) == ["", "", "€12.00", ""]  # a hole now: no cost, no margin
    assert price_entries(sqlite_db) == [
        ("delete", "wholesale:sharepoint-sites:EUR:hoster:-", {"amount": "8.00"}, None)]


def test_clearing_a_dated_price_brings_back_the_one_before(qtbot, matrix, sqlite_db):
    w = matrix
    with unit_of_work(sqlite_db) as s:
        price_matrix.set_price(s, layer="wholesale", plan="sharepoint-sites", currency="EUR", amount="9.00",
                               valid_from=date(2026, 4, 1))
    w.choose("acme", "EUR", on=date(2026, 5, 1))
    qtbot.waitUntil(lambda: cells(w, SHAREPOINT)[0] == "€9.00", timeout=5000)
    w.answer = True
    assert w.model.setData(w.model.index(SHAREPOINT, WHOLESALE), "")
    assert "in force since 01/04/2026" in w.questions[0][1]
    qtbot.waitUntil(lambda: cells(w, SHAREPOINT)[0] == "€8.00", timeout=5000)
    assert price_entries(sqlite_db)[0] == (
        "delete", "wholesale:sharepoint-sites:EUR:hoster:2026-04-01", {"amount": "9.00"}, None)


def test_clearing_the_resellers_own_cost_falls_back_to_wholesale(qtbot, matrix, sqlite_db):
    w = matrix
    assert cells(w, EXCHANGE) == ["€4.00", "€3.50", "€6.00", "€2.50"]
    w.answer = True
    assert w.model.setData(w.model.index(EXCHANGE, COST), "")
    assert "Acme Cloud GmbH pays wholesale (€4.00) again." in w.questions[0][1]
    qtbot.waitUntil(lambda: cells(w, EXCHANGE)[1] == "€4.00", timeout=5000)
    assert cells(w, EXCHANGE) == ["€4.00", "€4.00", "€6.00", "€2.00"]
    # Nothing of its own left to clear: no question, nothing sent.
    assert not w.model.setData(w.model.index(EXCHANGE, COST), "")
    assert len(w.questions) == 1


def test_retail_below_cost_is_saved_only_on_yes(qtbot, matrix, sqlite_db):
    w = matrix
    assert not w.model.setData(w.model.index(EXCHANGE, RETAIL), "3.00")
    (title, question), = w.questions
    assert title == "Retail below cost"
    assert question.startswith("Acme Cloud GmbH would sell Exchange Basic below cost: retail €3.00, the "
                               "reseller's cost €3.50, a loss of €0.50 a unit.")
    assert price_entries(sqlite_db) == []

    w.answer = True
    assert w.model.setData(w.model.index(EXCHANGE, RETAIL), "3.00")
    qtbot.waitUntil(lambda: cells(w, EXCHANGE)[2] == "€3.00", timeout=5000)
    assert cells(w, EXCHANGE)[3] == "-€0.50"
    # A cost raised above retail is the same loss, asked the same way.
    assert w.model.setData(w.model.index(SHAREPOINT, COST), "12.50")  # the clerk still says yes
    assert "retail €12.00, the reseller's cost €12.50, a loss of €0.50" in w.questions[-1][1]


def test_the_question_box_in_the_window(qtbot, matrix):
    """The real message box: No is the default; a screenshot for people to look at."""
    w = matrix
    w.model.ask = w.ask
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, answer)
            return
        box.grab().save(f"{SHOTS}/prices_retail_below_cost.png")
        seen.append((box.defaultButton() is box.button(QMessageBox.StandardButton.No), box.text()))
        box.button(QMessageBox.StandardButton.No).click()
    QTimer.singleShot(50, answer)
    assert not w.model.setData(w.model.index(EXCHANGE, RETAIL), "2.00")
    assert seen and seen[0][0] and "a loss of €1.50 a unit" in seen[0][1]
    assert cells(w, EXCHANGE)[2] == "€6.00"
