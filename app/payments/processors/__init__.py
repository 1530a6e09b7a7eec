"""Payment processors as plug-ins: the interface (base.py), the registry of the ``prorata.processors`` entry
points, the built-in ``manual``, ``test``, ``sepa``, ``ach`` and ``stripe`` processors, each issuer's processor accounts
(accounts.py) and which account collects for whom (routing.py)."""
from __future__ import annotations

from importlib.metadata import entry_points

from app.errors import MESSAGES, ProrataError
from app.payments.processors.base import Processor

GROUP = "prorata.processors"
# The built-ins, also registered as entry points in pyproject.toml; named here too so that a checkout whose
# installed metadata predates them (an editable install not reinstalled) still finds them.
BUILTIN = {"manual": "app.payments.processors.manual:ManualProcessor",
           "test": "app.payments.processors.testing:TestProcessor",
           "sepa": "app.payments.processors.sepa:SepaProcessor",
           "stripe": "app.payments.processors.stripe:StripeProcessor",
           "ach": "app.payments.processors.ach:AchProcessor"}

MESSAGES.setdefault("processor_unknown", "no payment processor named {name!r} is installed (installed: {known})")
MESSAGES.setdefault("processor_broken", "the payment processor {name!r} could not be loaded: {why}")
MESSAGES.setdefault("processor_setting_unknown", "{processor} has no setting {name!r} (its settings: {known})")
MESSAGES.setdefault("processor_setting_missing", "{processor} needs the setting {name!r}: {what}")
MESSAGES.setdefault("processor_setting_bad", "{processor}'s {name} cannot be {value!r}: give {what}")


def _load(target: str):
    from importlib import import_module

    module, _, attr = target.partition(":")
    return getattr(import_module(module), attr)


def installed() -> dict[str, str]:
    """name -> "module:Class" of every processor installed (entry points, then the built-ins)."""
    found = {ep.name: ep.value for ep in entry_points(group=GROUP)}
    for name, target in BUILTIN.items():
        found.setdefault(name, target)
    return dict(sorted(found.items()))


def processor_class(name: str) -> type[Processor]:
    targets = installed()
    if name not in targets:
        raise ProrataError.of("processor_unknown", "processor", name=name, known=", ".join(targets))
    try:
        cls = _load(targets[name])
    except Exception as e:  # a third-party plug-in that fails to import is named, not a traceback
        raise ProrataError.of("processor_broken", "processor", name=name, why=str(e) or type(e).__name__) from None
    if not (isinstance(cls, type) and issubclass(cls, Processor)):
        raise ProrataError.of("processor_broken", "processor", name=name, why="it is not a Processor")
    return cls
