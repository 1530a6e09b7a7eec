"""Who holds an account's credit, in the window's words: one line per collector (``position.credit_held``),
shown where more than one collector has a part in the account's money."""
from __future__ import annotations

from app.payments.console import AccountView
from ui.dialogs.messages import sentence
from ui.formatting import fmt_money


def held_lines(view: AccountView | None) -> list[str]:
    """"Credit held by Acme Cloud GmbH: €20.00, pays only Acme Cloud GmbH's invoices", a line per collector;
    none where one collector has all of the account's money (the credit figure says it all)."""
    if view is None or not view.held.split:
        return []
    return [sentence(h.words(fmt_money(h.amount, view.currency), named=True)) for h in view.held.parts]
