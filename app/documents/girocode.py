"""The EPC "GiroCode": a QR code a banking app scans to fill in a SEPA credit transfer (EUR only).

The payload follows EPC069-12 version 002 (UTF-8): service tag BCD, the BIC (optional within the EEA), the
beneficiary's name (at most 70 characters), the IBAN, the amount as ``EUR12.34`` (0.01 to 999,999,999.99),
and the remittance text (at most 140 characters; here the invoice number). segno encodes it at error
correction level M, within version 13, as the standard asks. ``QrCode`` draws the modules as vector
squares, so the code stays sharp at any print resolution.
"""
from __future__ import annotations

from decimal import Decimal

from reportlab.lib.colors import black
from reportlab.platypus import Flowable

MAX_AMOUNT = Decimal("999999999.99")


def payload(name: str, iban: str, amount: Decimal, text: str, bic: str | None = None) -> str | None:
    """The EPC QR payload, or None when the transfer cannot be one (an amount below 0.01 or too large)."""
    if not Decimal("0.01") <= amount <= MAX_AMOUNT:
        return None
    return "\n".join(["BCD", "002", "1", "SCT", bic or "", name[:70], iban, f"EUR{amount:.2f}", "", "",
                      text[:140]])


class QrCode(Flowable):
    """A QR code of ``data``, ``size`` points square (quiet zone included)."""

    def __init__(self, data: str, size: float):
        super().__init__()
        import segno

        self.qr = segno.make(data, error="m", micro=False, boost_error=False, encoding="utf-8")
        if self.qr.version > 13:
            raise ValueError("an EPC QR code has at most version 13")
        self.data = data
        self.size = size
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        matrix = self.qr.matrix
        n = len(matrix)
        quiet = 2
        cell = self.size / (n + 2 * quiet)
        c = self.canv
        c.setFillColor(black)
        c.setStrokeColor(black)
        for row, bits in enumerate(matrix):
            y = self.size - (row + quiet + 1) * cell
            col = 0
            while col < n:
                if bits[col]:
                    start = col
                    while col < n and bits[col]:
                        col += 1
                    c.rect((start + quiet) * cell, y, (col - start) * cell, cell, stroke=0, fill=1)
                else:
                    col += 1
