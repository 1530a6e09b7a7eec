"""The designer's preview: the real PDF page of the template being designed, on the sample invoice or a real
one, rendered (ReportLab) and rasterised (PDFium) off the GUI thread.

``show_template`` asks for a render; only the newest is shown (LatestOnly drops stale ones). The latency of
each shown render, from the first change it answers to the page on screen, is kept in ``latencies_ms`` and
shown under the page.
"""
from __future__ import annotations

import time

from babel import Locale
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.documents.content import Content, Party
from app.documents.template import Template
from ui.designer.pdf_pages import LatestOnly, PageView, page_images

SAMPLE_LANGUAGES = ("en_GB", "en_US", "de_DE", "fr_FR", "es_ES", "nl_NL", "it_IT", "ja_JP")
SAMPLE_CURRENCIES = ("EUR", "GBP", "USD", "CHF", "JPY")


def rendered_pages(content: Content, template: Template, width: int):
    """(PDF bytes, page images): runs on the render thread."""
    from app.documents.render import render

    pdf = render(content, template)
    return pdf, page_images(pdf, width)


class PreviewPane(QWidget):
    """The rendered page(s), what they are rendered on, and how long the last render took."""

    sig_rendered = Signal()
    """A render reached the screen."""

    sig_choose_invoice = Signal()
    """The user wants to preview on a real invoice."""

    sig_source_changed = Signal()
    """The sample's language or currency, or the invoice previewed on, changed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.renderer = LatestOnly(self)
        self.view = PageView()
        self.source = QComboBox()
        self.source.addItem(self.tr("Sample invoice"), None)
        self.source.activated.connect(lambda _i: self.sig_source_changed.emit())
        self.choose = QPushButton(self.tr("Preview on an invoice…"))
        self.choose.clicked.connect(self.sig_choose_invoice)
        self.language = QComboBox()
        for code in SAMPLE_LANGUAGES:
            self.language.addItem(Locale.parse(code).get_display_name("en") or code, code)
        self.language.setToolTip(self.tr("The language of the previewed invoice"))
        self.language.activated.connect(lambda _i: self.sig_source_changed.emit())
        self.currency = QComboBox()
        self.currency.addItems(list(SAMPLE_CURRENCIES))
        self.currency.setToolTip(self.tr("The sample invoice's currency"))
        self.currency.activated.connect(lambda _i: self.sig_source_changed.emit())
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Whole page"), True)
        self.zoom.addItem(self.tr("Page width"), False)
        self.zoom.activated.connect(self._zoom_chosen)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Preview on")))
        top.addWidget(self.source, 1)
        top.addWidget(self.choose)
        top.addWidget(self.language)
        top.addWidget(self.currency)
        top.addWidget(self.zoom)
        self.status = QLabel()
        self.status.setEnabled(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #7a4b00; background: #fff4d6; border: 1px solid #e8c76a; "
                                "border-radius: 4px; padding: 4px;")
        self.note.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.note)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.status, 0, Qt.AlignmentFlag.AlignRight)
        self.status.setContentsMargins(0, 2, 8, 2)
        self.pdf: bytes | None = None
        self.latencies_ms: list[float] = []
        self.renders = 0
        self._asked_at: float | None = None
        self.invoice_content: Content | None = None
        self.invoice_id: int | None = None
        self.invoice_label = ""

    # ---------------------------------------------------------------- what is previewed

    def sample_language(self) -> str:
        return self.language.currentData()

    def use_invoice(self, label: str, content: Content) -> None:
        """Preview on a real invoice (its content read by the caller)."""
        self.invoice_content = content
        if self.source.count() == 1:
            self.source.addItem("", "invoice")
        self.source.setItemText(1, label)
        self.source.setCurrentIndex(1)
        i = self.language.findData(content.language)
        if i >= 0:
            self.language.setCurrentIndex(i)
        self.currency.setEnabled(False)

    def on_invoice(self) -> bool:
        return self.source.currentData() == "invoice" and self.invoice_content is not None

    def content(self, issuer: Party | None) -> Content:
        from app.documents.sample import sample_content

        self.currency.setEnabled(not self.on_invoice())
        if self.on_invoice():
            return self.invoice_content
        return sample_content(self.sample_language(), self.currency.currentText(), issuer)

    # ---------------------------------------------------------------- rendering

    def changed(self) -> None:
        """Note when the first change a coming render answers was made (for the latency)."""
        if self._asked_at is None:
            self._asked_at = time.perf_counter()

    def show_template(self, template: Template, content: Content) -> None:
        self.changed()
        self.note.hide()
        width = self.view.page_width(210 / 297 if template.page_size == "A4" else 8.5 / 11)
        self.renderer.submit(lambda: rendered_pages(content, template, width), self._shown, self._failed)

    def show_stale(self, reason: str) -> None:
        """The settings do not make a template: the page shown is the last one that did."""
        self._asked_at = None
        self.note.setText(reason)
        self.note.show()

    def _shown(self, result) -> None:
        self.pdf, images = result
        self.view.set_images(images)
        self.renders += 1
        if self._asked_at is not None:
            self.latencies_ms.append((time.perf_counter() - self._asked_at) * 1000)
            self._asked_at = None
        pages = len(images)
        text = self.tr("%Ln page(s)", "", pages)
        if self.latencies_ms:
            text += self.tr(" · shown %1 ms after the change").replace("%1", str(round(self.latencies_ms[-1])))
        self.status.setText(text)
        self.sig_rendered.emit()

    def _failed(self, error) -> None:
        self._asked_at = None
        from ui.dialogs.messages import error_text

        self.note.setText(self.tr("The page cannot be rendered: %1").replace("%1", error_text(error)))
        self.note.show()

    def _zoom_chosen(self, index: int) -> None:
        self.view.whole_page = bool(self.zoom.itemData(index))
        self.view.sig_resized.emit()

    def close_renderer(self) -> None:
        self.renderer.close()
