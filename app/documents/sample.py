"""A made-up invoice for the designer's preview (and ``prorata templates show --sample``): every kind of
line a real one has (in advance, a proration with its arithmetic, a correction, an extra), in the language
and currency asked, so a template can be judged before any invoice exists.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.documents.content import Arithmetic, Content, Line, Party, TaxRow
from app.money import round_money

D = Decimal


def sample_content(language: str = "en_GB", currency: str = "EUR", issuer: Party | None = None) -> Content:
    """A two-company-sized invoice issued on 15 February 2026 by ``issuer`` (a neutral hoster if None)."""
    issuer = issuer or Party("Northwind Hosting Ltd", {"lines": ["Northwind House", "12 Wellington Place"],
                                                       "city": "Leeds", "postcode": "LS1 4AP", "country": "GB"},
                             tax_id="GB284716395", email="billing@northwind-hosting.example")
    customer = Party("Brightwater Consulting GmbH", {"lines": ["Attn. Accounts Payable", "Hafenstraße 12"],
                                                     "city": "Hamburg", "postcode": "20457", "country": "DE"},
                     tax_id="DE123456789", code="brightwater")
    f = D(1) if currency != "JPY" else D(100)
    lines = [
        Line(1, "recurring", "Exchange Basic mailbox", D(12), D("6.50") * f, D(19), round_money(D(78) * f, currency),
             date(2026, 2, 15), date(2026, 3, 15)),
        Line(2, "recurring", "SharePoint site", D(3), D("12.00") * f, D(19), round_money(D(36) * f, currency),
             date(2026, 2, 15), date(2026, 3, 15)),
        Line(3, "proration", "SharePoint site", D(3), D("12.00") * f, D(19),
             round_money(D(3) * D(12) * f * 5 / 31, currency), date(2026, 2, 10), date(2026, 2, 15),
             arithmetic=Arithmetic(D(3), D("12.00") * f, 5, 31, round_money(D(3) * D(12) * f * 5 / 31, currency),
                                   "per_unit", None)),
        Line(4, "correction", "Exchange Basic mailbox", D(2), D("6.50") * f, D(19),
             round_money(D(2) * D("6.50") * f * 9 / 31, currency), date(2026, 1, 21), date(2026, 1, 30),
             arithmetic=Arithmetic(D(2), D("6.50") * f, 9, 31, round_money(D(2) * D("6.50") * f * 9 / 31, currency),
                                   "per_user", None),
             corrects=(date(2026, 1, 15), date(2026, 2, 15), "NW-2026-000142")),
        Line(5, "extra", "Data migration (one-off)", D(1), D("150.00") * f, D(19), round_money(D(150) * f, currency),
             date(2026, 2, 3), date(2026, 2, 4)),
    ]
    subtotal = sum((ln.amount for ln in lines), D(0))
    tax = round_money(subtotal * D(19) / 100, currency)
    return Content(kind="invoice", currency=currency, language=language, issuer=issuer, customer=customer,
                   number="NW-2026-000187", issue_date=date(2026, 2, 15), lines=lines, subtotal=subtotal, tax=tax,
                   total=subtotal + tax, tax_rows=[TaxRow(D(19), subtotal, tax)], period_start=date(2026, 2, 15),
                   period_end=date(2026, 3, 15), status="issued")
