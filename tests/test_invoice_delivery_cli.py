"""`prorata invoices send` and `prorata invoices print-batch --delivery post`: the issue's names for `send` and
`post batch`, against the real SMTP server of tests/test_delivery.py, on both databases."""
from __future__ import annotations

import json
from datetime import date

import pdfplumber
import pytest
from sqlalchemy import select

from app.delivery import post
from app.models import InvoiceDelivery
from app.storage.engine import unit_of_work
from tests.test_delivery import _cli, _smtp_set, _world, ring, smtp_server, tls_files  # noqa: F401 (fixtures)


def test_invoices_send_by_ref_then_as_of_each_once(db, ring, smtp_server, monkeypatch):  # noqa: F811
    w = _world(db, post=False)
    _smtp_set(db, monkeypatch, "hoster", smtp_server.port, "billing@northwind.test")
    _smtp_set(db, monkeypatch, "acme", smtp_server.port, "rechnung@acme.test")
    rc, out, err = _cli(db, "invoices", "send", f"hoster:{w.inv['gale'][1]}", "--json")
    assert rc == 0, err
    assert [(o["customer"], o["status"]) for o in json.loads(out)["outcomes"]] == [("gale", "sent")]
    assert len(smtp_server.to("accounts@gale.test")) == 1
    # As of the issue day: the two not sent yet go; gale is not sent again.
    rc, out, err = _cli(db, "invoices", "send", "--as-of", "2026-12-31", "--json")
    assert rc == 0, err
    got = {o["customer"]: o["status"] for o in json.loads(out)["outcomes"]}
    assert got["brightwater"] == got["cobalt"] == "sent" and got.get("gale") in (None, "skipped")
    assert len(smtp_server.to("accounts@gale.test")) == 1
    # --resend sends gale again; --as-of before any issue sends nothing.
    rc, out, _ = _cli(db, "invoices", "send", f"hoster:{w.inv['gale'][1]}", "--resend")
    assert rc == 0 and len(smtp_server.to("accounts@gale.test")) == 2
    rc, out, _ = _cli(db, "invoices", "send", "--as-of", "2000-01-01")
    assert rc == 0 and "nothing to send" in out
    rc, _, err = _cli(db, "invoices", "send", "--as-of", "2026-01-01", "1")
    assert rc == 2 and "either --as-of DATE or REF..., not both" in err


def test_print_batch_waits_for_the_confirmation(db, tmp_path):
    w = _world(db)
    out = tmp_path / "batch.pdf"
    rc, text, err = _cli(db, "invoices", "print-batch", "--delivery", "post", "--as-of", "2026-12-31",
                         "--out", str(out), "--json")
    assert rc == 0, err
    report = json.loads(text)
    assert [i["customer"] for i in report["invoices"]] == ["fjord", "elbe", "aurora", "dunmore"]
    with pdfplumber.open(out) as doc:
        cover = doc.pages[0].extract_text()
    assert f"4 invoice(s) on {report['pages']} page(s), made on {date.today().isoformat()}" in cover
    assert "Fjord Customer (fjord) 10115 DE 3 1" in cover  # postcode, country, first page, pages
    with unit_of_work(db) as s:
        assert {d.status for d in s.scalars(select(InvoiceDelivery))} == {"pending"}
    four = sorted(w.inv[c][0] for c in ("fjord", "elbe", "aurora", "dunmore"))
    assert sorted(post.reject(db, report["batch"])) == four  # "Did the batch print correctly?" No.
    assert post.reject(db, report["batch"]) == []
    with unit_of_work(db) as s:
        rows = s.scalars(select(InvoiceDelivery)).all()
        assert {d.status for d in rows} == {"queued"}
        assert {d.last_error for d in rows} == {"the batch did not print correctly"}
    # Rejected, they are in the next batch; --as-of before their issue day leaves them out.
    rc, text, _ = _cli(db, "invoices", "print-batch", "--delivery", "post", "--as-of", "2000-01-01",
                       "--out", str(tmp_path / "none.pdf"))
    assert rc == 0 and "nothing to print" in text
    rc, text, _ = _cli(db, "invoices", "print-batch", "--delivery", "post", "--out", str(tmp_path / "b2.pdf"),
                       "--json")
    again = json.loads(text)
    assert len(again["invoices"]) == 4
    assert sorted(post.confirm(db, again["batch"], date(2026, 3, 3))) == four
    with unit_of_work(db) as s:
        assert {(d.status, d.printed_at.date()) for d in s.scalars(select(InvoiceDelivery))} == {
            ("printed", date(2026, 3, 3))}
    with pytest.raises(SystemExit) as e:  # argparse: only the post is printed
        _cli(db, "invoices", "print-batch", "--delivery", "email", "--out", str(tmp_path / "x.pdf"))
    assert e.value.code == 2
