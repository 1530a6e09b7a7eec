"""Card numbers checked before anything is sent: the brand from the number's prefix, the Luhn check digit, the
issuer's accepted brands and the expiry. The number and the CVC are only ever passed on to the processor's
``save_card``; nothing here keeps them.
"""
from __future__ import annotations

from datetime import date

from app.errors import MESSAGES, ProrataError

BRANDS = ("visa", "mastercard", "amex", "discover", "jcb", "diners", "unionpay", "maestro")
BRAND_NAMES = {"visa": "Visa", "mastercard": "Mastercard", "amex": "American Express", "discover": "Discover",
               "jcb": "JCB", "diners": "Diners Club", "unionpay": "UnionPay", "maestro": "Maestro"}

# (brand, lowest prefix, highest prefix, lengths): the longest matching prefix wins, so that Discover's
# 622126-622925 is taken before UnionPay's 62 and Maestro's 6759 before nothing.
_RANGES: tuple[tuple[str, str, str, tuple[int, ...]], ...] = (
    ("visa", "4", "4", (13, 16, 19)),
    ("mastercard", "51", "55", (16,)),
    ("mastercard", "2221", "2720", (16,)),
    ("amex", "34", "34", (15,)),
    ("amex", "37", "37", (15,)),
    ("discover", "6011", "6011", (16, 17, 18, 19)),
    ("discover", "644", "649", (16, 17, 18, 19)),
    ("discover", "65", "65", (16, 17, 18, 19)),
    ("discover", "622126", "622925", (16, 17, 18, 19)),
    ("jcb", "3528", "3589", (16, 17, 18, 19)),
    ("diners", "300", "305", (14, 15, 16, 17, 18, 19)),
    ("diners", "36", "36", (14, 15, 16, 17, 18, 19)),
    ("diners", "38", "39", (16, 17, 18, 19)),
    ("unionpay", "62", "62", (16, 17, 18, 19)),
    ("maestro", "50", "50", (12, 13, 14, 15, 16, 17, 18, 19)),
    ("maestro", "56", "58", (12, 13, 14, 15, 16, 17, 18, 19)),
    ("maestro", "6304", "6304", (12, 13, 14, 15, 16, 17, 18, 19)),
    ("maestro", "6759", "6759", (12, 13, 14, 15, 16, 17, 18, 19)),
    ("maestro", "676770", "676770", (12, 13, 14, 15, 16, 17, 18, 19)),
    ("maestro", "676774", "676774", (12, 13, 14, 15, 16, 17, 18, 19)),
)

MESSAGES.setdefault("card_number_malformed", "a card number is 12 to 19 digits (spaces and dashes allowed)")
MESSAGES.setdefault("card_brand_unknown", "the card number's first digits match no card brand Prorata knows")
MESSAGES.setdefault("card_length", "a {brand} card number has {lengths} digits, not {length}")
MESSAGES.setdefault("card_luhn", "the card number's check digit is wrong: a digit was mistyped")
MESSAGES.setdefault("card_brand_refused", "{issuer} does not accept {brand} cards (it accepts {accepted})")
MESSAGES.setdefault("card_expired", "the card expired at the end of {month:02}/{year}")
MESSAGES.setdefault("card_expiry_malformed", "give the expiry as MM/YY or MM/YYYY")
MESSAGES.setdefault("card_cvc_malformed", "a card security code is 3 digits (4 for American Express)")


def digits_of(number: str) -> str:
    """The number's digits, spaces and dashes dropped; refused when anything else is in it."""
    text = "".join(ch for ch in str(number) if ch not in " -")
    if not text.isascii() or not text.isdigit() or not 12 <= len(text) <= 19:
        raise ProrataError.of("card_number_malformed", "card")
    return text


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def brand_of(digits: str) -> str | None:
    best: tuple[int, str] | None = None
    for brand, low, high, _ in _RANGES:
        head = digits[:len(low)]
        if low <= head <= high and (best is None or len(low) > best[0]):
            best = (len(low), brand)
    return best[1] if best else None


def check_card(number: str, accepted: tuple[str, ...] | list[str] | None, issuer: str) -> tuple[str, str]:
    """(digits, brand) of a card the issuer takes; refused in words otherwise (nothing is sent)."""
    digits = digits_of(number)
    brand = brand_of(digits)
    if brand is None:
        raise ProrataError.of("card_brand_unknown", "card")
    lengths = next(ln for b, low, high, ln in _RANGES if b == brand and low <= digits[:len(low)] <= high)
    if len(digits) not in lengths:
        raise ProrataError.of("card_length", "card", brand=BRAND_NAMES[brand], length=len(digits),
                              lengths=" or ".join(str(n) for n in lengths))
    if not luhn_ok(digits):
        raise ProrataError.of("card_luhn", "card")
    allowed = tuple(accepted) if accepted else BRANDS
    if brand not in allowed:
        raise ProrataError.of("card_brand_refused", "card", issuer=issuer, brand=BRAND_NAMES[brand],
                              accepted=", ".join(BRAND_NAMES[b] for b in allowed))
    return digits, brand


def check_expiry(text: str, today: date) -> tuple[int, int]:
    """(month, year) of ``MM/YY`` or ``MM/YYYY``; refused when malformed or past."""
    parts = str(text).strip().split("/")
    if len(parts) != 2 or not all(p.isascii() and p.isdigit() for p in parts) or len(parts[1]) not in (2, 4):
        raise ProrataError.of("card_expiry_malformed", "expiry")
    month, year = int(parts[0]), int(parts[1])
    year += 2000 if year < 100 else 0
    if not 1 <= month <= 12:
        raise ProrataError.of("card_expiry_malformed", "expiry")
    if (year, month) < (today.year, today.month):
        raise ProrataError.of("card_expired", "expiry", month=month, year=year)
    return month, year


def check_cvc(cvc: str, brand: str) -> str:
    text = str(cvc).strip()
    if not text.isascii() or not text.isdigit() or len(text) != (4 if brand == "amex" else 3):
        raise ProrataError.of("card_cvc_malformed", "cvc")
    return text
