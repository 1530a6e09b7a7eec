"""The price matrix and a company's prices refuse, in words, a price that would change a billed period."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.billing.run import run_billing
from app.services import price_matrix
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build
from ui.prices import PriceMatrixWidget
from ui.prices import matrix_widget

REFUSED = ("the price from 2026-01-01 would change what is billed already (company d1 is billed up to "
           "2026-01-15): set it from 2026-01-16 or later")


@pytest.fixture
def shown_errors(monkeypatch):
    shown = []
    monkeypatch.setattr(matrix_widget, "show_error", lambda parent, error: shown.append(error.messages()))
    return shown


@pytest.fixture
def matrix(qtbot, worker, sqlite_db, shown_errors):
    """The hoster's matrix after d1 (one Exchange user at 6.50) was billed on 2026-01-15."""
    w = build(sqlite_db)
    add_company(sqlite_db, w, "d1", signup=date(2026, 1, 15), events=CONTOSO_EVENTS[:2])
    run_billing(sqlite_db, date(2026, 1, 15), issue=True)
    widget = PriceMatrixWidget(worker, today=date(2026, 1, 1))
    qtbot.addWidget(widget)
    widget.show()
    widget.load()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3, timeout=5000)
    return widget


def _shown(qtbot, w, on: date) -> None:
    w.choose("hoster", "EUR", on=on)
    qtbot.waitUntil(lambda: w.model.seller() == "hoster" and not w.model.loading and w.model.rowCount() == 3,
                    timeout=5000)


def _retail(sqlite_db, on: date) -> Decimal:
    with unit_of_work(sqlite_db) as s:
        return {r.plan_code: r.retail for r in price_matrix.matrix(s, "EUR", "hoster", on=on)}["exchange-basic"]


def test_an_edit_on_a_billed_day_is_refused_in_words_and_the_day_after_is_taken(qtbot, matrix, shown_errors,
                                                                               sqlite_db):
    w = matrix
    _shown(qtbot, w, date(2026, 1, 1))
    retail = w.model.index(1, 2)  # Exchange Basic, the hoster's retail
    assert retail.data() == "€6.50"
    w.model.setData(retail, "8.00")
    qtbot.waitUntil(lambda: shown_errors != [], timeout=5000)
    assert shown_errors == [[REFUSED]]
    assert _retail(sqlite_db, date(2026, 1, 1)) == Decimal("6.50")

    shown_errors.clear()
    _shown(qtbot, w, date(2026, 1, 16))
    assert w.model.setData(w.model.index(1, 2), "8.00")
    qtbot.waitUntil(lambda: w.model.index(1, 2).data() == "€8.00", timeout=5000)
    assert shown_errors == []
    assert (_retail(sqlite_db, date(2026, 1, 15)), _retail(sqlite_db, date(2026, 1, 16))) == (
        Decimal("6.50"), Decimal("8.00"))
