"""An agreement's own numbers in the forms offices print them: the heading forms were written out systematically (one
number or one per party, labels, columns, tables, blanks, breaks, owners, OCR damage, and the numbers that are never
the agreement's own) and run through the extractor; each test here stands for a form it misread. Every text here is
invented for these tests."""
from __future__ import annotations

from tests.extract_texts import schema_of

_HEAD = "KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KABUPATEN LEMBAH HIJAU\nDENGAN\nPOLITEKNIK NEGERI KARANG\n\n"
_REST = ("\n\nTENTANG\nPENGEMBANGAN SUMBER DAYA MANUSIA\n\nPada hari ini Senin tanggal dua belas bulan Juni tahun dua "
         "ribu dua puluh dua, bertempat di Lembah Hijau, kami yang bertanda tangan di bawah ini:\n\n"
         "1. Drs. Bambang Wiratmo : Bupati Lembah Hijau, dalam hal ini bertindak untuk dan atas nama Pemerintah "
         "Kabupaten Lembah Hijau, selanjutnya disebut PIHAK PERTAMA;\n2. Ir. Sri Lestari, M.T. : Direktur Politeknik "
         "Negeri Karang, dalam hal ini bertindak untuk dan atas nama Politeknik Negeri Karang, selanjutnya disebut "
         "PIHAK KEDUA.\n\nPasal 1\nMAKSUD DAN TUJUAN\n\nMaksud Kesepakatan Bersama ini adalah pedoman kerja sama.\n")


def _numbers(lines: str) -> list[str] | None:
    return schema_of([_HEAD + lines + _REST])["numbers"]


def test_one_number_per_party_in_a_tables_row_between_cell_bars():
    # "| NO : … | NO : … |": a row of a table flattened to text; the row opens with its bar, the bar between the
    # cells parts the two numbers
    assert _numbers("| NO : 607/DISDIK/KS/VI/2022 | NO : 109/PNK.4-Ker/VI/2022 |") == [
        "607/DISDIK/KS/VI/2022", "109/PNK.4-Ker/VI/2022"]
    assert _numbers("| Nomor : 31/HK/2022 | Nomor : 12.3/PNK/2022 |") == ["31/HK/2022", "12.3/PNK/2022"]


def test_two_columns_on_one_line_parted_by_a_second_label_of_another_spelling():
    # "NOMER: CTR-2022-028      NOMER: 090/KB/2022": the second label (Nomer, NO :) starts the second number
    assert _numbers("NOMER: CTR-2022-028                NOMER: 090/KB/SETDA/VI/2022") == [
        "CTR-2022-028", "090/KB/SETDA/VI/2022"]
    assert _numbers("NO : 44/PEM/2022          NO : 71/PNK/VI/2022") == ["44/PEM/2022", "71/PNK/VI/2022"]


def test_a_regulation_style_number_with_its_owner_after_it():
    # "NOMOR : 8 TAHUN 2022 (DESA X)": the number of the year's series; the owner in parentheses is no part of it
    assert _numbers("NOMOR : 8 TAHUN 2022 (DESA SUKA RAHAYU)") == ["8 TAHUN 2022"]
    assert _numbers("Nomer 14 TAHUN 2022(DESA KARANG)") == ["14 TAHUN 2022"]


def test_a_tables_heads_one_column_a_party_the_numbers_on_the_next_line():
    # "NOMOR PIHAK PERTAMA      NOMOR PIHAK KEDUA" above "119/PKS/2022      045/PNK/2022"
    assert _numbers("NOMOR PIHAK PERTAMA                 NOMOR PIHAK KEDUA\n"
                    "119/PKS/BAG.KS/2022                 045/PNK/PKS/VI/2022") == [
        "119/PKS/BAG.KS/2022", "045/PNK/PKS/VI/2022"]
    assert _numbers("NOMOR                               NOMOR\n"
                    "31/HK/2022                          12.3/PNK/2022") == ["31/HK/2022", "12.3/PNK/2022"]
    # heads with nothing under them: nothing read
    assert not _numbers("NOMOR PIHAK PERTAMA                 NOMOR PIHAK KEDUA\n")


def test_a_reference_number_label():
    assert _numbers("Ref. No. : 119/PKS/BAG.KS/2022") == ["119/PKS/BAG.KS/2022"]
    assert _numbers("Reference No.: 88/PNK/VI/2022") == ["88/PNK/VI/2022"]


def test_a_columns_wide_gap_parts_a_code_number_from_a_slashed_one_but_never_a_blank_part():
    assert _numbers("Nomor Pihak Kesatu                  Nomor Pihak Kedua\n"
                    "SPK-2022-044                        357/DISDIK/VI/2022") == ["SPK-2022-044", "357/DISDIK/VI/2022"]
    assert _numbers("NOMOR : 445/      /ADMEN/VI/2022") == ["445/ /ADMEN/VI/2022"]


def test_two_numbers_on_one_line_parted_by_a_spaced_dash_between_digits():
    # "A - B": one number per party joined by a dash; a dash before a name stays inside its number
    assert _numbers("NOMOR : 119/PKS/BAG.KS/2022 - 045/PNK/PKS/VI/2022") == [
        "119/PKS/BAG.KS/2022", "045/PNK/PKS/VI/2022"]
    assert _numbers("Nomor : CTR-2022-021 – 737.2/PNK/VI/2022") == ["CTR-2022-021", "737.2/PNK/VI/2022"]
    assert _numbers("NOMOR : 18/DAMAI - TIRTA JAYA/VI/2022") == ["18/DAMAI - TIRTA JAYA/VI/2022"]
