"""The invoice view's "Why this amount" panel: the selected line explained, worked out on the worker."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import select

from app.billing.run import run_billing
from app.models import Invoice
from app.storage.engine import unit_of_work
from tests.billing_world import CONTOSO_EVENTS, add_company, build
from ui.invoices.invoice_view import InvoiceView


@pytest.fixture
def view(qtbot, worker, sqlite_db):
    """Contoso under acme billed as drafts up to 15 February 2026; the view shows its 15 February invoice."""
    w = build(sqlite_db)
    cid = add_company(sqlite_db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    run_billing(sqlite_db, date(2026, 2, 15))
    with unit_of_work(sqlite_db) as s:
        ident = s.scalar(select(Invoice.id).where(Invoice.company_id == cid,
                                                  Invoice.period_start == date(2026, 2, 15)))
    v = InvoiceView(worker)
    qtbot.addWidget(v)
    v.resize(1300, 800)
    v.show()
    v.show_invoice(ident)
    qtbot.waitUntil(lambda: v.data() is not None and v.data()["id"] == ident, timeout=5000)
    return v


def select_line(qtbot, v, row: int) -> None:
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    v.lines_view.selectionModel().setCurrentIndex(v.lines.index(row, 0), flags)
    qtbot.waitUntil(lambda: v.explain.explanation() is not None and v.explain.explanation().position == row + 1,
                    timeout=5000)


def test_no_line_selected_says_what_to_do_and_takes_no_room(qtbot, view):
    # Nothing to explain: the panel is gone, a line beside the totals says how to get an explanation.
    assert not view.explain.isVisible()
    assert view.explain_hint.isVisible() and "Select a line" in view.explain_hint.text()
    assert view.explain.title() == "Why this amount"
    select_line(qtbot, view, 0)
    assert view.explain.isVisible() and not view.explain_hint.isVisible()
    # As tall as what it says, all of it in sight: fewer text lines than the most it takes before scrolling.
    assert view.explain.scroll.height() < view.explain.fontMetrics().lineSpacing() * 17
    assert view.explain.scroll.verticalScrollBar().maximum() == 0


def test_the_proration_line_is_explained_with_its_layers(qtbot, view):
    # Lines: mailbox, 3 sites in advance, the sites from 10 February, the support call.
    select_line(qtbot, view, 2)
    text = view.explain.text.text()
    # 10 February to 15 February: 5 of the 31 days of [15 Jan, 15 Feb); 3 x 12.00 x 5/31 = 5.806451... -> 5.81
    assert "A change on 10/02/2026: 5 of the 31 days of the period 15/01/2026 to 14/02/2026." in text
    assert "3 × €12.00 × 5/31 = 5.806451… → €5.81" in text
    assert "rounding difference +0.003548…" in text
    # The layers, the applied one in bold: acme's retail 12.00; acme's cost: the wholesale 8.00.
    assert "Company&#x27;s own price (c1)</td><td style='padding-right: 12px'>no price" in text
    assert "<tr style='font-weight: bold'><td style='padding-right: 12px'>2.</td>" \
           "<td style='padding-right: 12px'>Retail (acme)</td><td style='padding-right: 12px'>€12.00" in text
    assert "Wholesale (hoster)</td><td style='padding-right: 12px'>€8.00" in text
    # acme's cost 3 x 8.00 x 5/31 = 3.870967... -> 3.87; margin 5.81 - 3.87 = 1.94
    assert "The reseller&#x27;s cost for this line is €3.87; its margin €1.94." in text


def test_another_line_reuses_the_explanation_and_an_extra_names_its_event(qtbot, view):
    select_line(qtbot, view, 2)
    found = view.explain._found
    select_line(qtbot, view, 3)
    assert view.explain._found is found  # worked out once per invoice
    text = view.explain.text.text()
    assert "One-off extra: Extra charge support-call €50.00, dated 03/02/2026" in text
    view.show_invoice(None)
    qtbot.waitUntil(lambda: "Select a line" in view.explain.text.text(), timeout=5000)


def test_screenshot(qtbot, view, tmp_path):
    select_line(qtbot, view, 2)
    path = tmp_path / "explain.png"
    assert view.grab().save(str(path))
    assert path.stat().st_size > 0
