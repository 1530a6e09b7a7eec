"""The preview of changes not saved yet: the lines they add to the company's next invoice, each with its
arithmetic, and what the invoice's totals become."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QSizePolicy, QVBoxLayout

from app.models import localized
from app.translation import translator
from app.services.change_preview import CompanyPreview, PreviewLine
from ui.formatting import fmt_date, fmt_last_day, fmt_money, ui_language
from ui.tables import fit_height, table_view
from ui.tenants.changes.words import calculation, line_kind_words

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class PreviewModel(QAbstractTableModel):
    """One row per line the next invoice gains (negative: loses): what, period, calculation, amount."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: list[PreviewLine] = []
        self._currencies: list[str] = []  # each line's invoice's
        self._plans: dict[str, str] = {}

    def set_preview(self, preview: CompanyPreview | list[CompanyPreview] | None,
                    plans: dict[str, str] | None = None) -> None:
        """Show the lines of ``preview`` (the invoices of one boundary: several where the company is billed
        in two currencies or by two sellers; None: none); ``plans`` names plans by code."""
        shown = [] if preview is None else [preview] if isinstance(preview, CompanyPreview) else list(preview)
        self.beginResetModel()
        self._lines = [ln for p in shown for ln in p.lines]
        self._currencies = [p.currency for p in shown for _ in p.lines]
        self._plans = dict(plans or {})
        self.endResetModel()

    def lines(self) -> list[PreviewLine]:
        return list(self._lines)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("Line"), self.tr("Period"), self.tr("Calculation"), self.tr("Amount")][section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == 3:
            return int(RIGHT)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._lines)):
            return None
        line = self._lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(line, index.column(), self._currencies[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(RIGHT)
        return None

    def cell(self, line: PreviewLine, column: int, currency: str) -> str:
        if column == 0:
            what = self._plans.get(line.plan, line.plan) if line.plan else (
                localized(line.description, ui_language()) or line.extra or "")
            if line.user:
                what = self.tr("%1 (%2)").replace("%1", what).replace("%2", line.user)
            return f"{line_kind_words(line.kind)}: {what}" if what else line_kind_words(line.kind)
        if column == 1:
            if line.start is None:
                return ""
            if line.end is None or (line.end - line.start).days <= 1:  # ends are exclusive: one day
                return fmt_date(line.start)
            return self.tr("%1 to %2").replace("%1", fmt_date(line.start)).replace("%2", fmt_last_day(line.end))
        if column == 2:
            return calculation(line.quantity, line.unit_price, line.amount, line.days, line.period_days,
                               currency)
        return fmt_money(line.amount, currency)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, 3))


class PreviewBox(QGroupBox):
    """"On the next invoice": a sentence with the invoice's date and totals, and the lines below it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = PreviewModel(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = table_view(self.model, 2)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read-only figures: Tab goes on to the buttons
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.view)
        lay.addStretch(1)  # the sentence and the lines stay at the top
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._preview: list[CompanyPreview] | None = None
        self._plans: dict[str, str] = {}
        self.retranslate()
        self.show_text(self.tr("The preview shows here."))

    def show_preview(self, preview: CompanyPreview | list[CompanyPreview],
                     plans: dict[str, str] | None = None) -> None:
        """The lines ``preview`` adds to the next invoice, and its totals before and after; a list: the
        invoices of that boundary (the seller's first, then those the changes move in another currency)."""
        shown = [preview] if isinstance(preview, CompanyPreview) else list(preview)
        self._preview, self._plans = shown, dict(plans or {})
        self.model.set_preview(shown, plans)
        self.view.show()
        fit_height(self.view, sum(len(p.lines) for p in shown), most=8)
        self.summary.setText(self.summary_text(shown))

    def show_text(self, text: str) -> None:
        """A sentence instead of lines (working, refused, nothing to show)."""
        self._preview = None
        self.model.set_preview(None)
        self.view.hide()
        self.summary.setText(text)

    def summary_text(self, shown: CompanyPreview | list[CompanyPreview]) -> str:
        shown = [shown] if isinstance(shown, CompanyPreview) else list(shown)
        first, others = shown[0], shown[1:]
        if not any(p.lines for p in shown):
            return " ".join([self.tr("This changes nothing on the next invoice, dated %1.").replace(
                "%1", fmt_date(first.boundary))] + _notes(shown))
        sentences = []
        if first.lines:
            sentences.append(self._totals(self.tr(
                "The next invoice, dated %1: subtotal %2 → %3 (%4); with tax %5 → %6."), first))
        else:
            sentences.append(self.tr("This changes nothing on the next invoice in %1, dated %2.")
                             .replace("%1", first.currency).replace("%2", fmt_date(first.boundary)))
        for p in others:  # another currency's days, or a seller's the company left: only if the changes move it
            sentences.append(self._totals(self.tr(
                "The invoice in %7 of the same date: subtotal %2 → %3 (%4); with tax %5 → %6."), p))
        if any(ln.kind == "correction" for p in shown for ln in p.lines):
            sentences.append(self.tr("The change is dated into a period already invoiced: the correction lines "
                                     "bill that difference on the next invoice."))
        return " ".join(sentences + _notes(shown))

    @staticmethod
    def _totals(sentence: str, p: CompanyPreview) -> str:
        c, change = p.currency, p.subtotal_change
        sign = "+" if change > 0 else ""
        return (sentence.replace("%1", fmt_date(p.boundary)).replace("%2", fmt_money(p.subtotal_before, c))
                .replace("%3", fmt_money(p.subtotal_after, c)).replace("%4", sign + fmt_money(change, c))
                .replace("%5", fmt_money(p.total_before, c)).replace("%6", fmt_money(p.total_after, c))
                .replace("%7", c))

    def retranslate(self) -> None:
        self.setTitle(self.tr("On the next invoice"))
        self.model.retranslate()
        if self._preview is not None:
            self.summary.setText(self.summary_text(self._preview))


def _notes(shown: list[CompanyPreview]) -> list[str]:
    """What the run would leave to the clerk (a give-back of credited days left out), as sentences in the UI's
    language (the engine's messages, translated as errors are)."""
    words = translator(ui_language())
    return [text[:1].upper() + text[1:] + "." for p in shown for text in p.note_texts(words)]
