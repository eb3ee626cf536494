"""Forms the generated layout families showed the extractor missing (issue 18.3): names wrapped in a two-column
identity table, English dates in words, a closing date in words, 'Masa berlaku … : DATE – DATE', an addendum's
heading naming the amended agreement's number, a report's quoted dates. Every text here is written for these tests."""
from __future__ import annotations

import datetime as dt

from ingest.extract.columns import join_wrapped_names
from ingest.extract.dates import find_dates
from tests.extract_texts import schema_of

_TABLE = """PERJANJIAN KERJA SAMA
ANTARA
PEMERINTAH KABUPATEN SUKAMAJU
DENGAN
UNIVERSITAS TIRTAWANGI
NOMOR : 119/PKS/VI/2021
NOMOR : 45/UTW/VI/2021
TENTANG
PENGEMBANGAN SUMBER DAYA MANUSIA
Pada hari ini Senin tanggal 7 Juni 2021, bertempat di Sukamaju, yang bertanda tangan di bawah ini:
1. IR. BAGUS WIRAYUDA : Bupati Sukamaju, dalam hal ini bertindak untuk dan atas
SETIAWAN, M.SI. nama Pemerintah Kabupaten Sukamaju, berkedudukan di Jalan Raya
Sukamaju Nomor 1, Sukamaju, selanjutnya disebut PIHAK PERTAMA.
2. Dr. Lestari Pramudita : Rektor Universitas Tirtawangi, dalam hal ini bertindak untuk
Anggraini, S.E., M.M. dan atas nama Universitas Tirtawangi, berkedudukan di Jalan
Kampus Nomor 9, Tirtawangi, selanjutnya disebut PIHAK KEDUA.
PIHAK PERTAMA dan PIHAK KEDUA sepakat sebagai berikut:
Pasal 1
RUANG LINGKUP
Ruang lingkup Perjanjian Kerja Sama ini meliputi pendidikan dan pelatihan.
"""
_EN_HEAD = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE SUKAMAJU CITY GOVERNMENT\nAND\nTHE CITY OF NORDHAVEN\n"
            "ON SISTER CITY COOPERATION\n")


def test_a_name_wrapped_in_a_two_column_table_is_whole_again():
    joined = join_wrapped_names(_TABLE)
    assert len(joined) == len(_TABLE)
    assert "1. IR. BAGUS WIRAYUDA SETIAWAN, M.SI. : Bupati" in joined
    assert "2. Dr. Lestari Pramudita Anggraini, S.E., M.M. : Rektor" in joined
    parties = schema_of([_TABLE])["parties"]
    assert [(p["signatory"], p["institution"]) for p in parties] == [
        ("Ir. Bagus Wirayuda Setiawan, M.SI.", "Pemerintah Kabupaten Sukamaju"),  # capitals as a name is written
        ("Dr. Lestari Pramudita Anggraini, S.E., M.M.", "Universitas Tirtawangi")]


def test_rows_that_are_not_a_wrapped_name_stay_as_they_are():
    text = ("1. Nama : BUDI SANTOSO\nJABATAN : KEPALA DINAS\n"
            "2. AGUS SALIM : Kepala Dinas Pendidikan, berkedudukan di Jalan\nIr. H. Juanda Nomor 3, Sukamaju,\n"
            "3. RINA WATI : Direktur, selanjutnya disebut\nPIHAK KETIGA.\n")
    assert join_wrapped_names(text) == text


def test_english_dates_in_words():
    for written, expected in [
        ("made on Tuesday, the seventeenth day of May in the year two thousand twenty-two in Sukamaju",
         dt.date(2022, 5, 17)),
        ("the twenty-first day of March two thousand and nineteen", dt.date(2019, 3, 21)),
        ("the thirtieth day of June, nineteen ninety-three", dt.date(1993, 6, 30)),
        ("on the thirteenth day of October 2020", dt.date(2020, 10, 13)),
    ]:
        assert [hit.date for hit in find_dates(written)] == [expected], written


def test_english_opening_gives_date_and_place():
    text = (_EN_HEAD +
            "This Memorandum of Understanding is made on Monday, the fourth day of April in the year two thousand "
            "twenty-two in Sukamaju by and between:\n1. the Sukamaju City Government, represented by ANDI PRAKOSO, "
            "Mayor of Sukamaju, hereinafter referred to as the FIRST PARTY;\n")
    facts = schema_of([text])
    assert facts["sign_date"] == "2022-04-04" and facts["sign_place"] == "Sukamaju"


def test_closing_date_in_words_only_when_the_opening_has_none():
    text = _TABLE.replace("Pada hari ini Senin tanggal 7 Juni 2021, bertempat di Sukamaju, yang", "Yang") + (
        "Pasal 2\nPENUTUP\nPerjanjian ini dibuat dalam rangkap 2 (dua).\n\n"
        "Sukamaju, tujuh Juni dua ribu dua puluh satu\nPIHAK PERTAMA, PIHAK KEDUA,\n")
    facts = schema_of([text])
    assert facts["sign_date"] == "2021-06-07" and facts["sign_place"] == "Sukamaju"


def test_masa_berlaku_with_the_kind_named_before_the_range():
    text = _TABLE + ("Pasal 2\nJANGKA WAKTU\n(1) Masa berlaku Perjanjian Kerja Sama ini: 1 Januari 2022 – "
                     "31 Desember 2024.\n")
    facts = schema_of([text])
    assert (facts["effective_date"], facts["duration"], facts["end_date"]) == ("2022-01-01", "P3Y", "2024-12-31")


def test_addendum_heading_names_the_amended_agreement():
    text = ("ADENDUM PERTAMA\nPERJANJIAN KERJA SAMA\nNOMOR 119/PKS/VI/2021\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\n"
            "DENGAN\nUNIVERSITAS TIRTAWANGI\nTENTANG\nPENGEMBANGAN SUMBER DAYA MANUSIA\n"
            "NOMOR : 120/ADD/V/2023\nNOMOR : 61/UTW/V/2023\n"
            "Pada hari ini Senin tanggal 8 Mei 2023, bertempat di Sukamaju, yang bertanda tangan di bawah ini:\n")
    facts = schema_of([text])
    assert facts["doc_type"] == "ADDENDUM"
    assert facts["numbers"] == ["120/ADD/V/2023", "61/UTW/V/2023"]
    assert facts["parent_agreement"] == "119/PKS/VI/2021"


def test_a_report_takes_its_own_date_not_a_quoted_one():
    text = ("LAPORAN EVALUASI\nPELAKSANAAN PERJANJIAN KERJA SAMA\nTENTANG PENGEMBANGAN SUMBER DAYA MANUSIA\n"
            "TAHUN 2024\nBAB I PENDAHULUAN\nPerjanjian Kerja Sama Nomor 119/PKS/VI/2021 tanggal 7 Juni 2021 berlaku "
            "sampai dengan tanggal 6 Juni 2024. Kerja sama ini melanjutkan Kesepakatan Bersama yang ditandatangani\n"
            "pada tanggal 3 Maret 2019 dan berakhir\npada tanggal 2 Maret 2021.\nBAB II HASIL EVALUASI\n"
            "Kegiatan terlaksana sebagian.\n\nSukamaju, 20 November 2024\nKEPALA BAGIAN KERJA SAMA,\n")
    facts = schema_of([text])
    assert facts["doc_type"] == "OTHER"
    assert facts["sign_date"] == "2024-11-20"
    assert facts["end_date"] is None and facts["duration"] is None


def test_a_table_read_cell_by_cell_keeps_the_degrees_with_the_name():
    text = _TABLE.replace("1. IR. BAGUS WIRAYUDA : Bupati Sukamaju, dalam hal ini bertindak untuk dan atas\n"
                          "SETIAWAN, M.SI. nama", "1. IR. BAGUS WIRAYUDA\nSETIAWAN, M.SI.\n: Bupati Sukamaju, dalam hal "
                          "ini bertindak untuk dan atas nama")
    joined = join_wrapped_names(text)
    assert len(joined) == len(text) and "1. IR. BAGUS WIRAYUDA SETIAWAN, M.SI. : Bupati" in joined
    assert schema_of([text])["parties"][0]["signatory"] == "Ir. Bagus Wirayuda Setiawan, M.SI."


def test_an_office_running_onto_the_next_line_before_the_address():
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nKEMENTERIAN TATA AIR\n"
            "TENTANG\nPENGELOLAAN IRIGASI\n"
            "Pada hari ini Senin tanggal 7 Juni 2021, bertempat di Sukamaju, yang bertanda tangan di bawah ini:\n"
            "1. Nama : ANDI PRAKOSO\nJabatan : Bupati Sukamaju\nAlamat : Jalan Raya Sukamaju Nomor 1\n"
            "dalam hal ini bertindak untuk dan atas nama Pemerintah Kabupaten Sukamaju, selanjutnya disebut "
            "PIHAK PERTAMA.\n"
            "2. Nama : SITI RAHAYU\nJabatan : Direktur Jenderal Sumber Daya Air Kementerian Tata Air Republik\n"
            "Indonesia\nAlamat : Jalan Merdeka Nomor 9, Jakarta\n"
            "dalam hal ini bertindak untuk dan atas nama Kementerian Tata Air, selanjutnya disebut PIHAK KEDUA.\n")
    parties = schema_of([text])["parties"]
    assert parties[1]["position"] == "Direktur Jenderal Sumber Daya Air Kementerian Tata Air Republik Indonesia"
    assert parties[0]["position"] == "Bupati Sukamaju"


def test_subject_in_the_heading_with_an_indented_antara():
    text = ("NOTA KESEPAHAMAN\nPENANGGULANGAN BENCANA\n ANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\n DAN\n"
            "PEMERINTAH KOTA TIRTAWANGI\n Nomor : 119/NK/VI/2021\n"
            "Pada hari ini Senin tanggal 7 Juni 2021, bertempat di Sukamaju, yang bertanda tangan di bawah ini:\n")
    assert schema_of([text])["title"] == "Penanggulangan Bencana"


def test_a_university_code_ending_in_a_digit_is_no_ocr_slip():
    text = _TABLE.replace("NOMOR : 45/UTW/VI/2021", "NOMOR : 992/IT1/PKS/2021")
    assert schema_of([text])["numbers"] == ["119/PKS/VI/2021", "992/IT1/PKS/2021"]


def test_an_ocr_read_roman_label_is_not_part_of_the_name():
    text = _TABLE.replace("2. Dr. Lestari Pramudita : Rektor Universitas Tirtawangi, dalam hal ini bertindak untuk\n"
                          "Anggraini, S.E., M.M. dan", "Il Lestari Pramudita Anggraini, S.E., M.M. : Rektor "
                          "Universitas Tirtawangi, dalam hal ini bertindak untuk\ndan")
    assert schema_of([text])["parties"][1]["signatory"] == "Lestari Pramudita Anggraini, S.E., M.M."
    balinese = _TABLE.replace("2. Dr. Lestari Pramudita : Rektor Universitas Tirtawangi, dalam hal ini bertindak "
                              "untuk\nAnggraini, S.E., M.M. dan", "2. I Made Sudarsana : Rektor Universitas "
                              "Tirtawangi, dalam hal ini bertindak untuk\ndan")
    assert schema_of([balinese])["parties"][1]["signatory"] == "I Made Sudarsana"


def test_english_place_broken_over_two_lines():
    text = (_EN_HEAD +
            "This Memorandum of Understanding is made on the twentieth day of July 2016 in Bandar Seri\n"
            "Tirta by and between:\n1. the Sukamaju City Government, represented by ANDI PRAKOSO, Mayor of Sukamaju, "
            "hereinafter referred to as the FIRST PARTY;\n")
    facts = schema_of([text])
    assert facts["sign_date"] == "2016-07-20" and facts["sign_place"] == "Bandar Seri Tirta"
