"""``prorata explain`` through ``app.cli.main.main``, on both databases; figures worked by hand."""
from __future__ import annotations

import json
from datetime import date

from app.cli.main import main
from tests.billing_world import CONTOSO_EVENTS, add_company, build


def _url(engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _billed(db) -> str:
    """Contoso under acme, billed and issued on 15 January and 15 February 2026 (INV-2026-00001, -00002)."""
    w = build(db)
    add_company(db, w, "c1", reseller="acme", events=CONTOSO_EVENTS)
    url = _url(db)
    assert main(["bill", "run", "--as-of", "2026-02-15", "--issue", "--db", url]) == 0
    return url


def test_explain_one_line_in_words(db, capsys):
    url = _billed(db)
    capsys.readouterr()
    # The 15 February invoice: mailbox, 3 sites in advance, the sites from 10 February, the support call.
    assert main(["explain", "INV-2026-00002", "--line", "3", "--db", url]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("INV-2026-00002  invoice  issued  customer c1  issuer acme  EUR")
    # 10 February to 15 February: 5 of the 31 days of [15 Jan, 15 Feb); 3 x 12.00 x 5/31 = 5.806451... -> 5.81
    assert "line 3  proration  SharePoint site (sharepoint-sites)  2026-02-10..2026-02-15  5.81" in out
    assert "a change on 2026-02-10: 5 of the 31 days of the period 2026-01-15 to 2026-02-14" in out
    assert "3 x 12.00 x 5/31 = 5.806451… -> 5.81" in out
    assert "rounding difference +0.003548…" in out  # 5.81 - 180/31 = 0.11/31
    lines = out.splitlines()
    price = lines.index("  price in force on 2026-01-15, layer by layer:")
    assert lines[price + 1].split() == ["1.", "company", "override", "(c1)", "no", "price"]
    assert lines[price + 2].split() == ["2.", "retail", "(acme)", "12.00", "always", "<-", "applied"]
    assert lines[price + 4].split() == ["1.", "wholesale", "override", "(acme)", "no", "price"]
    assert lines[price + 5].split() == ["2.", "wholesale", "(hoster)", "8.00", "always", "<-", "applied"]
    # acme's cost 3 x 8.00 x 5/31 = 3.870967... -> 3.87; its margin 5.81 - 3.87 = 1.94
    assert "the reseller's cost for this line is 3.87; its margin 1.94" in out
    assert "line 1 " not in out


def test_explain_json_by_issuer_and_number(db, capsys):
    url = _billed(db)
    capsys.readouterr()
    assert main(["explain", "acme:INV-2026-00002", "--json", "--db", url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["invoice"], data["customer"], data["issuer"]) == ("INV-2026-00002", "c1", "acme")
    assert [ln["kind"] for ln in data["lines"]] == ["recurring", "recurring", "proration", "extra"]
    proration = data["lines"][2]
    assert proration["exact"] == {"fraction": "180/31", "decimal": "5.806451…"}
    assert (proration["days"], proration["period_days"], proration["amount"]) == (5, 31, "5.81")
    assert proration["rounding_difference"] == {"fraction": "11/3100", "decimal": "0.003548…"}
    extra = data["lines"][3]
    assert (extra["event"]["code"], extra["event"]["date"], extra["amount"]) == ("support-call", "2026-02-03",
                                                                                   "50.00")
    assert main(["explain", "INV-2026-00002", "--issuer", "acme", "--line", "1", "--json", "--db", url]) == 0
    (mailbox,) = json.loads(capsys.readouterr().out)["lines"]
    # acme's Exchange Basic: retail 6.00 to c1; its cost: its override 3.50 beats the wholesale 4.00.
    assert [(x["layer"], x["amount"], x["applied"]) for x in mailbox["cost_layers"]] == [
        ("wholesale_override", "3.50", True), ("wholesale", "4.00", False)]
    assert (mailbox["cost_amount"], mailbox["margin"]) == ("3.50", "2.50")


def test_explain_a_draft_by_id(db, capsys):
    w = build(db)
    add_company(db, w, "d1", events=[(date(2026, 1, 15), "subscribe", {"plan": "archiving"})])
    url = _url(db)
    assert main(["bill", "run", "--as-of", "2026-01-15", "--db", url]) == 0
    capsys.readouterr()
    assert main(["explain", "1", "--db", url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("draft #1  invoice  draft  customer d1  issuer hoster  EUR")
    assert "billed in advance for the period 2026-01-15 to 2026-02-14" in out
    assert "1 x 20.00 = 20.00 -> 20.00" in out


def test_explain_mistakes_exit_2_and_say_where(db, capsys):
    url = _billed(db)
    capsys.readouterr()
    assert main(["explain", "INV-2026-00002", "--line", "5", "--db", url]) == 2
    assert "--line: INV-2026-00002 has 4 line(s): there is no line 5" in capsys.readouterr().err
    assert main(["explain", "INV-2099-00001", "--db", url]) == 2
    assert "no invoice 'INV-2099-00001'" in capsys.readouterr().err
