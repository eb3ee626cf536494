"""Every CSV and XLSX file Arsip writes goes through here: the only openpyxl user.

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, after a tab or a carriage
return, what follows) as a formula. Titles and party names come straight from uploaded documents, so
such a cell is written as text: in CSV prefixed with `'`, in XLSX as a string cell marked
"quote prefix" (never a formula). Numbers and dates stay real numbers and dates.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"  # Excel reads a CSV as UTF-8 only when it starts with a byte-order mark
DATE_FORMAT = "dd/mm/yyyy"  # how dates read in an Indonesian office
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
MIN_WIDTH, MAX_WIDTH = 6, 60
# Characters XML 1.0 cannot hold (OCR text can carry them); openpyxl refuses them.
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")


def is_formula_like(value: object) -> bool:
    """Whether a spreadsheet would read this text cell as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_cell(value: object) -> object:
    """One CSV cell: formula-like text prefixed with `'`, dates as ISO, None as empty."""
    if value is None:
        return ""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if is_formula_like(value):
        return "'" + value
    return value


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]], *, delimiter: str = ",",
             bom: bool = False) -> str:
    """CSV text with a header row; every cell formula-safe. `bom` adds the mark Excel needs for UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([csv_cell(v) for v in header])
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])
    return (BOM if bom else "") + out.getvalue()


@dataclass
class Sheet:
    """One worksheet: a header row and rows of plain values (str, int, float, date, datetime, None)."""
    title: str
    header: Sequence[str]
    rows: Iterable[Sequence[object]]
    widths: Sequence[float] | None = None  # in characters; measured from the content when None
    wrap: Sequence[int] = field(default_factory=tuple)  # 0-based columns whose text wraps


def write_cell(cell, value: object) -> None:
    """Put a value into an openpyxl cell so that text is always text and dates are dates."""
    if isinstance(value, str):
        value = _ILLEGAL.sub(" ", value)
        cell.value = value
        if is_formula_like(value):
            cell.data_type = "s"      # openpyxl takes any "=..." string for a formula otherwise
            cell.quotePrefix = True   # and Excel keeps it text even when the cell is edited
        return
    cell.value = value
    if isinstance(value, datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT


def _shown_width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, (date, datetime)):
        return 16 if isinstance(value, datetime) else 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def xlsx_bytes(sheets: Iterable[Sheet]) -> bytes:
    """An XLSX workbook: each sheet with a bold, shaded, frozen header row, a filter and sensible widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    header_font = Font(bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor="1F4E79")
    for spec in sheets:
        ws = book.create_sheet(spec.title[:31])
        measured = [len(str(h)) for h in spec.header]
        for col, title in enumerate(spec.header, 1):
            cell = ws.cell(row=1, column=col)
            write_cell(cell, str(title))
            cell.font, cell.fill = header_font, header_fill
            cell.alignment = Alignment(vertical="center", wrap_text=True)
        wrap = Alignment(wrap_text=True, vertical="top")
        row_number = 1
        for row_number, row in enumerate(spec.rows, 2):
            for col, value in enumerate(row, 1):
                cell = ws.cell(row=row_number, column=col)
                write_cell(cell, value)
                if col - 1 in spec.wrap:
                    cell.alignment = wrap
                if col <= len(measured):
                    measured[col - 1] = max(measured[col - 1], _shown_width(value))
        widths = spec.widths or [min(MAX_WIDTH, max(MIN_WIDTH, w + 2)) for w in measured]
        for col, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(col)].width = width
        ws.freeze_panes = "A2"
        if spec.header:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(spec.header))}{max(row_number, 1)}"
    if not book.worksheets:
        book.create_sheet("Kosong")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
