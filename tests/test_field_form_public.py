"""What dialogs ask a FieldForm (instead of reaching into its fields): names, the field a problem is about,
a label as shown and as words, the problem shown under a field."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from app.errors import Problem, ProrataError
from ui.dialogs.field_form import FieldForm


def test_the_form_answers_about_its_fields(qtbot):
    form = FieldForm()
    qtbot.addWidget(form)
    form.add_field("plan", "&Plan:", QLineEdit())
    form.add_field("address", "R&&D address:", QLineEdit())
    form.add_field("address.country", "プラン(&C):", QLineEdit())
    assert form.names() == ["plan", "address", "address.country"]
    assert form.has_field("plan") and not form.has_field("user") and not form.has_field(None)
    assert form.field_for("$.address.country") == "address.country"  # the longest name it starts with
    assert form.field_for("address.lines[1]") == "address"
    assert form.field_for("user") is None
    assert form.label_text("plan") == "&Plan:"
    assert [form.label_words(n) for n in form.names()] == ["Plan", "R&D address", "プラン"]
    assert form.message_text("plan") == ""
    form.show_problems(ProrataError([Problem("missing", {"field": "plan"}, "plan")]), "en")
    assert form.message_text("plan") == "plan is required"
    assert form.message_text("address") == ""
