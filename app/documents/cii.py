"""Factur-X / ZUGFeRD: an invoice as UN/CEFACT Cross Industry Invoice XML (EN 16931), and the PDF/A-3 that
carries it.

``cii_xml`` builds the XML from the same ``Content`` the PDF is drawn from, so the figures a machine reads
are the figures a person reads: seller and buyer with their tax ids and addresses, each line with its
quantity, net unit price and tax category (S standard, AE reverse charge, E exempt, Z zero rated), the tax
breakdown, the totals, the due date and the payment means (SEPA credit transfer to the template's IBAN, or
the direct debit mandate; none when nothing is left to pay), and what is due: what the PDF asks for
(``Content.amount_due``), one figure fixed at issue, its total less the credit applied to it at issue, which a
direct debit invoice's notice announces too (never what is open when the XML is made, so a re-render says what
the stored document said); the rest as paid (BT-113). Two profiles: ``basic`` and ``en16931``; the BASIC
profile's schema leaves out a few things (the bank's BIC), so those are written for EN 16931 only.

A proration's arithmetic is kept exact: the net price is the period's price for ``period_days`` days
(BT-149 base quantity) and the billed quantity is quantity x days, so quantity x price / base = the line's
amount before rounding. A credit note (type 381) carries positive amounts, as EN 16931 wants; Prorata
stores them negated. Amounts have the currency's digits (KWD 100.000, JPY 1434), exactly as the invoice: the
EN 16931 schematron's BR-DEC rules allow two, so a three-digit currency passes the schema but not those rules.

``embed`` turns a rendered PDF into Factur-X with the ``factur-x`` library (XMP metadata, the attachment
``factur-x.xml`` with AFRelationship Data) and adds the sRGB output intent PDF/A asks for.
Pure functions: no session, no state, any thread.
"""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from decimal import Decimal

from app.documents.content import CREDIT_NOTE, INVOICE, WHOLESALE, Content, Line
from app.money import minor_digits

PROFILES = ("none", "basic", "en16931")
GUIDELINES = {"basic": "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic",
              "en16931": "urn:cen.eu:en16931:2017"}
NS = {"rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
      "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
      "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
      "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"}
KINDS = (INVOICE, CREDIT_NOTE, WHOLESALE)  # what goes out as Factur-X (a statement is not an invoice)
UNIT = "C62"  # "one" (UN/ECE Recommendation 20): users, sites, plans
EXEMPTION = {"AE": "Reverse charge", "E": "Exempt from VAT"}

for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)


def applies(content: Content, profile: str) -> bool:
    """Whether ``content`` goes out as Factur-X under ``profile``: an issued invoice or credit note (a draft
    has no number for the XML to carry)."""
    return profile in GUIDELINES and content.kind in KINDS and content.number is not None


def category(content: Content, rate: Decimal) -> str:
    """The tax category (UNTDID 5305) of a line at ``rate`` on this document. A line taxed on a reverse-charge or
    exempt customer's document gives back days invoiced before its treatment changed, at their rate: standard."""
    if rate > 0:
        return "S"
    if content.tax_note == "reverse_charge":
        return "AE"
    if content.tax_note == "exempt":
        return "E"
    return "S" if rate > 0 else "Z"


def due_date(content: Content, terms_days: int) -> date | None:
    """The due date: the ledger's when the content has it, else the issue date plus the template's terms."""
    if content.due_date is not None:
        return content.due_date
    return None if content.issue_date is None else content.issue_date + timedelta(days=terms_days)


def cii_xml(content: Content, profile: str, *, iban: str | None = None, bic: str | None = None,
            account_holder: str | None = None, terms_days: int = 14) -> bytes:
    """The CII XML of ``content`` for ``profile`` (``basic`` or ``en16931``), UTF-8 with its declaration."""
    if profile not in GUIDELINES:
        raise ValueError(f"not a Factur-X profile: {profile!r}")
    c = content
    sign = Decimal(-1) if c.kind == CREDIT_NOTE else Decimal(1)
    money = _money(c.currency)

    root = _el("rsm:CrossIndustryInvoice")
    context = _sub(root, "rsm:ExchangedDocumentContext")
    _sub(_sub(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", GUIDELINES[profile])
    doc = _sub(root, "rsm:ExchangedDocument")
    _sub(doc, "ram:ID", c.number)
    _sub(doc, "ram:TypeCode", "381" if c.kind == CREDIT_NOTE else "380")
    _date(_sub(doc, "ram:IssueDateTime"), c.issue_date)
    if c.credits is not None:
        _sub(_sub(doc, "ram:IncludedNote"), "ram:Content", f"Credits invoice {c.credits[0]}")

    trade = _sub(root, "rsm:SupplyChainTradeTransaction")
    for ln in c.lines:
        _line(trade, c, ln, sign, money)

    agreement = _sub(trade, "ram:ApplicableHeaderTradeAgreement")
    _party(agreement, "ram:SellerTradeParty", c.issuer, with_code=False)
    _party(agreement, "ram:BuyerTradeParty", c.customer, with_code=True)
    delivery = _sub(trade, "ram:ApplicableHeaderTradeDelivery")
    if c.period_start is not None and c.lines and profile == "en16931":  # the first day of the days it states
        _date(_sub(_sub(delivery, "ram:ActualDeliverySupplyChainEvent"), "ram:OccurrenceDateTime"),
              c.stated_period[0] or c.period_start)

    settlement = _sub(trade, "ram:ApplicableHeaderTradeSettlement")
    if c.kind != CREDIT_NOTE:
        _sub(settlement, "ram:PaymentReference", c.number)
    _sub(settlement, "ram:InvoiceCurrencyCode", c.currency)
    paying = c.kind != CREDIT_NOTE and c.total > 0 and c.amount_due > 0  # nothing left to pay: no payment means
    if paying and c.mandate:
        means = _sub(settlement, "ram:SpecifiedTradeSettlementPaymentMeans")
        _sub(means, "ram:TypeCode", "59")  # SEPA direct debit
    elif paying and iban:
        means = _sub(settlement, "ram:SpecifiedTradeSettlementPaymentMeans")
        _sub(means, "ram:TypeCode", "58")  # SEPA credit transfer
        account = _sub(means, "ram:PayeePartyCreditorFinancialAccount")
        _sub(account, "ram:IBANID", iban)
        if account_holder and profile == "en16931":
            _sub(account, "ram:AccountName", account_holder)
        if bic and profile == "en16931":
            _sub(_sub(means, "ram:PayeeSpecifiedCreditorFinancialInstitution"), "ram:BICID", bic)
    for rate, base, tax in _tax_groups(c):
        t = _sub(settlement, "ram:ApplicableTradeTax")
        code = category(c, rate)
        _sub(t, "ram:CalculatedAmount", money(sign * tax))
        _sub(t, "ram:TypeCode", "VAT")
        if code in EXEMPTION:
            _sub(t, "ram:ExemptionReason", EXEMPTION[code])
        _sub(t, "ram:BasisAmount", money(sign * base))
        _sub(t, "ram:CategoryCode", code)
        if code in EXEMPTION:
            _sub(t, "ram:ExemptionReasonCode", "VATEX-EU-AE" if code == "AE" else "VATEX-EU-O")
        _sub(t, "ram:RateApplicablePercent", _number(rate))
    start, end = c.stated_period  # a run's invoice billing only past days: those days (stated_period.py)
    if start is not None and end is not None:
        period = _sub(settlement, "ram:BillingSpecifiedPeriod")
        _date(_sub(period, "ram:StartDateTime"), start)
        _date(_sub(period, "ram:EndDateTime"), end - timedelta(days=1))
    due = due_date(c, terms_days)
    if c.kind != CREDIT_NOTE and (due is not None or c.mandate):
        terms = _sub(settlement, "ram:SpecifiedTradePaymentTerms")
        if due is not None:
            _date(_sub(terms, "ram:DueDateDateTime"), c.mandate.get("collection_date") if c.mandate else due)
        if c.mandate:
            _sub(terms, "ram:DirectDebitMandateID", c.mandate.get("reference"))
    sums = _sub(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    _sub(sums, "ram:LineTotalAmount", money(sign * sum((ln.amount for ln in c.lines), Decimal(0))))
    _sub(sums, "ram:TaxBasisTotalAmount", money(sign * c.subtotal))
    _sub(sums, "ram:TaxTotalAmount", money(sign * c.tax), currencyID=c.currency)
    _sub(sums, "ram:GrandTotalAmount", money(sign * c.total))
    # What the PDF asks for (BR-CO-16: due = grand total - paid): its total less the credit applied to it at
    # issue, fixed then, a direct debit notice's amount too (the difference: paid, BT-113).
    payable = c.amount_due
    if payable != c.total:
        _sub(sums, "ram:TotalPrepaidAmount", money(sign * (c.total - payable)))
    _sub(sums, "ram:DuePayableAmount", money(sign * payable))
    if c.credits is not None:
        ref = _sub(settlement, "ram:InvoiceReferencedDocument")
        _sub(ref, "ram:IssuerAssignedID", c.credits[0])
        if c.credits[1] is not None:
            _date(_sub(ref, "ram:FormattedIssueDateTime"), c.credits[1], "qdt")
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True)


def embed(pdf: bytes, xml: bytes, profile: str, *, title: str, author: str, subject: str,
          lang: str | None = None) -> bytes:
    """``pdf`` as a PDF/A-3 Factur-X with ``xml`` attached (checked against the profile's schema by the tests,
    not here: rendering stays fast)."""
    from facturx import generate_from_binary

    meta = {"author": author, "keywords": "Factur-X, Invoice", "title": title, "subject": subject}
    out = generate_from_binary(pdf, xml, flavor="factur-x", level=profile, check_xsd=False, pdf_metadata=meta,
                               lang=lang)
    return _with_output_intent(out)


def _with_output_intent(pdf: bytes) -> bytes:
    """Add an sRGB output intent (PDF/A wants one for device colours); the factur-x library adds none."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject
    from pypdf.generic import TextStringObject

    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    profile = DecodedStreamObject()
    profile.set_data(_srgb_icc())
    profile.update({NameObject("/N"): NumberObject(3)})
    intent = DictionaryObject({
        NameObject("/Type"): NameObject("/OutputIntent"), NameObject("/S"): NameObject("/GTS_PDFA1"),
        NameObject("/OutputConditionIdentifier"): TextStringObject("sRGB"),
        NameObject("/Info"): TextStringObject("sRGB IEC61966-2.1"),
        NameObject("/DestOutputProfile"): writer._add_object(profile.flate_encode())})
    writer._root_object[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


_SRGB: bytes | None = None


def _srgb_icc() -> bytes:
    global _SRGB
    if _SRGB is None:
        from PIL import ImageCms

        _SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    return _SRGB


# ---------------------------------------------------------------- parts

def _line(trade: ET.Element, c: Content, ln: Line, sign: Decimal, money) -> None:
    item = _sub(trade, "ram:IncludedSupplyChainTradeLineItem")
    _sub(_sub(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", str(ln.position))
    name = ln.description + (f" ({ln.company})" if ln.company else "")
    _sub(_sub(item, "ram:SpecifiedTradeProduct"), "ram:Name", name or "-")
    quantity, base = ln.quantity, None
    price = ln.unit_price
    if ln.arithmetic is not None and ln.arithmetic.period_days:
        quantity, base = ln.arithmetic.quantity * ln.arithmetic.days, ln.arithmetic.period_days
        price = ln.arithmetic.unit_price
    line_sign = sign * (Decimal(-1) if price < 0 else Decimal(1))
    agreement = _sub(item, "ram:SpecifiedLineTradeAgreement")
    net = _sub(agreement, "ram:NetPriceProductTradePrice")
    _sub(net, "ram:ChargeAmount", _price(abs(price), c.currency))
    if base is not None:
        _sub(net, "ram:BasisQuantity", str(base), unitCode="DAY")
    _sub(_sub(item, "ram:SpecifiedLineTradeDelivery"), "ram:BilledQuantity", _number(line_sign * quantity),
         unitCode="DAY" if base is not None else UNIT)
    settlement = _sub(item, "ram:SpecifiedLineTradeSettlement")
    tax = _sub(settlement, "ram:ApplicableTradeTax")
    _sub(tax, "ram:TypeCode", "VAT")
    _sub(tax, "ram:CategoryCode", category(c, ln.tax_rate))
    _sub(tax, "ram:RateApplicablePercent", _number(ln.tax_rate))
    if ln.start is not None and ln.last_day is not None:
        period = _sub(settlement, "ram:BillingSpecifiedPeriod")
        _date(_sub(period, "ram:StartDateTime"), ln.start)
        _date(_sub(period, "ram:EndDateTime"), ln.last_day)
    _sub(_sub(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation"), "ram:LineTotalAmount",
         money(sign * ln.amount))


def _party(parent: ET.Element, tag: str, party, *, with_code: bool) -> None:
    p = _sub(parent, tag)
    if with_code and party.code:
        _sub(p, "ram:ID", party.code)
    _sub(p, "ram:Name", party.name)
    a = party.address or {}
    if a:
        address = _sub(p, "ram:PostalTradeAddress")
        if a.get("postcode"):
            _sub(address, "ram:PostcodeCode", a["postcode"])
        for tag_, text in zip(("ram:LineOne", "ram:LineTwo", "ram:LineThree"), a.get("lines") or []):
            _sub(address, tag_, text)
        if a.get("city"):
            _sub(address, "ram:CityName", a["city"])
        if a.get("country"):
            _sub(address, "ram:CountryID", a["country"])
    if party.email:
        _sub(_sub(p, "ram:URIUniversalCommunication"), "ram:URIID", party.email, schemeID="EM")
    if party.tax_id:
        _sub(_sub(p, "ram:SpecifiedTaxRegistration"), "ram:ID", party.tax_id, schemeID="VA")


def _tax_groups(c: Content) -> list[tuple[Decimal, Decimal, Decimal]]:
    """(rate, base, tax) per rate: the document's own breakdown, else one group per rate with the stored tax
    on the single rate (the breakdown is empty only when rounding per rate would not give the stored tax)."""
    if c.tax_rows:
        return [(r.rate, r.base, r.tax) for r in c.tax_rows]
    bases: dict[Decimal, Decimal] = {}
    for ln in c.lines:
        bases[ln.tax_rate] = bases.get(ln.tax_rate, Decimal(0)) + ln.amount
    if not bases:
        return [(Decimal(0), Decimal(0), Decimal(0))]
    rates = sorted(bases)
    return [(r, bases[r], c.tax if r == rates[-1] else Decimal(0)) for r in rates]


def _money(currency: str):
    digits = minor_digits(currency)
    quantum = Decimal(1).scaleb(-digits)
    return lambda amount: str(Decimal(amount).quantize(quantum) + 0)  # + 0: a credited 0.00 is not -0.00


def _price(value: Decimal, currency: str) -> str:
    """A unit price with at least the currency's digits (``12.00``), more when it has more (``0.125``)."""
    v = Decimal(value)
    digits = max(minor_digits(currency), -v.normalize().as_tuple().exponent)
    return str(v.quantize(Decimal(1).scaleb(-digits)))


def _number(value: Decimal) -> str:
    """A quantity, rate or unit price without trailing zeros beyond two places (``19``, ``6.50``, ``0.125``)."""
    v = Decimal(value)
    if v == v.to_integral_value():
        return str(v.quantize(Decimal(1)))
    return format(v.normalize(), "f") if -v.as_tuple().exponent > 2 else str(v.quantize(Decimal("0.01")))


def _qname(tag: str) -> str:
    prefix, local = tag.split(":")
    return f"{{{NS[prefix]}}}{local}"


def _el(tag: str) -> ET.Element:
    return ET.Element(_qname(tag))


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    e = ET.SubElement(parent, _qname(tag), attrs)
    if text is not None:
        e.text = text
    return e


def _date(parent: ET.Element, day: date | None, ns: str = "udt") -> None:
    if day is not None:
        _sub(parent, f"{ns}:DateTimeString", day.strftime("%Y%m%d"), format="102")
