"""The main window: the tree on open, search jumping to nodes, the detail panel's contents."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.tenant_view import HOSTER_REF, NodeKind, NodeRef
from tests.ui.conftest import TODAY
from tests.ui.test_tree_model import add_big_reseller
from ui.app_shell import MainWindow
from ui.tenants.tree_model import REF_ROLE


def table(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def form(panel):
    """The settings form as (label, value) pairs."""
    out = []
    for lay in panel.forms:
        for r in range(lay.rowCount()):
            label = lay.itemAt(r, lay.ItemRole.LabelRole).widget().text()
            field = lay.itemAt(r, lay.ItemRole.FieldRole).widget().text()
            out.append((label, field))
    return out


@pytest.fixture
def window(qtbot, worker, world, sqlite_db):
    w = MainWindow(worker, "sqlite:///test.db", today=TODAY)
    qtbot.addWidget(w)
    w.show()
    w.start()
    tree = w.browser.tree
    qtbot.waitUntil(lambda: w.browser.detail.current() == HOSTER_REF and w.browser.detail.title.text()
                    == "Northwind Hosting", timeout=5000)
    qtbot.waitUntil(lambda: tree.isExpanded(tree.model().index(0, 0)), timeout=5000)
    return w


def search(qtbot, w, text):
    box = w.browser.search
    box.setFocus()
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(lambda: box.model.rowCount() > 0 and box._searched == text, timeout=5000)
    return box


def current_text(w):
    return w.browser.tree.currentIndex().data()


def test_window_opens_on_the_hoster(window):
    w = window
    tree = w.browser.tree
    model = tree.model()
    hoster = model.index(0, 0)
    assert w.windowTitle() == "Prorata"
    assert "sqlite:///test.db" in w.db_label.text()
    assert [model.index(r, 0, hoster).data() for r in range(model.rowCount(hoster))] == [
        "Acme Cloud (3)", "Blue Reseller (0)", "Direct customers (1)"]
    assert current_text(w) == "Northwind Hosting"
    assert ("Companies:", "4 (1 billed directly)") in form(w.browser.detail)
    assert ("Currencies:", "EUR, USD") in form(w.browser.detail)


def test_search_by_code_selects_the_company_and_shows_its_plans_and_history(qtbot, qtmodeltester, window):
    w = window
    box = search(qtbot, w, "c1")
    assert box.model.index(0).data() == "Contoso GmbH · c1 · company of Acme Cloud"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: current_text(w) == "Contoso GmbH", timeout=5000)
    detail = w.browser.detail
    qtbot.waitUntil(lambda: detail.title.text() == "Contoso GmbH", timeout=5000)
    assert w.browser.tree.currentIndex().parent().data() == "Acme Cloud (3)"
    settings = dict(form(detail))
    assert settings["Customer code:"] == "c1"
    assert settings["Reseller:"] == "Acme Cloud"
    assert settings["Currency:"] == "USD"
    assert settings["Billing term today:"] == "Monthly"
    assert settings["Billing day today:"] == "Anniversary of signup (day 15)"
    assert settings["Signed up:"] == "15/01/2026"
    assert settings["Invoices go:"] == "By email"
    assert settings["Address:"] == "Hauptstr. 1\n10115 Berlin\nDE"
    assert settings["Users:"] == "2"
    assert table(detail.subscriptions) == [
        ["Exchange Basic", "Per user", "1", "15/01/2026"],
        ["SharePoint Sites", "Per unit", "5", "01/02/2026"],
    ]
    assert table(detail.history) == [
        ["01/05/2026", "Currency changed", "USD", "", "", ""],
        ["10/04/2026", "Extra charge", "Setup fee", "", "", "€25.00"],
        ["01/04/2026", "User unassigned", "Exchange Basic", "", "bob@contoso.example", ""],
        ["01/03/2026", "Quantity changed", "SharePoint Sites", "5", "", ""],
        ["01/02/2026", "Subscribed", "SharePoint Sites", "3", "", ""],
        ["15/01/2026", "User assigned", "Exchange Basic", "", "bob@contoso.example", ""],
        ["15/01/2026", "User assigned", "Exchange Basic", "", "ann@contoso.example", ""],
        ["15/01/2026", "Subscribed", "Exchange Basic", "", "", ""],
    ]
    assert detail.history_box.title() == "Change history (8 event(s), newest first)"
    assert detail.subs_box.isVisible() and detail.history_box.isVisible() and not detail.plans_box.isVisible()
    qtmodeltester.check(detail.subscriptions)
    qtmodeltester.check(detail.history)


def test_search_by_part_of_the_name_picked_from_the_popup(qtbot, window):
    w = window
    box = search(qtbot, w, "zet")
    popup = box.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    assert box.model.rowCount() == 1
    popup.setCurrentIndex(box.completer.completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: current_text(w) == "Zeta AG", timeout=5000)
    assert not popup.isVisible()


def test_search_a_user_by_email(qtbot, qtmodeltester, window, world):
    w = window
    box = search(qtbot, w, "ANN@")
    assert box.model.index(0).data() == "ann@contoso.example · Ann Lee · user at Contoso GmbH"
    box.choose(0)
    qtbot.waitUntil(lambda: current_text(w) == "Ann Lee", timeout=5000)
    index = w.browser.tree.currentIndex()
    assert index.data(REF_ROLE) == NodeRef(NodeKind.USER, world.ann)
    assert index.parent().data() == "Contoso GmbH"
    detail = w.browser.detail
    qtbot.waitUntil(lambda: detail.title.text() == "Ann Lee", timeout=5000)
    assert dict(form(detail))["Company:"] == "Contoso GmbH (c1)"
    assert table(detail.plans) == [["Exchange Basic", "15/01/2026"]]
    assert detail.plans_box.isVisible() and not detail.history_box.isVisible()
    qtmodeltester.check(detail.plans)


def test_search_pages_a_big_reseller_up_to_the_hit(qtbot, worker, world, sqlite_db):
    add_big_reseller(sqlite_db, 1000)
    w = MainWindow(worker, "sqlite:///test.db", today=TODAY)
    qtbot.addWidget(w)
    w.show()
    w.start()
    box = search(qtbot, w, "big-777")
    box.choose(0)
    qtbot.waitUntil(lambda: current_text(w) == "Big 777", timeout=5000)
    index = w.browser.tree.currentIndex()
    assert index.row() == 777 and index.parent().data() == "Big Reseller (1,000)"
    assert w.browser.tree.visualRect(index).intersects(w.browser.tree.viewport().rect())


def test_reseller_and_direct_group_details(qtbot, window, world):
    w = window
    tree = w.browser.tree
    hoster = tree.model().index(0, 0)
    tree.setCurrentIndex(tree.model().index(0, 0, hoster))
    detail = w.browser.detail
    qtbot.waitUntil(lambda: detail.title.text() == "Acme Cloud", timeout=5000)
    settings = dict(form(detail))
    assert settings["Billing:"] == "Reseller invoices its companies"
    assert settings["Billing day:"] == "Day 1 of each month"
    assert settings["Companies:"] == "3"
    assert not detail.subs_box.isVisible() and not detail.history_box.isVisible()
    tree.setCurrentIndex(tree.model().index(2, 0, hoster))
    qtbot.waitUntil(lambda: detail.title.text() == "Direct customers", timeout=5000)
    assert dict(form(detail))["Companies:"] == "1"
