"""The subject and body of an invoice's e-mail: an issuer's own template per kind of document and language,
else the built-in wording of the ``invoice`` gettext catalog, filled in with the invoice's figures in the
customer's locale.

Kinds: ``invoice`` and ``credit_note`` (the documents e-mailed to companies; the built-in wording tells them
apart too). A credit note never takes an invoice's template: without its own it gets the built-in credit
note wording in the customer's language. It has no due date (``{due_date}`` is refused in its templates), and
``{total}`` is the total as the document prints it, so a credit note's is the credited (negative) amount,
never an amount to pay. Templates stored before they were per kind (language at the top) are the invoice's.

A template may use ``{number}``, ``{total}``, ``{due_date}``, ``{customer}`` and ``{issuer}`` (and ``{{`` and
``}}`` for braces); anything else in braces is refused when the template is saved, so a template can never
reach into the program (no ``{number.__class__}``) nor fail when an invoice is sent. A subject is one line.

Which template: the issuer's for the document's kind and the invoice's locale (``de_DE``), else for its
kind and language (``de``), else the built-in wording for the kind in that language (English when the
catalog has no such language). The issuer's English template is not used for a German customer: the
customer's language comes first.
"""
from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.documents.wording import Wording
from app.errors import MESSAGES, ProrataError
from app.values.text import control_character

FIELDS = ("number", "total", "due_date", "customer", "issuer")
INVOICE, CREDIT_NOTE = "invoice", "credit_note"
TEMPLATE_KINDS = (INVOICE, CREDIT_NOTE)  # an issuer's own templates: one set per kind of document it e-mails
SUBJECT_MAX = 200
BODY_MAX = 5000

MESSAGES.setdefault("mail_template_field", "{where_text} uses {{{field}}}, which is not a placeholder: use "
                                           "{allowed}")
MESSAGES.setdefault("mail_template_format", "{where_text} has a placeholder with a format or conversion "
                                            "({text!r}): write the placeholder alone, such as {{total}}")
MESSAGES.setdefault("mail_template_braces", "{where_text} has an unmatched brace: write {{{{ or }}}} for a "
                                            "brace itself ({reason})")
MESSAGES.setdefault("mail_template_no_due_date", "{where_text} uses {{due_date}}, but a credit note has no due "
                                                "date: use {allowed}")
MESSAGES.setdefault("mail_template_line", "the subject must be one line without control characters")
MESSAGES.setdefault("mail_template_control", "the body contains a control character ({character})")
MESSAGES.setdefault("mail_template_long", "{where_text} is longer than {max} characters")
MESSAGES.setdefault("mail_template_empty", "{where_text} is empty")


@dataclass(frozen=True)
class Facts:
    """What a message says about its invoice."""

    kind: str  # app.models.InvoiceKind value
    number: str
    total: Decimal  # as the document prints it: a credit note's is negative
    currency: str
    due_date: date | None  # None for a credit note
    customer: str
    issuer: str
    language: str  # the invoice's locale, such as de_DE


def template_kind(kind: str) -> str:
    """Which own templates a document of ``kind`` (an app.models.InvoiceKind value) takes."""
    return CREDIT_NOTE if kind == CREDIT_NOTE else INVOICE


def by_kind(templates: dict | None) -> dict[str, dict[str, dict[str, str]]]:
    """Stored templates as {kind: {language: {"subject": ..., "body": ...}}}; a language found at the top (as
    kept before templates were per kind) is the invoice's."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for key, value in (templates or {}).items():
        if key in TEMPLATE_KINDS:
            for language, parts in (value or {}).items():
                out.setdefault(key, {}).setdefault(language, {}).update(parts or {})
        else:
            out.setdefault(INVOICE, {}).setdefault(key, {}).update(value or {})
    return out


def check_template(text: object, where: str, *, subject: bool, kind: str = INVOICE) -> str:
    """``text`` if it is a valid subject (one line) or body template for documents of ``kind``; else a
    located ``ProrataError``."""
    what = "the subject" if subject else "the body"
    if not isinstance(text, str) or not text.strip():
        raise ProrataError.of("mail_template_empty", where, where_text=what)
    limit = SUBJECT_MAX if subject else BODY_MAX
    if len(text) > limit:
        raise ProrataError.of("mail_template_long", where, where_text=what, max=limit)
    if subject:
        if control_character(text):
            raise ProrataError.of("mail_template_line", where)
    else:
        found = control_character(text.replace("\n", "").replace("\r", "").replace("\t", ""))
        if found:
            raise ProrataError.of("mail_template_control", where, character=found)
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise ProrataError.of("mail_template_braces", where, where_text=what, reason=str(exc)) from exc
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        allowed = ", ".join("{" + f + "}" for f in FIELDS if kind != CREDIT_NOTE or f != "due_date")
        if field == "due_date" and kind == CREDIT_NOTE:
            raise ProrataError.of("mail_template_no_due_date", where, where_text=what, allowed=allowed)
        if field not in FIELDS:
            raise ProrataError.of("mail_template_field", where, where_text=what, field=field, allowed=allowed)
        if spec or conversion:
            raise ProrataError.of("mail_template_format", where, where_text=what,
                                  text="{" + field + (f"!{conversion}" if conversion else "")
                                  + (f":{spec}" if spec else "") + "}")
    return text.replace("\r\n", "\n")


def builtin(language: str, kind: str) -> tuple[str, str]:
    """The built-in (subject, body) templates in ``language``, from the ``invoice`` catalog."""
    w = Wording(language, "EUR")
    if kind == "credit_note":
        return (w.gettext("Credit note {number} from {issuer}"),
                w.gettext("Dear {customer},\n\nplease find attached our credit note {number} for {total}.\n\n"
                          "Kind regards\n{issuer}"))
    return (w.gettext("Invoice {number} from {issuer}"),
            w.gettext("Dear {customer},\n\nplease find attached our invoice {number} for {total}, due on "
                      "{due_date}.\n\nKind regards\n{issuer}"))


def chosen(templates: dict | None, language: str, kind: str) -> tuple[str, str]:
    """The (subject, body) templates for a document of ``kind`` in ``language`` (see the module docstring)."""
    own = by_kind(templates).get(template_kind(kind), {})
    for key in (language, language.replace("-", "_").split("_")[0]):
        if key in own:
            found = own[key]
            default = builtin(language, kind)
            return found.get("subject") or default[0], found.get("body") or default[1]
    return builtin(language, kind)


def compose(templates: dict | None, facts: Facts) -> tuple[str, str]:
    """The subject and body of ``facts``'s message, filled in."""
    w = Wording(facts.language, facts.currency)
    due = None if facts.kind == CREDIT_NOTE else facts.due_date
    values = {"number": facts.number, "total": w.money(facts.total), "due_date": w.day(due),
              "customer": facts.customer, "issuer": facts.issuer}
    subject, body = chosen(templates, facts.language, facts.kind)
    return _fill(subject, values), _fill(body, values)


def _fill(template: str, values: dict[str, str]) -> str:
    """``template`` with ``values``; a stored template checked by ``check_template`` always fills, but a
    catalog's broken translation falls back to showing the template rather than failing the send."""
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError):
        return template
