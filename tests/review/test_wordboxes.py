"""Word boxes: compact storage, alignment with the page text, and the boxes the tools give (real
tesseract, real PDFium) lying over the words' ink on the upright picture."""
from __future__ import annotations

from hypothesis import given, strategies as st
from PIL import Image

from ingest import wordboxes
from tests import makefiles

WORD = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Zs", "Zl", "Zp", "Cc")), min_size=1, max_size=12)
BOX = st.tuples(WORD, *[st.integers(0, 5000)] * 4)


@given(st.integers(1, 5000), st.integers(1, 5000), st.lists(BOX, max_size=60))
def test_boxes_survive_storage_unchanged(width, height, words):
    boxes = wordboxes.make(width, height, words)
    assert wordboxes.decode(wordboxes.encode(boxes)) == boxes
    assert [w.text for w in boxes.words] == [text for text, *_ in words if text.strip()]


def test_a_page_read_before_boxes_were_kept_has_none():
    assert wordboxes.decode(None) is None and wordboxes.decode(b"") is None


def test_words_are_found_in_the_page_text_in_reading_order():
    text = "Jangka waktu 5 (lima) tahun\nsampai dengan 23 Agustus 2028."
    words = wordboxes.make(100, 100, [(w, 0, 0, 1, 1) for w in
                                      ["Jangka", "waktu", "5", "(lima)", "tahun", "XYZ", "sampai", "dengan", "23",
                                       "Agustus", "2028."]]).words
    spans = wordboxes.locate(text, words)
    assert spans[5] is None  # a word the text layer does not have costs that word only
    assert [text[s:e] for s, e in (span for span in spans if span)] == [w.text for w in words if w.text != "XYZ"]
    start = text.index("23 Agustus")
    assert [words[i].text for i in wordboxes.indices_in_span(text, words, start, start + len("23 Agustus 2028"))] \
        == ["23", "Agustus", "2028."]


def test_scaling_follows_the_picture_size():
    boxes = wordboxes.make(2000, 3000, [("kata", 100, 300, 200, 60)])
    assert boxes.scaled(1000, 1500) == [{"text": "kata", "x": 50, "y": 150, "w": 100, "h": 30}]


def ink_inside(image: Image.Image, word: wordboxes.Word) -> float:
    """Share of dark pixels inside a word's box (0 for a box over blank paper)."""
    crop = image.convert("L").crop((word.x, word.y, word.x + word.w, word.y + word.h))
    dark = sum(crop.point(lambda value: 255 if value < 128 else 0).histogram()[255:])
    return dark / max(1, crop.width * crop.height)


def test_ocr_keeps_each_word_box_over_its_ink_on_the_upright_page():
    from ingest.ocr import ocr_image

    upright = makefiles.page_image(["PERJANJIAN KERJA SAMA DAERAH"] * 2 + ["berakhir pada tanggal 23 Agustus 2028"] * 2)
    turned = upright.rotate(90, expand=True)  # a page scanned sideways (turned counter-clockwise)
    result = ocr_image(turned, "ind+eng")
    assert result.rotation == 90 and result.boxes is not None
    assert (result.boxes.width, result.boxes.height) == upright.size  # the frame is the page turned upright
    found = [w for w in result.boxes.words if w.text in ("Agustus", "2028", "PERJANJIAN")]
    assert len(found) >= 5
    assert all(ink_inside(upright, word) > 0.05 for word in found)
    assert wordboxes.indices_in_span(result.text, result.boxes.words, result.text.index("Agustus"),
                                     result.text.index("Agustus") + 7)


def test_pdfium_gives_text_layer_boxes_on_the_page_as_it_is_shown(tmp_path):
    from pypdf import PdfReader, PdfWriter

    from ingest.render import BOX_DPI, render_page, word_boxes

    plain = makefiles.text_pdf(tmp_path / "plain.pdf")
    writer = PdfWriter(clone_from=PdfReader(str(plain)))
    writer.pages[0].rotate(90)
    writer.write(tmp_path / "turned.pdf")
    for name, rotation in (("plain.pdf", 0), ("turned.pdf", 90)):
        (turn, boxes), second = word_boxes(tmp_path / name)
        picture = render_page(tmp_path / name, 0, BOX_DPI)
        assert turn == rotation and abs(boxes.width - picture.width) <= 1 and abs(boxes.height - picture.height) <= 1
        assert [w.text for w in boxes.words[:2]] in (["KESEPAKATAN", "BERSAMA"], ["tahun", "dua"])
        assert all(ink_inside(picture, word) > 0.05 for word in boxes.words)
        assert second[1].words[0].text == "Pasal"
