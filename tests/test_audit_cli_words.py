"""`prorata audit` says what the audit log window says: each entry as a sentence in the reader's language,
never an action code; `--json` keeps the codes for machines, with the sentence beside them."""
from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from app.cli.main import main
from app.services import billing_settings, price_matrix
from app.services.audit_text import AuditWords
from app.services.audit_words import FieldChange, Money, Percent, Sentence, Word
from app.storage.engine import unit_of_work
from tests.actors import recorded
from tests.billing_world import build


@pytest.fixture
def changes(db, monkeypatch):
    """Anna raises Acme's tax rate, Bob turns its invoicing off, Carla sets a retail price from 1 July."""
    build(db)
    for actor, name, value in (("Anna", "tax_rate", "20"), ("Bob", "invoicing", "off")):
        monkeypatch.setenv("PRORATA_ACTOR", actor)
        with unit_of_work(db) as s:
            billing_settings.set_value(s, "acme", name, value)
    monkeypatch.setenv("PRORATA_ACTOR", "Carla")
    with unit_of_work(db) as s:
        price_matrix.set_price(s, layer="retail", plan="archiving", currency="EUR", amount="1234.50",
                               valid_from=date(2026, 7, 1))
    return db


def speak(monkeypatch, lang: str) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", lang)


def sentences(out: str) -> list[str]:
    """The sentence of each entry: the text after the time (date and HH:MM) on its first line."""
    return [line.split("  ", 1)[1] for line in out.splitlines() if not line.startswith("    ")]


def test_the_log_reads_as_sentences_in_english_and_german(changes, monkeypatch, capsys):
    anna, bob, carla = (recorded(changes, n) for n in ("Anna", "Bob", "Carla"))
    url = str(changes.url.render_as_string(hide_password=False))
    speak(monkeypatch, "en_GB.UTF-8")
    assert main(["audit", "--entity", "billing_setting", "--db", url]) == 0
    out = capsys.readouterr().out
    assert sentences(out) == [f"{bob} turned Acme Cloud GmbH's invoicing off (before: following the hoster)",
                              f"{anna} set Acme Cloud GmbH's tax rate from 19 % to 20 %"]
    for code in ("billing_setting", "tax_rate", "acme.", "{", "->"):
        assert code not in out, code
    assert main(["audit", "--entity", "price", "--db", url]) == 0
    assert sentences(capsys.readouterr().out) == [
        f"{carla} set Northwind Hosting's retail price of Archiving to €1,234.50 from 01/07/2026"]

    speak(monkeypatch, "de_DE.UTF-8")
    assert main(["audit", "--db", url]) == 0
    assert sentences(capsys.readouterr().out) == [
        f"{carla} hat den Preis (Verkauf) von Northwind Hosting für Archiving ab 01.07.2026 auf 1.234,50\xa0€ "
        "gesetzt",
        f"{bob} hat bei Acme Cloud GmbH „Rechnungsstellung“ auf aus gestellt (vorher: wie beim Hoster)",
        f"{anna} hat bei Acme Cloud GmbH „Steuersatz“ von 19 % auf 20 % geändert",
    ]


def test_json_keeps_the_codes_for_machines(changes, monkeypatch, capsys):
    speak(monkeypatch, "fr_FR.UTF-8")
    assert main(["audit", "--entity", "billing_setting", "--json", "--db", str(changes.url.render_as_string(
        hide_password=False))]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["action"], r["entity"], r["entity_id"]) for r in rows] == [
        ("set", "billing_setting", "acme.invoicing"), ("set", "billing_setting", "acme.tax_rate")]
    assert rows[1]["before"] is not None and rows[1]["after"] is not None  # the stored data, as stored
    assert rows[1]["sentence"].endswith("a modifié «\xa0taux de taxe\xa0» de Acme Cloud GmbH\xa0: 19 % → 20 %")


def test_every_value_kind_is_written_in_the_readers_locale():
    s = Sentence("fields_set", {"actor": "ann", "owner": "Contoso", "changes": (
        FieldChange("tax_rate", Percent(Decimal("7.5")), None),
        FieldChange("status", Word("draft"), Word("issued")))},
        details=[("total", Money(Decimal("1200.5"), "EUR")), ("received_on", date(2026, 11, 5)),
                 ("users", 12000)])
    de, ja, c = AuditWords("de_DE"), AuditWords("ja_JP"), AuditWords("C")
    assert c.sentence_text(s) == "ann changed Contoso: tax rate 7.5 % → —; status draft → issued"
    assert c.details_text(s) == "total: €1,200.50; received on: 05/11/2026; users: 12,000"
    assert de.details_text(s) == "Gesamt: 1.200,50\xa0€; eingegangen am: 05.11.2026; Benutzer: 12.000"
    assert ja.details_text(s) == "合計：€1,200.50; 受領日：2026/11/05; ユーザー：12,000"
    assert AuditWords("nl_NL").sentence_text(Sentence("no_such_sentence", {"actor": "ann", "what": "x"})) \
        == "ann heeft x gewijzigd"
