"""What still uses a currency: the reasons a currency cannot be disabled.

A currency is in use while anything would still be billed, priced, invoiced
or settled in it: a company whose currency is it today or after a dated
change; a reseller trading in it; a price of any layer (past ones too: they
are exported and re-imported with the database); an issuer's minimum charge;
an invoice that is not finished (draft, deferred, issued, partly paid); a
reseller accrual waiting for its settlement; an extra in it that is still to
be billed. Paid, void and carried invoices are history and use nothing.

What the export writes must also import again, and an import takes only
enabled currencies: so a company whose history names it (its signup currency
or any currency change, past ones too) and an extra item with a default amount
in it (retired ones too) also use it.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.billing.context import company_key
from app.errors import MESSAGES, WORDED, Problem
from app.models import (Accrual, BilledPeriod, Company, CompanyEvent, EventType, ExtraItem, ExtraItemAmount, Invoice,
                        MinimumCharge, Plan, Price, Reseller, Status)

SHOWN = 5
OPEN_INVOICES = (Status.DRAFT.value, Status.DEFERRED.value, Status.ISSUED.value, Status.PARTIALLY_PAID.value)


@dataclass(frozen=True)
class Use:
    """One kind of thing that uses the currency: how many, and the first few by name."""

    kind: str  # companies | company_histories | resellers | prices | minimum_charges | invoices | accruals | extras
    #          | extra_items
    count: int
    examples: tuple[str, ...]  # names, or groups such as "retail archiving", in English
    hidden: int = 0  # names (or groups) not shown
    said: tuple[tuple[str, dict], ...] = ()  # the examples as messages (id, params), id "" for a name; () if all
    #                                          are names

    def reason(self) -> dict:
        """The use as data that words itself in any language (``words``): kept with the refusal."""
        said = list(self.said) or [("", {"name": name}) for name in self.examples]
        return {"kind": self.kind, "count": self.count, "examples": [[i, dict(p)] for i, p in said],
                "hidden": self.hidden}

    def words(self, translate: Callable[[str], str] | None = None) -> str:
        return words(self.reason(), translate)


# The reasons a currency is in use, one form for a single thing and one for several (the core's catalogs have
# no plural forms; the count is at least 1).
for _kind, _one, _many in (
        ("companies", "{count} company", "{count} companies"),
        ("company_histories", "{count} company that had it before", "{count} companies that had it before"),
        ("resellers", "{count} reseller", "{count} resellers"),
        ("prices", "{count} price", "{count} prices"),
        ("minimum_charges", "{count} minimum charge", "{count} minimum charges"),
        ("invoices", "{count} unfinished invoice", "{count} unfinished invoices"),
        ("accruals", "{count} reseller line waiting for its settlement",
         "{count} reseller lines waiting for their settlement"),
        ("extras", "{count} extra still to be billed", "{count} extras still to be billed"),
        ("extra_items", "{count} extra item with a default amount in it",
         "{count} extra items with a default amount in it")):
    MESSAGES.setdefault(f"currency_uses_{_kind}_one", _one)
    MESSAGES.setdefault(f"currency_uses_{_kind}_many", _many)
del _kind, _one, _many
MESSAGES.setdefault("currency_uses_named", "{what} ({names})")
MESSAGES.setdefault("currency_uses_more", "{names} and {count} more")
# Examples with words: invoices without a number yet, reseller lines by reseller, extras by company.
MESSAGES.setdefault("currency_uses_drafts_one", "{count} draft")
MESSAGES.setdefault("currency_uses_drafts_many", "{count} drafts")
MESSAGES.setdefault("currency_uses_deferred", "{count} deferred")
MESSAGES.setdefault("currency_uses_unnumbered", "{count} {status}")
MESSAGES.setdefault("currency_uses_accruals_of", "{count} for {reseller}")
MESSAGES.setdefault("currency_uses_extra_of", "{extra} of {company}")


def words(reason: dict, translate: Callable[[str], str] | None = None) -> str:
    """A ``Use.reason`` in words ("2 companies (c1, c2)"), in the language of ``translate`` or English."""
    def say(id: str, **params) -> str:
        return Problem(id, params).message(translate)

    shown = ", ".join(params["name"] if not id else say(id, **params) for id, params in reason["examples"])
    if reason["hidden"]:
        shown = say("currency_uses_more", names=shown, count=reason["hidden"])
    what = say(f"currency_uses_{reason['kind']}_{'one' if reason['count'] == 1 else 'many'}", count=reason["count"])
    return say("currency_uses_named", what=what, names=shown) if shown else what


def _worded(params: dict, translate: Callable[[str], str]) -> dict:
    """The refusal's list of uses in the reader's language (``app.errors.WORDED``)."""
    if "reasons" not in params:
        return params
    return {**params, "users": "; ".join(words(r, translate) for r in params["reasons"])}


WORDED["currency_in_use"] = _worded


def _use(kind: str, names: list[str], count: int | None = None, said: list[tuple[str, dict]] | None = None) \
        -> list[Use]:
    """The use of ``kind``, if any: ``names`` are its examples in English; ``said`` the same as messages."""
    count = len(names) if count is None else count
    if not count:
        return []
    return [Use(kind, count, tuple(names[:SHOWN]), max(0, len(names) - SHOWN), tuple((said or [])[:SHOWN]))]


def _named(said: list[tuple[str, dict]]) -> list[str]:
    """The examples in English; an example without an id is a name, said as it is."""
    return [Problem(i, p).message() if i else p["name"] for i, p in said]


def _unnumbered(status: str, n: int) -> tuple[str, dict]:
    """Invoices of ``status`` without a number yet (drafts, deferred ones)."""
    if status == Status.DRAFT.value:
        return ("currency_uses_drafts_one" if n == 1 else "currency_uses_drafts_many"), {"count": n}
    if status == Status.DEFERRED.value:
        return "currency_uses_deferred", {"count": n}
    return "currency_uses_unnumbered", {"count": n, "status": status.replace("_", " ")}


def companies_using(session: Session, code: str, today: date | None = None) -> list[str]:
    """Codes of companies whose currency is ``code`` now or after a dated change."""
    today = today or date.today()
    last: dict[int, tuple[date, int, str]] = {}
    future: set[int] = set()
    q = select(CompanyEvent.company_id, CompanyEvent.date, CompanyEvent.id, CompanyEvent.currency).where(
        CompanyEvent.type == EventType.CURRENCY.value)
    for company_id, day, eid, cur in session.execute(q):
        if day > today and cur == code:
            future.add(company_id)
        if day <= today and (company_id not in last or (day, eid) > last[company_id][:2]):
            last[company_id] = (day, eid, cur)
    users = set(future)
    users.update(cid for cid, (_, _, cur) in last.items() if cur == code)
    signup_q = select(Company.id).where(Company.currency == code)
    users.update(cid for cid in session.scalars(signup_q) if cid not in last)
    if not users:
        return []
    return sorted(session.scalars(select(Company.code).where(Company.id.in_(users))))


def companies_with_history(session: Session, code: str) -> list[str]:
    """Codes of companies that signed up in ``code`` or changed to it on some date (the export writes both)."""
    changed = select(CompanyEvent.company_id).where(CompanyEvent.type == EventType.CURRENCY.value,
                                                    CompanyEvent.currency == code)
    return list(session.scalars(select(Company.code).where((Company.currency == code) | Company.id.in_(changed))
                                .order_by(Company.code)))


def _extras_found(session: Session, code: str, today: date) -> list[tuple[str, str]]:
    """Extras whose amount is in ``code`` that a run would still bill, as (company, extra).

    A recurring extra not ended on or before ``today``; a one-off dated on or after its company's last
    billed boundary (a one-off is billed on the boundary after its date).
    """
    e = CompanyEvent.__table__.c
    signup = dict(session.execute(select(Company.id, Company.currency)).all())
    codes = dict(session.execute(select(Company.id, Company.code)).all())
    last = {key: day for key, day in session.execute(
        select(BilledPeriod.customer_key, func.max(BilledPeriod.boundary))
        .where(BilledPeriod.company_id.is_not(None)).group_by(BilledPeriod.customer_key))}
    q = (select(e.company_id, e.date, e.type, e.code, e.recurring, e.currency)
         .where(e.type.in_([EventType.EXTRA.value, EventType.EXTRA_END.value, EventType.CURRENCY.value]))
         .order_by(e.company_id, e.date, e.id))
    found: list[tuple[str, str]] = []
    running: dict[str, str] = {}  # recurring extra code -> its currency, for the company being read
    company, cur = None, None
    for cid, day, typ, extra, recurring, currency in session.execute(q):
        if cid != company:
            found += [(codes[company], x) for x, c in sorted(running.items()) if c == code]
            company, cur, running = cid, signup[cid], {}
        if typ == EventType.CURRENCY.value:
            cur = currency or cur
        elif typ == EventType.EXTRA_END.value:
            if day <= today:
                running.pop(extra, None)
        elif recurring:
            running[extra] = cur
        elif cur == code:
            billed_to = last.get(company_key(cid))
            if billed_to is None or day >= billed_to:
                found.append((codes[cid], extra))
    if company is not None:
        found += [(codes[company], x) for x, c in sorted(running.items()) if c == code]
    return found


def _extras_said(found: list[tuple[str, str]]) -> list[tuple[str, dict]]:
    return [("currency_uses_extra_of", {"extra": extra, "company": company}) for company, extra in sorted(found)]


def uses(session: Session, code: str, today: date | None = None) -> list[Use]:
    """Everything that still uses ``code``, kind by kind; empty when it can be disabled."""
    today = today or date.today()
    using = companies_using(session, code, today)
    out = _use("companies", using)
    now = set(using)
    out += _use("company_histories", [c for c in companies_with_history(session, code) if c not in now])
    out += _use("resellers", list(session.scalars(select(Reseller.code).where(Reseller.currency == code)
                                                  .order_by(Reseller.code))))
    prices = session.execute(select(Price.layer, Plan.code, func.count()).select_from(Price)
                             .join(Plan, Plan.id == Price.plan_id)
                             .where(Price.currency == code).group_by(Price.layer, Plan.code)
                             .order_by(Price.layer, Plan.code)).all()
    out += _use("prices", [f"{layer} {plan}" for layer, plan, _ in prices], sum(n for _, _, n in prices))
    resellers = dict(session.execute(select(Reseller.id, Reseller.code)).all())
    minimums = session.execute(select(MinimumCharge.issuer_key, MinimumCharge.reseller_id)
                               .where(MinimumCharge.currency == code).order_by(MinimumCharge.issuer_key)).all()
    out += _use("minimum_charges", sorted("hoster" if rid is None else resellers.get(rid, key)
                                          for key, rid in minimums))
    invoices = session.execute(select(Invoice.number, Invoice.status).where(
        Invoice.currency == code, Invoice.status.in_(OPEN_INVOICES)).order_by(Invoice.number, Invoice.id)).all()
    unnumbered: dict[str, int] = defaultdict(int)  # drafts and deferred invoices have no number yet
    for number, status in invoices:
        unnumbered[status] += 0 if number else 1
    said = [_unnumbered(status, n) for status, n in sorted(unnumbered.items()) if n]
    said += [("", {"name": n}) for n, _ in invoices if n]
    out += _use("invoices", _named(said), len(invoices), said)
    accruals = session.execute(select(Reseller.code, func.count()).select_from(Accrual)
                               .join(Reseller, Reseller.id == Accrual.reseller_id)
                               .where(Accrual.currency == code, Accrual.settled_by_id.is_(None))
                               .group_by(Reseller.code).order_by(Reseller.code)).all()
    said = [("currency_uses_accruals_of", {"count": n, "reseller": r}) for r, n in accruals]
    out += _use("accruals", _named(said), sum(n for _, n in accruals), said)
    said = _extras_said(_extras_found(session, code, today))
    out += _use("extras", _named(said), said=said)
    out += _use("extra_items", list(session.scalars(
        select(ExtraItem.code).join(ExtraItemAmount, ExtraItemAmount.item_id == ExtraItem.id)
        .where(ExtraItemAmount.currency == code).order_by(ExtraItem.code))))
    return out
