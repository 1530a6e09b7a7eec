"""A company's page shows its prices and edits its own (the per-company override layer)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.models import Layer, Price
from app.services.tenant_view import NodeKind, NodeRef
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build
from ui.tenants.company_prices import OWN
from ui.tenants.detail_panel import DetailPanel

TODAY = date(2026, 3, 20)


def table(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def open_company(qtbot, worker, sqlite_db):
    w = build(sqlite_db)
    cid = add_company(sqlite_db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    panel = DetailPanel(worker, today=TODAY)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.prices_box.model.sig_loaded, timeout=5000):
        panel.show_node(NodeRef(NodeKind.COMPANY, cid))
    return panel


def test_company_page_lists_the_sellers_prices_and_marks_holes(qtbot, worker, sqlite_db):
    panel = open_company(qtbot, worker, sqlite_db)
    box = panel.prices_box
    assert box.title() == "Prices in EUR" and box.isVisible()
    # Its plan first (Exchange Basic), then the others by name; acme has no archiving price: a hole.
    assert table(box.model) == [
        ["Exchange Basic", "Per user", "€6.00", "", "€6.00"],
        ["Archiving", "Flat, per plan", "", "", ""],
        ["SharePoint site", "Per unit", "€12.00", "", "€12.00"],
    ]
    assert box.model.index(1, 4).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert box.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()  # the company has this plan
    assert box.model.hole_count() == 0  # the hole is on a plan the company does not have


def test_own_price_is_set_from_the_chosen_day_checked_and_removed(qtbot, worker, sqlite_db):
    panel = open_company(qtbot, worker, sqlite_db)
    box, model = panel.prices_box, panel.prices_box.model
    statuses = []
    panel.sig_status.connect(statuses.append)

    with qtbot.waitSignal(model.sig_error, timeout=2000) as refused:
        assert not model.setData(model.index(0, OWN), "5.555")
    assert "more decimals than EUR allows (2)" in refused.args[0].messages()[0]

    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        assert model.setData(model.index(0, OWN), "5.50")
    assert table(model)[0] == ["Exchange Basic", "Per user", "€6.00", "€5.50", "€5.50"]
    assert statuses == ["Exchange Basic: own price set to €5.50 from 20/03/2026."]
    with unit_of_work(sqlite_db) as s:
        rows = s.execute(select(Price.amount, Price.valid_from, Price.company_id)
                         .where(Price.layer == Layer.COMPANY_OVERRIDE.value)).all()
    assert [(a, d) for a, d, _ in rows] == [(Decimal("5.50"), date(2026, 3, 20))]

    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        box.on_edit.setDate(box.on_edit.date().addDays(-1))  # the day before: the seller's price
    assert table(model)[0] == ["Exchange Basic", "Per user", "€6.00", "", "€6.00"]

    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        box.on_edit.setDate(box.on_edit.date().addDays(1))
    asked = []
    model.confirm = lambda question: asked.append(question) or False  # "No": nothing happens
    assert not model.setData(model.index(0, OWN), "")
    assert asked == ["Remove the own price of €5.50 for Exchange Basic, in force since 20/03/2026? Invoices "
                     "already written keep it; periods billed from now on take the price that then applies."]
    model.confirm = lambda question: True
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        assert model.setData(model.index(0, OWN), "")
    assert table(model)[0] == ["Exchange Basic", "Per user", "€6.00", "", "€6.00"]
    assert statuses[-1] == "Exchange Basic: own price in force since 20/03/2026 removed."


def test_removing_the_newer_own_price_brings_back_the_older_one(qtbot, worker, sqlite_db):
    panel = open_company(qtbot, worker, sqlite_db)
    box, model = panel.prices_box, panel.prices_box.model
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        box.on_edit.setDate(box.on_edit.date().addDays(-19))  # Mar 1
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        assert model.setData(model.index(0, OWN), "4.00")
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        box.on_edit.setDate(box.on_edit.date().addDays(19))  # Mar 20
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        assert model.setData(model.index(0, OWN), "5.00")
    assert table(model)[0] == ["Exchange Basic", "Per user", "€6.00", "€5.00", "€5.00"]
    model.confirm = lambda question: True
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        assert model.setData(model.index(0, OWN), "")
    assert table(model)[0] == ["Exchange Basic", "Per user", "€6.00", "€4.00", "€4.00"]


def test_no_edit_while_the_prices_are_being_read(qtbot, worker, sqlite_db):
    panel = open_company(qtbot, worker, sqlite_db)
    box, model = panel.prices_box, panel.prices_box.model
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        box.on_edit.setDate(box.on_edit.date().addDays(-1))
        assert not model.setData(model.index(0, OWN), "5.00")  # the day just changed: rows are stale
