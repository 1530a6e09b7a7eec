"""The lazy tenant tree model: pages through the worker, counts, revealing a deep node."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import insert

from app.models import Company, Reseller
from app.services.tenant_view import DIRECT_REF, HOSTER_REF, NodeKind, NodeRef
from app.storage.engine import unit_of_work
from ui.tenants.tree_model import REF_ROLE, TenantTreeModel


def add_big_reseller(engine, n=450) -> int:
    """A reseller "Big Reseller" with companies "Big 000" .. "Big <n-1>" (codes big-000 ...)."""
    with unit_of_work(engine) as s:
        r = Reseller(code="big", name="Big Reseller", currency="EUR", language="en_GB")
        s.add(r)
        s.flush()
        s.execute(insert(Company), [
            dict(code=f"big-{i:03d}", name=f"Big {i:03d}", reseller_id=r.id, currency="EUR",
                 language="en_GB", signup=date(2026, 1, 1)) for i in range(n)])
        return r.id


@pytest.fixture
def model(qtbot, worker, world):
    m = TenantTreeModel(worker)
    with qtbot.waitSignal(m.sig_root_loaded, timeout=5000) as blocker:
        m.reload()
    assert blocker.args == [True]
    return m


def texts(model, parent, column=0):
    return [model.index(r, column, parent).data() for r in range(model.rowCount(parent))]


def fetch(qtbot, model, parent, rows):
    model.fetchMore(parent)
    qtbot.waitUntil(lambda: model.rowCount(parent) == rows, timeout=5000)


def test_top_levels_after_load(model, world):
    hoster = model.index(0, 0)
    assert model.rowCount() == 1
    assert hoster.data() == "Northwind Hosting"
    assert hoster.data(REF_ROLE) == HOSTER_REF
    assert texts(model, hoster) == ["Acme Cloud (3)", "Blue Reseller (0)", "Direct customers (1)"]
    assert texts(model, hoster, 1) == ["acme", "blue", ""]
    assert model.index(2, 0, hoster).data(REF_ROLE) == DIRECT_REF
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    # Counts are known: an empty reseller has no arrow and nothing to fetch.
    blue = model.index(1, 0, hoster)
    assert not model.hasChildren(blue) and not model.canFetchMore(blue)


def test_companies_and_users_arrive_on_fetch(qtbot, model, world):
    acme = model.index(0, 0, model.index(0, 0))
    assert model.hasChildren(acme) and model.canFetchMore(acme) and model.rowCount(acme) == 0
    fetch(qtbot, model, acme, 3)
    assert texts(model, acme) == ["Alpha Ltd", "Contoso GmbH", "Zeta AG"]
    assert texts(model, acme, 1) == ["a1", "c1", "z1"]
    assert not model.canFetchMore(acme)
    contoso, zeta = model.index(1, 0, acme), model.index(2, 0, acme)
    # A company claims children until asked: no query per row.
    assert model.hasChildren(contoso) and model.hasChildren(zeta)
    fetch(qtbot, model, contoso, 2)
    assert texts(model, contoso) == ["Ann Lee", "Bob Ray"]
    assert texts(model, contoso, 1) == ["ann@contoso.example", "bob@contoso.example"]
    assert model.index(0, 0, contoso).data(REF_ROLE) == NodeRef(NodeKind.USER, world.ann)
    model.fetchMore(zeta)
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=5000)
    assert model.rowCount(zeta) == 0 and not model.hasChildren(zeta) and not model.canFetchMore(zeta)


def test_model_passes_the_model_tester(qtbot, qtmodeltester, model, world):
    hoster = model.index(0, 0)
    acme = model.index(0, 0, hoster)
    fetch(qtbot, model, acme, 3)
    fetch(qtbot, model, model.index(1, 0, acme), 2)
    fetch(qtbot, model, model.index(2, 0, hoster), 1)
    qtmodeltester.check(model)


def test_a_big_reseller_pages_in_200_rows_at_a_time(qtbot, worker, world, sqlite_db):
    add_big_reseller(sqlite_db)
    model = TenantTreeModel(worker)
    with qtbot.waitSignal(model.sig_root_loaded, timeout=5000):
        model.reload()
    hoster = model.index(0, 0)
    assert texts(model, hoster)[1] == "Big Reseller (450)"
    big = model.index(1, 0, hoster)
    fetch(qtbot, model, big, 200)
    assert model.canFetchMore(big)
    assert model.index(199, 0, big).data() == "Big 199"
    fetch(qtbot, model, big, 400)
    assert model.canFetchMore(big)
    fetch(qtbot, model, big, 450)
    assert not model.canFetchMore(big)
    assert model.index(449, 1, big).data() == "big-449"
    assert not model.index(450, 0, big).isValid()


def test_reveal_pages_siblings_up_to_a_deep_node(qtbot, worker, world, sqlite_db):
    rid = add_big_reseller(sqlite_db, 1000)
    model = TenantTreeModel(worker)
    model.reload()  # reveal waits for the root by itself
    with unit_of_work(sqlite_db) as s:
        target = s.query(Company.id).filter_by(code="big-420").scalar()
    found: list[QModelIndex] = []
    steps = [(HOSTER_REF, 0), (NodeRef(NodeKind.RESELLER, rid), 1), (NodeRef(NodeKind.COMPANY, target), 420)]
    model.reveal(steps, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    index = found[0]
    assert index.isValid() and index.data() == "Big 420" and index.row() == 420
    big = model.index(1, 0, model.index(0, 0))
    # One read up to the row and a page after it: 621 rows, and more can still come.
    assert model.rowCount(big) == 621 and model.canFetchMore(big)


def test_reveal_of_a_vanished_node_gives_an_invalid_index(qtbot, model, world):
    found = []
    model.reveal([(HOSTER_REF, 0), (NodeRef(NodeKind.RESELLER, 999), 0)], found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    assert not found[0].isValid()
