"""Invoice headers for ``prorata invoices list``, read through a plain DB-API connection (app/storage/quick_read.py).

The same rows, in the same order and the same form, as ``app.services.invoices.list_invoices`` and
``count_invoices``, whose statements these are, written out in SQL so that the command starts without
SQLAlchemy and the models (issue 12); tests/test_invoice_listing.py holds the two together on both
databases. Amounts are written by ``app.money.to_text``, as there.

A customer given by part of its name is searched as ``app.services.directory.name_contains`` searches
(case-insensitive, ``%`` and ``_`` plain). Left to the service: such a search for letters beyond ASCII on
SQLite (the service folds case with a function it gives its connections), a name that matches nobody, an
issuer code that names nobody and a period filter whose start is after its end (whose refusals the service
words): ``page`` and ``count`` return None, and the caller asks the service.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.money import to_text
from app.services.invoice_filters import CUSTOMER_MATCHES, Filters
from app.storage.quick_read import Reader

HOSTER_KEY = "hoster"  # app.billing.context.HOSTER_KEY; a reseller's series is "reseller:<id>" (reseller_key)

_COLUMNS = ("id, number, kind, issuer_reseller_id, company_id, customer_reseller_id, currency, issue_date, "
            "period_start, period_end, status, subtotal, tax, total, tax_note, credits_id, version")
_CUSTOMER = ("coalesce((SELECT companies.code FROM companies WHERE companies.id = invoices.company_id), "
             "(SELECT resellers.code FROM resellers WHERE resellers.id = invoices.customer_reseller_id))")
# How the list may be ordered (invoice_filters.SORTS); each order ends on the id.
_SORT_KEYS = {"issued": "invoices.issue_date", "number": "invoices.number", "type": "invoices.kind",
              "customer": _CUSTOMER, "issuer": "invoices.issuer_key", "period": "invoices.period_start",
              "status": "invoices.status", "total": "invoices.total"}


def page(reader: Reader, f: Filters) -> list[dict] | None:
    """Invoice headers, as ``list_invoices`` gives them for the same filters; None: ask the service."""
    where = _where(reader, f)
    if where is None or f.sort not in _SORT_KEYS:
        return None
    sql, params = where
    direction = " DESC" if f.descending else ""
    rows = reader.rows(f"SELECT {_COLUMNS} FROM invoices{sql} "
                       f"ORDER BY {_SORT_KEYS[f.sort]}{direction}, invoices.id{direction} LIMIT ? OFFSET ?",
                       [*params, f.limit, f.offset])
    companies, resellers = _codes(reader, rows)
    return [_header(reader, row, companies, resellers) for row in rows]


def count(reader: Reader, f: Filters) -> int | None:
    """How many invoices the filters match, as ``count_invoices``; None: ask the service."""
    where = _where(reader, f)
    if where is None:
        return None
    sql, params = where
    return reader.rows(f"SELECT count(*) FROM invoices{sql}", params)[0][0] or 0


def _where(reader: Reader, f: Filters) -> tuple[str, list] | None:
    """The WHERE clause and its parameters (as ``invoices._filtered``), or None when the service must answer."""
    if f.period_from and f.period_to and f.period_from > f.period_to:
        return None
    conds: list[str] = []
    params: list = []
    text = f.company or f.customer
    if text:
        customers = _customers(reader, text)
        if customers is None:
            return None
        either = []
        for column, ids in zip(("invoices.company_id", "invoices.customer_reseller_id"), customers):
            if len(ids) == 1:
                either.append(f"{column} = ?")
            elif ids:
                either.append(f"{column} IN ({', '.join('?' * len(ids))})")
            params.extend(ids)
        conds.append(either[0] if len(either) == 1 else f"({' OR '.join(either)})")
    # A status or an issuer is shared by many invoices: on SQLite, no index may serve it (SQLite's no-op unary
    # "+"), as invoices._NotIndexed says why.
    plus = "+" if reader.sqlite else ""
    if f.status:
        conds.append(f"{plus}invoices.status = ?")
        params.append(f.status)
    if f.issuer:
        if f.issuer == "hoster":
            key = HOSTER_KEY
        else:
            rid = _id_of(reader, "resellers", f.issuer)
            if rid is None:
                return None  # the service says no such issuer
            key = f"reseller:{rid}"
        conds.append(f"{plus}invoices.issuer_key = ?")
        params.append(key)
    if f.period_from:
        conds.append("invoices.period_start >= ?")
        params.append(reader.date_param(f.period_from))
    if f.period_to:
        conds.append("invoices.period_start <= ?")
        params.append(reader.date_param(f.period_to))
    return (" WHERE " + " AND ".join(conds) if conds else ""), params


def _customers(reader: Reader, text: str) -> tuple[list[int], list[int]] | None:
    """The company and the reseller with the code ``text``, else those whose name contains it (at most
    ``CUSTOMER_MATCHES`` of each), as ``invoices._customer_condition``; None: ask the service."""
    cid = _id_of(reader, "companies", text)
    rid = _id_of(reader, "resellers", text)
    if cid is not None or rid is not None:
        return [] if cid is None else [cid], [] if rid is None else [rid]
    if reader.sqlite and not text.isascii():
        return None
    # SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE that of every letter.
    like = "LIKE" if reader.sqlite else "ILIKE"
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    found = tuple([row[0] for row in reader.rows(f"SELECT id FROM {table} WHERE name {like} ? ESCAPE ? LIMIT ?",
                                                 [pattern, "\\", CUSTOMER_MATCHES])]
                  for table in ("companies", "resellers"))
    return found if found[0] or found[1] else None  # no one: the service says so


def _id_of(reader: Reader, table: str, code: str) -> int | None:
    found = reader.rows(f"SELECT id FROM {table} WHERE code = ?", [code])
    return found[0][0] if found else None


def _codes(reader: Reader, rows: list[tuple]) -> tuple[dict[int, str], dict[int, str]]:
    """The codes of the page's companies, and of every reseller (issuers and customers)."""
    cids = sorted({row[4] for row in rows if row[4]})
    companies: dict[int, str] = {}
    if cids:
        companies = dict(reader.rows(f"SELECT id, code FROM companies WHERE id IN ({', '.join('?' * len(cids))})",
                                     cids))
    return companies, dict(reader.rows("SELECT id, code FROM resellers"))


def _day(value) -> str | None:
    """A date column's value in ISO form: SQLite gives the text SQLAlchemy wrote, PostgreSQL a date."""
    if value is None:
        return None
    return value if isinstance(value, str) else value.isoformat()


def _header(reader: Reader, row: tuple, companies: dict[int, str], resellers: dict[int, str]) -> dict:
    (id_, number, kind, issuer_rid, company_id, customer_rid, cur, issue_date, start, end, status, subtotal, tax,
     total, tax_note, credits_id, version) = row
    return {
        "id": id_,
        "number": number,
        "kind": kind,
        "issuer": "hoster" if issuer_rid is None else resellers[issuer_rid],
        "customer": companies[company_id] if company_id else resellers[customer_rid],
        "currency": cur,
        "issue_date": _day(issue_date),
        "period": {"start": _day(start), "end": _day(end)},
        "status": status,
        "subtotal": to_text(reader.amount(subtotal), cur),
        "tax": to_text(reader.amount(tax), cur),
        "total": to_text(reader.amount(total), cur),
        "tax_note": tax_note,
        "credits": credits_id,
        "version": version,
    }


@dataclass(frozen=True)
class ShownPeriod:
    """What an invoice covers, as the list and the invoice's header show it: ``start`` to ``last`` (both days
    included; one day when equal), or, for a settlement with a reseller, only ``settled_to``."""

    start: date | None = None
    last: date | None = None
    settled_to: date | None = None


# The hoster's documents to a reseller made by a settlement (app/billing/settlement.py).
SETTLEMENT_KINDS = frozenset({"wholesale", "statement"})


def shown_period(header: dict) -> ShownPeriod | None:
    """The period an invoice header (``list_invoices``'s, ``page``'s or ``invoice_detail``'s) shows; None: it
    has none (a manual invoice).

    A company's invoice covers its period, whose stored end is the first day after it. A settlement (the
    hoster's invoice to a reseller, a statement, or the credit note of either) has no period of its own: it
    takes every accrual, of any company period, whose boundary is on or before the reseller's boundary and
    that no earlier settlement took (a released draft's, a changed mode's); its period start is that
    boundary and it has no end. So it shows only the boundary it settled up to, never a range of days."""
    period = header.get("period") or {}
    start = date.fromisoformat(period["start"]) if period.get("start") else None
    end = date.fromisoformat(period["end"]) if period.get("end") else None
    if start is None:
        return None
    if end is None or header.get("kind") in SETTLEMENT_KINDS:
        return ShownPeriod(settled_to=start)
    return ShownPeriod(start, max(start, end - timedelta(days=1)))
