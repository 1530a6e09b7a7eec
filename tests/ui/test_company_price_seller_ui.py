"""A company's page: an own price set while a move is pending says it ends at the move (the seller's of its day)."""
from __future__ import annotations

from datetime import date

from app.services.moves import move_company
from app.services.tenant_view import NodeKind, NodeRef
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build
from ui.tenants.company_prices import OWN
from ui.tenants.detail_panel import DetailPanel


def test_an_own_price_set_before_a_pending_move_says_it_ends_at_the_move(qtbot, worker, sqlite_db):
    w = build(sqlite_db)
    cid = add_company(sqlite_db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    with unit_of_work(sqlite_db) as s:
        move_company(s, "c1", "hoster", "2026-04-01")  # the hoster sells Exchange Basic at 6.50
    panel = DetailPanel(worker, today=date(2026, 3, 20))
    qtbot.addWidget(panel)
    panel.show()
    model = panel.prices_box.model
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        panel.show_node(NodeRef(NodeKind.COMPANY, cid))
    # On 20 March acme sells c1: its price 6.00 (not the hoster's 6.50, the seller after the move).
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "Exchange Basic", "Per user", "€6.00", "", "€6.00"]
    statuses = []
    panel.sig_status.connect(statuses.append)
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        assert model.setData(model.index(0, OWN), "5.50")
    assert statuses == [
        "Exchange Basic: own price set to €5.50 from 20/03/2026. The own price of c1 from 2026-03-20 belongs to "
        "its seller on that day (acme); it ends on 2026-04-01, when c1 moves to hoster: from then c1 pays hoster's "
        "prices, unless an own price is set from 2026-04-01 on."]
