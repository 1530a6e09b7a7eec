"""The brand a build wears: product name, organisation, icon, logo, colours, default database, the reseller it serves.

A branded reseller build (``make package BRAND=<name>``, packaging/prorata.spec) carries the folder
``packaging/brands/<name>/`` as ``brand/`` beside its code: ``brand.toml`` and the pictures it names. Without one
(a checkout, an installed wheel, an unbranded build) the brand is Prorata's own, locked to nobody.

brand.toml::

    product = "Nordwind Billing"             # the window's title, --version
    organisation = "Nordwind Hosting GmbH"
    icon = "icon.png"                         # beside brand.toml: the window's icon
    logo = "logo.png"                         # the About box
    reseller = "nordwind"                     # optional: the reseller this build is locked to

    [colours]                                 # "#rrggbb"
    primary = "#0b4f6c"                       # selection and highlights
    accent = "#f2a541"                        # links

    [database]
    url = "postgresql://db.nordwind.example/prorata"   # optional: used when neither --db nor PRORATA_DB_URL

A locked build refuses to work under a PostgreSQL login that is not staff of its reseller (``check_login``): the
database already shows that staff only its subtree (app/storage/row_security.py); the lock makes a wrong login
fail at once, in words, instead of showing an empty or a foreign tree. A SQLite file has no logins and is one
person's own (it is no security boundary): a locked build opens it as the unbranded one would.

Found, in a frozen build, in ``brand/`` of the bundle only; elsewhere where ``PRORATA_BRAND`` points (a brand
folder or its brand.toml), for trying a brand from a checkout.
"""
from __future__ import annotations

import os
import re
import sys
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from app import __version__
from app.errors import MESSAGES, ProrataError

MESSAGES.setdefault("brand_unreadable", "the brand file {path} cannot be read: {reason}")
MESSAGES.setdefault("brand_missing_field", "the brand file {path} lacks {field!r}: {what}")
MESSAGES.setdefault("brand_unknown_field", "the brand file {path} has {field!r}, which is not a brand setting "
                                           "(known: {known})")
MESSAGES.setdefault("brand_bad_text", "in the brand file {path}, {field!r} must be text of 1 to {limit} "
                                      "characters without control characters")
MESSAGES.setdefault("brand_bad_colour", "in the brand file {path}, the colour {field!r} is {value!r}: write it "
                                        "as \"#rrggbb\", such as \"#0b4f6c\"")
MESSAGES.setdefault("brand_missing_picture", "in the brand file {path}, {field!r} names {name!r}, which is not a "
                                             "PNG file beside it")
MESSAGES.setdefault("brand_bad_url", "in the brand file {path}, the database URL {value!r} is neither a "
                                     "postgresql:// nor a sqlite:/// URL")
MESSAGES.setdefault("brand_bad_reseller", "in the brand file {path}, {value!r} cannot be a reseller code")
MESSAGES.setdefault("brand_reseller_unknown", "{product} is locked to the reseller {reseller!r}, which this "
                                              "database does not have (or does not show to {login}): ask your "
                                              "hoster for a login of that reseller's staff")
MESSAGES.setdefault("brand_login_not_reseller", "{product} works for the reseller {reseller!r} only, and the "
                                                "database login {login} is not its staff ({what}); log in as one "
                                                "of {reseller}'s staff, or use another build")

BRAND_FILE = "brand.toml"
FOLDER = "brand"  # in a bundle, beside the code
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
RESELLER_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
FIELDS = {"product", "organisation", "icon", "logo", "reseller", "colours", "database"}
COLOURS = ("primary", "accent")
TEXT_LIMIT = 80
_WHAT = {
    "product": "the product's name, such as \"Nordwind Billing\"",
    "organisation": "who makes the build, such as \"Nordwind Hosting GmbH\"",
    "icon": "a PNG file beside brand.toml, the window's icon",
    "logo": "a PNG file beside brand.toml, shown in the About box",
    "colours": "a [colours] table with primary and accent",
    "primary": "a colour \"#rrggbb\" for selections and highlights",
    "accent": "a colour \"#rrggbb\" for links",
}


@dataclass(frozen=True)
class Brand:
    """What a build shows of itself. ``reseller``: the code of the reseller it is locked to, None: not locked."""

    product: str = "Prorata"
    organisation: str = "Prorata"
    icon: Path | None = None
    logo: Path | None = None
    colours: dict[str, str] = field(default_factory=dict)  # COLOURS -> "#rrggbb"; empty: the system's
    database_url: str | None = None
    reseller: str | None = None
    path: Path | None = None  # the brand.toml read; None: unbranded

    @property
    def branded(self) -> bool:
        return self.path is not None

    def version_line(self) -> str:
        """What ``--version`` prints: ``prorata 0.1.0``, or the brand's name with Prorata's version under it."""
        if not self.branded:
            return f"prorata {__version__}"
        locked = f", for reseller {self.reseller}" if self.reseller else ""
        return f"{self.product} {__version__} ({self.organisation}{locked}; Prorata {__version__})"


UNBRANDED = Brand()


def _text(data: dict, key: str, where: str, *, required: bool = True) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            raise ProrataError.of("brand_missing_field", path=where, field=key, what=_WHAT[key])
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > TEXT_LIMIT \
            or any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise ProrataError.of("brand_bad_text", path=where, field=key, limit=TEXT_LIMIT)
    return value.strip()


def _picture(data: dict, key: str, folder: Path, where: str) -> Path:
    name = _text(data, key, where)
    path = folder / name
    if path.suffix.lower() != ".png" or not path.is_file() or ".." in Path(name).parts:
        raise ProrataError.of("brand_missing_picture", path=where, field=key, name=name)
    with path.open("rb") as f:
        if f.read(8) != b"\x89PNG\r\n\x1a\n":
            raise ProrataError.of("brand_missing_picture", path=where, field=key, name=name)
    return path


def parse(path: Path) -> Brand:
    """The brand in ``path`` (a brand.toml), checked; ``brand_*`` errors name the file and the setting."""
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProrataError.of("brand_unreadable", path=where, reason=str(exc)) from None
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise ProrataError.of("brand_unknown_field", path=where, field=unknown[0], known=", ".join(sorted(FIELDS)))
    product = _text(data, "product", where)
    organisation = _text(data, "organisation", where)
    icon = _picture(data, "icon", path.parent, where)
    logo = _picture(data, "logo", path.parent, where)
    colours_table = data.get("colours")
    if not isinstance(colours_table, dict):
        raise ProrataError.of("brand_missing_field", path=where, field="colours", what=_WHAT["colours"])
    unknown = sorted(set(colours_table) - set(COLOURS))
    if unknown:
        raise ProrataError.of("brand_unknown_field", path=where, field=f"colours.{unknown[0]}",
                              known=", ".join(COLOURS))
    colours = {}
    for name in COLOURS:
        value = colours_table.get(name)
        if value is None:
            raise ProrataError.of("brand_missing_field", path=where, field=f"colours.{name}", what=_WHAT[name])
        if not isinstance(value, str) or not COLOUR.fullmatch(value):
            raise ProrataError.of("brand_bad_colour", path=where, field=f"colours.{name}", value=value)
        colours[name] = value.lower()
    database = data.get("database", {})
    url = database.get("url") if isinstance(database, dict) else database
    if isinstance(database, dict) and set(database) - {"url"}:
        raise ProrataError.of("brand_unknown_field", path=where, field=f"database.{sorted(set(database) - {'url'})[0]}",
                              known="url")
    if url is not None and (not isinstance(url, str)
                            or not url.startswith(("postgresql://", "postgresql+psycopg://", "sqlite:///"))):
        raise ProrataError.of("brand_bad_url", path=where, value=url)
    reseller = data.get("reseller")
    if reseller is not None and (not isinstance(reseller, str) or not RESELLER_CODE.fullmatch(reseller)):
        raise ProrataError.of("brand_bad_reseller", path=where, value=reseller)
    return Brand(product=product, organisation=organisation, icon=icon, logo=logo, colours=colours,
                 database_url=url, reseller=reseller, path=path)


def brand_file() -> Path | None:
    """The brand.toml this process wears, or None (unbranded). See the module's docstring for where it looks."""
    if getattr(sys, "frozen", False):
        bundle = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
        for folder in (bundle, Path(sys.executable).parent):
            candidate = folder / FOLDER / BRAND_FILE
            if candidate.is_file():
                return candidate
        return None
    named = os.environ.get("PRORATA_BRAND")
    if not named:
        return None
    path = Path(named)
    return path / BRAND_FILE if path.is_dir() else path


@lru_cache(maxsize=1)
def current() -> Brand:
    """The brand of this process, read once; a broken brand file raises ``brand_*`` (every time it is asked)."""
    path = brand_file()
    return UNBRANDED if path is None else parse(path)


def check_login(brand: Brand, engine, member) -> None:
    """Refuse, in words, a locked ``brand`` working under a login that is not staff of its reseller.

    ``member``: ``app.services.staff.current(engine)``. Nothing to check for an unlocked brand or on SQLite
    (no logins). Runs on whichever thread opened the database; reads the reseller when the login is wrong."""
    if brand.reseller is None or engine.dialect.name != "postgresql":
        return
    if member is not None and member.reseller == brand.reseller and not member.disabled:
        return
    from sqlalchemy import select

    from app.models import Reseller
    from app.storage.engine import unit_of_work

    login = engine.url.username or "?"
    with unit_of_work(engine) as s:
        known = s.scalar(select(Reseller.id).where(Reseller.code == brand.reseller)) is not None
    if member is None and not known:
        raise ProrataError.of("brand_reseller_unknown", product=brand.product, reseller=brand.reseller, login=login)
    if member is None:
        what = "not a staff login"
    elif member.disabled:
        what = "disabled"
    elif member.reseller is None:
        what = f"the hoster's {member.role}"
    else:
        what = f"{member.role} of {member.reseller}"
    raise ProrataError.of("brand_login_not_reseller", product=brand.product, reseller=brand.reseller,
                          login=member.login if member else login, what=what)
