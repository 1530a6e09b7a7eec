"""A small Stripe on loopback for the Stripe processor's tests: http.server answering the documented JSON
shapes of the endpoints Prorata uses (payment_methods, customers, payment_intents, refunds), Stripe's error
shape ({"error": {"type", "code", "decline_code", "message", ...}}) for card_declined, bad keys and refunds
above the charge, and Stripe's idempotency: a repeated Idempotency-Key gets the first response again
(with ``Idempotent-Replayed: true``), a key reused with other parameters gets an idempotency_error.

``slow_next`` makes the next money-moving request do its work, then wait ``slow_seconds`` before answering,
so the client times out after Stripe charged: the case ``lookup`` resolves.

Card numbers steer outcomes as Stripe's test cards do: 4000 0000 0000 0002 is declined (card_declined,
generic_decline); anything else is charged.
"""
from __future__ import annotations

import itertools
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

DECLINED = "4000000000000002"


class FakeStripe:
    def __init__(self, api_key: str):
        self.api_key = api_key
        self.ids = itertools.count(1)
        self.lock = threading.Lock()
        self.methods: dict[str, dict] = {}
        self.customers: dict[str, dict] = {}
        self.intents: dict[str, dict] = {}
        self.refunds: dict[str, dict] = {}
        self.replies: dict[str, tuple[dict, int, dict]] = {}  # idempotency key -> (params, status, body)
        self.requests: list[dict] = []  # every request: method, path, params, headers
        self.slow_next = False
        self.slow_seconds = 2.0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self) -> FakeStripe:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _id(self, prefix: str) -> str:
        return f"{prefix}_{next(self.ids):06d}"

    # -- the endpoints: (status, body)

    def post(self, path: str, p: dict) -> tuple[int, dict]:
        if path == "/v1/payment_methods":
            number = p["card[number]"]
            pm = {"id": self._id("pm"), "object": "payment_method", "type": "card", "customer": None,
                  "card": {"brand": "visa" if number.startswith("4") else "mastercard", "last4": number[-4:],
                           "exp_month": int(p["card[exp_month]"]), "exp_year": int(p["card[exp_year]"]),
                           "funding": "credit", "country": "US"}}
            self.methods[pm["id"]] = {**pm, "_number": number}
            return 200, pm
        if path == "/v1/customers":
            cus = {"id": self._id("cus"), "object": "customer", "invoice_settings": {
                "default_payment_method": None}}
            self.customers[cus["id"]] = cus
            self.methods[p["payment_method"]]["customer"] = cus["id"]
            return 200, cus
        if path == "/v1/payment_intents":
            return self._intent(p)
        if path == "/v1/refunds":
            return self._refund(p)
        return 404, error("invalid_request_error", None, f"Unrecognized request URL (POST: {path})")

    def _intent(self, p: dict) -> tuple[int, dict]:
        method = self.methods.get(p.get("payment_method"))
        if method is None or method["customer"] != p.get("customer"):
            return 400, error("invalid_request_error", "resource_missing",
                              f"No such PaymentMethod: '{p.get('payment_method')}'", param="payment_method")
        pi = {"id": self._id("pi"), "object": "payment_intent", "amount": int(p["amount"]),
              "amount_received": 0, "currency": p["currency"], "customer": p["customer"],
              "payment_method": p["payment_method"], "description": p.get("description"),
              "confirmation_method": "automatic", "capture_method": "automatic", "livemode": False,
              "metadata": {k[9:-1]: v for k, v in p.items() if k.startswith("metadata[")},
              "status": "requires_payment_method", "latest_charge": None, "last_payment_error": None}
        if method["_number"] == DECLINED:
            decline = {"type": "card_error", "code": "card_declined", "decline_code": "generic_decline",
                       "message": "Your card was declined.", "charge": self._id("ch")}
            pi["last_payment_error"] = decline
            self.intents[pi["id"]] = pi
            return 402, {"error": {**decline, "doc_url": "https://stripe.com/docs/error-codes/card-declined",
                                   "payment_intent": pi, "payment_method": {"id": method["id"]}}}
        pi.update(status="succeeded", amount_received=pi["amount"], latest_charge=self._id("ch"))
        self.intents[pi["id"]] = pi
        return 200, pi

    def _refund(self, p: dict) -> tuple[int, dict]:
        pi = self.intents.get(p.get("payment_intent"))
        if pi is None or pi["status"] != "succeeded":
            return 400, error("invalid_request_error", "resource_missing",
                              f"No such payment_intent: '{p.get('payment_intent')}'", param="payment_intent")
        amount = int(p.get("amount") or pi["amount"])
        done = sum(r["amount"] for r in self.refunds.values() if r["payment_intent"] == pi["id"])
        if done + amount > pi["amount"]:
            return 400, error("invalid_request_error", "amount_too_large",
                              f"Refund amount ({amount}) is greater than unrefunded amount on charge "
                              f"({pi['amount'] - done})", param="amount")
        re = {"id": self._id("re"), "object": "refund", "amount": amount, "currency": pi["currency"],
              "payment_intent": pi["id"], "charge": pi["latest_charge"], "status": "succeeded",
              "metadata": {k[9:-1]: v for k, v in p.items() if k.startswith("metadata[")}}
        self.refunds[re["id"]] = re
        return 200, re

    def charged(self) -> list[dict]:
        return [pi for pi in self.intents.values() if pi["status"] == "succeeded"]

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                params = dict(parse_qsl(self.rfile.read(length).decode(), keep_blank_values=True))
                key = self.headers.get("Idempotency-Key")
                fake.requests.append({"method": "POST", "path": self.path, "params": params,
                                      "headers": dict(self.headers)})
                if self.headers.get("Authorization") != f"Bearer {fake.api_key}":
                    return self.reply(401, error("invalid_request_error", None, "Invalid API Key provided: "
                                                 "sk_test_****"))
                replayed = False
                with fake.lock:
                    if key and key in fake.replies:
                        first, status, body = fake.replies[key]
                        if first != params:
                            status, body = 400, error("idempotency_error", None, "Keys for idempotent requests "
                                                      "can only be used with the same parameters they were "
                                                      "first used with.")
                        replayed = True
                    else:
                        status, body = fake.post(self.path, params)
                        if key:
                            fake.replies[key] = (params, status, body)
                    slow, fake.slow_next = fake.slow_next and not replayed, fake.slow_next and replayed
                if slow:
                    time.sleep(fake.slow_seconds)  # done, but the answer comes too late
                self.reply(status, body, replayed)

            def reply(self, status, body, replayed=False):
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("Request-Id", "req_fake")
                if replayed:
                    self.send_header("Idempotent-Replayed", "true")
                self.end_headers()
                try:
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting
                    pass

        return Handler


def error(kind: str, code: str | None, message: str, **more) -> dict:
    body = {"type": kind, "message": message, **more}
    if code:
        body["code"] = code
    return {"error": body}
