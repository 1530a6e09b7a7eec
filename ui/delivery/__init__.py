"""Delivering issued invoices from the window: the send dialog, the print-and-post batch, and importing a
reviewer's answers (app/delivery/, app/review/ on the worker)."""
from __future__ import annotations

from ui.delivery.post_batch import PostBatchFlow
from ui.delivery.review_import import ReviewImport
from ui.delivery.send_dialog import SendInvoicesDialog

__all__ = ["PostBatchFlow", "ReviewImport", "SendInvoicesDialog"]
