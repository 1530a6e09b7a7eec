"""Prorata core: the domain and its services. Never imports Qt."""

__version__ = "0.1.0"
