"""The Stripe processor through the official SDK against a Stripe on loopback (tests/stripe_fake.py):
saved cards, off-session charges with Prorata's Idempotency-Key, declines, a timeout resolved by asking
again with the same key (one charge, never two), refunds in part and in full, and the secret key kept out
of logs, messages and the database.

The world (tests/billing_world.py via tests/test_payment_processors.py): d1 has INV1 (2026-01-31) and INV2
(2026-02-28), 24.00 EUR each.
"""
from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from app.errors import ProrataError
from app.models.payments import Payment
from app.payments import charges, refunds, statement
from app.payments.processors import accounts as processor_accounts
from app.payments.processors import installed, processor_class
from app.payments.processors.base import ChargeRequest, ProcessorRefused
from app.storage.engine import unit_of_work
from tests.stripe_fake import FakeStripe
from tests.test_payment_processors import INV1, _fresh_gateway, d1, pay_cash, refused, ring, statuses  # noqa: F401

D = Decimal
KEY = "sk_test_51Prorata0secret0key"
DAY = date(2026, 3, 20)


@pytest.fixture
def fake():
    f = FakeStripe(KEY).start()
    yield f
    f.stop()


@pytest.fixture
def stripe_account(db, d1, ring, fake):
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "stripe", {"api_base": fake.url, "timeout": "0.5"},
                                     secrets={"api_key": KEY})
    return fake


def save(db, number="4242424242424242"):
    with unit_of_work(db) as s:
        return charges.save_card(s, "d1", number, "12/30", "123", today=date(2026, 3, 1))


def intents(fake) -> list[dict]:
    return [r for r in fake.requests if r["path"] == "/v1/payment_intents"]


def test_registered_with_the_capabilities_of_a_card_processor():
    assert installed()["stripe"] == "app.payments.processors.stripe:StripeProcessor"
    assert {c.value for c in processor_class("stripe").capabilities} == {
        "card_charge", "card_refund", "saved_methods", "idempotency"}


def test_api_base_is_https_or_loopback():
    cls = processor_class("stripe")
    assert cls.check_settings({"api_base": "http://127.0.0.1:8123/"}) == {"api_base": "http://127.0.0.1:8123"}
    with pytest.raises(ProrataError) as exc:
        cls.check_settings({"api_base": "http://stripe.example.com"})
    assert exc.value.messages() == ["api_base: stripe's api_base cannot be 'http://stripe.example.com': give an "
                                    "https:// address without a path (http:// on loopback only)"]
    with pytest.raises(ProrataError, match="seconds above 0, at most 300"):
        cls.check_settings({"timeout": "0"})


def test_a_saved_card_is_charged_off_session_with_the_attempts_key(db, stripe_account):
    fake = stripe_account
    m = save(db)
    assert (m.token.split("/")[0][:4], m.token.split("/")[1][:3], m.brand, m.last4) == ("cus_", "pm_", "visa",
                                                                                      "4242")
    out = charges.charge(db, INV1, day=DAY)
    assert (out.status, out.amount, out.payment) == ("succeeded", D("24.00"), out.payment)
    (sent,) = intents(fake)
    # 24.00 EUR is 2400 cents; Stripe wants the currency in lower case.
    assert {k: sent["params"][k] for k in ("amount", "currency", "confirm", "off_session", "customer",
                                           "payment_method")} == {
        "amount": "2400", "currency": "eur", "confirm": "true", "off_session": "true",
        "customer": m.token.split("/")[0], "payment_method": m.token.split("/")[1]}
    assert sent["headers"]["Idempotency-Key"] == out.key
    assert sent["params"]["metadata[prorata_idempotency_key]"] == out.key
    assert statuses(db)[INV1] == "paid"
    with unit_of_work(db) as s:
        p = s.get(Payment, out.payment)
        assert (p.processor, p.processor_ref, p.amount) == ("stripe", fake.charged()[0]["id"], D("24.00"))
        # Names and numbers only, no English word: the method ("card") is said in the reader's language.
        assert p.reference == f"Visa 4242 {fake.charged()[0]['id']}"


def test_a_declined_card_books_nothing(db, stripe_account):
    save(db, "4000000000000002")
    out = charges.charge(db, INV1, day=DAY)
    assert (out.status, out.message, out.payment) == (
        "failed", "generic_decline: Your card was declined.", None)
    assert statuses(db)[INV1] == "issued" and stripe_account.charged() == []


def test_a_timeout_is_resolved_with_the_same_key_and_never_charges_twice(db, stripe_account):
    fake = stripe_account
    save(db)
    fake.slow_next = True  # Stripe charges, the answer comes after the client's 0.5 s
    out = charges.charge(db, INV1, day=DAY)
    assert (out.status, out.payment) == ("unknown", None)
    assert len(fake.charged()) == 1
    (found,) = charges.recover(db, day=DAY)
    assert (found.status, found.amount, found.key) == ("succeeded", D("24.00"), out.key)
    first, again = intents(fake)
    assert first["headers"]["Idempotency-Key"] == again["headers"]["Idempotency-Key"] == out.key
    assert first["params"] == again["params"]  # the same request: Stripe replays its first answer
    assert len(fake.charged()) == 1  # one charge of 2400, never two
    assert statuses(db)[INV1] == "paid"
    with unit_of_work(db) as s:
        assert s.get(Payment, found.payment).processor_ref == fake.charged()[0]["id"]


def test_a_charge_stripe_never_received_is_made_once_on_recovery(db, stripe_account):
    """The connection fails before Stripe sees the request: recovering sends it with the key, for the first
    time; one charge."""
    fake = stripe_account
    save(db)
    port = fake.server.server_address[1]
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "stripe", {"api_base": "http://127.0.0.1:9", "timeout": "0.5"})
    assert charges.charge(db, INV1, day=DAY).status == "unknown"
    assert fake.requests[-1]["path"] != "/v1/payment_intents"
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "stripe", {"api_base": f"http://127.0.0.1:{port}",
                                                             "timeout": "0.5"})
    (found,) = charges.recover(db, day=DAY)
    assert found.status == "succeeded" and len(fake.charged()) == 1


def test_refunds_in_part_and_in_full_through_stripe(db, stripe_account):
    """A card payment that is all credit: INV1 24.00 less 11.86 cash is 12.14 open; Stripe charges it but
    the answer is late (unknown); the customer pays the 12.14 cash too; recovered, the card's 12.14 is
    credit. Refund 2.14 then 10.00 (in full); 0.01 more is refused before Stripe is asked."""
    fake = stripe_account
    save(db)
    pay_cash(db, "11.86", INV1)
    fake.slow_next = True
    assert charges.charge(db, INV1, day=DAY).status == "unknown"
    pay_cash(db, "12.14", INV1)
    (found,) = charges.recover(db, day=DAY)
    assert found.status == "succeeded"
    with unit_of_work(db) as s:
        part = refunds.refund(s, found.payment, "2.14", DAY).as_json()
    with unit_of_work(db) as s:
        rest = refunds.refund(s, found.payment, "10.00", DAY).as_json()
    pi = fake.charged()[0]["id"]
    assert sorted((r["amount"], r["payment_intent"]) for r in fake.refunds.values()) == [(214, pi), (1000, pi)]
    sent = [r for r in fake.requests if r["path"] == "/v1/refunds"]
    assert [r["headers"]["Idempotency-Key"] for r in sent] == [part["idempotency_key"], rest["idempotency_key"]]
    assert (part["through"], part["processor_ref"]) == ("stripe", sorted(fake.refunds)[0])
    assert refused(db, lambda s: refunds.refund(s, found.payment, "0.01", DAY))[0].startswith(
        "a refund of 0.01 EUR is more than payment")
    with unit_of_work(db) as s:
        # 48.00 - 11.86 - 12.14 - 12.14 + 2.14 + 10.00 = 24.00: INV2 open.
        assert statement.show(s, "d1", as_of=DAY)["accounts"][0]["balance"] == "24.00"


def test_stripe_refusing_a_refund_writes_nothing(db, stripe_account):
    fake = stripe_account
    save(db)
    out = charges.charge(db, INV1, day=DAY)
    proc = processor_class("stripe")({"api_base": fake.url}, {"api_key": KEY})
    with pytest.raises(ProcessorRefused, match="amount_too_large"):
        proc.refund(fake.charged()[0]["id"], D("24.01"), "EUR", "k-1")
    with pytest.raises(ProcessorRefused, match="resource_missing"):
        proc.refund("pi_nope", D("1.00"), "EUR", "k-2")
    assert fake.refunds == {} and out.status == "succeeded"


def test_the_secret_key_is_never_logged_nor_stored(db, stripe_account, caplog):
    caplog.set_level(logging.DEBUG)
    save(db)
    charges.charge(db, INV1, day=DAY)
    wrong = processor_class("stripe")({"api_base": stripe_account.url}, {"api_key": "sk_test_wrong0key"})
    with pytest.raises(ProcessorRefused) as exc:
        wrong.charge(ChargeRequest(D("1.00"), "EUR", "cus_1/pm_1", "k", "x"))
    assert "sk_test_wrong0key" not in str(exc.value)
    assert KEY not in caplog.text and "sk_test_wrong0key" not in caplog.text
    with unit_of_work(db) as s:
        dump = " ".join(str(v) for t in ("audit_log", "processor_accounts", "charge_attempts", "payments",
                                         "saved_payment_methods")
                        for row in s.execute(text(f"SELECT * FROM {t}")) for v in row)
    assert KEY not in dump and "4242424242424242" not in dump
    with pytest.raises(ProcessorRefused, match="no Stripe secret key"):
        processor_class("stripe")({}, {}).charge(ChargeRequest(D("1.00"), "EUR", "cus_1/pm_1", "k", "x"))
