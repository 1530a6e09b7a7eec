"""The domain model: SQLAlchemy 2.0 typed mapped classes, one module per aggregate.

A name is imported from its module the first time it is asked for (PEP 562 ``__getattr__``), so that a command
maps the tables it works on and not all of them: mapping the 37 classes is a large part of a command's start
(issue 12). A module imports the modules of the tables its foreign keys name (a flush orders its rows by them),
so whatever is mapped can be written. ``Base`` asked of this package comes with every model, its metadata
complete (migrations, copying a database, the tests' cleanup); the model modules take theirs from
``app.models.base``.
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.models.ach import AchAccountType, AchAuthorization, AchDebit
    from app.models.audit import AuditChain, AuditEntry
    from app.models.base import Base
    from app.models.billing import Accrual, BilledPeriod, MinimumCharge, MinimumPolicy, NumberSeries, Outcome
    from app.models.catalogue import Basis, ExtraItem, ExtraItemAmount, Plan, Service, localized
    from app.models.companies import Company, Delivery, TaxTreatment
    from app.models.currencies import Currency
    from app.models.delivery import Channel, DeliveryStatus, InvoiceDelivery, SmtpSettings, TlsMode
    from app.models.documents import InvoiceDocument, InvoiceTemplate
    from app.models.events import CompanyEvent, EventType
    from app.models.hoster import Hoster
    from app.models.invoices import TRANSITIONS, Invoice, InvoiceKind, InvoiceLine, Status
    from app.models.payments import (Allocation, EntryKind, LedgerEntry, Payment, PaymentAccount, PaymentStatus,
                                     PaymentTerms)
    from app.models.prices import Layer, Price
    from app.models.processors import (AttemptStatus, ChargeAttempt, DebitStatus, DirectDebit, Mandate,
                                       MandateStatus, ProcessorAccount, SavedMethod)
    from app.models.resellers import BillingMode, Reseller
    from app.models.users import User

# Each model module and the names it gives this package (the imports above, for type checkers, say the same).
MODULE_NAMES: dict[str, tuple[str, ...]] = {
    "ach": ("AchAccountType", "AchAuthorization", "AchDebit"),
    "audit": ("AuditChain", "AuditEntry"),
    "billing": ("Accrual", "BilledPeriod", "MinimumCharge", "MinimumPolicy", "NumberSeries", "Outcome"),
    "catalogue": ("Basis", "ExtraItem", "ExtraItemAmount", "Plan", "Service", "localized"),
    "companies": ("Company", "Delivery", "TaxTreatment"),
    "currencies": ("Currency",),
    "delivery": ("Channel", "DeliveryStatus", "InvoiceDelivery", "SmtpSettings", "TlsMode"),
    "documents": ("InvoiceDocument", "InvoiceTemplate"),
    "events": ("CompanyEvent", "EventType"),
    "hoster": ("Hoster",),
    "invoices": ("TRANSITIONS", "Invoice", "InvoiceKind", "InvoiceLine", "Status"),
    "payments": ("Allocation", "EntryKind", "LedgerEntry", "Payment", "PaymentAccount", "PaymentStatus",
                 "PaymentTerms"),
    "prices": ("Layer", "Price"),
    "processors": ("AttemptStatus", "ChargeAttempt", "DebitStatus", "DirectDebit", "Mandate", "MandateStatus",
                   "ProcessorAccount", "SavedMethod"),
    "resellers": ("BillingMode", "Reseller"),
    "users": ("User",),
}
_MODULE_OF = {name: module for module, names in MODULE_NAMES.items() for name in names}

__all__ = ["Base", *_MODULE_OF]


def __getattr__(name: str):
    if name == "Base":
        for module in MODULE_NAMES:
            _module(module)
        from app.models.base import Base

        value = Base
    elif name in _MODULE_OF:
        value = getattr(_module(_MODULE_OF[name]), name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # asked once
    return value


def _module(name: str):
    # __import__ rather than importlib.import_module: ``python -X importtime`` shows only the former's imports.
    __import__(f"app.models.{name}")
    return sys.modules[f"app.models.{name}"]


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
