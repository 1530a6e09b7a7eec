"""An invoice template as data: what it holds, the one rule that checks it, and the built-in default.

A template is what an issuer (the hoster or a reseller) chooses about how its invoices look; the figures
always come from the invoice. ``check`` is the only way in: the database row, an exported file, the
designer's form and the CLI's import all go through it, so a template that renders was checked by the same
rule wherever it came from. Problems are located by JSON path (``$.blocks.payment.iban``), so a form can
show each beside its field.

The file form (``prorata templates export``/``import``) is ``to_document``'s: the row's columns plus
``format`` and the logo as base64. The built-in template is resources/templates/default.json, read through
the same rule.
"""
from __future__ import annotations

import base64
import binascii
import copy
import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from app.bundle import fields as f
from app.bundle.fields import BAD, Problems
from app.errors import MESSAGES

FORMAT = "prorata-invoice-template/1"
PAGE_SIZES = ("A4", "Letter")
# Address windows: DIN 5008 form A (a higher window) or B on A4; a US #10 envelope on Letter.
WINDOWS = {"din_5008_a": "A4", "din_5008_b": "A4", "us_10": "Letter"}
FONTS = ("DejaVu Sans",)
LOGO_MIMES = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}
LOGO_MAX_BYTES = 512 * 1024
LOGO_MAX_PIXELS = 4000
MARGIN_RANGE = (5, 40)  # millimetres
LOGO_HEIGHT_RANGE = (8, 40)  # millimetres
TERMS_RANGE = (0, 365)  # days
NAME_MAX = 100
FOOTER_MAX = 500
NOTE_MAX = 1000

FACT_FIELDS = ("number", "issue_date", "due_date", "customer_number", "period", "tax_ids")
LINE_COLUMNS = ("position", "description", "quantity", "unit_price", "tax_rate", "amount")
REQUIRED_COLUMNS = ("description", "amount")
FLOWING_BLOCKS = ("lines", "totals", "notes", "payment")
LOGO_PLACES = ("left", "right", "none")
EINVOICE_PROFILES = ("none", "basic", "en16931")  # Factur-X profiles (app/documents/cii.py)

DEFAULT_BLOCKS: dict[str, Any] = {
    "letterhead": {"logo": "right", "logo_height": 18, "issuer_address": True},
    "address": {"window": "din_5008_b", "sender_line": True},
    "facts": {"fields": list(FACT_FIELDS)},
    "lines": {"columns": list(LINE_COLUMNS), "arithmetic": True},
    "totals": {"tax_breakdown": True, "tax_label": None},  # tax_label: {language: "Sales tax"}; None: "VAT"
    "notes": {"show": True, "text": None},
    "payment": {"show": True, "terms_days": 14, "account_holder": None, "iban": None, "bic": None, "bank": None,
                "qr": True, "text": None},
    "order": list(FLOWING_BLOCKS),
}

MESSAGES.setdefault("out_of_range", "{field} must be from {low} to {high}, not {value}")
MESSAGES.setdefault("bad_colour", "{value!r} is not a colour (write it as #RRGGBB, such as #1F4E79)")
MESSAGES.setdefault("window_not_on_page", "the address window {window} is for {fits} paper, not {page}")
MESSAGES.setdefault("bad_logo", "the logo is not a PNG or JPEG image ({reason})")
MESSAGES.setdefault("logo_too_big", "the logo is {size} KiB: at most {limit} KiB")
MESSAGES.setdefault("logo_too_many_pixels", "the logo is {width} x {height} pixels: at most {limit} on each side")
MESSAGES.setdefault("bad_iban", "{value!r} is not an IBAN ({reason})")
MESSAGES.setdefault("bad_bic", "{value!r} is not a BIC (8 or 11 letters and digits, such as DEUTDEFF)")
MESSAGES.setdefault("column_required", "the lines table must show the column {column!r}")
MESSAGES.setdefault("bad_block_order", "order must list each of {blocks} once, not {value}")


@dataclass(frozen=True)
class Margins:
    """Page margins in millimetres."""

    top: int = 20
    right: int = 20
    bottom: int = 20
    left: int = 25


@dataclass(frozen=True)
class Template:
    """A checked template. ``id``/``issuer``/``is_default``/``version`` describe a stored one (None/False for
    the built-in template and for one read from a file)."""

    name: str
    page_size: str = "A4"
    margins: Margins = Margins()
    accent_colour: str = "#1F4E79"
    font: str = "DejaVu Sans"
    blocks: dict = field(default_factory=lambda: copy.deepcopy(DEFAULT_BLOCKS))
    footer: dict | None = None  # {language: text}
    logo: bytes | None = None
    logo_mime: str | None = None
    id: int | None = None
    issuer: str | None = None  # "hoster" or a reseller's code
    is_default: bool = False
    version: int | None = None
    einvoice: str = "none"  # Factur-X / ZUGFeRD profile: none | basic | en16931 (app/documents/cii.py)

    def block(self, name: str) -> dict:
        return self.blocks[name]

    @property
    def window(self) -> str:
        return self.blocks["address"]["window"]

    def to_document(self) -> dict:
        """The file form (what ``check`` reads back into an equal template)."""
        return {
            "format": FORMAT, "name": self.name, "page_size": self.page_size,
            "margins": {"top": self.margins.top, "right": self.margins.right, "bottom": self.margins.bottom,
                        "left": self.margins.left},
            "accent_colour": self.accent_colour, "font": self.font, "blocks": copy.deepcopy(self.blocks),
            "footer": dict(self.footer) if self.footer else None, "einvoice": self.einvoice,
            "logo": None if self.logo is None else {"mime": self.logo_mime,
                                                     "base64": base64.b64encode(self.logo).decode("ascii")},
        }

    def as_json(self) -> dict:
        """For ``--json`` listings: the file form plus where it is stored; the logo as its size only."""
        out = self.to_document()
        out["logo"] = None if self.logo is None else {"mime": self.logo_mime, "bytes": len(self.logo)}
        out.update({"id": self.id, "issuer": self.issuer, "is_default": self.is_default, "version": self.version})
        return out


# ---------------------------------------------------------------- the rule

def check(doc: object, where: str = "$", *, require_format: bool = False) -> Template:
    """The template ``doc`` describes (the file form; keys left out take the default's values), or a
    ``ProrataError`` listing every problem, each located under ``where``."""
    probs = Problems()
    keys = ("format", "name", "page_size", "margins", "accent_colour", "font", "blocks", "footer", "logo",
            "einvoice")
    d = f.obj(doc, where, probs, required=("format", "name") if require_format else ("name",), optional=keys)
    if d is None:
        probs.raise_if_any()
    if d.get("format") is not None and d["format"] != FORMAT:
        probs.add("bad_format", f"{where}.format", expected=FORMAT, got=d["format"])
    name = f.text(d.get("name"), f"{where}.name", probs, field="name", max_len=NAME_MAX)
    page = d.get("page_size", "A4")
    if page not in PAGE_SIZES:
        probs.add("bad_value", f"{where}.page_size", value=f.shown(page), allowed=", ".join(PAGE_SIZES))
        page = BAD
    margins = _margins(d.get("margins"), f"{where}.margins", probs)
    colour = d.get("accent_colour", "#1F4E79")
    if not isinstance(colour, str) or not re.fullmatch(r"#[0-9A-Fa-f]{6}", colour):
        probs.add("bad_colour", f"{where}.accent_colour", value=f.shown(colour))
    font = d.get("font", FONTS[0])
    if font not in FONTS:
        probs.add("bad_value", f"{where}.font", value=f.shown(font), allowed=", ".join(FONTS))
    blocks = check_blocks(d.get("blocks"), f"{where}.blocks", probs, page if page is not BAD else None)
    footer = _texts(d.get("footer"), f"{where}.footer", probs, FOOTER_MAX)
    logo, mime = _logo_document(d.get("logo"), f"{where}.logo", probs)
    einvoice = d.get("einvoice", "none")
    if einvoice not in EINVOICE_PROFILES:
        probs.add("bad_value", f"{where}.einvoice", value=f.shown(einvoice), allowed=", ".join(EINVOICE_PROFILES))
    probs.raise_if_any()
    return Template(name=name, page_size=page, margins=margins, accent_colour=colour.upper(), font=font,
                    blocks=blocks, footer=footer, logo=logo, logo_mime=mime, einvoice=einvoice)


def check_blocks(value: object, where: str, probs: Problems, page: str | None = "A4") -> dict:
    """The blocks and their placement: each block's settings merged onto the default's, unknown keys refused.

    Without an ``address.window``, a Letter page takes the US #10 window and an A4 page DIN 5008 form B."""
    out = copy.deepcopy(DEFAULT_BLOCKS)
    if page == "Letter":
        out["address"]["window"] = "us_10"
    if value is None:
        return out
    b = f.obj(value, where, probs, required=(), optional=tuple(DEFAULT_BLOCKS))
    if b is None:
        return out
    for name, given in b.items():
        if name not in DEFAULT_BLOCKS or name == "order":
            continue
        here = f"{where}.{name}"
        settings = f.obj(given, here, probs, required=(), optional=tuple(DEFAULT_BLOCKS[name]))
        if settings is None:
            continue
        for key, v in settings.items():
            if key in DEFAULT_BLOCKS[name]:
                checked = _setting(name, key, v, f"{here}.{key}", probs)
                if checked is not BAD:
                    out[name][key] = checked
    if "order" in b:
        order = b["order"]
        if not (isinstance(order, list) and sorted(order) == sorted(FLOWING_BLOCKS)):
            probs.add("bad_block_order", f"{where}.order", blocks=", ".join(FLOWING_BLOCKS), value=f.shown(order))
        else:
            out["order"] = list(order)
    window = out["address"]["window"]
    if page is not None and WINDOWS.get(window) not in (None, page):
        probs.add("window_not_on_page", f"{where}.address.window", window=window, fits=WINDOWS[window], page=page)
    return out


def _setting(block: str, key: str, v: object, where: str, probs: Problems) -> Any:
    if key in ("issuer_address", "sender_line", "arithmetic", "tax_breakdown", "show", "qr"):
        return f.flag(v, where, probs)
    if key == "logo":
        return _one_of(v, LOGO_PLACES, where, probs)
    if key == "logo_height":
        return _int_in(v, LOGO_HEIGHT_RANGE, where, probs, "the logo's height (mm)")
    if key == "terms_days":
        return _int_in(v, TERMS_RANGE, where, probs, "the payment term (days)")
    if key == "window":
        return _one_of(v, tuple(WINDOWS), where, probs)
    if key == "fields":
        return _subset(v, FACT_FIELDS, (), where, probs)
    if key == "columns":
        return _subset(v, LINE_COLUMNS, REQUIRED_COLUMNS, where, probs)
    if key == "text":
        return _texts(v, where, probs, NOTE_MAX)
    if key == "tax_label":
        return _texts(v, where, probs, 20)
    if key == "iban":
        return iban(v, where, probs)
    if key == "bic":
        return bic(v, where, probs)
    if key in ("account_holder", "bank"):
        return f.text(v, where, probs, field=key.replace("_", " "), max_len=f.NAME_MAX, required=False)
    return BAD


def _one_of(v: object, allowed: tuple[str, ...], where: str, probs: Problems) -> Any:
    if v not in allowed:
        return probs.add("bad_value", where, value=f.shown(v), allowed=", ".join(allowed))
    return v


def _int_in(v: object, bounds: tuple[int, int], where: str, probs: Problems, what: str) -> Any:
    if isinstance(v, bool) or not isinstance(v, int):
        return probs.add("bad_type", where, expected="a whole number", got=f.json_type(v))
    if not bounds[0] <= v <= bounds[1]:
        return probs.add("out_of_range", where, field=what, low=bounds[0], high=bounds[1], value=v)
    return v


def _subset(v: object, allowed: tuple[str, ...], required: tuple[str, ...], where: str, probs: Problems) -> Any:
    if not isinstance(v, list) or any(x not in allowed for x in v) or len(set(v)) != len(v):
        return probs.add("bad_value", where, value=f.shown(v), allowed="a list of distinct " + ", ".join(allowed))
    for column in required:
        if column not in v:
            return probs.add("column_required", where, column=column)
    return list(v)


def _texts(v: object, where: str, probs: Problems, max_len: int) -> Any:
    """Texts by language, or None; each at most ``max_len`` characters. A line break is the one control
    character allowed (a footer or a note may have several lines): each line is checked as a text."""
    if v is None:
        return None
    if not isinstance(v, dict):
        return f.texts(v, where, probs, max_len=max_len)
    ok = True
    for lang, t in v.items():
        if isinstance(t, str) and len(t) > max_len:
            probs.add("too_long", f"{where}.{lang}", field="text", max=max_len)
            ok = False
    flat = {k: " ".join(t.split("\n")) if isinstance(t, str) else t for k, t in v.items()}
    checked = f.texts(flat, where, probs, max_len=None)  # measured above, line breaks included
    return dict(v) if ok and checked is not BAD else BAD


def _margins(v: object, where: str, probs: Problems) -> Any:
    if v is None:
        return Margins()
    m = f.obj(v, where, probs, required=(), optional=("top", "right", "bottom", "left"))
    if m is None:
        return BAD
    values = {k: _int_in(m.get(k, getattr(Margins(), k)), MARGIN_RANGE, f"{where}.{k}", probs, f"the {k} margin (mm)")
              for k in ("top", "right", "bottom", "left")}
    return BAD if BAD in values.values() else Margins(**values)


def _logo_document(v: object, where: str, probs: Problems) -> tuple[bytes | None, str | None]:
    if v is None:
        return None, None
    d = f.obj(v, where, probs, required=("base64",), optional=("mime", "base64"))
    if d is None or not isinstance(d.get("base64"), str):
        return None, None
    try:
        data = base64.b64decode(d["base64"], validate=True)
    except (binascii.Error, ValueError):
        probs.add("bad_logo", f"{where}.base64", reason="not base64")
        return None, None
    return logo(data, where, probs)


def logo(data: bytes, where: str, probs: Problems) -> tuple[bytes | None, str | None]:
    """A logo image: PNG or JPEG by its first bytes (whatever it is called), at most ``LOGO_MAX_BYTES`` and
    ``LOGO_MAX_PIXELS`` a side, and readable. Returns (bytes, mime), or (None, None) with the problem."""
    if len(data) > LOGO_MAX_BYTES:
        probs.add("logo_too_big", where, size=(len(data) + 1023) // 1024, limit=LOGO_MAX_BYTES // 1024)
        return None, None
    mime = next((m for m, magic in LOGO_MIMES.items() if data.startswith(magic)), None)
    if mime is None:
        probs.add("bad_logo", where, reason="its first bytes are neither PNG's nor JPEG's")
        return None, None
    size = image_size(data)
    if size is None:
        probs.add("bad_logo", where, reason="it cannot be read")
        return None, None
    if max(size) > LOGO_MAX_PIXELS:
        probs.add("logo_too_many_pixels", where, width=size[0], height=size[1], limit=LOGO_MAX_PIXELS)
        return None, None
    return data, mime


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) in pixels of a PNG or JPEG, or None when it cannot be read."""
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.verify()
        with Image.open(io.BytesIO(data)) as img:
            return img.size
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return None


def iban(v: object, where: str, probs: Problems) -> Any:
    """An IBAN (ISO 13616): country, check digits that pass mod 97 (ISO 7064), up to 34 characters; spaces
    allowed as written, stored without them."""
    if v is None:
        return None
    if not isinstance(v, str):
        return probs.add("bad_type", where, expected="an IBAN (string)", got=f.json_type(v))
    compact = v.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", compact):
        return probs.add("bad_iban", where, value=v, reason="two letters, two digits, then 11 to 30 letters or digits")
    digits = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
    if int(digits) % 97 != 1:
        return probs.add("bad_iban", where, value=v, reason="its check digits do not match")
    return compact


def bic(v: object, where: str, probs: Problems) -> Any:
    if v is None:
        return None
    if not isinstance(v, str) or not re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", v.strip().upper()):
        return probs.add("bad_bic", where, value=f.shown(v))
    return v.strip().upper()


def grouped_iban(compact: str) -> str:
    """An IBAN as printed: groups of four (``DE89 3704 0044 0532 0130 00``)."""
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


# ---------------------------------------------------------------- the built-in template and stored rows

@lru_cache(maxsize=1)
def _builtin() -> Template:
    from app.resources import resource

    with resource("templates/default.json").open(encoding="utf-8") as fh:
        return check(json.load(fh), "resources/templates/default.json", require_format=True)


def builtin() -> Template:
    """The template every issuer without one of its own uses (resources/templates/default.json)."""
    return _builtin()


def from_row(row, issuer: str | None = None) -> Template:
    """A stored template (app.models.InvoiceTemplate), checked again: a row written by an older Prorata, or
    by hand, still renders or says what is wrong with it."""
    doc = {"name": row.name, "page_size": row.page_size,
           "margins": {"top": row.margin_top, "right": row.margin_right, "bottom": row.margin_bottom,
                       "left": row.margin_left},
           "accent_colour": row.accent_colour, "font": row.font, "footer": row.footer}
    blocks = dict(row.blocks or {})
    doc["einvoice"] = blocks.pop(EINVOICE_KEY, "none")
    doc["blocks"] = blocks
    t = check(doc, f"template {row.name!r}")
    return replace(t, logo=row.logo, logo_mime=row.logo_mime, id=row.id, issuer=issuer, is_default=row.is_default,
                   version=row.version)


EINVOICE_KEY = "einvoice"


def row_values(t: Template) -> dict:
    """The columns of ``InvoiceTemplate`` that hold ``t``."""
    return {"name": t.name, "page_size": t.page_size, "margin_top": t.margins.top,
            "margin_right": t.margins.right, "margin_bottom": t.margins.bottom, "margin_left": t.margins.left,
            "accent_colour": t.accent_colour, "font": t.font, "footer": t.footer,
            # The e-invoice switch rides in the blocks column (no column of its own, so no migration).
            "blocks": {**t.blocks, EINVOICE_KEY: t.einvoice} if t.einvoice != "none" else t.blocks,
            "logo": t.logo, "logo_mime": t.logo_mime}
