"""``prorata explain INVOICE [--line N] [--json]``: why each line of an invoice has its amount.

The explanation is data (app/billing/explain.py); the sentences are here, for a terminal, in English.
"""
from __future__ import annotations

import json
from typing import Any

# The sentence of each phrase id of app/billing/explain.py; parameters are formatted by ``_value``.
TEMPLATES = {
    "in_advance": "billed in advance for the period {start} to {end}",
    "prorated": "a change on {day}: {days} of the {period_days} days of the period {period_start} to {period_end}",
    "period_unknown": "{start} to {end} is not one billing period of the company as its billing days fall today",
    "extra": "one-off extra: {event}",
    "recurring_extra": "recurring extra: {event}",
    "minimum": "the minimum charge is {minimum}: the charges came to {subtotal}, topped up by {top_up}",
    "manual": "typed by hand by {actor} on {at}",
    "manual_unrecorded": "typed by hand (the audit log does not say by whom)",
    "correction": "corrects the period {period_start} to {period_end}, billed on {invoice}",
    "cause": "because of a change recorded after that invoice: {event}",
    "formula": "{quantity} x {unit_price} x {days}/{period_days} = {exact} -> {rounded}",
    "formula_whole": "{quantity} x {unit_price} = {exact} -> {rounded}",
    "rounding": "rounded once, half-up, to {digits} decimal(s): rounding difference {difference}",
    "price_from": "price in force on {day}, layer by layer:",
    "cost_from": "the reseller's cost on {day}, layer by layer:",
    "term_price": "{monthly} a month for a term of {months} months: {unit_price}",
    "margin": "the reseller's cost for this line is {cost}; its margin {margin}",
    "price_changed": "the price matrix changed since: billed at {billed} ({billed_price} a unit), "
                     "today's prices give {today} ({today_price} a unit)",
    "no_price_today": "no layer has a price for {day} today: the price matrix changed since",
}
LAYERS = {"company_override": "company override", "retail": "retail", "wholesale_override": "wholesale override",
          "wholesale": "wholesale"}


def register(sub) -> None:
    from app.cli.main import add_db_option

    p = sub.add_parser("explain", help="why each line of an invoice has its amount",
                       description="For each line: the price layers consulted and the one that applied, the "
                                   "quantity, the days, the exact amount before rounding and the rounding; what "
                                   "a correction corrects and why; who typed a manual line.")
    p.add_argument("ref", metavar="INVOICE", help="its number, ISSUER:NUMBER, or a draft's id")
    p.add_argument("--issuer", metavar="CODE",
                   help="whose number it is ('hoster' or a reseller code), when several issuers use it")
    p.add_argument("--line", metavar="N", type=int, help="only line N (1 is the first)")
    p.add_argument("--json", action="store_true")
    add_db_option(p)
    p.set_defaults(func=_explain)


def _explain(args, ctx) -> int:
    from app.billing.explain import explain_invoice
    from app.errors import ProrataError
    from app.services import invoices
    from app.storage.engine import unit_of_work

    with unit_of_work(ctx.engine()) as s:
        found = explain_invoice(s, invoices.find(s, args.ref, args.issuer).id)
    if args.line is not None:
        if not 1 <= args.line <= len(found.lines):
            raise ProrataError.of("no_line_to_explain", "--line", invoice=found.label, count=len(found.lines),
                                  line=args.line)
        found.lines = [found.lines[args.line - 1]]
    if args.json:
        print(json.dumps(found.as_json(), indent=2, ensure_ascii=False))
        return 0
    print("\n".join(render(found)))
    return 0


def render(found) -> list[str]:
    """The explanation as lines of text."""
    cur = found.currency
    out = [f"{found.label}  {found.kind}  {found.status}  customer {found.customer}  issuer {found.issuer}  {cur}"]
    for ln in found.lines:
        what = " ".join(x for x in (ln.description, f"({ln.plan or ln.extra_code})" if ln.plan or ln.extra_code
                                    else "", f"for {ln.company}" if ln.company and ln.company != found.customer
                                    else "") if x)
        span = f"  {ln.start}..{ln.end}" if ln.start else ""
        out.append("")
        out.append(f"line {ln.position}  {ln.kind}  {what}{span}  {_value('amount', ln.amount, cur)}")
        for phrase in ln.words:
            text = TEMPLATES.get(phrase.id, phrase.id)
            params = {k: _value(k, v, cur) for k, v in phrase.params.items()}
            try:
                out.append("  " + text.format(**params))
            except (KeyError, IndexError, ValueError):
                out.append(f"  {phrase.id} {params}")
            if phrase.id in ("price_from", "cost_from"):
                layers = ln.layers if phrase.id == "price_from" else ln.cost_layers
                out += ["    " + _layer(i, x, cur) for i, x in enumerate(layers, start=1)]
    return out


def _layer(i: int, x, cur: str) -> str:
    name = f"{LAYERS.get(x.layer, x.layer)} ({x.owner})"
    if x.amount is None:  # with a day: the company's own price ended then
        return f"{i}. {name:<32} " + (f"own price ended from {x.valid_from}" if x.valid_from else "no price")
    since = f"from {x.valid_from}" if x.valid_from else "always"
    return f"{i}. {name:<32} {_value('price', x.amount, cur):>10}  {since:<16}{'  <- applied' if x.applied else ''}"


def _value(key: str, value: Any, cur: str) -> str:
    from datetime import date, datetime, timedelta
    from decimal import Decimal

    from app.billing.explain import EXCLUSIVE_ENDS, EventRef, Exact
    from app.money import minor_digits, to_text

    if value is None:
        return "—"
    if isinstance(value, Exact):
        text = value.text(0 if key == "difference" else minor_digits(cur))
        return ("+" + text) if key == "difference" and value.value > 0 else text
    if isinstance(value, Decimal):
        if key == "quantity":
            q = value.normalize()
            return str(q.quantize(Decimal(1))) if q == q.to_integral_value() else format(q, "f")
        shown = to_text(value, cur)
        return shown if Decimal(shown) == value else format(value.normalize(), "f")  # a price with more digits
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):  # a period's end is exclusive: shown as its last day, as the invoice shows it
        return (value - timedelta(days=1) if key in EXCLUSIVE_ENDS else value).isoformat()
    if isinstance(value, EventRef):
        return _event(value, cur)
    return str(value)


def _event(e, cur: str) -> str:
    parts = [e.type]
    parts += [x for x in (e.plan, f"-> {e.to_plan}" if e.to_plan else None, e.user, e.code) if x]
    if e.quantity is not None:
        parts.append(f"quantity {e.quantity}")
    if e.amount is not None:
        parts.append(_value("amount", e.amount, cur))
    text = f"{' '.join(parts)}, dated {e.date.isoformat()}"
    if e.recorded_at is not None:
        text += f", recorded {_value('at', e.recorded_at, cur)}"
    if e.recorded_by:
        text += f" by {e.recorded_by}"
    return text
