"""The invoices feature: a filtered, paged list, one invoice's view, and its actions."""
from ui.invoices.browser import InvoiceBrowser

__all__ = ["InvoiceBrowser"]
