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


def test_what_the_run_leaves_to_the_clerk_is_said_under_the_totals(qtbot):
    # A cancellation on 20 February into a month whose invoice INV-2026-00002 was credited: the advance goes
    # (-20.00 of 20.00; 24.00 with 20 % tax -> 0.00), the 18 days are not given back a second time.
    from app.errors import Problem
    note = Problem("late_change_credited", {"date": "2026-02-20", "start": "2026-02-20", "end": "2026-03-09",
                                            "invoice": "INV-2026-00002"})
    shown = CompanyPreview("k1", P, "EUR", [PreviewLine("recurring", P, date(2026, 4, 10), D(-1), D("20.00"),
                                                        D("-20.00"), plan="archiving", days=1, period_days=1)],
                           D("20.00"), D("0"), D("24.00"), D("0"), [note])
    box = PreviewBox()
    qtbot.addWidget(box)
    box.resize(640, 220)
    box.show_preview([shown], {"archiving": "Archiving"})
    assert box.summary.text() == (
        "The next invoice, dated 10/03/2026: subtotal €20.00 → €0.00 (-€20.00); with tax €24.00 → €0.00. "
        "A change dated 2026-02-20, recorded after its period was billed, is not corrected for 2026-02-20 to "
        "2026-03-09: invoice INV-2026-00002 billed those days and was credited since, so its credit note (or the "
        "invoice that replaced it) settled them; bill or credit by hand what the change makes due.")
    shot(box, "preview_credited_note")
