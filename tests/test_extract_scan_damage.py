"""Scan damage the generated layout families showed once read by tesseract (`bench.eval`, families as scans): a speck
before "Pasal" or its heading, a colon after a heading in capitals, a list whose markers the scan lost, "I." for "1.",
"7-bulan", "He" for the title "H.", a hyphen or a dash for a space in an office. Every text is invented for these
tests; the damage is written in by hand after the forms tesseract left."""
from __future__ import annotations

from ingest.extract import ocr_marks
from tests.extract_texts import schema_of

_HEAD = ("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN WANAREJA\nDENGAN\nPOLITEKNIK NEGERI SUKARAYA\n"
         "NOMOR : 415.4/27/PKS/2021\nTENTANG\nPELATIHAN TENAGA KERJA\n\n")
_OPENING = ("Pada hari ini Kamis tanggal 14 bulan 10 tahun 2021, bertempat di Wanareja, yang bertanda tangan di "
            "bawah ini:\n")
_PARTIES = ("1. Ir. H. Sutomo Wirasena, M.T. : Bupati Wanareja, dalam hal ini bertindak untuk dan atas nama "
            "Pemerintah Kabupaten Wanareja, selanjutnya disebut PIHAK PERTAMA.\n"
            "2. Dr. Lestari Anggun, M.Kom. : Direktur Politeknik Negeri Sukaraya, dalam hal ini bertindak untuk dan "
            "atas nama Politeknik Negeri Sukaraya, selanjutnya disebut PIHAK KEDUA.\n")
_AGREE = "PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.\n\n"
_AIMS = ("Pasal 1\nMAKSUD DAN TUJUAN\nMaksud Perjanjian Kerja Sama ini adalah sebagai pedoman bagi PARA PIHAK.\n\n")
_SCOPE = ("Pasal 2\nRUANG LINGKUP\nRuang lingkup Perjanjian Kerja Sama ini meliputi:\n1. pelatihan juru las;\n"
          "2. sertifikasi kompetensi; dan\n3. magang industri.\n\n")
_TERM = ("Pasal 3\nJANGKA WAKTU\nPerjanjian Kerja Sama ini berlaku untuk jangka waktu 3 (tiga) tahun terhitung sejak "
         "tanggal ditandatangani.\n\n")
_CLOSE = "Pasal 4\nPENUTUP\nPerjanjian Kerja Sama ini dibuat dalam rangkap 2 (dua).\n"
_ITEMS = ["pelatihan juru las", "sertifikasi kompetensi", "magang industri"]


def _extract(opening: str = _OPENING, parties: str = _PARTIES, scope: str = _SCOPE) -> dict:
    return schema_of([_HEAD + opening + parties + _AGREE + _AIMS + scope + _TERM + _CLOSE])


def test_the_plain_text_reads_its_scope():
    assert _extract()["scope"] == _ITEMS


def test_a_speck_before_pasal_or_its_heading_and_a_colon_after_the_heading():
    for damaged in (_SCOPE.replace("Pasal 2", "\u00ab Pasal 2"),  # "« Pasal 2"
                    _SCOPE.replace("RUANG LINGKUP", "RUANG LINGKUP:"),
                    _SCOPE.replace("RUANG LINGKUP", "| RUANG LINGKUP :"),
                    _SCOPE.replace("Pasal 2", "\u00a9 Pasal 2").replace("RUANG LINGKUP", "RUANG LINGKUP:")):
        assert _extract(scope=damaged)["scope"] == _ITEMS, damaged


def test_a_quote_the_scan_put_before_an_item_number():
    damaged = _SCOPE.replace("2. sertifikasi", "\u201c2. sertifikasi").replace("3. magang", "3... magang")
    assert _extract(scope=damaged)["scope"] == _ITEMS


def test_the_first_number_read_as_a_capital_i():
    assert _extract(scope=_SCOPE.replace("1. pelatihan", "I. pelatihan"))["scope"] == _ITEMS
    assert _extract(scope=_SCOPE.replace("1. pelatihan", "l. pelatihan"))["scope"] == _ITEMS


def test_a_list_whose_markers_the_scan_lost_after_its_lead_in():
    damaged = ("Pasal 2\nRUANG LINGKUP\nRuang lingkup Perjanjian Kerja Sama ini meliputi:\npelatihan juru las,\n"
               "sertifikasi kompetensi:\n\nVR ae ot\n\nmagang industri.\n\n")
    assert _extract(scope=damaged)["scope"] == _ITEMS
    # "dan" inside an item stays in it when the items are one to a line
    joined = damaged.replace("sertifikasi kompetensi", "sertifikasi dan uji kompetensi")
    assert _extract(scope=joined)["scope"] == ["pelatihan juru las", "sertifikasi dan uji kompetensi", "magang industri"]


def test_a_sentence_after_the_heading_is_not_a_list():
    # prose after the article's heading, one sentence over two lines: no list without a lead-in
    prose = ("Pasal 2\nRUANG LINGKUP\nPARA PIHAK sepakat menyusun rencana kerja bersama\n"
             "yang memuat pelatihan tenaga kerja.\n\n")
    assert _extract(scope=prose)["scope"] in (None, [], ["PARA PIHAK sepakat menyusun rencana kerja bersama yang memuat "
                                                         "pelatihan tenaga kerja"])


def test_a_hyphen_between_the_day_and_the_month_label():
    assert _extract(opening=_OPENING.replace("14 bulan", "14-bulan"))["sign_date"] == "2021-10-14"
    assert _extract(opening=_OPENING.replace("14 bulan", "4-bulan").replace("Kamis", "Senin"))["sign_date"] == \
        "2021-10-04"
    assert ocr_marks.fix_marks("tanggal 7-9 Agustus") == "tanggal 7-9 Agustus"  # a range stays


def test_the_title_haji_misread_after_an_academic_title():
    parties = _PARTIES.replace("Ir. H. Sutomo Wirasena, M.T.", "IR. He SUTOMO WIRASENA, M.T.")
    first = next(p for p in _extract(parties=parties)["parties"] if p["role"] == "PIHAK PERTAMA")
    assert first["signatory"].upper() == "IR. H. SUTOMO WIRASENA, M.T."
    assert ocr_marks.fix_marks("Ir. Hl Sutomo") == "Ir. H. Sutomo"
    # a name that is "He" stays; so do "Hj" and "He" before a name in small letters
    for kept in ("Dr. He Mingyu", "Dr. Hj Ratna", "Prof. He said"):
        assert ocr_marks.fix_marks(kept) == kept


def test_a_hyphen_or_a_trailing_dash_in_an_office():
    assert ocr_marks.fix_marks("Jabatan : Kepala Kantor-Pertanahan Kota Sukaraya -\nAlamat") == \
        "Jabatan : Kepala Kantor Pertanahan Kota Sukaraya  \nAlamat"
    for kept in ("Sekolah-Sekolah Dasar", "- 2 -\n", "kerja sama Jawa-Bali", "periode 2021 -\n2024"):
        assert ocr_marks.fix_marks(kept) == kept


def test_a_plus_read_for_the_colon_between_the_degrees_and_the_office():
    parties = _PARTIES.replace("Dr. Lestari Anggun, M.Kom. :", "Dr. Lestari Anggun, M.Kom. +")
    second = next(p for p in _extract(parties=parties)["parties"] if p["role"] == "PIHAK KEDUA")
    assert (second["signatory"], second["position"]) == ("Dr. Lestari Anggun, M.Kom.", "Direktur Politeknik Negeri Sukaraya")
    assert ocr_marks.fix_marks("nilai 5 + 3") == "nilai 5 + 3"  # no degree before it: left


def test_a_number_whose_year_a_speck_split_or_whose_colon_a_dash_followed():
    head = _HEAD.replace("NOMOR : 415.4/27/PKS/2021", "NOMOR :-415.4/27/PKS/20 21")
    assert schema_of([head + _OPENING + _PARTIES + _AGREE + _SCOPE + _TERM + _CLOSE])["numbers"] == ["415.4/27/PKS/2021"]
    for kept in ("pukul 20 19\n", "Nomor : -/PKS/2021", "selisih : -5/10/2021 x"):
        assert ocr_marks.fix_marks(kept) == kept


def test_a_dot_for_the_space_in_a_heading_in_capitals():
    head = _HEAD.replace("PELATIHAN TENAGA KERJA", "PELATIHAN.TENAGA KERJA")
    assert schema_of([head + _OPENING + _PARTIES + _AGREE + _SCOPE + _TERM + _CLOSE])["title"] == "Pelatihan Tenaga Kerja"
    for kept in ("KAB.WANAREJA", "050/BAPPEDA.KERMA/2021", "Nomor SETDA.KERMA"):
        assert ocr_marks.fix_marks(kept) == kept


def test_a_capital_set_apart_from_its_word_written_whole_elsewhere():
    parties = _PARTIES.replace("atas nama Pemerintah Kabupaten Wanareja", "atas nama Pemerintah Kabupaten W anareja")
    first = next(p for p in _extract(parties=parties)["parties"] if p["role"] == "PIHAK PERTAMA")
    assert first["institution"] == "Pemerintah Kabupaten Wanareja"
    # the word is nowhere whole, or the capital stands alone: left
    for kept in ("Provinsi J awa Tengah", "huruf B dan C", "Lampiran I dan II"):
        assert ocr_marks.fix_marks(kept) == kept


def test_a_letter_cited_before_a_word_is_not_joined_to_it():
    # "huruf B angka 2" in an item, with "Bangka" a place elsewhere: "angka" is a word the text writes itself
    head = _HEAD.replace("POLITEKNIK NEGERI SUKARAYA", "POLITEKNIK NEGERI BANGKA")
    parties = _PARTIES.replace("Sukaraya", "Bangka")
    scope = _SCOPE.replace("2. sertifikasi kompetensi;", "2. sertifikasi kompetensi sesuai Lampiran B angka 2;")
    facts = schema_of([head + _OPENING + parties + _AGREE + _AIMS + scope + _TERM + _CLOSE])
    assert facts["scope"][1] == "sertifikasi kompetensi sesuai Lampiran B angka 2"
    # a letter after a word of its own that the text writes elsewhere: "angka 3"
    assert ocr_marks.fix_marks("Ruang B angka 2; Bangka; angka 3") == "Ruang B angka 2; Bangka; angka 3"
    # a letter after "huruf" is cited, whatever follows it
    assert ocr_marks.fix_marks("Dalam hal ini, huruf D alam Pasal 3") == "Dalam hal ini, huruf D alam Pasal 3"
    # the damage itself is still mended
    assert ocr_marks.fix_marks("Provinsi J awa Barat, Gubernur Jawa Barat") == "Provinsi Jawa  Barat, Gubernur Jawa Barat"


def test_a_plus_after_an_abbreviation_that_is_no_degree_stays():
    for kept in ("biaya bahan, dst. + Biaya Sewa", "tarif Rp. + Pajak Daerah"):
        assert ocr_marks.fix_marks(kept) == kept
    assert ocr_marks.fix_marks("Yusuf Hadi, Ph.D. + Dekan") == "Yusuf Hadi, Ph.D. : Dekan"


def test_a_year_split_only_in_a_number_of_two_slashes_and_after_a_number_label_only():
    for kept in ("halaman 3/20 19\n", "jam 08/20 15\n", "nominal : -100/200/3"):
        assert ocr_marks.fix_marks(kept) == kept
    assert ocr_marks.fix_marks("Nomor 5/PMK.07/20 20\n") == "Nomor 5/PMK.07/2020 \n"


def test_a_line_of_many_capitals_dots_is_read_once():
    import time

    line = "PROMOSI.BERSAMA " * 4000  # 64,000 characters on one line (each dot read its whole line: seconds)
    began = time.process_time()
    assert ocr_marks.fix_marks(line) == line.replace(".", " ")
    assert time.process_time() - began < 1.0
