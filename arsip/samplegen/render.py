"""Writing the laid-out pages as a text PDF (a real text layer) with reportlab."""
from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from arsip.samplegen.layout import FONTS, PAGE_H, PAGE_W, Page


def text_pdf(pages: list[Page], title: str) -> bytes:
    """The document as a PDF whose text layer holds exactly the laid-out lines; same input, same bytes."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    pdf.setTitle(title)
    pdf.setCreator("arsip samples generate")
    for page in pages:
        for line in page.lines:
            if line.rule:
                pdf.setLineWidth(1.2)
                pdf.line(line.x, PAGE_H - line.y, line.x + line.rule, PAGE_H - line.y)
                continue
            pdf.setFont(FONTS[line.bold], line.size)
            pdf.drawString(line.x, PAGE_H - line.y, line.text)
        pdf.showPage()
    pdf.save()
    return out.getvalue()
