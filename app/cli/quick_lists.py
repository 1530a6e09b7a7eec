"""What the read-only tenant, catalogue, settings, payment and audit commands print, read straight through the
driver.

Importing SQLAlchemy and the models takes some 300 ms of CPU, more than the whole budget of a command
(issue 12: every command under 250 ms). So ``resellers list``, ``companies list`` and ``show``, ``users list``,
``services list``, ``plans list``, ``extras list``, ``settings show``, ``payments list`` and ``audit`` read their
rows through a ``Reader`` (app/storage/quick_read.py: the driver's own connection when the database is at the
current schema, else the engine's) with the SQL their services' functions run, and give each row as the
service's record gives it as JSON (``as_json``), so the command prints the same either way. ``companies show``
folds the company's history with the service's own ``app.company_state.state_on``; ``audit`` words its entries
with the service's ``app.services.audit_words.describe`` from the names read here.

Each function here stands for one service function, named beside it; tests/test_quick_lists.py holds
them together on both databases. A value is read as SQLAlchemy's column type reads it: on SQLite, dates
are ISO text, JSON is text and amounts are counts of ten-thousandths (``Reader.amount``).
"""
from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.errors import ProrataError
from app.vocabulary import localized

if TYPE_CHECKING:
    from app.services.audit_words import Names
    from app.storage.quick_read import Reader

# app.services.billing_settings.ALL_SWITCHES (the billing switches, then cheques) and the issuer keys of app.billing.context (HOSTER_KEY,
# reseller_key), which import the models.
SWITCHES = ("invoicing", "payment_collection", "email_delivery", "checks")
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


def _marks(values: list) -> str:
    return ", ".join("?" * len(values))


def rate_text(value: Decimal) -> str:
    """app.bundle.billing_settings.rate_text: a rate with no exponent and no trailing zeros (``20``, ``7.5``)."""
    return format(value.normalize(), "f")


def _rate(reader: Reader, stored: Any) -> str | None:
    """An amount column holding a rate, as ``json_value`` of app/services/resellers_admin.py writes it."""
    value = reader.amount(stored)
    return None if value is None else rate_text(value)


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


_COMPANY_COLUMNS = ("id, code, name, reseller_id, currency, language, billing_day, term, signup, delivery, email, "
                    "address, tax_id, tax_treatment, tax_rate, version")


def _company_record(reader: Reader, row: tuple, codes: dict[int, str]) -> dict:
    """``companies_admin.CompanyRecord.as_json`` of a row of ``_COMPANY_COLUMNS``."""
    (cid, code, name, rid, currency, language, day, term, signup, delivery, email, address, tax_id, treatment, rate,
     version) = row
    return {"id": cid, "code": code, "name": name, "reseller": codes.get(rid), "currency": currency,
            "language": language, "billing_day": day, "term": term, "signup": _iso(signup), "delivery": delivery,
            "email": email, "address": _json(reader, address), "tax_id": tax_id, "tax_treatment": treatment,
            "tax_rate": _rate(reader, rate), "version": version}


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
    rows = reader.rows(f"SELECT {_COMPANY_COLUMNS} FROM companies" + where + " ORDER BY name, id LIMIT ? OFFSET ?",
                       [*params, limit, offset])
    return [_company_record(reader, row, codes) for row in rows]


# app.services.directory.HISTORY_PAGE: the newest events ``companies show`` gives.
HISTORY_PAGE = 100


def company_show(reader: Reader, code: str, today: date | None = None, language: str = "en") -> dict:
    """``companies_admin.company_show(...).as_json()``: the company's fields, its state on ``today`` (folded by
    ``app.company_state.state_on``, as ``directory.company_detail`` does) and the newest page of its history."""
    from app.company_state import Event, currency_at, state_on

    today = today or date.today()
    found = reader.rows(f"SELECT {_COMPANY_COLUMNS} FROM companies WHERE code = ?", [code])
    if not found:
        raise ProrataError.of("not_found", kind="company", code=code)
    row = found[0]
    cid, rid, signup_currency = row[0], row[3], row[4]
    seller = reader.rows("SELECT code, name FROM resellers WHERE id = ?", [rid]) if rid is not None else []
    record = _company_record(reader, row, {rid: seller[0][0]} if seller else {})

    # directory._events, then state_on over every plan's basis
    events = [Event(_day(day), typ, plan, to_plan, quantity, user, ecode, reader.amount(amount), _bool(recurring),
                    currency, _json(reader, description), eid)
              for day, typ, plan, to_plan, quantity, user, ecode, amount, recurring, currency, description, eid
              in reader.rows("SELECT date, type, plan_id, to_plan_id, quantity, user_id, code, amount, recurring, "
                             "currency, description, id FROM company_events WHERE company_id = ? AND date <= ? "
                             "ORDER BY date, id", [cid, reader.date_param(today)])]
    bases = dict(reader.rows("SELECT id, basis FROM plans"))
    state = state_on(events, today, bases, signup_currency)
    users = reader.rows("SELECT count(*) FROM users WHERE company_id = ?", [cid])[0][0]

    # directory.company_history: the newest page, names resolved
    total = reader.rows("SELECT count(*) FROM company_events WHERE company_id = ?", [cid])[0][0]
    history = reader.rows("SELECT id, date, type, plan_id, to_plan_id, quantity, user_id, code, description, amount, "
                          "recurring, currency, recorded_by FROM company_events WHERE company_id = ? "
                          "ORDER BY date DESC, id DESC LIMIT ?", [cid, HISTORY_PAGE])
    plan_ids = sorted({p for p in state.subscriptions}
                      | {p for r in history for p in (r[3], r[4]) if p is not None})
    plans = {pid: (pcode, _json(reader, name), basis) for pid, pcode, name, basis in reader.rows(
        f"SELECT id, code, name, basis FROM plans WHERE id IN ({_marks(plan_ids)})", plan_ids)} if plan_ids else {}
    user_ids = sorted({r[6] for r in history if r[6] is not None})
    emails = dict(reader.rows(f"SELECT id, email FROM users WHERE id IN ({_marks(user_ids)})",
                              user_ids)) if user_ids else {}
    changes = [(_day(day), eid, currency) for day, eid, currency in reader.rows(
        "SELECT date, id, currency FROM company_events WHERE company_id = ? AND type = ? ORDER BY date, id",
        [cid, "currency"])] if history else []

    def currency_on(day: date, ident: int) -> str:
        return currency_at(signup_currency, changes, day, ident)

    def plan_name(pid: int | None) -> str | None:
        return localized(plans[pid][1], language) if pid in plans else None

    def seller_name(key: str | None) -> str | None:  # a move's code: the seller it moved to
        if key == HOSTER_KEY:
            found = reader.rows("SELECT name FROM hoster")
            return found[0][0] if found else None
        if key and key.startswith("reseller:") and key[9:].isdigit():
            found = reader.rows("SELECT name FROM resellers WHERE id = ?", [int(key[9:])])
            return found[0][0] if found else None
        return key

    lines = []
    for eid, day, typ, plan, to_plan, quantity, user, ecode, description, amount, recurring, currency, by in history:
        day, description, amount = _day(day), _json(reader, description), reader.amount(amount)
        if typ == "move":
            description = f"→ {seller_name(ecode)}"
        else:
            description = localized(description, language) if description else None
        lines.append({"date": day.isoformat(), "type": typ, "plan": plan_name(plan), "to_plan": plan_name(to_plan),
                      "quantity": quantity, "user": emails.get(user), "code": ecode, "description": description,
                      "amount": None if amount is None else format(amount, "f"), "recurring": _bool(recurring),
                      "currency": currency or currency_on(day, eid), "recorded_by": by})
    subscriptions = [{"plan": plans[p][0], "name": localized(plans[p][1], language), "basis": plans[p][2],
                      "quantity": s.billable_quantity(plans[p][2]), "since": s.since.isoformat()}
                     for p, s in state.subscriptions.items()]
    subscriptions.sort(key=lambda s: (s["name"].lower(), s["plan"]))
    return {**record, "reseller_name": seller[0][1] if seller else None,
            "current": {"currency": state.currency, "users": users, "subscriptions": subscriptions,
                        "history": lines, "history_total": total}}


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

def payments(reader: Reader, customer: str | None = None, limit: int = 1000) -> list[dict]:
    """``app.payments.payments.list_payments``: payments, newest first (of one customer's accounts), each as
    its ``payment_json`` gives it."""
    from app.money import to_text
    from app.values.customer_ref import COMPANY, resolve

    where, params = "", []
    if customer is not None:
        def lookup(kind: str, code: str) -> int | None:  # customer_codes.find's, through the driver
            found = reader.rows(f"SELECT id FROM {'companies' if kind == COMPANY else 'resellers'} WHERE code = ?",
                                [code])
            return found[0][0] if found else None

        kind, cid = resolve(customer, lookup)
        key = f"{kind}:{cid}"  # accounts.find_customer's key: company_key or reseller_key
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
        left = amount - (settled.get(pid) or zero) - (paid_back.get(pid) or zero) if status == "received" else zero
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


# --- the audit log ---------------------------------------------------------------------------------------

def _like_escaped(text: str) -> str:
    """``text`` as a LIKE pattern matching it literally, escaped with ``/`` as SQLAlchemy's ``autoescape``."""
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _moment(reader: Reader, moment: datetime) -> Any:
    """A DateTime parameter: SQLite keeps SQLAlchemy's text form, with microseconds."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f") if reader.sqlite else moment


def audit_entries(reader: Reader, *, entity: str | None = None, entity_id: str | None = None,
                  actor: str | None = None, since: date | None = None, until: date | None = None,
                  limit: int = 100) -> list[dict] | None:
    """``audit_log.entries``: the matching entries, newest first, at most ``limit``. None for a range whose start
    is after its end: the service refuses it in words."""
    if since and until and since > until:
        return None
    conds, params = [], []
    if entity:
        conds.append("entity = ?")
        params.append(entity)
    if entity_id:
        conds.append("entity_id = ?")
        params.append(entity_id)
    if actor:  # the login, the display name, or both as recorded ("ann", "Ann Smith", "ann (Ann Smith)")
        conds.append("(actor = ? OR actor LIKE ? ESCAPE '/' OR actor LIKE ? ESCAPE '/')")
        params += [actor, _like_escaped(f"{actor} (") + "%", "%" + _like_escaped(f" ({actor})")]
    if since:
        conds.append("at >= ?")
        params.append(_moment(reader, datetime.combine(since, time.min)))
    if until:
        conds.append("at < ?")
        params.append(_moment(reader, datetime.combine(until + timedelta(days=1), time.min)))
    where = " WHERE " + " AND ".join(conds) if conds else ""
    rows = reader.rows("SELECT id, at, actor, action, entity, entity_id, before, after FROM audit_log" + where
                       + " ORDER BY at DESC, id DESC LIMIT ?", [*params, max(1, limit)])
    return [{"id": eid, "at": (datetime.fromisoformat(at) if isinstance(at, str) else at).isoformat(timespec="seconds"),
             "actor": who, "action": action, "entity": kind, "entity_id": key, "before": _json(reader, before),
             "after": _json(reader, after)}
            for eid, at, who, action, kind, key, before, after in rows]


def audit_names(reader: Reader, rows: list[dict], language: str = "en") -> Names:
    """``audit_words.Names.read``: the names a page of entries (``audit_entries``) needs, in ``language``."""
    from app.services.audit_words import CODES_PER_QUERY, Names, entity_ids, entry_texts, quantity_changes

    def named(table: str, column: str, keys) -> dict:
        keys = sorted(keys)
        return dict(reader.rows(f"SELECT {column}, name FROM {table} WHERE {column} IN ({_marks(keys)})", keys))

    n = Names(language)
    hoster = reader.rows("SELECT name FROM hoster")
    n.hoster = (hoster[0][0] if hoster else None) or n.hoster
    ids = entity_ids(rows)
    texts = sorted(entry_texts(rows))
    for start in range(0, len(texts), CODES_PER_QUERY):
        n.companies.update(named("companies", "code", texts[start:start + CODES_PER_QUERY]))
    if ids.get("company"):
        n.companies_by_id = named("companies", "id", ids["company"])
    for rid, code, name in reader.rows("SELECT id, code, name FROM resellers"):
        n.resellers_by_id[rid], n.resellers[code] = name, name
    if ids.get("user"):
        users = sorted(ids["user"])
        n.users = dict(reader.rows(f"SELECT id, email FROM users WHERE id IN ({_marks(users)})", users))
    if ids.get("invoice"):
        invoices = sorted(ids["invoice"])
        for iid, number, currency, cid, rid in reader.rows(
                "SELECT id, number, currency, company_id, customer_reseller_id FROM invoices "
                f"WHERE id IN ({_marks(invoices)})", invoices):
            customer = None
            if cid is not None:  # Names._customer_of
                if cid not in n.companies_by_id:
                    found = reader.rows("SELECT name FROM companies WHERE id = ?", [cid])
                    n.companies_by_id[cid] = (found[0][0] if found else None) or ""
                customer = n.companies_by_id[cid] or None
            elif rid is not None:
                customer = n.resellers_by_id.get(rid)
            n.invoices[iid] = (number, currency, customer)
    if ids.get("payment"):
        paid = sorted(ids["payment"])
        n.payments = {pid: (currency, None) for pid, currency in reader.rows(
            f"SELECT id, currency FROM payments WHERE id IN ({_marks(paid)})", paid)}
    for table, names in (("plans", n.plans), ("services", n.services), ("extra_items", n.items)):
        for code, texts_of in reader.rows(f"SELECT code, name FROM {table}"):
            names[code] = localized(_json(reader, texts_of), language) or code
    # audit_words._quantities_before: the plan's quantity before each quantity change the entries record
    wanted = quantity_changes(rows)
    for eid, company_id, plan_id, day in reader.rows(
            f"SELECT id, company_id, plan_id, date FROM company_events WHERE id IN ({_marks(wanted)})",
            wanted) if wanted else []:
        plan = "plan_id = ?" if plan_id is not None else "plan_id IS NULL"
        prior = reader.rows(f"SELECT quantity FROM company_events WHERE company_id = ? AND {plan} "
                            "AND type IN ('subscribe', 'quantity') AND quantity IS NOT NULL "
                            "AND (date < ? OR (date = ? AND id < ?)) ORDER BY date DESC, id DESC LIMIT 1",
                            [company_id, *([plan_id] if plan_id is not None else []), day, day, eid])
        if prior:
            n.quantities[eid] = prior[0][0]
    return n
