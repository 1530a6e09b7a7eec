"""The Catalogue tab: plans, services and extra items added, edited, retired; problems under their fields;
a save that lost to someone else's; the basis locked once billed; from a plan to its prices."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.billing.run import run_billing
from app.models import AuditEntry
from app.services import catalogue, extra_items
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build
from tests.ui.conftest import TODAY
from ui.app_shell import MainWindow
from ui.catalogue import editor as editor_module
from ui.catalogue.plan_dialog import PlanDialog
from ui.tenants.forms import base as forms_base

SHOTS = "/tmp/h/shots/catalogue_{}.png"


@pytest.fixture
def window(qtbot, worker, world):
    w = MainWindow(worker, "sqlite:///test.db", today=TODAY)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.start()
    w.tabs.setCurrentWidget(w.catalogue)
    qtbot.waitUntil(lambda: w.catalogue.plans.model.rowCount() == 2, timeout=5000)
    return w


@pytest.fixture
def shown_errors(monkeypatch):
    """The sentences the tab would show in a message box."""
    shown = []
    monkeypatch.setattr(editor_module, "show_error", lambda parent, error: shown.append(error.messages()))
    return shown


def opened(qtbot, dialog):
    """The dialog once read and laid out (fields added to a shown dialog show at the next event loop turn)."""
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled() and all(f.isVisible() for f in dialog.forms),
                    timeout=5000)
    return dialog


def saved(qtbot, dialog):
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        dialog.save_button.click()


def failed(qtbot, dialog):
    with qtbot.waitSignal(dialog.sig_failed, timeout=5000):
        dialog.save_button.click()


def message(dialog, name: str) -> str:
    """The text under field ``name`` ("" when none shows)."""
    for form in dialog.forms:
        if name in form._fields:
            label = form._fields[name][2]
            return label.text() if label.isVisibleTo(dialog) else ""
    raise KeyError(name)


def label(dialog, name: str) -> str:
    for form in dialog.forms:
        if name in form._fields:
            return form._fields[name][0].text()
    raise KeyError(name)


def shown(page) -> list[list[str]]:
    """The page's table as the clerk sees it, in the order shown."""
    p = page.proxy
    return [[p.index(r, c).data() for c in range(p.columnCount())] for r in range(p.rowCount())]


def column(page, key: str) -> int:
    return page.model.column_keys().index(key)


def greyed(page, row: int) -> bool:
    brush = page.proxy.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
    grey = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return brush is not None and brush.color() == grey


def choose(qtbot, page, code: str) -> None:
    assert page.select(code)
    assert page.current_code() == code


def reloaded(qtbot, page, code: str) -> None:
    qtbot.waitUntil(lambda: page.current_code() == code, timeout=5000)


def test_a_plan_added_edited_retired_and_unretired(qtbot, qtmodeltester, window, sqlite_db, shown_errors):
    w = window
    ed = w.catalogue
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == ["&Tenants", "C&atalogue", "&Prices", "I&nvoices",
                                                                   "Pa&yments"]
    assert [ed.pages.tabText(i) for i in range(ed.pages.count())] == ["Plans", "Services", "Extra items"]
    plans = ed.plans
    qtmodeltester.check(plans.model)
    qtmodeltester.check(plans.proxy)
    assert shown(plans) == [
        ["exchange-basic", "Exchange Basic", "Exchange", "Per user", "", "", ""],
        ["sharepoint-sites", "SharePoint Sites", "Exchange", "Per unit", "", "", ""]]
    assert plans.count.text() == "2 of 2 plan(s) shown"
    assert [a.iconText() for a in plans.toolbar.actions() if not a.isSeparator()] == [
        "New plan…", "Edit…", "Retire…", "Unretire", "Prices…"]
    assert not ed.edit_plan.isEnabled() and not ed.retire_plan.isEnabled()  # nothing selected yet

    # New plan: SharePoint storage, billed per GB; the unit rows appear with the basis per unit.
    d = opened(qtbot, ed.open_new_plan())
    assert d.windowTitle() == "New plan"
    assert [label(d, n) for n in ("name", "name.de", "name.fr")] == [
        "Name in English:", "Name in German:", "Name in French:"]
    assert d.service.currentData() == "exchange"
    assert not d.units.first().isVisibleTo(d)  # per user by default: no unit
    d.basis.setCurrentIndex(d.basis.findData("per_unit"))
    assert d.units.first().isVisibleTo(d)
    qtbot.keyClicks(d.code, "sharepoint-storage")
    qtbot.keyClicks(d.units.edits["en"], "GB")
    qtbot.keyClicks(d.units.edits["de"], "GB")
    qtbot.keyClicks(d.names.edits["en"], "SharePoint storage")
    qtbot.keyClicks(d.names.edits["de"], "SharePoint-Speicher")
    qtbot.keyClicks(d.descriptions.edits["en"], "Extra storage, by the GB")
    d.grab().save(SHOTS.format("plan_new"))
    saved(qtbot, d)
    reloaded(qtbot, plans, "sharepoint-storage")
    assert w.statusBar().currentMessage() == "Plan sharepoint-storage added."
    with unit_of_work(sqlite_db) as s:
        p = catalogue.get_plan(s, "sharepoint-storage")
    assert (p.service, p.basis, p.name, p.unit, p.description, p.retired_on, p.version) == (
        "exchange", "per_unit", {"en": "SharePoint storage", "de": "SharePoint-Speicher"}, {"en": "GB", "de": "GB"},
        {"en": "Extra storage, by the GB"}, None, 1)
    assert shown(plans)[2] == ["sharepoint-storage", "SharePoint storage", "Exchange", "Per unit", "GB",
                               "Extra storage, by the GB", ""]
    assert plans.proxy.index(2, column(plans, "name")).data(Qt.ItemDataRole.ToolTipRole) == (
        "English: SharePoint storage\nGerman: SharePoint-Speicher")

    # Edit it: code and service are fixed; the basis may still change (nothing billed it).
    d = opened(qtbot, ed.open_edit_plan())
    assert d.windowTitle() == "Edit plan sharepoint-storage"
    assert not d.code.isEnabled() and not d.service.isEnabled() and d.basis.isEnabled()
    assert d.names.edits["de"].text() == "SharePoint-Speicher" and d.units.edits["en"].text() == "GB"
    qtbot.keyClicks(d.names.edits["fr"], "Stockage SharePoint")
    saved(qtbot, d)
    reloaded(qtbot, plans, "sharepoint-storage")
    with unit_of_work(sqlite_db) as s:
        p = catalogue.get_plan(s, "sharepoint-storage")
        edits = s.execute(select(AuditEntry.action, AuditEntry.before, AuditEntry.after)
                          .where(AuditEntry.entity == "plan", AuditEntry.entity_id == "sharepoint-storage")
                          .order_by(AuditEntry.id)).all()
    assert (p.name, p.version) == ({"en": "SharePoint storage", "de": "SharePoint-Speicher",
                                    "fr": "Stockage SharePoint"}, 2)
    assert [e.action for e in edits] == ["create", "edit"]
    assert edits[1].after["name"]["fr"] == "Stockage SharePoint" and "fr" not in edits[1].before["name"]

    # Retire Exchange Basic: before Contoso's subscription (2026-01-15) it is refused under the date.
    choose(qtbot, plans, "exchange-basic")
    assert ed.retire_plan.isEnabled() and not ed.unretire_plan.isEnabled()
    d = opened(qtbot, ed.open_retire("plan"))
    assert d.windowTitle() == "Retire plan exchange-basic"
    assert d.save_button.text() == "&Retire"
    assert d.on.date() == QDate(2026, 6, 1)  # today
    d.on.setDate(QDate(2026, 1, 10))
    failed(qtbot, d)
    assert message(d, "on") == ("plan 'exchange-basic' cannot retire from 2026-01-10: company 'c1' subscribes to it "
                                "on 2026-01-15; retire it from a later day")
    assert d.status.text() == "Nothing was saved: please correct the marked fields."
    d.grab().save(SHOTS.format("plan_retire_refused"))
    d.on.setDate(QDate(2026, 6, 1))
    assert message(d, "on") == ""  # editing the field clears its message
    saved(qtbot, d)
    reloaded(qtbot, plans, "exchange-basic")
    assert w.statusBar().currentMessage() == "Plan exchange-basic retires from 01/06/2026."
    row = plans.proxy.row_of("exchange-basic")
    assert shown(plans)[row][column(plans, "retired")] == "since 01/06/2026"
    assert greyed(plans, row) and not greyed(plans, plans.proxy.row_of("sharepoint-sites"))
    assert plans.proxy.index(row, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        "Retired since 01/06/2026: no new subscriptions; running ones go on being billed.")
    assert not ed.retire_plan.isEnabled() and ed.unretire_plan.isEnabled()
    with unit_of_work(sqlite_db) as s:
        assert catalogue.get_plan(s, "exchange-basic").retired_on == date(2026, 6, 1)
    w.grab().save(SHOTS.format("plans"))

    # Filter: active / retired plans, a service, a search; sort by name, descending.
    plans.state.setCurrentIndex(plans.state.findData("active"))
    assert [r[0] for r in shown(plans)] == ["sharepoint-sites", "sharepoint-storage"]
    plans.state.setCurrentIndex(plans.state.findData("retired"))
    assert [r[0] for r in shown(plans)] == ["exchange-basic"]
    assert plans.count.text() == "1 of 3 plan(s) shown"
    plans.state.setCurrentIndex(plans.state.findData("all"))
    qtbot.keyClicks(plans.search, "speicher")  # a name in any language
    assert [r[0] for r in shown(plans)] == ["sharepoint-storage"]
    plans.search.clear()
    plans.view.sortByColumn(column(plans, "name"), Qt.SortOrder.DescendingOrder)
    assert [r[1] for r in shown(plans)] == ["SharePoint storage", "SharePoint Sites", "Exchange Basic"]
    plans.view.sortByColumn(column(plans, "retired"), Qt.SortOrder.AscendingOrder)
    assert [r[0] for r in shown(plans)][0] == "exchange-basic"  # the blanks come last

    # Unretire: it takes new subscriptions again.
    choose(qtbot, plans, "exchange-basic")
    ed.unretire_plan.trigger()
    qtbot.waitUntil(lambda: shown(plans)[plans.proxy.row_of("exchange-basic")][column(plans, "retired")] == "",
                    timeout=5000)
    assert shown_errors == []
    with unit_of_work(sqlite_db) as s:
        p = catalogue.get_plan(s, "exchange-basic")
    assert (p.retired_on, p.version) == (None, 3)


def test_a_service_without_a_name_is_refused_under_the_name(qtbot, qtmodeltester, window, sqlite_db):
    ed = window.catalogue
    ed.pages.setCurrentWidget(ed.services)
    qtmodeltester.check(ed.services.model)
    assert shown(ed.services) == [["exchange", "Exchange", "", "2"]]
    d = opened(qtbot, ed.open_new_service())
    qtbot.keyClicks(d.code, "backup")
    failed(qtbot, d)
    assert message(d, "name") == "A name in at least one language is required"
    assert d.names.first().styleSheet()  # marked
    d.grab().save(SHOTS.format("service_refused"))
    qtbot.keyClicks(d.names.edits["en"], "Cloud backup")
    qtbot.keyClicks(d.names.edits["de"], "Cloud-Sicherung")
    saved(qtbot, d)
    reloaded(qtbot, ed.services, "backup")
    assert shown(ed.services) == [["backup", "Cloud backup", "", "0"], ["exchange", "Exchange", "", "2"]]
    # The new service is offered for a new plan, and the plans page filters by it.
    assert [ed.plans.service.itemText(i) for i in range(ed.plans.service.count())] == [
        "All services", "Cloud backup", "Exchange"]
    window.grab().save(SHOTS.format("services"))
    # A duplicate code is refused under the code.
    d = opened(qtbot, ed.open_new_service())
    qtbot.keyClicks(d.code, "exchange")
    qtbot.keyClicks(d.names.edits["en"], "Again")
    failed(qtbot, d)
    assert message(d, "code") == "service 'exchange' already exists in the database"
    d.reject()


def test_an_extra_item_typed_the_german_way(qtbot, qtmodeltester, window, sqlite_db):
    QLocale.setDefault(QLocale("de_DE"))  # the autouse fixture puts en_GB back
    ed = window.catalogue
    extras = ed.extras
    ed.pages.setCurrentWidget(extras)
    d = opened(qtbot, ed.open_new_extra())
    assert [label(d, n) for n in ("amounts.EUR", "amounts.USD")] == ["Default in EUR:", "Default in USD:"]
    qtbot.keyClicks(d.code, "migration")
    d.recurring.setCurrentIndex(d.recurring.findData(False))
    qtbot.keyClicks(d.amounts["EUR"], "1.200,50")
    qtbot.keyClicks(d.amounts["USD"], "1,200.50")  # English writing: ambiguous in German
    qtbot.keyClicks(d.names.edits["en"], "Mailbox migration")
    qtbot.keyClicks(d.names.edits["de"], "Postfachmigration")
    failed(qtbot, d)
    # In the German clerk's language, as the German catalog words it.
    assert message(d, "amounts.USD") == ("'1,200.50' ist mehrdeutig: Schreiben Sie es etwa als 1.234,56 (',' ist das "
                                         "Dezimalzeichen, Tausender dürfen in Dreiergruppen gegliedert sein)")
    assert message(d, "amounts.EUR") == ""
    d.grab().save(SHOTS.format("extra_refused"))
    with unit_of_work(sqlite_db) as s:
        assert extra_items.list_items(s) == []  # nothing saved
    d.amounts["USD"].clear()
    qtbot.keyClicks(d.amounts["USD"], "1.300")
    saved(qtbot, d)
    reloaded(qtbot, extras, "migration")
    with unit_of_work(sqlite_db) as s:
        item = extra_items.get_item(s, "migration")
    assert (item.recurring, item.amounts, item.name) == (
        False, {"EUR": Decimal("1200.50"), "USD": Decimal("1300.00")},
        {"en": "Mailbox migration", "de": "Postfachmigration"})
    qtmodeltester.check(extras.model)
    assert shown(extras) == [["migration", "Postfachmigration", "One-off", "1.200,50", "1.300,00", ""]]

    # Edit: the amounts are shown for typing over as German writes them; a blank one is removed.
    d = opened(qtbot, ed.open_edit_extra())
    assert (d.amounts["EUR"].text(), d.amounts["USD"].text()) == ("1200,50", "1300,00")
    d.amounts["USD"].clear()
    d.recurring.setCurrentIndex(d.recurring.findData(True))
    saved(qtbot, d)
    reloaded(qtbot, extras, "migration")
    with unit_of_work(sqlite_db) as s:
        item = extra_items.get_item(s, "migration")
    assert (item.recurring, item.amounts, item.version) == (True, {"EUR": Decimal("1200.50")}, 2)

    # Retired extras hide unless "show retired" is on.
    d = opened(qtbot, ed.open_retire("extra_item"))
    saved(qtbot, d)
    qtbot.waitUntil(lambda: extras.model.rowCount() == 1 and extras.model.record(0).retired, timeout=5000)
    assert shown(extras) == [] and extras.count.text() == "0 of 1 item(s) shown"
    extras.show_retired.setChecked(True)
    assert shown(extras) == [["migration", "Postfachmigration", "Recurring", "1.200,50", "", "since 01.06.2026"]]
    assert greyed(extras, 0)
    window.grab().save(SHOTS.format("extras"))


def test_a_save_that_lost_shows_their_change_and_reads_the_form_again(qtbot, window, sqlite_db, monkeypatch):
    asked = []
    monkeypatch.setattr(forms_base, "ask_reload", lambda parent, text: asked.append(text) or True)
    ed = window.catalogue
    choose(qtbot, ed.plans, "exchange-basic")
    d = opened(qtbot, ed.open_edit_plan())
    with unit_of_work(sqlite_db) as s:  # another clerk, meanwhile
        catalogue.edit_plan(s, "exchange-basic", name={"en": "Exchange Standard", "de": "Exchange Basis"})
    qtbot.keyClicks(d.names.edits["fr"], "Exchange de base")
    failed(qtbot, d)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "plan 'exchange-basic' was edited meanwhile by " in asked[0]
    assert "Name: en: Exchange Basic; de: Exchange Basis → en: Exchange Standard; de: Exchange Basis" in asked[0]
    assert d.names.edits["en"].text() == "Exchange Standard"  # read again
    assert d.names.edits["fr"].text() == ""
    assert d.status.text() == "Read again: this is the stored version now."
    qtbot.keyClicks(d.names.edits["fr"], "Exchange de base")
    saved(qtbot, d)
    with unit_of_work(sqlite_db) as s:
        p = catalogue.get_plan(s, "exchange-basic")
    assert (p.name, p.version) == ({"en": "Exchange Standard", "de": "Exchange Basis", "fr": "Exchange de base"}, 3)


def test_an_unretire_that_lost_says_so_and_reads_the_list_again(qtbot, window, sqlite_db, shown_errors):
    ed = window.catalogue
    with unit_of_work(sqlite_db) as s:
        catalogue.retire_plan(s, "sharepoint-sites", date(2026, 7, 1))
    ed.load()
    qtbot.waitUntil(lambda: ed.plans.model.record(1).retired_on is not None, timeout=5000)
    assert shown(ed.plans)[1][-1] == "from 01/07/2026"  # retires later: not greyed yet
    assert not greyed(ed.plans, 1)
    choose(qtbot, ed.plans, "sharepoint-sites")
    with unit_of_work(sqlite_db) as s:
        catalogue.retire_plan(s, "sharepoint-sites", date(2026, 8, 1))
    ed.unretire_plan.trigger()
    qtbot.waitUntil(lambda: shown(ed.plans)[1][-1] == "from 01/08/2026", timeout=5000)
    assert len(shown_errors) == 1 and "was retired meanwhile by" in shown_errors[0][0]


def test_from_a_plan_to_its_prices(qtbot, window):
    ed = window.catalogue
    choose(qtbot, ed.plans, "sharepoint-sites")
    ed.plan_prices.trigger()
    assert window.tabs.currentWidget() is window.prices
    view = window.prices.view
    qtbot.waitUntil(lambda: view.currentIndex().isValid(), timeout=5000)
    assert window.prices.model.rows()[view.currentIndex().row()].plan_code == "sharepoint-sites"


def test_the_basis_is_locked_once_invoices_billed_the_plan(qtbot, worker, sqlite_db):
    w = build(sqlite_db)
    add_company(sqlite_db, w, "contoso", reseller="acme", events=CONTOSO_EVENTS)
    run_billing(sqlite_db, date(2026, 1, 31))
    with unit_of_work(sqlite_db) as s:
        billed = {p.code: catalogue.plan_billed(s, p.code) for p in catalogue.list_plans(s)}
    locked = next(code for code, b in billed.items() if b)
    free = next(code for code, b in billed.items() if not b)
    d = PlanDialog(worker, code=locked, today=TODAY)
    qtbot.addWidget(d)
    d.show()
    d.load()
    opened(qtbot, d)
    assert not d.basis.isEnabled()
    assert d.basis.toolTip().startswith("Invoices have already billed this plan ")
    assert d.basis.toolTip().endswith(": its basis can no longer change. Add a new plan for another basis.")
    d.grab().save(SHOTS.format("plan_billed"))
    other = PlanDialog(worker, code=free, today=TODAY)
    qtbot.addWidget(other)
    other.show()
    other.load()
    opened(qtbot, other)
    assert other.basis.isEnabled() and other.basis.toolTip() == ""
