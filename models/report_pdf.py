"""The printable report: A4 landscape, the table header repeated on every page, "Halaman X dari Y".

The only reportlab user in models/. Text is drawn with the Bitstream Vera fonts that ship inside
reportlab (Unicode TrueType, always present), so names with accents print as written.
"""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

if TYPE_CHECKING:  # the type only: models.reports imports this module to render its PDF
    from models.reports import Report

PAGE = landscape(A4)
MARGIN = 12 * mm
FONT, BOLD = "ArsipSans", "ArsipSans-Bold"
# (column header in models.reports.COLUMNS, header printed, share of the width): the columns a printed
# page has room for; the spreadsheet carries all of them.
PRINTED = (("No.", "No.", 3), ("Jenis Naskah", "Jenis", 5), ("Nomor Naskah", "Nomor", 12),
           ("Tentang (Subjek)", "Tentang", 19), ("Mitra Kerja Sama", "Mitra", 14), ("Jenis Mitra", "Jenis mitra", 7),
           ("Dalam/Luar Negeri", "DN/LN", 6), ("Tanggal Tanda Tangan", "Tgl. tanda tangan", 7),
           ("Berakhir", "Berakhir", 7), ("Jangka Waktu", "Jangka waktu", 7), ("Status", "Status", 7),
           ("Perangkat Daerah Pelaksana", "Perangkat daerah pelaksana", 10), ("Keterangan", "Ket.", 5))
SHORT_KINDS = {"Kesepakatan Bersama": "KB", "Perjanjian Kerja Sama": "PKS", "Nota Kesepahaman": "MoU",
               "Letter of Intent": "LoI", "Addendum": "Adendum", "Dokumen lain": "Lain"}


def _fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    import reportlab

    folder = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "VeraBd.ttf")))


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def _numbered_canvas(title: str, made_on: date):
    """A canvas class that draws the running title and "Halaman X dari Y" once the page count is known."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = PAGE
            self.setFont(BOLD, 9)
            self.drawString(MARGIN, height - MARGIN + 2 * mm, title)
            self.setFont(FONT, 7)
            self.drawString(MARGIN, MARGIN - 6 * mm, f"Dibuat oleh Arsip pada {made_on.strftime('%d/%m/%Y')}")
            self.drawRightString(width - MARGIN, MARGIN - 6 * mm, f"Halaman {self._pageNumber} dari {total}")

    return NumberedCanvas


def _table_style(header_rows: int = 1) -> TableStyle:
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 7),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#1F4E79")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#8EA9C1")),
        ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, colors.HexColor("#EEF3F8")]),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ])


def to_pdf(report: Report) -> bytes:
    """The report as a printable PDF: the agreements, then the counts per kind and signing year."""
    _fonts()
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=7, leading=8.5)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD, textColor=colors.white)
    heading = ParagraphStyle("heading", fontName=BOLD, fontSize=11, leading=14, spaceAfter=4)
    positions = {column.header: i for i, column in enumerate(report.columns)}
    printed = [(positions[name], label, share) for name, label, share in PRINTED if name in positions]
    usable = PAGE[0] - 2 * MARGIN - 12  # the frame keeps 6 pt padding on each side
    total_share = sum(share for _, _, share in printed)
    widths = [usable * share / total_share for _, _, share in printed]
    kind_column = positions["Jenis Naskah"]

    def shown(i: int, value: object) -> str:
        return SHORT_KINDS.get(str(value), str(value)) if i == kind_column else _text(value)

    data = [[Paragraph(escape(label), head) for _, label, _ in printed]]
    for values in report.table():
        data.append([Paragraph(escape(shown(i, values[i])), cell) for i, _, _ in printed])
    if len(data) == 1:
        data.append([Paragraph("Tidak ada perjanjian untuk laporan ini.", cell)] + [""] * (len(printed) - 1))
    table = LongTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(_table_style())

    count_header, count_rows = report.counts()
    counts = Table([[Paragraph(escape(str(v)), head) for v in count_header]]
                   + [[Paragraph(escape(_text(v)), cell) for v in row] for row in count_rows],
                   colWidths=[28 * mm] + [16 * mm] * (len(count_header) - 1), hAlign="LEFT", repeatRows=1)
    counts.setStyle(_table_style())

    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                                 topMargin=MARGIN + 4 * mm, bottomMargin=MARGIN, title=report.title,
                                 author="Arsip", subject="Laporan kerja sama daerah")
    story = [Paragraph(escape(f"{report.title} — {len(report.rows)} perjanjian, status per "
                              f"{report.made_on.strftime('%d/%m/%Y')}"), heading),
             table, Spacer(1, 6 * mm), Paragraph("Rekap per jenis naskah dan tahun tanda tangan", heading), counts]
    document.build(story, canvasmaker=_numbered_canvas(report.title, report.made_on))
    return buffer.getvalue()
