"""Dated changes from the company page (real SQLite database, the worker, real key presses): the change dialog
previews the next invoice before saving, shows a refusal under its field, saves and refreshes the page; the
history's "Undo this change" asks first, says what it records, and refuses in words; the billing schedule
says where a change of term or day takes effect."""
from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from app.billing.run import run_billing
from app.models import CompanyEvent, Price
from app.services import extra_items
from app.services import changes as ch
from app.services.tenant_view import NodeKind, NodeRef
from app.storage.engine import unit_of_work
from tests.test_changes import FIVE, five_users_world, subscribe_five
from ui.app_shell import MainWindow

TODAY = date(2026, 2, 25)
SHOTS = "/tmp/h/shots"


def shot(widget, name: str) -> None:
    os.makedirs(SHOTS, exist_ok=True)
    widget.grab().save(f"{SHOTS}/{name}.png")


@pytest.fixture
def five(sqlite_db):
    """Company "five" (signup 15 January, billed on the 15th): five users on Exchange Basic at 6.00, two
    SharePoint sites at 12.00, billed up to 15 February; 19 % tax. A catalogue of two extras."""
    w = five_users_world(sqlite_db)
    subscribe_five(sqlite_db)
    with unit_of_work(sqlite_db) as s:
        extra_items.add_item(s, "setup", {"en": "Setup fee"}, False, {"EUR": "40.00"})
        extra_items.add_item(s, "backup", {"en": "Backup"}, True, {"EUR": "10.00"})
        # Archiving as acme sells it and pays for it (a subscription a run could not price is refused).
        s.add_all([Price(layer="retail", reseller_id=w.resellers["acme"], plan_id=w.plans["archiving"],
                         currency="EUR", amount=Decimal("22.00")),
                   Price(layer="wholesale", reseller_id=None, plan_id=w.plans["archiving"], currency="EUR",
                         amount=Decimal("15.00"))])
    run_billing(sqlite_db, date(2026, 2, 15))
    return w


@pytest.fixture
def window(qtbot, worker, five, sqlite_db):
    w = MainWindow(worker, "sqlite:///test.db", today=TODAY)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.detail.title.text() == "Northwind Hosting", timeout=5000)
    ref = NodeRef(NodeKind.COMPANY, five.companies["five"])
    w.browser.show_ref(ref)
    panel = w.browser.detail
    qtbot.waitUntil(lambda: panel.current() == ref and panel.title.text() == "Five"
                    and panel.changes.schedule_box.current() is not None, timeout=5000)
    return w


def table(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def previewed(qtbot, dialog, action=None):
    with qtbot.waitSignal(dialog.sig_previewed, timeout=5000):
        if action is not None:
            action()


def events(engine):
    with unit_of_work(engine) as s:
        return [(e.date, e.type, e.quantity, e.undoes_id) for e in s.scalars(select(CompanyEvent)
                                                                             .order_by(CompanyEvent.id))]


def test_a_quantity_change_is_previewed_with_its_arithmetic_then_saved_and_the_page_refreshed(
        qtbot, qtmodeltester, window, sqlite_db):
    panel = window.browser.detail
    changes = panel.changes
    assert changes.record_button.isVisibleTo(window) and changes.record.isEnabled()
    assert changes.record.shortcut().toString() == "Ctrl+Shift+C"
    before = panel.history.total()
    # Keyboard: the shortcut opens the dialog on the company page.
    with qtbot.waitSignal(changes.record.triggered, timeout=2000):
        qtbot.keyClick(panel, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = changes.dialog
    qtbot.waitUntil(lambda: dialog.choices() is not None, timeout=5000)
    assert dialog.windowTitle() == "Record a change · Five"
    assert dialog.date.date() == QDate(2026, 2, 25)  # today, in the clerk's locale
    assert dialog.date.displayFormat() == "dd/MM/yyyy" and dialog.date.calendarPopup()
    # Change a quantity: the SharePoint plan offered with its quantity on the day.
    dialog.kind.setFocus()
    previewed(qtbot, dialog, lambda: dialog.kind.setCurrentIndex(dialog.kind.findData("quantity")))
    assert dialog.plan.currentText() == "SharePoint site · 2 units"
    assert dialog.quantity.value() == 2
    dialog.quantity.setFocus()
    dialog.quantity.selectAll()
    previewed(qtbot, dialog, lambda: qtbot.keyClicks(dialog.quantity, "5"))
    assert dialog.save_button.isEnabled()
    model = dialog.preview.model
    qtmodeltester.check(model)
    # Hand-worked: three more sites billed in advance from 15 March, 3 x 12.00 = 36.00; the three from
    # 25 February to 14 March (the last day, as the invoice shows it), 18 of the 28 days from 15 February:
    # 3 x 12.00 x 18/28 = 23.142857... -> 23.14.
    assert table(model) == [
        ["In advance: SharePoint site", "15/03/2026 to 14/04/2026", "3 × €12.00 = €36.00", "€36.00"],
        ["Proration: SharePoint site", "25/02/2026 to 14/03/2026",
         "3 × €12.00 × 18/28 days = 23.14285714… → €23.14", "€23.14"]]
    # Without it the invoice of 15 March is 5 x 6.00 + 2 x 12.00 = 54.00 (64.26 with 19 %); with it 113.14
    # (tax 21.4966 -> 21.50: 134.64).
    assert dialog.preview.summary.text() == (
        "The next invoice, dated 15/03/2026: subtotal €54.00 → €113.14 (+€59.14); with tax €64.26 → €134.64.")
    assert dialog.status.text() == "Saving records: Set the quantity of SharePoint site to 5, from 25/02/2026."
    shot(dialog, "change_dialog_preview")

    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert events(sqlite_db)[-1] == (date(2026, 2, 25), "quantity", 5, None)
    # The page is read again: the history has the change on top, the subscription its new quantity.
    qtbot.waitUntil(lambda: panel.history.total() == before + 1, timeout=5000)
    assert table(panel.history)[0][:4] == ["25/02/2026", "Quantity changed", "SharePoint site", "5"]
    assert ["SharePoint site", "Per unit", "5", "15/01/2026"] in table(panel.subscriptions)
    assert window.statusBar().currentMessage() == \
        "Change recorded: Set the quantity of SharePoint site to 5, from 25/02/2026"


def test_an_extra_from_the_catalogue_takes_its_default_amount_which_can_be_edited(qtbot, window):
    dialog = window.browser.detail.changes.open_change("extra")
    qtbot.waitUntil(lambda: dialog.choices() is not None, timeout=5000)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    assert [dialog.code.itemText(i) for i in range(dialog.code.count())] == ["Backup", "Setup fee"]
    assert (dialog.code.currentText(), dialog.amount.text(), dialog.recurring.isChecked()) == ("Backup", "10.00", True)
    previewed(qtbot, dialog, lambda: dialog.code.setCurrentIndex(dialog.code.findData("setup")))
    assert (dialog.amount.text(), dialog.recurring.isChecked()) == ("40.00", False)
    assert dialog.form._fields["amount"][0].text() == "&Amount (EUR):"
    dialog.user.setCurrentIndex(dialog.user.findData(FIVE[1]))
    dialog.amount.setFocus()
    dialog.amount.selectAll()
    previewed(qtbot, dialog, lambda: qtbot.keyClicks(dialog.amount, "1,234.5"))
    assert table(dialog.preview.model) == [
        [f"Extra charge: Setup fee ({FIVE[1]})", "25/02/2026", "1 × €1,234.50 = €1,234.50", "€1,234.50"]]
    # Typed as another language writes it: refused under the field, in words, and nothing to save.
    dialog.amount.selectAll()
    previewed(qtbot, dialog, lambda: qtbot.keyClicks(dialog.amount, "12,5"))
    message = dialog.form._fields["amount"][2]
    assert message.isVisible() and message.text().startswith("'12,5' is ambiguous")
    assert not dialog.save_button.isEnabled()
    assert dialog.focusWidget() is dialog.amount  # the clerk goes on typing where they were
    shot(dialog, "change_dialog_extra_refused")


def test_a_change_the_companys_state_refuses_shows_the_reason_under_its_field(qtbot, window, sqlite_db):
    dialog = window.browser.detail.changes.open_change("subscribe")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    # Only the plan it does not have is offered: Archiving. Dated before the company signed up: refused.
    assert [dialog.plan.itemText(i) for i in range(dialog.plan.count())] == ["Archiving"]
    dialog.date.setFocus()
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5000):
        dialog.date.setDate(QDate(2026, 1, 10))
    qtbot.waitUntil(lambda: dialog.form._fields["date"][2].isVisible(), timeout=5000)
    assert dialog.form._fields["date"][2].text() == \
        "event dated 2026-01-10 is before the company's signup on 2026-01-15"
    assert not dialog.save_button.isEnabled()
    assert dialog.preview.summary.text() == \
        "This change cannot be recorded as it stands: see the reason above."
    shot(dialog, "change_dialog_refused")
    written = events(sqlite_db)
    dialog.save()  # nothing previewed: nothing saved
    assert events(sqlite_db) == written


def test_undo_asks_first_says_what_it_records_and_refuses_in_words(qtbot, qtmodeltester, window, sqlite_db):
    panel = window.browser.detail
    changes = panel.changes
    with unit_of_work(sqlite_db) as s:  # two sites -> 4 on 1 February (billed already), then 6 on 20 February
        first = ch.record_change(s, ch.change_quantity("five", "sharepoint-sites", 4, date(2026, 2, 1))).id
        second = ch.record_change(s, ch.change_quantity("five", "sharepoint-sites", 6, date(2026, 2, 20))).id
    panel.show_node(panel.current())
    qtbot.waitUntil(lambda: panel.history.total() == 9, timeout=5000)
    view = panel.history_view
    assert not changes.undo.isEnabled()  # nothing selected yet
    # The SharePoint subscription: the later quantity changes rely on it, so it cannot be undone; in words.
    row = [(r.type, r.plan_name) for r in panel.history.rows()].index(("subscribe", "SharePoint site"))
    view.setFocus()
    view.setCurrentIndex(panel.history.index(row, 0))
    assert changes.undo.isEnabled() and changes.undo_button.isVisibleTo(window)
    view.customContextMenuRequested.emit(view.visualRect(panel.history.index(row, 0)).center())
    assert [a.text() for a in changes.menu.actions() if not a.isSeparator()] == [
        "&Undo this change…", "Record a &change…"]
    changes.menu.close()
    with qtbot.waitSignal(changes.undo.triggered, timeout=2000):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    refused = changes.dialog
    qtbot.waitUntil(lambda: refused.refused, timeout=5000)
    assert refused.text.text().startswith("<p>This change cannot be undone:</p><p>change #")
    assert "depends on what it did; undo that one first" in refused.text.text()
    assert not refused.undo_button.isVisible()
    refused.reject()

    # The newest change (6 sites from 20 February): the undo sets 4 again from that day.
    view.setCurrentIndex(panel.history.index(0, 0))
    dialog = changes.open_undo()
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5000):
        pass
    assert "Quantity changed · SharePoint site · 6, dated 20/02/2026?" in dialog.heading.text()
    assert "<li>Set the quantity of SharePoint site to 4, from 20/02/2026</li>" in dialog.text.text()
    qtmodeltester.check(dialog.preview.model)
    # The next invoice (15 March) loses two sites for March (2 x 12.00 = 24.00) and the two from 20 February:
    # 2 x 12.00 x 23/28 = 19.714285... -> 19.71 (both changes are unbilled, so they net to nothing).
    assert table(dialog.preview.model) == [
        ["In advance: SharePoint site", "15/03/2026 to 14/04/2026", "-2 × €12.00 = -€24.00", "-€24.00"],
        ["Proration: SharePoint site", "20/02/2026 to 14/03/2026",
         "-2 × €12.00 × 23/28 days = -19.71428571… → -€19.71", "-€19.71"]]
    dialog.resize(860, dialog.height())
    shot(dialog, "undo_confirmation")
    assert dialog.undo_button.hasFocus()
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        qtbot.keyClick(dialog.undo_button, Qt.Key.Key_Space)
    assert events(sqlite_db)[-1] == (date(2026, 2, 20), "quantity", 4, second)  # nothing deleted
    qtbot.waitUntil(lambda: panel.history.total() == 10, timeout=5000)
    assert window.statusBar().currentMessage().endswith("undone.")
    qtbot.waitUntil(lambda: changes.schedule_box.current() is not None, timeout=5000)
    view.setCurrentIndex(panel.history.index(1, 0))
    window.resize(1280, 800)
    qtbot.wait(100)  # laid out at that size
    changes._history_menu(view.visualRect(panel.history.index(1, 0)).center())
    shot(window, "history_undo_action")
    shot(changes.menu, "history_undo_menu")
    changes.menu.close()


def test_the_billing_schedule_shows_and_changes_at_the_next_boundary(qtbot, window, sqlite_db):
    panel = window.browser.detail
    box = panel.changes.schedule_box
    assert box.isVisibleTo(window)
    assert box.text.text() == "Monthly in advance, on day 15. Next invoice on 15/03/2026, for 15/03/2026 to 14/04/2026."
    dialog = panel.changes.open_schedule()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    assert dialog.now.text() == "Now: Monthly in advance, on day 15."
    with qtbot.waitSignal(dialog.sig_previewed, timeout=5000):
        dialog.what.setCurrentIndex(dialog.what.findData("billing_day"))
    with qtbot.waitSignal(dialog.sig_previewed, timeout=5000):
        dialog.day.setCurrentIndex(dialog.day.findData(1))
    # From 25 February: the first boundary not billed on or after it is 15 March; the period from there
    # runs to 1 April (its last day 31 March: 15..31 is 17 of the 31 days of March).
    assert dialog.outcome.text() == ("Takes effect on 15/03/2026. The period that starts there: 15/03/2026 to "
                                     "31/03/2026: 17 of 31 days, billed pro rata.")
    # Dated into the period billed already (from 1 February: its boundary, 15 February, is billed): refused.
    with qtbot.waitSignal(dialog.sig_previewed, timeout=5000):
        dialog.on.setDate(QDate(2026, 2, 1))
    assert "the earliest boundary not billed yet is 2026-03-15" in dialog.form.banner.text()
    assert not dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_previewed, timeout=5000):
        dialog.on.setDate(QDate(2026, 2, 25))
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: "From" in box.text.text(), timeout=5000)
    assert box.text.text() == (
        "Monthly in advance, on day 15. Next invoice on 15/03/2026, for 15/03/2026 to 31/03/2026: 17 of 31 days, "
        "billed pro rata. From 15/03/2026: monthly in advance, on day 1.")
    assert window.statusBar().currentMessage() == "Billing day: Day 1 of the month, from 15/03/2026."
    with unit_of_work(sqlite_db) as s:
        assert s.scalars(select(CompanyEvent.type).order_by(CompanyEvent.id.desc()).limit(1)).one() == "billing_day"



def test_every_kind_of_change_is_offered_what_the_company_has_and_previewed(qtbot, window, sqlite_db):
    with unit_of_work(sqlite_db) as s:  # a recurring backup at 10.00 from 16 February
        ch.record_change(s, ch.add_extra("five", "backup", "10.00", date=date(2026, 2, 16), recurring=True,
                                         description="Backup"))
    panel = window.browser.detail
    dialog = panel.changes.open_change("unassign")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    shown, summaries = {}, {}
    for kind in ("unassign", "assign", "cancel", "plan_change", "extra_end"):
        if dialog.current_kind() != kind:
            previewed(qtbot, dialog, lambda: dialog.kind.setCurrentIndex(dialog.kind.findData(kind)))
        summaries[kind] = dialog.preview.summary.text()
        shown[kind] = ([dialog.plan.itemText(i) for i in range(dialog.plan.count())] if dialog.plan.isVisible()
                       else dialog.code.currentText(), dialog.user.currentText() if dialog.user.isVisible() else None,
                       dialog.save_button.isEnabled(), [row[2] for row in table(dialog.preview.model)],
                       [m.text() for _, _, m in dialog.form._fields.values() if m.isVisible()])
    # Before: 54.00 as in the first test, and the backup: 10.00 in advance and 10.00 x 27/28 = 9.642... -> 9.64.
    assert shown["unassign"] == (["Exchange Basic · 5 user(s)"], "u1 · u1@five.example", True, [
        "-1 × €6.00 = -€6.00", "-1 × €6.00 × 18/28 days = -3.85714285… → -€3.86"], [])
    # Every user has Exchange Basic: none to offer, and nothing to save; said in words, not as an error.
    assert shown["assign"] == (["Exchange Basic · 5 user(s)"], "Every user has this plan", False, [], [])
    assert summaries["assign"] == "Every user has this plan: choose another plan or another kind of change."
    assert shown["cancel"] == (["Exchange Basic · 5 user(s)", "SharePoint site · 2 units"], None, True, [
        "-5 × €6.00 = -€30.00", "-5 × €6.00 × 18/28 days = -19.28571428… → -€19.29"], [])
    # Exchange Basic (5 x 6.00) to Archiving at acme's 22.00 a period from 25 February (18 of 28 days left):
    # the next period 22.00 instead of 30.00, and this one's 18 days: 22 x 18/28 = 14.142... -> 14.14 charged,
    # 30 x 18/28 = 19.285... -> 19.29 given back.
    assert shown["plan_change"] == (["Exchange Basic · 5 user(s)", "SharePoint site · 2 units"], None, True, [
        "1 × €22.00 = €22.00", "-5 × €6.00 = -€30.00", "1 × €22.00 × 18/28 days = 14.14285714… → €14.14",
        "-5 × €6.00 × 18/28 days = -19.28571428… → -€19.29"], [])
    assert dialog.to_plan.currentText() == "Archiving"
    assert shown["extra_end"] == ("Backup · €10.00 a period", None, True, [
        "-1 × €10.00 = -€10.00", "-1 × €10.00 × 18/28 days = -6.42857142… → -€6.43"], [])
    # Back to the unassign, saved: the page shows four users on Exchange Basic.
    previewed(qtbot, dialog, lambda: dialog.kind.setCurrentIndex(dialog.kind.findData("unassign")))
    assert dialog.preview.summary.text() == (  # 73.64 - 9.86 = 63.78; tax 12.1182 -> 12.12
        "The next invoice, dated 15/03/2026: subtotal €73.64 → €63.78 (-€9.86); with tax €87.63 → €75.90.")
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: ["Exchange Basic", "Per user", "4", "15/01/2026"] in table(panel.subscriptions),
                    timeout=5000)
