"""The audit log in words: each kind of entry reads as a sentence with typed values, never as codes."""
from __future__ import annotations

import ast
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.errors import ProrataError
from app.services import billing_settings, changes, invoices, price_matrix
from app.services.audit_log import AuditFilter, readable
from app.services.audit_words import RULES, FieldChange, Money, Percent, Word
from app.services.companies_admin import edit_company
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

D = Decimal
APP = Path(__file__).resolve().parent.parent / "app"


def newest(engine, **filters):
    with unit_of_work(engine) as s:
        return readable(s, AuditFilter(**filters), "en_GB")


def test_a_tax_rate_change_reads_as_a_sentence(db, monkeypatch):
    build(db)  # Acme Cloud GmbH's tax rate is 19 %
    monkeypatch.setenv("PRORATA_ACTOR", "Anna")
    with unit_of_work(db) as s:
        billing_settings.set_value(s, "acme", "tax_rate", "20")
        billing_settings.set_value(s, "hoster", "invoicing", "off")
    off, rate = newest(db)
    assert rate.sentence.id == "setting_set"
    assert rate.sentence.params == {"actor": rate.actor, "owner": "Acme Cloud GmbH", "setting": Word("tax_rate"),
                                    "before": Percent(D("19")), "after": Percent(D("20"))}
    assert "Anna" in rate.actor
    assert off.sentence.params["owner"] == "Northwind Hosting"
    assert (off.sentence.params["before"], off.sentence.params["after"]) == (Word("on"), Word("off"))


def test_prices_invoices_and_company_changes(db):
    w = build(db)
    add_company(db, w, "contoso", reseller="acme",
                events=[(date(2026, 2, 10), "subscribe", {"plan": "sharepoint-sites", "quantity": 3})])
    add_company(db, w, "direct")
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer="retail", plan="sharepoint-sites", currency="EUR", amount="13.50",
                               valid_from=date(2026, 4, 1), reseller="acme")
        changes.record_change(s, {"company": "contoso", "type": "quantity", "plan": "sharepoint-sites",
                                  "quantity": 5, "date": "2026-03-01"})
        draft = invoices.create_manual(s, "direct", "EUR", [invoices.ManualLine({"en": "Setup"}, D(2), D("40.00"))],
                                       issue_date=date(2026, 3, 2))
        draft_id = draft.id
    with unit_of_work(db) as s:
        number = invoices.issue(s, draft_id).number
        edit_company(s, "contoso", {"name": "Contoso AG", "email": "ap@contoso.example"})
    edited, issued, drafted, quantity, price = newest(db)

    assert price.sentence.id == "price_set"
    assert price.sentence.params | {"actor": None} == {
        "actor": None, "layer": Word("retail"), "plan": "SharePoint site", "owner": "Acme Cloud GmbH",
        "before": None, "after": Money(D("13.50"), "EUR"), "day": date(2026, 4, 1)}

    assert quantity.sentence.id == "change_quantity"
    p = quantity.sentence.params
    assert (p["company"], p["plan"], p["before"], p["quantity"], p["day"]) == (
        "Contoso AG", "SharePoint site", 3, 5, date(2026, 3, 1))  # names as they are today

    assert drafted.sentence.id == "invoice_drafted"
    assert drafted.sentence.params["total"] == Money(D("80.00"), "EUR")  # 2 x 40.00, no tax rate on the line
    assert issued.sentence.id == "invoice_issued"
    assert (issued.sentence.params["invoice"], issued.sentence.params["customer"]) == (number, "Direct")
    assert number  # the entry names the invoice by its number, not its row id

    assert edited.sentence.id == "fields_set"
    assert edited.sentence.params["owner"] == "Contoso AG"
    assert set(edited.sentence.params["changes"]) == {FieldChange("name", "Contoso", "Contoso AG"),
                                                      FieldChange("email", None, "ap@contoso.example")}


def test_a_price_removed_and_a_minimum_charge(db):
    build(db)
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer="wholesale", plan="archiving", currency="EUR", amount="9.00",
                               valid_from=date(2026, 5, 1))
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer="wholesale", plan="archiving", currency="EUR", amount=None,
                               valid_from=date(2026, 5, 1))
        billing_settings.set_minimum(s, "hoster", "EUR", "5.00")
    minimum, removed, _set = newest(db)
    assert removed.sentence.id == "price_removed"
    assert (removed.sentence.params["owner"], removed.sentence.params["before"]) == (
        "Northwind Hosting", Money(D("9.00"), "EUR"))
    assert minimum.sentence.id == "minimum_set"
    assert minimum.sentence.params["after"] == Money(D("5.00"), "EUR")
    assert minimum.sentence.details == [("policy", Word("defer"))]


def test_a_date_range_running_backwards_is_refused(sqlite_db):
    build(sqlite_db)
    with unit_of_work(sqlite_db) as s, pytest.raises(ProrataError) as e:
        readable(s, AuditFilter(since=date(2026, 5, 2), until=date(2026, 5, 1)))
    assert e.value.problems[0].id == "audit_dates_reversed"


def _recorded_kinds() -> tuple[set[tuple[str, str]], list[str]]:
    """Every (action, entity) written with literal codes in app/, and the calls whose codes are computed."""
    found, computed = set(), []
    for path in APP.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "record" \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "audit":
                action, entity = node.args[1], node.args[2]
                if isinstance(action, ast.Constant) and isinstance(entity, ast.Constant):
                    found.add((action.value, entity.value))
                else:
                    computed.append(f"{path.relative_to(APP.parent)}:{node.lineno}")
    return found, computed


def test_every_kind_of_entry_app_writes_has_a_rule():
    found, computed = _recorded_kinds()
    assert found and found <= set(RULES), sorted(found - set(RULES))
    # Computed codes: each listed with the values it takes, all in RULES.
    known = {"app/services/extra_items.py": [(a, "extra_item") for a in ("edit", "retire", "unretire")],
             "app/services/catalogue.py": [(a, "plan") for a in ("edit", "retire", "unretire")],
             "app/services/changes.py": [("change", "company"), ("undo", "company")],
             "app/services/moves.py": [("undo", "company"), ("move", "company")],
             "app/services/billing_schedule.py": [("set", "company_term"), ("set", "company_billing_day")],
             "app/bundle/importer.py": [("import", "bundle")],
             "app/review/apply.py": [("review_approve", "invoice"), ("review_query", "invoice")],
             "app/payments/charges.py": [("charged", "invoice"), ("charge_failed", "invoice")],
             "app/payments/processors/accounts.py": [("create", "processor_account"),
                                                     ("configure", "processor_account")],
             "app/delivery/send.py": [("send", "invoice"), ("resend", "invoice")],
             "app/delivery/smtp_settings.py": [("set", "smtp_settings"), ("create", "smtp_settings")]}
    assert {c.split(":")[0] for c in computed} <= set(known), computed
    assert {k for kinds in known.values() for k in kinds} <= set(RULES)


def test_a_company_price_names_the_company(db):
    """A company's own price is told with the company's name, which the entry holds only inside its id."""
    w = build(db)
    add_company(db, w, "contoso", reseller="acme")
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer="company_override", plan="sharepoint-sites", currency="EUR", amount="11.00",
                               valid_from=None, company="contoso")
    [price] = newest(db, entity="price")
    assert price.sentence.id == "price_set_always"
    assert price.sentence.params["owner"] == "Contoso"
