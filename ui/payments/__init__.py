"""The payment console: customer accounts and their ledgers, payments recorded and allocated, refunds,
reversals, credit applied by hand, and aging."""
from ui.payments.console import PaymentConsole

__all__ = ["PaymentConsole"]
