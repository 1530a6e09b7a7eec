"""Importing a 10,000-company bundle into a fresh SQLite file, through the CLI.

The bundle is generated here, deterministically: 3 resellers and the hoster,
5 plans priced in EUR, USD, GBP and JPY, 10,000 companies with 4 users and 20
events each (subscriptions, assignments, quantities, a plan change, extras).
"""
from __future__ import annotations

import contextlib
import io
import json
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bench.report import figure, peak_memory_mb

COMPANIES = 10_000
CURRENCIES = ["EUR", "USD", "GBP", "JPY"]
PLANS = {"mail-basic": "per_user", "mail-pro": "per_user", "sites": "per_unit", "backup": "per_unit",
         "firewall": "per_plan"}
RESELLERS = ["acme", "globex", "initech"]
MODES = ["reseller_bills", "hoster_bills_hoster_processor", "hoster_bills_reseller_processor"]


def _amount(value: int, currency: str) -> str:
    """``value`` hundredths, written in the currency's digits (JPY has none)."""
    return str(value) if currency == "JPY" else f"{value // 100}.{value % 100:02d}"


def make_bundle(companies: int = COMPANIES, seed: int = 1) -> dict:
    """A valid bundle of ``companies`` companies, the same for the same seed."""
    rnd = random.Random(seed)
    doc: dict = {
        "format": "prorata-bundle/1",
        "hoster": {"name": "Bench Hosting", "currencies": CURRENCIES, "language": "en_GB",
                   "address": {"lines": ["1 Harbour St"], "city": "Leeds", "postcode": "LS1 1AA", "country": "GB"}},
        "services": [{"code": s, "name": {"en": s.title()}} for s in ("mail", "web", "security")],
        "plans": [{"code": p, "service": {"mail-basic": "mail", "mail-pro": "mail", "sites": "web",
                                          "backup": "web", "firewall": "security"}[p],
                   "basis": b, "name": {"en": p.replace("-", " ").title()}} for p, b in PLANS.items()],
        "resellers": [{"code": r, "name": f"{r.title()} Ltd", "currency": CURRENCIES[i], "language": "en_GB",
                       "billing_day": 1, "billing_mode": MODES[i]} for i, r in enumerate(RESELLERS)],
        "companies": [], "users": [], "prices": [], "events": [],
    }
    for p in PLANS:
        for cur in CURRENCIES:
            base = rnd.randint(300, 2000) * (100 if cur == "JPY" else 1)
            doc["prices"].append({"layer": "wholesale", "plan": p, "currency": cur, "amount": _amount(base, cur)})
            for seller in RESELLERS + ["hoster"]:
                doc["prices"].append({"layer": "retail", "seller": seller, "plan": p, "currency": cur,
                                      "amount": _amount(base * 3 // 2, cur)})
    events = doc["events"]
    for n in range(companies):
        code = f"c{n:05d}"
        cur = CURRENCIES[n % 4]
        reseller = (RESELLERS + [None])[n % 4]
        signup = date(2025, 1, 1) + timedelta(days=rnd.randint(0, 180))
        company = {"code": code, "name": f"Company {n}", "currency": cur, "language": "en_GB",
                   "billing_day": "anniversary" if n % 3 else rnd.randint(1, 28), "signup": signup.isoformat(),
                   "delivery": "email", "email": f"billing@{code}.example",
                   "address": {"lines": [f"{n} Main St"], "city": "Leeds", "postcode": "LS1 1AA", "country": "GB"}}
        if reseller:
            company["reseller"] = reseller
        doc["companies"].append(company)
        users = [f"u{i}@{code}.example" for i in range(4)]
        doc["users"] += [{"company": code, "email": u, "name": f"User {i} of {code}"} for i, u in enumerate(users)]

        def ev(days: int, type_: str, **kw) -> None:
            events.append({"date": (signup + timedelta(days=days)).isoformat(), "company": code, "type": type_, **kw})

        ev(0, "subscribe", plan="mail-basic")
        for u in users:
            ev(0, "assign", plan="mail-basic", user=u)
        ev(5, "subscribe", plan="sites", quantity=rnd.randint(1, 10))
        ev(20, "quantity", plan="sites", quantity=rnd.randint(1, 10))
        ev(40, "quantity", plan="sites", quantity=rnd.randint(1, 10))
        ev(60, "subscribe", plan="firewall")
        ev(70, "extra", code="setup", amount=_amount(rnd.randint(1000, 9000), cur), recurring=False, user=None,
           description={"en": "Setup"})
        ev(80, "plan_change", plan="mail-basic", to_plan="mail-pro")
        ev(90, "unassign", plan="mail-pro", user=users[3])
        ev(100, "subscribe", plan="backup", quantity=50)
        ev(110, "extra", code="support-plan", amount=_amount(2500, cur), recurring=True, user=users[0],
           description={"en": "Support plan"})
        ev(120, "quantity", plan="backup", quantity=100)
        ev(130, "cancel", plan="firewall")
        ev(140, "assign", plan="mail-pro", user=users[3])
        ev(150, "extra_end", code="support-plan")
        ev(160, "quantity", plan="sites", quantity=rnd.randint(1, 10))
        ev(170, "cancel", plan="backup")
    return doc


def main() -> int:
    from app.cli.main import main as prorata

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bundle.json"
        doc = make_bundle()
        path.write_text(json.dumps(doc), encoding="utf-8")
        counts = (len(doc["companies"]), len(doc["users"]), len(doc["events"]))
        del doc
        url = f"sqlite:///{Path(tmp) / 'prorata.db'}"
        # The schema is created first so that the figure is the import alone.
        with contextlib.redirect_stdout(io.StringIO()):
            prorata(["db", "upgrade", "--db", url])
        out = io.StringIO()
        start = time.perf_counter()
        with contextlib.redirect_stdout(out):
            status = prorata(["import", str(path), "--db", url])
        seconds = time.perf_counter() - start
        if status != 0:
            print(f"  import failed with status {status}", file=sys.stderr)
            return 1
        print(f"  ({counts[0]:,} companies, {counts[1]:,} users, {counts[2]:,} events, "
              f"peak memory {peak_memory_mb():.0f} MiB)")
        figure("import 10,000-company bundle (SQLite)", seconds, "s", 30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
