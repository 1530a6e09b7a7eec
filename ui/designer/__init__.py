"""The invoice designer: an issuer's invoice templates edited beside the real rendered page."""
from ui.designer.designer import InvoiceDesigner

__all__ = ["InvoiceDesigner"]
