"""Delivering issued invoices to customers: by e-mail through each issuer's mail server, or by post in a print
batch, each invoice at most once, with a log of what went where.

smtp_settings.py (an issuer's server and sender identity) and passwords.py (its password, in the keyring);
texts.py (subject and body per language), message.py (the EmailMessage with the PDF), transport.py (SMTP)
and failures.py (what went wrong, in words); selection.py (which invoices, by which channel), documents.py
(an invoice's PDF and the facts a message quotes), log.py (the delivery log and its claims); send.py (the
e-mail batch) and post.py (the print batch).
"""
