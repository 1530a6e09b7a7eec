"""The "Why this amount" panel says an own price ended, and from when, rather than "no price"."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.billing.explain import PriceLayer
from ui.invoices.explain_panel import ExplainPanel


def test_an_ended_own_price_reads_as_ended(qtbot, worker):
    panel = ExplainPanel(worker)
    qtbot.addWidget(panel)
    text = panel._layers([PriceLayer("company_override", "d1", None, date(2026, 2, 20), False),
                          PriceLayer("retail", "hoster", Decimal("7.00"), date(2026, 3, 1), True)], "EUR")
    assert "<td style='padding-right: 12px'>own price ended</td><td style='padding-right: 12px'>from 20/02/2026" \
        in text
    # A layer without any price still says so.
    assert "no price" in panel._layers([PriceLayer("company_override", "d1", None, None, False)], "EUR")
