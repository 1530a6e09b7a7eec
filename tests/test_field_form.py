"""A form shows each problem under the field it names, in the window's language; editing clears it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from app.errors import Problem, ProrataError
from ui.dialogs.field_form import FieldForm, field_of


def test_field_of_takes_the_longest_registered_name():
    names = ["address", "address.country", "email", "amounts"]
    assert field_of("address.country", names) == "address.country"
    assert field_of("address.lines[1]", names) == "address"
    assert field_of("$.email", names) == "email"
    assert field_of("amounts.EUR", names) == "amounts"
    assert field_of("emails", names) is None
    assert field_of("", names) is None


def _form(qtbot):
    form = FieldForm()
    qtbot.addWidget(form)
    name = form.add_field("name", "Name", QLineEdit())
    email = form.add_field("email", "Email", QLineEdit(), hint="Invoices are sent here.")
    delivery = QComboBox()
    delivery.addItems(["email", "post"])
    form.add_field("delivery", "Delivery", delivery)
    form.resize(420, 300)
    form.show()
    qtbot.waitExposed(form)
    return form, name, email


def test_problems_go_under_their_fields_and_loose_ones_to_the_banner(qtbot):
    form, name, email = _form(qtbot)
    error = ProrataError([
        Problem("missing", {"field": "name"}, "name"),
        Problem("bad_date", {"value": "2026-02-30"}, "email"),
        Problem("bad_date", {"value": "x"}, "signup"),
    ])
    assert form.show_problems(error, "en") == 2
    title, widget, message = form._fields["name"]
    assert message.isVisible() and message.text() == "name is required"
    assert form._fields["email"][2].text() == "'2026-02-30' is not a date (use YYYY-MM-DD)"
    assert form.banner.isVisible() and form.banner.text() == "signup: 'x' is not a date (use YYYY-MM-DD)"
    assert form.focusWidget() is name
    form.grab().save("/tmp/field_form.png")
    qtbot.keyClicks(name, "Acme")
    assert not message.isVisible()
    assert form._fields["email"][2].isVisible()  # only the edited field is cleared


def test_messages_in_german(qtbot):
    form, _, email = _form(qtbot)
    form.show_problems(ProrataError.of("bad_date", "email", value="x"), "de_DE")
    assert form._fields["email"][2].text() == "'x' ist kein Datum (Form JJJJ-MM-TT)"
