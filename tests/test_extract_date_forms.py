"""Signing dates, places and terms in their common forms: the forms were written out systematically (how the opening
writes its date and place, how the term article states start, length and end, how the closing dates the signing,
which other agreement's date stands nearby) and run through the extractor; each test here stands for a form it
misread. Every text here is invented for these tests."""
from __future__ import annotations

from tests.extract_texts import schema_of

_HEAD = ("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nUNIVERSITAS TIRTA JAYA\n\n"
         "NOMOR : 119/PKS/BAG.KS/2023\nNOMOR : 045/UTJ/PKS/2023\n\nTENTANG\nPENGEMBANGAN SUMBER DAYA MANUSIA\n\n")
_PARTIES = ("1. H. Arif Budiman, S.E. : Bupati Sukamaju, dalam hal ini bertindak untuk dan atas nama Pemerintah "
            "Kabupaten Sukamaju, berkedudukan di Jalan Merdeka Nomor 1, selanjutnya disebut PIHAK PERTAMA;\n"
            "2. Prof. Dr. Sutrisno Hadi, M.Sc. : Rektor Universitas Tirta Jaya, dalam hal ini bertindak untuk dan "
            "atas nama Universitas Tirta Jaya, berkedudukan di Jalan Kampus Nomor 5, selanjutnya disebut PIHAK "
            "KEDUA.\n\nPIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.\n\n")
_SIGNATURES = ("\nPIHAK PERTAMA,                              PIHAK KEDUA,\n"
               "BUPATI SUKAMAJU,                            REKTOR UNIVERSITAS TIRTA JAYA,\n\n\n"
               "H. ARIF BUDIMAN, S.E.                       Prof. Dr. SUTRISNO HADI, M.Sc.\n")
_WEEKDAY_OPENING = "Pada hari ini Senin tanggal dua belas bulan Juni tahun dua ribu dua puluh tiga"


def _extract(opening: str, middle: str = "", term: str | None = None, closing: str = "") -> dict:
    text = _HEAD + opening + " kami yang bertanda tangan di bawah ini:\n\n" + _PARTIES + middle
    text += ("Pasal 1\nMAKSUD DAN TUJUAN\n\nMaksud Perjanjian ini adalah sebagai pedoman bagi PARA PIHAK dalam "
             "pengembangan sumber daya manusia.\n\n")
    if term is not None:
        text += f"Pasal 2\nJANGKA WAKTU\n\n{term}\n\n"
    text += ("Pasal 3\nPENUTUP\n\nDemikian Perjanjian ini dibuat dalam rangkap 2 (dua).\n\n" + closing + _SIGNATURES)
    result = schema_of([text])
    return {key: result[key] for key in ("sign_date", "sign_place", "effective_date", "duration", "end_date")}


def test_the_seat_of_a_regions_head_names_the_town():
    # "bertempat di Kantor Bupati X, Jalan …": the regency whose head holds office there; the address after the name
    # (with or without a comma) is no part of it
    found = _extract(_WEEKDAY_OPENING + ", bertempat di Kantor Bupati Lembah Hijau, Jalan Merdeka Nomor 1 Lembah "
                     "Hijau,")
    assert (found["sign_date"], found["sign_place"]) == ("2023-06-12", "Lembah Hijau")
    assert _extract(_WEEKDAY_OPENING + ", bertempat di Kantor Gubernur Nusa Raya Jalan Diponegoro Nomor 22,")[
        "sign_place"] == "Nusa Raya"
    assert _extract(_WEEKDAY_OPENING + ", bertempat di Rumah Dinas Wali Kota Tirta,")["sign_place"] == "Tirta"
    # a hall inside that office, after the hour of the signing
    assert _extract(_WEEKDAY_OPENING + ", jam 09.00 WITA bertempat di Aula Kantor Bupati Sukamaju,")[
        "sign_place"] == "Sukamaju"
    # a room named after no region's head still names no town
    assert _extract(_WEEKDAY_OPENING + ", bertempat di Ruang Rapat Anggrek,")["sign_place"] is None


def test_the_place_right_after_the_year_without_a_comma():
    found = _extract(_WEEKDAY_OPENING + " di Sukamaju,")
    assert (found["sign_date"], found["sign_place"]) == ("2023-06-12", "Sukamaju")
    assert _extract("Pada hari ini Senin tanggal 12 bulan 06 tahun 2023 di Kota Tirta,")["sign_place"] == "Kota Tirta"
    # a draft: the date left blank, the place written
    draft = _extract("Pada hari ini ........ tanggal ........ bulan ........ tahun dua ribu dua puluh .... di Sukamaju,")
    assert (draft["sign_date"], draft["sign_place"]) == (None, "Sukamaju")
    # a year in words ending in ribu or ratus, or written as one word ("duapuluh"), is a year's end too
    for year, iso in (("dua ribu", "2000"), ("seribu sembilan ratus", "1900"), ("dua ribu duapuluh", "2020")):
        found = _extract(f"Pada hari ini Senin tanggal dua belas bulan Juni tahun {year} di Sukamaju,")
        assert (found["sign_date"][:4], found["sign_place"]) == (iso, "Sukamaju"), year
    # a year and a town inside a recital's clause ("… Tahun 2024 di Kota Tirta yang …") are no signing place
    recital = ("Bahwa PARA PIHAK mendukung terselenggaranya Pemilihan Umum Serentak Tahun 2024 di Kota Tirta yang "
               "berkualitas;\n\n")
    assert _extract("Pada hari ini ….. tanggal ….. bulan ….. tahun …..,", recital)["sign_place"] is None


def test_a_cited_agreements_date_in_the_opening_is_not_the_signing_date():
    cited = " sebagai tindak lanjut Kesepakatan Bersama Nomor 07/KB/2019 tanggal 3 Maret 2019,"
    blank = _extract("Pada hari ini ….. tanggal ….. bulan Juni tahun dua ribu dua puluh tiga," + cited)
    assert blank["sign_date"] is None
    closed = _extract("Pada hari ini ….. tanggal ….. bulan ….. tahun …..," + cited,
                      closing="Ditandatangani di Sukamaju\npada tanggal 12 Juni 2023\n")
    assert (closed["sign_date"], closed["sign_place"]) == ("2023-06-12", "Sukamaju")
    # the opening's own date, written before the citation, is still read
    assert _extract(_WEEKDAY_OPENING + "," + cited)["sign_date"] == "2023-06-12"
    decree = " berdasarkan Keputusan Bupati Sukamaju Nomor 12 Tahun 2021 tanggal 5 Januari 2021,"
    assert _extract("Pada hari ini ….. tanggal ….. bulan ….. tahun …..," + decree)["sign_date"] is None


def test_a_term_that_ends_a_stated_length_after_signing():
    found = _extract(_WEEKDAY_OPENING + ",", term="Perjanjian ini mulai berlaku pada tanggal ditandatangani dan "
                     "berakhir setelah 2 (dua) tahun.")
    assert (found["effective_date"], found["duration"], found["end_date"]) == ("2023-06-12", "P2Y", "2025-06-11")


def test_a_cited_agreements_term_in_the_recitals_is_not_this_ones():
    recital = ("Bahwa Kesepakatan Bersama Nomor 07/KB/2019 tanggal 3 Maret 2019 berlaku selama 5 (lima) tahun sampai "
               "dengan tanggal 2 Maret 2024;\n\n")
    found = _extract(_WEEKDAY_OPENING + ",", recital)
    assert (found["effective_date"], found["duration"], found["end_date"]) == (None, None, None)
    # with no term article, a paragraph stating this agreement's own term is still read
    own = recital + "Perjanjian ini berlaku untuk jangka waktu 2 (dua) tahun terhitung sejak tanggal ditandatangani.\n\n"
    found = _extract(_WEEKDAY_OPENING + ",", own)
    assert (found["effective_date"], found["duration"], found["end_date"]) == ("2023-06-12", "P2Y", "2025-06-11")


def test_each_part_of_the_date_in_digits_then_words():
    # "tanggal 12 (dua belas) bulan 6 (enam) tahun 2023 (…)": the words in parentheses after each part's digits
    found = _extract("Pada hari ini Senin tanggal 12 (dua belas) bulan 6 (enam) tahun 2023 (dua ribu dua puluh tiga), "
                     "bertempat di Sukamaju,")
    assert (found["sign_date"], found["sign_place"]) == ("2023-06-12", "Sukamaju")
    # the digits disagree with nothing here; a month's digits past twelve are still no date
    assert _extract("Pada hari ini tanggal 12 (dua belas) bulan 13 (tiga belas) tahun 2023,")["sign_date"] is None


def test_a_draft_left_blank_with_underscores_keeps_its_place():
    found = _extract("Pada hari ini ________ tanggal ________ bulan ________ tahun ________ di Tirta,")
    assert (found["sign_date"], found["sign_place"]) == (None, "Tirta")


def test_the_terms_length_after_adalah():
    # the sentence's subject is the term, its length far from the words "jangka waktu"
    found = _extract(_WEEKDAY_OPENING + ",", term="Jangka waktu pelaksanaan kegiatan sebagaimana dimaksud dalam Pasal "
                     "1 adalah 6 (enam) bulan terhitung sejak tanggal ditandatangani.")
    assert (found["effective_date"], found["duration"], found["end_date"]) == ("2023-06-12", "P6M", "2023-12-11")
    # another period named in the term article ("Laporan … adalah 14 hari") is no term
    found = _extract(_WEEKDAY_OPENING + ",", term="Batas penyampaian laporan kegiatan adalah 14 (empat belas) hari.")
    assert (found["effective_date"], found["duration"], found["end_date"]) == (None, None, None)


def test_a_secretariat_is_a_building_its_region_the_place():
    # "Sekretariat Daerah Kabupaten X" is an office's premises, never a town named before its regency
    found = _extract(_WEEKDAY_OPENING + ", bertempat di Sekretariat Daerah Kabupaten Lembah Hijau,")
    assert found["sign_place"] == "Lembah Hijau"
    # a town before its regency is still read as the town
    assert _extract(_WEEKDAY_OPENING + ", bertempat di Sukamulya Kabupaten Lembah Hijau,")["sign_place"] == "Sukamulya"


def test_another_agreements_term_in_a_relative_clause_is_not_this_ones():
    term = ("Perjanjian ini merupakan pelaksanaan Kesepakatan Bersama yang berlaku sejak tanggal 3 Maret 2019 dan "
            "berlaku selama 2 (dua) tahun sejak tanggal ditandatangani.")
    found = _extract(_WEEKDAY_OPENING + ",", term=term)
    assert (found["effective_date"], found["duration"], found["end_date"]) == ("2023-06-12", "P2Y", "2025-06-11")
    ended = "Perjanjian Nomor 07/PKS/2020 yang telah berakhir pada tanggal 31 Desember 2022 tidak berlaku lagi."
    found = _extract(_WEEKDAY_OPENING + ",", term=ended)
    assert (found["effective_date"], found["end_date"]) == (None, None)
    # this agreement's own "yang berlaku sejak …" is still its start
    own = "Perjanjian Kerja Sama ini, yang berlaku sejak tanggal 1 Juli 2023, berakhir pada tanggal 30 Juni 2024."
    found = _extract(_WEEKDAY_OPENING + ",", term=own)
    assert (found["effective_date"], found["duration"], found["end_date"]) == ("2023-07-01", "P1Y", "2024-06-30")


def _english(term: str, closing: str) -> dict:
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE REGENCY GOVERNMENT OF SUKAMAJU\nAND\nTIRTA JAYA UNIVERSITY\n\n"
            "This Memorandum of Understanding is made by and between:\n\n1. The Regency Government of Sukamaju, "
            "hereinafter referred to as the FIRST PARTY;\n2. Tirta Jaya University, hereinafter referred to as the "
            f"SECOND PARTY.\n\nArticle 1\nDURATION\n\n{term}\n\n{closing}\n\nFOR THE FIRST PARTY,"
            "                        FOR THE SECOND PARTY,\n\n\nARIF BUDIMAN                                SUTRISNO HADI\n")
    result = schema_of([text])
    return {key: result[key] for key in ("sign_date", "sign_place", "effective_date", "duration", "end_date")}


def test_an_english_term_that_commences_and_expires_on_dates():
    found = _english("This Memorandum shall commence on 1 July 2023 and shall expire on 30 June 2025.", "")
    assert (found["effective_date"], found["duration"], found["end_date"]) == ("2023-07-01", "P2Y", "2025-06-30")


def test_signed_in_originals_in_a_place():
    found = _english("This Memorandum shall remain in force for a period of three (3) years from the date of signing.",
                     "IN WITNESS WHEREOF, the undersigned have signed this Memorandum in two originals in Tirta on 12 "
                     "June 2023.")
    assert (found["sign_date"], found["sign_place"], found["end_date"]) == ("2023-06-12", "Tirta", "2026-06-11")


def test_a_closing_line_with_the_month_and_year_only_gives_the_place():
    found = _extract("Kami yang bertanda tangan di bawah ini:", closing="Lembah Hijau, Juni 2023\n")
    assert (found["sign_date"], found["sign_place"]) == (None, "Lembah Hijau")
    # a sentence ending in a month and year is no such line
    sentence = _extract("Kami yang bertanda tangan di bawah ini:",
                        closing="Laporan disampaikan kepada Bupati Sukamaju, Juni 2023\n")
    assert sentence["sign_place"] is None
