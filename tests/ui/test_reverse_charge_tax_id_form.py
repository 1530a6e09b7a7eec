"""The company dialog says under the tax id field that reverse charge needs one, and saves nothing until given."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Company
from app.models.companies import TaxTreatment
from app.services.tenant_view import HOSTER_REF, NodeKind, NodeRef
from app.storage.engine import unit_of_work
from tests.ui.conftest import TODAY
from ui.app_shell import MainWindow
from ui.tenants.forms.base import set_combo

SHOT = "/tmp/h/shots/h6_{}.png"
SAID = ("a VAT ID is required when the tax treatment is reverse charge: the customer owes the VAT, and its "
        "invoices must give its VAT ID")


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


def message(dialog, name: str) -> str:
    """The text under field ``name`` ("" when none shows)."""
    for form in dialog.forms:
        if name in form._fields:
            label = form._fields[name][2]
            return label.text() if label.isVisible() else ""
    raise KeyError(name)


def counts(engine) -> tuple[int, int]:
    with unit_of_work(engine) as s:
        return (s.scalar(select(func.count()).select_from(Company)),
                s.scalar(select(func.count()).select_from(AuditEntry)))


def _shot(dialog, name: str) -> None:
    import os

    os.makedirs("/tmp/h/shots", exist_ok=True)
    dialog.grab().save(SHOT.format(name))


def test_a_new_reverse_charge_company_needs_its_tax_id(qtbot, window, world, sqlite_db):
    choose(qtbot, window, NodeRef(NodeKind.RESELLER, world.acme), "Acme Cloud")
    before = counts(sqlite_db)
    d = opened(qtbot, window.browser.actions.open_new_company())
    qtbot.keyClicks(d.code, "rc1")
    qtbot.keyClicks(d.name, "Reverse SARL")
    qtbot.keyClicks(d.email, "ap@rc1.example")
    set_combo(d.tax_treatment, TaxTreatment.REVERSE_CHARGE.value)
    with qtbot.waitSignal(d.sig_failed, timeout=5000):
        d.save_button.click()
    assert message(d, "tax_id") == SAID
    assert message(d, "tax_treatment") == "" and message(d, "email") == ""
    assert d.isVisible() and counts(sqlite_db) == before
    _shot(d, "company_new_reverse_charge")
    qtbot.keyClicks(d.tax_id, "FR47528391046")
    assert message(d, "tax_id") == ""  # typing in the field clears its message
    with qtbot.waitSignal(d.sig_saved, timeout=5000):
        d.save_button.click()
    with unit_of_work(sqlite_db) as s:
        c = s.scalars(select(Company).where(Company.code == "rc1")).one()
        assert (c.tax_treatment, c.tax_id) == ("reverse_charge", "FR47528391046")


def test_an_edit_to_reverse_charge_without_a_tax_id_is_refused_under_the_field(qtbot, window, world, sqlite_db):
    choose(qtbot, window, NodeRef(NodeKind.COMPANY, world.contoso), "Contoso GmbH")
    before = counts(sqlite_db)
    d = opened(qtbot, window.browser.actions.open_edit())
    assert d.tax_id.text() == ""
    set_combo(d.tax_treatment, TaxTreatment.REVERSE_CHARGE.value)
    with qtbot.waitSignal(d.sig_failed, timeout=5000):
        d.save_button.click()
    assert message(d, "tax_id") == SAID
    assert counts(sqlite_db) == before
    _shot(d, "company_edit_reverse_charge")
    d.reject()


def test_the_reseller_dialog_says_the_same_under_its_tax_id(qtbot, window, world, sqlite_db):
    """The hoster bills a reseller as its customer: a reseller taxed by reverse charge needs its VAT id too."""
    choose(qtbot, window, NodeRef(NodeKind.RESELLER, world.blue), "Blue Reseller")
    d = opened(qtbot, window.browser.actions.open_edit())
    set_combo(d.tax_treatment, TaxTreatment.REVERSE_CHARGE.value)
    with qtbot.waitSignal(d.sig_failed, timeout=5000):
        d.save_button.click()
    assert message(d, "tax_id") == SAID
    _shot(d, "reseller_edit_reverse_charge")
    qtbot.keyClicks(d.tax_id, "NL853746190B01")
    with qtbot.waitSignal(d.sig_saved, timeout=5000):
        d.save_button.click()
    with unit_of_work(sqlite_db) as s:
        from app.models import Reseller

        r = s.scalars(select(Reseller).where(Reseller.code == "blue")).one()
        assert (r.tax_treatment, r.tax_id) == ("reverse_charge", "NL853746190B01")
