"""Price matrices: for a currency and a seller, every plan against the price layers.

A seller is the hoster (selling to its direct companies) or a reseller. The
matrix shows, for the day it is read: the hoster's wholesale price, the
reseller's cost (its override, else wholesale), the seller's retail price and
the margin (retail - cost; for the hoster, retail - nothing). A plan without a
price in a layer that needs one is a hole.

Editing a cell sets the layer's price from a date on (a new price row, or the
row already starting that day); earlier periods keep the price they had. A
change that would reach a day already billed for a company it applies to is
refused (``app.services.billed_prices``).

A company's own price (the ``company_override`` layer) is between the company and its seller. A company that
moves to another seller (``app.services.moves``) pays an own price only while the seller that set it sells it
(``PriceBook.own_key``), so an own price set from a day is filed under the company's seller on that day (not
its seller after a move recorded for later) and ends at the company's next move: ``own_price_notice`` says
so. The price screens read the seller of the day they show, as billing does (``CompanySellers``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.billing.context import CompanyRow, load_companies, seller_id, seller_key
from app.billing.pricebook import PriceBook
from app.company_state import Event
from app.errors import MESSAGES, Problem, ProrataError
from app.models import Company, CompanyEvent, Currency, EventType, Layer, Plan, Price, Reseller, localized
from app.money import parse_amount, to_text
from app.services import audit, billed_prices

MESSAGES.setdefault("currency_not_enabled", "currency {code} is not enabled")
MESSAGES.setdefault("own_price_ends_at_move",
                    "the own price of {company} from {date} belongs to its seller on that day ({seller}); it "
                    "ends on {moved}, when {company} moves to {next}: from then {company} pays {next}'s prices, "
                    "unless an own price is set from {moved} on")
MESSAGES.setdefault("own_price_other_seller",
                    "{company}'s seller on {date} is {seller}, and an own price belongs to the seller on the day "
                    "it starts: set it from {moved} (when {company} moves to you) or later")

MESSAGES.setdefault("own_price_none_to_end",
                    "{company} has no own price for plan {plan} in {currency} on {date}: there is none to end")
MESSAGES.setdefault("own_price_cannot_end",
                    "the own price of {company} for plan {plan} in {currency} began on {since} and is removed only "
                    "from that day, not from {date}. To have {company} pay its seller's price from {date}, end its "
                    "own price from {date} (\"End own price from…\", or 'prorata prices end')")


@dataclass
class MatrixRow:
    plan_id: int
    plan_code: str
    plan_name: str
    basis: str
    wholesale: Decimal | None
    cost: Decimal | None  # the reseller's cost; None for the hoster as seller
    retail: Decimal | None
    cost_overridden: bool = False

    @property
    def margin(self) -> Decimal | None:
        if self.retail is None:
            return None
        if self.cost is None:
            return None if self.wholesale is None else self.retail - self.wholesale
        return self.retail - self.cost

    @property
    def holes(self) -> list[str]:
        """Layers the plan lacks a price in."""
        out = []
        if self.wholesale is None:
            out.append(Layer.WHOLESALE.value)
        if self.retail is None:
            out.append(Layer.RETAIL.value)
        return out


@dataclass
class CompanyPriceRow:
    """One plan on a company's page: its seller's price, the company's own, and what it pays."""

    plan_code: str
    plan_name: str
    basis: str
    retail: Decimal | None  # the seller's price to its companies
    own: Decimal | None  # the company's own price (the override layer), in force on the day
    own_from: date | None = None  # when that own price starts (None: always)
    own_ended: date | None = None  # no own price on the day because it ended on this day (it pays the seller's)

    @property
    def pays(self) -> Decimal | None:
        return self.own if self.own is not None else self.retail


@dataclass(frozen=True)
class CompanySellers:
    """A company's sellers over time, read as billing reads them (``CompanyRow.seller_on`` over its moves)."""

    row: CompanyRow
    moves: tuple[Event, ...]  # its move events, in effective order

    @classmethod
    def load(cls, session: Session, company: str) -> "CompanySellers":
        row = load_companies(session, company)[0]
        e = CompanyEvent
        moves = tuple(Event(day, EventType.MOVE.value, code=code) for day, code in session.execute(
            select(e.date, e.code).where(e.company_id == row.id, e.type == EventType.MOVE.value)
            .order_by(e.date, e.id)))
        return cls(row, moves)

    @property
    def moved(self) -> bool:
        """Whether it ever moved (then it pays only the own prices its seller of the day set)."""
        return self.row.first_seller is not None

    def on(self, day: date | None) -> int | None:
        """Its seller's reseller id on ``day`` (None: the hoster; ``day`` None: at signup)."""
        return seller_id(self.row.seller_on(list(self.moves), day or date.min))

    def next_move(self, day: date | None) -> Event | None:
        """Its first move dated after ``day`` (None: since always), or None."""
        return next((m for m in self.moves if day is None or m.date > day), None)

    def own_key(self, plan_id: int, currency: str, day: date) -> tuple:
        """The key of the own prices it pays on ``day`` (``PriceBook.own_key``, its seller of the day's)."""
        return PriceBook.own_key(plan_id, currency, company_id=self.row.id, seller_id=self.on(day),
                                 by_seller=self.moved)


def _code(session: Session, rid: int | None) -> str:
    """A seller by id as a person names it (``moves.seller_code``)."""
    from app.services.moves import seller_code

    return seller_code(session, seller_key(rid))


seller_name = _code  # a seller by id as a person names it, for the other price services


def own_price_notice(session: Session, company: str, valid_from: date | None) -> Problem | None:
    """What a clerk setting an own price of ``company`` from ``valid_from`` should know: that the price is
    the seller's of that day and ends at the company's next move (None when no move follows)."""
    from app.services.moves import seller_code

    sellers = CompanySellers.load(session, company)
    move = sellers.next_move(valid_from)
    if move is None:
        return None
    return Problem("own_price_ends_at_move", {
        "company": company, "date": valid_from.isoformat() if valid_from else "-",
        "seller": _code(session, sellers.on(valid_from)), "moved": move.date.isoformat(),
        "next": seller_code(session, move.code)})


def _own_price_seller(session: Session, comp: Company, valid_from: date | None) -> int | None:
    """The seller an own price of ``comp`` from ``valid_from`` belongs to: its seller on that day. A
    reseller's login may set only its own (row-level security would refuse the row; say why in words)."""
    from app.storage.row_security import login_scope

    sellers = CompanySellers.load(session, comp.code)
    rid = sellers.on(valid_from)
    scoped = login_scope(session.connection())
    scope = scoped[1] if scoped else None
    if scope not in (None, 0) and scope != rid:
        move = next((m for m in sellers.moves if seller_id(m.code) == scope
                     and (valid_from is None or m.date > valid_from)), None)
        raise ProrataError.of("own_price_other_seller", "valid_from", company=comp.code,
                              seller=_code(session, rid),
                              date=valid_from.isoformat() if valid_from else "-",
                              moved=move.date.isoformat() if move else "-")
    return rid


def _seller_id(session: Session, seller: str) -> int | None:
    if seller == "hoster":
        return None
    rid = session.scalar(select(Reseller.id).where(Reseller.code == seller))
    if rid is None:
        raise ProrataError.of("not_found", kind="reseller", code=seller)
    return rid


def _enabled(session: Session, currency: str) -> None:
    cur = session.get(Currency, currency)
    if cur is None or not cur.enabled:
        raise ProrataError.of("currency_not_enabled", code=currency)


check_currency = _enabled  # for the other price services (``price_removal.end_own_price``)


def matrix(session: Session, currency: str, seller: str, on: date | None = None,
           language: str = "en") -> list[MatrixRow]:
    """One row per plan, prices in force on ``on`` (default today)."""
    _enabled(session, currency)
    on = on or date.today()
    rid = _seller_id(session, seller)
    book = PriceBook.load(session, [currency])
    rows = []
    for plan in session.scalars(select(Plan).order_by(Plan.code)):
        key = lambda layer, owner: book.in_force((layer, plan.id, currency, owner), on)  # noqa: E731
        wholesale = key(Layer.WHOLESALE.value, None)
        override = key(Layer.WHOLESALE_OVERRIDE.value, rid) if rid is not None else None
        rows.append(MatrixRow(plan.id, plan.code, localized(plan.name, language), plan.basis, wholesale,
                              (override if override is not None else wholesale) if rid is not None else None,
                              key(Layer.RETAIL.value, rid), override is not None))
    return rows


def set_price(session: Session, *, layer: str, plan: str, currency: str, amount: str | None,
              valid_from: date | None, reseller: str | None = None, company: str | None = None,
              ended: bool = False) -> Price | None:
    """Set (or, with ``amount`` None, remove) a layer's price from ``valid_from`` on. Audited.

    ``ended`` (a company's own price, ``amount`` None, a day): record that the company's own price ends from
    ``valid_from`` (a row without amount, app/models/prices.py; audited as "end"): from then it pays its
    seller's price. ``price_removal.end_own_price`` decides when that, or removing a row, is the end.

    Refused (``app.services.billed_prices``), with nothing written, when it would change the price in force
    on a day already billed for a company the price applies to. A company's own price is filed under its
    seller on ``valid_from`` (``own_price_notice`` says when a move ends it); a reseller's login may set only
    its own."""
    _enabled(session, currency)
    if layer not in {x.value for x in Layer}:
        raise ProrataError.of("bad_value", where="layer", value=layer, allowed=[x.value for x in Layer])
    plan_row = session.scalars(select(Plan).where(Plan.code == plan)).first()
    if plan_row is None:
        raise ProrataError.of("unknown", where="plan", kind="plan", code=plan)
    if ended and (layer != Layer.COMPANY_OVERRIDE.value or amount is not None or valid_from is None):
        raise ValueError("only a company's own price ends, from a day, with no amount")
    value = None if amount is None else parse_amount(amount, currency)
    reseller_id = company_id = None
    if layer == Layer.COMPANY_OVERRIDE.value:
        comp = session.scalars(select(Company).where(Company.code == (company or ""))).first()
        if comp is None:
            raise ProrataError.of("unknown", where="company", kind="company", code=company)
        # The seller on valid_from (``comp.reseller_id`` is already the seller of a move recorded for later).
        company_id, reseller_id = comp.id, _own_price_seller(session, comp, valid_from)
    elif layer in (Layer.WHOLESALE_OVERRIDE.value, Layer.RETAIL.value):
        if layer == Layer.WHOLESALE_OVERRIDE.value and (reseller in (None, "hoster")):
            raise ProrataError.of("missing", where="reseller", field="reseller")
        reseller_id = _seller_id(session, reseller or "hoster")
    q = select(Price).where(Price.layer == layer, Price.plan_id == plan_row.id, Price.currency == currency,
                            Price.reseller_id.is_(None) if reseller_id is None else Price.reseller_id == reseller_id,
                            Price.company_id.is_(None) if company_id is None else Price.company_id == company_id,
                            Price.valid_from.is_(None) if valid_from is None else Price.valid_from == valid_from)
    existing = session.scalars(q).first()
    if existing is None and value is None and company_id is not None:
        # Removing an own price filed under another seller (before own prices followed the seller of their
        # day): the company's one row of that start is the one meant.
        rows = session.scalars(select(Price).where(
            Price.layer == layer, Price.plan_id == plan_row.id, Price.currency == currency,
            Price.company_id == company_id,
            Price.valid_from.is_(None) if valid_from is None else Price.valid_from == valid_from)).all()
        if len(rows) == 1:
            existing, reseller_id = rows[0], rows[0].reseller_id
    before = None if existing is None else _audited(existing.amount, currency)
    entity_id = f"{layer}:{plan}:{currency}:{reseller or company or 'hoster'}:{valid_from or '-'}"
    if existing is not None or value is not None or ended:
        # An unchanged amount changes nothing billed; removing a row always does (an own price's end row too:
        # without it the own price before it is in force again).
        if existing is None or existing.amount != value or (value is None and not ended):
            billed_prices.refuse(session, layer=layer, plan_id=plan_row.id, currency=currency, valid_from=valid_from,
                                 reseller_id=reseller_id, company_id=company_id,
                                 removal=value is None and not ended)
    if ended:
        if existing is None:
            existing = Price(layer=layer, plan_id=plan_row.id, currency=currency, amount=None,
                             valid_from=valid_from, reseller_id=reseller_id, company_id=company_id)
            session.add(existing)
        elif existing.amount is None:
            return existing  # ended from that day already: nothing changes
        existing.amount = None
        session.flush()
        audit.record(session, "end", "price", entity_id, before=before, after={"ended": True},
                     reseller_id=reseller_id)
        return existing
    if value is None:
        if existing is None and company_id is not None:
            _refuse_own_price_end(session, comp.code, plan_row, currency, valid_from)
        if existing is not None:
            session.delete(existing)
            audit.record(session, "delete", "price", entity_id, before=before, reseller_id=reseller_id)
        return None
    if existing is None:
        existing = Price(layer=layer, plan_id=plan_row.id, currency=currency, amount=value, valid_from=valid_from,
                         reseller_id=reseller_id, company_id=company_id)
        session.add(existing)
    else:
        existing.amount = value
    session.flush()
    audit.record(session, "set", "price", entity_id, before=before, after={"amount": to_text(value, currency)},
                 reseller_id=reseller_id)
    return existing


def _audited(amount: Decimal | None, currency: str) -> dict:
    """A price row's amount as the audit log keeps it (an own price's end has none)."""
    return {"ended": True} if amount is None else {"amount": to_text(amount, currency)}


def _refuse_own_price_end(session: Session, company: str, plan_row: Plan, currency: str,
                          valid_from: date | None) -> None:
    """Refuse, in words saying what to do, removing an own price from a day none of its rows starts on: an own
    price is removed only from the day it began; from a later day it is ended (``price_removal.end_own_price``)."""
    sellers = CompanySellers.load(session, company)
    on = valid_from or date.min
    book = PriceBook.load(session, [currency])
    key = sellers.own_key(plan_row.id, currency, on)
    day = valid_from.isoformat() if valid_from else "-"
    if book.in_force(key, on) is None:
        raise ProrataError.of("own_price_none_to_end", "valid_from", company=company, plan=plan_row.code,
                              currency=currency, date=day)
    since = book.since(key, on)
    raise ProrataError.of("own_price_cannot_end", "valid_from", company=company, plan=plan_row.code,
                          currency=currency, date=day, since=since.isoformat() if since else "-")


def company_overrides(session: Session, company: str, on: date | None = None) -> list[dict]:
    """A company's own prices in force on ``on``: plan, currency, amount, from."""
    comp = session.scalars(select(Company).where(Company.code == company)).first()
    if comp is None:
        raise ProrataError.of("not_found", kind="company", code=company)
    on = on or date.today()
    best: dict = {}
    q = (select(Price, Plan.code).join(Plan, Plan.id == Price.plan_id)
         .where(Price.company_id == comp.id, Price.layer == Layer.COMPANY_OVERRIDE.value))
    sellers = CompanySellers.load(session, company)
    if sellers.moved:  # only the own prices its seller of the day set (``PriceBook.own_key``)
        rid = sellers.on(on)
        q = q.where(Price.reseller_id.is_(None) if rid is None else Price.reseller_id == rid)
    for price, code in session.execute(q):
        start = price.valid_from or date.min
        if start <= on and ((code, price.currency) not in best or best[(code, price.currency)][0] < start):
            best[(code, price.currency)] = (start, price)
    return [{"plan": code, "currency": cur, "amount": to_text(p.amount, cur), "valid_from": p.valid_from}
            for (code, cur), (_, p) in sorted(best.items()) if p.amount is not None]  # None: ended


def company_prices(session: Session, company: str, currency: str, on: date | None = None,
                   language: str = "en") -> list[CompanyPriceRow]:
    """Every plan with the company's seller's price and the company's own price in ``currency`` on ``on``.

    A plan the company pays nothing for (no own price, no seller's price) is a hole:
    billing the company on it fails until one is set.
    """
    comp = session.scalars(select(Company).where(Company.code == company)).first()
    if comp is None:
        raise ProrataError.of("not_found", kind="company", code=company)
    _enabled(session, currency)
    on = on or date.today()
    book = PriceBook.load(session, [currency])
    sellers = CompanySellers.load(session, company)
    seller = sellers.on(on)  # as billing reads it: the seller of the day, and only the own prices it set
    rows = []
    for plan in session.scalars(select(Plan).order_by(Plan.code)):
        own = sellers.own_key(plan.id, currency, on)
        amount = book.in_force(own, on)
        rows.append(CompanyPriceRow(plan.code, localized(plan.name, language), plan.basis,
                                    book.in_force((Layer.RETAIL.value, plan.id, currency, seller), on),
                                    amount, book.since(own, on) if amount is not None else None,
                                    book.ended(own, on)))
    return rows
