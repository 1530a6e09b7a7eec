"""The window under a staff login on PostgreSQL: a reseller's staff see their subtree and no hoster-only command,
a reviewer gets nothing to change, the title says who is logged in."""
from __future__ import annotations

import pytest

from app.services import staff
from tests.staff_world import StaffWorld, add_logins, build_data, drop_logins
from tests.ui.conftest import TODAY
from ui.app_shell import MainWindow
from ui.worker import Worker

pytestmark = pytest.mark.pg


@pytest.fixture
def world(pg_db):
    resellers, companies = build_data(pg_db)
    w = StaffWorld(pg_db, resellers, companies)
    add_logins(w, ("hoster_clerk", "reviewer", "acme_clerk"))
    yield w
    drop_logins(w)


def open_window(qtbot, world, key):
    engine = world.engines[key]
    worker = Worker(engine)
    login = staff.current(engine)
    w = MainWindow(worker, "postgresql://db", today=TODAY, login=login)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.tree.currentIndex().isValid() and not w.browser.model.is_loading(),
                    timeout=5000)
    return w


def visible_rows(tree, parent=None):
    """The names shown at the tree's top level (under its root index), each with its shown children."""
    model = tree.model()
    parent = tree.rootIndex() if parent is None else parent
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_a_reseller_clerk_sees_its_reseller_as_the_root_and_no_hoster_command(qtbot, world):
    w = open_window(qtbot, world, "acme_clerk")
    login = world.logins["acme_clerk"]
    assert w.windowTitle() == f"Prorata — {login} (reseller clerk of acme)"
    assert f"logged in as {login} (reseller clerk of acme)" in w.db_label.text()
    tree = w.browser.tree
    # Acme sells to c1 only; the hoster, Bolt and the direct customer d1 are not in its window.
    assert visible_rows(tree) == ["Acme Cloud GmbH (1)"]
    acme = tree.model().index(0, 0, tree.rootIndex())
    qtbot.waitUntil(lambda: tree.model().rowCount(acme) == 1, timeout=5000)
    assert visible_rows(tree, acme) == ["C1"]
    assert tree.currentIndex() == acme
    actions = w.browser.actions
    assert not actions.new_reseller.isVisible() and not actions.new_reseller.isEnabled()
    assert actions.new_company.isVisible() and actions.new_company.isEnabled()  # under its own reseller
    assert actions.edit.isEnabled()
    assert not w.settings_action.isVisible()
    assert not w.catalogue.new_plan.isVisible()
    assert w.run_billing_action.isVisible()
    assert w.prices.model.locked_layers == {"wholesale", "cost"}
    qtbot.waitUntil(lambda: w.browser.detail.title.text() == "Acme Cloud GmbH", timeout=5000)
    w.grab().save("/tmp/h/shots/login_reseller_clerk.png")


def test_a_reviewer_gets_a_read_only_window(qtbot, world):
    w = open_window(qtbot, world, "reviewer")
    assert w.windowTitle() == f"Prorata — {world.logins['reviewer']} (reviewer, read only)"
    tree = w.browser.tree
    assert not tree.rootIndex().isValid()  # the hoster's staff: the whole tree, hoster on top
    assert visible_rows(tree) == ["Northwind Hosting"]
    actions = w.browser.actions
    for action in actions.all + [actions.move]:
        assert not action.isEnabled() and not action.isVisible()
    actions.update()  # selecting another node does not offer them again
    assert not any(a.isEnabled() for a in actions.all)
    assert not w.browser.detail.edit_button.isVisible()
    for action in (w.run_billing_action, w.settings_action, w.catalogue.new_plan):
        assert not action.isEnabled()
    assert not w.invoices.new_button.isEnabled()
    assert w.prices.model.locked_layers == {"wholesale", "cost", "retail"}


def test_a_hoster_clerk_is_offered_everything(qtbot, world):
    w = open_window(qtbot, world, "hoster_clerk")
    assert w.windowTitle() == f"Prorata — {world.logins['hoster_clerk']} (hoster clerk)"
    tree = w.browser.tree
    assert visible_rows(tree) == ["Northwind Hosting"]
    hoster = tree.model().index(0, 0)
    assert visible_rows(tree, hoster) == ["Acme Cloud GmbH (1)", "Bolt Hosting (1)", "Direct customers (1)"]
    assert w.browser.actions.new_reseller.isEnabled() and w.settings_action.isVisible()
