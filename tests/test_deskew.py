"""A leaning page (a photograph, a crooked scan) is read levelled: the lean is measured, the page turned level
for tesseract (real tesseract), and the word boxes put back on the page as it was given."""
from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from ingest import deskew, ocr
from tests import makefiles

LINES = [f"Pasal {n} PIHAK PERTAMA menyediakan data kependudukan nomor {n * 7} bagi PIHAK KEDUA" for n in range(1, 26)]


@pytest.mark.parametrize("turned", [-6.5, -3.0, 0.0, 2.5, 8.0])
def test_the_lean_of_a_page_is_measured_to_a_fraction_of_a_degree(turned):
    page = makefiles.page_image(LINES, dpi=150).rotate(turned, fillcolor=255)
    assert deskew.lean(page) == pytest.approx(-turned, abs=0.3)


def test_a_blank_page_does_not_lean():
    assert deskew.lean(Image.new("L", (800, 1100), 255)) == 0.0


def test_a_box_on_the_levelled_page_is_put_back_where_the_page_shows_it():
    straight = Image.new("L", (900, 1200), 255)
    straight.paste(0, (600, 200, 700, 230))  # a "word" at x 600-700, y 200-230
    photographed = straight.rotate(5, fillcolor=255)
    ys, xs = np.nonzero(np.asarray(photographed) < 128)
    x, y, w, h = deskew.unlevel_box(600, 200, 100, 30, -5, 900, 1200)
    assert (x, y, x + w, y + h) == pytest.approx((xs.min(), ys.min(), xs.max() + 1, ys.max() + 1), abs=2)


def test_a_page_leaning_seven_degrees_is_read_whole_with_its_boxes_on_the_leaning_page():
    page = makefiles.page_image(LINES).rotate(7, fillcolor=255)
    as_given = ocr._read(page, "ind+eng", 120)
    result = ocr.ocr_image(page)
    assert result.rotation == 0
    assert as_given.text.count("PIHAK") < 30  # tesseract alone loses lines at this lean
    assert result.text.count("PIHAK PERTAMA") == 25 and "nomor 175 bagi" in result.text
    # the boxes are on the page as given: the page turned counter-clockwise, lower lines sit further right
    first = next(w for w in result.boxes.words if w.text == "kependudukan")
    last = [w for w in result.boxes.words if w.text == "kependudukan"][-1]
    assert (result.boxes.width, result.boxes.height) == page.size
    assert last.y > first.y + 1000 and last.x > first.x + 100
    ink = np.asarray(page)[last.y:last.y + last.h, last.x:last.x + last.w]
    assert (ink < 128).mean() > 0.05  # the box holds ink of the word, not blank paper


def test_a_straight_page_is_read_once_as_it_is(monkeypatch):
    calls = []
    read = ocr._read
    monkeypatch.setattr(ocr, "_read", lambda image, *args: calls.append(image.size) or read(image, *args))
    result = ocr.ocr_image(makefiles.page_image(LINES))
    assert len(calls) == 1 and result.text.count("PIHAK KEDUA") == 25
