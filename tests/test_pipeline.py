"""Reading files into page texts: text layer, OCR with real tesseract, rotation, and bad input."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image

from ingest.errors import InputRejected
from ingest.files import collect
from ingest.pipeline import read_document
from ingest.triage import Limits, triage
from tests import makefiles


def test_text_layer_pages_are_read_without_ocr(tmp_path):
    reading = read_document(makefiles.text_pdf(tmp_path / "a.pdf"))
    assert reading.text_source == "text-layer"
    assert [page.method for page in reading.pages] == ["text-layer", "text-layer"]
    assert "UNIVERSITAS PAKUAN" in reading.pages[0].text
    assert reading.ocr_confidence is None


def test_scanned_page_is_read_by_ocr(tmp_path):
    reading = read_document(makefiles.scanned_pdf(tmp_path / "scan.pdf"))
    page = reading.pages[0]
    assert reading.text_source == "ocr" and page.method == "ocr"
    assert "KESEPAKATAN BERSAMA" in page.text
    assert "dua puluh empat" in page.text
    assert 0.5 < page.ocr_confidence <= 1.0


@pytest.mark.parametrize("turned", [90, 180])
def test_turned_pages_are_righted(tmp_path, turned):
    image = makefiles.page_image(rotate=turned)
    reading = read_document(makefiles.scanned_pdf(tmp_path / "turned.pdf", [image]))
    assert "PEMERINTAH KOTA BOGOR" in reading.pages[0].text
    assert reading.pages[0].rotation == turned


def test_multipage_tiff_png_and_jpeg(tmp_path):
    pages = [makefiles.page_image(["HALAMAN SATU PERJANJIAN KERJA SAMA"] * 3),
             makefiles.page_image(["HALAMAN DUA RUANG LINGKUP KERJA SAMA"] * 3)]
    tiff = read_document(makefiles.tiff(tmp_path / "box.tiff", pages))
    assert len(tiff.pages) == 2 and "DUA" in tiff.pages[1].text
    pages[0].save(tmp_path / "p.png")
    pages[1].convert("RGB").save(tmp_path / "p.jpg", quality=80)
    assert "SATU" in read_document(tmp_path / "p.png").pages[0].text
    assert "RUANG LINGKUP" in read_document(tmp_path / "p.jpg").pages[0].text


def test_pdf_with_text_and_scanned_pages_is_mixed(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in (makefiles.text_pdf(tmp_path / "t.pdf"), makefiles.scanned_pdf(tmp_path / "s.pdf")):
        for page in PdfReader(str(part)).pages:
            writer.add_page(page)
    with open(tmp_path / "mixed.pdf", "wb") as out:
        writer.write(out)
    reading = read_document(tmp_path / "mixed.pdf")
    assert [p.method for p in reading.pages] == ["text-layer", "text-layer", "ocr"]
    assert reading.text_source == "mixed"


def test_encrypted_pdf_without_user_password_is_read(tmp_path):
    reading = read_document(makefiles.encrypted_pdf(tmp_path / "open.pdf", ""))
    assert "KESEPAKATAN" in reading.pages[0].text


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    good = makefiles.text_pdf(tmp_path / "good.pdf").read_bytes()
    files = {
        "zero": ("zero.pdf", b"", "empty file"),
        "truncated": ("truncated.pdf", good[: len(good) // 3], "corrupt or truncated PDF"),
        "garbage": ("garbage.pdf", b"%PDF-1.7\n" + os.urandom(2000), "corrupt or truncated PDF"),
        "html": ("page.pdf", b"<!DOCTYPE html><html><body>Not found</body></html>", "looks like HTML"),
        "elf": ("tool.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 200, "looks like a Linux executable"),
        "exe": ("setup.pdf", b"MZ\x90\x00" + b"\x00" * 200, "looks like a Windows executable"),
    }
    made = {}
    for key, (name, data, reason) in files.items():
        (tmp_path / name).write_bytes(data)
        made[key] = (tmp_path / name, reason)
    made["encrypted"] = (makefiles.encrypted_pdf(tmp_path / "locked.pdf", "rahasia"), "needs a password")
    made["no_pages"] = (makefiles.no_pages_pdf(tmp_path / "blank.pdf"), "has no pages")
    (tmp_path / "dangling.pdf").symlink_to(tmp_path / "does-not-exist.pdf")
    made["unreadable"] = (tmp_path / "dangling.pdf", "cannot read file")
    return made


def test_bad_input_is_rejected_with_a_reason(tmp_path):
    for key, (path, reason) in _bad_files(tmp_path).items():
        with pytest.raises(InputRejected) as caught:
            triage(path)
        assert reason in str(caught.value), key
        assert "\n" not in str(caught.value)


def test_page_limit_is_a_setting(tmp_path):
    path = makefiles.text_pdf(tmp_path / "two.pdf")
    with pytest.raises(InputRejected, match="2 pages is over the limit of 1"):
        triage(path, Limits(max_pages=1))
    assert triage(path, Limits(max_pages=2)).pages == 2


def test_enormous_image_is_rejected_without_decoding(tmp_path):
    Image.new("1", (16000, 12000), 1).save(tmp_path / "huge.png")  # 192 million pixels
    with pytest.raises(InputRejected, match="image too large"):
        triage(tmp_path / "huge.png")
    with pytest.raises(InputRejected, match="image too large"):
        triage(tmp_path / "huge.png", Limits(max_pixels=1000))


def test_folder_walk_names_symlink_loops_and_finds_files(tmp_path):
    box = tmp_path / "box"
    (box / "sub").mkdir(parents=True)
    makefiles.text_pdf(box / "sub" / "a.pdf")
    (box / "notes.txt").write_text("skip me")
    (box / "sub" / "back").symlink_to(box)  # a loop through folders
    (box / "self.pdf").symlink_to(box / "self.pdf")  # a link to itself
    found = list(collect([box]))
    files = [f.path.name for f in found if f.problem is None]
    problems = {f.path.name: f.problem for f in found if f.problem}
    assert files == ["a.pdf"]
    assert "symlink loop" in problems["self.pdf"]
    assert "symlink loop" in problems["back"]


def test_a_text_layer_page_is_drawn_for_display_and_a_scan_shows_its_own_image(tmp_path):
    from ingest.pictures import page_image

    text = makefiles.text_pdf(tmp_path / "digital.pdf")
    drawn = page_image(text, 1)
    assert drawn is not None and 850 <= drawn.height <= 1350 and 0.65 < drawn.width / drawn.height < 0.75  # A4
    darkest, _ = drawn.convert("L").getextrema()
    assert darkest < 100  # the text is on the picture, not a blank page
    assert page_image(text, 3) is None  # the PDF has two pages

    from ingest.render import render_page
    assert render_page(text, 0, 300).height == 3508  # drawn for OCR: A4 at full 300 dpi
    assert max(render_page(text, 0, 300, max_side=1000).size) == 1000  # an odd page size stays bounded
    assert render_page(tmp_path / "missing.pdf", 0) is None

    scan_image = makefiles.page_image(["HALAMAN PINDAIAN"] * 3, dpi=200)
    scanned = makefiles.scanned_pdf(tmp_path / "scan.pdf", [scan_image], dpi=200)
    assert page_image(scanned, 1).size == scan_image.size  # the scan itself, at its own resolution


def _strips_pdf(path: Path, top: list[str], bottom: list[str]) -> Path:
    """A scanned page stored as two image strips (as some scanners and copiers write it), no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    width, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for lines, y in ((top, height / 2), (bottom, 0)):
        strip = makefiles.page_image(lines, dpi=200).crop((0, 0, 1654, 1169))  # the upper half of an A4 scan
        pdf.drawImage(ImageReader(strip), 0, y, width, height / 2)
    pdf.showPage()
    pdf.save()
    return path


def test_a_scan_in_strips_is_read_whole(tmp_path):
    path = _strips_pdf(tmp_path / "strips.pdf", ["PERJANJIAN KERJA SAMA DAERAH"] * 3, ["RUANG LINGKUP PENDIDIKAN"] * 3)
    reading = read_document(path)
    page = reading.pages[0]
    assert page.method == "ocr" and "PERJANJIAN" in page.text and "PENDIDIKAN" in page.text  # both strips


def test_a_page_image_over_the_pixel_limit_fails_that_page_with_the_reason(tmp_path):
    pages = [makefiles.page_image(["HALAMAN SATU PERJANJIAN KERJA SAMA"] * 3)]
    path = makefiles.scanned_pdf(tmp_path / "scan.pdf", pages)
    reading = read_document(path, Limits(max_pixels=1_000_000))  # an A4 page at 200 dpi is 3.9 million
    page = reading.pages[0]
    assert page.method == "failed" and "over the limit of 1000000 (setting ARSIP_MAX_IMAGE_PIXELS)" in page.error
    assert reading.text_source is None


def test_ocr_timeout_fails_the_page_and_says_so(tmp_path):
    path = makefiles.scanned_pdf(tmp_path / "scan.pdf", [makefiles.page_image(["PERJANJIAN KERJA SAMA"] * 30)])
    page = read_document(path, Limits(ocr_timeout=0.01)).pages[0]
    assert page.method == "failed" and "timed out" in page.error.lower()
