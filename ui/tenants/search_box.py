"""The search box above the tree: type part of a name, a code or an email; pick a hit to jump to it."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from app.services import directory
from app.services.directory import SEARCH_MAX
from app.services.tenant_view import NodeKind, SearchHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 2
LIMIT = 50


class SearchHitsModel(QAbstractListModel):
    """The hits of the last search, one line each: name, code, where it lives."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._hits)):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.line(hit)
        if role == Qt.ItemDataRole.EditRole:
            return hit.code or hit.name
        if role == HIT_ROLE:
            return hit
        return None

    def line(self, hit: SearchHit) -> str:
        kind = hit.ref.kind
        if kind == NodeKind.RESELLER:
            return self.tr("%1 · %2 · reseller").replace("%1", hit.name).replace("%2", hit.code or "")
        if kind == NodeKind.COMPANY:
            where = hit.context or self.tr("direct customer")
            return self.tr("%1 · %2 · company of %3").replace("%1", hit.name).replace(
                "%2", hit.code or "").replace("%3", where)
        return self.tr("%1 · %2 · user at %3").replace("%1", hit.code or "").replace(
            "%2", hit.name).replace("%3", hit.context or "")

    def retranslate(self) -> None:
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1))


class SearchBox(QLineEdit):
    """Searches through the worker as the reader types (after a short pause) and pops up the hits."""

    sig_hit_chosen = Signal(object)
    """The reader picked a hit: the SearchHit."""

    sig_searched = Signal(str, int)
    """A search answered: (text, number of hits)."""

    def __init__(self, worker, parent=None):
        super().__init__(parent)
        self._worker = worker
        self._request = 0
        self._searched = ""
        self._pick_first = False
        self.setClearButtonEnabled(True)
        self.setMaxLength(SEARCH_MAX)
        self.model = SearchHitsModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(15)
        self.completer.setWidget(self)  # not setCompleter(): the hits come from the database, not a prefix
        self.completer.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self._return_pressed)
        self.retranslate()

    def search_now(self) -> None:
        """Ask the worker for the current text's hits; a later answer replaces an earlier one."""
        self._timer.stop()
        text = self.text().strip()
        self._request += 1
        request = self._request
        if not text:
            self.model.set_hits([])
            self.completer.popup().hide()
            return

        def done(hits: list[SearchHit]) -> None:
            if request != self._request:
                return
            self._searched = text
            self.model.set_hits(hits)
            if hits and self._pick_first:
                self._pick_first = False
                self.choose(0)
            elif hits and self.hasFocus():
                self.completer.complete()
            elif not hits:
                self.completer.popup().hide()
            self.sig_searched.emit(text, len(hits))
        self._worker.run(lambda s: directory.search(s, text, LIMIT), on_done=done)

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.completer.popup().hide()
            self.sig_hit_chosen.emit(hit)

    def _return_pressed(self) -> None:
        # Enter without picking: take the first hit of the current text (once it is in).
        if self._timer.isActive() or self._searched != self.text().strip():
            self._pick_first = True
            self.search_now()
            return
        self.choose(0)

    def choose(self, row: int) -> None:
        """Pick the hit on ``row`` of the list, as a click would."""
        hits = self.model.hits()
        if 0 <= row < len(hits):
            self.completer.popup().hide()
            self.sig_hit_chosen.emit(hits[row])

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search company name or code, user email…"))
        self.setToolTip(self.tr("Type part of a company's name or code, a reseller, or a user's email; "
                                "pick a hit to show it in the tree."))
        self.model.retranslate()
