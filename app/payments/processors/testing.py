"""The ``test`` processor: a deterministic fake gateway for tests and demos. It never touches a network.

What it does depends only on the amount's last two digits, so a demo or a test can ask for each outcome:

- ``.13``: declined ("card_declined").
- ``.14``: charged, but the answer is lost (``ProcessorTimeout``); ``lookup`` then finds the charge.
- ``.15``: no answer and nothing charged (``ProcessorTimeout``); ``lookup`` finds nothing.
- anything else: charged.

A repeated idempotency key gets the first answer, never a second charge. The gateway's own book (charges,
refunds, saved cards) is kept in memory, or in the JSON file named by the ``state`` setting so that several
processes share it (a test kills a process in the middle of a charge and checks the book afterwards).
``pause_after_charge`` (seconds) waits after the gateway booked a charge and before it answers: the window in
which such a test kills the process. The optional secret ``api_key`` must look like ``sk_test_...``.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from decimal import Decimal
from pathlib import Path

from app.payments.processors.base import (Capability, ChargeRequest, ChargeResult, Processor, ProcessorRefused,
                                          ProcessorTimeout, RefundResult, SavedCard)

_MEMORY: dict = {"charges": {}, "refunds": {}, "cards": {}}
_LOCK = threading.Lock()


def _digest(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:20]


class TestProcessor(Processor):
    __test__ = False  # not a pytest test class
    name = "test"
    label = "Test gateway (no network; amounts ending in .13 are declined)"
    capabilities = frozenset({Capability.CARD_CHARGE, Capability.CARD_REFUND, Capability.SAVED_METHODS,
                              Capability.IDEMPOTENCY})
    settings_fields = {"state": "a JSON file the fake gateway keeps its book in (default: memory)",
                       "pause_after_charge": "seconds to wait between booking a charge and answering",
                       "brands": "the card brands accepted, comma separated (default: all)"}
    secret_fields = ("api_key",)

    @classmethod
    def check_settings(cls, settings: dict) -> dict:
        from app.errors import ProrataError

        clean = super().check_settings(settings)
        if "pause_after_charge" in clean:
            text = str(clean["pause_after_charge"])
            try:
                value = float(text)
            except ValueError:
                value = -1.0
            if not 0 <= value <= 600:
                raise ProrataError.of("processor_setting_bad", "pause_after_charge", processor=cls.name,
                                      name="pause_after_charge", value=text, what="seconds from 0 to 600")
        return clean

    # -- the gateway's book

    def _load(self) -> dict:
        path = self.settings.get("state")
        if not path:
            return _MEMORY
        p = Path(path)
        return json.loads(p.read_text()) if p.is_file() else {"charges": {}, "refunds": {}, "cards": {}}

    def _save(self, book: dict) -> None:
        path = self.settings.get("state")
        if not path:
            return
        tmp = Path(f"{path}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(book, indent=1))
        os.replace(tmp, path)

    def _check_key(self) -> None:
        key = self.secrets.get("api_key")
        if key is not None and not key.startswith("sk_test_"):
            raise ProcessorRefused("the test gateway's api_key starts with sk_test_")

    # -- the interface

    def charge(self, request: ChargeRequest) -> ChargeResult:
        self._check_key()
        cents = f"{request.amount:.2f}"[-2:]
        with _LOCK:
            book = self._load()
            seen = book["charges"].get(request.idempotency_key)
            if seen is not None:
                return ChargeResult(seen["status"] == "succeeded", seen["id"], seen.get("message"))
            if request.token not in book["cards"]:
                raise ProcessorRefused(f"no such payment method: {request.token}")
            if cents == "15":
                raise ProcessorTimeout("the test gateway did not answer (nothing was charged)")
            declined = cents == "13"
            entry = {"id": "ch_" + _digest(request.idempotency_key), "amount": str(request.amount),
                     "currency": request.currency, "token": request.token,
                     "status": "declined" if declined else "succeeded",
                     "message": "card_declined" if declined else None}
            book["charges"][request.idempotency_key] = entry
            self._save(book)
        pause = float(self.settings.get("pause_after_charge") or 0)
        if pause:
            time.sleep(pause)
        if cents == "14":
            raise ProcessorTimeout("the test gateway's answer was lost (the card was charged)")
        return ChargeResult(not declined, entry["id"], entry["message"])

    def lookup(self, idempotency_key: str, request: ChargeRequest | None = None) -> ChargeResult | None:
        self._check_key()
        with _LOCK:
            seen = self._load()["charges"].get(idempotency_key)
        if seen is None:
            return None
        return ChargeResult(seen["status"] == "succeeded", seen["id"], seen.get("message"))

    def refund(self, charge_reference: str, amount: Decimal, currency: str, idempotency_key: str) -> RefundResult:
        self._check_key()
        with _LOCK:
            book = self._load()
            seen = book["refunds"].get(idempotency_key)
            if seen is not None:
                return RefundResult(seen["id"])
            charge = next((c for c in book["charges"].values() if c["id"] == charge_reference), None)
            if charge is None or charge["status"] != "succeeded":
                raise ProcessorRefused(f"no such charge: {charge_reference}")
            done = sum((Decimal(r["amount"]) for r in book["refunds"].values() if r["charge"] == charge_reference),
                       Decimal(0))
            if done + amount > Decimal(charge["amount"]):
                raise ProcessorRefused(f"refunds above the charge {charge_reference}")
            entry = {"id": "re_" + _digest(idempotency_key), "charge": charge_reference, "amount": str(amount)}
            book["refunds"][idempotency_key] = entry
            self._save(book)
        return RefundResult(entry["id"])

    def save_card(self, number: str, exp_month: int, exp_year: int, cvc: str) -> SavedCard:
        from app.payments.cards import brand_of

        self._check_key()
        token = "tok_" + _digest(number, exp_month, exp_year)
        card = SavedCard(token, brand_of(number) or "unknown", number[-4:], exp_month, exp_year)
        with _LOCK:
            book = self._load()
            book["cards"][token] = {"brand": card.brand, "last4": card.last4}
            self._save(book)
        return card


def reset_memory() -> None:
    """Forget the in-memory book (tests)."""
    with _LOCK:
        for part in _MEMORY.values():
            part.clear()
