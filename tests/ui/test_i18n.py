"""The translation catalogues load for the user's language and speak it, plurals included."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ui import i18n


@pytest.fixture
def installed(qapp):
    translators = []

    def install(name: str):
        translators.extend(i18n.install(qapp, QLocale(name)))
    yield install
    i18n.remove(qapp, translators)


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def test_english_gets_its_plural_forms(installed):
    installed("en_GB")
    assert tr("InvoiceBrowser", "%Ln invoice(s)", 1) == "1 invoice"
    assert tr("InvoiceBrowser", "%Ln invoice(s)", 2) == "2 invoices"


@pytest.mark.parametrize("name,one,many,label", [
    ("de_DE", "1 Rechnung", "2 Rechnungen", "Betrag"),
    ("fr_FR", "1 facture", "2 factures", "Montant"),
])
def test_german_and_french(installed, name, one, many, label):
    installed(name)
    assert tr("InvoiceBrowser", "%Ln invoice(s)", 1) == one
    assert tr("InvoiceBrowser", "%Ln invoice(s)", 2) == many
    assert tr("InvoiceLinesDialog", "Amount") == label


def test_the_address_rows_and_the_conflict_box_are_translated(installed, qtbot):
    # They serve every tenant form through one context; lupdate did not see them (a wrapper hid the literal).
    from PySide6.QtWidgets import QWidget

    from ui.dialogs.field_form import FieldForm
    from ui.tenants.forms.base import AddressFields

    installed("de_DE")
    owner = QWidget()
    qtbot.addWidget(owner)
    form = FieldForm(owner)
    fields = AddressFields(owner, form, None)
    assert fields.lines.placeholderText() == "eine Zeile je Angabe: Straße, Gebäude…"
    assert tr("TenantDialog", "&Keep editing") == "&Weiter bearbeiten"
