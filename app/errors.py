"""Errors are data: an id, the parameters, and where the problem is.

The core raises these; the CLI and the UI turn them into sentences. A user's
mistake never reaches them as a traceback.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Message templates by error id. English is the source language; the UI and the
# CLI may translate by id.
MESSAGES: dict[str, str] = {
    "unknown_currency": "unknown currency {code!r} (not an ISO 4217 code)",
    "currency_disabled": "currency {code} is not enabled for this hoster",
    "currency_in_use": "currency {code} cannot be disabled: {users}",
    "bad_amount": "{value!r} is not an amount (write it as a string such as \"12.50\")",
    "too_many_decimals": "{value} has more decimals than {currency} allows ({digits})",
    "negative_amount": "{value} must not be negative",
    "bad_date": "{value!r} is not a date (use YYYY-MM-DD)",
    "missing": "{field} is required",
    "bad_value": "{value!r} is not one of {allowed}",
    "bad_type": "expected {expected}, got {got}",
    "unknown": "unknown {kind} {code!r}",
    "duplicate": "duplicate {kind} {code!r}",
    "before_signup": "event dated {date} is before the company's signup on {signup}",
    "not_subscribed": "plan {plan!r} is not subscribed on {date}",
    "already_subscribed": "plan {plan!r} is already subscribed on {date}",
    "not_assigned": "user {user!r} is not assigned to plan {plan!r} on {date}",
    "already_assigned": "user {user!r} is already assigned to plan {plan!r} on {date}",
    "wrong_basis": "plan {plan!r} is billed {basis}; {reason}",
    "bad_billing_day": "{value!r} is not a billing day (\"anniversary\" or 1-31)",
    "bad_format": "not a Prorata bundle: format must be {expected!r}, got {got!r}",
    "bad_json": "not valid JSON: {reason}",
    "bad_csv": "{reason}",
    "no_database_password": "no password for {url}: set PRORATA_DB_PASSWORD or run interactively",
    "newer_database": "this database was written by a newer version of Prorata (schema {revision}); upgrade Prorata to open it",
    "upgrade_needed": "the database schema is out of date ({current} < {head}); run 'prorata db upgrade' or pass --upgrade",
    "no_hoster": "the database has no hoster yet: import a bundle or run 'prorata demo'",
    "not_found": "no {kind} {code!r}",
    "not_empty": "the database already holds data: {what}",
}


@dataclass
class Problem:
    """One thing wrong with an input: an id, its parameters, and a location.

    ``where`` is a JSON path (``$.companies[3].currency``), a CSV position
    (``line 4, column email``) or empty.
    """

    id: str
    params: dict[str, Any] = field(default_factory=dict)
    where: str = ""

    def message(self) -> str:
        template = MESSAGES.get(self.id, self.id)
        try:
            text = template.format(**self.params)
        except (KeyError, IndexError):
            text = f"{self.id} {self.params}"
        return f"{self.where}: {text}" if self.where else text


class ProrataError(Exception):
    """A failure the user can act on. Carries one or more problems."""

    def __init__(self, problems: Problem | list[Problem]):
        self.problems = problems if isinstance(problems, list) else [problems]
        super().__init__("; ".join(p.message() for p in self.problems))

    @classmethod
    def of(cls, id: str, where: str = "", **params: Any) -> "ProrataError":
        return cls(Problem(id, params, where))

    def messages(self) -> list[str]:
        return [p.message() for p in self.problems]
