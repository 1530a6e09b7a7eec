"""Aging: what is open per issuer and currency by days overdue (not yet due, 1-30, 31-60, 61-90, over 90),
a total per currency, and the buckets of the chosen row as bars."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.payments import aging
from app.services import billing_view
from ui.dialogs.date_edit import DateEdit
from ui.dialogs.messages import show_error
from ui.formatting import fmt_money
from ui.payments.words import bucket_words
from ui.tables import fit_height, table_view

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TOTAL_BG = QColor(236, 239, 244)
COLUMNS = 12  # issuer, currency, the five buckets, open, owed outside invoices, unapplied credit, to pay out,
# to collect
TO_PAY_OUT = 10  # the column of what is to pay out to resellers on their statements (hidden when none is)
TO_COLLECT = 11  # the column of what resellers owe on their statements (hidden when none do)
BAR_COLOURS = (QColor(76, 141, 102), QColor(232, 181, 62), QColor(226, 134, 54), QColor(208, 88, 52),
               QColor(164, 38, 44))


@dataclass
class Row:
    issuer: str  # the issuer's name ("" on a total row)
    currency: str
    buckets: dict[str, Decimal]
    open: Decimal
    credit: Decimal
    total: bool = False
    outside: Decimal = Decimal(0)  # owed outside invoices (app/payments/position.py)
    to_pay_out: Decimal = Decimal(0)  # statements to resellers less payouts (``aging.AgingRow.to_pay_out``)
    to_collect: Decimal = Decimal(0)  # what resellers owe on their statements (``aging.AgingRow.to_collect``)


def with_totals(rows: list[aging.AgingRow], names: dict[str, str]) -> list[Row]:
    """The aging rows by currency, each currency's rows followed by their total."""
    out: list[Row] = []
    for cur in sorted({r.currency for r in rows}):
        mine = [r for r in rows if r.currency == cur]
        for r in mine:
            out.append(Row(names.get(r.issuer, r.issuer), cur, dict(r.buckets), r.open, r.credit,
                           outside=r.outside, to_pay_out=r.to_pay_out, to_collect=r.to_collect))
        out.append(Row("", cur, {b: sum((r.buckets[b] for r in mine), Decimal(0)) for b in aging.BUCKETS},
                       sum((r.open for r in mine), Decimal(0)), sum((r.credit for r in mine), Decimal(0)), True,
                       sum((r.outside for r in mine), Decimal(0)), sum((r.to_pay_out for r in mine), Decimal(0)),
                       sum((r.to_collect for r in mine), Decimal(0))))
    return out


class AgingModel(QAbstractTableModel):
    """Columns: issuer, currency, the five buckets, open, owed outside invoices, unapplied credit, to pay out,
    to collect."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_data(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def headers(self) -> list[str]:
        return ([self.tr("Issued by"), self.tr("Currency")] + [bucket_words(b) for b in aging.BUCKETS]
                + [self.tr("Open"), self.tr("Owed outside invoices"), self.tr("Unapplied credit"),
                   self.tr("To pay out"), self.tr("To collect")])

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= 2:
            return int(RIGHT)
        return None

    def _cell(self, r: Row, c: int) -> str:
        if c == 0:
            return self.tr("Total %1").replace("%1", r.currency) if r.total else r.issuer
        if c == 1:
            return r.currency
        figures = (r.open, r.outside, r.credit, r.to_pay_out, r.to_collect)
        value = r.buckets[aging.BUCKETS[c - 2]] if c < 7 else figures[c - 7]
        return fmt_money(value, r.currency) if value else "—"

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r, c = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(r, c)
        if role == Qt.ItemDataRole.TextAlignmentRole and c >= 2:
            return int(RIGHT)
        if role == Qt.ItemDataRole.FontRole and r.total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and r.total:
            return QBrush(TOTAL_BG)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)


class AgingBars(QWidget):
    """The five buckets of one row as horizontal bars, each with its amount."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._row: Row | None = None
        self.setMinimumHeight(5 * 26 + 16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_row(self, row: Row | None) -> None:
        self._row = row
        self.update()

    def paintEvent(self, _event) -> None:
        r = self._row
        if r is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        label_w = max(fm.horizontalAdvance(bucket_words(b)) for b in aging.BUCKETS) + 16
        amounts = [r.buckets[b] for b in aging.BUCKETS]
        texts = [fmt_money(a, r.currency) for a in amounts]
        value_w = max(fm.horizontalAdvance(t) for t in texts) + 16
        most = max(amounts) or Decimal(1)
        width = max(10, min(640, self.width() - label_w - value_w - 8))
        for i, (b, a, t) in enumerate(zip(aging.BUCKETS, amounts, texts)):
            y = 8 + i * 26
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(0, y, label_w - 8, 20), int(RIGHT), bucket_words(b))
            w = float(width * (a / most)) if a > 0 else 0.0
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(BAR_COLOURS[i])
            p.drawRoundedRect(QRectF(label_w, y + 3, max(w, 2.0 if a > 0 else 0.0), 14), 3, 3)
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(label_w + w + 8, y, value_w, 20), int(Qt.AlignmentFlag.AlignLeft
                                                                    | Qt.AlignmentFlag.AlignVCenter), t)
        p.end()


class AgingView(QWidget):
    """The aging page of the console: as of a day, for one issuer or all."""

    sig_loaded = Signal()
    """The figures arrived."""

    def __init__(self, worker, parent=None, today: date | None = None):
        super().__init__(parent)
        self._worker = worker
        self.as_of_label = QLabel()
        self.as_of = DateEdit(today or date.today())
        self.issuer_label = QLabel()
        self.issuer = QComboBox()
        self.issuer.setMinimumContentsLength(16)
        self.reload_button = QPushButton()
        bar = QHBoxLayout()
        for label, w in ((self.as_of_label, self.as_of), (self.issuer_label, self.issuer)):
            label.setBuddy(w)
            bar.addWidget(label)
            bar.addWidget(w)
        bar.addWidget(self.reload_button)
        bar.addStretch(1)
        self.as_of.setMaximumWidth(160)
        self.model = AgingModel(self)
        self.view = table_view(self.model, 0)
        self.bars_title = QLabel()
        title_font = QFont(self.bars_title.font())
        title_font.setBold(True)
        self.bars_title.setFont(title_font)
        self.bars = AgingBars()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.view)
        lay.addSpacing(8)
        lay.addWidget(self.bars_title)
        lay.addWidget(self.bars)
        lay.addWidget(self.note)
        lay.addStretch(1)
        self._sellers: list = []
        self._names: dict[str, str] = {}
        self.as_of.dateChanged.connect(lambda _d: self.load())
        self.issuer.currentIndexChanged.connect(lambda _i: self.load())
        self.reload_button.clicked.connect(self.load)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._chosen(cur.row()))
        self.retranslate()

    def load(self) -> None:
        """Read the issuers (once) and the figures on the worker."""
        day, issuer = self.as_of.day(), self.issuer.currentData()

        def read(s):
            sellers = billing_view.sellers(s)
            return sellers, aging.aging(s, day, issuer=issuer)
        self._worker.run(read, on_done=self._show, on_error=lambda e: show_error(self, e))

    def _show(self, result) -> None:
        sellers, rows = result
        if not self._sellers:
            self._sellers = sellers
            self._fill_issuers()
        self._names = {s.code: s.name for s in sellers}
        self.model.set_rows(with_totals(rows, self._names))
        self.view.setColumnHidden(TO_PAY_OUT, not any(r.to_pay_out for r in rows))
        self.view.setColumnHidden(TO_COLLECT, not any(r.to_collect for r in rows))
        fit_height(self.view, self.model.rowCount(), 16)
        last = self.model.rowCount() - 1
        if last >= 0:
            self.view.setCurrentIndex(self.model.index(last, 0))
        self._chosen(last)
        self.sig_loaded.emit()

    def _chosen(self, row: int) -> None:
        r = self.model.row_data(row)
        self.bars.set_row(r)
        self.bars_title.setText("" if r is None else
                                (self.tr("Open %1 by days overdue: all issuers").replace("%1", r.currency)
                                 if r.total else self.tr("Open %1 by days overdue: %2").replace(
                                     "%1", r.currency).replace("%2", r.issuer)))

    def _fill_issuers(self) -> None:
        current = self.issuer.currentData()
        self.issuer.blockSignals(True)
        self.issuer.clear()
        self.issuer.addItem(self.tr("Every issuer"), None)
        for s in self._sellers:
            self.issuer.addItem(s.name, s.code)
        self.issuer.setCurrentIndex(max(0, self.issuer.findData(current)))
        self.issuer.blockSignals(False)

    def retranslate(self) -> None:
        self.as_of_label.setText(self.tr("&As of:"))
        self.issuer_label.setText(self.tr("&Issued by:"))
        self.reload_button.setText(self.tr("Reload"))
        self.note.setText(self.tr("Days overdue count from each invoice's due date. Credit is netted into the "
                                  "buckets, oldest invoice first; what is left of it is unapplied credit. Money "
                                  "owed outside invoices (a refund whose payment then bounced) has its own "
                                  "column: open plus it, less credit, is what the customers owe. What resellers' "
                                  "statements leave to pay out to them, once the payouts are counted, has a "
                                  "column of its own, in no bucket: it is owed to them, not by them. What "
                                  "resellers owe on their statements (a statement that nets against the "
                                  "reseller) is to collect, in a column of its own too."))
        self._fill_issuers()
        self.model.retranslate()
        self._chosen(self.view.currentIndex().row())
