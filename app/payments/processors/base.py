"""The processor interface: what a payment processor plug-in offers and how Prorata asks it.

A processor is a class registered under the ``prorata.processors`` entry point group (pyproject.toml); an
issuer configures it once (app/payments/processors/accounts.py: settings without secrets in the database,
secrets in the OS keyring) and Prorata makes one instance per use with both. ``capabilities`` says what it
can do; Prorata asks for nothing else.

Charging is never twice: every charge carries an idempotency key that Prorata wrote down before asking
(app/payments/charges.py). A processor must answer a repeated key with the first answer, never a second
charge, and ``lookup`` must find a charge by its key, so that an answer lost to a timeout or a crash is
recovered by asking, not by charging again. ``ProcessorTimeout`` says "no answer: the outcome is unknown";
any other ``ProcessorRefused`` says "nothing was charged".

A processor never receives more of a card than it needs once: ``save_card`` takes the number, the expiry and
the CVC (checked for brand and Luhn by app/payments/cards.py before it is called) and returns a token; the
number and the CVC are never stored or logged by Prorata.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar


class Capability(str, enum.Enum):
    CARD_CHARGE = "card_charge"
    CARD_REFUND = "card_refund"
    DIRECT_DEBIT = "direct_debit"
    SAVED_METHODS = "saved_methods"
    IDEMPOTENCY = "idempotency"  # repeated keys give the first answer; lookup by key


class ProcessorTimeout(Exception):
    """The processor did not answer: whether it charged is unknown until ``lookup`` says."""


class ProcessorRefused(Exception):
    """The processor refused before charging anything (bad settings, unknown token, not supported)."""


@dataclass(frozen=True)
class ChargeRequest:
    amount: Decimal
    currency: str
    token: str
    idempotency_key: str
    description: str


@dataclass(frozen=True)
class ChargeResult:
    succeeded: bool
    reference: str | None  # the processor's charge id (a declined charge may have one too)
    message: str | None = None  # why it was declined, in the processor's words


@dataclass(frozen=True)
class SavedCard:
    token: str
    brand: str
    last4: str
    exp_month: int
    exp_year: int


@dataclass(frozen=True)
class RefundResult:
    reference: str


def minor_units(amount: Decimal, currency: str) -> int:
    """``amount`` in the currency's minor unit (12.14 EUR -> 1214, 500 JPY -> 500), as processors count."""
    from app.money import minor_digits

    return int(amount.scaleb(minor_digits(currency)).to_integral_value())


class Processor:
    """A payment processor. Subclasses set ``name``, ``capabilities``, ``settings_fields`` (name ->
    description, all optional unless in ``required_settings``) and ``secret_fields``, and implement the
    methods of their capabilities."""

    name: ClassVar[str] = ""
    label: ClassVar[str] = ""
    capabilities: ClassVar[frozenset[Capability]] = frozenset()
    settings_fields: ClassVar[dict[str, str]] = {}
    required_settings: ClassVar[tuple[str, ...]] = ()
    secret_fields: ClassVar[tuple[str, ...]] = ()

    def __init__(self, settings: dict | None = None, secrets: dict[str, str] | None = None):
        self.settings = dict(settings or {})
        self.secrets = dict(secrets or {})

    @classmethod
    def check_settings(cls, settings: dict) -> dict:
        """The settings cleaned, or ``ProrataError`` naming the field. The default keeps known fields."""
        from app.errors import ProrataError

        for key in settings:
            if key not in cls.settings_fields:
                raise ProrataError.of("processor_setting_unknown", key, processor=cls.name, name=key,
                                      known=", ".join(sorted(cls.settings_fields)) or "none")
        for key in cls.required_settings:
            if not str(settings.get(key) or "").strip():
                raise ProrataError.of("processor_setting_missing", key, processor=cls.name, name=key,
                                      what=cls.settings_fields[key])
        return dict(settings)

    def has(self, capability: Capability) -> bool:
        return capability in self.capabilities

    def charge(self, request: ChargeRequest) -> ChargeResult:
        raise ProcessorRefused(f"{self.name} cannot charge cards")

    def lookup(self, idempotency_key: str, request: ChargeRequest | None = None) -> ChargeResult | None:
        """The answer to the charge made with this key, or None if the processor never received it.
        ``request`` is the charge asked with that key, rebuilt as it was sent, for processors that find a
        charge by sending the same request with the same key again (Stripe): they then answer with the one
        charge made with that key, never a second."""
        raise ProcessorRefused(f"{self.name} cannot look up charges")

    def refund(self, charge_reference: str, amount: Decimal, currency: str, idempotency_key: str) -> RefundResult:
        raise ProcessorRefused(f"{self.name} cannot refund cards")

    def save_card(self, number: str, exp_month: int, exp_year: int, cvc: str) -> SavedCard:
        raise ProcessorRefused(f"{self.name} cannot save payment methods")
