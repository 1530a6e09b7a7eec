"""Users of a company: the people plans are assigned to.

A user is named by its company and its e-mail address, the same address whatever its letter case. ``email_key``
is the one rule that says when two addresses are the same (users_admin, moves, the bundle import and the change
checker all use it); the database's ``lower()`` is not used for it: SQLite's lowers only ASCII letters and
PostgreSQL's follows the database's collation, so the two would accept different data.
"""
from __future__ import annotations

from sqlalchemy import ColumnElement, ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint, cast, func
from sqlalchemy import collate, false, not_, or_
from sqlalchemy.orm import Mapped, mapped_column

# The models whose tables its foreign keys name, mapped with it (a flush orders rows by them).
from app.models import companies, resellers  # noqa: F401
from app.models.base import Base


class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        UniqueConstraint("company_id", "email", name="uq_users_company_email"),
        Index("ix_users_email", "email"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id"))
    reseller_id: Mapped[int | None] = mapped_column(ForeignKey("resellers.id"), default=None)
    email: Mapped[str] = mapped_column(String(320))
    name: Mapped[str] = mapped_column(String(200))
    # Bumped by every edit: a save is written only if the row is still at the version its author read.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


def email_key(email: str) -> str:
    """What two e-mail addresses that are the same user have in common: Python's Unicode lower case.

    ``email_key("Émile@X.fr") == email_key("émile@x.fr")``. Not ``casefold`` ("Straße" and "strasse" stay two
    addresses, as PostgreSQL's ``lower()`` keeps them)."""
    return email.lower()


def email_candidates(dialect: str, key: str) -> ColumnElement[bool]:
    """A condition on ``users.email`` that every stored address whose ``email_key`` is ``key`` meets (and a few
    others): the caller keeps the rows whose ``email_key(email) == key``. It reads the same on SQLite and
    PostgreSQL whatever the collation: an all-ASCII address is compared by its ASCII lower case; every address
    with another letter is a candidate (few are, and Python decides: "K", the Kelvin sign, lowers to "k")."""
    if dialect == "postgresql":
        is_ascii = func.octet_length(func.convert_to(User.email, "UTF8")) == func.char_length(User.email)
        ascii_lower = func.lower(collate(User.email, "C"))  # the "C" collation lowers only A-Z
    else:
        is_ascii = func.length(cast(User.email, LargeBinary)) == func.length(User.email)
        ascii_lower = func.lower(User.email)  # SQLite's own lower() lowers only A-Z
    same_ascii = (ascii_lower == key) & is_ascii if key.isascii() else false()
    return or_(same_ascii, not_(is_ascii))
