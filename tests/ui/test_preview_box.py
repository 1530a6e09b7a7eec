"""The change preview's box when a change moves more than one invoice of a boundary: a company billed in JPY
from 10 March whose 30.00 EUR extra of 5 March goes on an invoice in EUR of its own (app/services/change_preview.py
returns one entry per invoice). Every invoice shows: its lines in its currency and a sentence each."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.services.change_preview import CompanyPreview, PreviewLine
from ui.tenants.changes.preview_model import PreviewBox
from tests.ui.test_change_dialog import shot, table

D = Decimal
P = date(2026, 3, 10)
JPY_UNCHANGED = CompanyPreview("d2", P, "JPY", [], D("2500"), D("2500"), D("3000"), D("3000"))
EUR_EXTRA = CompanyPreview("d2", P, "EUR", [PreviewLine("extra", date(2026, 3, 5), date(2026, 3, 6), D(1),
                                                        D("30.00"), D("30.00"), extra="setup", days=1,
                                                        period_days=1)],
                           D("0"), D("30.00"), D("0"), D("36.00"))


def test_an_extra_billed_in_the_currency_the_company_left_shows_on_its_own_invoice(qtbot):
    box = PreviewBox()
    qtbot.addWidget(box)
    box.resize(640, 200)
    box.show_preview([JPY_UNCHANGED, EUR_EXTRA])
    assert box.summary.text() == (
        "This changes nothing on the next invoice in JPY, dated 10/03/2026. The invoice in EUR of the same date: "
        "subtotal €0.00 → €30.00 (+€30.00); with tax €0.00 → €36.00.")
    assert table(box.model) == [["Extra charge: setup", "05/03/2026", "1 × €30.00 = €30.00", "€30.00"]]
    shot(box, "preview_two_currencies")


def test_lines_of_both_invoices_each_in_its_currency(qtbot):
    # The JPY advance gains a 1,000 JPY extra as well: 2,500 -> 3,500, with 20 % 3,000 -> 4,200.
    jpy = CompanyPreview("d2", P, "JPY", [PreviewLine("extra", date(2026, 3, 10), date(2026, 3, 11), D(1), D("1000"),
                                                      D("1000"), extra="call", days=1, period_days=1)],
                         D("2500"), D("3500"), D("3000"), D("4200"))
    box = PreviewBox()
    qtbot.addWidget(box)
    box.show_preview([jpy, EUR_EXTRA])
    assert box.summary.text() == (
        "The next invoice, dated 10/03/2026: subtotal JP¥2,500 → JP¥3,500 (+JP¥1,000); with tax JP¥3,000 → JP¥4,200. "
        "The invoice in EUR of the same date: subtotal €0.00 → €30.00 (+€30.00); with tax €0.00 → €36.00.")
    assert [row[3] for row in table(box.model)] == ["JP¥1,000", "€30.00"]


def test_one_invoice_reads_as_before(qtbot):
    box = PreviewBox()
    qtbot.addWidget(box)
    box.show_preview(JPY_UNCHANGED)
    assert box.summary.text() == "This changes nothing on the next invoice, dated 10/03/2026."
