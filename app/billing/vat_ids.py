"""The run's refusal of a company taxed by reverse charge that has no VAT id (``tax_id``).

Every place that writes a company refuses reverse charge without a tax id
(``app.bundle.validate.reverse_charge_tax_id``), but a company stored before
that rule may break it. Its invoice would bill no VAT, say that the customer
owes it, and not name the customer's VAT id (EN 16931 BR-AE-02): the hoster
would owe the VAT. So the run does not bill such a company: it fails, in words
naming it, like any company the run cannot bill (``run.compute_batch``), and the
run goes on; once the clerk gives it its tax id (or another tax treatment), the
next run bills every boundary it left. A boundary with nothing to bill is not
refused: nothing is written that names the customer.

The same for a reseller taxed by reverse charge without its tax id: the
hoster's invoice (or credit note) of its costs (``settlement``) would not name
it. The run does not settle that reseller's boundary when its costs are open
(``refuse_settlement_without_tax_id``): it fails in words naming it, its
accruals stay open and its later boundaries in the run wait; the next run
after the clerk gives it its tax id (or another tax treatment) settles them
all. A statement (the margin mode) bills no tax and is no supply: it is not
refused; a boundary with both (a change of mode) is settled whole or not.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.billing.assembly import NOTHING
from app.errors import MESSAGES, ProrataError
from app.models import Company, TaxTreatment

MESSAGES.setdefault("run_reverse_charge_no_tax_id",
                    "{company} is taxed by reverse charge but has no VAT id (tax_id), which its invoice must give: "
                    "not billed. Give the company its tax id, or another tax treatment; the next run bills it")

MESSAGES.setdefault("settlement_reverse_charge_no_tax_id",
                    "reseller {reseller} is taxed by reverse charge but has no VAT id (tax_id), which the hoster's "
                    "invoice of its costs must give: not settled, its costs wait. Give it its tax id (prorata "
                    "resellers edit {reseller} --tax-id ID), or another tax treatment (--tax-treatment); the next run "
                    "settles every cost that waited")

_REVERSE_CHARGE = TaxTreatment.REVERSE_CHARGE.value


def without_tax_id(s: Session, companies: Iterable) -> frozenset[int]:
    """The ids of ``companies`` (``CompanyRow``s) taxed by reverse charge whose stored tax id is missing or
    blank; no read when none of them is taxed by reverse charge."""
    ids = sorted({c.id for c in companies if c.tax_treatment == _REVERSE_CHARGE})
    if not ids:
        return frozenset()
    return frozenset(s.scalars(select(Company.id).where(
        Company.id.in_(ids), or_(Company.tax_id.is_(None), func.trim(Company.tax_id) == ""))))


def refuse_without_tax_id(company, bills: Iterable, missing: frozenset[int]) -> None:
    """Raise ``run_reverse_charge_no_tax_id`` when ``company`` is in ``missing`` (``without_tax_id``) and one of
    its ``bills`` (``CompanyBill``) writes an invoice (issued, a draft or deferred)."""
    if company.id in missing and any(b.outcome != NOTHING for b in bills):
        raise ProrataError.of("run_reverse_charge_no_tax_id", company=company.code)


def reseller_without_tax_id(reseller) -> bool:
    """Whether ``reseller`` (a ``Reseller`` of the run's context) is taxed by reverse charge and its tax id is
    missing or blank."""
    return reseller.tax_treatment == _REVERSE_CHARGE and not (reseller.tax_id or "").strip()


def refuse_settlement_without_tax_id(reseller, costs_open) -> None:
    """Raise ``settlement_reverse_charge_no_tax_id`` when ``reseller`` is taxed by reverse charge without its tax
    id and the settlement would invoice it costs: ``costs_open()``, asked only then, says whether any are open."""
    if reseller_without_tax_id(reseller) and costs_open():
        raise ProrataError.of("settlement_reverse_charge_no_tax_id", reseller=reseller.code)
