"""The domain model: SQLAlchemy 2.0 typed mapped classes, one module per aggregate."""
from app.models.ach import AchAccountType, AchAuthorization, AchDebit
from app.models.audit import AuditChain, AuditEntry
from app.models.billing import Accrual, BilledPeriod, MinimumCharge, MinimumPolicy, NumberSeries, Outcome
from app.models.base import Base
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
from app.models.processors import (AttemptStatus, ChargeAttempt, DebitStatus, DirectDebit, Mandate, MandateStatus,
                                   ProcessorAccount, SavedMethod)
from app.models.resellers import BillingMode, Reseller
from app.models.users import User

__all__ = [
    "TRANSITIONS", "Accrual", "BilledPeriod", "Invoice", "InvoiceKind", "InvoiceLine", "MinimumCharge",
    "MinimumPolicy", "NumberSeries", "Outcome", "Status", "TaxTreatment",
    "AuditChain", "AuditEntry", "Base", "Basis", "BillingMode", "Company", "CompanyEvent", "Currency",
    "Delivery", "EventType", "ExtraItem", "ExtraItemAmount", "Hoster", "Layer", "Plan", "Price", "Reseller", "Service",
    "InvoiceDocument", "InvoiceTemplate",
    "User", "localized",
    "Channel", "DeliveryStatus", "InvoiceDelivery", "SmtpSettings", "TlsMode",
    "Allocation", "EntryKind", "LedgerEntry", "Payment", "PaymentAccount", "PaymentStatus", "PaymentTerms",
    "AttemptStatus", "ChargeAttempt", "DebitStatus", "DirectDebit", "Mandate", "MandateStatus", "ProcessorAccount",
    "SavedMethod",
    "AchAccountType", "AchAuthorization", "AchDebit",
]
