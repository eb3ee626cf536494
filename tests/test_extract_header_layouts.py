"""Header layouts found on a held-out set of published agreements (issue 18, round 2), each on a text written for
this test: headings run into one line, a subject in title case on two lines, a number line without its label,
an addendum whose own numbers open the paragraph that defines it, and a parent number broken over two lines."""
from __future__ import annotations

from ingest.extract.extractor import extract_agreement
from tests.extract_texts import schema_of


def test_a_title_case_tentang_in_a_one_line_heading_stops_at_the_numbers():
    text = ("PERJANJIAN KERJA SAMA Antara DINAS KESEHATAN KOTA SUKAMAJU Dengan AKADEMI KEBIDANAN SUKAMAJU Tentang "
            "PRAKTIK KLINIK MAHASISWA KEBIDANAN Nomor: 445/12/DINKES/2021 Nomor: 07/AKBID/IV/2021 Pada hari ini "
            "Senin tanggal lima bulan April tahun dua ribu dua puluh satu, yang bertanda tangan di bawah ini:\n")
    facts = schema_of([text])
    assert facts["title"] == "Praktik Klinik Mahasiswa Kebidanan"
    assert facts["numbers"] == ["445/12/DINKES/2021", "07/AKBID/IV/2021"]


def test_an_upper_case_tentang_after_a_number_in_a_one_line_heading():
    text = ("PERJANJIAN KERJASAMA. ANTARA POLITEKNIK SUKAMAJU DAN RUMAH SAKIT UMUM DAERAH SUKAMAJU Nomor : "
            "12/PL.9/HK/2020 Nomor : 445/88/RSUD/2020 TENTANG PRAKTIK KERJA LAPANGAN DAN PENELITIAN BIDANG "
            "KESEHATAN, Pada hari Rabu tanggal Lima bulan Agustus tahun Dua Ribu Dua Puluh, yang bertanda tangan "
            "di bawah ini:\n")
    facts = schema_of([text])
    assert facts["title"] == "Praktik Kerja Lapangan dan Penelitian Bidang Kesehatan"
    assert facts["numbers"] == ["12/PL.9/HK/2020", "445/88/RSUD/2020"]


def test_an_english_subject_in_title_case_on_two_lines_ends_where_the_prose_begins():
    text = ("MEMORANDUM OF UNDERSTANDING\nbetween\nSukamaju Institute of Technology\nand\nRiverside College of Arts\n"
            "concerning\nStudent Exchange, Joint Research and Training\nIn the Field of Water Management\n"
            "The Sukamaju Institute of Technology (hereinafter referred to as SIT) and the Riverside College of "
            "Arts\n(hereinafter referred to as RCA), both hereinafter referred to as \"the Parties\",\n"
            "DESIRING to strengthen the friendly relations between the Parties;\n\nHAVE AGREED as follows:\n")
    assert schema_of([text])["title"] == ("Student Exchange, Joint Research and Training In the Field of Water "
                                          "Management")


def test_an_english_subject_in_sentence_case_is_not_cut_by_the_title_case_rule():
    text = ("MEMORANDUM OF UNDERSTANDING\nbetween\nSukamaju Institute of Technology\nand\nRiverside College of Arts\n"
            "concerning\nCooperation in education and\ntraining of teachers\n\nThe Parties,\n"
            "DESIRING to strengthen the friendly relations between the Parties;\n")
    assert schema_of([text])["title"] == "Cooperation in education and training of teachers"


def test_a_number_line_below_the_subject_is_no_part_of_it():
    # a form's number, its label placed on the line below it by the page's layout, then the blank label itself
    text = ("PERJANJIAN KERJASAMA\n\nANTARA\nPT ASURANSI SEJAHTERA (PERSERO)\nDENGAN\nKLINIK ..........................\n"
            "TENTANG\nPELAYANAN RAWAT JALAN\n\n.........PKS.AS.0321\nNomor :\n..................................\n\n"
            "Pada hari ini ............, tanggal ........ bulan ............ tahun Dua ribu dua puluh satu, telah "
            "ditandatangani Perjanjian Kerjasama ini oleh dan antara:\n")
    assert schema_of([text])["title"] == "Pelayanan Rawat Jalan"
    two_lines = ("PERJANJIAN KERJA SAMA\nTENTANG\nPELAYANAN RAWAT JALAN\n\nBAGI PESERTA ASURANSI KESEHATAN\n\n"
                 "Pada hari ini Senin tanggal 5 April 2021, yang bertanda tangan di bawah ini:\n")
    assert schema_of([two_lines])["title"] == "Pelayanan Rawat Jalan bagi Peserta Asuransi Kesehatan"


_ADDENDUM = """ADDENDUM PERTAMA

PERJANJIAN KERJA SAMA


ANTARA
BADAN PENYELENGGARA JAMINAN SOSIAL KESEHATAN
DENGAN
KLINIK PRATAMA SEHAT SENTOSA
TENTANG
PELAYANAN KESEHATAN TINGKAT PERTAMA

Nomor : 45/KTR/VII-03/0920
Nomor : .......................................
Addendum Perjanjian ini yang selanjutnya disebut "Addendum" dibuat dan ditandatangani di Sukamaju, pada hari
Senin tanggal Tujuh Bulan September tahun Dua Ribu Dua Puluh, oleh dan antara:
I. dr. Budi Santoso selaku Kepala Cabang Sukamaju, dalam hal ini bertindak untuk dan atas nama Badan
Penyelenggara Jaminan Sosial Kesehatan, selanjutnya disebut "PIHAK KESATU";
II. dr. Ani Wijaya selaku Direktur Klinik Pratama Sehat Sentosa, selanjutnya disebut "PIHAK KEDUA".
Dengan terlebih dahulu menerangkan hal-hal sebagai berikut:
A. Bahwa PARA PIHAK telah menandatangani Perjanjian Kerja Sama Nomor 31/KTR/VII-
03/1219 dan Nomor: ................ Tanggal 02 Januari 2020 selanjutnya disebut "PERJANJIAN INDUK".
"""


def test_an_addendums_own_number_opening_its_defining_paragraph_stays_its_own():
    facts = schema_of([_ADDENDUM])
    assert facts["doc_type"] == "ADDENDUM"
    assert facts["numbers"] == ["45/KTR/VII-03/0920"]
    # the parent cited in the recitals, broken after the hyphen at a line's end
    assert facts["parent_agreement"] == "31/KTR/VII-03/1219"
    assert facts["sign_date"] == "2020-09-07"


def test_a_paragraph_opening_with_a_party_keeps_its_lines_out_of_the_heading():
    # "selanjutnya disebut" with no opening formula: the party's "No. KTP" line is no heading number
    text = ("PERJANJIAN KERJA SAMA\nNOMOR : 12/PKS/2021\n\nBudi Santoso, No. KTP 3201010101010001,\nselaku Direktur "
            "CV Maju Jaya, selanjutnya disebut PIHAK PERTAMA.\n")
    assert schema_of([text])["numbers"] == ["12/PKS/2021"]


_MOU_HEAD = "MEMORANDUM OF UNDERSTANDING\nBETWEEN\nSUKAMAJU UNIVERSITY\nAND\nRIVERSIDE COLLEGE\nON\nSTUDENT EXCHANGE\n\n"
_ARTICLES = "Article 1\nThe Parties agree to exchange students.\n\nArticle 2\nThis Memorandum takes effect on signing.\n\n"


def test_english_closings_give_the_town_and_the_date():
    duplicate = schema_of([_MOU_HEAD + _ARTICLES + "Signed in duplicate at Sukamaju on 5 April 2021.\n"])
    assert (duplicate["sign_place"], duplicate["sign_date"]) == ("Sukamaju", "2021-04-05")
    witness = schema_of([_MOU_HEAD + _ARTICLES + "IN WITNESS WHEREOF the undersigned have signed this Memorandum of "
                         "Understanding in Sukamaju this 5th day of April 2021.\n"])
    assert (witness["sign_place"], witness["sign_date"]) == ("Sukamaju", "2021-04-05")
    ordinal = schema_of([_MOU_HEAD + _ARTICLES + "Signed at Sukamaju on the 5th of April 2021\n"])
    assert (ordinal["sign_place"], ordinal["sign_date"]) == ("Sukamaju", "2021-04-05")
    words = schema_of([_MOU_HEAD + _ARTICLES + "Done at Sukamaju on the fifth of April two thousand and twenty one\n"])
    assert words["sign_date"] == "2021-04-05"


_PKS_HEAD = ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS KESEHATAN KOTA SUKAMAJU\nDENGAN\nRSUD SUKAMAJU\n"
             "NOMOR : 445/12/DINKES/2021\nTENTANG\nPELAYANAN RUJUKAN\n\n")
_PARTY = "1. Budi Santoso, selaku Kepala Dinas Kesehatan, selanjutnya disebut PIHAK PERTAMA;\n"


def test_a_place_and_date_line_in_digits_and_a_place_after_a_date_in_words():
    closing = schema_of([_PKS_HEAD + "Yang bertanda tangan di bawah ini:\n" + _PARTY + "\nPasal 1\nRuang lingkup.\n\n"
                         "Sukamaju, 05-04-2021\n\nPIHAK PERTAMA PIHAK KEDUA\n"])
    assert (closing["sign_place"], closing["sign_date"]) == ("Sukamaju", "2021-04-05")
    opening = schema_of([_PKS_HEAD + "Pada hari ini Senin tanggal lima bulan April tahun dua ribu dua puluh satu, di "
                         "Sukamaju, yang bertanda tangan di bawah ini:\n" + _PARTY])
    assert (opening["sign_place"], opening["sign_date"]) == ("Sukamaju", "2021-04-05")


def test_subjects_of_headings_run_into_one_line_or_labelled_in_the_heading():
    made = "\nThis Memorandum of Understanding is made on 5 April 2021 by and between the Parties.\n"
    inline = "MEMORANDUM OF UNDERSTANDING ON ACADEMIC COOPERATION\nBETWEEN\nSUKAMAJU UNIVERSITY\nAND\nRIVERSIDE COLLEGE\n"
    assert schema_of([inline + made])["title"] == "Academic Cooperation"  # never "On Academic Cooperation"
    one_line = "MEMORANDUM OF UNDERSTANDING BETWEEN SUKAMAJU UNIVERSITY AND RIVERSIDE COLLEGE ON ACADEMIC COOPERATION\n"
    assert schema_of([one_line + made])["title"] == "Academic Cooperation"
    sentence_case = ("Perjanjian Kerja Sama antara Dinas Kesehatan Kota Sukamaju dengan RSUD Sukamaju tentang Pelayanan "
                     "Rujukan Pasien\nNomor : 445/12/DINKES/2021\n\nPada hari ini Senin tanggal 5 April 2021, yang "
                     "bertanda tangan di bawah ini:\n" + _PARTY)
    assert schema_of([sentence_case])["title"] == "Pelayanan Rujukan Pasien"
    english = ("Memorandum of Understanding on Academic Cooperation\nbetween\nSukamaju University\nand\nRiverside "
               "College\n" + made)
    assert schema_of([english])["title"] == "Academic Cooperation"
    named = ("Sukamaju Institute on Aging and Riverside College\nMemorandum of Understanding\n" + made)
    assert schema_of([named])["title"] is None  # a body's name in title case: its "on" is no label
    prose = ("NOTA KESEPAHAMAN\nNOMOR : 12/NK/2021\n\nPada hari ini Senin tanggal 5 April 2021 kami yang bertanda "
             "tangan di bawah ini bersepakat tentang pelayanan rujukan pasien:\n" + _PARTY)
    assert schema_of([prose])["title"] is None  # a sentence's "tentang" is no heading's


def test_a_lone_number_above_a_blank_nomor_label_is_its_value_a_weak_reading():
    text = ("PERJANJIAN KERJASAMA\n\nANTARA\nPT ASURANSI SEJAHTERA (PERSERO)\nDENGAN\nKLINIK ..........................\n"
            "TENTANG\nPELAYANAN RAWAT JALAN\n\n.........AS.K.0321\nNomor :\n..................................\n\n"
            "Pada hari ini ............, tanggal ........ bulan ............ tahun Dua ribu dua puluh satu, telah "
            "ditandatangani Perjanjian Kerjasama ini oleh dan antara:\n")
    facts = schema_of([text])
    assert facts["numbers"] == [".........AS.K.0321"]
    assert extract_agreement([text]).evidence["numbers"].confidence == 0.6
    # a line of the heading above a blank label is no number; a label with its own value ignores the line above
    heading = text.replace(".........AS.K.0321\n", "RAWAT JALAN TINGKAT PERTAMA\n")
    assert schema_of([heading])["numbers"] is None
    filled = text.replace("Nomor :\n", "Nomor : 12/PKS/AS/2021\n")
    assert schema_of([filled])["numbers"] == ["12/PKS/AS/2021"]


def test_a_persetujuan_kerja_sama_is_a_cooperation_agreement():
    text = ("PERSETUJUAN KERJA SAMA\nANTARA\nDINAS KESEHATAN KOTA SUKAMAJU\nDENGAN\nRSUD SUKAMAJU\n"
            "NOMOR : 445/12/DINKES/2021\nTENTANG\nPELAYANAN RUJUKAN\n\nPada hari ini Senin tanggal 5 April 2021, yang "
            "bertanda tangan di bawah ini:\n" + _PARTY)
    facts = schema_of([text])
    assert (facts["doc_type"], facts["title"]) == ("PKS", "Pelayanan Rujukan")


def test_ocr_splits_and_glues_in_the_heading_and_the_opening():
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS KESEHATAN KOTA SUKAMAJU\nDENGAN\nRSUD SUKAMAJU\n"
            "NOMOR : 445/12/DINKES/2021\nTENT ANG\nPELAYANAN RUJUKAN PASIEN\n\nPada hari ini Senin tanggal 5April2021, "
            "yang bertanda tangan di bawah ini:\n" + _PARTY)
    facts = schema_of([text])
    assert (facts["title"], facts["sign_date"]) == ("Pelayanan Rujukan Pasien", "2021-04-05")
    # a word glued to the day is no date; a misspelt month is none either (never guess)
    for opening in ("tanggal Pasal5April2021,", "tanggal 5 Aprill 2021,"):
        assert schema_of([text.replace("tanggal 5April2021,", opening)])["sign_date"] is None


def test_a_place_and_a_date_as_two_labelled_rows_above_the_signatures():
    text = (_PKS_HEAD + "Yang bertanda tangan di bawah ini:\n" + _PARTY + "\nPasal 1\nRuang lingkup.\n\n"
            "Tempat : Sukamaju\nTanggal : 5 April 2021\n\nPIHAK PERTAMA PIHAK KEDUA\n")
    facts = schema_of([text])
    assert (facts["sign_place"], facts["sign_date"]) == ("Sukamaju", "2021-04-05")
    room = schema_of([text.replace("Tempat : Sukamaju", "Tempat : Aula Rapat")])  # a room names no town
    assert room["sign_place"] is None


def test_a_misspelt_year_word_is_read_only_when_the_weekday_confirms_it():
    opening = ("Pada hari ini Senin tanggal lima bulan April tahun dua ribu dua pulu satu, yang bertanda tangan di "
               "bawah ini:\n")
    text = _PKS_HEAD + opening + _PARTY
    facts = extract_agreement([text])
    # "pulu" is one letter from "puluh" and from no other number word; 5 April 2021 was a Monday: weak evidence
    assert facts.sign_date == "2021-04-05"
    assert facts.evidence["sign_date"].confidence == 0.6
    # the weekday named is not that date's: no date (never "2002", the words read up to the damaged one)
    assert schema_of([text.replace("hari ini Senin", "hari ini Selasa")])["sign_date"] is None
    # no weekday to confirm it, or a damaged word with no single near reading: no date either
    assert schema_of([text.replace("hari ini Senin", "hari ini")])["sign_date"] is None
    assert schema_of([text.replace("dua pulu satu", "dua pxyz satu")])["sign_date"] is None
    # a year's last word misspelt and run on ("duaa puluh"): no date; a word glued after a whole year keeps it
    assert schema_of([text.replace("dua pulu satu", "duaa puluh")])["sign_date"] is None
    assert schema_of([text.replace("dua pulu satu, yang", "dua puluh satuyang")])["sign_date"] == "2021-04-05"
    # the space before the next number word lost ("ributujuh"): no "2000"; the digits beside it, if any, give the date
    glued = text.replace("dua ribu dua pulu satu,", "dua ributujuh belas,").replace("hari ini Senin", "hari ini Rabu")
    assert schema_of([glued])["sign_date"] is None
    digits = glued.replace("tujuh belas,", "tujuh belas (05-04-2017),")
    assert schema_of([digits])["sign_date"] == "2017-04-05"


def test_a_subject_above_the_headings_parties_without_antara_and_in_quotes():
    opening = "\nPada hari ini Senin tanggal 5 April 2021, yang bertanda tangan di bawah ini:\n" + _PARTY
    spaced = ("PERJANJIAN KERJA SAMA\nTENTANG\nPELAYANAN RUJUKAN PASIEN\n\nDINAS KESEHATAN KOTA SUKAMAJU\nDAN\n"
              "RSUD SUKAMAJU\n\nNOMOR : 445/12/DINKES/2021\n")
    assert schema_of([spaced + opening])["title"] == "Pelayanan Rujukan Pasien"
    close = ("PERJANJIAN KERJA SAMA\nTENTANG\nPELAYANAN RUJUKAN\nPASIEN UMUM\nDINAS KESEHATAN\nDENGAN\nRSUD SUKAMAJU\n"
             "NOMOR : 445/12/DINKES/2021\n")
    assert schema_of([close + opening])["title"] == "Pelayanan Rujukan Pasien Umum"
    quoted = "PERJANJIAN KERJA SAMA\nTENTANG\n“PELAYANAN RUJUKAN PASIEN”\nNOMOR : 445/12/DINKES/2021\n"
    assert schema_of([quoted + opening])["title"] == "Pelayanan Rujukan Pasien"
    # a subject whose blank line is followed by more of it, no parties: still one subject
    more = "PERJANJIAN KERJA SAMA\nTENTANG\nPELAYANAN RUJUKAN\n\nPASIEN UMUM DAN PESERTA JAMINAN\n\nNOMOR : 12/PKS/2021\n"
    assert schema_of([more + opening])["title"] == "Pelayanan Rujukan Pasien Umum dan Peserta Jaminan"


def test_a_building_named_as_the_place_gives_the_town_written_after_it_or_none():
    def place(where: str) -> str | None:
        opening = f"Pada hari ini Senin tanggal 5 April 2021 bertempat di {where} yang bertanda tangan di bawah ini:\n"
        return schema_of([_PKS_HEAD + opening + _PARTY])["sign_place"]

    assert place("Hotel Grand Melati, Sukamaju,") == "Sukamaju"
    assert place("Gedung Serba Guna, Kabupaten Tirtawangi,") == "Tirtawangi"
    assert place("Gedung Serba Guna, yang") is None  # a building, no town after it
    # a body's premises that name no town are the place as written (the real sets' truth: "Puskesmas Margojadi")
    assert place("Rumah Sakit Umum Daerah Sukamaju,") == "Rumah Sakit Umum Daerah Sukamaju"
    assert place("Kantor Dinas Kesehatan Kabupaten Sukamaju, Jalan Merdeka No. 1,") == "Sukamaju"


def test_an_english_amendments_heading_names_the_amended_agreements_number():
    text = ("AMENDMENT No. 1\nTO THE COOPERATION AGREEMENT\nNo. 12/SU/CA/2019\nBETWEEN\nSUKAMAJU UNIVERSITY\nAND\n"
            "RIVERSIDE COLLEGE\n\nThis Amendment is made on 5 April 2021 by and between Sukamaju University and "
            "Riverside College.\n\nArticle 1\nChange.\n")
    facts = schema_of([text])
    assert facts["doc_type"] == "ADDENDUM"
    assert (facts["parent_agreement"], facts["numbers"]) == ("12/SU/CA/2019", None)


def test_ocr_damage_inside_a_heading_does_not_cut_or_lose_its_subject():
    opening = "\nPada hari ini Senin tanggal 5 April 2021, yang bertanda tangan di bawah ini:\n" + _PARTY
    misread = ("PERJANJIAN KERJA SAMA\nTENTANG\nPELAYANAN KESEHATAN TINGKAT PERTAMA\nBAGl PESERTA PROGRAM JAMINAN "
               "KESEHATAN\n\nNomor : 12/PKS/2021\n")  # OCR's "l" for "I": the line is still the subject's, kept as read
    assert schema_of([misread + opening])["title"] == ("PELAYANAN KESEHATAN TINGKAT PERTAMA BAGl PESERTA PROGRAM "
                                                      "JAMINAN KESEHATAN")
    glued = ("PERJANJIAN KERJA SAMA ANTARA DINAS A DENGAN RSUD B TENTANG PELAYANAN RUJUKAN KESEHATANNomor : "
             "12/KTR/2021 Nomor : ……, Pada hari ini Senin tanggal 5 April 2021, yang bertanda tangan di bawah ini:\n")
    assert schema_of([glued])["title"] == "Pelayanan Rujukan Kesehatan"
    label = ("MEMORANDUM SALING PENGERTIAN\nMENGENA1\nPEMBENTUKAN KOMISI BERSAMA\n\nANTARA\nPEMERINTAH REPUBLIK "
             "SUKAMAJU\nDAN\nPEMERINTAH REPUBLIK TIRTAWANGI\n" + opening)
    assert schema_of([label])["title"] == "Pembentukan Komisi Bersama"
