"""Errors are data: an id, the parameters, and where the problem is.

The core raises these; the CLI and the UI turn them into sentences. A user's
mistake never reaches them as a traceback.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

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
    # Billing terms and billing-day changes (app/billing/periods.py, app/services/billing_schedule.py).
    "bad_term": "{value!r} is not a billing term ({allowed})",
    "schedule_change_billed": "the {what} cannot change from {date}: it would take effect on {boundary}, which is "
                              "billed already; the earliest boundary not billed yet is {next}",
    "bad_format": "not a Prorata bundle: format must be {expected!r}, got {got!r}",
    "bad_json": "not valid JSON: {reason}",
    "bad_csv": "{reason}",
    "no_database_password": "no password for {url}: set PRORATA_DB_PASSWORD or run interactively",
    "newer_database": "this database was written by a newer version of Prorata (schema {revision}); upgrade Prorata to open it",
    "upgrade_needed": "the database schema is out of date ({current} < {head}); run 'prorata db upgrade' or pass --upgrade",
    "no_hoster": "the database has no hoster yet: import a bundle or run 'prorata demo'",
    "not_found": "no {kind} {code!r}",
    "not_empty": "the database already holds data: {what}",
    # Refused by the database itself (app/storage/immutability.py), whoever asks.
    "issued_invoice_frozen": "the database refused the change: only a draft invoice can be changed or deleted; "
                             "an issued invoice is corrected with a credit note",
    "issued_lines_frozen": "the database refused the change: only the lines of a draft invoice can be added, "
                           "changed or deleted",
    "event_frozen": "the database refused the change: a company's recorded changes are never edited or deleted; "
                    "record a new change instead",
    "number_series_frozen": "the database refused the change: an invoice number series is never removed or set "
                            "back, so that no number is given twice",
    "invoice_chain_frozen": "the database refused the change: an issuer's chain of issued invoices is never "
                            "removed or set back",
    # Found by `prorata audit verify` in the chains of issued invoices (app/services/invoice_chain.py).
    "invoice_altered": "invoice {number} of {issuer} was altered after it was issued: its content no longer "
                       "matches its hash",
    "invoice_reopened": "invoice {number} of {issuer} was issued but is a draft again",
    "invoice_missing": "issued invoices of {issuer} are missing between {after} and {number}: {count} of its "
                       "chain are no longer there",
    "invoice_missing_first": "issued invoices of {issuer} are missing before {number}: the first {count} of its "
                             "chain are no longer there",
    "invoice_replaced": "the chain of {issuer} breaks between {after} and {number}: {number} was issued after an "
                        "invoice that is no longer there ({after} was replaced)",
    "invoice_out_of_order": "invoice {number} of {issuer} is out of order: it was issued after {chained_after}, "
                            "not after {after}",
    "invoice_out_of_order_first": "invoice {number} of {issuer} is out of order: it was issued after "
                                  "{chained_after}, yet comes first",
    "invoice_restarted": "invoice {number} of {issuer} starts a chain of its own: it was not issued after {after} "
                         "(invoices before it were removed, or the chain's head was reset)",
    "invoice_tail_missing": "the last issued invoices of {issuer} are missing: its chain held {count}, the last "
                            "one there now is {last}",
    "invoice_head_mismatch": "the chain head of {issuer} names another invoice than its last one, {last}: "
                             "invoices after {last} are missing or the head was changed",
    "invoice_head_missing": "the chain head of {issuer} is missing: its last issued invoices cannot be checked",
    "invoice_unchained": "invoice {number} of {issuer} is {status} but in no chain: it was not issued by Prorata",
    # The catalogue (app/services/catalogue.py, extra_items.py, app/cli/catalogue_commands.py).
    "plan_retired": "plan {plan!r} is retired since {retired_on}: it takes no new subscription on {date}",
    "retire_after_subscription": "plan {plan!r} cannot retire from {on}: company {company!r} subscribes to it "
                                 "on {date}; retire it from a later day",
    "not_retired": "{kind} {code!r} is not retired",
    "unit_not_for_basis": "only a per_unit plan has a unit; plan {plan!r} is billed {basis}",
    "basis_billed": "the basis of plan {plan!r} cannot change: invoices have already billed it {basis}",
    "basis_history": "the basis of plan {plan!r} cannot become {basis}: the recorded history of company "
                     "{company!r} would not fit it ({problem})",
    "changed_meanwhile_by": "{kind} {code!r} was {action} meanwhile by {actor}; nothing was saved: open it "
                            "again to see their change",
    "bad_text_pair": "{value!r} is not LANGUAGE=TEXT (such as en=Exchange)",
    "bad_amount_pair": "{value!r} is not CURRENCY=AMOUNT (such as EUR=20.00)",
    "nothing_to_change": "nothing to change: give at least one of {options}",
    "no_line_to_explain": "{invoice} has {count} line(s): there is no line {line}",
    # Recording changes, their preview and undo (app/services/changes.py, change_preview.py, undo.py).
    "no_changes": "no change given: expected a list of one or more changes",
    "schedule_change_elsewhere": "a change of {type} is not recorded here: use `prorata schedule` (it takes "
                                 "effect at a billing boundary)",
    "undo_done_already": "change #{change} was undone already (by change #{by})",
    "undo_of_undo": "change #{change} is itself the undo of change #{undoes}: record the change again instead",
    "undo_depends": "change #{change} ({type} on {date}) cannot be undone: the later change #{later} ({later_type} on "
                    "{later_date}) depends on what it did; undo that one first",
    "undo_schedule": "change #{change} changed the {type}: change it again with `prorata schedule`",
    "change_of_other_company": "change #{change} is a change of company {owner!r}, not of {company!r}",
    "internal_error": "an unexpected error occurred ({reason}); details are in the log",
    "cannot_open_database": "cannot open the database {url}: {reason}",
}

# Parameters worded again when a message is rendered in a language, by error id: (params, translate) -> params.
# For a parameter that is itself a sentence (the module that words it registers itself here); the English one
# stored with the problem is what machine outputs and English readers get.
WORDED: dict[str, Callable[[dict[str, Any], Callable[[str], str]], dict[str, Any]]] = {}


@dataclass
class Problem:
    """One thing wrong with an input: an id, its parameters, and a location.

    ``where`` is a JSON path (``$.companies[3].currency``), a CSV position
    (``line 4, column email``) or empty.
    """

    id: str
    params: dict[str, Any] = field(default_factory=dict)
    where: str = ""

    def message(self, translate: Callable[[str], str] | None = None) -> str:
        """The sentence, in the language of ``translate`` (app.translation.translator) or English.

        Translated, its dates are written as the reader's locale writes them (``Translator.for_reader``); in
        English, and with no ``translate`` (machine outputs), they stay ISO."""
        template = MESSAGES.get(self.id, self.id)
        text = None
        if translate is not None:
            try:
                translated, params = translate(template), self.params
                if self.id in WORDED:
                    params = WORDED[self.id](params, translate)
                for_reader = getattr(translate, "for_reader", None)  # dates as the reader writes them
                if for_reader is not None and translated != template:
                    params = for_reader(translated, params)
                text = translated.format(**params)
            except (KeyError, IndexError, ValueError):
                text = None  # a broken translation: fall back to English rather than show it
        if text is None:
            try:
                text = template.format(**self.params)
            except (KeyError, IndexError, ValueError):
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

    def messages(self, translate: Callable[[str], str] | None = None) -> list[str]:
        return [p.message(translate) for p in self.problems]
