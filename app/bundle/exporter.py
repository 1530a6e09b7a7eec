"""Exporting the database as a bundle that imports back to the same rows.

The export is canonical, so that two exports of equal databases are equal
text: lists sorted by code (users by company then e-mail, prices by layer,
plan, currency, scope and date, events by date then id), optional keys left
out when empty (an extra's ``user`` is always written), amounts as strings with
exactly the currency's minor-unit digits.

Billing settings follow the same rule: a setting the database always holds
(a tax rate, a number format, a tax treatment, the hoster's switches, ``checks``
included) is
always written, defaults included, like ``delivery`` and ``billing_mode``; one
it may leave unset (a reseller's switch, a company's own tax rate) is written
only when set; ``min_charge`` only when there is one, sorted by currency.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, reseller_key
from app.bundle import FORMAT
from app.bundle.billing_settings import BUNDLE_SWITCHES, rate_text
from app.bundle.validate import HOSTER_SELLER, LAYER_SCOPE
from app.errors import ProrataError
from app.models import (Company, CompanyEvent, Currency, EventType, ExtraItem, ExtraItemAmount, Hoster, Layer,
                        MinimumCharge, Plan, Price, Reseller, Service, User)
from app.money import to_text

_LAYER_ORDER = {layer.value: i for i, layer in enumerate(Layer)}


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _billing_day(value: int | None) -> int | str:
    return "anniversary" if value is None else value


def _put(out: dict, key: str, value: Any) -> None:
    """Set an optional key only when it has a value."""
    if value is not None:
        out[key] = value


def export_bundle(session: Session) -> dict:
    """The whole database as a ``prorata-bundle/1`` document (refuses a database with no hoster)."""
    hoster = session.get(Hoster, 1)
    if hoster is None:
        raise ProrataError.of("no_hoster")
    doc: dict[str, Any] = {"format": FORMAT}
    h: dict[str, Any] = {"name": hoster.name,
                         "currencies": list(session.scalars(
                             select(Currency.code).where(Currency.enabled.is_(True)).order_by(Currency.code))),
                         "language": hoster.language}
    _put(h, "address", hoster.address)
    _put(h, "email", hoster.email)
    _put(h, "tax_id", hoster.tax_id)
    minimums = _minimums(session)
    _put_issuer(h, hoster, minimums.get(HOSTER_KEY))
    doc["hoster"] = h
    doc["settings"] = {key: getattr(hoster, key) for key in BUNDLE_SWITCHES}

    service_code: dict[int, str] = {}
    doc["services"] = []
    for sid, code, name, description in session.execute(
            select(Service.id, Service.code, Service.name, Service.description).order_by(Service.code)):
        service_code[sid] = code
        s = {"code": code, "name": name}
        _put(s, "description", description)
        doc["services"].append(s)

    plan_code: dict[int, str] = {}
    doc["plans"] = []
    for pid, code, sid, basis, name, description, unit, retired_on in session.execute(
            select(Plan.id, Plan.code, Plan.service_id, Plan.basis, Plan.name, Plan.description, Plan.unit,
                   Plan.retired_on).order_by(Plan.code)):
        plan_code[pid] = code
        p = {"code": code, "service": service_code[sid], "basis": basis, "name": name}
        _put(p, "description", description)
        _put(p, "unit", unit)
        _put(p, "retired_on", _day(retired_on))
        doc["plans"].append(p)
    _put(doc, "extra_items", _extra_items(session) or None)

    reseller_code: dict[int, str] = {}
    doc["resellers"] = []
    for r in session.scalars(select(Reseller).order_by(Reseller.code)):
        reseller_code[r.id] = r.code
        row = {"code": r.code, "name": r.name, "currency": r.currency, "language": r.language,
               "billing_day": _billing_day(r.billing_day), "billing_mode": r.billing_mode}
        _put(row, "signup", _day(r.signup))
        _put(row, "email", r.email)
        _put(row, "address", r.address)
        _put(row, "tax_id", r.tax_id)
        _put_issuer(row, r, minimums.get(reseller_key(r.id)))
        row["tax_treatment"] = r.tax_treatment
        switches = {key: getattr(r, key) for key in BUNDLE_SWITCHES if getattr(r, key) is not None}
        _put(row, "settings", switches or None)
        doc["resellers"].append(row)

    company_code: dict[int, str] = {}
    currency_of: dict[int, str] = {}
    doc["companies"] = []
    cols = (Company.id, Company.code, Company.name, Company.reseller_id, Company.currency, Company.language,
            Company.billing_day, Company.signup, Company.delivery, Company.email, Company.address, Company.tax_id,
            Company.tax_treatment, Company.tax_rate, Company.term)
    for (cid, code, name, rid, cur, lang, bday, signup, delivery, email, address, tax_id, treatment,
         rate, term) in session.execute(select(*cols).order_by(Company.code)):
        company_code[cid] = code
        currency_of[cid] = cur
        row = {"code": code, "name": name}
        _put(row, "reseller", reseller_code.get(rid))
        row.update({"currency": cur, "language": lang, "billing_day": _billing_day(bday),
                    "signup": signup.isoformat(), "delivery": delivery})
        _put(row, "email", email)
        _put(row, "address", address)
        _put(row, "tax_id", tax_id)
        row["tax_treatment"] = treatment
        _put(row, "tax_rate", rate_text(rate) if rate is not None else None)
        _put(row, "term", term if term != "monthly" else None)  # the term at signup; monthly if absent
        doc["companies"].append(row)

    user_email: dict[int, str] = {}
    users = []
    for uid, cid, email, name in session.execute(select(User.id, User.company_id, User.email, User.name)):
        user_email[uid] = email
        users.append({"company": company_code[cid], "email": email, "name": name})
    users.sort(key=lambda u: (u["company"], u["email"].lower(), u["email"]))
    doc["users"] = users

    prices = []
    for pr in session.scalars(select(Price).order_by(Price.id)):
        row = {"layer": pr.layer}
        scope_key = LAYER_SCOPE.get(pr.layer)
        if scope_key == "company":
            row["company"] = company_code[pr.company_id]
        elif scope_key == "seller":
            row["seller"] = reseller_code[pr.reseller_id] if pr.reseller_id is not None else HOSTER_SELLER
        elif scope_key == "reseller":
            row["reseller"] = reseller_code[pr.reseller_id]
        row.update({"plan": plan_code[pr.plan_id], "currency": pr.currency})
        if pr.amount is None:  # a company's own price ended from valid_from (app/models/prices.py)
            row["ended"] = True
        else:
            row["amount"] = to_text(pr.amount, pr.currency)
        _put(row, "valid_from", _day(pr.valid_from))
        prices.append(row)
    prices.sort(key=lambda p: (_LAYER_ORDER.get(p["layer"], 99), p["plan"], p["currency"],
                               p.get(LAYER_SCOPE.get(p["layer"]) or "", ""), p.get("valid_from", "")))
    doc["prices"] = prices

    doc["events"] = _events(session, company_code, currency_of, plan_code, user_email, reseller_code)
    return doc


def _extra_items(session: Session) -> list[dict]:
    """The extra-item catalogue by code, each item's amounts by currency."""
    amounts: dict[int, dict[str, str]] = {}
    for item_id, cur, amount in session.execute(
            select(ExtraItemAmount.item_id, ExtraItemAmount.currency, ExtraItemAmount.amount)
            .order_by(ExtraItemAmount.item_id, ExtraItemAmount.currency)):
        amounts.setdefault(item_id, {})[cur] = to_text(amount, cur)
    out = []
    for item in session.scalars(select(ExtraItem).order_by(ExtraItem.code)):
        row = {"code": item.code, "name": item.name, "recurring": bool(item.recurring),
               "amounts": amounts.get(item.id, {})}
        _put(row, "retired_on", _day(item.retired_on))
        out.append(row)
    return out


def _minimums(session: Session) -> dict[str, list[dict]]:
    """Minimum charges by issuer key, each issuer's sorted by currency."""
    out: dict[str, list[dict]] = {}
    q = select(MinimumCharge.issuer_key, MinimumCharge.currency, MinimumCharge.amount, MinimumCharge.policy)
    for key, cur, amount, policy in session.execute(q.order_by(MinimumCharge.issuer_key, MinimumCharge.currency)):
        out.setdefault(key, []).append({"currency": cur, "amount": to_text(amount, cur), "policy": policy})
    return out


def _put_issuer(out: dict, issuer: Hoster | Reseller, minimums: list[dict] | None) -> None:
    """An issuer's tax rate, number format and minimum charges (when it has any)."""
    out["tax_rate"] = rate_text(issuer.tax_rate)
    out["invoice_number_format"] = issuer.invoice_number_format
    _put(out, "min_charge", minimums)


def _events(session: Session, company_code: dict, currency_of: dict, plan_code: dict,
            user_email: dict, reseller_code: dict | None = None) -> list[dict]:
    """Events by date then id; an extra's amount is written in the company's currency on its date; a move
    names the sellers it leaves and goes to by code ("hoster" for the hoster); an undo names the event it takes
    back by its index in the list (``undoes``)."""
    out = []
    currency = dict(currency_of)
    cols = (CompanyEvent.date, CompanyEvent.company_id, CompanyEvent.type, CompanyEvent.plan_id,
            CompanyEvent.to_plan_id, CompanyEvent.quantity, CompanyEvent.user_id, CompanyEvent.code,
            CompanyEvent.amount, CompanyEvent.recurring, CompanyEvent.description, CompanyEvent.currency,
            CompanyEvent.reseller_id, CompanyEvent.id, CompanyEvent.undoes_id)
    index: dict[int, int] = {}  # event id -> its index in the list, which an undo names (``undoes``)
    undoing: list[tuple[dict, int]] = []
    for e in session.execute(select(*cols).order_by(CompanyEvent.date, CompanyEvent.id)):
        row: dict[str, Any] = {"date": e.date.isoformat(), "company": company_code[e.company_id], "type": e.type}
        index[e.id] = len(out)
        if e.undoes_id is not None:
            undoing.append((row, e.undoes_id))
        if e.type == EventType.MOVE.value:
            sellers = reseller_code or {}
            to = None if e.code == HOSTER_KEY else int(e.code.split(":", 1)[1])
            row.update({"from": sellers.get(e.reseller_id, HOSTER_SELLER), "to": sellers.get(to, HOSTER_SELLER)})
            out.append(row)
            continue
        _put(row, "plan", plan_code.get(e.plan_id))
        _put(row, "to_plan", plan_code.get(e.to_plan_id))
        _put(row, "quantity", e.quantity)
        if e.type == EventType.EXTRA.value:
            row["code"] = e.code
            row["amount"] = to_text(e.amount, currency[e.company_id])
            row["recurring"] = bool(e.recurring)
            row["user"] = user_email.get(e.user_id)
            _put(row, "description", e.description)
        else:
            _put(row, "user", user_email.get(e.user_id))
            _put(row, "code", e.code)
        if e.type == EventType.CURRENCY.value:
            row["currency"] = e.currency
            currency[e.company_id] = e.currency
        out.append(row)
    for row, undone in undoing:  # after the event's own keys, as the undo was recorded: after what it undoes
        row["undoes"] = index[undone]
    return out
