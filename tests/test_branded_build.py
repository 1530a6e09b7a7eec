"""A branded reseller build, built with PyInstaller and run as a reseller would run it (issue 10).

The example brand packaging/brands/nordwind/ (locked to the reseller nordwind) is built once per session, into
a temporary folder, with packaging/prorata.spec; then the built executable, not this interpreter, is run:
``--version``, CLI commands on a new SQLite file (the command modules the CLI imports lazily must all be in the
bundle, migrations included), the window opened offscreen (``PRORATA_SMOKE=1``: it reports its title, icon,
colours and the tenant tree's top rows on stdout, then quits), and on PostgreSQL under staff logins: the
reseller's own staff sees its subtree only; another reseller's staff is refused in words.

Slow (the build takes a few minutes): marked ``packaging``; it runs in the full suite.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

from app import __version__
from app.models import Reseller
from app.services import staff
from app.storage.engine import unit_of_work
from tests.billing_world import add_company, build

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parent.parent
BRAND = "nordwind"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The built app's executable: one PyInstaller build for the whole module."""
    out = tmp_path_factory.mktemp("package")
    env = dict(os.environ, PRORATA_PACKAGE_BRAND=BRAND)
    done = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                           "--distpath", str(out / "dist"), "--workpath", str(out / "work"),
                           str(ROOT / "packaging" / "prorata.spec")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-4000:]
    exe = out / "dist" / BRAND / (BRAND + (".exe" if sys.platform == "win32" else ""))
    assert exe.is_file(), sorted(p.name for p in (out / "dist").iterdir())
    return exe


@pytest.fixture
def run(built, tmp_path):
    """Run the built app with ``argv`` as a person would: their own home, no Prorata settings in the environment."""
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PRORATA_", "XDG_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8",
               # A frozen build wears its bundled brand: the checkout's way of trying a brand is ignored.
               PRORATA_BRAND=str(ROOT / "packaging" / "brands" / "does-not-exist"))

    def go(*argv: str, smoke: bool = False, timeout: float = 180) -> subprocess.CompletedProcess:
        extra = {"PRORATA_SMOKE": "1"} if smoke else {}
        return subprocess.run([str(built), *argv], env={**env, **extra}, cwd=tmp_path, capture_output=True,
                              text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    return go


def _smoke(done: subprocess.CompletedProcess) -> dict:
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_version_names_the_brand(run):
    done = run("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout == (f"Nordwind Billing {__version__} (Nordwind Hosting GmbH, for reseller nordwind; "
                           f"Prorata {__version__})\n")


def test_cli_and_window_on_a_new_sqlite_file(run, tmp_path):
    db = f"sqlite:///{tmp_path / 'local.db'}"
    demo = run("--db", db, "demo", "--companies", "12")  # migrations from the bundle, then the demo
    assert demo.returncode == 0, demo.stderr[-3000:]
    assert "12 companies" in demo.stdout
    settings = run("--db", db, "settings", "show")  # the command modules the old spec missed
    assert settings.returncode == 0, settings.stderr[-3000:]
    assert settings.stdout.startswith("hoster  Northwind Hosting")
    audit = run("--db", db, "audit", "verify")
    assert audit.returncode == 0, audit.stderr[-3000:]
    assert "intact" in audit.stdout
    companies = run("--db", db, "companies", "list", "--json")
    assert companies.returncode == 0 and len(json.loads(companies.stdout)) == 12
    shown = _smoke(run("--db", db, smoke=True))
    # SQLite has no logins: the file is the person's own, and the lock has nothing to check.
    assert shown == {"title": "Nordwind Billing", "icon": True, "highlight": "#0b4f6c",
                     "tree": ["Northwind Hosting"]}


def test_the_brands_database_is_the_default(run):
    """Without --db the build connects to the brand's database (a host that does not resolve here): in words."""
    done = run("companies", "list", timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith("prorata: error: ") and "db.nordwind.example" in done.stderr


@pytest.fixture
def shared(pg_db):
    """Northwind Hosting with the resellers acme and nordwind, a company each, one direct; a staff login each."""
    w = build(pg_db)
    with unit_of_work(pg_db) as s:
        nordwind = Reseller(code="nordwind", name="Nordwind", currency="EUR", language="de_DE", billing_day=1,
                            billing_mode="reseller_bills", tax_rate=Decimal("19"))
        s.add(nordwind)
        s.flush()
        w.resellers["nordwind"] = nordwind.id
    add_company(pg_db, w, "nw1", reseller="nordwind")
    add_company(pg_db, w, "ac1", reseller="acme")
    add_company(pg_db, w, "direct1")
    tag = f"pb{uuid.uuid4().hex[:8]}"
    logins = {"nordwind": f"{tag}_nordwind", "acme": f"{tag}_acme"}
    for reseller, login in logins.items():
        staff.add(pg_db, login, "reseller-admin", reseller, password=uuid.uuid4().hex, keep_in_keyring=False)
    urls = {k: pg_db.url.set(username=v).render_as_string(hide_password=False) for k, v in logins.items()}
    yield logins, urls, pg_db.url.render_as_string(hide_password=False)
    with pg_db.connect() as conn:
        for login in logins.values():
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        conn.commit()


@pytest.mark.pg
def test_locked_to_its_reseller_on_postgresql(run, shared):
    logins, urls, superuser = shared
    mine = run("--db", urls["nordwind"], "companies", "list", "--json")
    assert mine.returncode == 0, mine.stderr[-3000:]
    assert [c["code"] for c in json.loads(mine.stdout)] == ["nw1"]
    for url, what in ((urls["acme"], "reseller-admin of acme"), (superuser, "not a staff login")):
        refused = run("--db", url, "companies", "list")
        assert refused.returncode == 2 and refused.stdout == ""
        assert refused.stderr.startswith("prorata: error: Nordwind Billing works for the reseller 'nordwind' only")
        assert f"({what})" in refused.stderr and "Traceback" not in refused.stderr
    shown = _smoke(run("--db", urls["nordwind"], smoke=True))
    assert shown["title"] == f"Nordwind Billing — {logins['nordwind']} (reseller admin of nordwind)"
    assert shown["tree"] == ["Nordwind (1)"]  # its subtree's root: the hoster and acme are not shown
    window = run("--db", urls["acme"], smoke=True)
    assert window.returncode == 2 and "works for the reseller 'nordwind' only" in window.stderr
