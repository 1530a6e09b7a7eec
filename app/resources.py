"""Finding what Prorata ships beside its code: resources/ (fonts, logo, default templates) and translations/.

Both folders sit at the top of the repository. They are found, in this order:

- in a PyInstaller bundle, under ``sys._MEIPASS`` (packaging/prorata.spec adds them as datas);
- in a checkout or an editable install, beside the ``app`` package;
- in an installed wheel, under the install scheme's data folder, ``<prefix>/share/prorata/``
  (pyproject.toml installs them there as data files), for the environment's scheme or the user's.

A file is looked up in each place in turn, so a bundle, a wheel and a checkout render the same.
"""
from __future__ import annotations

import sys
import sysconfig
from functools import lru_cache
from pathlib import Path

from app.errors import MESSAGES, ProrataError

MESSAGES.setdefault("resource_missing", "Prorata's {what} {name!r} is missing from this installation "
                                        "(looked in: {places}); reinstall Prorata")

CHECKOUT = Path(__file__).resolve().parent.parent
SHARE = ("share", "prorata")


@lru_cache(maxsize=1)
def roots() -> tuple[Path, ...]:
    """The folders that may hold ``resources/`` and ``translations/``, most specific first."""
    found: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        found.append(Path(frozen))
    found.append(CHECKOUT)
    schemes = [sysconfig.get_default_scheme()]
    try:
        schemes.append(sysconfig.get_preferred_scheme("user"))
    except (AttributeError, KeyError):
        pass
    for scheme in schemes:
        try:
            found.append(Path(sysconfig.get_path("data", scheme)).joinpath(*SHARE))
        except KeyError:
            continue
    found.append(Path(sys.prefix).joinpath(*SHARE))
    unique: list[Path] = []
    for p in found:
        if p not in unique:
            unique.append(p)
    return tuple(unique)


def _find(top: str, relative: str, *, directory: bool = False) -> Path | None:
    for root in roots():
        candidate = root / top / relative
        if candidate.is_dir() if directory else candidate.is_file():
            return candidate
    return None


def resource(relative: str) -> Path:
    """The file ``resources/<relative>`` (such as ``fonts/DejaVuSans.ttf``); ``resource_missing`` if none."""
    found = _find("resources", relative)
    if found is None:
        raise ProrataError.of("resource_missing", what="resource", name=f"resources/{relative}",
                              places=", ".join(str(r) for r in roots()))
    return found


def translations(domain: str) -> Path | None:
    """The folder ``translations/<domain>`` of gettext catalogs (``invoice``, ``core``), or None."""
    return _find("translations", domain, directory=True)
