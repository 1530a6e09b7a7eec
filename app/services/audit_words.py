"""The audit log in words: each entry as a sentence id with typed parameters, and its details as pairs.

An audit entry stores codes (``set``, ``billing_setting``, ``rheinwerk.tax_rate``) and JSON before and
after. ``describe`` turns one into a ``Sentence``: an ``id`` naming the sentence ("setting_set":
"{actor} set {owner}'s {setting} from {before} to {after}") and ``params`` that are typed values (a
``Money``, a ``Percent``, a ``date``, a ``Word`` the reader names in its language, plain names), plus
``details``: (key, value) pairs of what else the entry holds, for a readable "key: value" view. The core
builds no text; the window (ui/audit/) owns the sentences, as it does the explanation phrases of
app/billing/explain.py.

There is one rule per action kind (the ``(action, entity)`` pairs ``audit.record`` is called with in
app/, listed in ``RULES``); an entry of a kind not listed still reads as a sentence ("unknown"). Codes and
ids become names through ``Names``, read for a page of entries in a few queries.

Read-only; works inside the caller's unit of work, on whatever thread runs it. SQLAlchemy and the models are
imported by ``Names.read`` alone: ``prorata audit`` reads its names through the driver
(app/cli/quick_lists.py ``audit_names``) and words them here without them (issue 12).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Callable

from app.vocabulary import localized

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

HOSTER = "hoster"


@dataclass(frozen=True)
class Word:
    """A code the reader names in its own language: a setting, a layer, a status, on/off."""

    code: str


@dataclass(frozen=True)
class Phrase:
    """A phrase Prorata itself wrote into an entry in English ("credit applied on issue", "debit E2E-1
    returned MD01"), as a code the reader says in its language, with the values it names."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class Percent:
    value: Decimal


@dataclass(frozen=True)
class FieldChange:
    """One field of a record, before and after (either None when unset)."""

    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class Sentence:
    """One entry as data: ``id`` names the sentence, ``params`` fill it, ``details`` say the rest.

    ``params`` always holds ``actor``. A parameter is a str (a name, a number), an int, a ``date``, a
    ``Word``, a ``Money``, a ``Percent``, None (unset) or a tuple of ``FieldChange``."""

    id: str
    params: dict[str, Any] = field(default_factory=dict)
    details: list[tuple[str, Any]] = field(default_factory=list)


# --------------------------------------------------------------------------- names

class Names:
    """Names for the codes and ids of a page of entries, read at once (``Names.read``)."""

    def __init__(self, language: str = "en"):
        self.language = language
        self.hoster = "Hoster"
        self.companies_by_id: dict[int, str] = {}
        self.companies: dict[str, str] = {}
        self.resellers_by_id: dict[int, str] = {}
        self.resellers: dict[str, str] = {}
        self.users: dict[int, str] = {}
        self.invoices: dict[int, tuple[str | None, str, str | None]] = {}  # id: (number, currency, customer)
        self.payments: dict[int, tuple[str, str | None]] = {}  # id: (currency, customer)
        self.plans: dict[str, str] = {}
        self.services: dict[str, str] = {}
        self.items: dict[str, str] = {}
        self.quantities: dict[int, int] = {}  # event id: the plan's quantity before it (quantity changes)

    @classmethod
    def read(cls, session: Session, rows: list[dict], language: str = "en") -> Names:
        from sqlalchemy import select

        from app.models import Company, ExtraItem, Hoster, Invoice, Payment, Plan, Reseller, Service, User

        n = cls(language)
        hoster = session.scalar(select(Hoster.name))
        n.hoster = hoster or n.hoster
        ids = entity_ids(rows)
        # A few hundred entries name at most a few thousand rows: one query per table, no joins per entry.
        # Companies by code: those whose code is among the entries' texts (a code may be any value of theirs).
        texts = sorted(entry_texts(rows))
        for start in range(0, len(texts), CODES_PER_QUERY):
            n.companies.update(session.execute(select(Company.code, Company.name)
                                               .where(Company.code.in_(texts[start:start + CODES_PER_QUERY]))).all())
        if ids.get("company"):
            n.companies_by_id = dict(session.execute(select(Company.id, Company.name)
                                                     .where(Company.id.in_(ids["company"]))).all())
        for rid, code, name in session.execute(select(Reseller.id, Reseller.code, Reseller.name)):
            n.resellers_by_id[rid], n.resellers[code] = name, name
        if ids.get("user"):
            n.users = dict(session.execute(select(User.id, User.email).where(User.id.in_(ids["user"]))).all())
        if ids.get("invoice"):
            for iid, number, cur, cid, rid in session.execute(
                    select(Invoice.id, Invoice.number, Invoice.currency, Invoice.company_id,
                           Invoice.customer_reseller_id).where(Invoice.id.in_(ids["invoice"]))):
                n.invoices[iid] = (number, cur, n._customer_of(session, cid, rid))
        if ids.get("payment"):
            n.payments = {pid: (cur, None) for pid, cur in session.execute(
                select(Payment.id, Payment.currency).where(Payment.id.in_(ids["payment"])))}
        for code, names in session.execute(select(Plan.code, Plan.name)):
            n.plans[code] = localized(names, language) or code
        for code, names in session.execute(select(Service.code, Service.name)):
            n.services[code] = localized(names, language) or code
        for code, names in session.execute(select(ExtraItem.code, ExtraItem.name)):
            n.items[code] = localized(names, language) or code
        n.quantities = _quantities_before(session, rows)
        return n

    def _customer_of(self, session: Session, company_id: int | None, reseller_id: int | None) -> str | None:
        from sqlalchemy import select

        from app.models import Company

        if company_id is not None:
            if company_id not in self.companies_by_id:
                self.companies_by_id[company_id] = session.scalar(select(Company.name)
                                                                  .where(Company.id == company_id)) or ""
            return self.companies_by_id[company_id] or None
        return self.resellers_by_id.get(reseller_id) if reseller_id is not None else None

    def seller(self, code: str | None) -> str | None:
        """The hoster's or a reseller's name for its code."""
        if code is None:
            return None
        return self.hoster if code == HOSTER else self.resellers.get(code, code)

    def customer(self, code: str | None) -> str | None:
        """A company's (else a reseller's) name for its code."""
        if code is None:
            return None
        return self.companies.get(code) or self.resellers.get(code) or code

    def company(self, key: str | None) -> str | None:
        """A company by code, or by id (what older entries store)."""
        if key is None:
            return None
        if key in self.companies:
            return self.companies[key]
        if key.isdigit() and int(key) in self.companies_by_id:
            return self.companies_by_id[int(key)]
        return key

    def plan(self, code: str | None) -> str | None:
        return None if code is None else self.plans.get(code, code)


CODES_PER_QUERY = 500  # company codes looked up per query


def entity_ids(rows: list[dict]) -> dict[str, set[int]]:
    """The ids the entries name, by entity: their entity ids that are numbers."""
    ids: dict[str, set[int]] = {}
    for r in rows:
        key = r["entity_id"]
        if key is not None and key.isdigit():
            ids.setdefault(r["entity"], set()).add(int(key))
    return ids


def entry_texts(rows: list[dict]) -> set[str]:
    """Every text in the entries: their entity ids and each part of one (a price's names its owner:
    ``layer:plan:currency:owner:since``), and whatever their before and after hold, at any depth."""
    out: set[str] = set()
    stack: list = []
    for r in rows:
        stack += [r["entity_id"], r["before"], r["after"]]
        if r["entity_id"]:
            stack += r["entity_id"].split(":")
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            out.add(value)
        elif isinstance(value, dict):
            stack += value.values()
        elif isinstance(value, (list, tuple)):
            stack += value
    return out


def quantity_changes(rows: list[dict]) -> list[int]:
    """The ids of the quantity changes the entries record (the first change of each company change)."""
    wanted = []
    for r in rows:
        if r["entity"] == "company" and r["action"] == "change":
            for c in (r["after"] or {}).get("changes", [])[:1]:
                if c.get("type") == "quantity" and isinstance(c.get("id"), int):
                    wanted.append(c["id"])
    return wanted


def _quantities_before(session: Session, rows: list[dict]) -> dict[int, int]:
    """For each recorded quantity change in ``rows``: the plan's quantity before it, when known (the last
    subscription or quantity change of the company and plan that takes effect before it)."""
    wanted = quantity_changes(rows)
    out: dict[int, int] = {}
    if not wanted:
        return out
    from sqlalchemy import select

    from app.models import CompanyEvent

    e = CompanyEvent
    for ev in session.scalars(select(e).where(e.id.in_(wanted))):
        prior = session.scalar(
            select(e.quantity).where(e.company_id == ev.company_id, e.plan_id == ev.plan_id,
                                     e.type.in_(("subscribe", "quantity")), e.quantity.is_not(None),
                                     (e.date < ev.date) | ((e.date == ev.date) & (e.id < ev.id)))
            .order_by(e.date.desc(), e.id.desc()).limit(1))
        if prior is not None:
            out[ev.id] = prior
    return out


# --------------------------------------------------------------------------- typed values

SWITCH_SETTINGS = frozenset({"invoicing", "payment_collection", "email_delivery", "checks"})


def _decimal(text: Any) -> Decimal | None:
    try:
        return Decimal(str(text))
    except (InvalidOperation, ValueError):
        return None


def _day(text: Any) -> date | None:
    if isinstance(text, date):
        return text
    try:
        return date.fromisoformat(str(text))
    except ValueError:
        return None


def _money(text: Any, currency: str | None) -> Any:
    if text is None:
        return None
    amount = _decimal(text)
    return Money(amount, currency) if amount is not None and currency else text


# The English phrases app/ writes into entries (app/payments/allocation.py's source and "by", the mandates'
# and ACH authorizations' "why", payment reversals' reasons, post.reject's default reason; the reverse
# dialog's preset reasons), read back as codes: entries written before and after read alike. A text that
# matches none is the person's own words and stays as it is.
_PHRASES: tuple[tuple[re.Pattern, str | None, tuple[str, ...]], ...] = tuple(
    (re.compile(pattern), code, keys) for pattern, code, keys in (
        (r"credit applied on issue", "credit_on_issue", ()),
        (r"credit applied by hand", "credit_by_hand", ()),
        (r"payment #(\d+) reversed", "payment_reversed", ("payment",)),
        (r"payment #(\d+)", "payment_no", ("payment",)),
        (r"credit note (\S+)", "credit_note_no", ("note",)),
        (r"debit (\S+) returned ([A-Z0-9]{2,4})", "debit_returned", ("debit", "code")),
        (r"its debit (\S+) was returned \(([A-Z0-9]{2,4})\)", "debit_returned_again", ("debit", "code")),
        (r"direct debit (\S+) returned: ([A-Z0-9]{2,4}) \(.*\)", "direct_debit_returned", ("debit", "code")),
        (r"ACH debit (\S+) returned: ([A-Z0-9]{2,4}) \(.*\)", "ach_debit_returned", ("debit", "code")),
        (r"the batch did not print correctly", "print_failed", ()),
        (r"check bounced", "check_bounced", ()),
        (r"direct debit returned", "debit_was_returned", ()),
        (r"chargeback", "chargeback", ()),
        (r"transfer recalled by the bank", "transfer_recalled", ()),
        (r"revoked", None, ()),  # the clerk revoked it (a Word)
        (r"collected", None, ()),
    ))


def phrase_of(text: Any) -> Any:
    """A text Prorata wrote as a ``Phrase`` (or ``Word``); anything else (a person's words) as it is."""
    if not isinstance(text, str):
        return text
    for pattern, code, keys in _PHRASES:
        m = pattern.fullmatch(text.strip())
        if m:
            if not code:
                return Word(text.strip())
            params = tuple(zip(keys, m.groups()))
            if "code" in keys:  # a bank's return reason: its words too, in the reader's language
                params += (("reason", Word("bank_return:" + dict(params)["code"])),)
            return Phrase(code, params)
    return text


def value_of(key: str, value: Any, names: Names, currency: str | None = None) -> Any:
    """A stored JSON value as a typed parameter, by what its key says it is."""
    if value is None:
        return None
    if isinstance(value, bool):
        return Word("on" if value else "off") if key in SWITCH_SETTINGS or key.endswith("_switch") \
            else Word("yes" if value else "no")
    if key in ("tax_rate",):
        rate = _decimal(value)
        return Percent(rate) if rate is not None else value
    if key in ("amount", "total", "subtotal", "tax", "allocated", "refunded", "reversed", "unallocated"):
        return _money(value, currency)
    if key in ("signup", "from", "date", "issue_date", "received_on", "retired_on", "as_of", "today", "signed_on") \
            and isinstance(value, str):
        return _day(value) or value
    if key in ("name", "description", "unit") and isinstance(value, dict):
        return localized(value, names.language)
    if key == "amounts" and isinstance(value, dict):
        return ", ".join(f"{v} {k}" for k, v in sorted(value.items()))
    if key in ("status", "policy", "term", "basis", "layer", "delivery", "tax_treatment", "billing_mode", "method",
               "kind", "role", "marked", "type") and isinstance(value, str):
        return Word(value)
    if key in ("reason", "why", "by", "source") and isinstance(value, str):
        return phrase_of(value)
    if key == "sequence" and value in ("FRST", "RCUR", "OOFF", "FNAL"):  # a SEPA debit's sequence type
        return Word("sepa:" + value)
    if key == "billing_day" and value == "anniversary":
        return Word("anniversary")
    if key in ("seller", "reseller", "issuer", "creditor") and isinstance(value, str):
        return names.seller(value)
    if key in ("company", "customer") and isinstance(value, str):
        return names.customer(value)
    if key == "plan" and isinstance(value, str):
        return names.plan(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items() if v is not None)
    return value


# Keys that say nothing to a clerk (ids, versions, the machine form's nesting).
_QUIET = frozenset({"id", "version", "lines", "changes", "period", "credits", "change", "user", "recorded_by",
                    "undoes", "undone_by", "logo", "billed", "deferred", "failed", "skipped", "counts"})


def details_of(data: dict | None, names: Names, currency: str | None = None,
               skip: tuple[str, ...] = ()) -> list[tuple[str, Any]]:
    """``data``'s fields as (key, typed value) pairs, the quiet ones and ``skip`` left out."""
    if not isinstance(data, dict):
        return []
    cur = data.get("currency") if isinstance(data.get("currency"), str) else currency
    return [(k, value_of(k, v, names, cur)) for k, v in data.items()
            if k not in _QUIET and k not in skip and v is not None and v not in ("", {}, [])]


def _changes(before: dict | None, after: dict | None, names: Names, currency: str | None = None
             ) -> tuple[FieldChange, ...]:
    before, after = before or {}, after or {}
    keys = [k for k in after if k not in _QUIET] + [k for k in before if k not in after and k not in _QUIET]
    return tuple(FieldChange(k, value_of(k, before.get(k), names, currency), value_of(k, after.get(k), names,
                                                                                   currency))
                 for k in keys if before.get(k) != after.get(k))


def _edited(actor: str, owner: str | None, before: dict | None, after: dict | None, names: Names,
            kind: str) -> Sentence:
    """An edit of a record's fields: one field reads "set X's F from A to B", more list every change."""
    changes = _changes(before, after, names)
    if len(changes) == 1:
        c = changes[0]
        return Sentence("field_set" if c.before is not None else "field_first_set",
                        {"actor": actor, "owner": owner, "field": Word(c.field), "before": c.before,
                         "after": c.after, "kind": Word(kind)})
    return Sentence("fields_set", {"actor": actor, "owner": owner, "kind": Word(kind), "changes": changes})


# --------------------------------------------------------------------------- rules, one per action kind

Rule = Callable[[dict, Names], Sentence]


def _setting(r: dict, n: Names) -> Sentence:
    issuer, _, name = (r["entity_id"] or "").partition(".")
    before, after = r["before"] or {}, r["after"] or {}
    if name in ("tax_rate", "invoice_number_format", "payment_terms"):
        b, a = value_of(name, before.get(name), n), value_of(name, after.get(name), n)
    else:  # a switch: on, off, or (a reseller's) following the hoster
        b, a = (Word("inherit") if v is None else Word("on" if v else "off") if isinstance(v, bool) else v
                for v in (before.get(name), after.get(name)))
    if name not in ("tax_rate", "invoice_number_format", "payment_terms"):
        return Sentence("switch_set", {"actor": r["actor"], "owner": n.seller(issuer), "setting": Word(name),
                                       "before": b, "after": a})
    if name == "payment_terms":
        return Sentence("terms_set", {"actor": r["actor"], "owner": n.seller(issuer), "before": b, "after": a})
    return Sentence("setting_set", {"actor": r["actor"], "owner": n.seller(issuer), "setting": Word(name),
                                    "before": b, "after": a})


def _minimum(r: dict, n: Names) -> Sentence:
    parts = (r["entity_id"] or "").split(".")
    issuer, currency = parts[0], parts[-1]
    before, after = r["before"], r["after"]
    p = {"actor": r["actor"], "owner": n.seller(issuer), "currency": currency,
         "before": _money((before or {}).get("amount"), currency),
         "after": _money((after or {}).get("amount"), currency)}
    details = [("policy", Word(x["policy"])) for x in (after or before or {},) if x.get("policy")]
    if before is None:
        return Sentence("minimum_set", p, details)
    if after is None:
        return Sentence("minimum_removed", p, details)
    return Sentence("minimum_changed", p, details)


def _schedule(r: dict, n: Names) -> Sentence:
    kind = r["entity"].removeprefix("company_")
    before, after = r["before"] or {}, r["after"] or {}
    p = {"actor": r["actor"], "company": n.company(r["entity_id"]), "day": _day(after.get("from")),
         "before": value_of(kind, before.get(kind), n), "after": value_of(kind, after.get(kind), n)}
    return Sentence("term_set" if kind == "term" else "billing_day_set", p)


def _price(r: dict, n: Names) -> Sentence:
    layer, plan, currency, owner, since = ((r["entity_id"] or "").split(":") + ["", "", "", "", ""])[:5]
    who = n.company(owner) if layer == "company_override" else n.seller(owner or HOSTER)
    p = {"actor": r["actor"], "layer": Word(layer), "plan": n.plan(plan), "owner": who,
         "before": _money((r["before"] or {}).get("amount"), currency),
         "after": _money((r["after"] or {}).get("amount"), currency), "day": _day(since)}
    if r["action"] == "end":  # a company's own price ended (app/models/prices.py): always from a day
        return Sentence("own_price_ended", p)
    if r["action"] == "delete":
        verb = "price_removed" if (r["before"] or {}).get("amount") is not None else "own_price_end_removed"
    else:  # setting an own price where one ended that day: as set
        verb = "price_set" if (r["before"] or {}).get("amount") is None else "price_changed"
    return Sentence(verb if p["day"] or verb == "own_price_end_removed" else verb + "_always", p)


def _invoice(r: dict, n: Names) -> Sentence:
    action, before, after = r["action"], r["before"] or {}, r["after"] or {}
    known = n.invoices.get(int(r["entity_id"])) if (r["entity_id"] or "").isdigit() else None
    snap = after or before
    cur = snap.get("currency") or (known[1] if known else None)
    customer = n.customer(snap.get("customer")) if snap.get("customer") else (known[2] if known else None)
    number = snap.get("number") or (known[0] if known else None)
    p = {"actor": r["actor"], "invoice": number, "customer": customer, "total": _money(snap.get("total"), cur)}
    details = details_of(snap, n, cur, skip=("number", "customer", "currency", "total", "tax_note"))
    if action == "issue":
        return Sentence("invoice_issued", p, details)
    if action == "create":
        return Sentence("invoice_drafted", p, details)
    if action == "edit":
        p.update(before=_money(before.get("total"), cur), after=_money(after.get("total"), cur))
        return Sentence("invoice_edited", p, details)
    if action == "delete":
        return Sentence("invoice_deleted", p, details)
    if action == "credit":
        p.update(invoice=before.get("number") or number, note=after.get("number"))
        return Sentence("invoice_credited", p, details)
    if action in ("charged", "charge_failed"):
        return Sentence("invoice_card_" + ("paid" if action == "charged" else "failed"), p,
                        details_of(after, n, cur, skip=("idempotency_key", "payment", "processor_ref")))
    if action in ("review_approve", "review_query"):
        p.update(reviewer=after.get("reviewer"), comment=after.get("comment"))
        return Sentence("invoice_approved" if action == "review_approve" else "invoice_queried", p)
    if action == "charge":
        p.update(amount=_money(after.get("amount"), cur), card=after.get("card"))
        return Sentence("invoice_charged", p, details_of(after, n, cur, skip=("amount", "card", "idempotency_key")))
    if action in ("send", "resend"):
        p.update(to=after.get("to"))
        return Sentence("invoice_sent" if action == "send" else "invoice_resent", p)
    if action == "pay":
        p.update(invoice=known[0] if known else None, customer=known[2] if known else None,
                 amount=_money(after.get("allocated"), cur), source=phrase_of(after.get("source")),
                 before=Word(before.get("status") or ""), after=Word(after.get("status") or ""))
        return Sentence("invoice_paid", p, [("by", phrase_of(after["by"]))] if after.get("by") else [])
    return _unknown(r, n)


_CHANGE_IDS = {"subscribe": "change_subscribe", "quantity": "change_quantity", "plan_change": "change_plan",
               "cancel": "change_cancel", "assign": "change_assign", "unassign": "change_unassign",
               "extra": "change_extra", "extra_end": "change_extra_end", "currency": "change_currency"}


def change_params(c: dict, n: Names, company_currency: str | None = None) -> dict:
    """One recorded change (the bundle's event form) as parameters."""
    code = c.get("code")
    return {"day": _day(c.get("date")), "plan": n.plan(c.get("plan")), "to_plan": n.plan(c.get("to_plan")),
            "quantity": c.get("quantity"), "user": c.get("user"),
            "item": n.items.get(code, code) if code else None,
            "amount": _money(c.get("amount"), c.get("currency") or company_currency) if c.get("amount") else None,
            "currency": c.get("currency")}


def _company_changes(r: dict, n: Names) -> Sentence:
    after = r["after"] or {}
    changes = after.get("changes") or []
    company = n.company(r["entity_id"])
    source = Word("source:" + str(after.get("source"))) if after.get("source") else None
    if r["action"] == "undo":
        original = (r["before"] or {}).get("change") or {}
        p = {"actor": r["actor"], "company": company, "change": Word("event:" + str(original.get("type"))),
             **{k: v for k, v in change_params(original, n).items() if k not in ("amount",)}}
        return Sentence("change_undone", p)
    if len(changes) != 1:
        details = [(f"change {i}", Word("event:" + str(c.get("type")))) for i, c in enumerate(changes, 1)]
        return Sentence("changes_recorded", {"actor": r["actor"], "company": company, "count": len(changes),
                                             "source": source}, details)
    c = changes[0]
    p = {"actor": r["actor"], "company": company, **change_params(c, n)}
    sid = _CHANGE_IDS.get(c.get("type"), "change_other")
    if sid == "change_quantity":
        p["before"] = n.quantities.get(c.get("id"))
        if p["before"] is None:
            sid = "change_quantity_to"
    if sid == "change_extra" and c.get("recurring"):
        sid = "change_extra_recurring"
    if sid == "change_other":
        p["change"] = Word("event:" + str(c.get("type")))
    details = [("description", value_of("description", c["description"], n))] if c.get("description") else []
    if source is not None:
        details.append(("source", source))
    return Sentence(sid, p, details)


def _company(r: dict, n: Names) -> Sentence:
    action, before, after = r["action"], r["before"] or {}, r["after"] or {}
    if action in ("change",) or (action == "undo" and "changes" in after):
        return _company_changes(r, n)
    company = n.company(r["entity_id"])
    if action == "create":
        return Sentence("company_added", {"actor": r["actor"], "company": after.get("name") or company},
                        details_of(after, n, skip=("name",)))
    if action == "edit":
        return _edited(r["actor"], company, before, after, n, "company")
    if action in ("move", "undo"):
        p = {"actor": r["actor"], "company": company, "before": n.seller(before.get("seller")),
             "after": n.seller(after.get("seller")), "day": _day(after.get("from"))}
        return Sentence("company_moved" if action == "move" else "move_undone", p)
    return _unknown(r, n)


def _user(r: dict, n: Names) -> Sentence:
    action, before, after = r["action"], r["before"] or {}, r["after"] or {}
    key = r["entity_id"] or ""
    email = after.get("email") or before.get("email") or (n.users.get(int(key)) if key.isdigit() else None)
    if action == "create":
        return Sentence("user_added", {"actor": r["actor"], "user": email, "company": n.customer(after.get("company"))},
                        details_of(after, n, skip=("email", "company")))
    if action == "edit":
        return _edited(r["actor"], email, before, after, n, "user")
    if action == "move":
        return Sentence("user_moved", {"actor": r["actor"], "user": email, "before": n.customer(before.get("company")),
                                       "after": n.customer(after.get("company")), "day": _day(after.get("from"))})
    return _unknown(r, n)


def _reseller(r: dict, n: Names) -> Sentence:
    before, after = r["before"] or {}, r["after"] or {}
    key = r["entity_id"] or ""
    name = n.resellers_by_id.get(int(key)) if key.isdigit() else key
    if r["action"] == "create":
        return Sentence("reseller_added", {"actor": r["actor"], "reseller": after.get("name") or name},
                        details_of(after, n, skip=("name",)))
    if r["action"] == "edit":
        return _edited(r["actor"], name, before, after, n, "reseller")
    if r["action"] == "payout":  # the hoster paid a reseller what it was owed (app/payments/payouts.py)
        cur = after.get("currency")
        return Sentence("payout_paid", {"actor": r["actor"], "reseller": name, "amount": _money(after.get("paid"), cur),
                                        "day": _day(after.get("date"))},
                        details_of({"reference": after.get("reference"), "owed": _money(after.get("owed"), cur)}, n))
    if r["action"] == "payout_reverse":  # a payout that did not hold, owed again (app/payments/payouts.py reverse)
        cur = after.get("currency")
        return Sentence("payout_reversed", {"actor": r["actor"], "reseller": name, "payout": after.get("payout"),
                                            "amount": _money(after.get("reversed"), cur),
                                            "day": _day(after.get("date"))},
                        details_of({"why": after.get("reason"), "owed": _money(after.get("owed"), cur)}, n))
    return _unknown(r, n)


def _catalogue(kind: str, names_of: Callable[[Names], dict]) -> Rule:
    def rule(r: dict, n: Names) -> Sentence:
        before, after = r["before"] or {}, r["after"] or {}
        code = r["entity_id"] or ""
        name = value_of("name", after.get("name"), n) or names_of(n).get(code, code)
        p = {"actor": r["actor"], "name": name, "kind": Word(kind)}
        if r["action"] == "create":
            return Sentence("catalogue_added", p, details_of(after, n, skip=("name", "code")))
        if r["action"] == "retire":
            return Sentence("catalogue_retired", {**p, "day": _day(after.get("retired_on"))})
        if r["action"] == "unretire":
            return Sentence("catalogue_unretired", p)
        if r["action"] == "edit":
            return _edited(r["actor"], name, before, after, n, kind)
        return _unknown(r, n)
    return rule


def _template(r: dict, n: Names) -> Sentence:
    before, after = r["before"] or {}, r["after"] or {}
    if r["action"] == "set_default":
        return Sentence("template_default", {"actor": r["actor"], "template": after.get("default"),
                                             "before": before.get("default")})
    p = {"actor": r["actor"], "template": after.get("name") or before.get("name")}
    if r["action"] == "create":
        return Sentence("template_added", p)
    if r["action"] == "edit":
        return Sentence("template_edited", {**p, "changes": _changes(before, after, n)})
    return _unknown(r, n)


def _printed(r: dict, n: Names) -> Sentence:
    after = r["after"] or {}
    return Sentence("batch_printed", {"actor": r["actor"], "count": len(after.get("invoices") or []),
                                      "file": after.get("file")}, details_of(after, n, skip=("file",)))


def _smtp(r: dict, n: Names) -> Sentence:
    owner = n.seller(r["entity_id"])
    if r["action"] == "create" or not r["before"]:
        return Sentence("smtp_added", {"actor": r["actor"], "owner": owner}, details_of(r["after"], n))
    return Sentence("smtp_changed", {"actor": r["actor"], "owner": owner,
                                     "changes": _changes(r["before"], r["after"], n)})


def _processor(r: dict, n: Names) -> Sentence:
    after = r["after"] or {}
    return Sentence("processor_set", {"actor": r["actor"], "owner": n.seller(after.get("issuer")),
                                      "processor": after.get("processor")},
                    details_of(after, n, skip=("issuer", "processor", "settings")))


def _mandate(r: dict, n: Names) -> Sentence:
    before, after = r["before"] or {}, r["after"] or {}
    if r["action"] == "create":
        return Sentence("mandate_added", {"actor": r["actor"],
                                          "customer": n.customer(after.get("customer") or after.get("company")),
                                          "mandate": after.get("reference") or r["entity_id"]},
                        details_of(after, n, skip=("customer", "company", "reference")))
    return Sentence("mandate_set", {"actor": r["actor"], "mandate": r["entity_id"],
                                    "before": Word(str(before.get("status"))), "after": Word(str(after.get("status")))},
                    [("why", phrase_of(after["why"]))] if after.get("why") else [])


def _debit_batch(r: dict, n: Names) -> Sentence:
    after = r["after"] or {}
    return Sentence("debits_submitted", {"actor": r["actor"], "count": after.get("count"),
                                         "total": _money(after.get("total"), "EUR"),
                                         "day": _day(after.get("collection_date"))},
                    details_of(after, n, skip=("count", "total", "collection_date")))


def _ach_authorization(r: dict, n: Names) -> Sentence:
    before, after = r["before"] or {}, r["after"] or {}
    if r["action"] == "set":  # revoked after a return that ends it (R02, R07, R10...)
        return Sentence("ach_authorization_set", {
            "actor": r["actor"], "authorization": r["entity_id"], "before": Word(str(before.get("status"))),
            "after": Word(str(after.get("status")))}, [("why", phrase_of(after["why"]))] if after.get("why") else [])
    return Sentence("ach_authorization_added", {"actor": r["actor"], "customer": n.customer(after.get("company")),
                                                "account": after.get("account")},
                    details_of(after, n, skip=("company", "account")))


def _ach_batch(r: dict, n: Names) -> Sentence:
    after = r["after"] or {}
    return Sentence("ach_submitted", {"actor": r["actor"], "count": after.get("count"),
                                      "total": _money(after.get("total"), "USD"),
                                      "day": _day(after.get("effective_date"))},
                    details_of(after, n, skip=("count", "total", "effective_date")))


def _payout_batch(r: dict, n: Names) -> Sentence:
    after = r["after"] or {}
    return Sentence("payouts_submitted", {"actor": r["actor"], "count": after.get("count"),
                                          "total": _money(after.get("total"), "EUR"),
                                          "day": _day(after.get("execution_date"))},
                    details_of(after, n, skip=("count", "total", "execution_date")))


def _post_batch(r: dict, n: Names) -> Sentence:
    after = r["after"] or {}
    if r["action"] == "confirm_posted":
        return Sentence("post_batch_posted", {"actor": r["actor"], "batch": r["entity_id"],
                                              "count": after.get("invoices"), "day": _day(after.get("posted"))})
    return Sentence("post_batch_rejected", {"actor": r["actor"], "batch": r["entity_id"],
                                            "count": after.get("invoices")},
                    [("why", phrase_of(after["reason"]))] if after.get("reason") else [])


def _database_copy(r: dict, n: Names) -> Sentence:
    after = r["after"] or {}
    return Sentence("database_copied", {"actor": r["actor"], "source": after.get("from"), "rows": after.get("rows")})


def _payment_method(r: dict, n: Names) -> Sentence:
    after = r["after"] or {}
    return Sentence("card_added", {"actor": r["actor"], "customer": n.customer(after.get("customer")),
                                   "card": " ".join(str(after[k]) for k in ("brand", "last4") if after.get(k))},
                    details_of(after, n, skip=("customer", "brand", "last4")))


def _currency(r: dict, n: Names) -> Sentence:
    sid = {"enable": "currency_enabled", "disable": "currency_disabled"}.get(r["action"])
    return Sentence(sid, {"actor": r["actor"], "currency": r["entity_id"]}) if sid else _unknown(r, n)


def _staff(r: dict, n: Names) -> Sentence:
    after = r["after"] or {}
    if r["action"] == "staff_add":
        return Sentence("staff_added", {"actor": r["actor"], "login": r["entity_id"],
                                        "role": Word(str(after.get("role"))),
                                        "reseller": n.seller(after.get("reseller") or HOSTER)})
    if r["action"] == "staff_disable":
        return Sentence("staff_disabled", {"actor": r["actor"], "login": r["entity_id"]})
    return _unknown(r, n)


def _payment(r: dict, n: Names) -> Sentence:
    after = r["after"] or {}
    key = r["entity_id"] or ""
    cur = after.get("currency") or (n.payments.get(int(key), (None,))[0] if key.isdigit() else None)
    p = {"actor": r["actor"], "payment": key}
    if r["action"] == "record":
        p.update(amount=_money(after.get("amount"), cur), customer=n.customer(after.get("customer")),
                 day=_day(after.get("received_on")), method=Word(str(after.get("method"))))
        return Sentence("payment_recorded", p, details_of(after, n, cur, skip=("amount", "customer", "received_on",
                                                                             "method", "currency", "issuer")))
    if r["action"] == "refund":
        p.update(amount=_money(after.get("amount"), cur), day=_day(after.get("date")))
        return Sentence("payment_refunded", p, details_of({"reference": after.get("reference")}, n))
    if r["action"] == "reverse":
        p.update(amount=_money(after.get("reversed"), cur), day=_day(after.get("date")), 
                 reason=phrase_of(after.get("reason")))
        return Sentence("payment_reversed", p, details_of({"reopened": after.get("reopened")}, n))
    return _unknown(r, n)


def _bill_run(r: dict, n: Names) -> Sentence:
    after = r["after"] or {}
    p = {"actor": r["actor"], "day": _day(after.get("as_of") or r["entity_id"]),
         "billed": after.get("billed") if isinstance(after.get("billed"), int) else len(after.get("billed") or [])}
    details = [(k, len(after[k]) if isinstance(after[k], list) else after[k])
               for k in ("deferred", "failed", "skipped", "nothing_to_bill", "reseller_invoices") if after.get(k)]
    if after.get("cancelled"):
        details.append(("cancelled", Word("yes")))
    return Sentence("bill_run_issued" if after.get("issue") else "bill_run", p, details)


def _import(r: dict, n: Names) -> Sentence:
    after = r["after"] or {}
    counts = after.get("counts") or {}
    return Sentence("imported", {"actor": r["actor"], "file": after.get("file") or r["entity_id"],
                                 "what": Word(r["entity"])},
                    [(k, v) for k, v in counts.items() if v])


def _demo(r: dict, n: Names) -> Sentence:
    after = r["after"] or {}
    return Sentence("demo_created", {"actor": r["actor"], "companies": after.get("companies")},
                    details_of(after, n, skip=("companies",)))


def _unknown(r: dict, n: Names) -> Sentence:
    return Sentence("unknown", {"actor": r["actor"], "what": Word(r["entity"])},
                    details_of(r["after"] or r["before"], n))


# (action, entity) -> rule; every pair audit.record is called with in app/ (tests/test_audit_words.py
# checks the list against the source).
RULES: dict[tuple[str, str], Rule] = {
    ("set", "billing_setting"): _setting,
    ("set", "minimum_charge"): _minimum,
    ("set", "company_term"): _schedule,
    ("set", "company_billing_day"): _schedule,
    ("set", "price"): _price,
    ("delete", "price"): _price,
    ("end", "price"): _price,
    **{(a, "invoice"): _invoice for a in ("issue", "create", "edit", "delete", "credit", "pay", "send", "resend",
                                                     "charge", "charged", "charge_failed", "review_approve",
                                                     "review_query")},
    ("create", "mandate"): _mandate,
    ("set", "mandate"): _mandate,
    ("submit", "direct_debit_batch"): _debit_batch,
    ("create", "ach_authorization"): _ach_authorization,
    ("set", "ach_authorization"): _ach_authorization,
    ("submit", "ach_batch"): _ach_batch,
    ("submit", "payout_batch"): _payout_batch,
    ("confirm_posted", "delivery_batch"): _post_batch,
    ("reject_print", "delivery_batch"): _post_batch,
    ("copy", "database"): _database_copy,
    ("create", "processor_account"): _processor,
    ("configure", "processor_account"): _processor,
    ("create", "payment_method"): _payment_method,
    ("print", "delivery_batch"): _printed,
    **{(a, "company"): _company for a in ("create", "edit", "move", "undo", "change")},
    **{(a, "user"): _user for a in ("create", "edit", "move")},
    **{(a, "reseller"): _reseller for a in ("create", "edit")},
    **{(a, "service"): _catalogue("service", lambda n: n.services) for a in ("create", "edit")},
    **{(a, "plan"): _catalogue("plan", lambda n: n.plans) for a in ("create", "edit", "retire", "unretire")},
    **{(a, "extra_item"): _catalogue("extra_item", lambda n: n.items)
       for a in ("create", "edit", "retire", "unretire")},
    **{(a, "invoice_template"): _template for a in ("create", "edit", "set_default")},
    ("create", "smtp_settings"): _smtp,
    ("set", "smtp_settings"): _smtp,
    ("enable", "currency"): _currency,
    ("disable", "currency"): _currency,
    ("staff_add", "staff"): _staff,
    ("staff_disable", "staff"): _staff,
    **{(a, "payment"): _payment for a in ("record", "refund", "reverse")},
    ("payout", "reseller"): _reseller,
    ("payout_reverse", "reseller"): _reseller,
    ("bill_run", "billing"): _bill_run,
    ("import", "bundle"): _import,
    ("demo", "database"): _demo,
}


def describe(row: dict, names: Names) -> Sentence:
    """One entry (as ``audit_log.entries`` gives it) as a sentence; never raises on an odd entry."""
    entity = row["entity"]
    rule = RULES.get((row["action"], "bundle" if entity.startswith("csv ") else entity))
    try:
        return (rule or _unknown)(row, names)
    except (AttributeError, TypeError, ValueError, KeyError, IndexError):  # an entry older than its rule
        return _unknown(row, names)
