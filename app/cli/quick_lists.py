"""What the read-only tenant, catalogue, settings and payment commands print, read straight through the driver.

Importing SQLAlchemy and the models takes some 300 ms of CPU, more than the whole budget of a command
(issue 12: every command under 250 ms). So ``resellers list``, ``companies list``, ``users list``,
``services list``, ``plans list``, ``extras list``, ``settings show`` and ``payments list`` read their rows
through a ``Reader`` (app/storage/quick_read.py: the driver's own connection when the database is at the
current schema, else the engine's) with the SQL their services' functions run, and give each row as the
service's record gives it as JSON (``as_json``), so the command prints the same either way.

Each function here stands for one service function, named beside it; tests/test_quick_lists.py holds
them together on both databases. A value is read as SQLAlchemy's column type reads it: on SQLite, dates
are ISO text, JSON is text and amounts are counts of ten-thousandths (``Reader.amount``).
"""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.errors import ProrataError

if TYPE_CHECKING:
    from app.storage.quick_read import Reader

# app.services.billing_settings.SWITCHES and the issuer keys of app.billing.context (HOSTER_KEY,
# reseller_key), which import the models.
SWITCHES = ("invoicing", "payment_collection", "email_delivery")
HOSTER = "hoster"
HOSTER_KEY = "hoster"
# app.services.catalogue.STATES
STATES = ("all", "active", "retired")


# --- values as the column types read them ----------------------------------------------------------------

def _iso(value: Any) -> str | None:
    """A date column's value as ISO text (SQLite keeps it so; PostgreSQL gives a date)."""
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _json(reader: Reader, value: Any) -> Any:
    """A JSON column's value: SQLite keeps the text, psycopg decodes it."""
    if value is None or not reader.sqlite:
        return value
    return json.loads(value)


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def rate_text(value: Decimal) -> str:
    """app.bundle.billing_settings.rate_text: a rate with no exponent and no trailing zeros (``20``, ``7.5``)."""
    return format(value.normalize(), "f")


def _rate(reader: Reader, stored: Any) -> str | None:
    """An amount column holding a rate, as ``json_value`` of app/services/resellers_admin.py writes it."""
    value = reader.amount(stored)
    return None if value is None else rate_text(value)


def localized(texts: dict | None, language: str, fallback: str = "en") -> str:
    """app.models.localized: the text for a locale such as de_DE: exact, then its language, then English."""
    if not texts:
        return ""
    lang = language.replace("-", "_")
    for key in (lang, lang.split("_")[0], fallback):
        if key in texts:
            return texts[key]
    return next(iter(texts.values()))


def _matches(search: str, code: str, names: dict | None) -> bool:
    """app.services.catalogue._matches."""
    needle = search.casefold()
    return needle in code.casefold() or any(needle in str(t).casefold() for t in (names or {}).values())


# --- tenants ---------------------------------------------------------------------------------------------

def resellers(reader: Reader) -> list[dict]:
    """``resellers_admin.list_resellers``: every reseller by name, with its number of companies."""
    counts = dict(reader.rows("SELECT reseller_id, count(*) FROM companies WHERE reseller_id IS NOT NULL "
                              "GROUP BY reseller_id"))
    return [{"id": rid, "code": code, "name": name, "currency": currency, "language": language,
             "billing_mode": mode, "signup": _iso(signup), "email": email, "address": _json(reader, address),
             "tax_id": tax_id, "tax_treatment": treatment, "tax_rate": _rate(reader, rate),
             "invoice_number_format": number_format, "version": version, "companies": counts.get(rid, 0)}
            for rid, code, name, currency, language, mode, signup, email, address, tax_id, treatment, rate,
            number_format, version in reader.rows(
                "SELECT id, code, name, currency, language, billing_mode, signup, email, address, tax_id, "
                "tax_treatment, tax_rate, invoice_number_format, version FROM resellers ORDER BY name, id")]


def companies(reader: Reader, reseller: str | None = None, *, direct: bool = False, offset: int = 0,
              limit: int = 200) -> list[dict]:
    """``companies_admin.list_companies``: companies by name, a page at a time (all, one reseller's by code,
    or the hoster's own)."""
    codes = dict(reader.rows("SELECT id, code FROM resellers"))
    where, params = "", []
    if reseller is not None:
        found = reader.rows("SELECT id FROM resellers WHERE code = ?", [reseller])
        if not found:
            raise ProrataError.of("not_found", kind="reseller", code=reseller)
        where, params = " WHERE reseller_id = ?", [found[0][0]]
    elif direct:
        where = " WHERE reseller_id IS NULL"
    rows = reader.rows("SELECT id, code, name, reseller_id, currency, language, billing_day, term, signup, "
                       "delivery, email, address, tax_id, tax_treatment, tax_rate, version FROM companies"
                       + where + " ORDER BY name, id LIMIT ? OFFSET ?", [*params, limit, offset])
    return [{"id": cid, "code": code, "name": name, "reseller": codes.get(rid), "currency": currency,
             "language": language, "billing_day": day, "term": term, "signup": _iso(signup), "delivery": delivery,
             "email": email, "address": _json(reader, address), "tax_id": tax_id, "tax_treatment": treatment,
             "tax_rate": _rate(reader, rate), "version": version}
            for cid, code, name, rid, currency, language, day, term, signup, delivery, email, address, tax_id,
            treatment, rate, version in rows]


def users(reader: Reader, company: str) -> list[dict]:
    """``users_admin.list_users``: the company's users by e-mail address."""
    found = reader.rows("SELECT id, code FROM companies WHERE code = ?", [company])
    if not found:
        raise ProrataError.of("not_found", kind="company", code=company)
    cid, code = found[0]
    return [{"id": uid, "company": code, "email": email, "name": name, "version": version}
            for uid, email, name, version in reader.rows(
                "SELECT id, email, name, version FROM users WHERE company_id = ? ORDER BY email, id", [cid])]


# --- the catalogue ---------------------------------------------------------------------------------------

def services(reader: Reader, *, search: str | None = None) -> list[dict]:
    """``catalogue.list_services``: every service by code with its number of plans."""
    counts = dict(reader.rows("SELECT service_id, count(*) FROM plans GROUP BY service_id"))
    out = []
    for sid, code, name, description in reader.rows("SELECT id, code, name, description FROM services "
                                                     "ORDER BY code"):
        name = _json(reader, name)
        if search and not _matches(search, code, name):
            continue
        out.append({"code": code, "name": name, "description": _json(reader, description),
                    "plans": counts.get(sid, 0)})
    return out


def _state(state: str) -> None:
    if state not in STATES:
        raise ProrataError.of("bad_value", "state", value=state, allowed=", ".join(STATES))


def plans(reader: Reader, *, service: str | None = None, state: str = "all", on: date | None = None,
          search: str | None = None) -> list[dict]:
    """``catalogue.list_plans``: plans by code, each marked retired or not on ``on`` (default today)."""
    _state(state)
    on = on or date.today()
    where, params = "", []
    if service is not None:
        if not reader.rows("SELECT id FROM services WHERE code = ?", [service]):
            raise ProrataError.of("not_found", "service", kind="service", code=service)
        where, params = " WHERE services.code = ?", [service]
    out = []
    for code, scode, basis, name, description, unit, retired_on, version in reader.rows(
            "SELECT plans.code, services.code, plans.basis, plans.name, plans.description, plans.unit, "
            "plans.retired_on, plans.version FROM plans JOIN services ON services.id = plans.service_id"
            + where + " ORDER BY plans.code", params):
        retired_day = _day(retired_on)
        retired = retired_day is not None and retired_day <= on
        if (state == "active" and retired) or (state == "retired" and not retired):
            continue
        name = _json(reader, name)
        if search and not _matches(search, code, name):
            continue
        out.append({"code": code, "service": scode, "basis": basis, "name": name,
                    "description": _json(reader, description), "unit": _json(reader, unit),
                    "retired_on": _iso(retired_on), "retired": retired, "version": version})
    return out


def extras(reader: Reader, *, state: str = "all", on: date | None = None) -> list[dict]:
    """``extra_items.list_items``: every extra item by code with its default amounts."""
    from app.money import to_text

    _state(state)
    on = on or date.today()
    amounts: dict[int, dict[str, str]] = {}
    for item_id, currency, amount in reader.rows("SELECT item_id, currency, amount FROM extra_item_amounts "
                                                 "ORDER BY currency"):
        amounts.setdefault(item_id, {})[currency] = to_text(reader.amount(amount), currency)
    out = []
    for item_id, code, name, recurring, retired_on, version in reader.rows(
            "SELECT id, code, name, recurring, retired_on, version FROM extra_items ORDER BY code"):
        retired_day = _day(retired_on)
        retired = retired_day is not None and retired_day <= on
        if (state == "active" and retired) or (state == "retired" and not retired):
            continue
        out.append({"code": code, "name": _json(reader, name), "recurring": bool(recurring),
                    "amounts": amounts.get(item_id, {}), "retired_on": _iso(retired_on), "retired": retired,
                    "version": version})
    return out


# --- billing settings ------------------------------------------------------------------------------------

def settings(reader: Reader) -> list[dict]:
    """``billing_settings.read``: the hoster's settings, then each reseller's by name (``as_json`` of each)."""
    from app.money import to_text

    switches = ", ".join(SWITCHES)
    hoster = reader.rows(f"SELECT name, tax_rate, invoice_number_format, {switches} FROM hoster WHERE id = 1")
    if not hoster:
        raise ProrataError.of("no_hoster")
    minimums: dict[str, list] = {}
    for key, currency, amount, policy in reader.rows("SELECT issuer_key, currency, amount, policy "
                                                     "FROM minimum_charges ORDER BY currency"):
        minimums.setdefault(key, []).append({"currency": currency, "amount": to_text(reader.amount(amount),
                                                                                      currency),
                                             "policy": policy})

    def issuer(code: str, key: str, name: str, rate: Any, number_format: str, own: dict, effective: dict) -> dict:
        return {"issuer": code, "name": name, "tax_rate": rate_text(reader.amount(rate) or Decimal(0)),
                "invoice_number_format": number_format, "settings": own, "effective": effective,
                "min_charge": minimums.get(key, [])}

    name, rate, number_format, *values = hoster[0]
    own = {k: _bool(v) for k, v in zip(SWITCHES, values)}
    out = [issuer(HOSTER, HOSTER_KEY, name, rate, number_format, own, dict(own))]
    for rid, code, name, rate, number_format, *values in reader.rows(
            f"SELECT id, code, name, tax_rate, invoice_number_format, {switches} FROM resellers "
            "ORDER BY name, id"):
        theirs = {k: _bool(v) for k, v in zip(SWITCHES, values)}
        out.append(issuer(code, f"reseller:{rid}", name, rate, number_format, theirs,
                          {k: own[k] if v is None else v for k, v in theirs.items()}))
    return out


# --- payments --------------------------------------------------------------------------------------------

def _marks(values: list) -> str:
    return ", ".join("?" * len(values))


def payments(reader: Reader, customer: str | None = None, limit: int = 1000) -> list[dict]:
    """``app.payments.payments.list_payments``: payments, newest first (of one customer's accounts), each as
    its ``payment_json`` gives it."""
    from app.money import to_text

    where, params = "", []
    if customer is not None:
        found = reader.rows("SELECT id FROM companies WHERE code = ?", [customer])
        key = f"company:{found[0][0]}" if found else None
        if key is None:
            found = reader.rows("SELECT id FROM resellers WHERE code = ?", [customer])
            if not found:
                raise ProrataError.of("not_found", kind="customer", code=customer)
            key = f"reseller:{found[0][0]}"
        where, params = " WHERE account_id IN (SELECT id FROM payment_accounts WHERE customer_key = ?)", [key]
    rows = reader.rows("SELECT id, account_id, method, amount, currency, received_on, reference, status, "
                       "recorded_by, collected_by, processor, processor_ref FROM payments" + where
                       + " ORDER BY received_on DESC, id DESC LIMIT ?", [*params, limit])
    if not rows:
        return []
    ids = [r[0] for r in rows]
    account_ids = sorted({r[1] for r in rows})
    accounts = {i: (company, reseller, issuer) for i, company, reseller, issuer in reader.rows(
        "SELECT id, company_id, customer_reseller_id, issuer_key FROM payment_accounts "
        f"WHERE id IN ({_marks(account_ids)})", account_ids)}
    company_ids = sorted({a[0] for a in accounts.values() if a[0] is not None})
    companies = dict(reader.rows(f"SELECT id, code FROM companies WHERE id IN ({_marks(company_ids)})",
                                 company_ids)) if company_ids else {}
    resellers = dict(reader.rows("SELECT id, code FROM resellers"))
    codes = {f"reseller:{i}": c for i, c in resellers.items()}

    def issuer(key: str) -> str:  # app.payments.accounts.issuer_names
        return "hoster" if key == HOSTER_KEY else codes.get(key, key)

    def sums(sql: str, extra: list) -> dict[int, Decimal]:
        return {i: reader.amount(total) for i, total in reader.rows(sql.format(_marks(ids)), [*ids, *extra])}

    settled = sums("SELECT payment_id, sum(amount) FROM payment_allocations WHERE payment_id IN ({}) "
                   "GROUP BY payment_id", [])
    refunded = sums("SELECT payment_id, sum(amount) FROM ledger_entries WHERE payment_id IN ({}) AND kind = ? "
                    "GROUP BY payment_id", ["refund"])
    paid_back = sums("SELECT payment_id, sum(amount) FROM ledger_entries WHERE payment_id IN ({}) "
                     "AND kind IN (?, ?) GROUP BY payment_id", ["refund", "reversal"])
    zero = Decimal(0)
    out = []
    for (pid, account_id, method, amount, currency, received_on, reference, status, recorded_by, collected_by,
         processor, processor_ref) in rows:
        company_id, customer_reseller_id, issuer_key = accounts[account_id]
        amount = reader.amount(amount)
        left = amount - (settled.get(pid) or zero) - (paid_back.get(pid) or zero)
        out.append({"id": pid,
                    "customer": companies.get(company_id) if company_id is not None
                    else resellers.get(customer_reseller_id),
                    "issuer": issuer(issuer_key), "method": method, "amount": to_text(amount, currency),
                    "currency": currency, "received_on": _iso(received_on), "reference": reference,
                    "status": status, "recorded_by": recorded_by,
                    "collected_by": issuer(collected_by) if collected_by else None,
                    "processor": processor, "processor_ref": processor_ref,
                    "refunded": to_text(refunded.get(pid) or zero, currency), "unallocated": to_text(left, currency)})
    return out
