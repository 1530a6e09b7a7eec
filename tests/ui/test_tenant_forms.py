"""Signing up and editing resellers, companies and users from the tenant tree (forms, actions, refresh)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from app.models import AuditEntry, Company, User
from app.services import companies_admin, resellers_admin, users_admin
from app.services.tenant_view import HOSTER_REF, NodeKind, NodeRef
from app.storage.engine import unit_of_work
from tests.ui.conftest import TODAY
from ui.app_shell import MainWindow
from ui.tenants.forms import base as forms_base
from ui.tenants.tree_model import REF_ROLE
from tests.actors import recorded

SHOTS = "/tmp/u1_{}.png"


@pytest.fixture
def window(qtbot, worker, world, sqlite_db):
    w = MainWindow(worker, "sqlite:///test.db", today=TODAY)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.browser.detail.current() == HOSTER_REF
                    and w.browser.detail.title.text() == "Northwind Hosting", timeout=5000)
    return w


def choose(qtbot, w, ref: NodeRef, title: str):
    w.browser.show_ref(ref)
    qtbot.waitUntil(lambda: w.browser.detail.current() == ref and w.browser.detail.title.text() == title,
                    timeout=5000)


def opened(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
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
            return label.text() if label.isVisible() else ""
    raise KeyError(name)


def tab_after(widget):
    """The widget Tab moves to from ``widget`` (its own inner parts skipped), as QWidget's focus chain says."""
    n = widget.nextInFocusChain()
    while widget.isAncestorOf(n) or not (n.isVisibleTo(widget.window()) and n.isEnabled()
                                         and n.focusPolicy() & Qt.FocusPolicy.TabFocus):
        n = n.nextInFocusChain()
    return n


def current(w):
    index = w.browser.tree.currentIndex()
    return index.data(REF_ROLE), index.data(), index.parent().data()


def count(engine, model) -> int:
    with unit_of_work(engine) as s:
        return s.scalar(select(func.count()).select_from(model))


def test_actions_follow_the_selected_node(qtbot, window, world):
    a = window.browser.actions
    enabled = lambda: [x.isEnabled() for x in (a.new_reseller, a.new_company, a.new_user, a.edit)]  # noqa
    assert enabled() == [True, True, False, False]  # the hoster: a direct company or a reseller
    assert not window.browser.detail.edit_button.isVisibleTo(window)
    choose(qtbot, window, NodeRef(NodeKind.RESELLER, world.acme), "Acme Cloud")
    assert enabled() == [True, True, False, True]
    assert window.browser.detail.edit_button.isVisibleTo(window)
    assert window.browser.detail.edit_button.text() == "Edit…"
    choose(qtbot, window, NodeRef(NodeKind.COMPANY, world.contoso), "Contoso GmbH")
    assert enabled() == [True, True, True, True]  # New company: beside it, under its reseller
    window.grab().save(SHOTS.format("window"))
    choose(qtbot, window, NodeRef(NodeKind.USER, world.ann), "Ann Lee")
    assert enabled() == [True, True, True, True]  # a user: New user adds to its company
    assert [x.iconText() for x in a.toolbar.actions()] == ["New reseller…", "New company…", "New user…", "Edit…"]
    assert a.new_company.shortcut().toString() == "Ctrl+N"
    assert a.edit.shortcut().toString() == "F2"
    # The context menu picks the node under the cursor first.
    tree = window.browser.tree
    alpha = window.browser.model.index_for(NodeRef(NodeKind.COMPANY, world.alpha))
    tree.customContextMenuRequested.emit(tree.visualRect(alpha).center())
    assert current(window)[1] == "Alpha Ltd"
    assert [(x.text(), x.isEnabled()) for x in a.menu.actions() if not x.isSeparator()] == [
        ("&Edit…", True), ("&Move to another seller…", True), ("New &reseller…", True), ("New &company…", True),
        ("New &user…", True)]
    a.menu.close()
    menu = [x.text() for x in window.edit_menu.actions() if not x.isSeparator()]
    assert menu == ["&Find tenant…", "New &reseller…", "New &company…", "New &user…", "&Edit…"]


def test_sign_up_a_reseller_a_company_under_it_and_five_users(qtbot, qtmodeltester, window, sqlite_db):
    w = window
    a = w.browser.actions
    # The reseller: the number format follows the code as it is typed.
    d = opened(qtbot, a.open_new_reseller())
    assert d.windowTitle() == "New reseller"
    assert d.language.currentData() == "en_GB"  # the hoster's
    assert d.signup.date().toString("yyyy-MM-dd") == "2026-06-01"
    assert d.signup.calendarPopup()
    qtbot.keyClicks(d.code, "nimbus")
    assert d.number_format.text() == "NIMBUS-{year}-{seq:05}"
    qtbot.keyClicks(d.name, "Nimbus Cloud")
    d.currency.setCurrentIndex(d.currency.findData("USD"))
    qtbot.keyClicks(d.tax_rate, "7.5")
    qtbot.keyClicks(d.email, "billing@nimbus.example")
    d.grab().save(SHOTS.format("reseller_new"))
    saved(qtbot, d)
    with unit_of_work(sqlite_db) as s:
        r = resellers_admin.reseller_show(s, "nimbus")
    assert (r.name, r.currency, r.language, r.billing_mode, r.signup, r.email, r.tax_rate,
            r.invoice_number_format, r.tax_treatment) == (
        "Nimbus Cloud", "USD", "en_GB", "reseller_bills", date(2026, 6, 1), "billing@nimbus.example",
        Decimal("7.5"), "NIMBUS-{year}-{seq:05}", "standard")
    nimbus = NodeRef(NodeKind.RESELLER, r.id)
    qtbot.waitUntil(lambda: current(w)[0] == nimbus, timeout=5000)
    assert current(w)[1] == "Nimbus Cloud (0)"
    qtbot.waitUntil(lambda: w.browser.detail.title.text() == "Nimbus Cloud", timeout=5000)
    assert w.statusBar().currentMessage() == "Reseller Nimbus Cloud signed up."

    # A company under it: the reseller, its language and currency are preset.
    d = opened(qtbot, a.open_new_company())
    assert d.reseller.currentData() == "nimbus" and d.currency.currentData() == "USD"
    # Tab goes down the billing column, then on to the contact column.
    assert tab_after(d.code) is d.name and tab_after(d.term) is d.signup and tab_after(d.signup) is d.delivery
    assert tab_after(d.tax_rate) is d.save_button
    qtbot.keyClicks(d.code, "n1")
    qtbot.keyClicks(d.name, "Nimbus Customer One")
    d.billing_day.setCurrentIndex(d.billing_day.findData(15))
    d.term.setCurrentIndex(d.term.findData("quarterly"))
    qtbot.keyClicks(d.email, "billing@n1.example")
    d.address.lines.setPlainText("5 Rue Neuve\nBâtiment B")
    qtbot.keyClicks(d.address.postcode, "75001")
    qtbot.keyClicks(d.address.city, "Paris")
    d.address.country.setCurrentIndex(d.address.country.findData("FR"))
    d.grab().save(SHOTS.format("company_new"))
    saved(qtbot, d)
    with unit_of_work(sqlite_db) as s:
        c = companies_admin.company_show(s, "n1", TODAY).record
    assert (c.name, c.reseller, c.currency, c.language, c.billing_day, c.term, c.signup, c.delivery, c.email,
            c.address, c.tax_treatment, c.tax_rate) == (
        "Nimbus Customer One", "nimbus", "USD", "en_GB", 15, "quarterly", date(2026, 6, 1), "email",
        "billing@n1.example", {"lines": ["5 Rue Neuve", "Bâtiment B"], "postcode": "75001", "city": "Paris",
                               "country": "FR"}, "standard", None)
    qtbot.waitUntil(lambda: current(w)[:2] == (NodeRef(NodeKind.COMPANY, c.id), "Nimbus Customer One"),
                    timeout=5000)
    assert current(w)[2] == "Nimbus Cloud (1)"

    # Five users, each added from the node selected after the last one.
    names = ["Ada King", "Ben Holt", "Cy Young", "Dee Park", "Eve Moss"]
    for name in names:
        d = opened(qtbot, a.open_new_user())
        assert d.windowTitle() == "New user"
        assert d.forms[0].widget("company").text() == "Nimbus Customer One · n1"
        qtbot.keyClicks(d.email, name.split()[0].lower() + "@n1.example")
        qtbot.keyClicks(d.name, name)
        if name == "Ada King":
            d.grab().save(SHOTS.format("user_new"))
        saved(qtbot, d)
        qtbot.waitUntil(lambda: current(w)[1] == name, timeout=5000)
    with unit_of_work(sqlite_db) as s:
        users = users_admin.list_users(s, "n1")
    assert [(u.email, u.name) for u in users] == [
        ("ada@n1.example", "Ada King"), ("ben@n1.example", "Ben Holt"), ("cy@n1.example", "Cy Young"),
        ("dee@n1.example", "Dee Park"), ("eve@n1.example", "Eve Moss")]
    model = w.browser.model
    company = model.index_for(NodeRef(NodeKind.COMPANY, c.id))
    qtbot.waitUntil(lambda: model.rowCount(company) == 5, timeout=5000)
    assert [model.index(i, 1, company).data() for i in range(5)] == [u.email for u in users]
    qtmodeltester.check(model)  # still a sound model after its rows were read again


def test_the_form_is_whole_when_it_says_it_is_loaded(qtbot, window, world):
    """The fields are shown, Tab-chained and focused when sig_loaded fires, not an event loop turn later.

    Fields added to a shown dialog are shown by a queued call: read at sig_loaded (or, in a busy full run,
    at a save button enabled in the same slot) they were all hidden and Tab went from the code to Save."""
    choose(qtbot, window, NodeRef(NodeKind.RESELLER, world.acme), "Acme Cloud")
    seen = []
    d = window.browser.actions.open_new_company()
    d.sig_loaded.connect(lambda: seen.append((tab_after(d.code), tab_after(d.term), d.name.isVisible(),
                                              d.focusWidget())))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(d.name, d.signup, True, d.code)]
    d.reject()


def test_edit_a_company_email(qtbot, window, world, sqlite_db):
    w = window
    choose(qtbot, w, NodeRef(NodeKind.COMPANY, world.contoso), "Contoso GmbH")
    d = opened(qtbot, w.browser.actions.open_edit())
    assert d.windowTitle() == "Edit company c1"
    assert (d.code.text(), d.name.text(), d.email.text(), d.reseller.currentData(), d.currency.currentData(),
            d.language.currentData(), d.address.city.text(), d.address.country.currentData()) == (
        "c1", "Contoso GmbH", "billing@c1.example", "acme", "EUR", "de_DE", "Berlin", "DE")
    # Dated and fixed fields are shown, not edited.
    assert [x.isEnabled() for x in (d.code, d.reseller, d.currency, d.billing_day, d.term, d.signup)] == [False] * 6
    assert d.name.isEnabled() and d.email.isEnabled()
    d.grab().save(SHOTS.format("company_edit"))
    d.email.clear()
    qtbot.keyClicks(d.email, "invoices@contoso.example")
    saved(qtbot, d)
    with unit_of_work(sqlite_db) as s:
        c = companies_admin.company_show(s, "c1", TODAY).record
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "company")
                          .order_by(AuditEntry.id.desc())).first()
    assert (c.email, c.name, c.version) == ("invoices@contoso.example", "Contoso GmbH", 2)
    assert (entry.action, entry.before, entry.after) == ("edit", {"email": "billing@c1.example"},
                                                         {"email": "invoices@contoso.example"})
    detail = w.browser.detail
    qtbot.waitUntil(lambda: any(f.itemAt(r, f.ItemRole.FieldRole).widget().text() == "invoices@contoso.example"
                                for f in detail.forms for r in range(f.rowCount())), timeout=5000)
    assert current(w)[:2] == (NodeRef(NodeKind.COMPANY, world.contoso), "Contoso GmbH")


def test_bad_input_shows_under_its_fields_and_writes_nothing(qtbot, window, world, sqlite_db):
    w = window
    choose(qtbot, w, NodeRef(NodeKind.RESELLER, world.acme), "Acme Cloud")
    companies, audits = count(sqlite_db, Company), count(sqlite_db, AuditEntry)
    d = opened(qtbot, w.browser.actions.open_new_company())
    qtbot.keyClicks(d.code, "=c9")
    qtbot.keyClicks(d.email, "not-an-address")
    qtbot.keyClicks(d.tax_rate, "7,5")  # a comma is ambiguous in English
    qtbot.keyClicks(d.address.city, "Bonn")  # an address with a city only
    failed(qtbot, d)
    assert message(d, "code") == "'=c9' is not a code: a code must not begin with = + - or @"
    assert message(d, "name") == "name is required"
    assert message(d, "email") == "'not-an-address' is not an e-mail address"
    assert message(d, "tax_rate") == ("'7,5' is ambiguous: write it such as 1,234.56 ('.' is the decimal mark, "
                                      "thousands may be grouped by threes)")
    assert message(d, "address") == "lines is required"
    assert message(d, "address.country") == "country is required"
    assert message(d, "address.city") == "" and message(d, "signup") == ""
    assert d.status.text() == "Nothing was saved: please correct the marked fields."
    assert d.isVisible()
    d.grab().save(SHOTS.format("company_problems"))
    assert (count(sqlite_db, Company), count(sqlite_db, AuditEntry)) == (companies, audits)
    # Typing in a field clears its message only.
    qtbot.keyClicks(d.name, "Nine")
    assert message(d, "name") == "" and message(d, "email") != ""
    d.reject()


def test_the_tax_rate_is_read_in_the_clerks_language(qtbot, window, world, sqlite_db):
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("de_DE"))  # the autouse fixture puts en_GB back
    choose(qtbot, window, NodeRef(NodeKind.RESELLER, world.blue), "Blue Reseller")
    d = opened(qtbot, window.browser.actions.open_edit())
    assert d.tax_rate.text() == "0"
    d.tax_rate.setText("7,5")
    saved(qtbot, d)
    with unit_of_work(sqlite_db) as s:
        assert resellers_admin.reseller_show(s, "blue").tax_rate == Decimal("7.5")


def test_a_reseller_with_companies_keeps_its_code_and_currency(qtbot, window, world):
    choose(qtbot, window, NodeRef(NodeKind.RESELLER, world.acme), "Acme Cloud")
    d = opened(qtbot, window.browser.actions.open_edit())
    assert (d.code.text(), d.code.isEnabled(), d.currency.isEnabled(), d.name.isEnabled()) == (
        "acme", False, False, True)
    d.grab().save(SHOTS.format("reseller_edit"))
    d.reject()


def test_a_version_conflict_names_the_other_change_and_reloads(qtbot, window, world, sqlite_db, monkeypatch):
    w = window
    asked = []
    monkeypatch.setattr(forms_base, "ask_reload", lambda parent, text: asked.append(text) or True)
    choose(qtbot, w, NodeRef(NodeKind.COMPANY, world.contoso), "Contoso GmbH")
    d = opened(qtbot, w.browser.actions.open_edit())
    # Another clerk renames the company between our open and our save.
    monkeypatch.setenv("PRORATA_ACTOR", "erin")
    with unit_of_work(sqlite_db) as s:
        companies_admin.edit_company(s, "c1", {"name": "Contoso AG"})
    monkeypatch.setenv("PRORATA_ACTOR", "clerk")
    d.email.clear()
    qtbot.keyClicks(d.email, "mine@contoso.example")
    d.save_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    text = asked[0]
    assert text.startswith(f"company 'c1' was changed meanwhile by {recorded(sqlite_db, 'erin')} (")
    assert "Their change:\nName: Contoso GmbH → Contoso AG" in text
    with unit_of_work(sqlite_db) as s:
        c = companies_admin.company_show(s, "c1", TODAY).record
    assert (c.name, c.email) == ("Contoso AG", "billing@c1.example")  # nothing of ours was written
    qtbot.waitUntil(lambda: d.name.text() == "Contoso AG", timeout=5000)
    assert d.email.text() == "billing@c1.example" and d.isVisible()
    # Saved again on the version read now, it goes through.
    d.email.clear()
    qtbot.keyClicks(d.email, "mine@contoso.example")
    saved(qtbot, d)
    with unit_of_work(sqlite_db) as s:
        c = companies_admin.company_show(s, "c1", TODAY).record
    assert (c.name, c.email, c.version) == ("Contoso AG", "mine@contoso.example", 3)


def test_edit_a_user_from_the_detail_panel_button(qtbot, window, world, sqlite_db):
    w = window
    choose(qtbot, w, NodeRef(NodeKind.USER, world.bob), "Bob Ray")
    w.browser.detail.edit_button.click()
    d = opened(qtbot, w.browser.actions.dialog)
    assert (d.windowTitle(), d.email.text(), d.name.text()) == ("Edit user bob@contoso.example",
                                                                "bob@contoso.example", "Bob Ray")
    d.email.clear()
    qtbot.keyClicks(d.email, "ANN@contoso.example")  # taken, whatever the letter case
    failed(qtbot, d)
    assert message(d, "email") == "user 'ANN@contoso.example of c1' already exists in the database"
    d.grab().save(SHOTS.format("user_problems"))
    d.email.clear()
    qtbot.keyClicks(d.email, "robert@contoso.example")
    d.name.clear()
    qtbot.keyClicks(d.name, "Robert Ray")
    saved(qtbot, d)
    qtbot.waitUntil(lambda: current(w)[1] == "Robert Ray" and w.browser.detail.title.text() == "Robert Ray",
                    timeout=5000)
    with unit_of_work(sqlite_db) as s:
        assert s.get(User, world.bob).email == "robert@contoso.example"


def typed_date(qtbot, edit, text: str) -> None:
    """Type a whole date over a date box, as a clerk does, and Tab out of it."""
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def test_a_signup_date_is_typed_whole_in_the_clerks_format(qtbot, window, world, sqlite_db):
    from PySide6.QtCore import QLocale

    from ui.dialogs.date_edit import DateEdit

    choose(qtbot, window, NodeRef(NodeKind.RESELLER, world.acme), "Acme Cloud")
    d = opened(qtbot, window.browser.actions.open_new_company())
    assert isinstance(d.signup, DateEdit) and d.signup.text() == "01/06/2026"
    typed_date(qtbot, d.signup, "15/05/2026")  # over the whole box: no digit lost, no section jump
    assert d.signup.day() == date(2026, 5, 15) and d.focusWidget() is d.delivery
    typed_date(qtbot, d.signup, "2026-04-03")  # ISO in any language
    assert d.signup.day() == date(2026, 4, 3)
    typed_date(qtbot, d.signup, "31/02/2026")  # no such day: the box keeps the last good one
    assert d.signup.day() == date(2026, 4, 3) and d.signup.text() == "03/04/2026"
    qtbot.keyClicks(d.code, "n7")
    qtbot.keyClicks(d.name, "Seven Ltd")
    qtbot.keyClicks(d.email, "billing@n7.example")
    saved(qtbot, d)
    with unit_of_work(sqlite_db) as s:
        assert companies_admin.company_show(s, "n7", TODAY).record.signup == date(2026, 4, 3)

    # In German the same box reads day.month.year, a two-digit year in this century.
    QLocale.setDefault(QLocale("de_DE"))  # the autouse fixture puts en_GB back
    d = opened(qtbot, window.browser.actions.open_new_company())
    assert d.signup.text() == "01.06.2026"
    typed_date(qtbot, d.signup, "2.3.26")
    assert d.signup.day() == date(2026, 3, 2)
    d.reject()


def test_a_resellers_optional_signup_starts_from_not_set_and_its_calendar_from_today(qtbot, window, world,
                                                                                       sqlite_db):
    choose(qtbot, window, NodeRef(NodeKind.RESELLER, world.blue), "Blue Reseller")
    d = opened(qtbot, window.browser.actions.open_edit())
    with unit_of_work(sqlite_db) as s:
        assert resellers_admin.reseller_show(s, "blue").signup is None  # the world gives Blue none
    assert d.signup.day() is None and d.signup.text() == "Not set"
    qtbot.mouseClick(d.signup, Qt.MouseButton.LeftButton)  # as a clerk opens the calendar
    calendar = d.signup.calendarWidget()
    popup = calendar.parentWidget() or calendar
    popup.show()
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())  # not January 2000
    popup.hide()
    typed_date(qtbot, d.signup, "20/01/2026")  # typed over "Not set": a fresh date, not "Not set20..."
    assert d.signup.day() == date(2026, 1, 20)
    saved(qtbot, d)
    with unit_of_work(sqlite_db) as s:
        assert resellers_admin.reseller_show(s, "blue").signup == date(2026, 1, 20)
