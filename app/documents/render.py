"""Rendering a document to PDF with ReportLab's platypus: invoices, credit notes, wholesale invoices and
reseller statements, laid out by a template.

The first page carries the letterhead, the recipient's address in the envelope's window and the invoice
facts beside it (app/documents/layout.py); every page a footer with the issuer's details, the template's
footer text in the document's language and "Page n of m"; later pages a running head. The flowing blocks
(the lines, the totals with the tax, the notes, the payment instructions) follow in the template's order.
Text is real text in an embedded font, so it can be searched, copied and read back; the PDF's title is
the issuer and the number, its author the issuer.

``render`` is a pure function of (content, template): it reads no database and keeps no state between
calls, so it may run in any thread or process (a batch uses several). What it reuses from one call to the next
only saves work and never changes a byte: the paragraph styles, and the font subsets (app/documents/subsets.py).
"""
from __future__ import annotations

import io
from functools import lru_cache, partial
from datetime import date, timedelta
from html import escape as _escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from app.documents import arithmetic
from app.documents.content import CREDIT_NOTE, STATEMENT, WHOLESALE, Content, Line
from app.documents.fonts import bold_file, faces, family_for
from app.documents.girocode import QrCode, payload
from app.documents.layout import Geometry, fit_columns, geometry, widest_word
from app.documents.template import Template, grouped_iban
from app.documents.wording import Wording

# What xml.sax.saxutils.escape does (&, < and >), without the urllib.request and http.client that module imports.
escape = partial(_escape, quote=False)
GREY = colors.HexColor("#5F6B7A")
RULE = colors.HexColor("#C9D1DA")
FOOTER_HEIGHT = 16 * mm


def render(content: Content, template: Template) -> bytes:
    """The PDF of ``content`` laid out by ``template``; a Factur-X PDF/A-3 with the CII XML attached when the
    template switches e-invoicing on and the content is an issued invoice or credit note (app/documents/cii.py)."""
    document = _Document(content, template)
    data = document.build()
    if template.einvoice != "none":
        from app.documents import cii

        if cii.applies(content, template.einvoice):
            data = cii.embed(data, einvoice_xml(content, template), template.einvoice, title=title_of(content),
                             author=content.issuer.name, subject=f"{document.kind_title()} {content.number}",
                             lang=content.language.replace("_", "-"))
    return data


def einvoice_xml(content: Content, template: Template, profile: str | None = None) -> bytes:
    """The Factur-X CII XML of ``content`` for ``profile`` (default: the template's), with the template's
    bank account as the payment means."""
    from app.documents import cii

    pay = template.block("payment")
    profile = profile or (template.einvoice if template.einvoice != "none" else "en16931")
    return cii.cii_xml(content, profile, iban=pay["iban"], bic=pay["bic"],
                       account_holder=pay["account_holder"] or content.issuer.name, terms_days=pay["terms_days"])


def title_of(content: Content) -> str:
    """The PDF's title: the issuer and the number (a draft: its kind)."""
    return f"{content.issuer.name} {content.number or 'draft'}"


class _Document:
    def __init__(self, content: Content, template: Template):
        self.c = content
        self.t = template
        self.w = Wording(content.language, content.currency)
        self.g: Geometry = geometry(template)
        self.family = family_for(template.font, content.language, self._texts())
        self.regular, self.bold = faces(self.family)
        self.accent = colors.HexColor(template.accent_colour)
        self.tint = _tint(template.accent_colour, 0.90)
        self.styles = _styles(self.regular, self.bold, template.accent_colour)
        self.country_names = self.w.locale.territories

    def _texts(self):
        """The document's own texts (names, addresses, lines, the template's words): what its font must write."""
        c, t = self.c, self.t
        for party in (c.issuer, c.customer):
            yield party.name
            a = party.address or {}
            yield from a.get("lines") or ()
            yield a.get("city")
        for ln in c.lines:
            yield ln.description
            yield ln.company
        for texts in (t.footer, t.block("notes")["text"], t.block("payment")["text"]):
            if texts:
                yield _localized(texts, c.language)

    # ---------------------------------------------------------------- wording shared by page and body

    def kind_title(self) -> str:
        w = self.w
        kind = self.c.kind
        if kind == CREDIT_NOTE:
            return w.gettext("Credit note")
        if kind == STATEMENT:
            return w.gettext("Statement")
        if kind == WHOLESALE:
            return w.gettext("Wholesale invoice")
        return w.gettext("Invoice")

    def tax_label(self) -> str:
        """What the tax is called: the template's word in the document's language, else "VAT" translated."""
        own = self.t.block("totals")["tax_label"]
        return _localized(own, self.c.language) if own else self.w.gettext("VAT")

    def due_date(self) -> date | None:
        if self.c.due_date is not None:  # the ledger's, fixed when the invoice was issued
            return self.c.due_date
        day = self.c.issue_date
        if day is None:
            return None
        return day + timedelta(days=self.t.block("payment")["terms_days"])

    # ---------------------------------------------------------------- building

    def build(self) -> bytes:
        g = self.g
        buf = io.BytesIO()
        doc = BaseDocTemplate(
            buf, pagesize=(g.page_width, g.page_height), leftMargin=g.left, rightMargin=g.right, topMargin=g.top,
            bottomMargin=g.bottom, title=title_of(self.c), author=self.c.issuer.name,
            subject=f"{self.kind_title()} {self.c.number or ''}".strip(), creator="Prorata",
            lang=self.c.language.replace("_", "-"), invariant=1)
        bottom = g.bottom + FOOTER_HEIGHT
        first = Frame(g.left, bottom, g.content_width, g.page_height - g.body_top - bottom, id="first",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        later_top = g.top + 12 * mm
        later = Frame(g.left, bottom, g.content_width, g.page_height - later_top - bottom, id="later",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("first", [first], onPage=self._first_page, autoNextPageTemplate="later"),
                              PageTemplate("later", [later], onPage=self._later_page)])
        doc.build(self._story(), canvasmaker=_numbered(self))
        return buf.getvalue()

    # ---------------------------------------------------------------- the story

    def _story(self) -> list:
        s, w, c = self.styles, self.w, self.c
        heading = self.kind_title()
        if c.number:
            heading = w.gettext("{kind} {number}", kind=heading, number=c.number)
        else:
            heading = w.gettext("{kind} (draft)", kind=heading)
        story: list = [Paragraph(escape(heading), s["title"])]
        if c.credits is not None:
            number, day = c.credits
            text = (w.gettext("This credit note credits invoice {number} of {date}.", number=number, date=w.day(day))
                    if day else w.gettext("This credit note credits invoice {number}.", number=number))
            story.append(Paragraph(escape(text), s["subtitle"]))
        elif c.kind == STATEMENT:
            # A settlement has no period: it takes every margin up to the reseller's boundary not taken before.
            shown = c.shown_period
            text = (w.gettext("Your margins on the invoices to your customers, settled up to {date}.",
                              date=w.day(shown.settled_to)) if shown is not None and shown.settled_to else
                    w.gettext("Your margins on the invoices to your customers."))
            story.append(Paragraph(escape(text), s["subtitle"]))
        story.append(Spacer(1, 4 * mm))
        blocks = {"lines": self._lines, "totals": self._totals, "notes": self._notes, "payment": self._payment}
        for name in self.t.block("order"):
            story += blocks[name]()
        return story

    def _lines(self) -> list:
        w = self.w
        columns = self.t.block("lines")["columns"]
        show_arithmetic = self.t.block("lines")["arithmetic"]
        heads = {"position": ("#", "left"), "description": (w.gettext("Description"), "left"),
                 "quantity": (w.gettext("Qty"), "right"), "unit_price": (w.gettext("Unit price"), "right"),
                 "tax_rate": (self.tax_label(), "right"), "amount": (w.gettext("Amount"), "right")}
        wanted = {"position": 8 * mm, "quantity": 15 * mm, "unit_price": 25 * mm, "tax_rate": 14 * mm,
                  "amount": 26 * mm}
        # Plain strings where no wrapping is needed: a Paragraph costs far more to lay out.
        plain = [{"position": str(ln.position), "quantity": w.number(ln.quantity),
                  "unit_price": w.price(ln.unit_price), "tax_rate": w.percent(ln.tax_rate),
                  "amount": w.money(ln.amount)} for ln in self.c.lines]
        # No word breaks in a narrow column (a German "Umsatzsteuer" head): it widens, or the heads get smaller.
        fit = fit_columns(columns, wanted, {c: heads[c][0] for c in columns},
                          {c: [cells[c] for cells in plain] for c in wanted}, self.g.content_width,
                          head_font=self.bold, head_size=8, cell_font=self.regular, cell_size=8.5)
        # The heads as plain lines (a Paragraph costs far more to lay out), wrapped like one in a narrow column.
        rows = [[_TextLines([(heads[c][0], self.bold, fit.head_size, fit.head_size + 2, colors.white)],
                            align=heads[c][1]) for c in columns]]
        for ln, cells in zip(self.c.lines, plain):
            cells["description"] = self._description(ln, show_arithmetic, tinted=len(rows) % 2 == 0)
            rows.append([cells[c] for c in columns])
        numeric = [i for i, c in enumerate(columns) if c in ("quantity", "unit_price", "tax_rate", "amount")]
        style = [("BACKGROUND", (0, 0), (-1, 0), self.accent),
                 ("FONT", (0, 1), (-1, -1), self.regular, 8.5, 11),
                 *[("ALIGN", (i, 1), (i, -1), "RIGHT") for i in numeric],
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                 ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                 ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE)]
        # Every other line tinted by one command: a command per line is copied at each page break, which made
        # a wholesale invoice of 10,000 lines take half a minute. Each line's description knows its tint, so the
        # alternation runs on across pages.
        style.append(("BACKGROUND", (0, 1), (-1, -1), _Tints(self.tint, columns.index("description"))))

        def table(part: list, heights: list | None = None) -> Table:
            made = Table(part, colWidths=fit.widths, rowHeights=heights, repeatRows=1)
            made.setStyle(TableStyle(style))
            return made

        return [_Rows(rows[0], rows[1:], table) if len(rows) > _Rows.FEW else table(rows), Spacer(1, 3 * mm)]

    def _description(self, ln: Line, show_arithmetic: bool, *, tinted: bool = False) -> list:
        w = self.w
        small: list[str] = []
        if ln.company:
            small.append(w.gettext("for {company}", company=ln.company))
        if ln.start is not None:
            small.append(w.gettext("Period: {period}", period=w.span(ln.start, ln.last_day)))
        if ln.corrects is not None:
            start, end, number = ln.corrects
            period = w.span(start, end - timedelta(days=1))
            small.append(w.gettext("Correction of {period}, billed on invoice {number}", period=period, number=number)
                         if number else w.gettext("Correction of {period}", period=period))
        if ln.minimum is not None:
            minimum, subtotal = ln.minimum
            small.append(w.gettext("Minimum charge {minimum}: the other lines come to {subtotal}",
                                   minimum=w.money(minimum), subtotal=w.money(subtotal)))
        if show_arithmetic and ln.arithmetic is not None:
            small.append(arithmetic.words(ln.arithmetic, w))
        # Plain lines, not Paragraphs: a month's run lays out tens of thousands of these cells.
        return [_TextLines([(ln.description or ln.kind, self.bold, 8.5, 11, colors.black)]
                           + [(x, self.regular, 7.5, 9.5, GREY) for x in small], tinted=tinted)]

    def _totals(self) -> list:
        s, w, c = self.styles, self.w, self.c
        # Plain strings (one line each, never wrapped): a Paragraph costs far more to lay out.
        rows = [[w.gettext("Subtotal"), w.money(c.subtotal)]]
        tax_rows = c.tax_rows if self.t.block("totals")["tax_breakdown"] else []
        if tax_rows:
            for tr in tax_rows:
                label = w.gettext("{tax} {rate} on {base}", tax=self.tax_label(), rate=w.percent(tr.rate),
                                  base=w.money(tr.base))
                rows.append([label, w.money(tr.tax)])
        else:
            rows.append([self.tax_label(), w.money(c.tax)])
        total_label = w.gettext("Total")
        if c.kind == CREDIT_NOTE:
            total_label = w.gettext("Total credited")
        elif c.kind == STATEMENT:
            total_label = w.gettext("Total due to you")
        rows.append([total_label, w.money(c.total)])
        total_row = len(rows) - 1
        # Credit applied to an invoice as it was issued, then what is left to pay (Content.applied).
        if c.applied_total:
            rows += [[self.applied_label(a), w.money(-a.amount)] for a in c.applied]
            rows.append([w.gettext("Amount due"), w.money(c.amount_due)])  # the payment text's figure too
        strong = {total_row, len(rows) - 1}  # the total, and the amount due below it
        # A label is one line, never wrapped: the table widens for a long one (up to the page's width).
        label_width = max(63 * mm, 8 + max(pdfmetrics.stringWidth(r[0], self.bold, 10.5) if k in strong else
                                           pdfmetrics.stringWidth(r[0], self.regular, 8.5)
                                           for k, r in enumerate(rows)))
        amount_width = max(32 * mm, widest_word([r[1] for r in rows], self.bold, 10.5) + 8)
        width = min(label_width + amount_width, self.g.content_width)
        table = Table(rows, colWidths=[width - amount_width, amount_width], hAlign="RIGHT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), self.regular, 8.5, 11),
            *[("FONT", (0, k), (-1, k), self.bold, 10.5, 14) for k in sorted(strong)],
            ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            *[("LINEABOVE", (0, k), (-1, k), 1.2 if k == len(rows) - 1 else 0.6, self.accent)
              for k in sorted(strong)],
            ("BACKGROUND", (0, -1), (-1, -1), self.tint)]))
        out: list = [table]
        note = self.tax_note()
        if note:
            out += [Spacer(1, 2 * mm), Paragraph(escape(note), s["note"])]
        return [KeepTogether(out), Spacer(1, 5 * mm)]

    def applied_label(self, a) -> str:
        """A line below the total for credit applied at issue (``content.Applied``), naming where it came from."""
        w = self.w
        if a.credit_note:
            return w.gettext("Credit applied from credit note {number}", number=a.credit_note)
        if a.day is not None:
            return w.gettext("Credit applied from your payment of {date}", date=w.day(a.day))
        return w.gettext("Credit applied")

    def tax_note(self) -> str | None:
        w, c = self.w, self.c
        if c.tax_note == "reverse_charge":
            return w.gettext("Reverse charge: VAT is to be accounted for by the recipient (Article 196 of Council "
                             "Directive 2006/112/EC).")
        if c.tax_note == "exempt":
            return w.gettext("No VAT is charged: this supply is exempt from VAT.")
        return None

    def _notes(self) -> list:
        block = self.t.block("notes")
        if not block["show"] or not block["text"]:
            return []
        text = _localized(block["text"], self.c.language)
        return [Paragraph("<br/>".join(escape(x) for x in text.split("\n")), self.styles["note"]), Spacer(1, 4 * mm)]

    def _payment(self) -> list:
        block = self.t.block("payment")
        if not block["show"]:
            return []
        s, w, c = self.styles, self.w, self.c
        due = self.due_date()
        paras: list[str] = []
        if c.kind == CREDIT_NOTE or c.total < 0:
            paras.append(w.gettext("We will refund {amount} to you or set it against your next invoice.",
                                   amount=w.money(abs(c.total))))
        elif c.kind == STATEMENT:
            paras.append(w.gettext("We will transfer {amount} to your account by {date}.", amount=w.money(c.total),
                                   date=w.day(due)) if due else
                         w.gettext("We will transfer {amount} to your account.", amount=w.money(c.total)))
        elif c.total == 0:
            paras.append(w.gettext("Nothing is due."))
        elif c.applied_total >= c.total:  # the credit applied at issue settled it in full
            paras.append(w.gettext("Nothing is due: the credit applied settles this invoice in full."))
        elif c.mandate:
            paras.append(w.gettext("We will collect {amount} by SEPA direct debit on or after {date} under mandate "
                                   "{mandate}.", amount=w.money(c.amount_due),
                                   date=w.day(c.mandate.get("collection_date")),
                                   mandate=c.mandate.get("reference", "")))
        elif c.number is None:  # a draft has no number to quote yet
            paras.append(w.gettext("Please pay {amount} by {date}.", amount=w.money(c.amount_due), date=w.day(due))
                         if due else w.gettext("Please pay {amount}.", amount=w.money(c.amount_due)))
        elif due is not None:
            paras.append(w.gettext("Please pay {amount} by {date}, quoting {reference}.",
                                   amount=w.money(c.amount_due), date=w.day(due), reference=c.number))
        else:
            paras.append(w.gettext("Please pay {amount}, quoting {reference}.", amount=w.money(c.amount_due),
                                   reference=c.number))
        if block["text"]:
            paras.append(_localized(block["text"], c.language))
        # The bank details and the QR code only while something is left to transfer (the amount due).
        paying = c.settles and c.total > 0 and c.amount_due > 0 and not c.mandate
        details: list[list] = []
        if paying and block["iban"]:
            holder = block["account_holder"] or c.issuer.name
            for label, value in ((w.gettext("Account holder"), holder), ("IBAN", grouped_iban(block["iban"])),
                                 ("BIC", block["bic"]), (w.gettext("Bank"), block["bank"]),
                                 (w.gettext("Reference"), c.number)):
                if value:
                    details.append([label, value])
        left: list = [Paragraph(escape(self.w.gettext("Payment")), s["h"])]
        left += [Paragraph("<br/>".join(escape(x) for x in p.split("\n")), s["note"]) for p in paras]
        if details:
            label_width = max(pdfmetrics.stringWidth(label, self.regular, 7.5) for label, _ in details) + 4 * mm
            # Plain lines, not Paragraphs (far cheaper to lay out), wrapped alike where a value is too long.
            cells = [[_TextLines([(label, self.regular, 7.5, 9.5, GREY)]),
                      _TextLines([(value, self.regular, 8.5, 11, colors.black)])] for label, value in details]
            t = Table(cells, colWidths=[label_width, 80 * mm], hAlign="LEFT")
            t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
            left += [Spacer(1, 2 * mm), t]
        qr = None
        if paying and block["qr"] and block["iban"] and c.currency == "EUR" and c.number:
            data = payload(block["account_holder"] or c.issuer.name, block["iban"], c.amount_due, c.number,
                           block["bic"])
            if data is not None:
                qr = [QrCode(data, 30 * mm), Paragraph(escape(w.gettext("Scan to pay")), s["caption"])]
        if qr is None:
            return [CondPageBreak(40 * mm), KeepTogether(left)]
        width = self.g.content_width
        row = Table([[left, qr]], colWidths=[width - 34 * mm, 34 * mm])
        row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
        return [CondPageBreak(40 * mm), row]

    # ---------------------------------------------------------------- page furniture (drawn, not flowing)

    def _first_page(self, canvas: Canvas, doc) -> None:
        canvas.saveState()
        self._letterhead(canvas)
        self._address(canvas)
        self._facts(canvas)
        self._marks(canvas)
        self._draft_mark(canvas)
        canvas.restoreState()

    def _later_page(self, canvas: Canvas, doc) -> None:
        g, c = self.g, self.c
        canvas.saveState()
        y = g.page_height - g.top - 4 * mm
        canvas.setFont(self.bold, 9)
        canvas.setFillColor(self.accent)
        canvas.drawString(g.left, y, c.issuer.name)
        canvas.setFont(self.regular, 8)
        canvas.setFillColor(GREY)
        canvas.drawRightString(g.page_width - g.right, y, f"{self.kind_title()} {c.number or ''}".strip())
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(g.left, y - 3 * mm, g.page_width - g.right, y - 3 * mm)
        self._draft_mark(canvas)
        canvas.restoreState()

    def _letterhead(self, canvas: Canvas) -> None:
        g, c, lh = self.g, self.c, self.t.block("letterhead")
        box = g.letterhead
        top = g.page_height - box.top
        logo_w = 0.0
        place = lh["logo"] if self.t.logo else "none"
        if place != "none":
            reader = ImageReader(io.BytesIO(self.t.logo))
            iw, ih = reader.getSize()
            h = min(lh["logo_height"] * mm, box.height)
            logo_w = min(h * iw / ih, box.width / 2)
            h = logo_w * ih / iw
            x = box.x if place == "left" else box.x + box.width - logo_w
            canvas.drawImage(reader, x, top - h, logo_w, h, mask="auto")
        x = box.x + (logo_w + 5 * mm if place == "left" else 0)
        canvas.setFillColor(self.accent)
        canvas.setFont(self.bold, 15)
        canvas.drawString(x, top - 15, c.issuer.name)
        if lh["issuer_address"]:
            canvas.setFont(self.regular, 8)
            canvas.setFillColor(GREY)
            y = top - 27
            details = [", ".join(c.issuer.address_lines(self.country_names, postal=False))]
            details.append("  ·  ".join(x for x in (c.issuer.email, self._tax_id_label(c.issuer.tax_id)) if x))
            for text in details:
                if text:
                    canvas.drawString(x, y, text)
                    y -= 10

    def _tax_id_label(self, tax_id: str | None) -> str | None:
        return self.w.gettext("VAT ID {tax_id}", tax_id=tax_id) if tax_id else None

    def _address(self, canvas: Canvas) -> None:
        g, c = self.g, self.c
        issuer_country = (c.issuer.address or {}).get("country")
        if self.t.block("address")["sender_line"]:
            # The return address names its country only when the letter goes abroad.
            abroad = (c.customer.address or {}).get("country")
            lines = c.issuer.address_lines(self.country_names, abroad)
            street = len((c.issuer.address or {}).get("lines") or [])
            if street > 1:  # a return address needs the last street line only (the house, not the building)
                lines = lines[street - 1:]
            sender = " · ".join([c.issuer.name] + lines)
            size = 6.5
            while size > 5 and canvas.stringWidth(sender, self.regular, size) > g.sender.width:
                size -= 0.25
            while canvas.stringWidth(sender, self.regular, size) > g.sender.width:
                sender = sender[:-2] + "…"
            canvas.setFont(self.regular, size)
            canvas.setFillColor(GREY)
            y = g.page_height - g.sender.bottom + 1.5 * mm
            canvas.drawString(g.sender.x, y, sender)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.3)
            canvas.line(g.sender.x, y - 1.2 * mm, g.sender.x + g.sender.width, y - 1.2 * mm)
        lines = [c.customer.name] + c.customer.address_lines(self.country_names, issuer_country)
        # Every line goes in the window, the town and the country above all (the post reads the last lines): more
        # than six are set closer and smaller, and beyond eight the first street lines share one.
        street = len((c.customer.address or {}).get("lines") or [])
        while len(lines) > 8 and street > 1:
            lines[1:3] = [f"{lines[1]}, {lines[2]}"]
            street -= 1
        leading = min(12.5, (g.address.height - 13) / max(1, len(lines) - 1))
        canvas.setFillColor(colors.black)
        y = g.page_height - g.address.top - 11
        for i, text in enumerate(lines):
            canvas.setFont(self.bold if i == 0 else self.regular, min(10.0, leading * 0.8))
            canvas.drawString(g.address.x, y, text)
            y -= leading

    def _facts(self, canvas: Canvas) -> None:
        g, c, w = self.g, self.c, self.w
        rows: list[tuple[str, str]] = []
        number_label = {CREDIT_NOTE: w.gettext("Credit note no."), STATEMENT: w.gettext("Statement no.")}.get(
            c.kind, w.gettext("Invoice no."))
        for name in self.t.block("facts")["fields"]:
            if name == "number":
                rows.append((number_label, c.number or w.gettext("draft")))
            elif name == "issue_date":
                rows.append((w.gettext("Date"), w.day(c.issue_date) or "—"))
            elif name == "due_date" and c.kind not in (CREDIT_NOTE, STATEMENT) and self.due_date():
                rows.append((w.gettext("Due date"), w.day(self.due_date())))
            elif name == "customer_number" and c.customer.code:
                rows.append((w.gettext("Customer no."), c.customer.code))
            elif name == "period" and (shown := c.shown_period) is not None:
                # A settlement with a reseller has no period of its own: the boundary it settled up to.
                rows.append((w.gettext("Settled up to"), w.day(shown.settled_to)) if shown.settled_to else
                            (w.gettext("Period"), w.span(shown.start, shown.last)))
            elif name == "tax_ids":
                if c.customer.tax_id:
                    rows.append((w.gettext("Your VAT ID"), c.customer.tax_id))
                if c.issuer.tax_id:
                    rows.append((w.gettext("Our VAT ID"), c.issuer.tax_id))
        if c.credits is not None:
            rows.append((w.gettext("Credits invoice"), c.credits[0]))
        box = g.facts
        label_w = max((canvas.stringWidth(label, self.regular, 8) for label, _ in rows), default=0) + 4 * mm
        y = g.page_height - box.top - 9
        for label, value in rows:
            canvas.setFont(self.regular, 8)
            canvas.setFillColor(GREY)
            canvas.drawString(box.x, y, label)
            font = self.bold if label == number_label else self.regular
            size = 8.5
            while size > 6 and canvas.stringWidth(value, font, size) > box.width - label_w:
                size -= 0.5
            canvas.setFont(font, size)
            canvas.setFillColor(colors.black)
            canvas.drawRightString(box.x + box.width, y, value)
            y -= 11.5

    def _marks(self, canvas: Canvas) -> None:
        g = self.g
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.4)
        for y in g.folds:
            canvas.line(4 * mm, g.page_height - y, 8 * mm, g.page_height - y)
        if g.punch is not None:
            canvas.line(4 * mm, g.page_height - g.punch, 10 * mm, g.page_height - g.punch)

    def _draft_mark(self, canvas: Canvas) -> None:
        """A large, faint "DRAFT" across the page, drawn as an image so that it never mixes into the text a
        reader or a test extracts (the title and the facts say "draft" in words)."""
        if not self.c.is_draft:
            return
        g = self.g
        image, width, height = _watermark(self.w.gettext("DRAFT"), bold_file(self.family))
        w = g.page_width * 0.8
        h = w * height / width
        canvas.drawImage(image, (g.page_width - w) / 2, (g.page_height - h) / 2, w, h, mask="auto")

    def footer(self, canvas: Canvas, page: int, pages: int) -> None:
        g, c, w = self.g, self.c, self.w
        canvas.saveState()
        y = g.bottom + FOOTER_HEIGHT - 4 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(g.left, y + 2.5 * mm, g.page_width - g.right, y + 2.5 * mm)
        canvas.setFont(self.regular, 7)
        canvas.setFillColor(GREY)
        issuer = c.issuer
        lines = [" · ".join([issuer.name] + issuer.address_lines(self.country_names, postal=False))]
        contact = [x for x in (issuer.email, self._tax_id_label(issuer.tax_id)) if x]
        if contact:
            lines.append(" · ".join(contact))
        if self.t.footer:
            lines += _localized(self.t.footer, c.language).split("\n")
        for text in lines[:4]:
            canvas.drawString(g.left, y, text)
            y -= 9
        canvas.drawRightString(g.page_width - g.right, g.bottom + FOOTER_HEIGHT - 4 * mm,
                               w.gettext("Page {page} of {pages}", page=page, pages=pages))
        canvas.restoreState()


class _TextLines(Flowable):
    """Lines of plain text, each in its face, size, leading and colour, wrapped to the cell's width at spaces
    (and between any two characters of a word too long for it, as Japanese is written), left or right aligned:
    a table cell's text without the cost of a Paragraph's markup and layout."""

    def __init__(self, items: list[tuple[str, str, float, float, colors.Color]], align: str = "left", *,
                 tinted: bool = False):
        super().__init__()
        self.items = items
        self.align = align  # "left" or "right"
        self.tinted = tinted  # the lines table's row it describes has a tinted background (see _Tints)
        self.lines: list[tuple[str, str, float, float, colors.Color]] = []

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        self.lines = [(line, font, size, leading, colour) for text, font, size, leading, colour in self.items
                      for line in _wrapped(text, font, size, availWidth)]
        self.width, self.height = availWidth, sum(leading for _, _, _, leading, _ in self.lines)
        return self.width, self.height

    def draw(self) -> None:
        canvas, top = self.canv, self.height
        right = self.align == "right"
        for text, font, size, leading, colour in self.lines:
            canvas.setFont(font, size)
            canvas.setFillColor(colour)
            if right:
                canvas.drawRightString(self.width, top - size, text)
            else:
                canvas.drawString(0, top - size, text)
            top -= leading


class _Rows(Flowable):
    """A long table laid out a window of rows at a time, split where the whole table would be: ReportLab lays
    out all of a split table's remaining rows again at every page break, which grows with the square of the
    rows (a wholesale invoice of 12,000 lines took half a minute). A window holds a few more rows than the
    page's room can, so every page costs the same, and each row's height is measured once. ``make(rows,
    heights)`` builds a window's table, the head row first (a height None: the table measures it)."""

    SHORTEST = 19  # pt: a row of the lines table is one line of 11 pt and 8 pt of padding, at least
    FEW = 60  # rows: a table this short is laid out whole

    def __init__(self, head: list, rows: list, make, heights: list | None = None):
        super().__init__()
        self.head, self.rows, self.make = head, rows, make
        self.heights = heights if heights is not None else [None] * (len(rows) + 1)  # the head's first
        self.table, self.room = None, None

    def _window(self, room: float) -> Table:
        """The table of the rows that may meet the page's ``room`` (and at least one more)."""
        if self.table is None or self.room != room:
            n = int(room / self.SHORTEST) + 2
            self.table, self.room = self.make([self.head] + self.rows[:n], self.heights[:n + 1]), room
        return self.table

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        table = self._window(availHeight)
        self.width, height = table.wrap(availWidth, availHeight)
        table._argH = table._rowHeights  # measured: the split that follows need not measure again
        self.heights[:len(table._rowHeights)] = table._rowHeights
        # Rows beyond the window: never "fits", so the frame splits it (or moves it to the next page).
        self.height = height if table._nrows > len(self.rows) else max(height, availHeight + 1)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        table = self._window(availHeight)
        parts = table.split(availWidth, availHeight)
        if not parts:
            return []
        taken = parts[0]._nrows - 1  # the head row is repeated in every part
        rest = self.rows[taken:]
        if not rest:
            return parts
        heights = self.heights[:1] + self.heights[taken + 1:]
        return [parts[0], _Rows(self.head, rest, self.make, heights) if len(rest) > self.FEW
                else self.make([self.head] + rest, heights)]

    def draw(self) -> None:  # drawn only when the window holds every row left
        self.table.drawOn(self.canv, 0, 0)


class _Tints:
    """A table's BACKGROUND drawn by a function: the tint behind each row whose cell in ``column`` is a
    ``_TextLines`` marked ``tinted``, in whatever part of the table a page holds."""

    def __init__(self, colour: colors.Color, column: int):
        self.colour = colour
        self.column = column

    def __call__(self, table: Table, canvas: Canvas, x0: float, y0: float, width: float, height: float) -> None:
        positions, heights = table._rowpositions, table._rowHeights
        canvas.setFillColor(self.colour)
        for row in range(table.repeatRows, table._nrows):
            cell = table._cellvalues[row][self.column]
            if any(getattr(f, "tinted", False) for f in (cell if isinstance(cell, (list, tuple)) else (cell,))):
                canvas.rect(x0, positions[row], width, -heights[row], stroke=0, fill=1)


def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    lines, current = [], ""
    for word in text.split(" "):
        trial = f"{current} {word}" if current else word
        if pdfmetrics.stringWidth(trial, font, size) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        while len(word) > 1 and pdfmetrics.stringWidth(word, font, size) > width:
            n = len(word) - 1
            while n > 1 and pdfmetrics.stringWidth(word[:n], font, size) > width:
                n -= 1
            lines.append(word[:n])
            word = word[n:]
        current = word
    lines.append(current)
    return lines


@lru_cache(maxsize=32)
def _styles(regular: str, bold: str, accent_colour: str) -> dict[str, ParagraphStyle]:
    """The paragraph styles of a document in faces ``regular`` and ``bold`` with the template's accent colour
    (made once per process for each; a style is only read while a document is laid out)."""
    accent = colors.HexColor(accent_colour)
    base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=12)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=16, leading=20, textColor=accent),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=9.5, leading=13),
        "h": ParagraphStyle("h", base, fontName=bold, fontSize=10, leading=14, textColor=accent,
                            spaceBefore=4, spaceAfter=2),
        "caption": ParagraphStyle("caption", base, fontSize=7.5, leading=9.5, textColor=GREY, alignment=TA_CENTER),
        "note": ParagraphStyle("note", base, fontSize=8.5, leading=11.5),
    }


@lru_cache(maxsize=16)
def _watermark(text: str, font_file: str) -> tuple[ImageReader, int, int]:
    """``text`` in faint red, rotated, on a transparent image, in the font of ``font_file`` (a resource path;
    cached per text and font)."""
    from PIL import Image, ImageDraw, ImageFont

    from app.resources import resource

    font = ImageFont.truetype(str(resource(font_file)), 160)
    left, top, right, bottom = font.getbbox(text)
    img = Image.new("RGBA", (right - left + 40, bottom - top + 40), (0, 0, 0, 0))
    ImageDraw.Draw(img).text((20 - left, 20 - top), text, font=font, fill=(200, 30, 30, 30))
    img = img.rotate(35, expand=True, resample=Image.BICUBIC)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    return ImageReader(buf), img.width, img.height


def _localized(texts: dict, language: str) -> str:
    from app.models.catalogue import localized

    return localized(texts, language)


def _tint(hex_colour: str, amount: float) -> colors.Color:
    """``hex_colour`` mixed with white (``amount`` 1 is white): a background that keeps text readable."""
    c = colors.HexColor(hex_colour)
    return colors.Color(c.red + (1 - c.red) * amount, c.green + (1 - c.green) * amount,
                        c.blue + (1 - c.blue) * amount)


def _numbered(document: _Document):
    """A canvas class that holds the pages until the end, to write "Page n of m" on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                document.footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas
