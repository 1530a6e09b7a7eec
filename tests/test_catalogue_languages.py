"""The languages the catalogue editor offers a field for: en, de, fr, the tenants' languages, and every stored key."""
from __future__ import annotations

from datetime import date

from app.models import Company, Reseller
from app.services import catalogue, extra_items
from app.storage.engine import unit_of_work
from tests.billing_world import build


def test_english_german_french_first_then_the_tenants_languages(db):
    build(db)  # the hoster (en_GB by default), Acme (de_DE), companies in en_GB
    with unit_of_work(db) as s:
        assert catalogue.languages(s) == ["en", "de", "fr"]
        s.add(Reseller(code="nippon", name="Nippon Cloud", currency="EUR", language="ja_JP"))
        s.flush()
        s.add(Company(code="es1", name="Uno SL", currency="EUR", language="es_ES", signup=date(2026, 1, 1)))
    with unit_of_work(db) as s:
        assert catalogue.languages(s) == ["en", "de", "fr", "es", "ja"]


def test_every_key_a_stored_text_has_is_offered_as_stored(db):
    """A text kept under "en_US" or "it" gets its own field, so that saving the form never drops it."""
    build(db)
    with unit_of_work(db) as s:
        catalogue.add_service(s, "backup", {"en": "Backup"}, description={"nl": "Reservekopie"})
        catalogue.add_plan(s, "disk", "backup", "per_unit", {"en_US": "Disk"}, unit={"it": "GB"})
        extra_items.add_item(s, "setup", {"pt": "Instalação"})
    with unit_of_work(db) as s:
        assert catalogue.languages(s) == ["en", "de", "fr", "en_US", "it", "nl", "pt"]
