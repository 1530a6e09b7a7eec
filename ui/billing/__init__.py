"""The billing run feature: preview a run as of a day, run it with progress, read the summary."""
from ui.billing.run_dialog import BillingRunDialog

__all__ = ["BillingRunDialog"]
