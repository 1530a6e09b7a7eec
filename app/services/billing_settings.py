"""Billing settings of the issuers (the hoster and each reseller), read and changed one at a time.

- switches: ``invoicing``, ``payment_collection``, ``email_delivery``, and
  ``checks`` (whether cheques are taken as payment). The hoster's are on or
  off; a reseller's are on, off, or None (it follows the hoster's).
- ``tax_rate`` (a percentage) and ``invoice_number_format`` (such as
  ``INV-{year}-{seq:05}``; a changed format applies to numbers given from then
  on, the sequence carries on);
- minimum charges, one per currency, with the ``defer`` or ``top_up`` policy.

Values are checked with the bundle's own rules, so a setting means the same
typed here as imported. Every change is audited with before and after.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.billing.context import HOSTER_KEY, reseller_key
from app.bundle import billing_settings as rules
from app.bundle import fields as f
from app.bundle.fields import Problems
from app.errors import MESSAGES, ProrataError
from app.models import Company, Currency, Hoster, MinimumCharge, MinimumPolicy, Reseller
from app.money import to_text
from app.services import audit

SWITCHES = rules.SWITCHES
# Stored like the switches above (hoster on/off, a reseller's None follows it), set, read and carried by bundles
# the same way; read by app/payments/payments.py, which refuses checks where they are off.
PAYMENT_SWITCHES = rules.PAYMENT_SWITCHES
ALL_SWITCHES = rules.BUNDLE_SWITCHES  # the billing switches, then cheques
HOSTER = "hoster"

MESSAGES.setdefault("currency_not_enabled", "currency {code} is not enabled")
MESSAGES.setdefault("unknown_setting", "{name!r} is not a billing setting: use one of {allowed}")
MESSAGES.setdefault("bad_switch", "{value!r} is not a switch value: use on or off{inherit}")
MESSAGES.setdefault("hoster_switch_needed", "the hoster's {name} must be on or off (resellers may follow it)")


@dataclass
class IssuerSettings:
    issuer: str  # "hoster" or the reseller's code
    name: str
    tax_rate: Decimal
    invoice_number_format: str
    switches: dict[str, bool | None]  # ALL_SWITCHES; a reseller's None: follows the hoster
    effective: dict[str, bool]
    minimums: list[tuple[str, Decimal, str]] = field(default_factory=list)  # (currency, amount, policy)
    # The currency it invoices in: a reseller's own; the hoster's, the one most of its customers (its direct
    # companies and its resellers) are billed in, ties by code; None when it has none. A new minimum's default.
    currency: str | None = None

    def as_json(self) -> dict:
        return {"issuer": self.issuer, "name": self.name, "tax_rate": rules.rate_text(self.tax_rate),
                "invoice_number_format": self.invoice_number_format,
                # As `settings show` prints them (app/cli/quick_lists.py): the billing switches, then cheques.
                "settings": {k: self.switches[k] for k in ALL_SWITCHES},
                "effective": {k: self.effective[k] for k in ALL_SWITCHES},
                "min_charge": [{"currency": c, "amount": to_text(a, c), "policy": p}
                               for c, a, p in self.minimums]}


def _hoster(session: Session) -> Hoster:
    hoster = session.get(Hoster, 1)
    if hoster is None:
        raise ProrataError.of("no_hoster")
    return hoster


def _issuer(session: Session, issuer: str) -> tuple[Hoster | Reseller, str]:
    """The row behind ``issuer`` and its key for minimum charges."""
    if issuer == HOSTER:
        return _hoster(session), HOSTER_KEY
    r = session.scalars(select(Reseller).where(Reseller.code == issuer)).first()
    if r is None:
        raise ProrataError.of("not_found", kind="reseller", code=issuer)
    return r, reseller_key(r.id)


def read(session: Session) -> list[IssuerSettings]:
    """The hoster's settings, then each reseller's by name."""
    hoster = _hoster(session)
    minimums: dict[str, list] = {}
    for m in session.scalars(select(MinimumCharge).order_by(MinimumCharge.currency)):
        minimums.setdefault(m.issuer_key, []).append((m.currency, m.amount, m.policy))
    own = {k: getattr(hoster, k) for k in ALL_SWITCHES}
    out = [IssuerSettings(HOSTER, hoster.name, hoster.tax_rate or Decimal(0), hoster.invoice_number_format,
                          own, dict(own), minimums.get(HOSTER_KEY, []), _hoster_currency(session))]
    for r in session.scalars(select(Reseller).order_by(Reseller.name, Reseller.id)):
        switches = {k: getattr(r, k) for k in ALL_SWITCHES}
        out.append(IssuerSettings(r.code, r.name, r.tax_rate or Decimal(0), r.invoice_number_format, switches,
                                  {k: own[k] if v is None else v for k, v in switches.items()},
                                  minimums.get(reseller_key(r.id), []), r.currency))
    return out


def _hoster_currency(session: Session) -> str | None:
    """The currency most of the hoster's customers are billed in (its direct companies, its resellers)."""
    counts: dict[str, int] = {}
    for query in (select(Company.currency, func.count()).where(Company.reseller_id.is_(None))
                  .group_by(Company.currency),
                  select(Reseller.currency, func.count()).group_by(Reseller.currency)):
        for code, n in session.execute(query):
            counts[code] = counts.get(code, 0) + n
    return min(counts, key=lambda c: (-counts[c], c)) if counts else None


def switch_value(text: str, where: str = "", *, allow_inherit: bool = True) -> bool | None:
    """``on``/``off`` (also true/false, yes/no, 1/0); ``inherit`` (None) for a reseller that follows the hoster."""
    t = text.strip().lower()
    if t in ("on", "true", "yes", "1"):
        return True
    if t in ("off", "false", "no", "0"):
        return False
    if allow_inherit and t in ("inherit", "hoster", "default"):
        return None
    raise ProrataError.of("bad_switch", where, value=text,
                          inherit=", or inherit (follow the hoster)" if allow_inherit else "")


def set_value(session: Session, issuer: str, name: str, value: object) -> IssuerSettings:
    """Change one setting of ``issuer``: a switch (bool, or None for a reseller), ``tax_rate`` (a percentage
    as text) or ``invoice_number_format``. Audited; returns the issuer's settings after."""
    row, _ = _issuer(session, issuer)
    where = f"{issuer}.{name}"
    if name in ALL_SWITCHES:
        if isinstance(value, str):
            value = switch_value(value, where)
        if value is None and issuer == HOSTER:
            raise ProrataError.of("hoster_switch_needed", where, name=name)
        if value is not None and not isinstance(value, bool):
            raise ProrataError.of("bad_switch", where, value=value, inherit="")
        stored = value
    elif name in ("tax_rate", "invoice_number_format"):
        probs = Problems()
        checker = rules.tax_rate if name == "tax_rate" else rules.number_format
        stored = checker(value, where, probs)
        probs.raise_if_any()
    else:
        raise ProrataError.of("unknown_setting", where, name=name,
                              allowed=", ".join((*ALL_SWITCHES, "tax_rate", "invoice_number_format")))
    before = getattr(row, name)
    if before != stored:
        setattr(row, name, stored)
        session.flush()
        audit.record(session, "set", "billing_setting", where, before={name: _shown(before)},
                     after={name: _shown(stored)}, reseller_id=None if issuer == HOSTER else row.id)
    return _one(session, issuer)


def set_minimum(session: Session, issuer: str, currency: str, amount: str | None,
                policy: str = MinimumPolicy.DEFER.value) -> IssuerSettings:
    """Set ``issuer``'s minimum charge in ``currency`` (``amount`` None removes it). Audited."""
    row, key = _issuer(session, issuer)
    where = f"{issuer}.min_charge.{currency}"
    cur = session.get(Currency, currency)
    if cur is None or not cur.enabled:
        raise ProrataError.of("currency_not_enabled", where, code=currency)
    if policy not in {p.value for p in MinimumPolicy}:
        raise ProrataError.of("bad_value", where, value=policy, allowed=[p.value for p in MinimumPolicy])
    probs = Problems()
    value = None if amount is None else f.amount(amount, where, probs, currency)
    probs.raise_if_any()
    existing = session.scalars(select(MinimumCharge).where(MinimumCharge.issuer_key == key,
                                                           MinimumCharge.currency == currency)).first()
    before = None if existing is None else {"amount": to_text(existing.amount, currency), "policy": existing.policy}
    if value is None:
        if existing is not None:
            session.delete(existing)
    elif existing is None:
        session.add(MinimumCharge(issuer_key=key, reseller_id=None if issuer == HOSTER else row.id,
                                  currency=currency, amount=value, policy=policy))
    else:
        existing.amount, existing.policy = value, policy
    after = None if value is None else {"amount": to_text(value, currency), "policy": policy}
    if before != after:
        session.flush()
        audit.record(session, "set", "minimum_charge", where, before=before, after=after,
                     reseller_id=None if issuer == HOSTER else row.id)
    return _one(session, issuer)


def _one(session: Session, issuer: str) -> IssuerSettings:
    return next(x for x in read(session) if x.issuer == issuer)


def _shown(value: object) -> object:
    return rules.rate_text(value) if isinstance(value, Decimal) else value
