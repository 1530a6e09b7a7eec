"""A customer's statement of account as a PDF: per account (issuer and currency), the opening balance, every
ledger entry of the period with the running balance, the closing balance, on a reseller's account with the
hoster its statements, what was paid out against them and what is still to pay out (only when it has any), and
what is open by how long it is overdue on the last day.

``statement`` reads the figures inside the caller's unit of work (the balances are the ledger's sums, as
everywhere: app/payments/ledger.py); ``render`` is a pure function of them, in the invoice documents' fonts
and wording (app/documents/fonts.py, app/documents/wording.py: money, dates and texts in the customer's
language), so it may run in any thread.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from xml.sax.saxutils import escape

from sqlalchemy.orm import Session

from app.errors import MESSAGES, ProrataError
from app.payments import accounts, aging, ledger, position

MESSAGES.setdefault("statement_period_backwards", "the statement's period runs backwards: {start} is after {end}")
MESSAGES.setdefault("statement_no_accounts", "{customer} has no account: nothing was ever invoiced or paid")
MESSAGES.setdefault("statement_no_accounts_in", "{customer} has no account in {currency}: nothing was ever invoiced "
                    "or paid in {currency}")
MESSAGES.setdefault("statement_no_accounts_with", "{customer} has no account with {issuer}: nothing was ever "
                    "invoiced by or paid to {issuer}")
MESSAGES.setdefault("statement_no_accounts_in_with", "{customer} has no account with {issuer} in {currency}: "
                    "nothing was ever invoiced by or paid to {issuer} in {currency}")


@dataclass
class Entry:
    day: date
    kind: str
    reference: str | None
    amount: Decimal
    balance: Decimal


@dataclass
class Section:
    """One account's part of the statement."""

    issuer: str
    issuer_name: str
    currency: str
    opening: Decimal
    entries: list[Entry]
    closing: Decimal
    buckets: dict[str, Decimal]
    credit: Decimal
    outside: Decimal = Decimal(0)  # owed outside invoices (app/payments/position.py), as aging shows it
    # A reseller's account with the hoster (app/payments/payouts.py): what the statements sent to it add up to
    # and what was paid out against them, by the last day (``position.Position``); shown only when not both 0.
    statements: Decimal = Decimal(0)
    paid_out: Decimal = Decimal(0)

    @property
    def to_pay_out(self) -> Decimal:
        """What the statements leave owed to the reseller once the payouts are counted."""
        return self.statements - self.paid_out


@dataclass
class Statement:
    customer: str
    name: str
    address: dict | None
    language: str
    start: date
    end: date
    sections: list[Section] = field(default_factory=list)


def statement(session: Session, customer: str, start: date, end: date, *, currency: str | None = None,
              issuer: str | None = None) -> Statement:
    """The figures of ``customer``'s statement from ``start`` to ``end`` (both days included)."""
    from app.documents.content import Party  # noqa: F401 (the same address shape)
    from app.models import Company, Hoster, Reseller

    if start > end:
        raise ProrataError.of("statement_period_backwards", "--from", start=start.isoformat(), end=end.isoformat())
    who = accounts.find_customer(session, customer)
    row = session.get(Company, who.company_id) if who.company_id else session.get(Reseller, who.customer_reseller_id)
    names = accounts.issuer_names(session)
    chosen = [a for a in accounts.of_customer(session, who)
              if (currency is None or a.currency == currency) and (issuer is None or names(a.issuer_key) == issuer)]
    if not chosen:  # one whole sentence for each case, so that every language can word it
        raise ProrataError.of("statement_no_accounts" + ("_in" if currency else "") + ("_with" if issuer else ""),
                              customer=who.code, currency=currency, issuer=issuer)
    out = Statement(who.code, who.name, row.address, row.language, start, end)
    hoster_name = session.get(Hoster, 1).name
    for acc in chosen:
        opening = ledger.balance(session, acc.id, start - timedelta(days=1))
        lines = [ln for ln in ledger.history(session, acc.id) if start <= ln.day <= end]
        entries, running = [], opening
        for ln in lines:
            running += ln.amount
            entries.append(Entry(ln.day, ln.kind, ln.document or ln.reference, ln.amount, running))
        rows = [r for r in aging.aging(session, end, customer=who.code, issuer=names(acc.issuer_key),
                                       currency=acc.currency)]
        buckets = rows[0].buckets if rows else {b: Decimal(0) for b in aging.BUCKETS}
        credit = rows[0].credit if rows else Decimal(0)
        outside = rows[0].outside if rows else Decimal(0)
        key = acc.issuer_key
        issuer_name = hoster_name if key == "hoster" else session.get(Reseller, int(key.split(":")[1])).name
        figures = position.position(session, acc.id, end)
        out.sections.append(Section(names(key), issuer_name, acc.currency, opening, entries, running, buckets, credit,
                                    outside, figures.statements, figures.paid_out))
    return out


def N_(message: str) -> str:
    """Marks ``message`` for the invoice catalog (app/documents/wording.py extracts it); translated where shown."""
    return message


KIND_WORDS = {"invoice": N_("Invoice"), "credit_note": N_("Credit note"),
              "statement": N_("Statement (owed to you)"),
              "payment": N_("Payment received"), "refund": N_("Refund"), "reversal": N_("Payment reversed"),
              "credit_applied": N_("Credit applied"), "payout": N_("Payout to you")}
# A statement that nets against the reseller (a positive entry: its margins below what it gives back) is owed by it.
OWED_BY_YOU = N_("Statement (owed by you)")


def kind_words(kind: str, amount: Decimal) -> str:
    """The entry's words (untranslated): a statement by whom it leaves owing (its entry's sign)."""
    if kind == "statement" and amount > 0:
        return OWED_BY_YOU
    return KIND_WORDS.get(kind, kind)


DEFAULT_FAMILY = "DejaVu Sans"  # the invoices' default font (Latin, Greek, Cyrillic)


def _texts(data: Statement) -> list[str | None]:
    """The statement's own texts (names, address, references): what its font must write."""
    from app.documents.content import Party

    texts: list[str | None] = [data.name, data.customer]
    texts += Party(data.name, data.address, code=data.customer).address_lines(postal=False)
    for sec in data.sections:
        texts += [sec.issuer_name] + [e.reference for e in sec.entries]
    return texts


def render(data: Statement, language: str | None = None) -> bytes:
    """The statement as a PDF (A4, real text in the invoices' font)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from app.documents.content import Party
    from app.documents.fonts import faces, family_for
    from app.documents.wording import Wording

    locale = language or data.language or "en_GB"
    # As invoices choose (app/documents/render.py): the CJK family for Japanese, or for names it alone writes.
    regular, bold = faces(family_for(DEFAULT_FAMILY, locale, _texts(data)))
    base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=12)
    st = {"title": ParagraphStyle("title", base, fontName=bold, fontSize=16, leading=20),
          "h": ParagraphStyle("h", base, fontName=bold, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3),
          "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11),
          "num": ParagraphStyle("num", base, fontSize=8.5, leading=11, alignment=TA_RIGHT),
          "num_b": ParagraphStyle("num_b", base, fontName=bold, fontSize=8.5, leading=11, alignment=TA_RIGHT),
          "cell_b": ParagraphStyle("cell_b", base, fontName=bold, fontSize=8.5, leading=11),
          "small": ParagraphStyle("small", base, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#5F6B7A"))}
    rule, head_bg = colors.HexColor("#C9D1DA"), colors.HexColor("#EEF2F6")
    first = Wording(locale, data.sections[0].currency if data.sections else "EUR")
    story: list = [Paragraph(escape(first.gettext("Statement of account")), st["title"]),
                   Paragraph(escape(first.gettext("{start} to {end}", start=first.day(data.start),
                                                  end=first.day(data.end))), base), Spacer(1, 4 * mm)]
    party = Party(data.name, data.address, code=data.customer)
    lines = [data.name, *party.address_lines(postal=False), first.gettext("Customer number {code}", code=data.customer)]
    story += [Paragraph("<br/>".join(escape(x) for x in lines), base), Spacer(1, 6 * mm)]
    widths = [24 * mm, 62 * mm, 40 * mm, 27 * mm, 27 * mm]
    for sec in data.sections:
        w = Wording(locale, sec.currency)
        story.append(Paragraph(escape(w.gettext("Your account with {issuer} in {currency}", issuer=sec.issuer_name,
                                                currency=sec.currency)), st["h"]))
        rows = [[Paragraph(escape(x), st["cell_b"]) for x in (w.gettext("Date"), w.gettext("Entry"),
                                                              w.gettext("Reference"))]
                + [Paragraph(escape(x), st["num_b"]) for x in (w.gettext("Amount"), w.gettext("Balance"))]]
        rows.append([Paragraph(escape(w.day(data.start)), st["cell"]),
                     Paragraph(escape(w.gettext("Opening balance")), st["cell_b"]), "", "",
                     Paragraph(escape(w.money(sec.opening)), st["num_b"])])
        for e in sec.entries:
            rows.append([Paragraph(escape(w.day(e.day)), st["cell"]),
                         Paragraph(escape(w.gettext(kind_words(e.kind, e.amount))), st["cell"]),
                         Paragraph(escape(e.reference or ""), st["cell"]),
                         Paragraph(escape(w.money(e.amount)), st["num"]),
                         Paragraph(escape(w.money(e.balance)), st["num"])])
        rows.append([Paragraph(escape(w.day(data.end)), st["cell"]),
                     Paragraph(escape(w.gettext("Closing balance")), st["cell_b"]), "", "",
                     Paragraph(escape(w.money(sec.closing)), st["num_b"])])
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), head_bg), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, rule),
                                   ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))
        story.append(table)
        story.append(Spacer(1, 2 * mm))
        owing = (w.gettext("You owe {amount}.", amount=w.money(sec.closing)) if sec.closing > 0 else
                 w.gettext("We owe you {amount}.", amount=w.money(-sec.closing)) if sec.closing < 0 else
                 w.gettext("Nothing is due."))
        story.append(Paragraph(escape(owing), base))
        if sec.statements or sec.paid_out:
            # A reseller's statements, what was paid out against them and what is still to pay out (the figures
            # ``prorata accounts show`` gives: statements - paid out = to pay out), on the last day; below zero,
            # what the reseller still owes on them, said so (to collect), as a positive amount.
            paid = [(w.gettext("Statements"), sec.statements), (w.gettext("Paid out"), sec.paid_out),
                    (w.gettext("To pay out"), sec.to_pay_out) if sec.to_pay_out >= 0 else
                    (w.gettext("Owed by you"), -sec.to_pay_out)]
            pt = Table([[Paragraph(escape(label), st["cell_b"]) for label, _ in paid],
                        [Paragraph(escape(w.money(amount)), st["num"]) for _, amount in paid]],
                       colWidths=[36 * mm] * len(paid), hAlign="LEFT")
            pt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), head_bg), ("BOX", (0, 0), (-1, -1), 0.25, rule),
                                    ("INNERGRID", (0, 0), (-1, -1), 0.25, rule)]))
            story.append(KeepTogether([Paragraph(escape(w.gettext("Statements and payouts on {date}",
                                                                  date=w.day(data.end))), st["h"]), pt]))
        labels = {"current": w.gettext("Not yet due"), "1-30": w.gettext("1-30 days overdue"),
                  "31-60": w.gettext("31-60 days overdue"), "61-90": w.gettext("61-90 days overdue"),
                  "90+": w.gettext("Over 90 days overdue")}
        # Money owed on no invoice (a refund a bank return left unpaid) has its own column, when there is some:
        # the buckets + it - the credit are what is owed (aging's figures, app/payments/position.py).
        extra = [(w.gettext("Owed outside invoices"), sec.outside)] if sec.outside else []
        extra.append((w.gettext("Unapplied credit"), sec.credit))
        aging_rows = [[Paragraph(escape(labels[b]), st["cell_b"]) for b in aging.BUCKETS]
                      + [Paragraph(escape(label), st["cell_b"]) for label, _ in extra],
                      [Paragraph(escape(w.money(sec.buckets[b])), st["num"]) for b in aging.BUCKETS]
                      + [Paragraph(escape(w.money(amount)), st["num"]) for _, amount in extra]]
        bucket_w = 30 * mm if len(extra) == 1 else 24 * mm  # the words beside the buckets keep 30 mm
        at = Table(aging_rows, colWidths=[bucket_w] * len(aging.BUCKETS) + [30 * mm] * len(extra))
        at.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), head_bg), ("BOX", (0, 0), (-1, -1), 0.25, rule),
                                ("INNERGRID", (0, 0), (-1, -1), 0.25, rule)]))
        story.append(KeepTogether([Paragraph(escape(w.gettext("Open invoices on {date}", date=w.day(data.end))),
                                             st["h"]), at]))
        story.append(Spacer(1, 6 * mm))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=f"{first.gettext('Statement of account')} {data.customer}",
                            author="Prorata")

    def footer(canvas, d):
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, first.gettext("Page {n}", n=d.page))
        canvas.restoreState()
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
