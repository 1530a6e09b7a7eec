"""Billing: preview and run billing as of a day; the issuers' billing settings."""
from ui.billing.run_dialog import BillingRunDialog
from ui.billing.settings_dialog import BillingSettingsDialog

__all__ = ["BillingRunDialog", "BillingSettingsDialog"]
