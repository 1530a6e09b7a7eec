"""Processors as plug-ins: the registry, processor accounts with secrets in the keyring, cards checked before
anything is sent, charges that are never made twice (declines, lost answers, crashes), and which account
collects for each billing mode. On SQLite and PostgreSQL; every figure worked by hand in the comments.

The world (tests/billing_world.py): the hoster bills its direct company d1 for archiving, 20.00 EUR a month
plus 20 % tax = 24.00, on its billing day (signup Jan 31): a run as of 2026-03-15 issues INV-2026-00001
(2026-01-31) and INV-2026-00002 (2026-02-28).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import func, select, text

from app.billing.run import run_billing
from app.errors import ProrataError
from app.models import Invoice
from app.models.payments import Payment
from app.models.processors import ChargeAttempt, SavedMethod
from app.payments import cards, charges, payments, statement
from app.payments.processors import accounts as processor_accounts
from app.payments.processors import installed, processor_class
from app.payments.processors.base import Capability
from app.payments.processors.routing import collector_of
from app.payments.processors.testing import reset_memory
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
INV1, INV2 = "INV-2026-00001", "INV-2026-00002"
VISA = "4242 4242 4242 4242"


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        self.store.pop((service, username), None)


@pytest.fixture
def ring():
    previous = keyring.get_keyring()
    r = MemoryKeyring()
    keyring.set_keyring(r)
    yield r
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _fresh_gateway():
    reset_memory()
    yield
    reset_memory()


@pytest.fixture
def d1(db):
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 15), issue=True)
    return w


def refused(db, work) -> list[str]:
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            work(s)
    return exc.value.messages()


def statuses(db) -> dict[str, str]:
    with unit_of_work(db) as s:
        return dict(s.execute(select(Invoice.number, Invoice.status).order_by(Invoice.id)).all())


def test_the_registry_lists_the_built_in_processors_with_their_capabilities():
    assert {"manual", "test", "sepa"} <= set(installed())
    assert processor_class("manual").capabilities == frozenset()
    assert processor_class("test").capabilities == {Capability.CARD_CHARGE, Capability.CARD_REFUND,
                                                    Capability.SAVED_METHODS, Capability.IDEMPOTENCY}
    assert processor_class("sepa").capabilities == {Capability.DIRECT_DEBIT}
    with pytest.raises(ProrataError) as exc:
        processor_class("paypal")
    assert exc.value.messages()[0].startswith("processor: no payment processor named 'paypal' is installed")


def test_the_entry_points_name_the_built_ins():
    """pyproject.toml registers them; an installed checkout finds them through importlib.metadata."""
    from importlib.metadata import entry_points

    found = {ep.name: ep.value for ep in entry_points(group="prorata.processors")}
    if not found:
        pytest.skip("the installed metadata predates the entry points (pip install -e . refreshes it)")
    assert found["test"] == "app.payments.processors.testing:TestProcessor"
    assert found["manual"] == "app.payments.processors.manual:ManualProcessor"


def test_processor_accounts_keep_settings_in_the_database_and_secrets_in_the_keyring(db, d1, ring):
    with unit_of_work(db) as s:
        acc = processor_accounts.configure(s, "hoster", "test", {"brands": "visa,mastercard"},
                                           secrets={"api_key": "sk_test_abc"})
        assert acc.settings == {"brands": "visa,mastercard"}
    assert [v for (service, _), v in ring.store.items() if service == "prorata-processor"] == ["sk_test_abc"]
    with unit_of_work(db) as s:
        assert processor_accounts.instance(s, processor_accounts.find(s, "hoster", "test")).secrets == {
            "api_key": "sk_test_abc"}
        dumped = json.dumps(processor_accounts.list_json(s))
        assert "sk_test_abc" not in dumped
        log = " ".join(s.scalars(text("SELECT CAST(after AS TEXT) FROM audit_log")))
        assert "sk_test_abc" not in log and '"secrets_set": ["api_key"]' in log
    assert refused(db, lambda s: processor_accounts.configure(s, "hoster", "test", {"colour": "red"})) == [
        "colour: test has no setting 'colour' (its settings: brands, pause_after_charge, state)"]
    assert refused(db, lambda s: processor_accounts.configure(
        s, "hoster", "sepa", {"name": "Northwind", "iban": "DE89 3704 0044 0532 0130 01",
                              "creditor_id": "DE98ZZZ09999999999"})) == [
        "iban: 'DE89 3704 0044 0532 0130 01' is not a valid IBAN: invalid checksum digits"]
    assert refused(db, lambda s: processor_accounts.configure(s, "hoster", "sepa", {"name": "Northwind"})) == [
        "iban: sepa needs the setting 'iban': the creditor's IBAN, which the debits are paid into"]


@pytest.mark.parametrize("number, brand", [
    ("4242424242424242", "visa"), ("5555555555554444", "mastercard"), ("2223003122003222", "mastercard"),
    ("378282246310005", "amex"), ("6011111111111117", "discover"), ("3566002020360505", "jcb"),
    ("36227206271667", "diners"), ("6200000000000005", "unionpay"), ("6759649826438453", "maestro")])
def test_brands_are_told_by_the_prefix(number, brand):
    assert cards.check_card(number, None, "hoster") == (number, brand)


def test_bad_cards_are_refused_before_anything_is_sent():
    def words(number, accepted=None):
        with pytest.raises(ProrataError) as exc:
            cards.check_card(number, accepted, "hoster")
        return exc.value.messages()[0]
    assert words("4242424242424241") == "card: the card number's check digit is wrong: a digit was mistyped"
    assert words("378282246310005", ["visa", "mastercard"]) == (
        "card: hoster does not accept American Express cards (it accepts Visa, Mastercard)")
    assert words("4242 4242 42") == "card: a card number is 12 to 19 digits (spaces and dashes allowed)"
    assert words("9999999999999995") == "card: the card number's first digits match no card brand Prorata knows"
    assert words("42424242424242") == "card: a Visa card number has 13 or 16 or 19 digits, not 14"
    with pytest.raises(ProrataError, match="the card expired at the end of 02/2026"):
        cards.check_expiry("02/26", date(2026, 3, 1))
    assert cards.check_expiry("03/2026", date(2026, 3, 31)) == (3, 2026)


def save_visa(db, customer="d1"):
    with unit_of_work(db) as s:
        return charges.save_card(s, customer, VISA, "12/30", "123", today=date(2026, 3, 1)).id


def pay_cash(db, amount, invoice, day=date(2026, 3, 16)):
    with unit_of_work(db) as s:
        payments.record(s, "d1", amount, "EUR", "cash", day, "receipt", allocate_to=[invoice])


def test_a_card_is_kept_as_a_token_and_its_last_four_digits_only(db, d1, ring):
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "test", {"brands": "visa"})
    save_visa(db)
    with unit_of_work(db) as s:
        (m,) = s.scalars(select(SavedMethod))
        assert (m.brand, m.last4, m.exp_month, m.exp_year, m.token.startswith("tok_")) == ("visa", "4242", 12, 2030,
                                                                                          True)
        everything = " ".join(str(v) for v in s.execute(text("SELECT * FROM saved_payment_methods")).one())
        everything += " ".join(s.scalars(text("SELECT CAST(after AS TEXT) FROM audit_log")))
        assert "4242424242424242" not in everything and "123" not in everything.replace(m.token, "")
    assert refused(db, lambda s: charges.save_card(s, "d1", "5555555555554444", "12/30", "123",
                                                   today=date(2026, 3, 1))) == [
        "card: hoster does not accept Mastercard cards (it accepts Visa)"]


def test_declines_lost_answers_and_unreached_charges_never_charge_twice(db, d1, ring):
    """Open amounts steer the test gateway: .13 declines, .14 charges but the answer is lost, .15 never
    arrives."""
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "test", {})
    save_visa(db)
    # INV1 24.00 less 10.87 cash = 13.13 open: declined, nothing booked, still partially paid.
    pay_cash(db, "10.87", INV1)
    out = charges.charge(db, INV1, day=date(2026, 3, 17))
    assert (out.status, out.amount, out.message, out.payment) == ("failed", D("13.13"), "card_declined", None)
    # Less 0.99 more = 12.14 open: the gateway charges, the answer is lost: unknown, and no second try.
    pay_cash(db, "0.99", INV1)
    out = charges.charge(db, INV1, day=date(2026, 3, 18))
    assert (out.status, out.attempt, out.amount) == ("unknown", 2, D("12.14"))
    with pytest.raises(ProrataError) as exc:
        charges.charge(db, INV1)
    assert exc.value.messages() == [
        f"{INV1} has charge attempt 2 whose outcome is not known yet (unknown): nothing was charged again; run "
        "`prorata payments recover` to ask the processor what became of it"]
    (found,) = charges.recover(db, day=date(2026, 3, 18))
    assert (found.status, found.amount, found.attempt) == ("succeeded", D("12.14"), 2)
    assert statuses(db)[INV1] == "paid"  # 10.87 + 0.99 + 12.14 = 24.00
    assert charges.recover(db) == []  # nothing left to resolve; the second answer books nothing
    # INV2 24.00 less 11.85 = 12.15: never reaches the gateway; recovered as failed, nothing charged.
    pay_cash(db, "11.85", INV2)
    assert charges.charge(db, INV2).status == "unknown"
    (found,) = charges.recover(db)
    assert (found.status, found.message) == ("failed", "the processor never received it: nothing was charged")
    pay_cash(db, "0.15", INV2)  # 12.00 open: charged (attempt 2, a new key)
    out = charges.charge(db, INV2, day=date(2026, 3, 20))
    assert (out.status, out.attempt, out.amount) == ("succeeded", 2, D("12.00"))
    assert statuses(db) == {INV1: "paid", INV2: "paid"}
    with unit_of_work(db) as s:
        card = [(p.amount, p.method, p.processor, p.collected_by, p.received_on) for p in
                s.scalars(select(Payment).where(Payment.method == "card").order_by(Payment.id))]
        assert card == [(D("12.14"), "card", "test", "hoster", date(2026, 3, 18)),
                        (D("12.00"), "card", "test", "hoster", date(2026, 3, 20))]
        keys = list(s.scalars(select(ChargeAttempt.idempotency_key).order_by(ChargeAttempt.id)))
        assert len(set(keys)) == 4  # INV1: declined, recovered; INV2: never arrived, charged
        # 48.00 invoiced - (10.87 + 0.99 + 12.14) - (11.85 + 0.15 + 12.00) = 0.00
        assert statement.show(s, "d1", as_of=date(2026, 3, 20))["accounts"][0]["balance"] == "0.00"
    from app.payments.processors.testing import _MEMORY
    charged = [c for c in _MEMORY["charges"].values() if c["status"] == "succeeded"]
    assert sorted(c["amount"] for c in charged) == ["12.00", "12.14"]  # one charge each, never two
    with pytest.raises(ProrataError, match=f"{INV1} is paid: only an issued or partially paid invoice"):
        charges.charge(db, INV1)


@pytest.mark.parametrize("mode, collector", [("reseller_bills", "acme"),
                                             ("hoster_bills_hoster_processor", "hoster"),
                                             ("hoster_bills_reseller_processor", "acme")])
def test_the_billing_mode_decides_whose_account_collects(db, ring, mode, collector):
    w = build(db, acme_mode=mode)
    add_company(db, w, "r1", reseller="acme", signup=date(2026, 2, 1),
                events=[(date(2026, 2, 1), "subscribe", {"plan": "sharepoint-sites", "quantity": 2})])
    run_billing(db, date(2026, 2, 1), issue=True)
    with unit_of_work(db) as s:
        inv = s.scalars(select(Invoice).where(Invoice.company_id == w.companies["r1"],
                                              Invoice.kind == "invoice")).one()
        # 2 SharePoint sites at acme's 12.00 = 24.00 + acme's 19 % (4.56) = 28.56, in acme's name in every mode.
        assert (inv.total, inv.issuer_key) == (D("28.56"), f"reseller:{w.resellers['acme']}")
        key = collector_of(s, inv.issuer_key)
        assert key == ("hoster" if collector == "hoster" else f"reseller:{w.resellers['acme']}")
        number = f"acme:{inv.number}"
    other = "acme" if collector == "hoster" else "hoster"
    with unit_of_work(db) as s:  # only the other party has a card processor: refused, naming the collector
        processor_accounts.configure(s, other, "test", {})
    assert refused(db, lambda s: charges.save_card(s, "r1", VISA, "12/30", "123", today=date(2026, 3, 1))) == [
        f"{collector} has no processor account that charges cards: configure one with "
        f"`prorata processors configure {collector} PROCESSOR`"]
    with unit_of_work(db) as s:
        processor_accounts.configure(s, collector, "test", {})
    save_visa(db, "r1")
    out = charges.charge(db, number, day=date(2026, 2, 10))
    assert (out.status, out.amount) == ("succeeded", D("28.56"))
    with unit_of_work(db) as s:
        pay = s.get(Payment, out.payment)
        data = payments.payment_json(s, pay)
        assert (data["issuer"], data["collected_by"], data["processor"]) == ("acme", collector, "test")
        # A manual payment's collector follows the mode too.
        manual = payments.record(s, "r1", "1.00", "EUR", "cash", date(2026, 2, 11), "R", auto_allocate=False)
        assert payments.payment_json(s, manual.payment)["collected_by"] == collector


def test_collection_switched_off_charges_nothing(db, d1, ring):
    from app.services import billing_settings

    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "test", {})
        billing_settings.set_value(s, "hoster", "payment_collection", "off")
    save_visa(db)
    with pytest.raises(ProrataError, match="payment collection is switched off for hoster: nothing was charged"):
        charges.charge(db, INV1)
    with unit_of_work(db) as s:
        billing_settings.set_value(s, "hoster", "payment_collection", "on")
    done = charges.collect(db, day=date(2026, 3, 20))
    assert [(o.invoice, o.status, o.amount) for o in done] == [(INV1, "succeeded", D("24.00")),
                                                               (INV2, "succeeded", D("24.00"))]


def test_a_process_killed_mid_charge_is_recovered_without_charging_again(sqlite_db, tmp_path):
    """A real process charges INV1 through the test gateway, which books the charge and then waits; the
    process is killed there (after the processor charged, before the database heard). The attempt is left
    pending; recovery asks the gateway with the same key and books the one charge."""
    db = sqlite_db
    w = build(db)
    add_company(db, w, "d1", signup=date(2026, 1, 31), events=[(date(2026, 1, 31), "subscribe", {"plan": "archiving"})])
    run_billing(db, date(2026, 3, 15), issue=True)
    state = tmp_path / "gateway.json"
    with unit_of_work(db) as s:
        processor_accounts.configure(s, "hoster", "test", {"state": str(state), "pause_after_charge": "60"})
    save_visa(db)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    proc = subprocess.Popen([sys.executable, "-m", "app.cli.main", "payments", "charge", INV1, "--db",
                             str(db.url)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if state.is_file() and json.loads(state.read_text())["charges"]:
                break
            time.sleep(0.1)
        else:
            pytest.fail("the gateway never booked the charge: " + proc.stderr.read().decode())
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    with unit_of_work(db) as s:
        (attempt,) = s.scalars(select(ChargeAttempt))
        assert (attempt.status, attempt.payment_id) == ("pending", None)
        assert s.scalar(select(func.count()).select_from(Payment)) == 0
    with pytest.raises(ProrataError, match="whose outcome is not known yet \\(pending\\)"):
        charges.charge(db, INV1)
    assert charges.recover(db) == []  # still within the grace period: maybe in flight elsewhere
    (found,) = charges.recover(db, grace=timedelta(0), day=date(2026, 3, 16))
    assert (found.status, found.amount) == ("succeeded", D("24.00"))
    assert statuses(db)[INV1] == "paid"
    book = json.loads(state.read_text())["charges"]
    assert [(c["amount"], c["status"]) for c in book.values()] == [("24.00", "succeeded")]
