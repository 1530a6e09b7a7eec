"""Brands (app/branding.py): brand.toml read and checked with errors in words, the build's name in --version,
its default database, and the lock to one reseller, on SQLite (nothing to lock) and PostgreSQL (staff logins).

Fast: no PyInstaller here (tests/test_branded_build.py builds one brand).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import uuid
from decimal import Decimal
from pathlib import Path

import pytest

from app import __version__, branding
from app.errors import ProrataError
from app.models import Reseller
from app.services import staff
from app.storage.engine import make_engine, unit_of_work
from app.storage.location import database_url

ROOT = Path(__file__).resolve().parent.parent
NORDWIND = ROOT / "packaging" / "brands" / "nordwind"


@pytest.fixture(autouse=True)
def _fresh_cache():
    branding.current.cache_clear()
    yield
    branding.current.cache_clear()


def _brand(tmp_path: Path, toml: str) -> Path:
    """A brand folder in tmp: the example's pictures and ``toml`` as brand.toml."""
    folder = tmp_path / "brand"
    folder.mkdir()
    for picture in ("icon.png", "logo.png"):
        shutil.copy(NORDWIND / picture, folder / picture)
    (folder / "brand.toml").write_text(toml, encoding="utf-8")
    return folder / "brand.toml"


GOOD = """product = "Acme Billing"
organisation = "Acme Ltd"
icon = "icon.png"
logo = "logo.png"
reseller = "acme"
[colours]
primary = "#112233"
accent = "#AABBCC"
"""


def _refusal(path: Path) -> ProrataError:
    with pytest.raises(ProrataError) as caught:
        branding.parse(path)
    return caught.value


def test_the_example_brand_reads():
    brand = branding.parse(NORDWIND / "brand.toml")
    assert (brand.product, brand.organisation, brand.reseller) == ("Nordwind Billing", "Nordwind Hosting GmbH",
                                                                   "nordwind")
    assert brand.icon == NORDWIND / "icon.png" and brand.logo == NORDWIND / "logo.png"
    assert brand.colours == {"primary": "#0b4f6c", "accent": "#f2a541"}
    assert brand.database_url == "postgresql://db.nordwind.example/prorata"
    assert brand.version_line() == (f"Nordwind Billing {__version__} (Nordwind Hosting GmbH, for reseller "
                                    f"nordwind; Prorata {__version__})")


def test_a_good_brand_without_database_or_lock(tmp_path):
    brand = branding.parse(_brand(tmp_path, GOOD.replace('reseller = "acme"\n', "")))
    assert brand.reseller is None and brand.database_url is None and brand.branded
    assert brand.colours == {"primary": "#112233", "accent": "#aabbcc"}


@pytest.mark.parametrize("drop, field", [
    ('product = "Acme Billing"\n', "product"),
    ('organisation = "Acme Ltd"\n', "organisation"),
    ('icon = "icon.png"\n', "icon"),
    ('logo = "logo.png"\n', "logo"),
    ('accent = "#AABBCC"\n', "colours.accent"),
])
def test_a_missing_field_is_named(tmp_path, drop, field):
    path = _brand(tmp_path, GOOD.replace(drop, ""))
    problem = _refusal(path).problems[0]
    assert (problem.id, problem.params["field"]) == ("brand_missing_field", field)
    assert str(path) in problem.message() and repr(field) in problem.message()


def test_no_colours_at_all(tmp_path):
    toml = GOOD.split("[colours]")[0]
    assert _refusal(_brand(tmp_path, toml)).problems[0].params["field"] == "colours"


@pytest.mark.parametrize("colour", ["blue", "#12345", "#1234567", "#GG0000", "112233", "12"])
def test_a_bad_colour_is_refused(tmp_path, colour):
    value = f'"{colour}"' if colour != "12" else "12"  # 12: a number, not text
    problem = _refusal(_brand(tmp_path, GOOD.replace('"#112233"', value))).problems[0]
    assert problem.id == "brand_bad_colour" and problem.params["field"] == "colours.primary"
    assert '"#rrggbb"' in problem.message()


@pytest.mark.parametrize("name", ["missing.png", "brand.toml", "../icon.png"])
def test_a_picture_that_is_not_a_png_beside_it(tmp_path, name):
    problem = _refusal(_brand(tmp_path, GOOD.replace('icon = "icon.png"', f'icon = "{name}"'))).problems[0]
    assert (problem.id, problem.params["field"], problem.params["name"]) == ("brand_missing_picture", "icon", name)


def test_a_fake_png_is_refused(tmp_path):
    path = _brand(tmp_path, GOOD)
    (path.parent / "logo.png").write_bytes(b"not a picture")
    assert _refusal(path).problems[0].id == "brand_missing_picture"


def test_an_unknown_setting_a_bad_text_url_or_code(tmp_path):
    problem = _refusal(_brand(tmp_path, GOOD + 'secondary = "#ff0000"\n')).problems[0]  # under [colours]
    assert (problem.id, problem.params["field"]) == ("brand_unknown_field", "colours.secondary")
    shutil.rmtree(tmp_path / "brand")
    assert _refusal(_brand(tmp_path, 'productname = "x"\n' + GOOD)).problems[0].params["field"] == "productname"
    shutil.rmtree(tmp_path / "brand")
    assert _refusal(_brand(tmp_path, GOOD.replace('"Acme Billing"', '""'))).problems[0].id == "brand_bad_text"
    shutil.rmtree(tmp_path / "brand")
    assert _refusal(_brand(tmp_path, GOOD.replace('"Acme Ltd"', '"Acme\\u0000"'))).problems[0].id == "brand_bad_text"
    shutil.rmtree(tmp_path / "brand")
    bad_url = GOOD + '[database]\nurl = "mysql://x/y"\n'
    assert _refusal(_brand(tmp_path, bad_url)).problems[0].id == "brand_bad_url"
    shutil.rmtree(tmp_path / "brand")
    assert _refusal(_brand(tmp_path, GOOD.replace('"acme"', '"=cmd|x"'))).problems[0].id == "brand_bad_reseller"


def test_a_file_that_is_not_toml(tmp_path):
    problem = _refusal(_brand(tmp_path, "product = \n")).problems[0]
    assert problem.id == "brand_unreadable" and "brand.toml" in problem.message()
    assert _refusal(tmp_path / "nowhere.toml").problems[0].id == "brand_unreadable"


def test_unbranded_by_default(monkeypatch):
    monkeypatch.delenv("PRORATA_BRAND", raising=False)
    assert branding.current() == branding.UNBRANDED
    assert branding.current().version_line() == f"prorata {__version__}"
    assert not branding.UNBRANDED.branded


def test_the_brand_gives_the_default_database(tmp_path, monkeypatch):
    monkeypatch.delenv("PRORATA_DB_URL", raising=False)
    monkeypatch.setenv("PRORATA_BRAND", str(NORDWIND))
    assert database_url() == "postgresql://db.nordwind.example/prorata"
    assert database_url("sqlite:///x.db") == "sqlite:///x.db"  # --db still wins
    monkeypatch.setenv("PRORATA_DB_URL", "sqlite:///y.db")
    assert database_url() == "sqlite:///y.db"  # and so does PRORATA_DB_URL


def _version(env_brand: str | None):
    import os

    env = {k: v for k, v in os.environ.items() if k != "PRORATA_BRAND"}
    if env_brand:
        env["PRORATA_BRAND"] = env_brand
    return subprocess.run([sys.executable, "-m", "app.cli.main", "--version"], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=60)


def test_version_shows_the_brand(tmp_path):
    plain = _version(None)
    assert (plain.returncode, plain.stdout.strip()) == (0, f"prorata {__version__}")
    branded = _version(str(NORDWIND))
    assert branded.returncode == 0 and branded.stdout.startswith(f"Nordwind Billing {__version__} (")
    broken = _version(str(_brand(tmp_path, GOOD.replace('"#112233"', '"teal"'))))
    assert broken.returncode == 2 and broken.stdout == ""
    assert broken.stderr.startswith("prorata: error: in the brand file ") and "'teal'" in broken.stderr


def test_a_locked_brand_has_nothing_to_check_on_sqlite(sqlite_db):
    brand = branding.parse(NORDWIND / "brand.toml")
    branding.check_login(brand, sqlite_db, None)  # a SQLite file has no logins: no refusal


@pytest.mark.pg
def test_a_locked_brand_takes_only_its_resellers_staff(pg_db):
    brand = branding.parse(NORDWIND / "brand.toml")
    with pytest.raises(ProrataError) as caught:  # the superuser, and no reseller nordwind at all
        branding.check_login(brand, pg_db, staff.current(pg_db))
    assert caught.value.problems[0].id == "brand_reseller_unknown"
    assert "Nordwind Billing is locked to the reseller 'nordwind'" in caught.value.messages()[0]
    with unit_of_work(pg_db) as s:
        for code in ("nordwind", "acme"):
            s.add(Reseller(code=code, name=code.title(), currency="EUR", language="en_GB", billing_day=1,
                           billing_mode="reseller_bills", tax_rate=Decimal("19")))
    with pytest.raises(ProrataError) as caught:  # the reseller exists; the superuser is nobody's staff
        branding.check_login(brand, pg_db, staff.current(pg_db))
    assert caught.value.problems[0].id == "brand_login_not_reseller"
    assert "not a staff login" in caught.value.messages()[0]
    tag = f"bt{uuid.uuid4().hex[:8]}"
    logins = {key: f"{tag}_{key}" for key in ("nordwind", "acme", "clerk")}
    engines = []
    try:
        staff.add(pg_db, logins["nordwind"], "reseller-admin", "nordwind", password="x", keep_in_keyring=False)
        staff.add(pg_db, logins["acme"], "reseller-admin", "acme", password="x", keep_in_keyring=False)
        staff.add(pg_db, logins["clerk"], "hoster-clerk", None, password="x", keep_in_keyring=False)
        for key in ("nordwind", "acme", "clerk"):
            engines.append(make_engine(pg_db.url.set(username=logins[key])
                                       .render_as_string(hide_password=False)))
        nordwind, acme, clerk = engines
        branding.check_login(brand, nordwind, staff.current(nordwind))  # its own staff: welcome
        for engine, what in ((acme, "reseller-admin of acme"), (clerk, "the hoster's hoster-clerk")):
            with pytest.raises(ProrataError) as caught:
                branding.check_login(brand, engine, staff.current(engine))
            assert caught.value.problems[0].id == "brand_login_not_reseller"
            assert f"({what})" in caught.value.messages()[0]
        branding.check_login(branding.UNBRANDED, acme, staff.current(acme))  # unlocked: anyone
    finally:
        for engine in engines:
            engine.dispose()
        with pg_db.connect() as conn:
            from sqlalchemy import text

            for login in logins.values():
                conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
            conn.commit()
