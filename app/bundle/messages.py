"""Message templates the bundle and CSV imports add to ``app.errors.MESSAGES``.

Imported for its side effect by every module of the package that raises one
of these ids.
"""
from app.errors import MESSAGES

_EXTRA = {
    "unknown_key": "unknown key {key!r} (expected one of: {allowed})",
    "not_for_layer": "{key!r} does not belong to a {layer} price",
    "ended_not_own": "only a company's own price ends: a {layer} price needs an amount",
    "ended_and_amount": "an ended own price has no amount: give 'ended' or 'amount', not both",
    "ended_needs_date": "an own price ends from a day: give its valid_from",
    "exists": "{kind} {code!r} already exists in the database",
    "duplicate_in_file": "{kind} {code!r} appears twice (first at {first})",
    "other_hoster": "this database belongs to {current!r}; the bundle is for {given!r}",
    "reserved_code": "{code!r} is reserved ({reason})",
    "bad_code": "{value!r} is not a code (1-{max} characters, no spaces at either end)",
    "too_long": "{field} is longer than {max} characters",
    "bad_email": "{value!r} is not an e-mail address",
    "unknown_language": "unknown language {value!r} (use a locale such as en_GB or de)",
    "unknown_country": "unknown country {value!r} (use an ISO 3166 code such as DE)",
    "email_needed": "an e-mail address is required when invoices are delivered by e-mail",
    "address_needed": "a postal address is required when invoices are delivered by post",
    "unknown_user": "unknown user {email!r} of company {company!r}",
    "event_exists": "the same {type} event of {date} is already recorded for company {company!r} (imported twice?)",
    "cannot_read": "cannot read {path}: {reason}",
    "cannot_write": "cannot write {path}: {reason}",
    "cancelled": "cancelled; nothing was imported",
    "missing_column": "column {column!r} is missing (required: {required})",
    "unknown_column": "unknown column {column!r} (expected: {allowed})",
    "duplicate_column": "column {column!r} appears twice",
    "too_many_cells": "{got} cells, but the header has {expected} columns",
    "csv_not_json": "{path} looks like a CSV file: use 'prorata import-csv companies|users {path}'",
}

for _id, _template in _EXTRA.items():
    MESSAGES.setdefault(_id, _template)
