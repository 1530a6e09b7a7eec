"""What the company page's change dialog offers, tried as a clerk would (real SQLite database, the worker, key
presses): a kind of change the company has nothing for says so in a sentence instead of showing an unusable
form and a red "plan is required"; a value left out is named by its field's label, not the core's field name;
Cancel, Esc and the close button ask before typed work is thrown away; "New company…" is offered with a
company selected, under that company's seller; the dialog's date hint keeps clear of the next field when the
dialog is small. Screenshots go to /tmp/h/shots."""
from __future__ import annotations

import os
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from app.models import CompanyEvent
from app.services import changes as ch
from app.services import extra_items
from app.services.tenant_view import NodeKind, NodeRef
from app.storage.engine import unit_of_work
# The language switch's temporary preferences, and the main window on the hoster's page.
from tests.ui.test_languages import settings  # noqa: F401
from tests.ui.test_tenant_forms import window  # noqa: F401
from ui import i18n
from ui.dialogs import unsaved

ASK_FOR_REAL = unsaved.let_typed_work_go  # tests/ui/conftest.py answers it for every other test

SHOTS = "/tmp/h/shots"
EMPTY_CATALOGUE = ("The catalogue has no extra charges yet. Add them on the Catalogue tab, under Extra items "
                   "(New item…); then add one to the company here.")
NO_PER_UNIT_PLAN = ("The company has no plan billed per unit on this day, so there is no quantity to change. Only "
                    "a per-unit plan (sites, mailboxes…) has a quantity: subscribe the company to one first, or "
                    "pick another day.")


def shot(widget, name: str) -> None:
    os.makedirs(SHOTS, exist_ok=True)
    widget.grab().save(f"{SHOTS}/{name}.png")


def company_page(qtbot, w, ref: NodeRef, title: str):
    w.browser.show_ref(ref)
    panel = w.browser.detail
    qtbot.waitUntil(lambda: panel.current() == ref and panel.title.text() == title
                    and panel.changes.record.isEnabled(), timeout=5000)
    return panel


def record_a_change(qtbot, panel):
    """Ctrl+Shift+C on the company page: the dialog, once it has read what the company has."""
    changes = panel.changes
    panel.window().activateWindow()  # back from a dialog just closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel.window(), timeout=2000)
    with qtbot.waitSignal(changes.record.triggered, timeout=2000):
        qtbot.keyClick(panel, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = changes.dialog
    qtbot.waitUntil(lambda: dialog.choices() is not None, timeout=5000)
    return dialog


def choose_kind(qtbot, dialog, words: str) -> None:
    """Pick a kind of change in the "Change:" box by its words, as the clerk does with the keyboard."""
    index = next(i for i in range(dialog.kind.count()) if dialog.kind.itemText(i) == words)
    dialog.kind.setFocus()
    with qtbot.waitSignal(dialog.sig_previewed, timeout=5000):
        while dialog.kind.currentIndex() != index:
            qtbot.keyClick(dialog.kind, Qt.Key.Key_Down if dialog.kind.currentIndex() < index else Qt.Key.Key_Up)


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def red_texts(dialog) -> list[str]:
    """Every problem the dialog shows: under its fields, and in the banner."""
    out = [m.text() for _, _, m in dialog.form._fields.values() if m.isVisibleTo(dialog)]
    if dialog.form.banner.isVisibleTo(dialog):
        out.append(dialog.form.banner.text())
    return out


def shown_fields(dialog) -> list[str]:
    return [name for name, (_, widget, _) in dialog.form._fields.items() if widget.isVisibleTo(dialog)]


def both_sizes(qtbot, dialog, name: str) -> None:
    """Screenshots at the dialog's size and at its smallest."""
    dialog.resize(860, 560)
    qtbot.wait(50)
    shot(dialog, f"{name}_normal")
    dialog.resize(dialog.minimumSize())
    qtbot.wait(50)
    shot(dialog, f"{name}_small")


def count_events(engine) -> int:
    with unit_of_work(engine) as s:
        return s.scalar(select(func.count()).select_from(CompanyEvent))


# --- a kind of change the company has nothing for -------------------------------------------------------------


def test_an_extra_charge_with_an_empty_catalogue_says_so_and_where_to_add_one(qtbot, window, world, sqlite_db):
    panel = company_page(qtbot, window, NodeRef(NodeKind.COMPANY, world.contoso), "Contoso GmbH")
    dialog = record_a_change(qtbot, panel)
    choose_kind(qtbot, dialog, "Add an extra charge")
    assert dialog.nothing.isVisibleTo(dialog) and dialog.nothing.text() == EMPTY_CATALOGUE
    # No form to fill in: the kind of change and its date only; no red message, nothing to save.
    assert shown_fields(dialog) == ["type", "date"]
    assert red_texts(dialog) == []
    assert not dialog.preview.isVisibleTo(dialog)
    assert not dialog.save_button.isEnabled()
    both_sizes(qtbot, dialog, "change_dialog_empty_catalogue")
    # Another kind of change the company has (its Exchange users): the form comes back.
    choose_kind(qtbot, dialog, "Unassign a user from a plan")
    assert not dialog.nothing.isVisibleTo(dialog)
    assert shown_fields(dialog) == ["type", "date", "plan", "user"]
    assert dialog.user.currentText() == "Ann Lee · ann@contoso.example"
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    assert red_texts(dialog) == []


def test_a_quantity_change_for_a_company_without_a_per_unit_plan_says_so_without_an_error(
        qtbot, window, world, sqlite_db):
    panel = company_page(qtbot, window, NodeRef(NodeKind.COMPANY, world.direct), "Direct One")
    changes = panel.changes
    dialog = changes.open_change("quantity")
    with qtbot.waitSignal(dialog.sig_previewed, timeout=5000):
        pass
    assert dialog.kind.currentText() == "Change a quantity"
    assert red_texts(dialog) == []  # nothing done yet: no "plan is required"
    assert dialog.nothing.text() == NO_PER_UNIT_PLAN
    assert shown_fields(dialog) == ["type", "date"]
    assert not dialog.save_button.isEnabled()
    both_sizes(qtbot, dialog, "change_dialog_no_quantity")
    dialog.reject()  # nothing typed: closes without asking
    assert closed(dialog)

    # Contoso has SharePoint Sites (per unit, five on 1 June since 1 March): its quantity is offered.
    panel = company_page(qtbot, window, NodeRef(NodeKind.COMPANY, world.contoso), "Contoso GmbH")
    dialog = panel.changes.open_change("quantity")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    assert not dialog.nothing.isVisibleTo(dialog)
    assert (dialog.plan.currentText(), dialog.quantity.value()) == ("SharePoint Sites · 5 units", 5)
    assert red_texts(dialog) == []


def test_the_sentence_follows_the_date(qtbot, window, world):
    """Before 1 February Contoso had no SharePoint Sites: moving the date there says so; back, the form."""
    panel = company_page(qtbot, window, NodeRef(NodeKind.COMPANY, world.contoso), "Contoso GmbH")
    dialog = panel.changes.open_change("quantity")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    with qtbot.waitSignal(dialog.sig_previewed, timeout=5000):
        dialog.date.setDate(QDate(2026, 1, 20))
    assert dialog.nothing.text() == NO_PER_UNIT_PLAN and red_texts(dialog) == []
    with qtbot.waitSignal(dialog.sig_previewed, timeout=5000):
        dialog.date.setDate(QDate(2026, 2, 20))
    assert not dialog.nothing.isVisibleTo(dialog)
    assert dialog.plan.currentText() == "SharePoint Sites · 3 units"


# --- a value left out: the field's label, not the core's name ------------------------------------------------


def test_an_amount_not_typed_yet_is_asked_for_not_refused(qtbot, window, world, sqlite_db):
    """Contoso pays in USD from 1 May; the catalogue's setup fee has only a EUR amount."""
    with unit_of_work(sqlite_db) as s:
        extra_items.add_item(s, "setup", {"en": "Setup fee"}, False, {"EUR": "40.00"})
    panel = company_page(qtbot, window, NodeRef(NodeKind.COMPANY, world.contoso), "Contoso GmbH")
    dialog = panel.changes.open_change("extra")
    with qtbot.waitSignal(dialog.sig_previewed, timeout=5000):
        pass
    assert (dialog.code.currentText(), dialog.amount.text()) == ("Setup fee", "")
    assert red_texts(dialog) == []
    assert dialog.preview.summary.text() == "The catalogue has no amount for Setup fee in USD: type the amount to charge."
    assert not dialog.save_button.isEnabled()
    qtbot.wait(50)  # laid out with the currency in the amount's label
    shot(dialog, "change_dialog_amount_asked")
    dialog.amount.setFocus()
    with qtbot.waitSignal(dialog.sig_previewed, timeout=5000):
        qtbot.keyClicks(dialog.amount, "45")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    # Emptied again: asked for again, no red.
    dialog.amount.selectAll()
    with qtbot.waitSignal(dialog.sig_previewed, timeout=5000):
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Delete)
    assert red_texts(dialog) == [] and not dialog.save_button.isEnabled()
    assert dialog.preview.summary.text() == "The catalogue has no amount for Setup fee in USD: type the amount to charge."


def test_a_value_the_service_finds_missing_is_named_by_the_fields_label(qtbot, window, world, sqlite_db):
    """The core names a missing value by its own field name ("plan", "description"); the dialog names it by
    the label of the field where the clerk gives it, under that field."""
    with unit_of_work(sqlite_db) as s:
        extra_items.add_item(s, "setup", {"en": "Setup fee"}, False, {"EUR": "40.00", "USD": "45.00"})
    panel = company_page(qtbot, window, NodeRef(NodeKind.COMPANY, world.contoso), "Contoso GmbH")
    dialog = panel.changes.open_change("extra")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    assert red_texts(dialog) == []

    def refusal(event):
        with unit_of_work(sqlite_db) as s:
            with pytest.raises(ch.ProrataError) as refused:
                ch.check_changes(s, [event], prefix=None)
        return refused.value
    no_description = refusal(ch.add_extra("c1", "setup", "40.00", date=date(2026, 6, 1)))
    assert [(p.id, p.where, p.params) for p in no_description.problems] == [
        ("missing", "description", {"field": "description"})]  # the core's words for it
    dialog._refused(no_description, None)
    assert red_texts(dialog) == ["Extra is required"]
    assert dialog.form._fields["code"][2].isVisibleTo(dialog) and not dialog.form.banner.isVisibleTo(dialog)
    shot(dialog, "change_dialog_description_missing")
    dialog.kind.setCurrentIndex(dialog.kind.findData("quantity"))
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    no_plan = refusal(ch.change_quantity("c1", None, 4, date(2026, 6, 1)))
    assert [(p.id, p.params) for p in no_plan.problems] == [("missing", {"field": "plan"})]
    dialog._refused(no_plan, None)
    assert red_texts(dialog) == ["Plan is required"]


# --- typed work is not dropped without asking ----------------------------------------------------------------


def answer_next_question(qtbot, button) -> list[str]:
    """Press ``button`` in the next message box that opens; returns its text."""
    seen = []

    def press():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.button(button).click()
        else:
            QTimer.singleShot(20, press)
    QTimer.singleShot(20, press)
    return seen


def test_cancel_asks_before_typed_work_is_thrown_away(qtbot, window, world, sqlite_db, monkeypatch):
    monkeypatch.setattr(unsaved, "let_typed_work_go", ASK_FOR_REAL)  # the real question box, answered below
    panel = company_page(qtbot, window, NodeRef(NodeKind.COMPANY, world.contoso), "Contoso GmbH")
    dialog = record_a_change(qtbot, panel)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled() or dialog.nothing.isVisible(), timeout=5000)
    # Looking through the kinds of change is no typed work: Esc closes at once.
    choose_kind(qtbot, dialog, "Change a quantity")
    choose_kind(qtbot, dialog, "Cancel a plan")
    assert not dialog.has_typed_work()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert closed(dialog)

    # A quantity typed: Esc asks; "Keep editing" keeps the dialog and the 7.
    dialog = record_a_change(qtbot, panel)
    choose_kind(qtbot, dialog, "Change a quantity")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    dialog.quantity.setFocus()
    dialog.quantity.selectAll()
    with qtbot.waitSignal(dialog.sig_previewed, timeout=5000):
        qtbot.keyClicks(dialog.quantity, "7")
    assert dialog.has_typed_work()
    asked = answer_next_question(qtbot, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["What you typed here has not been saved. Close and discard it?"]
    assert dialog.isVisible() and dialog.quantity.value() == 7
    # The Cancel button asks too; Discard closes, nothing recorded.
    before = count_events(sqlite_db)
    asked = answer_next_question(qtbot, QMessageBox.StandardButton.Discard)
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert asked == ["What you typed here has not been saved. Close and discard it?"] and closed(dialog)
    assert count_events(sqlite_db) == before

    # A date moved is typed work as well; the window's close button asks.
    dialog = record_a_change(qtbot, panel)
    dialog.date.setDate(QDate(2026, 5, 20))
    assert dialog.has_typed_work()
    asked = answer_next_question(qtbot, QMessageBox.StandardButton.Cancel)
    dialog.close()
    assert asked == ["What you typed here has not been saved. Close and discard it?"] and dialog.isVisible()

    # Saved: the dialog closes without asking.
    choose_kind(qtbot, dialog, "Change a quantity")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    dialog.quantity.setValue(6)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        dialog.save_button.click()
    assert count_events(sqlite_db) == before + 1
    qtbot.waitUntil(lambda: closed(dialog), timeout=2000)


# --- New company… with a company selected ----------------------------------------------------------------------


def test_new_company_is_offered_with_a_company_selected_under_its_seller(qtbot, window, world):
    actions = window.browser.actions
    tree = window.browser.tree
    company_page(qtbot, window, NodeRef(NodeKind.COMPANY, world.contoso), "Contoso GmbH")
    assert actions.new_company.isEnabled()
    tree.customContextMenuRequested.emit(tree.visualRect(tree.currentIndex()).center())
    assert ("New &company…", True) in [(a.text(), a.isEnabled()) for a in actions.menu.actions()]
    actions.menu.close()
    # Ctrl+N in the tree: the form for a company of Acme Cloud, Contoso's reseller.
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = actions.dialog
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    assert dialog.windowTitle() == "New company"
    assert dialog.reseller.currentData() == "acme"
    dialog.reject()
    # A user of Contoso: the same.
    window.browser.show_ref(NodeRef(NodeKind.USER, world.ann))
    qtbot.waitUntil(lambda: window.browser.detail.title.text() == "Ann Lee", timeout=5000)
    assert actions.new_company.isEnabled()
    dialog = actions.open_new_company()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    assert dialog.reseller.currentData() == "acme"
    dialog.reject()
    # A company of the hoster's own: under the hoster.
    company_page(qtbot, window, NodeRef(NodeKind.COMPANY, world.direct), "Direct One")
    assert actions.new_company.isEnabled()
    dialog = actions.open_new_company()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    assert dialog.reseller.currentData() is None
    assert dialog.reseller.currentText() == "None: a direct customer of the hoster"
    dialog.reject()


# --- the layout ------------------------------------------------------------------------------------------------


def test_the_date_hint_keeps_clear_of_the_next_field_at_the_smallest_size(qtbot, window, world):
    panel = company_page(qtbot, window, NodeRef(NodeKind.COMPANY, world.contoso), "Contoso GmbH")
    dialog = panel.changes.open_change("assign")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    for width, height in ((860, 560), (dialog.minimumWidth(), dialog.minimumHeight()), (300, 200)):
        dialog.resize(width, height)
        qtbot.wait(50)
        assert dialog.width() >= dialog.minimumWidth() and dialog.height() >= dialog.minimumHeight()
        hint = dialog.date_hint
        assert hint.text().startswith("The day it takes effect")
        bottom = hint.mapTo(dialog, hint.rect().bottomLeft()).y()
        plan_top = dialog.plan.mapTo(dialog, dialog.plan.rect().topLeft()).y()
        assert hint.height() >= hint.heightForWidth(hint.width())  # every line of it shows
        assert bottom < plan_top, (width, height)
        buttons_top = dialog.buttons.mapTo(dialog, dialog.buttons.rect().topLeft()).y()
        assert dialog.form.mapTo(dialog, dialog.form.rect().bottomLeft()).y() < buttons_top
    both_sizes(qtbot, dialog, "change_dialog_assign")


# --- in German -------------------------------------------------------------------------------------------------


def test_in_german_the_sentences_and_labels_are_german(qtbot, window, world, settings, sqlite_db):
    window.open_preferences().choose("de")
    qtbot.waitUntil(lambda: i18n.current_language() == "de", timeout=3000)
    qtbot.wait(100)
    panel = company_page(qtbot, window, NodeRef(NodeKind.COMPANY, world.direct), "Direct One")
    dialog = panel.changes.open_change("extra")
    with qtbot.waitSignal(dialog.sig_previewed, timeout=5000):
        pass
    assert dialog.kind.currentText() == "Zusatzgebühr hinzufügen"
    assert dialog.nothing.text() == (
        "Der Katalog enthält noch keine Zusatzgebühren. Legen Sie sie auf der Registerkarte „Katalog“ unter "
        "„Zusatzposten“ an („Neuer Posten …“); danach können Sie hier eine der Firma berechnen.")
    assert red_texts(dialog) == []
    both_sizes(qtbot, dialog, "change_dialog_empty_catalogue_de")
    with qtbot.waitSignal(dialog.sig_previewed, timeout=5000):
        dialog.kind.setCurrentIndex(dialog.kind.findData("quantity"))
    assert dialog.nothing.text().startswith("Die Firma hat an diesem Tag keinen Tarif, der pro Einheit abgerechnet "
                                            "wird; es gibt also keine Menge zu ändern.")
    assert red_texts(dialog) == []
    both_sizes(qtbot, dialog, "change_dialog_no_quantity_de")
    dialog.reject()
    panel = company_page(qtbot, window, NodeRef(NodeKind.COMPANY, world.contoso), "Contoso GmbH")
    dialog = panel.changes.open_change("assign")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    assert dialog.date_hint.text().startswith("Der Tag, an dem sie wirkt")
    both_sizes(qtbot, dialog, "change_dialog_assign_de")
    # A value the service finds missing: by the German label of its field.
    with unit_of_work(sqlite_db) as s:
        with pytest.raises(ch.ProrataError) as refused:
            ch.check_changes(s, [ch.change_quantity("c1", None, 4, date(2026, 6, 1))], prefix=None)
    dialog._refused(refused.value, None)
    assert red_texts(dialog) == ["Tarif ist erforderlich"]
