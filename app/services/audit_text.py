"""The audit log in words for the command line: the window's sentences, without Qt.

``sentence_text`` and ``details_text`` turn a ``Sentence`` (app/services/audit_words.py) into text as
ui/audit/words.py does for the window: the same English templates, the same words for codes, values
written as the reader's locale writes them. The templates are core messages (``MESSAGES``, ids
``audit_sentence_<id>``, ``audit_word_<code>``), so ``make translations`` puts them into
translations/core/*.po and ``app.translation.translator`` reads them in the reader's language;
tests/test_audit_cli_words.py checks that both say the same in every shipped language.

Pure functions of their arguments; any thread.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Callable

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from app.errors import MESSAGES
from app.money import format_money
from app.payments.return_reasons import ACH as _ACH_REASONS  # not the returns imports: no SQLAlchemy (issue 12)
from app.payments.return_reasons import SEPA as _SEPA_REASONS
from app.services.audit_words import FieldChange, Money, Percent, Phrase, Sentence, Word
from app.translation import translator

# The sentence of each id, with {named} parameters: word for word the window's (ui/audit/words.py).
SENTENCES = {
    'setting_set': "{actor} set {owner}'s {setting} from {before} to {after}",
    'switch_set': "{actor} turned {owner}'s {setting} {after} (before: {before})",
    'terms_set': "{actor} set {owner}'s payment terms from {before} to {after} days",
    'minimum_set': "{actor} set {owner}'s minimum charge in {currency} to {after}",
    'minimum_changed': "{actor} changed {owner}'s minimum charge in {currency} from {before} to {after}",
    'minimum_removed': "{actor} removed {owner}'s minimum charge in {currency} ({before})",
    'term_set': "{actor} changed {company}'s billing term from {before} to {after} from {day}",
    'billing_day_set': "{actor} changed {company}'s billing day from {before} to {after} from {day}",
    'price_set': "{actor} set {owner}'s {layer} price of {plan} to {after} from {day}",
    'price_set_always': "{actor} set {owner}'s {layer} price of {plan} to {after}",
    'price_changed': "{actor} changed {owner}'s {layer} price of {plan} from {before} to {after} from {day}",
    'price_changed_always': "{actor} changed {owner}'s {layer} price of {plan} from {before} to {after}",
    'price_removed': "{actor} removed {owner}'s {layer} price of {plan} ({before}) that started {day}",
    'price_removed_always': "{actor} removed {owner}'s {layer} price of {plan} ({before})",
    'own_price_ended': "{actor} ended {owner}'s own price of {plan} from {day}: it pays its seller's price",
    'own_price_end_removed': "{actor} removed the end of {owner}'s own price of {plan} from {day}",
    'invoice_issued': '{actor} issued {invoice} to {customer} ({total})',
    'invoice_drafted': '{actor} created a draft invoice for {customer} ({total})',
    'invoice_edited': '{actor} edited the draft invoice for {customer}: total {before} → {after}',
    'invoice_deleted': '{actor} deleted the draft invoice for {customer} ({total})',
    'invoice_credited': '{actor} credited {invoice} of {customer} with credit note {note} ({total})',
    'invoice_card_paid': '{actor}: the card payment for {invoice} went through',
    'invoice_card_failed': '{actor}: the card payment for {invoice} failed',
    'invoice_approved': "{actor} recorded {reviewer}'s approval of {invoice}",
    'invoice_queried': "{actor} recorded {reviewer}'s query on {invoice}: {comment}",
    'mandate_added': '{actor} added the direct debit mandate {mandate} for {customer}',
    'mandate_set': '{actor} changed direct debit mandate {mandate} from {before} to {after}',
    'debits_submitted': '{actor} submitted {count} direct debits ({total}) for collection on {day}',
    'ach_submitted': '{actor} submitted {count} ACH debits ({total}) effective {day}',
    'ach_authorization_added': '{actor} added an ACH debit authorization for {customer} (account {account})',
    'ach_authorization_set': '{actor} changed ACH debit authorization {authorization} from {before} to {after}',
    'payouts_submitted': '{actor} submitted {count} payouts to resellers ({total}) for {day}',
    'post_batch_posted': '{actor} confirmed print batch {batch} as posted on {day} ({count} invoices)',
    'post_batch_rejected': '{actor} put print batch {batch} back in the queue ({count} invoices)',
    'database_copied': '{actor} copied the database {source} here ({rows} rows)',
    'processor_set': '{actor} set up the payment processor {processor} for {owner}',
    'invoice_charged': '{actor} charged {amount} for {invoice} to the card {card}',
    'card_added': '{actor} added the card {card} for {customer}',
    'invoice_sent': '{actor} e-mailed {invoice} to {to}',
    'invoice_resent': '{actor} e-mailed {invoice} to {to} again',
    'batch_printed': '{actor} printed {count} invoices for the post ({file})',
    'invoice_paid': '{actor} allocated {amount} from {source} to {invoice}: {before} → {after}',
    'change_subscribe': '{actor} subscribed {company} to {plan} (quantity {quantity}) from {day}',
    'change_quantity': '{actor} recorded a quantity change for {company}: {plan} {before} → {quantity} from {day}',
    'change_quantity_to': '{actor} recorded a quantity change for {company}: {plan} to {quantity} from {day}',
    'change_plan': "{actor} changed {company}'s plan from {plan} to {to_plan} from {day}",
    'change_cancel': '{actor} cancelled {plan} for {company} from {day}',
    'change_assign': '{actor} assigned {user} to {plan} at {company} from {day}',
    'change_unassign': '{actor} unassigned {user} from {plan} at {company} from {day}',
    'change_extra': '{actor} charged {company} the extra {item} ({amount}) on {day}',
    'change_extra_recurring': '{actor} charged {company} the recurring extra {item} ({amount}) from {day}',
    'change_extra_end': "{actor} ended {company}'s recurring extra {item} from {day}",
    'change_currency': "{actor} changed {company}'s currency to {currency} from {day}",
    'change_other': '{actor} recorded a change for {company} from {day}: {change}',
    'changes_recorded': '{actor} recorded {count} changes for {company}',
    'change_undone': '{actor} took back a change for {company} ({change} from {day})',
    'company_added': '{actor} added the company {company}',
    'company_moved': '{actor} moved {company} from {before} to {after} from {day}',
    'move_undone': '{actor} took back the move of {company}: it is with {after} again',
    'field_set': "{actor} set {owner}'s {field} from {before} to {after}",
    'field_first_set': "{actor} set {owner}'s {field} to {after}",
    'fields_set': '{actor} changed {owner}: {changes}',
    'user_added': '{actor} added the user {user} to {company}',
    'user_moved': '{actor} moved the user {user} from {before} to {after} from {day}',
    'reseller_added': '{actor} added the reseller {reseller}',
    'catalogue_added': '{actor} added the {kind} {name}',
    'catalogue_retired': '{actor} retired the {kind} {name} from {day}',
    'catalogue_unretired': '{actor} offers the {kind} {name} again',
    'template_added': '{actor} added the invoice template {template}',
    'template_edited': '{actor} changed the invoice template {template}: {changes}',
    'template_default': '{actor} made {template} the default invoice template (was {before})',
    'smtp_added': "{actor} set up {owner}'s e-mail server",
    'smtp_changed': "{actor} changed {owner}'s e-mail server settings: {changes}",
    'currency_enabled': '{actor} enabled the currency {currency}',
    'currency_disabled': '{actor} disabled the currency {currency}',
    'staff_added': '{actor} added the staff login {login} as {role} of {reseller}',
    'staff_disabled': '{actor} disabled the staff login {login}',
    'payment_recorded': '{actor} recorded a payment of {amount} from {customer} ({method}) received {day}',
    'payment_refunded': '{actor} refunded {amount} of payment {payment} on {day}',
    'payout_paid': '{actor} paid {reseller} {amount} on {day}',
    'payout_reversed': '{actor} reversed payout {payout} to {reseller} ({amount}) on {day}',
    'payment_reversed': '{actor} reversed payment {payment} ({amount}) on {day}: {reason}',
    'bill_run': '{actor} ran billing as of {day}: {billed} billed as drafts',
    'bill_run_issued': '{actor} ran billing as of {day}: {billed} billed and issued',
    'imported': '{actor} imported {file} ({what})',
    'demo_created': '{actor} created demo data with {companies} companies',
    'unknown': '{actor} changed {what}',}

# Codes named in words: settings, fields, layers, statuses, switches (the window's ``words()``).
WORDS = {
    'tax_rate': 'tax rate',
    'invoice_number_format': 'invoice number format',
    'invoicing': 'invoicing',
    'payment_collection': 'payment collection',
    'email_delivery': 'e-mail delivery',
    'checks': 'cheques',
    'payment_terms': 'payment terms',
    'name': 'name',
    'code': 'code',
    'email': 'e-mail',
    'address': 'address',
    'tax_id': 'tax ID',
    'language': 'language',
    'delivery': 'delivery',
    'tax_treatment': 'tax treatment',
    'currency': 'currency',
    'billing_mode': 'billing mode',
    'signup': 'signup',
    'description': 'description',
    'unit': 'unit',
    'basis': 'billed',
    'recurring': 'recurring',
    'amounts': 'amounts',
    'retired_on': 'retired on',
    'service': 'service',
    'reseller': 'reseller',
    'company': 'company',
    'customer': 'customer',
    'status': 'status',
    'issue_date': 'issue date',
    'subtotal': 'subtotal',
    'tax': 'tax',
    'total': 'total',
    'issuer': 'issuer',
    'kind': 'kind',
    'policy': 'policy',
    'billing_day': 'billing day',
    'term': 'term',
    'source': 'source',
    'by': 'by',
    'reference': 'reference',
    'reopened': 'invoices reopened',
    'method': 'method',
    'refunded': 'refunded',
    'unallocated': 'unallocated',
    'collected_by': 'collected by',
    'received_on': 'received on',
    'moved_from': 'moved from',
    'seed': 'seed',
    'today': 'today',
    'users': 'users',
    'events': 'changes',
    'prices': 'prices',
    'deferred': 'deferred',
    'failed': 'failed',
    'skipped': 'skipped',
    'nothing_to_bill': 'nothing to bill',
    'reseller_invoices': 'reseller invoices',
    'cancelled': 'cancelled',
    'plan': 'plan',
    'role': 'role',
    'from': 'from',
    'extra_item': 'extra item',
    'user': 'user',
    'bundle': 'bundle',
    'database': 'database',
    'invoice': 'invoice',
    'price': 'price',
    'billing_setting': 'billing setting',
    'minimum_charge': 'minimum charge',
    'billing': 'billing run',
    'payment': 'payment',
    'invoice_template': 'invoice template',
    'staff': 'staff',
    'invoices': 'invoices',
    'pages': 'pages',
    'to': 'to',
    'channel': 'channel',
    'message_id': 'message ID',
    'attempt': 'attempt',
    'processor': 'processor',
    'expiry': 'expiry',
    'message': 'message',
    'enabled': 'enabled',
    'secrets_set': 'secrets stored',
    'why': 'why',
    'creditor': 'creditor',
    'schema': 'scheme',
    'active': 'active',
    'revoked': 'revoked',
    'email_channel': 'e-mail',
    'wholesale': 'wholesale',
    'wholesale_override': 'own wholesale',
    'retail': 'retail',
    'company_override': 'own',
    'on': 'on',
    'off': 'off',
    'inherit': 'following the hoster',
    'yes': 'yes',
    'no': 'no',
    'anniversary': 'the signup anniversary',
    'monthly': 'monthly',
    'quarterly': 'quarterly',
    'annual': 'annual',
    'yearly': 'yearly',
    'draft': 'draft',
    'issued': 'issued',
    'partially_paid': 'partly paid',
    'paid': 'paid',
    'void': 'void',
    'deferred_status': 'deferred',
    'received': 'received',
    'reversed': 'reversed',
    'defer': 'carry to the next invoice',
    'charge': 'charge the minimum',
    'source:window': 'the window',
    'source:cli': 'the command line',
    'source:import': 'an import',
    'source:bundle': 'a bundle',
    'source:undo': 'an undo',
    'cash': 'cash',
    'bank_transfer': 'bank transfer',
    'check': 'cheque',
    'card': 'card',
    'direct_debit': 'direct debit',
    'used': 'used',
    'collected': 'collected',
    'credit_note': 'credit note',
    'statement': 'statement',
    'carried': 'carried to a later invoice',
    'top_up': 'charge up to the minimum',
    'per_plan': 'per plan',
    'per_user': 'per user',
    'per_unit': 'per unit',
    'reseller_bills': 'the reseller bills',
    'hoster_bills_hoster_processor': "the hoster bills, through the hoster's processor",
    'hoster_bills_reseller_processor': "the hoster bills, through the reseller's processor",
    'standard': 'standard',
    'reverse_charge': 'reverse charge',
    'exempt': 'exempt',
    'post': 'post',
    'hoster-admin': 'hoster administrator',
    'hoster-clerk': 'hoster clerk',
    'reseller-admin': 'reseller administrator',
    'reseller-clerk': 'reseller clerk',
    'reviewer': 'reviewer',
    'marked': 'marked',
    'printed': 'printed',
    'pending': 'pending',
    'succeeded': 'succeeded',
    'unknown': 'unknown',
    'checking': 'checking account',
    'savings': 'savings account',
    'type': 'type',
    'one-off': 'one-off',
    'iban': 'IBAN',
    'bic': 'BIC',
    'debtor': 'debtor',
    'sequence': 'sequence',
    'sepa:FRST': 'first debit of a recurring mandate',
    'sepa:RCUR': 'follow-up debit of a recurring mandate',
    'sepa:OOFF': 'one-off debit',
    'sepa:FNAL': 'last debit of a recurring mandate',
    'resellers': 'resellers',
    'routing': 'routing number',
    'signed_on': 'signed on',
    'entry_hash': 'entry hash',
    'payments': 'payments',
    'owed': 'owed',
    'file': 'file',
    'account': 'account',
    'brand': 'card brand',
    'last4': 'last digits',
    'disabled': 'disabled',}

# Phrases Prorata writes into entries in English (app/services/audit_words.py ``phrase_of``), by code.
PHRASES = {
    'credit_on_issue': 'credit applied when the invoice was issued',
    'credit_by_hand': 'credit applied by hand',
    'payment_reversed': 'reversal of payment #{payment}',
    'payment_no': 'payment #{payment}',
    'credit_note_no': 'credit note {note}',
    'debit_returned': 'debit {debit} returned by the bank ({code}: {reason})',
    'debit_returned_again': 'its debit {debit} was returned by the bank ({code}: {reason})',
    'direct_debit_returned': 'direct debit {debit} returned by the bank ({code}: {reason})',
    'ach_debit_returned': 'ACH debit {debit} returned by the bank ({code}: {reason})',
    'print_failed': 'the batch did not print correctly',
    'check_bounced': 'check bounced',
    'debit_was_returned': 'direct debit returned',
    'chargeback': 'card chargeback',
    'transfer_recalled': 'transfer recalled by the bank',}

# The kinds of dated company change (ui/formatting.py ``event_words``), lower-cased in a sentence.
EVENTS = {
    'subscribe': 'Subscribed',
    'quantity': 'Quantity changed',
    'plan_change': 'Plan changed',
    'cancel': 'Cancelled',
    'assign': 'User assigned',
    'unassign': 'User unassigned',
    'extra': 'Extra charge',
    'extra_end': 'Recurring extra ended',
    'currency': 'Currency changed',
    'move': 'Moved to another seller',
    'term': 'Billing term changed',
    'billing_day': 'Billing day changed',}

# A bank's return reason codes (the ``reason`` of the phrases above), in the words the returns imports use.
WORDS.update({f"bank_return:{code}": text for code, text in {**_SEPA_REASONS, **_ACH_REASONS}.items()})

_FORMS = {
    "percent": "{value} %",
    "change": "{field} {before} → {after}",
    "detail": "{key}: {value}",
    "csv_file": "CSV file of {name}",
    "a_change": "a change",
}

for _id, _text in SENTENCES.items():
    MESSAGES.setdefault(f"audit_sentence_{_id}", _text)
for _code, _text in WORDS.items():
    MESSAGES.setdefault(f"audit_word_{_code}", _text)
for _kind, _text in EVENTS.items():
    MESSAGES.setdefault(f"audit_event_{_kind}", _text)
for _code, _text in PHRASES.items():
    MESSAGES.setdefault(f"audit_phrase_{_code}", _text)
for _id, _text in _FORMS.items():
    MESSAGES.setdefault(f"audit_form_{_id}", _text)


class AuditWords:
    """Sentences in one locale ("de_DE", "ja"; English for None, C or POSIX)."""

    def __init__(self, locale: str | None):
        self.locale = _babel_locale(locale)
        self._t: Callable[[str], str] = translator(str(self.locale))

    def _form(self, form: str, **params) -> str:
        english = _FORMS[form]
        try:
            return self._t(english).format(**params)
        except (KeyError, IndexError, ValueError):
            return english.format(**params)

    def word(self, code: str) -> str:
        """A code in words; one not listed reads with spaces for underscores (never a raw key)."""
        if code.startswith("event:"):
            kind = code[6:]
            if not kind:
                return self._form("a_change")
            return self._t(EVENTS[kind]).lower() if kind in EVENTS else kind
        if code in WORDS:
            return self._t(WORDS[code])
        if code.startswith("bank_return:"):  # a bank's return reason code, in words
            from app.payments.bank_returns import reason_words

            return reason_words(code[12:], translate=self._t)
        if code.startswith("csv "):
            return self._form("csv_file", name=code[4:])
        return code.replace("_", " ").replace(":", " ")

    def value_text(self, value) -> str:
        """A typed parameter as the reader's locale writes it."""
        if value is None:
            return "—"
        if isinstance(value, Word):
            return self.word(value.code)
        if isinstance(value, Phrase):
            return self.phrase(value)
        if isinstance(value, Money):
            try:
                return format_money(value.amount, value.currency, str(self.locale))
            except Exception:  # an unknown currency must not hide the amount
                return f"{value.amount} {value.currency}"
        if isinstance(value, Percent):
            return self._form("percent", value=format_decimal(value.value, locale=self.locale))
        if isinstance(value, bool):
            return self.word("yes" if value else "no")
        if isinstance(value, (int, Decimal)):
            return format_decimal(value, locale=self.locale)
        if isinstance(value, date):
            return short_date(value, self.locale)
        if isinstance(value, tuple) and all(isinstance(c, FieldChange) for c in value):
            return "; ".join(self.change_text(c) for c in value)
        return str(value)

    def phrase(self, p: Phrase) -> str:
        """A phrase Prorata wrote, in the reader's language (an unknown code reads as its values)."""
        shown = {k: self.value_text(v) for k, v in p.params}
        english = PHRASES.get(p.code)
        if english is None:
            return ", ".join(shown.values()) or p.code.replace("_", " ")
        for template in (self._t(english), english):
            try:
                return template.format(**shown)
            except (KeyError, IndexError, ValueError):
                continue
        return ", ".join(shown.values())

    def change_text(self, c: FieldChange) -> str:
        return self._form("change", field=self.word(c.field), before=self.value_text(c.before),
                          after=self.value_text(c.after))

    def sentence_text(self, s: Sentence) -> str:
        """The sentence; a translation that lost a parameter still says the facts."""
        shown = {k: self.value_text(v) for k, v in s.params.items()}
        english = SENTENCES.get(s.id) or SENTENCES["unknown"]
        for template in (self._t(english), english):
            try:
                return template.format(**shown)
            except (KeyError, IndexError, ValueError):
                continue
        return ", ".join(v for v in shown.values() if v)

    def details_text(self, s: Sentence, separator: str = "; ") -> str:
        """The details as "key: value" pairs, keys in words."""
        return separator.join(self._form("detail", key=self.word(k), value=self.value_text(v)) for k, v in s.details)


def short_date(day: date, locale: Locale) -> str:
    """The locale's short date with a four-digit year, as the window writes dates."""
    pattern = locale.date_formats["short"].pattern
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy") if "yy" in pattern else pattern.replace("y", "yyyy")
    return format_date(day, pattern, locale=locale)


def _babel_locale(name: str | None) -> Locale:
    if name:
        base = name.split(":")[0].split(".")[0].split("@")[0].replace("-", "_")
        if base not in ("", "C", "POSIX"):
            try:
                return Locale.parse(base)
            except Exception:
                pass
    return Locale.parse("en_GB")
