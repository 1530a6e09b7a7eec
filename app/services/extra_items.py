"""The extra-item catalogue: named extras (one-off or recurring) with a default amount per currency.

A clerk picks an item when adding an extra to a company; the event recorded
copies its code, amount and names, so editing or retiring the item later
never changes what was recorded or billed. Functions take the caller's
``Session`` and return ``ExtraItemView``; problems are located by field name
(``code``, ``name.de``, ``recurring``, ``amounts.EUR``, ``on``). Amounts are
checked with the currency's minor unit and the amount limits
(``app.money.parse_amount``) in an enabled currency. Edits are one conditional
write on the item's version, audited with before and after.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.bundle import fields as f
from app.bundle.fields import BAD, Problems
from app.errors import ProrataError
from app.models import Currency, ExtraItem, ExtraItemAmount, localized
from app.money import to_text
from app.services import audit
from app.services.catalogue import KEEP, STATES, changed_meanwhile, new_code, save_versioned
from app.values import dates


@dataclass(frozen=True)
class ExtraItemView:
    code: str
    name: dict
    recurring: bool
    amounts: dict[str, Decimal] = field(default_factory=dict)  # currency -> default amount, by currency
    retired_on: date | None = None
    version: int = 1
    retired: bool = False  # retired on the day it was read for

    def label(self, language: str = "en") -> str:
        return localized(self.name, language)

    def as_json(self) -> dict:
        return {"code": self.code, "name": self.name, "recurring": self.recurring,
                "amounts": {c: to_text(a, c) for c, a in self.amounts.items()},
                "retired_on": self.retired_on.isoformat() if self.retired_on else None,
                "retired": self.retired, "version": self.version}


def list_items(session: Session, *, state: str = "all", on: date | None = None) -> list[ExtraItemView]:
    """Every item by code with its amounts; ``state`` ``active`` or ``retired`` on ``on`` (default today)."""
    if state not in STATES:
        raise ProrataError.of("bad_value", "state", value=state, allowed=", ".join(STATES))
    on = on or date.today()
    amounts: dict[int, dict[str, Decimal]] = {}
    for item_id, cur, amount in session.execute(
            select(ExtraItemAmount.item_id, ExtraItemAmount.currency, ExtraItemAmount.amount)
            .order_by(ExtraItemAmount.currency)):
        amounts.setdefault(item_id, {})[cur] = amount
    out = []
    for item in session.scalars(select(ExtraItem).order_by(ExtraItem.code)):
        view = _view(item, amounts.get(item.id, {}), on)
        if (state == "active" and view.retired) or (state == "retired" and not view.retired):
            continue
        out.append(view)
    return out


def get_item(session: Session, code: str, on: date | None = None) -> ExtraItemView:
    item = _item(session, code)
    return _view(item, _amounts(session, item.id), on or date.today())


def default_amount(session: Session, code: str, currency: str) -> Decimal | None:
    """The item's default amount in ``currency`` (None when it has none there), for the change dialog.

    ``not_found`` at ``code`` for an unknown item.
    """
    item = _item(session, code)
    return session.scalar(select(ExtraItemAmount.amount).where(ExtraItemAmount.item_id == item.id,
                                                               ExtraItemAmount.currency == currency))


def add_item(session: Session, code: str, name: dict, recurring: bool = False,
             amounts: dict[str, str] | None = None) -> ExtraItemView:
    """A new item. ``amounts``: {currency: amount in machine form}, each currency enabled."""
    probs = Problems()
    code = new_code(session, ExtraItem, "extra item", code, probs)
    name = f.texts(name, "name", probs)
    recurring = f.flag(recurring, "recurring", probs)
    parsed = _amounts_given(session, amounts or {}, probs)
    probs.raise_if_any()
    item = ExtraItem(code=code, name=name, recurring=recurring)
    session.add(item)
    session.flush()
    for cur, amount in sorted(parsed.items()):
        session.add(ExtraItemAmount(item_id=item.id, currency=cur, amount=amount))
    session.flush()
    view = _view(item, dict(sorted(parsed.items())), date.today())
    audit.record(session, "create", "extra_item", code, after=_state(view))
    return view


def edit_item(session: Session, code: str, *, name: dict = KEEP, recurring: bool = KEEP,
              amounts: dict[str, str | None] = KEEP, expected_version: int | None = None) -> ExtraItemView:
    """Change an item's names, recurrence or amounts.

    ``amounts`` lists the currencies to change: an amount sets it, ``None`` removes it; others keep
    theirs. ``expected_version``: the version the person edited; refused if someone saved since.
    """
    item = _item(session, code)
    probs = Problems()
    values: dict[str, Any] = {}
    if name is not KEEP:
        values["name"] = f.texts(name, "name", probs)
    if recurring is not KEEP:
        values["recurring"] = f.flag(recurring, "recurring", probs)
    old = _amounts(session, item.id)
    new = dict(old)
    if amounts is not KEEP:
        changes = amounts if isinstance(amounts, dict) else {}
        parsed = _amounts_given(session, {c: a for c, a in changes.items() if a is not None}
                                if isinstance(amounts, dict) else amounts, probs)
        for cur, amount in changes.items():
            if amount is None:
                new.pop(cur, None)
            elif parsed.get(cur) is not None:
                new[cur] = parsed[cur]
    probs.raise_if_any()
    values = {k: v for k, v in values.items() if getattr(item, k) != v}
    return _save(session, item, old, dict(sorted(new.items())), values, "edit", expected_version)


def retire_item(session: Session, code: str, on: date, *, expected_version: int | None = None) -> ExtraItemView:
    """From ``on`` the item is no longer offered; extras already recorded from it are untouched."""
    item = _item(session, code)
    if on is None:
        raise ProrataError.of("missing", "on", field="the day the item retires")
    on = dates.check_date(on, "on") if isinstance(on, date) else dates.calendar_date(on, "on")
    old = _amounts(session, item.id)
    return _save(session, item, old, old, {"retired_on": on} if item.retired_on != on else {}, "retire",
                 expected_version)


def unretire_item(session: Session, code: str, *, expected_version: int | None = None) -> ExtraItemView:
    item = _item(session, code)
    if item.retired_on is None:
        raise ProrataError.of("not_retired", "retired_on", kind="extra item", code=code)
    old = _amounts(session, item.id)
    return _save(session, item, old, old, {"retired_on": None}, "unretire", expected_version)


# ---------------------------------------------------------------- helpers

def _save(session: Session, item: ExtraItem, old: dict, new: dict, values: dict, action: str,
          expected_version: int | None) -> ExtraItemView:
    before = _state(_view(item, old, date.today()))
    if not values and new == old:
        if expected_version is not None and expected_version != item.version:
            raise changed_meanwhile(session, "extra_item", item.code)
        return _view(item, old, date.today())
    # The version guards the amounts too: the claim comes first, so a rival's amounts are never mixed in.
    save_versioned(session, item, kind="extra_item", code=item.code, values=values,
                   expected_version=expected_version)
    if new != old:
        t = ExtraItemAmount
        gone = [c for c in old if c not in new]
        if gone:
            session.execute(delete(t).where(t.item_id == item.id, t.currency.in_(gone)))
        for cur, amount in new.items():
            if cur not in old:
                session.add(ExtraItemAmount(item_id=item.id, currency=cur, amount=amount))
            elif old[cur] != amount:
                row = session.scalars(select(t).where(t.item_id == item.id, t.currency == cur)).one()
                row.amount = amount
        session.flush()
    view = _view(item, new, date.today())
    audit.record(session, action, "extra_item", item.code, before=before, after=_state(view))
    return view


def _amounts_given(session: Session, amounts: object, probs: Problems) -> dict[str, Decimal]:
    enabled = set(session.scalars(select(Currency.code).where(Currency.enabled.is_(True))))
    return check_amounts(amounts, probs, enabled)


def check_amounts(amounts: object, probs: Problems, enabled: set[str], where: str = "amounts") -> dict[str, Decimal]:
    """{currency: Decimal} from ``{"EUR": "20.00"}``: each currency enabled, each amount in machine form,
    not negative, within the amount limits and the currency's minor unit. Problems at ``<where>.<CUR>``."""
    if not isinstance(amounts, dict):
        probs.add("bad_type", where, expected="amounts by currency, such as {\"EUR\": \"20.00\"}",
                  got=f.json_type(amounts))
        return {}
    out = {}
    for cur, text in amounts.items():
        at = f"{where}.{cur}"
        if f.currency(cur, at, probs, enabled) is BAD:
            continue
        amount = f.amount(text, at, probs, cur)
        if amount is not BAD:
            out[cur] = amount
    return out


def _item(session: Session, code: str) -> ExtraItem:
    row = session.scalars(select(ExtraItem).where(ExtraItem.code == code)).first()
    if row is None:
        raise ProrataError.of("not_found", "code", kind="extra item", code=code)
    return row


def _amounts(session: Session, item_id: int) -> dict[str, Decimal]:
    return dict(session.execute(select(ExtraItemAmount.currency, ExtraItemAmount.amount)
                                .where(ExtraItemAmount.item_id == item_id).order_by(ExtraItemAmount.currency)
                                ).all())


def _view(item: ExtraItem, amounts: dict, on: date) -> ExtraItemView:
    return ExtraItemView(item.code, item.name, bool(item.recurring), amounts, item.retired_on, item.version,
                         item.retired_on is not None and item.retired_on <= on)


def _state(view: ExtraItemView) -> dict:
    data = view.as_json()
    data.pop("retired")
    data.pop("version")
    return data
