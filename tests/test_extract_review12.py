"""Review of the sealed12 forms (issue 18): near forms the new rules could misread. Every text here is invented."""
from __future__ import annotations

from ingest.extract.mended_names import rejoined


def test_a_name_the_text_also_writes_as_read_is_not_rejoined_to_an_ocr_glued_writing():
    # "KEPULAUAN ARU" holds a short word; a signature's "KEPULAUANARU" is OCR glue, not the name written whole
    text = ("PEMERINTAH KABUPATEN KEPULAUAN ARU\nPemerintah Kabupaten Kepulauan Aru, selanjutnya disebut PIHAK PERTAMA\n"
            "PEMERINTAH KABUPATEN KEPULAUANARU\n")
    assert rejoined("PEMERINTAH KABUPATEN KEPULAUAN ARU", text, 0, 34) is None


_OPENING = ("\nPada hari ini Senin tanggal dua belas bulan Juni tahun dua ribu dua puluh satu, kami yang bertanda tangan "
            "di bawah ini:\n1. dr. ANDI, Kepala {0}, selanjutnya disebut PIHAK PERTAMA;\n2. dr. SITI, Ketua {1}, "
            "selanjutnya disebut PIHAK KEDUA.\n")


def test_inline_dalam_rangka_before_a_tentang_on_the_line_does_not_label_the_subject():
    from tests.extract_texts import schema_of
    facts = schema_of(["KESEPAKATAN BERSAMA ANTARA PEMERINTAH KOTA MAJURA DAN PANITIA PELAKSANA DALAM RANGKA HARI JADI "
                       "KOTA TIRTA TENTANG PENYELENGGARAAN PAMERAN" + _OPENING.format("Pemerintah Kota Majura",
                                                                                     "Panitia Pelaksana")])
    assert facts["title"].upper() == "PENYELENGGARAAN PAMERAN"


def test_capitals_prose_dalam_hal_ini_is_no_subject_label():
    from tests.extract_texts import schema_of
    facts = schema_of(["PERJANJIAN KERJA SAMA ANTARA UNIVERSITAS TIRTA DAN RUMAH SAKIT MAJURA YANG DALAM HAL INI "
                       "DIWAKILI OLEH REKTOR" + _OPENING.format("Universitas Tirta", "Rumah Sakit Majura")])
    assert facts["title"] is None or "DIWAKILI" not in facts["title"].upper()
