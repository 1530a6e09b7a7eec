"""Invoice templates as data (app/documents/template.py, app/services/documents.py): the one rule that checks
them, their round trip through the database on both backends, conflict-checked edits, the default, and the
CLI's export and import."""
from __future__ import annotations

import base64
import json
from dataclasses import replace

import pytest
from sqlalchemy import select

from app.cli.main import main
from app.documents import template as templates
from app.errors import ProrataError
from app.models import AuditEntry, InvoiceTemplate
from app.resources import resource
from app.services import documents
from app.storage.engine import unit_of_work
from tests.billing_world import build

LOGO = resource("logo-default.png").read_bytes()


def _problems(doc) -> dict[str, str]:
    with pytest.raises(ProrataError) as exc:
        templates.check(doc)
    return {p.where: p.id for p in exc.value.problems}


def test_the_rule_names_every_problem_where_it_is():
    found = _problems({"name": "x", "page_size": "Letter", "accent_colour": "blue",
                       "margins": {"top": 2, "left": 41}, "font": "Comic Sans",
                       "blocks": {"address": {"window": "din_5008_b"}, "lines": {"columns": ["position"]},
                                  "payment": {"iban": "DE89 3704 0044 0532 0130 01", "bic": "x", "terms_days": -1},
                                  "order": ["lines"], "colophon": {}}})
    assert found == {
        "$.accent_colour": "bad_colour",
        "$.margins.top": "out_of_range", "$.margins.left": "out_of_range",
        "$.font": "bad_value",
        "$.blocks.colophon": "unknown_key",
        "$.blocks.lines.columns": "column_required",  # description and amount are always shown
        "$.blocks.payment.iban": "bad_iban",  # ...01: the check digits of ...00 no longer match
        "$.blocks.payment.bic": "bad_bic",
        "$.blocks.payment.terms_days": "out_of_range",
        "$.blocks.order": "bad_block_order",
        "$.blocks.address.window": "window_not_on_page",  # DIN 5008 is for A4, not Letter
    }


def test_defaults_fill_what_a_template_leaves_out():
    t = templates.check({"name": "Minimal"})
    assert (t.page_size, t.window, t.margins, t.font) == ("A4", "din_5008_b", templates.Margins(20, 20, 20, 25),
                                                          "DejaVu Sans")
    assert templates.check({"name": "US", "page_size": "Letter"}).window == "us_10"
    assert templates.check({"name": "x", "blocks": {"payment": {"iban": "de89 3704 0044 0532 0130 00"}}}) \
        .blocks["payment"]["iban"] == "DE89370400440532013000"


def test_a_logo_must_be_a_small_png_or_jpeg():
    def logo(data):
        return _problems({"name": "x", "logo": {"mime": "image/png", "base64": base64.b64encode(data).decode()}})

    assert logo(b"GIF89a" + b"\0" * 20) == {"$.logo": "bad_logo"}
    assert logo(b"\x89PNG\r\n\x1a\n" + b"\0" * 20) == {"$.logo": "bad_logo"}  # a PNG's start, then nothing
    assert logo(LOGO + b"\0" * templates.LOGO_MAX_BYTES) == {"$.logo": "logo_too_big"}
    ok = templates.check({"name": "x", "logo": {"base64": base64.b64encode(LOGO).decode()}})
    assert (ok.logo, ok.logo_mime) == (LOGO, "image/png")  # the type comes from the bytes


def test_a_template_round_trips_through_the_database(db):
    build(db)
    t = templates.check({"name": "Northwind blue", "page_size": "Letter", "accent_colour": "#0a3d62",
                         "margins": {"top": 15, "right": 18, "bottom": 22, "left": 20},
                         "blocks": {"letterhead": {"logo": "left", "logo_height": 25},
                                    "lines": {"columns": ["description", "quantity", "amount"], "arithmetic": False},
                                    "payment": {"iban": "GB33BUKB20201555555555", "terms_days": 30,
                                                "text": {"en": "Thank you.", "de": "Vielen Dank."}},
                                    "order": ["lines", "totals", "payment", "notes"]},
                         "footer": {"en": "Registered in England 01234567", "de": "Eingetragen in England"}})
    t = replace(t, logo=LOGO, logo_mime="image/png")
    with unit_of_work(db) as s:
        saved = documents.save_template(s, "hoster", t)
    with unit_of_work(db) as s:
        back = documents.get_template(s, "hoster", "Northwind blue")
    assert back.to_document() == t.to_document()
    assert back.logo == LOGO and back.accent_colour == "#0A3D62"
    assert (back.version, back.is_default, back.issuer) == (1, True, "hoster")
    assert back.id == saved.id
    with unit_of_work(db) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "invoice_template")).one()
        assert entry.action == "create" and entry.after["logo"]["bytes"] == len(LOGO)


def test_an_edit_is_written_only_on_the_version_read(db):
    build(db)
    with unit_of_work(db) as s:
        documents.save_template(s, "acme", templates.check({"name": "Acme"}))
    with unit_of_work(db) as s:
        edited = documents.save_template(s, "acme", templates.check({"name": "Acme", "accent_colour": "#112233"}),
                                         expected_version=1)
    assert edited.version == 2 and edited.accent_colour == "#112233"
    # A second clerk saves from version 1 too: refused, nothing written.
    with pytest.raises(ProrataError) as exc:
        with unit_of_work(db) as s:
            documents.save_template(s, "acme", templates.check({"name": "Acme", "accent_colour": "#445566"}),
                                    expected_version=1)
    assert exc.value.problems[0].id == "row_changed_meanwhile"
    with pytest.raises(ProrataError) as exc:  # an edit must say which version it was made on
        with unit_of_work(db) as s:
            documents.save_template(s, "acme", templates.check({"name": "Acme"}))
    assert exc.value.problems[0].id == "template_version_needed"
    with unit_of_work(db) as s:
        t = documents.get_template(s, "acme", "Acme")
        assert (t.version, t.accent_colour) == (2, "#112233")
        rid = s.scalars(select(InvoiceTemplate.reseller_id)).one()
        assert rid is not None  # a reseller's template is scoped to it
        assert [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "invoice_template")
                                            .order_by(AuditEntry.id))] == ["create", "edit"]


def test_one_default_per_issuer(db):
    build(db)
    with unit_of_work(db) as s:
        for name in ("A", "B"):
            documents.save_template(s, "hoster", templates.check({"name": name}))
        documents.save_template(s, "acme", templates.check({"name": "A"}))  # the same name, another issuer
    with unit_of_work(db) as s:
        documents.set_default(s, "hoster", "B")
    with unit_of_work(db) as s:
        flags = {(t.issuer, t.name): t.is_default for t in documents.list_templates(s)}
    assert flags == {("hoster", "A"): False, ("hoster", "B"): True, ("acme", "A"): True}


def test_export_and_import_through_the_cli(db, tmp_path, capsys):
    build(db)
    url = db.url.render_as_string(hide_password=False)
    src = tmp_path / "t.json"
    doc = templates.check({"name": "House style", "footer": {"en": "Thanks!"}}).to_document()
    src.write_text(json.dumps(doc), encoding="utf-8")
    logo = tmp_path / "logo.png"
    logo.write_bytes(LOGO)
    assert main(["templates", "import", str(src), "--issuer", "acme", "--logo", str(logo), "--db", url]) == 0
    assert main(["templates", "export", "House style", "--issuer", "acme", "-o", str(tmp_path / "out.json"),
                 "--db", url]) == 0
    exported = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert exported["version"] == 1 and base64.b64decode(exported["logo"]["base64"]) == LOGO
    assert exported["footer"] == {"en": "Thanks!"}
    # Edit the file and import it back over the same name, from the version exported.
    exported["accent_colour"] = "#123456"
    (tmp_path / "out.json").write_text(json.dumps(exported), encoding="utf-8")
    assert main(["templates", "import", str(tmp_path / "out.json"), "--issuer", "acme", "--version", "1",
                 "--db", url]) == 0
    capsys.readouterr()
    assert main(["templates", "list", "--json", "--db", url]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["name"], listed["issuer"], listed["version"], listed["accent_colour"], listed["is_default"]) == (
        "House style", "acme", 2, "#123456", True)
    assert listed["logo"] == {"mime": "image/png", "bytes": len(LOGO)}
    # A bad file is refused in words, with where.
    (tmp_path / "bad.json").write_text(json.dumps({**doc, "page_size": "A5"}), encoding="utf-8")
    assert main(["templates", "import", str(tmp_path / "bad.json"), "--db", url]) == 2
    assert "$.page_size: 'A5' is not one of A4, Letter" in capsys.readouterr().err
    assert main(["templates", "show", "House style", "--issuer", "acme", "--sample-pdf",
                 str(tmp_path / "sample.pdf"), "--lang", "de_DE", "--db", url]) == 0
    assert (tmp_path / "sample.pdf").read_bytes().startswith(b"%PDF")
