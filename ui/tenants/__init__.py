"""The tenant tree feature: lazy tree, detail panel, search."""
from ui.tenants.browser import TenantBrowser

__all__ = ["TenantBrowser"]
