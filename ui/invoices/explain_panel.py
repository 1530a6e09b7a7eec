""""Why this amount": the explanation of the selected invoice line (app/billing/explain.py), in words."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from html import escape

from babel.numbers import format_decimal
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QScrollArea, QVBoxLayout

from app.billing.explain import EXCLUSIVE_ENDS, EventRef, Exact, InvoiceExplanation, LineExplanation, explain_invoice
from app.money import minor_digits
from ui.dialogs.messages import show_error
from ui.formatting import event_words, fmt_count, fmt_date, fmt_last_day, fmt_money, ui_language
from ui.invoices.words import line_kind_words


MOST_LINES = 17  # text lines: room for a proration with its two layer tables; a longer explanation scrolls


class ExplainPanel(QGroupBox):
    """Shows why the selected line of the shown invoice has its amount.

    The explanation of the whole invoice is computed once on the worker when a line of it is first
    selected, and kept until another invoice (or another version of it) is shown."""

    sig_explained = Signal(int)
    """An explanation is on screen: the 1-based position of its line."""

    def __init__(self, worker, parent=None):
        super().__init__(parent)
        self._worker = worker
        self._invoice: tuple[int, int] | None = None  # (id, version) shown
        self._found: InvoiceExplanation | None = None
        self._row: int | None = None
        self._request = 0
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setContentsMargins(4, 4, 4, 4)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scroll)
        self._fit()
        self.retranslate()

    # --- what to explain -------------------------------------------------------------------------------

    def set_invoice(self, invoice_id: int | None, version: int | None = None) -> None:
        """The invoice on screen was (re)read, its lines unselected: the explanation of the same version is
        kept for the next selection; another invoice or version is worked out again when asked."""
        key = None if invoice_id is None else (invoice_id, version or 0)
        if key != self._invoice:
            self._request += 1
            self._invoice, self._found = key, None
        self._row = None
        self._render()

    def show_line(self, row: int | None) -> None:
        """Explain line ``row`` (0-based) of the invoice; None: no line selected."""
        self._row = row if row is not None and row >= 0 else None
        if self._row is not None and self._found is None and self._invoice is not None:
            self._load()
        self._render()

    def _load(self) -> None:
        self._request += 1
        request, invoice_id = self._request, self._invoice[0]

        def done(found: InvoiceExplanation) -> None:
            if request == self._request:
                self._found = found
                self._render()

        def failed(error) -> None:
            if request == self._request:
                self._say(escape(self.tr("The explanation could not be worked out.")))
            show_error(self, error)
        self._worker.run(lambda s: explain_invoice(s, invoice_id), on_done=done, on_error=failed)
        self._say(escape(self.tr("Working out the explanation…")))

    def explanation(self) -> LineExplanation | None:
        if self._found is None or self._row is None or self._row >= len(self._found.lines):
            return None
        return self._found.lines[self._row]

    # --- showing ---------------------------------------------------------------------------------------

    def _fit(self) -> None:
        """As tall as the explanation, up to room for a proration with its two layer tables (MOST_LINES text
        lines); a longer one scrolls inside."""
        most = self.fontMetrics().lineSpacing() * MOST_LINES
        width = self.scroll.viewport().width()
        wanted = self.text.heightForWidth(width) if width > 50 else -1
        if wanted < 0:
            wanted = self.text.sizeHint().height()
        self.scroll.setFixedHeight(max(self.fontMetrics().lineSpacing() * 2, min(wanted + 2, most)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _say(self, html: str) -> None:
        self.text.setText(html)
        self._fit()

    def _render(self) -> None:
        if self._row is None or self._invoice is None:
            self._say(escape(self.tr("Select a line to see how its amount was worked out.")))
            return
        ln = self.explanation()
        if ln is None:
            return  # still working it out
        self._say(self.html(ln))
        self.sig_explained.emit(ln.position)

    def html(self, ln: LineExplanation) -> str:
        """The explanation of one line as rich text: a heading, the sentences, the price layers."""
        cur = self._found.currency
        what = ln.description or line_kind_words(ln.kind)
        parts = [f"<b>{escape(self.tr('Line %1').replace('%1', str(ln.position)))}</b> · "
                 f"{escape(line_kind_words(ln.kind))} · {escape(what)} · <b>{escape(fmt_money(ln.amount, cur))}</b>"]
        items = []
        for phrase in ln.words:
            items.append(escape(self.sentence(phrase.id, phrase.params, cur)))
            if phrase.id in ("price_from", "cost_from"):
                items[-1] += self._layers(ln.layers if phrase.id == "price_from" else ln.cost_layers, cur)
        parts.append("<ul style='margin-left: -20px'>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
        return "".join(parts)

    def _layers(self, layers, cur: str) -> str:
        rows = []
        for i, x in enumerate(layers, start=1):
            name = f"{self.layer_words(x.layer)} ({x.owner})"
            if x.amount is None and x.valid_from is not None:  # a company's own price ended that day
                price, since = self.tr("own price ended"), self.tr("from %1").replace("%1", fmt_date(x.valid_from))
            elif x.amount is None:
                price, since = self.tr("no price"), ""
            else:
                price = fmt_money(x.amount, cur)
                since = (self.tr("from %1").replace("%1", fmt_date(x.valid_from)) if x.valid_from
                         else self.tr("always"))
            mark = self.tr("← applied") if x.applied else ""
            cells = [f"{i}.", escape(name), escape(price), escape(since), escape(mark)]
            style = " style='font-weight: bold'" if x.applied else ""
            rows.append(f"<tr{style}>" + "".join(f"<td style='padding-right: 12px'>{c}</td>" for c in cells)
                        + "</tr>")
        return "<table>" + "".join(rows) + "</table>"

    def layer_words(self, layer: str) -> str:
        return {
            "company_override": self.tr("Company's own price"),
            "retail": self.tr("Retail"),
            "wholesale_override": self.tr("Reseller's own wholesale"),
            "wholesale": self.tr("Wholesale"),
        }.get(layer, layer)

    def templates(self) -> dict[str, str]:
        """The sentence of each phrase id (app/billing/explain.py), with {named} parameters."""
        return {
            "in_advance": self.tr("Billed in advance for the period {start} to {end}."),
            "prorated": self.tr("A change on {day}: {days} of the {period_days} days of the period "
                                "{period_start} to {period_end}."),
            "period_unknown": self.tr("{start} to {end} is not one billing period of the company as its "
                                      "billing days fall today."),
            "extra": self.tr("One-off extra: {event}."),
            "recurring_extra": self.tr("Recurring extra: {event}."),
            "minimum": self.tr("The minimum charge is {minimum}: the charges came to {subtotal}, "
                               "topped up by {top_up}."),
            "manual": self.tr("Typed by hand by {actor} on {at}."),
            "manual_unrecorded": self.tr("Typed by hand (the audit log does not say by whom)."),
            "correction": self.tr("Corrects the period {period_start} to {period_end}, billed on {invoice}."),
            "cause": self.tr("Because of a change recorded after that invoice: {event}."),
            "price_from": self.tr("Price in force on {day}, layer by layer:"),
            "cost_from": self.tr("The reseller's cost on {day}, layer by layer:"),
            "term_price": self.tr("{monthly} a month for a term of {months} months: {unit_price}."),
            "formula": self.tr("{quantity} × {unit_price} × {days}/{period_days} = {exact} → {rounded}"),
            "formula_whole": self.tr("{quantity} × {unit_price} = {exact} → {rounded}"),
            "rounding": self.tr("Rounded once, half-up, to {digits} decimal(s): rounding difference "
                                "{difference}"),
            "margin": self.tr("The reseller's cost for this line is {cost}; its margin {margin}."),
            "price_changed": self.tr("The price matrix changed since: billed at {billed} ({billed_price} a "
                                     "unit), today's prices give {today} ({today_price} a unit)."),
            "no_price_today": self.tr("No layer has a price for {day} today: the price matrix changed since."),
        }

    def sentence(self, phrase_id: str, params: dict, cur: str) -> str:
        shown = {k: self.value(k, v, cur) for k, v in params.items()}
        template = self.templates().get(phrase_id, phrase_id)
        try:
            return template.format(**shown)
        except (KeyError, IndexError, ValueError):  # a broken translation: say the facts anyway
            return f"{phrase_id}: " + ", ".join(f"{k} {v}" for k, v in shown.items())

    def value(self, key: str, value, cur: str) -> str:
        if value is None:
            return self.tr("someone") if key == "actor" else "—"
        if isinstance(value, Exact):
            text = _decimal(value.decimal, minimum=0 if key == "difference" else minor_digits(cur))
            if not value.terminates:
                text += "…"
            return ("+" + text) if key == "difference" and value.value > 0 else text
        if isinstance(value, Decimal):
            if key == "quantity":
                return _decimal(value, minimum=0)
            if key.endswith("price") or key in ("monthly",):
                whole_units = value == value.quantize(Decimal(1).scaleb(-minor_digits(cur)))
                return fmt_money(value, cur) if whole_units else _decimal(value, minimum=minor_digits(cur))
            return fmt_money(value, cur)
        if isinstance(value, datetime):
            return f"{fmt_date(value.date())} {value.strftime('%H:%M')}"
        if isinstance(value, date):
            return fmt_last_day(value) if key in EXCLUSIVE_ENDS else fmt_date(value)
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int):
            return fmt_count(value)
        if isinstance(value, EventRef):
            return self.event_text(value, cur)
        return str(value)

    def event_text(self, e: EventRef, cur: str) -> str:
        bits = [event_words(e.type)]
        bits += [x for x in (e.plan, f"→ {e.to_plan}" if e.to_plan else None, e.user, e.code) if x]
        if e.quantity is not None:
            bits.append(self.tr("quantity %1").replace("%1", fmt_count(e.quantity)))
        if e.amount is not None:
            bits.append(fmt_money(e.amount, cur))
        text = self.tr("%1, dated %2").replace("%1", " ".join(bits)).replace("%2", fmt_date(e.date))
        if e.recorded_at is not None:
            text += self.tr(", recorded %1").replace("%1", fmt_date(e.recorded_at.date()))
        if e.recorded_by:
            text += self.tr(" by %1").replace("%1", e.recorded_by)
        return text

    def retranslate(self) -> None:
        self.setTitle(self.tr("Why this amount"))
        if self._found is not None or self._invoice is not None:
            self._render()
        else:
            self._say(escape(self.tr("Select a line to see how its amount was worked out.")))


def _decimal(value: Decimal, minimum: int) -> str:
    """An exact decimal as the UI's language writes it, every digit kept (at least ``minimum`` decimals)."""
    digits = max(minimum, -value.normalize().as_tuple().exponent)
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return format_decimal(value, format=pattern, locale=ui_language(), decimal_quantization=False)
