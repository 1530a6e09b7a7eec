"""Where things go on the first page: the letterhead, the recipient's address in the envelope's window, the
invoice facts beside it, and where the lines begin; fold and punch marks.

Positions follow the envelope standards, measured from the top-left corner of the sheet:

- DIN 5008 on A4 (for C5/6 and DL window envelopes): the address field is 85 x 45 mm, 20 mm from the left
  edge (its text 5 mm further in), 27 mm from the top in form A and 45 mm in form B. Its first 17.7 mm are
  the return-address and remark zone; the address itself takes the 27.3 mm below. The information block
  (the invoice facts) starts 125 mm from the left, 32 mm (A) or 50 mm (B) from the top. Folds at 87/192 mm
  (A) or 105/210 mm (B); the punch mark halfway down, at 148.5 mm.
- US #10 window envelope on Letter (a 4 1/2 x 1 1/8 in window, 7/8 in from the envelope's left edge, the
  sheet folded in thirds): the address block is 1 in from the left and 2 1/8 in from the top, 3 1/2 x 1 in;
  the return address just above it. Folds at 11/3 and 22/3 in.

All results are in PDF points (1/72 in), y measured from the top of the page; render.py turns them round.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch, mm

from app.documents.template import Template

PAGE_SIZES = {"A4": A4, "Letter": LETTER}


@dataclass(frozen=True)
class Box:
    x: float
    top: float  # distance from the top of the page
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True)
class Geometry:
    page_width: float
    page_height: float
    left: float  # margins
    right: float
    top: float
    bottom: float
    letterhead: Box  # the issuer's logo and name, above the address
    sender: Box  # the one-line return address, at the bottom of the remark zone
    address: Box  # the recipient's address, inside the window
    facts: Box  # the invoice facts, beside the address
    body_top: float  # where the first page's flowing content begins
    folds: tuple[float, ...]
    punch: float | None

    @property
    def content_width(self) -> float:
        return self.page_width - self.left - self.right


def geometry(t: Template) -> Geometry:
    """The first page's layout for template ``t`` (its page size, margins and address window)."""
    width, height = PAGE_SIZES[t.page_size]
    m = t.margins
    left, right, top, bottom = m.left * mm, m.right * mm, m.top * mm, m.bottom * mm
    window = t.window
    if window == "us_10":
        address = Box(1.0 * inch, 2.125 * inch, 3.5 * inch, 1.0 * inch)
        sender = Box(1.0 * inch, 1.8 * inch, 3.5 * inch, 0.25 * inch)
        facts_x = 4.75 * inch
        facts = Box(facts_x, 1.8 * inch, width - right - facts_x, 1.6 * inch)
        folds: tuple[float, ...] = (height / 3, 2 * height / 3)
        punch = None
    else:
        form_a = window == "din_5008_a"
        field_top = (27 if form_a else 45) * mm
        # The address field begins 20 mm in with 5 mm inside: its text lines up with a 25 mm margin.
        sender = Box(25 * mm, field_top + 12.7 * mm, 80 * mm, 5 * mm)
        address = Box(25 * mm, field_top + 17.7 * mm, 80 * mm, 27.3 * mm)
        facts = Box(125 * mm, (32 if form_a else 50) * mm, width - right - 125 * mm, 40 * mm)
        folds = (87 * mm, 192 * mm) if form_a else (105 * mm, 210 * mm)
        punch = height / 2
    letterhead = Box(left, top, width - left - right, max(sender.top - top - 2 * mm, 12 * mm))
    body_top = max(address.bottom, facts.bottom) + 8 * mm
    return Geometry(width, height, left, right, top, bottom, letterhead, sender, address, facts, body_top, folds,
                    punch)


@dataclass(frozen=True)
class Columns:
    """A table's column widths (points, in the order asked) and the size its heads are set in."""

    widths: list[float]
    head_size: float


def widest_word(texts, font: str, size: float) -> float:
    """The width of the longest word (split at spaces) of ``texts`` in ``font`` at ``size``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return max((stringWidth(word, font, size) for text in texts for word in str(text).split()), default=0.0)


def fit_columns(columns: list[str], wanted: dict[str, float], heads: dict[str, str], cells: dict[str, list[str]],
                width: float, *, head_font: str, head_size: float, cell_font: str, cell_size: float,
                flexible: str = "description", padding: float = 8.0, least_flexible: float = 50 * mm,
                smallest_head: float = 6.0) -> Columns:
    """Widths for a table of ``columns`` that is ``width`` wide, in which no word breaks: each column but
    ``flexible`` is at least as wide as it ``wanted`` and as its longest word (head or cell) plus the cell
    ``padding``; ``flexible`` takes what is left. When that would leave it narrower than ``least_flexible``
    (a German "Umsatzsteuer" head beside long amounts), the heads are set smaller, down to ``smallest_head``,
    before a column is widened further."""
    size = head_size
    while True:
        fixed = {}
        for c in columns:
            if c == flexible:
                continue
            need = max(widest_word([heads.get(c, "")], head_font, size),
                       widest_word(cells.get(c, []), cell_font, cell_size)) + padding
            fixed[c] = max(wanted.get(c, 0.0), need)
        rest = width - sum(fixed.values())
        if rest >= least_flexible or size <= smallest_head or flexible not in columns:
            break
        size = max(smallest_head, size - 0.5)
    widths = [fixed[c] if c != flexible else max(rest, 0.0) for c in columns]
    return Columns(widths, size)
