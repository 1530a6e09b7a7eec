"""The invoice designer (ui/designer/): the real page follows an edit, undo restores it, problems show at
their fields, a save that lost a race says who won, a reseller sees only its own templates.

Colours are read back from the rendered page image: the sample invoice's totals band and headings are drawn
in the accent colour, so a page in #C0392B has pixels of that red and none after undo, when the built-in
#1F4E79 returns.
"""
from __future__ import annotations

import os
from dataclasses import replace

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from app.documents import template as templates
from app.models import Reseller
from app.resources import resource
from app.services import documents
from app.storage.engine import unit_of_work
from tests.billing_world import build
from ui.designer import InvoiceDesigner

SHOTS = "/tmp/h/shots"


def _pixels(image, colour: str, step: int = 3, tolerance: int = 12) -> int:
    """Pixels of ``image`` (every ``step``-th in each direction) within ``tolerance`` of ``colour``."""
    want = QColor(colour)
    n = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            if abs(c.red() - want.red()) <= tolerance and abs(c.green() - want.green()) <= tolerance \
                    and abs(c.blue() - want.blue()) <= tolerance:
                n += 1
    return n


@pytest.fixture
def designer(qtbot, worker, sqlite_db):
    build(sqlite_db)
    with unit_of_work(sqlite_db) as s:
        r = s.get(Reseller, 1)
        r.address = {"lines": ["Speicherstadt 7"], "city": "Hamburg", "postcode": "20457", "country": "DE"}
    d = InvoiceDesigner(worker)
    d.confirm_discard = lambda: True
    qtbot.addWidget(d)
    d.show()
    d.load()
    qtbot.waitUntil(lambda: d.preview.renders >= 1, timeout=10000)
    yield d
    d.preview.close_renderer()


def test_a_new_accent_colour_reaches_the_page_and_undo_restores_it(designer, qtbot):
    page = designer.preview.view.images[0]
    assert _pixels(page, "#1F4E79") > 50 and _pixels(page, "#C0392B") == 0
    before = designer.preview.renders
    designer.settings.set_accent_colour(QColor("#c0392b"))
    qtbot.waitUntil(lambda: designer.preview.renders > before, timeout=5000)
    page = designer.preview.view.images[0]
    assert _pixels(page, "#C0392B") > 50 and _pixels(page, "#1F4E79") == 0
    assert designer.settings.colour_edit.text() == "#C0392B"
    assert designer.undo_action.isEnabled()

    before = designer.preview.renders
    designer.undo_action.trigger()
    qtbot.waitUntil(lambda: designer.preview.renders > before, timeout=5000)
    page = designer.preview.view.images[0]
    assert _pixels(page, "#1F4E79") > 50 and _pixels(page, "#C0392B") == 0
    assert designer.settings.colour_edit.text() == "#1F4E79"
    assert designer.state.get("accent_colour") == "#1F4E79"
    assert designer.preview.latencies_ms[-1] < 1000


def test_a_bad_iban_is_shown_at_its_field_and_the_page_keeps_the_last_valid_settings(designer, qtbot):
    designer.settings.tabs.setCurrentIndex(3)
    form = designer.settings.forms[3]  # Payment
    iban = form.widget("blocks.payment.iban")
    qtbot.keyClicks(iban, "DE89 3704 0044 0532 0130 01")
    qtbot.waitUntil(lambda: form._fields["blocks.payment.iban"][2].isVisibleTo(designer), timeout=3000)
    message = form._fields["blocks.payment.iban"][2].text()
    assert message == "'DE89 3704 0044 0532 0130 01' is not an IBAN (its check digits do not match)"
    assert designer.preview.note.isVisibleTo(designer)
    iban.setFocus()
    qtbot.keyClick(iban, "\b")
    qtbot.keyClicks(iban, "0")
    qtbot.waitUntil(lambda: not form._fields["blocks.payment.iban"][2].isVisibleTo(designer), timeout=3000)
    assert designer.state.get("blocks.payment.iban") == "DE89 3704 0044 0532 0130 00"
    designer.state.stack.undo()  # the typing was one step
    assert designer.state.get("blocks.payment.iban") is None


def test_choosing_letter_paper_moves_the_address_window_in_one_step(designer):
    combo = designer.settings.forms[0].widget("page_size").findChild(QComboBox)
    combo.activated.emit(combo.findData("Letter"))
    assert (designer.state.get("page_size"), designer.state.get("blocks.address.window")) == ("Letter", "us_10")
    designer.state.stack.undo()
    assert (designer.state.get("page_size"), designer.state.get("blocks.address.window")) == ("A4", "din_5008_b")


def test_a_logo_is_checked_by_the_core_before_it_is_used(designer, qtbot, tmp_path):
    gif = tmp_path / "logo.gif"
    gif.write_bytes(b"GIF89a" + b"\0" * 40)
    assert not designer.settings.upload_logo(str(gif))
    assert not designer.settings.forms[1]._fields["logo"][2].isHidden()
    assert designer.settings.forms[1]._fields["logo"][2].text() == \
        "the logo is not a PNG or JPEG image (its first bytes are neither PNG's nor JPEG's)"
    assert designer.settings.upload_logo(str(resource("logo-default.png")))
    assert designer.state.logo[1] == "image/png"


def test_saving_over_a_rivals_save_is_refused_naming_who_saved(designer, qtbot, sqlite_db, monkeypatch):
    designer.save()
    qtbot.waitUntil(lambda: designer.state.stored is not None, timeout=5000)
    assert designer.state.stored.version == 1 and designer.state.stack.isClean()
    monkeypatch.setenv("PRORATA_ACTOR", "Ann Rival")
    with unit_of_work(sqlite_db) as s:  # another clerk saves the same template meanwhile
        theirs = documents.get_template(s, "hoster", "Standard")
        documents.save_template(s, "hoster", replace(theirs, accent_colour="#006400"), expected_version=1)
    monkeypatch.delenv("PRORATA_ACTOR")
    designer.settings.set_accent_colour(QColor("#C0392B"))
    designer.save()
    qtbot.waitUntil(lambda: designer.settings.banner.isVisibleTo(designer), timeout=5000)
    text = designer.settings.banner.text()
    assert text.startswith("template 'hoster:Standard' was changed meanwhile by ") and "(Ann Rival)" in text
    assert "nothing was changed" in text
    with unit_of_work(sqlite_db) as s:
        kept = documents.get_template(s, "hoster", "Standard")
    assert (kept.version, kept.accent_colour) == (2, "#006400")  # theirs stands
    assert not designer.state.stack.isClean()


def test_save_as_and_make_default(designer, qtbot, sqlite_db):
    designer.save()
    qtbot.waitUntil(lambda: designer.state.stored is not None, timeout=5000)
    designer.settings.set_accent_colour(QColor("#C0392B"))
    designer.save_as("Red")
    qtbot.waitUntil(lambda: designer.state.stored is not None and designer.state.stored.name == "Red",
                    timeout=5000)
    designer.make_default()
    qtbot.waitUntil(lambda: designer.state.stored.is_default, timeout=5000)
    with unit_of_work(sqlite_db) as s:
        found = {t.name: (t.accent_colour, t.is_default) for t in documents.list_templates(s, "hoster")}
    assert found == {"Standard": ("#1F4E79", False), "Red": ("#C0392B", True)}


def test_a_reseller_sees_only_its_own_templates(qtbot, worker, sqlite_db):
    build(sqlite_db)
    with unit_of_work(sqlite_db) as s:
        documents.save_template(s, "hoster", replace(templates.builtin(), name="Hoster's"))
        documents.save_template(s, "acme", replace(templates.builtin(), name="Acme blue"))
    d = InvoiceDesigner(worker, issuers=["acme"])
    d.confirm_discard = lambda: True
    qtbot.addWidget(d)
    d.load()
    qtbot.waitUntil(lambda: d.template_combo.count() > 0, timeout=5000)
    assert [d.issuer_combo.itemData(i) for i in range(d.issuer_combo.count())] == ["acme"]
    assert [d.template_combo.itemData(i) for i in range(d.template_combo.count())] == ["Acme blue"]
    assert d.state.issuer == "acme" and d.state.doc["name"] == "Acme blue"
    d.preview.close_renderer()


def test_screenshot_of_the_designer(designer, qtbot):
    designer.resize(1280, 800)
    designer.settings.upload_logo(str(resource("logo-default.png")))
    qtbot.waitUntil(lambda: not designer.preview.renderer.busy() and designer.preview.renders >= 2, timeout=5000)
    qtbot.wait(200)
    os.makedirs(SHOTS, exist_ok=True)
    designer.grab().save(f"{SHOTS}/designer.png")
    for i, name in ((1, "letterhead"), (2, "lines"), (3, "payment"), (4, "texts")):
        designer.settings.tabs.setCurrentIndex(i)
        designer.grab().save(f"{SHOTS}/designer-{name}.png")


def test_preview_on_a_real_invoice_found_by_its_customer(qtbot, worker, sqlite_db):
    import io

    import pdfplumber

    from tests.review_world import review_world
    from ui.designer.invoice_picker import InvoicePicker

    ids = review_world(sqlite_db)
    d = InvoiceDesigner(worker)
    d.confirm_discard = lambda: True
    qtbot.addWidget(d)
    d.load()
    qtbot.waitUntil(lambda: d.preview.renders >= 1, timeout=10000)
    picker = InvoicePicker(worker, "hoster", d)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search, "bet")
    qtbot.waitUntil(lambda: picker.results.count() == 1 and "Beta" in picker.results.item(0).text(), timeout=5000)
    picker.accept()
    assert picker.chosen["id"] == ids["beta"]
    before = d.preview.renders
    d.preview_invoice(picker.chosen["id"], picker.chosen["label"])
    qtbot.waitUntil(lambda: d.preview.renders > before, timeout=5000)
    with pdfplumber.open(io.BytesIO(d.preview.pdf)) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Beta" in text and "€24.00" in text  # 20.00 archiving + 20 % tax
    assert d.preview.source.currentText() == f"draft #{ids['beta']}"
    d.preview.close_renderer()


def test_the_billing_menu_opens_the_designer(qtbot, worker, sqlite_db):
    from ui.app_shell import MainWindow

    build(sqlite_db)
    w = MainWindow(worker, "sqlite:///test.db")
    qtbot.addWidget(w)
    titles = [a.text() for a in w.billing_menu.actions()]
    assert "Invoice &designer…" in titles
    assert "Open re&view file…" in [a.text() for a in w.file_menu.actions()]
    w.designer_action.trigger()
    assert isinstance(w.designer, InvoiceDesigner) and w.designer.isVisible()
    w.designer.confirm_discard = lambda: True
    qtbot.waitUntil(lambda: w.designer.preview.renders >= 1, timeout=10000)
    w.designer.preview.close_renderer()


def test_a_footer_is_written_per_language_and_the_preview_follows_the_language(designer, qtbot):
    import io

    import pdfplumber

    panel = designer.settings
    panel.tabs.setCurrentIndex(4)
    panel.language_combo.activated.emit(panel.language_combo.findData("de"))
    assert designer.preview.sample_language() == "de_DE"
    footer = panel.forms[4].widget("footer")
    footer.setFocus()
    before = designer.preview.renders
    qtbot.keyClicks(footer, "Amtsgericht Hamburg HRB 12345")
    assert designer.state.get("footer") == {"de": "Amtsgericht Hamburg HRB 12345"}
    qtbot.waitUntil(lambda: designer.preview.renders > before and not designer.preview.renderer.busy(),
                    timeout=5000)
    with pdfplumber.open(io.BytesIO(designer.preview.pdf)) as pdf:
        text = pdf.pages[0].extract_text()
    assert "Amtsgericht Hamburg HRB 12345" in text and "Rechnung" in text
    panel.language_combo.activated.emit(panel.language_combo.findData("fr"))
    assert footer.toPlainText() == "" and designer.preview.sample_language() == "fr_FR"
    designer.state.stack.undo()  # the typing was one step
    assert designer.state.get("footer") is None
