"""Invoice documents: templates as data, the page's layout, and rendering invoices to PDF with ReportLab.

template.py (what a template holds, its one validation rule, the built-in default), layout.py (where the
letterhead, the window-envelope address and the facts go), content.py (what a document says, as plain data,
read from the database by app/services/documents.py or made up by sample.py), wording.py (the ``invoice``
gettext catalog and Babel formatting in the customer's locale), arithmetic.py (a line's computation in
words, from app/billing/explain.py), fonts.py, girocode.py and render.py (the PDF).

Nothing here opens a session: the service reads, these modules render.
"""
