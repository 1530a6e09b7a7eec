"""Column types that keep values exact on both SQLite and PostgreSQL."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import BigInteger, Numeric
from sqlalchemy.types import TypeDecorator

SCALE = 4  # covers every ISO 4217 minor unit (CLF and UYW have 4)
_QUANTUM = Decimal(1).scaleb(-SCALE)


class Amount(TypeDecorator):
    """A money amount, exact on every backend.

    PostgreSQL stores NUMERIC(19, 4). SQLite has no decimal type (its NUMERIC is
    a float), so there the amount is an integer count of 1/10,000 units; sums in
    SQL stay exact integers. Values with more than four decimals are refused.
    """

    impl = BigInteger
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(Numeric(19, SCALE, asdecimal=True))
        return dialect.type_descriptor(BigInteger())

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if not isinstance(value, Decimal):
            if isinstance(value, int):
                value = Decimal(value)
            else:
                raise TypeError(f"amounts must be Decimal, got {type(value).__name__}")
        if dialect.name == "postgresql":
            if value.as_tuple().exponent < -SCALE and value != value.quantize(_QUANTUM):
                raise ValueError(f"amount {value} has more than {SCALE} decimals")
            return value
        scaled = value.scaleb(SCALE)
        units = int(scaled)
        if units != scaled:
            raise ValueError(f"amount {value} has more than {SCALE} decimals")
        return units

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if dialect.name == "postgresql":
            return Decimal(value)
        return Decimal(int(value)).scaleb(-SCALE)
