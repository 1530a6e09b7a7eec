"""Reading the audit log back: newest first, filtered by what, who and when."""
from __future__ import annotations

import json
from datetime import date, timedelta

from app.cli.main import main
from app.services import billing_settings
from app.services.audit_log import AuditFilter, entries
from app.storage.engine import unit_of_work
from tests.billing_world import build
from tests.actors import recorded


def test_entries_filtered_and_newest_first(db, monkeypatch):
    build(db)
    monkeypatch.setenv("PRORATA_ACTOR", "ann")
    with unit_of_work(db) as s:
        billing_settings.set_value(s, "acme", "tax_rate", "7.5")
    monkeypatch.setenv("PRORATA_ACTOR", "bob")
    with unit_of_work(db) as s:
        billing_settings.set_value(s, "acme", "invoicing", "off")
        billing_settings.set_minimum(s, "hoster", "EUR", "5.00")
    with unit_of_work(db) as s:
        everything = entries(s)
        settings_by_bob = entries(s, AuditFilter(entity="billing_setting", actor="bob"))
        tomorrow = entries(s, AuditFilter(since=date.today() + timedelta(days=1)))
    assert [(e["actor"], e["entity"], e["entity_id"]) for e in everything] == [
        (recorded(db, "bob"), "minimum_charge", "hoster.min_charge.EUR"),
        (recorded(db, "bob"), "billing_setting", "acme.invoicing"),
        (recorded(db, "ann"), "billing_setting", "acme.tax_rate"),
    ]
    assert [(e["before"], e["after"]) for e in settings_by_bob] == [({"invoicing": None}, {"invoicing": False})]
    assert tomorrow == []


def test_cli_audit_json(sqlite_db, capsys, monkeypatch):
    build(sqlite_db)
    monkeypatch.setenv("PRORATA_ACTOR", "cron")
    url = str(sqlite_db.url)
    assert main(["settings", "set", "hoster", "tax_rate", "21", "--db", url]) == 0
    capsys.readouterr()
    assert main(["audit", "--entity", "billing_setting", "--json", "--db", url]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["actor"], row["action"], row["entity_id"], row["before"], row["after"]) == (
        recorded(sqlite_db, "cron"), "set", "hoster.tax_rate", {"tax_rate": "20"}, {"tax_rate": "21"})
    assert main(["audit", "--since", "yesterday", "--db", url]) == 2
    assert "--since" in capsys.readouterr().err
