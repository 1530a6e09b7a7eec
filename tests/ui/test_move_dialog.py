"""Moving a company to another seller, and a user to another company, from the tenant tree's context menu:
the form says what the move does, a refusal shows under its field, a move lands the node under its new
parent (tests.tenant_world: Contoso, c1, under Acme, in USD from 1 May 2026; Blue Reseller has nothing)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.models import Company, CompanyEvent, Plan, Price, User
from app.services.tenant_view import NodeKind, NodeRef
from app.storage.engine import unit_of_work
from tests.ui.test_tenant_forms import choose, current, failed, message, opened, saved, window  # noqa: F401
from ui.tenants.move_dialog import MoveDialog

SHOTS = "/tmp/h/shots/move_{}.png"


def _prices(engine, reseller_id: int) -> None:
    with unit_of_work(engine) as s:
        plans = dict(s.execute(select(Plan.code, Plan.id)).all())
        for code, retail, cost in (("exchange-basic", "7.00", "4.00"), ("sharepoint-sites", "15.00", "9.00")):
            for currency in ("EUR", "USD"):
                s.add(Price(layer="retail", reseller_id=reseller_id, plan_id=plans[code], currency=currency,
                            amount=Decimal(retail)))
                s.add(Price(layer="wholesale", plan_id=plans[code], currency=currency, amount=Decimal(cost)))


def test_move_a_company_to_another_reseller_from_its_context_menu(qtbot, window, world, sqlite_db):  # noqa: F811
    import os

    os.makedirs("/tmp/h/shots", exist_ok=True)
    a = window.browser.actions
    choose(qtbot, window, NodeRef(NodeKind.COMPANY, world.contoso), "Contoso GmbH")
    tree = window.browser.tree
    contoso = window.browser.model.index_for(NodeRef(NodeKind.COMPANY, world.contoso))
    tree.customContextMenuRequested.emit(tree.visualRect(contoso).center())
    assert [x.text() for x in a.menu.actions() if not x.isSeparator()][:2] == ["&Edit…", "&Move to another seller…"]
    a.menu.close()

    dialog = opened(qtbot, a.open_move())
    assert isinstance(dialog, MoveDialog)
    assert dialog.windowTitle() == "Move company c1"
    assert dialog.seller.text() == "Acme Cloud · acme"
    assert [dialog.target.itemData(i) for i in range(dialog.target.count())] == ["hoster", "blue"]
    dialog.target.setCurrentIndex(dialog.target.findData("blue"))
    assert dialog.day.day() == date(2026, 6, 1)
    assert "From this date the new seller invoices the company" in dialog.explain.text()

    # Blue sells nothing yet: refused in words under the seller, nothing written.
    failed(qtbot, dialog)
    assert message(dialog, "to") == "Blue Reseller sells nothing in USD, the currency of c1 from 2026-06-01: it has " \
                                    "no retail price in USD".replace("Blue Reseller", "blue")
    dialog.grab().save(SHOTS.format("refused"))
    with unit_of_work(sqlite_db) as s:
        assert s.get(Company, world.contoso).reseller_id == world.acme

    _prices(sqlite_db, world.blue)
    dialog.grab().save(SHOTS.format("company"))
    saved(qtbot, dialog)
    with unit_of_work(sqlite_db) as s:
        assert s.get(Company, world.contoso).reseller_id == world.blue
        assert set(s.scalars(select(User.reseller_id).where(User.company_id == world.contoso))) == {world.blue}
        move = s.scalars(select(CompanyEvent).where(CompanyEvent.type == "move")).one()
        assert (move.date, move.reseller_id, move.code) == (date(2026, 6, 1), world.acme, f"reseller:{world.blue}")
    # The company is shown under Blue Reseller now, selected.
    qtbot.waitUntil(lambda: current(window)[1:] == ("Contoso GmbH", "Blue Reseller (1)"), timeout=5000)
    window.grab().save(SHOTS.format("window"))


def test_move_a_user_to_another_company_of_its_reseller(qtbot, window, world, sqlite_db):  # noqa: F811
    a = window.browser.actions
    choose(qtbot, window, NodeRef(NodeKind.USER, world.ann), "Ann Lee")
    a.update()
    assert (a.move.isEnabled(), a.move.text()) == (True, "&Move to another company…")
    dialog = opened(qtbot, a.open_move())
    assert dialog.windowTitle() == "Move user ann@contoso.example"
    # The other companies of Acme, by code.
    assert [dialog.target.itemData(i) for i in range(dialog.target.count())] == ["a1", "z1"]
    dialog.target.setCurrentIndex(dialog.target.findData("a1"))
    failed(qtbot, dialog)  # Alpha has no Exchange Basic
    assert message(dialog, "to") == ("a1 has no subscription to exchange-basic on 2026-06-01, which "
                                     "ann@contoso.example has at c1: subscribe a1 to it first")
    with unit_of_work(sqlite_db) as s:
        basic = s.scalar(select(Plan.id).where(Plan.code == "exchange-basic"))
        s.add(CompanyEvent(company_id=world.alpha, reseller_id=world.acme, date=date(2026, 1, 15), type="subscribe",
                           plan_id=basic))
    _prices(sqlite_db, world.acme)
    dialog.grab().save(SHOTS.format("user"))
    saved(qtbot, dialog)
    with unit_of_work(sqlite_db) as s:
        rows = s.execute(select(User.company_id).where(User.email == "ann@contoso.example")
                         .order_by(User.company_id)).scalars().all()
        assert sorted(rows) == sorted([world.contoso, world.alpha])
    qtbot.waitUntil(lambda: current(window)[1:] == ("Ann Lee", "Alpha Ltd"), timeout=5000)
