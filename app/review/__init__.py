"""Offline review: draft invoices exported to one self-contained file, judged without the database, and the
reviewer's verdicts applied back.

package.py (the ``.prorata-review`` file: a zip of PDFs and invoice JSON under a manifest of SHA-256s, written
and opened with every member checked), export.py (the database side: which invoices, their PDFs and context),
answers.py (the reviewer's ``.answers.json``: approve or query, with a comment, per invoice) and apply.py
(the database side again: verdicts on invoices unchanged since export are applied, the rest refused in words).

Nothing here imports Qt; the review window (ui/review/) and ``prorata review`` both call these.
"""
