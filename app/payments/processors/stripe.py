"""The ``stripe`` processor: cards through Stripe's API, with the official ``stripe`` SDK.

A saved card is a Stripe customer with one payment method (the token is ``cus_.../pm_...``); a charge is a
PaymentIntent created, confirmed and charged off session in one request; a refund is a Refund of that
PaymentIntent, in part or in full. Every request that moves money carries Prorata's idempotency key as
Stripe's ``Idempotency-Key``: Stripe answers a repeated key with its first answer (for 24 hours), so
``lookup`` finds what became of a charge whose answer was lost by sending the same request with the same
key again: the first answer when Stripe had received it, else the one charge made now. Never a second one.
An attempt left unresolved for more than a day must not be recovered this way (Stripe forgets the key), and
Prorata's ``payments recover`` runs at every start, long before.

``api_base`` points the SDK elsewhere than https://api.stripe.com (tests run a server on loopback; plain
http is allowed for loopback only). The secret key comes from the keyring (app/payments/processors/accounts.py)
and is never logged nor put in a message. The SDK retries nothing by itself (``max_network_retries=0``):
retrying is Prorata's, with its own key.
"""
from __future__ import annotations

from decimal import Decimal
from urllib.parse import urlsplit

from app.payments.processors.base import (Capability, ChargeRequest, ChargeResult, Processor, ProcessorRefused,
                                          ProcessorTimeout, RefundResult, SavedCard, minor_units)

DEFAULT_BASE = "https://api.stripe.com"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class StripeProcessor(Processor):
    name = "stripe"
    label = "Stripe (cards)"
    capabilities = frozenset({Capability.CARD_CHARGE, Capability.CARD_REFUND, Capability.SAVED_METHODS,
                              Capability.IDEMPOTENCY})
    settings_fields = {"api_base": f"the API's address (default {DEFAULT_BASE})",
                       "timeout": "seconds to wait for an answer before the outcome is unknown (default 30)",
                       "brands": "the card brands accepted, comma separated (default: all)"}
    secret_fields = ("api_key",)

    @classmethod
    def check_settings(cls, settings: dict) -> dict:
        from app.errors import ProrataError

        clean = super().check_settings(settings)
        if clean.get("api_base"):
            base = str(clean["api_base"]).strip().rstrip("/")
            parts = urlsplit(base)
            ok = parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in LOOPBACK)
            if not ok or not parts.hostname or parts.path or parts.query:
                raise ProrataError.of("processor_setting_bad", "api_base", processor=cls.name, name="api_base",
                                      value=base, what="an https:// address without a path (http:// on "
                                                       "loopback only)")
            clean["api_base"] = base
        if "timeout" in clean:
            text = str(clean["timeout"])
            try:
                value = float(text)
            except ValueError:
                value = -1.0
            if not 0 < value <= 300:
                raise ProrataError.of("processor_setting_bad", "timeout", processor=cls.name, name="timeout",
                                      value=text, what="seconds above 0, at most 300")
        return clean

    # -- the SDK

    def _client(self):
        import stripe

        key = self.secrets.get("api_key")
        if not key:
            raise ProcessorRefused("no Stripe secret key is set (prorata processors configure ... --secret "
                                   "api_key)")
        base = self.settings.get("api_base") or DEFAULT_BASE
        http = stripe.RequestsClient(timeout=float(self.settings.get("timeout") or 30))
        return stripe.StripeClient(key, base_addresses={"api": base}, max_network_retries=0, http_client=http)

    @staticmethod
    def _words(exc) -> str:
        """What Stripe said, without anything of the request (the key never appears in Stripe's messages
        but the SDK's own may name the address)."""
        err = getattr(exc, "error", None)
        code = getattr(err, "decline_code", None) or getattr(exc, "code", None)
        message = getattr(err, "message", None) or getattr(exc, "user_message", None) or type(exc).__name__
        return f"{code}: {message}" if code else str(message)

    def _call(self, what, *args, **kwargs):
        """Run one SDK call; no answer (a timeout, a dropped connection, a server error) is
        ``ProcessorTimeout``, any other error ``ProcessorRefused``. A card error is left to the caller."""
        import stripe

        try:
            return what(*args, **kwargs)
        except stripe.CardError:
            raise
        except (stripe.APIConnectionError, stripe.APIError) as exc:
            # APIError: Stripe's 500s; Stripe's advice is to treat the outcome as unknown and retry the key.
            raise ProcessorTimeout(f"Stripe did not answer: {type(exc).__name__}") from None
        except stripe.StripeError as exc:
            raise ProcessorRefused(self._words(exc)) from None

    # -- the interface

    def charge(self, request: ChargeRequest) -> ChargeResult:
        import stripe

        customer, _, method = request.token.partition("/")
        if not (customer.startswith("cus_") and method.startswith("pm_")):
            raise ProcessorRefused(f"not a Stripe saved card: {request.token}")
        client = self._client()
        params = {"amount": minor_units(request.amount, request.currency),
                  "currency": request.currency.lower(), "customer": customer, "payment_method": method,
                  "confirm": True, "off_session": True, "description": request.description,
                  "metadata": {"prorata_idempotency_key": request.idempotency_key}}
        try:
            intent = self._call(client.v1.payment_intents.create, params,
                                {"idempotency_key": request.idempotency_key})
        except stripe.CardError as exc:
            pi = getattr(exc.error, "payment_intent", None)
            ref = pi.get("id") if isinstance(pi, dict) else getattr(pi, "id", None)
            return ChargeResult(False, ref, self._words(exc))
        if intent.status == "succeeded":
            return ChargeResult(True, intent.id)
        if intent.status == "processing":  # not yet known: asking again later with the key tells
            raise ProcessorTimeout(f"Stripe is still processing {intent.id}")
        return ChargeResult(False, intent.id, f"{intent.status}: the charge did not complete off session")

    def lookup(self, idempotency_key: str, request: ChargeRequest | None = None) -> ChargeResult | None:
        if request is None or request.idempotency_key != idempotency_key:
            raise ProcessorRefused("Stripe finds a charge by sending its request again with the same key: "
                                   "the request is needed")
        return self.charge(request)

    def refund(self, charge_reference: str, amount: Decimal, currency: str, idempotency_key: str) -> RefundResult:
        if not charge_reference.startswith("pi_"):
            raise ProcessorRefused(f"not a Stripe PaymentIntent: {charge_reference}")
        client = self._client()
        params = {"payment_intent": charge_reference, "amount": minor_units(amount, currency),
                  "metadata": {"prorata_idempotency_key": idempotency_key}}
        done = self._call(client.v1.refunds.create, params, {"idempotency_key": idempotency_key})
        if done.status in ("failed", "canceled"):
            raise ProcessorRefused(f"refund {done.id} {done.status}")
        return RefundResult(done.id)

    def save_card(self, number: str, exp_month: int, exp_year: int, cvc: str) -> SavedCard:
        import stripe

        from app.payments.cards import brand_of

        client = self._client()
        try:
            method = self._call(client.v1.payment_methods.create,
                                {"type": "card", "card": {"number": number, "exp_month": exp_month,
                                                          "exp_year": exp_year, "cvc": cvc}})
            customer = self._call(client.v1.customers.create, {"payment_method": method.id})
        except stripe.CardError as exc:
            raise ProcessorRefused(self._words(exc)) from None
        card = method.card
        return SavedCard(f"{customer.id}/{method.id}", brand_of(number) or card.brand, card.last4,
                         int(card.exp_month), int(card.exp_year))
