"""The audit log's sentences in the clerk's language: one template per sentence id of
app/services/audit_words.py, and each typed value written as the UI locale writes it."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication

from app.services.audit_words import FieldChange, Money, Percent, Sentence, Word
from ui.formatting import event_words, fmt_count, fmt_date, fmt_money, ui_language

_CONTEXT = ""  # pyside6-lupdate files module-level tr("...") calls under the empty context


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def templates() -> dict[str, str]:
    """The sentence of each id, with {named} parameters (translated each time: the language may change)."""
    return {
        "setting_set": tr("{actor} set {owner}'s {setting} from {before} to {after}"),
        "switch_set": tr("{actor} turned {owner}'s {setting} {after} (before: {before})"),
        "terms_set": tr("{actor} set {owner}'s payment terms from {before} to {after} days"),
        "minimum_set": tr("{actor} set {owner}'s minimum charge in {currency} to {after}"),
        "minimum_changed": tr("{actor} changed {owner}'s minimum charge in {currency} from {before} to {after}"),
        "minimum_removed": tr("{actor} removed {owner}'s minimum charge in {currency} ({before})"),
        "term_set": tr("{actor} changed {company}'s billing term from {before} to {after} from {day}"),
        "billing_day_set": tr("{actor} changed {company}'s billing day from {before} to {after} from {day}"),
        "price_set": tr("{actor} set {owner}'s {layer} price of {plan} to {after} from {day}"),
        "price_set_always": tr("{actor} set {owner}'s {layer} price of {plan} to {after}"),
        "price_changed": tr("{actor} changed {owner}'s {layer} price of {plan} from {before} to {after} "
                            "from {day}"),
        "price_changed_always": tr("{actor} changed {owner}'s {layer} price of {plan} from {before} to {after}"),
        "price_removed": tr("{actor} removed {owner}'s {layer} price of {plan} ({before}) that started {day}"),
        "price_removed_always": tr("{actor} removed {owner}'s {layer} price of {plan} ({before})"),
        "invoice_issued": tr("{actor} issued {invoice} to {customer} ({total})"),
        "invoice_drafted": tr("{actor} created a draft invoice for {customer} ({total})"),
        "invoice_edited": tr("{actor} edited the draft invoice for {customer}: total {before} → {after}"),
        "invoice_deleted": tr("{actor} deleted the draft invoice for {customer} ({total})"),
        "invoice_credited": tr("{actor} credited {invoice} of {customer} with credit note {note} ({total})"),
        "invoice_card_paid": tr("{actor}: the card payment for {invoice} went through"),
        "invoice_card_failed": tr("{actor}: the card payment for {invoice} failed"),
        "invoice_approved": tr("{actor} recorded {reviewer}'s approval of {invoice}"),
        "invoice_queried": tr("{actor} recorded {reviewer}'s query on {invoice}: {comment}"),
        "mandate_added": tr("{actor} added the direct debit mandate {mandate} for {customer}"),
        "mandate_set": tr("{actor} changed direct debit mandate {mandate} from {before} to {after}"),
        "debits_submitted": tr("{actor} submitted {count} direct debits ({total}) for collection on {day}"),
        "ach_submitted": tr("{actor} submitted {count} ACH debits ({total}) effective {day}"),
        "ach_authorization_added": tr("{actor} added an ACH debit authorization for {customer} (account {account})"),
        "payouts_submitted": tr("{actor} submitted {count} payouts to resellers ({total}) for {day}"),
        "post_batch_posted": tr("{actor} confirmed print batch {batch} as posted on {day} ({count} invoices)"),
        "post_batch_rejected": tr("{actor} put print batch {batch} back in the queue ({count} invoices)"),
        "database_copied": tr("{actor} copied the database {source} here ({rows} rows)"),
        "processor_set": tr("{actor} set up the payment processor {processor} for {owner}"),
        "invoice_charged": tr("{actor} charged {amount} for {invoice} to the card {card}"),
        "card_added": tr("{actor} added the card {card} for {customer}"),
        "invoice_sent": tr("{actor} e-mailed {invoice} to {to}"),
        "invoice_resent": tr("{actor} e-mailed {invoice} to {to} again"),
        "batch_printed": tr("{actor} printed {count} invoices for the post ({file})"),
        "invoice_paid": tr("{actor} allocated {amount} from {source} to {invoice}: {before} → {after}"),
        "change_subscribe": tr("{actor} subscribed {company} to {plan} (quantity {quantity}) from {day}"),
        "change_quantity": tr("{actor} recorded a quantity change for {company}: {plan} {before} → {quantity} "
                              "from {day}"),
        "change_quantity_to": tr("{actor} recorded a quantity change for {company}: {plan} to {quantity} "
                                 "from {day}"),
        "change_plan": tr("{actor} changed {company}'s plan from {plan} to {to_plan} from {day}"),
        "change_cancel": tr("{actor} cancelled {plan} for {company} from {day}"),
        "change_assign": tr("{actor} assigned {user} to {plan} at {company} from {day}"),
        "change_unassign": tr("{actor} unassigned {user} from {plan} at {company} from {day}"),
        "change_extra": tr("{actor} charged {company} the extra {item} ({amount}) on {day}"),
        "change_extra_recurring": tr("{actor} charged {company} the recurring extra {item} ({amount}) "
                                     "from {day}"),
        "change_extra_end": tr("{actor} ended {company}'s recurring extra {item} from {day}"),
        "change_currency": tr("{actor} changed {company}'s currency to {currency} from {day}"),
        "change_other": tr("{actor} recorded a change for {company} from {day}: {change}"),
        "changes_recorded": tr("{actor} recorded {count} changes for {company}"),
        "change_undone": tr("{actor} took back a change for {company} ({change} from {day})"),
        "company_added": tr("{actor} added the company {company}"),
        "company_moved": tr("{actor} moved {company} from {before} to {after} from {day}"),
        "move_undone": tr("{actor} took back the move of {company}: it is with {after} again"),
        "field_set": tr("{actor} set {owner}'s {field} from {before} to {after}"),
        "field_first_set": tr("{actor} set {owner}'s {field} to {after}"),
        "fields_set": tr("{actor} changed {owner}: {changes}"),
        "user_added": tr("{actor} added the user {user} to {company}"),
        "user_moved": tr("{actor} moved the user {user} from {before} to {after} from {day}"),
        "reseller_added": tr("{actor} added the reseller {reseller}"),
        "catalogue_added": tr("{actor} added the {kind} {name}"),
        "catalogue_retired": tr("{actor} retired the {kind} {name} from {day}"),
        "catalogue_unretired": tr("{actor} offers the {kind} {name} again"),
        "template_added": tr("{actor} added the invoice template {template}"),
        "template_edited": tr("{actor} changed the invoice template {template}: {changes}"),
        "template_default": tr("{actor} made {template} the default invoice template (was {before})"),
        "smtp_added": tr("{actor} set up {owner}'s e-mail server"),
        "smtp_changed": tr("{actor} changed {owner}'s e-mail server settings: {changes}"),
        "currency_enabled": tr("{actor} enabled the currency {currency}"),
        "currency_disabled": tr("{actor} disabled the currency {currency}"),
        "staff_added": tr("{actor} added the staff login {login} as {role} of {reseller}"),
        "staff_disabled": tr("{actor} disabled the staff login {login}"),
        "payment_recorded": tr("{actor} recorded a payment of {amount} from {customer} ({method}) received "
                               "{day}"),
        "payment_refunded": tr("{actor} refunded {amount} of payment {payment} on {day}"),
        "payout_paid": tr("{actor} paid {reseller} {amount} on {day}"),
        "payment_reversed": tr("{actor} reversed payment {payment} ({amount}) on {day}: {reason}"),
        "bill_run": tr("{actor} ran billing as of {day}: {billed} billed as drafts"),
        "bill_run_issued": tr("{actor} ran billing as of {day}: {billed} billed and issued"),
        "imported": tr("{actor} imported {file} ({what})"),
        "demo_created": tr("{actor} created demo data with {companies} companies"),
        "unknown": tr("{actor} changed {what}"),
    }


def words() -> dict[str, str]:
    """Codes named in words: settings, fields, layers, statuses, switches and the like."""
    return {
        # settings and fields
        "tax_rate": tr("tax rate"), "invoice_number_format": tr("invoice number format"),
        "invoicing": tr("invoicing"), "payment_collection": tr("payment collection"),
        "email_delivery": tr("e-mail delivery"), "checks": tr("cheques"), "payment_terms": tr("payment terms"),
        "name": tr("name"), "code": tr("code"), "email": tr("e-mail"), "address": tr("address"),
        "tax_id": tr("tax ID"), "language": tr("language"), "delivery": tr("delivery"),
        "tax_treatment": tr("tax treatment"), "currency": tr("currency"), "billing_mode": tr("billing mode"),
        "signup": tr("signup"), "description": tr("description"), "unit": tr("unit"), "basis": tr("billed"),
        "recurring": tr("recurring"), "amounts": tr("amounts"), "retired_on": tr("retired on"),
        "service": tr("service"), "reseller": tr("reseller"), "company": tr("company"), "customer": tr("customer"),
        "status": tr("status"), "issue_date": tr("issue date"), "subtotal": tr("subtotal"), "tax": tr("tax"),
        "total": tr("total"), "issuer": tr("issuer"), "kind": tr("kind"), "policy": tr("policy"),
        "billing_day": tr("billing day"), "term": tr("term"), "source": tr("source"), "by": tr("by"),
        "reference": tr("reference"), "reopened": tr("invoices reopened"), "method": tr("method"),
        "refunded": tr("refunded"), "unallocated": tr("unallocated"), "collected_by": tr("collected by"),
        "received_on": tr("received on"), "moved_from": tr("moved from"), "seed": tr("seed"),
        "today": tr("today"), "users": tr("users"), "events": tr("changes"), "prices": tr("prices"),
        "deferred": tr("deferred"), "failed": tr("failed"), "skipped": tr("skipped"),
        "nothing_to_bill": tr("nothing to bill"), "reseller_invoices": tr("reseller invoices"),
        "cancelled": tr("cancelled"), "plan": tr("plan"), "role": tr("role"), "from": tr("from"),
        # kinds of record
        "extra_item": tr("extra item"), "user": tr("user"), "bundle": tr("bundle"), "database": tr("database"),
        "invoice": tr("invoice"), "price": tr("price"), "billing_setting": tr("billing setting"),
        "minimum_charge": tr("minimum charge"), "billing": tr("billing run"), "payment": tr("payment"),
        "invoice_template": tr("invoice template"), "staff": tr("staff"),
        "invoices": tr("invoices"), "pages": tr("pages"), "to": tr("to"), "channel": tr("channel"),
        "message_id": tr("message ID"), "attempt": tr("attempt"), "processor": tr("processor"),
        "expiry": tr("expiry"), "message": tr("message"), "enabled": tr("enabled"),
        "secrets_set": tr("secrets stored"), "why": tr("why"),
        "creditor": tr("creditor"), "schema": tr("scheme"), "active": tr("active"), "revoked": tr("revoked"), "email_channel": tr("e-mail"),
        # layers
        "wholesale": tr("wholesale"), "wholesale_override": tr("own wholesale"), "retail": tr("retail"),
        "company_override": tr("own"),
        # switches and answers
        "on": tr("on"), "off": tr("off"), "inherit": tr("following the hoster"), "yes": tr("yes"), "no": tr("no"),
        "anniversary": tr("the signup anniversary"), "monthly": tr("monthly"), "quarterly": tr("quarterly"),
        "annual": tr("annual"), "yearly": tr("yearly"),
        # statuses
        "draft": tr("draft"), "issued": tr("issued"), "partially_paid": tr("partly paid"), "paid": tr("paid"),
        "void": tr("void"), "deferred_status": tr("deferred"), "received": tr("received"),
        "reversed": tr("reversed"), "defer": tr("carry to the next invoice"), "charge": tr("charge the minimum"),
        # sources of changes
        "source:window": tr("the window"), "source:cli": tr("the command line"), "source:import": tr("an import"),
        "source:bundle": tr("a bundle"), "source:undo": tr("an undo"),
    }


def word(code: str) -> str:
    """A code in words; one this list does not know reads with spaces for underscores (never a raw key)."""
    if code.startswith("event:"):
        return event_words(code[6:]).lower() if code[6:] else tr("a change")
    found = words().get(code)
    if found is not None:
        return found
    if code.startswith("csv "):
        return tr("CSV file of %1").replace("%1", code[4:])
    return code.replace("_", " ").replace(":", " ")


def value_text(value) -> str:
    """A typed parameter as the UI's language writes it."""
    if value is None:
        return "—"
    if isinstance(value, Word):
        return word(value.code)
    if isinstance(value, Money):
        return fmt_money(value.amount, value.currency)
    if isinstance(value, Percent):
        return tr("%1 %").replace("%1", format_decimal(value.value, locale=ui_language()))
    if isinstance(value, bool):
        return word("yes" if value else "no")
    if isinstance(value, int):
        return fmt_count(value)
    if isinstance(value, Decimal):
        return format_decimal(value, locale=ui_language())
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, tuple) and all(isinstance(c, FieldChange) for c in value):
        return "; ".join(change_text(c) for c in value)
    return str(value)


def change_text(c: FieldChange) -> str:
    return tr("%1 %2 → %3").replace("%1", word(c.field)).replace("%2", value_text(c.before)).replace(
        "%3", value_text(c.after))


def sentence_text(s: Sentence) -> str:
    """The sentence in the UI's language; a translation that lost a parameter still says the facts."""
    shown = {k: value_text(v) for k, v in s.params.items()}
    template = templates().get(s.id) or templates()["unknown"]
    try:
        return template.format(**shown)
    except (KeyError, IndexError, ValueError):
        return ", ".join(v for v in shown.values() if v)


def details_text(s: Sentence, separator: str = "; ") -> str:
    """The details as "key: value" pairs, keys in words."""
    return separator.join(tr("%1: %2").replace("%1", word(k)).replace("%2", value_text(v))
                          for k, v in s.details)
