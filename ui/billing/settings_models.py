"""Table models of the billing settings dialog: the issuers' settings, and one issuer's minimum charges.

Both hold what ``app.services.billing_settings.read`` returned; an edit goes to
the worker as one ``set_value`` or ``set_minimum`` and, once saved, the dialog
reads everything again. Rates and amounts are shown and read in the UI's
locale (``app.values.typed``) and sent in machine form; a typed value that
cannot be read is refused at once (``sig_refused``). Choice cells (switches,
policies) offer their choices through ``CHOICES_ROLE`` for ``ChoiceDelegate``.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.errors import ProrataError
from app.models import MinimumPolicy
from app.money import to_text
from app.services.billing_settings import ALL_SWITCHES as SWITCHES
from app.services.billing_settings import HOSTER, IssuerSettings
from app.values.typed import amount_edit_text, edit_text, read_amount, read_tax_rate
from ui.formatting import fmt_money, ui_language

CHOICES_ROLE = Qt.ItemDataRole.UserRole + 10
"""[(label, value)] a choice cell offers; its EditRole is the current value."""

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
INHERITED = QColor(110, 110, 110)


class IssuerSettingsModel(QAbstractTableModel):
    """One row per issuer (the hoster first): tax rate, number format and the four switches (checks: whether
    checks are taken as payment)."""

    COLUMNS = ("issuer", "tax_rate", "invoice_number_format", *SWITCHES)

    sig_edit = Signal(str, str, object)
    """A cell was changed: (issuer, setting name, value as the service takes it)."""

    sig_refused = Signal(object)
    """A typed value was refused before anything was sent: the ProrataError."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[IssuerSettings] = []

    def set_rows(self, rows: list[IssuerSettings]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, i: int) -> IssuerSettings | None:
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def find(self, issuer: str | None) -> IssuerSettings | None:
        return next((r for r in self._rows if r.issuer == issuer), None)

    def rows(self) -> list[IssuerSettings]:
        return list(self._rows)

    def refresh(self) -> None:
        """Every cell shown again from the rows (after an edit was cancelled)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def rate_words(self, rate) -> str:
        """A tax rate as its cell shows it (the column says it is a percentage)."""
        return edit_text(rate.normalize(), ui_language())

    def _title(self, key: str) -> str:
        return {"issuer": self.tr("Issuer"), "tax_rate": self.tr("Tax rate (%)"),
                "invoice_number_format": self.tr("Invoice numbers"), "invoicing": self.tr("Invoicing"),
                "payment_collection": self.tr("Payment collection"),
                "email_delivery": self.tr("Email delivery"), "checks": self.tr("Checks")}[key]

    def title(self, key: str) -> str:
        """A setting's column title, as the confirmation names it."""
        return self._title(key)

    def _switch_words(self, r: IssuerSettings, key: str) -> str:
        return self.switch_words(r, key, r.switches[key])

    def switch_words(self, r: IssuerSettings, key: str, own: bool | None) -> str:
        """A switch value of ``r`` as its cell shows it (None: as the hoster, with what that is)."""
        if own is None:
            return self.tr("As the hoster (on)") if self.effective(r, key, None) else self.tr("As the hoster (off)")
        return self.tr("On") if own else self.tr("Off")

    def effective(self, r: IssuerSettings, key: str, own: bool | None) -> bool:
        """Whether switch ``key`` would be on for ``r`` with ``own`` as its own value (None: the hoster's)."""
        if own is not None:
            return own
        hoster = self.find(HOSTER)
        return bool(hoster.switches[key]) if hoster is not None else r.effective[key]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._title(self.COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return {"invoicing": self.tr("Off: billing runs skip the issuer's companies (the hoster's: no runs)."),
                    "checks": self.tr("Off: checks are refused when a payment to the issuer is recorded."),
                    "invoice_number_format": self.tr("A template with {seq} and optionally {year}, "
                                                     "such as INV-{year}-{seq:05}.")}.get(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        r = self.row(index.row())
        if r is None or not index.isValid():
            return None
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "issuer":
                return self.tr("%1 (hoster)").replace("%1", r.name) if r.issuer == HOSTER else r.name
            if key == "tax_rate":
                return self.rate_words(r.tax_rate)
            if key == "invoice_number_format":
                return r.invoice_number_format
            return self._switch_words(r, key)
        if role == Qt.ItemDataRole.EditRole:
            if key in SWITCHES:
                return r.switches[key]
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == CHOICES_ROLE and key in SWITCHES:
            choices = [(self.tr("On"), True), (self.tr("Off"), False)]
            if r.issuer != HOSTER:
                choices.append((self.tr("As the hoster"), None))
            return choices
        if role == Qt.ItemDataRole.ForegroundRole and key in SWITCHES and r.switches[key] is None:
            return QBrush(INHERITED)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "tax_rate":
            return int(RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and key == "issuer":
            return r.issuer
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.COLUMNS[index.column()] == "issuer" else flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        r = self.row(index.row())
        if r is None or role != Qt.ItemDataRole.EditRole:
            return False
        key = self.COLUMNS[index.column()]
        if key in SWITCHES:
            if value == r.switches[key]:
                return False
        elif key == "tax_rate":
            try:
                rate = read_tax_rate(str(value), ui_language(), self._title(key))
                if rate is None:
                    raise ProrataError.of("missing", field=self._title(key))
            except ProrataError as error:
                self.sig_refused.emit(error)
                return False
            if rate == r.tax_rate:
                return False
            value = format(rate.normalize(), "f")
        else:
            value = str(value).strip()
            if value == self.data(index, Qt.ItemDataRole.EditRole):
                return False
        self.sig_edit.emit(r.issuer, key, value)
        return True


class MinimumsModel(QAbstractTableModel):
    """One issuer's minimum charges: currency, amount (empty removes it), policy."""

    COLUMNS = ("currency", "amount", "policy")

    sig_edit = Signal(str, object, str)
    """(currency, amount in machine form or None to remove, policy)."""

    sig_refused = Signal(object)
    """A typed amount was refused before anything was sent: the ProrataError."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple] = []

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def currencies(self) -> set[str]:
        return {c for c, _, _ in self._rows}

    def rows(self) -> list[tuple]:
        return list(self._rows)

    def refresh(self) -> None:
        """Every cell shown again from the rows (after an edit was cancelled)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))

    def policy_words(self, policy: str) -> str:
        return self._policy_words(policy)

    def _policy_words(self, policy: str) -> str:
        return self.tr("Defer to the next invoice") if policy == MinimumPolicy.DEFER.value else self.tr(
            "Top up to the minimum")

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return {"currency": self.tr("Currency"), "amount": self.tr("Minimum"),
                    "policy": self.tr("Below it")}[self.COLUMNS[section]]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        currency, amount, policy = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"currency": currency, "amount": fmt_money(amount, currency),
                    "policy": self._policy_words(policy)}[key]
        if role == Qt.ItemDataRole.EditRole:
            return {"currency": currency, "amount": amount_edit_text(amount, currency, ui_language()),
                    "policy": policy}[key]
        if role == CHOICES_ROLE and key == "policy":
            return [(self._policy_words(p.value), p.value) for p in MinimumPolicy]
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "amount":
            return int(RIGHT)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.COLUMNS[index.column()] == "currency" else flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (0 <= index.row() < len(self._rows)):
            return False
        currency, amount, policy = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if key == "amount":
            try:
                typed = read_amount(str(value), ui_language(), currency, where=self.tr("Minimum"))
            except ProrataError as error:
                self.sig_refused.emit(error)
                return False
            if typed == amount:
                return False
            self.sig_edit.emit(currency, None if typed is None else to_text(typed, currency), policy)  # None: remove
        else:
            if value == policy:
                return False
            self.sig_edit.emit(currency, to_text(amount, currency), value)
        return True
