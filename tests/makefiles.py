"""Small input files made on the spot for ingestion tests: text PDFs, scanned pages, bad files."""
from __future__ import annotations

import io
import os
from pathlib import Path

import reportlab
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

FONT = os.path.join(os.path.dirname(reportlab.__file__), "fonts", "Vera.ttf")

LINES = [
    "KESEPAKATAN BERSAMA",
    "ANTARA",
    "PEMERINTAH KOTA BOGOR",
    "DENGAN",
    "UNIVERSITAS PAKUAN",
    "TENTANG",
    "PENYELENGGARAAN TRIDHARMA PERGURUAN TINGGI",
    "Pada hari ini Kamis tanggal dua puluh empat bulan Agustus",
    "tahun dua ribu dua puluh tiga, bertempat di Bogor.",
]


def text_pdf(path: Path, pages: list[list[str]] | None = None) -> Path:
    """A PDF with a real text layer, one list of lines per page."""
    pages = pages or [LINES, ["Pasal 1", "Maksud dan tujuan kesepakatan bersama ini adalah kerja sama."]]
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for lines in pages:
        y = 780
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 18
        pdf.showPage()
    pdf.save()
    return path


def page_image(lines: list[str] | None = None, dpi: int = 200, rotate: int = 0) -> Image.Image:
    """A clean grayscale page image of text at the given resolution."""
    lines = lines or LINES
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, int(dpi * 0.16))
    y = int(dpi * 1.0)
    for line in lines:
        draw.text((int(dpi * 1.0), y), line, font=font, fill=0)
        y += int(dpi * 0.28)
    if rotate:
        image = image.rotate(rotate, expand=True)
    return image


def scanned_pdf(path: Path, pages: list[Image.Image] | None = None, dpi: int = 200) -> Path:
    """An image-only PDF (no text layer), one JPEG image per page."""
    pages = pages or [page_image(dpi=dpi)]
    pages[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    return path


def tiff(path: Path, pages: list[Image.Image]) -> Path:
    pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_deflate")
    return path


def encrypted_pdf(path: Path, user_password: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    source = io.BytesIO()
    text_pdf(Path(os.devnull)) if False else None
    buffer = path.with_suffix(".plain.pdf")
    text_pdf(buffer)
    writer = PdfWriter(clone_from=PdfReader(str(buffer)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    with open(path, "wb") as out:
        writer.write(out)
    buffer.unlink()
    del source
    return path


def no_pages_pdf(path: Path) -> Path:
    from pypdf import PdfWriter

    with open(path, "wb") as out:
        PdfWriter().write(out)
    return path
