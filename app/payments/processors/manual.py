"""The ``manual`` processor: money taken by hand (cash, bank transfer, check), recorded by a clerk.

It charges nothing and saves nothing; an issuer configured with it says "we collect ourselves", so automatic
collection leaves its invoices to the clerks.
"""
from __future__ import annotations

from app.payments.processors.base import Processor


class ManualProcessor(Processor):
    name = "manual"
    label = "Manual (cash, bank transfer, check)"
    capabilities = frozenset()
    settings_fields = {"note": "a note for the clerks, such as the bank account customers pay to"}
