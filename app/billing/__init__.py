"""The billing engine: periods, proration, prices, runs."""
