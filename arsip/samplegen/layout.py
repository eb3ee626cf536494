"""Laying a document's blocks out on A4 pages: the one layout both the text PDF and the scans draw."""
from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth

PAGE_W, PAGE_H = 595.27, 841.89  # A4 in points
FONTS = {False: "Times-Roman", True: "Times-Bold"}


@dataclass
class Block:
    """A unit of content: kind is center | para | item | space | sig | table | break | rule."""
    kind: str
    text: str = ""
    label: str = ""
    level: int = 0
    bold: bool = False
    size: float = 0.0  # 0: the document's body size
    columns: list = field(default_factory=list)  # sig: one list of lines per party; "" marks the signing gap
    # table: one [left, right] pair of cells per row; the left cell takes `split` of the width


@dataclass(frozen=True)
class Line:
    x: float
    y: float  # baseline, from the top of the page, in points
    text: str
    bold: bool
    size: float
    rule: float = 0.0  # > 0: a horizontal rule of this width instead of text


@dataclass
class Page:
    lines: list[Line] = field(default_factory=list)
    signatures: list[tuple[float, float, float]] = field(default_factory=list)  # (x, y, width) of signing gaps

    def text(self) -> str:
        """The page's words in reading order (rows top to bottom, left to right)."""
        rows: dict[float, list[Line]] = {}
        for line in self.lines:
            if line.text:
                rows.setdefault(round(line.y, 1), []).append(line)
        return "\n".join(" ".join(item.text for item in sorted(rows[y], key=lambda item: item.x)) for y in sorted(rows))


@dataclass(frozen=True)
class Style:
    size: float = 12.0
    leading: float = 1.4
    left: float = 78.0
    right: float = 66.0
    top: float = 70.0
    bottom: float = 72.0
    indent: float = 22.0


def wrap(text: str, width: float, bold: bool, size: float) -> list[str]:
    """Greedy word wrap to a width in points."""
    font = FONTS[bold]
    space = stringWidth(" ", font, size)
    lines, current, used = [], [], 0.0
    for word in text.split():
        w = stringWidth(word, font, size)
        if current and used + space + w > width:
            lines.append(" ".join(current))
            current, used = [word], w
        else:
            used += (space if current else 0) + w
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines or [""]


class _Cursor:
    def __init__(self, style: Style):
        self.style = style
        self.pages: list[Page] = [Page()]
        self.y = style.top

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def need(self, height: float) -> None:
        if self.y + height > PAGE_H - self.style.bottom:
            self.new_page()

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = self.style.top + 18  # room for the running header

    def put(self, x: float, text: str, bold: bool, size: float) -> None:
        step = size * self.style.leading
        self.need(step)
        self.y += step
        self.page.lines.append(Line(round(x, 2), round(self.y, 2), text, bold, size))


def lay_out(blocks: list[Block], style: Style, ends: list[int] | None = None) -> list[Page]:
    """Place every block; text wraps, long blocks flow onto new pages, signature blocks stay whole.

    ends, when given, receives the page count after each block (to cut an annex at a page target).
    """
    cursor = _Cursor(style)
    width = PAGE_W - style.left - style.right
    for block in blocks:
        size = block.size or style.size
        if block.kind == "break":
            cursor.new_page()
        elif block.kind == "space":
            cursor.y += size * (float(block.text or 1))
        elif block.kind == "rule":
            cursor.y += 4
            cursor.page.lines.append(Line(style.left, cursor.y, "", False, size, rule=width))
            cursor.y += 4
        elif block.kind == "center":
            for text in wrap(block.text, width - 40, block.bold, size):
                w = stringWidth(text, FONTS[block.bold], size)
                cursor.put(style.left + (width - w) / 2, text, block.bold, size)
        elif block.kind == "para":
            indent = style.indent * block.level
            for text in wrap(block.text, width - indent, block.bold, size):
                cursor.put(style.left + indent, text, block.bold, size)
        elif block.kind == "item":
            left = style.left + style.indent * block.level
            body = left + style.indent
            texts = wrap(block.text, PAGE_W - style.right - body, block.bold, size)
            cursor.need(size * style.leading * min(2, len(texts)))
            cursor.put(left, block.label, block.bold, size)
            y = cursor.page.lines[-1].y
            cursor.page.lines.append(Line(round(body, 2), y, texts[0], block.bold, size))
            for text in texts[1:]:
                cursor.put(body, text, block.bold, size)
        elif block.kind == "sig":
            _signatures(cursor, block, width, size)
        elif block.kind == "table":
            _table(cursor, block, width, size)
        if ends is not None:
            ends.append(len(cursor.pages))
    return cursor.pages


def _signatures(cursor: _Cursor, block: Block, width: float, size: float) -> None:
    style = cursor.style
    per_row = 2
    rows = [block.columns[i:i + per_row] for i in range(0, len(block.columns), per_row)]
    step = size * style.leading
    for row in rows:
        height = max(sum(4 * step if part == "" else step for part in column) for column in row)
        cursor.need(height + step)
        top = cursor.y
        col_w = width / per_row
        bottom = top
        for n, column in enumerate(row):
            left = style.left + col_w * (n if len(row) > 1 else 0.5)
            y = top
            for part in column:
                if part == "":
                    cursor.page.signatures.append((round(left + 10, 2), round(y + 2 * step, 2), col_w - 40))
                    y += 3 * step
                    continue
                y += step
                lines = wrap(part, col_w - 12, part.isupper(), size)
                for k, text in enumerate(lines):
                    if k:
                        y += step
                    w = stringWidth(text, FONTS[part.isupper()], size)
                    cursor.page.lines.append(Line(round(left + (col_w - 12 - w) / 2, 2), round(y, 2), text,
                                                  part.isupper(), size))
            bottom = max(bottom, y)
        cursor.y = bottom + step


def _table(cursor: _Cursor, block: Block, width: float, size: float) -> None:
    """Rows of two cells, each wrapped in its own column: a name too long for its cell runs onto the row below,
    beside the second line of the other cell (the way a two-column identity table reads in a text layer)."""
    style = cursor.style
    split = float(block.label or 0.38)
    left_w = width * split
    step = size * style.leading
    for left, right in block.columns:
        cells = (wrap(left, left_w - 8, block.bold, size), wrap(right, width - left_w, block.bold, size))
        cursor.need(step * max(map(len, cells)))  # a row stays on one page
        top = cursor.y
        for x, lines in ((style.left, cells[0]), (style.left + left_w, cells[1])):
            for k, text in enumerate(lines):
                if text:
                    cursor.page.lines.append(Line(round(x, 2), round(top + step * (k + 1), 2), text, block.bold, size))
        cursor.y = top + step * max(map(len, cells))


def add_chrome(pages: list[Page], style: Style, header: str, footer: str) -> None:
    """Running header (from page 2), footer and page number: "- 2 -", "Halaman 2 dari 7" or "2"."""
    total = len(pages)
    small = style.size - 2.5
    for number, page in enumerate(pages, start=1):
        if number > 1 and header:
            page.lines.append(Line(style.left, style.top - 4, header, False, small))
        if footer == "dash":
            text = f"- {number} -"
        elif footer == "halaman":
            text = f"Halaman {number} dari {total}"
        elif footer == "paraf":
            text = f"Paraf : ........ | ........   {number}"
        else:
            text = str(number)
        w = stringWidth(text, FONTS[False], small)
        x = (PAGE_W - w) / 2 if footer != "paraf" else PAGE_W - style.right - w
        page.lines.append(Line(round(x, 2), PAGE_H - style.bottom / 2, text, False, small))
