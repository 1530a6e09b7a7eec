"""The models' plain vocabulary: the kinds of dated change to a company, how a plan's quantity is counted, and
texts kept per language.

Without SQLAlchemy or the models, so that what folds a history (app/company_state.py) or words the audit log
(app/services/audit_words.py) loads fast for a command that reads through the driver (issue 12).
``app.models`` exports the same objects.
"""
from __future__ import annotations

import enum


class Basis(str, enum.Enum):
    """How a plan's quantity is counted."""

    PER_PLAN = "per_plan"  # flat: quantity 1 while subscribed
    PER_USER = "per_user"  # the users assigned to the plan
    PER_UNIT = "per_unit"  # an explicit quantity: sites, GB, licences


class EventType(str, enum.Enum):
    SUBSCRIBE = "subscribe"        # plan (+ quantity for per_unit)
    QUANTITY = "quantity"          # plan, new quantity (per_unit)
    PLAN_CHANGE = "plan_change"    # plan -> to_plan; users and quantity move along
    CANCEL = "cancel"              # plan
    ASSIGN = "assign"              # plan, user (per_user)
    UNASSIGN = "unassign"          # plan, user
    EXTRA = "extra"                # code, amount, recurring, user?, description
    EXTRA_END = "extra_end"        # code: ends a recurring extra
    CURRENCY = "currency"          # currency
    MOVE = "move"                  # to another seller: code = its key ("hoster", "reseller:<id>"); reseller_id = the one left


def localized(texts: dict | None, language: str, fallback: str = "en") -> str:
    """The text for a locale such as de_DE: exact, then its language, then English."""
    if not texts:
        return ""
    lang = language.replace("-", "_")
    for key in (lang, lang.split("_")[0], fallback):
        if key in texts:
            return texts[key]
    return next(iter(texts.values()))
