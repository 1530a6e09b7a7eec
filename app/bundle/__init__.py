"""The import bundle (``prorata-bundle/1``): reading, checking, importing, exporting.

A bundle is one JSON document holding a hoster's catalogue, resellers,
companies, users, prices, billing settings and the companies' change history. It is checked as a
whole before anything is written, and written in one transaction.
"""
FORMAT = "prorata-bundle/1"
