"""More forms of published agreements (issue 18.3 and 18.4), each on a text written for this test: places after the
opening's date, titles that stop where the heading does, numbers on one-line headings and over blank lines, names
with the office on the next line, and values that are blanks, e-mails or identity-card clauses (never a name)."""
from __future__ import annotations

from tests.extract_texts import schema_of

_HEAD = """PERJANJIAN KERJA SAMA
ANTARA
RUMAH SAKIT UMUM DAERAH SUKAMAJU
DENGAN
PALANG MERAH INDONESIA KABUPATEN TIRTAWANGI
TENTANG
PELAYANAN DARAH
"""
_EN_GOVERNMENTS = "MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE GOVERNMENT OF SUKAMAJU\nAND\nTHE GOVERNMENT OF NORDHAVEN\n"


def test_place_right_after_the_openings_date():
    text = _HEAD + ("Pada hari ini Senin tanggal tujuh bulan Juni tahun dua ribu dua puluh satu (07/06/2021) di "
                    "Sukamaju, kami yang bertanda tangan di bawah ini:\n")
    facts = schema_of([text])
    assert facts["sign_date"] == "2021-06-07" and facts["sign_place"] == "Sukamaju"


def test_done_in_duplicate_broken_by_ocr_and_a_dotted_place():
    body = ("This Letter of Intent is made by and between:\n1. the Sukamaju City Government, hereinafter referred to as "
            "the FIRST PARTY;\nArticle 1\nSCOPE\nThe Parties will explore cooperation.\n\n")
    text = _HEAD + body + "Done in dupl icate in Sukamaju. Indonesia. on 7 June 2021.\n"
    assert schema_of([text])["sign_place"] == "Sukamaju"
    blank = _HEAD + body + "Ditandatangani di ………………… pada tanggal …………\n"
    assert schema_of([blank])["sign_place"] is None


def test_title_stops_at_no_label_and_at_the_heading_repeated():
    one_line = ("PERJANJIAN KERJASAMA ANTARA\nRUMAH SAKIT SUKAMAJU DENGAN\nPT KIRIM CEPAT TENTANG\n"
                "PENGIRIMAN SAMPEL LABORATORIUM\nNO : 12/RSS/VII/2023 NO : 45/KC/VII/2023\n"
                "Pada hari ini Senin tanggal 10 Juli 2023, yang bertanda tangan di bawah ini:\n")
    facts = schema_of([one_line])
    assert facts["title"] == "Pengiriman Sampel Laboratorium"
    assert facts["numbers"] == ["12/RSS/VII/2023", "45/KC/VII/2023"]
    cover = ("PERJANJIAN KERJA SAMA\n\nantara\n\nRUMAH SAKIT SUKAMAJU\n\ndengan\n\nKLINIK TIRTA\n\ntentang\n\n"
             "PELAYANAN GIGI\n\nPERJANJIAN KERJA SAMA\n\nantara\nRUMAH SAKIT SUKAMAJU\n")
    assert schema_of([cover])["title"] == "Pelayanan Gigi"


def test_title_stops_before_a_section_heading_and_keeps_a_subject_with_a_blank():
    english = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE SUKAMAJU CITY GOVERNMENT\nAND\nTHE CITY OF NORDHAVEN\n"
               "RELATING TO\nTHE JOINT WATER PROJECT\nGENERAL\n1.\nThis Memorandum expresses the understandings.\n")
    assert schema_of([english])["title"] == "The Joint Water Project"
    draft = ("PERJANJIAN KERJASAMA RUJUKAN\n\nANTARA\nRUMAH SAKIT SUKAMAJU\nDENGAN\n……………………\nTENTANG\n"
             "PELAYANAN RUJUKAN ……………………\nNO : ……/RSS/2022\n")
    assert schema_of([draft])["title"] == "Pelayanan Rujukan"


def test_title_ends_before_the_first_party_named_again():
    text = ("MEMORANDUM SALING PENGERTIAN ANTARA\n\nDIREKTORAT JENDERAL TATA AIR\n\nDAN\n\nUNIVERSITAS NORDHAVEN "
            "MENGENAI\n\nPERTUKARAN AHLI HIDROLOGI\n\nDIREKTORAT JENDERAL TATA AIR, yang beralamat di Jalan Merdeka "
            "9, Jakarta, dan\n")
    assert schema_of([text])["title"] == "Pertukaran Ahli Hidrologi"


def test_numbers_inline_with_an_ordinal_label_and_over_a_blank_line():
    ordinal = _HEAD + "Nomor I : 11 Tahun 2021\nNomor II: HK.03/77/2021\nPada hari ini Senin tanggal 7 Juni 2021\n"
    assert schema_of([ordinal])["numbers"] == ["11 Tahun 2021", "HK.03/77/2021"]
    broken = _HEAD + "Nomor : 440 /\n\n/ Set-Umum / I / 2013\n\nPada hari ini Senin tanggal 7 Januari 2013\n"
    assert [n.replace(" ", "") for n in schema_of([broken])["numbers"]] == ["440//Set-Umum/I/2013"]


def test_a_bare_classification_code_is_kept_with_low_confidence():
    text = _HEAD + "NOMOR: 440\nNOMOR: …….\nPada hari ini Senin tanggal 7 Juni 2021, yang bertanda tangan:\n"
    facts = schema_of([text])
    assert facts["numbers"] == ["440"]
    assert facts["evidence"]["numbers"]["confidence"] <= 0.5


def test_name_on_its_line_and_the_office_below_in_ordinary_case():
    text = _HEAD + ("Pada hari ini Senin tanggal 7 Juni 2021, yang bertanda tangan di bawah ini:\n"
                    "1. Drg. Wulan Prameswari\nDirektur Utama Rumah Sakit Umum Daerah Sukamaju berdasarkan Keputusan\n"
                    "Nomor 12 Tahun 2020, dalam hal ini bertindak untuk dan atas nama Rumah Sakit Umum Daerah "
                    "Sukamaju, selanjutnya disebut PIHAK PERTAMA;\n"
                    "2. Palang Merah Indonesia Kabupaten Tirtawangi yang berkedudukan di Jalan Melati 3 dalam "
                    "perbuatan\nhukum ini diwakili secara sah oleh Drs. H Bambang Irawan MM, selaku Ketua PMI Tirtawangi "
                    "untuk\nselanjutnya disebut sebagai PIHAK KEDUA\n")
    first, second = schema_of([text])["parties"]
    assert (first["signatory"], first["position"]) == ("Drg. Wulan Prameswari",
                                                       "Direktur Utama Rumah Sakit Umum Daerah Sukamaju")
    assert (second["signatory"], second["position"]) == ("Drs. H Bambang Irawan MM", "Ketua PMI Tirtawangi")


def test_an_office_ending_in_a_word_that_holds_yang():
    text = _HEAD + ("Pada hari ini Senin tanggal 7 Juni 2021, yang bertanda tangan di bawah ini:\n"
                    "I. dr.SURYA, selaku Kepala Puskesmas KAB.\nBENGKAYANG berdasarkan Surat Keputusan Nomor 5 "
                    "Tahun 2020, selanjutnya disebut PIHAK KESATU;\n")
    assert schema_of([text])["parties"][0]["position"] == "Kepala Puskesmas KAB. BENGKAYANG"


def test_never_a_name_body_or_office_from_a_clause_an_email_or_a_blank():
    text = _HEAD + ("Pada hari ini Senin tanggal 7 Juni 2021, yang bertanda tangan di bawah ini:\n"
                    "1. Warga Negara Indonesia, pemegang Kartu Tanda Penduduk N.I.K. : ……, selanjutnya disebut "
                    "PIHAK PERTAMA;\n"
                    "2. Nama : ……………\nJabatan : kontak@tirta.example\ndalam hal ini bertindak untuk dan atas nama "
                    "………… tirtawangi, selanjutnya disebut PIHAK KEDUA.\n")
    parties = schema_of([text])["parties"]
    assert all(party["signatory"] is None for party in parties)
    assert parties[1]["position"] is None
    assert parties[1]["institution"] != "tirtawangi" and "@" not in (parties[1]["institution"] or "")


def test_what_stands_before_or_after_a_body_is_not_its_name():
    text = _HEAD + ("Pada hari ini Senin tanggal 7 Juni 2021, yang bertanda tangan di bawah ini:\n"
                    "1. ANDI PRAKOSO : Kepala Pusat Kerja Sama, dalam hal ini bertindak untuk dan atas nama Kepala "
                    "Badan Tata Ruang Nasional, selanjutnya disebut PIHAK PERTAMA;\n"
                    "2. SITI RAHAYU : Direktur Utama, dalam hal ini bertindak untuk dan atas nama Rumah Sakit "
                    "Sukamaju sebagai Unit Pelaksana Teknis Kementerian, selanjutnya disebut PIHAK KEDUA.\n")
    first, second = schema_of([text])["parties"]
    assert first["institution"] == "Badan Tata Ruang Nasional"
    assert second["institution"] == "Rumah Sakit Sukamaju"


def test_a_bilingual_label_before_the_subject_is_one_label():
    text = ("AGREEMENT PERJANJIAN\n\nBETWEEN ANTARA\n\nSUKAMAJU FOUNDATION SUKAMAJU FOUNDATION\n\nAND DENGAN\n\n"
            "TIRTA DATA, PT TIRTA DATA, PT\n\nCONCERNING TENTANG\n\nBEASISWA PELAJAR\n\n")
    assert schema_of([text])["title"] == "Beasiswa Pelajar"


def test_a_number_opening_with_a_lone_dot_is_ocr_noise():
    text = _HEAD + "NOMOR : .9314/IMP\nPada hari ini Senin tanggal 7 Juni 2021, yang bertanda tangan di bawah ini:\n"
    assert not schema_of([text])["numbers"]
    blank = _HEAD + "NOMOR : ……/IMP/2021\nPada hari ini Senin tanggal 7 Juni 2021, yang bertanda tangan di bawah ini:\n"
    assert schema_of([blank])["numbers"] == ["…/IMP/2021"]


def test_acting_for_the_board_names_no_body():
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS PENDAPATAN KABUPATEN SUKAMAJU\nDENGAN\n"
            "PT BANK TIRTA (PERSERO) TBK\nTENTANG\nPENERIMAAN PAJAK DAERAH\n"
            "Pada hari ini Senin tanggal 7 Juni 2021, yang bertanda tangan di bawah ini:\n"
            "1. ANDI PRAKOSO : Kepala Dinas Pendapatan Kabupaten Sukamaju, dalam hal ini bertindak untuk dan atas "
            "nama Dinas Pendapatan Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;\n"
            "2. SITI RAHAYU : Direktur Utama, dalam hal ini bertindak untuk dan atas nama Direksi, selanjutnya "
            "disebut PIHAK KEDUA.\n")
    assert schema_of([text])["parties"][1]["institution"] != "Direksi"


def test_english_subject_lines_starting_with_on_and_a_section_after_a_blank_line():
    text = (_EN_GOVERNMENTS +
            "RELATING TO THE JOINT PROJECT\nON RICE RESEARCH AT THE TIRTA INSTITUTE\n(NRP 12)\n\nGENERAL\n\n1.\n\n"
            "THIS MEMORANDUM expresses the understandings of the two Governments.\n")
    assert schema_of([text])["title"] == "The Joint Project on Rice Research at the Tirta Institute (NRP 12)"


def test_inline_tentang_after_a_name_in_ordinary_case():
    text = ("PERJANJIAN KERJASAMA ANTARA RSUD SUKAMAJU Nomor : 024/TU/RSUD/I/2021 DENGAN dr. ANI WULAN, Sp.Rad "
            "TENTANG PELAYANAN RADIOLOGI Pada hari ini Senin tanggal 4 Januari 2021, yang bertanda tangan di bawah "
            "ini:\n")
    assert schema_of([text])["title"] == "Pelayanan Radiologi"


def test_place_before_the_openings_clause():
    text = _HEAD + ("Pada hari ini Senin tanggal Delapan Bulan Juli Tahun Dua Ribu Sembilan Belas, di\nSukamaju telah "
                    "diadakan perjanjian antara pihak yang bertandatangan di bawah ini :\n")
    facts = schema_of([text])
    assert facts["sign_date"] == "2019-07-08" and facts["sign_place"] == "Sukamaju"


def test_a_term_that_ceases_years_after_signature():
    text = (_EN_GOVERNMENTS +
            "RELATING TO\nTHE RICE PROJECT\nThis Memorandum is made on the 4th day of May 1990 in Sukamaju by and "
            "between the two Governments.\n\nDURATION\n\n3. This Memorandum will take effect from the date of its\n"
            "signature. The contribution to the Project will cease 5 years after\nthe date of signature of this "
            "Memorandum.\n")
    facts = schema_of([text])
    assert (facts["effective_date"], facts["duration"], facts["end_date"]) == ("1990-05-04", "P5Y", "1995-05-03")
    notice = text.replace("will cease 5 years after\nthe date of signature", "will cease 30 days after\na written "
                                                                                "notice")
    assert schema_of([notice])["duration"] is None


def test_offices_without_a_comma_or_after_the_word_jabatan():
    text = _HEAD + ("Pada hari ini Senin tanggal 7 Juni 2021, yang bertanda tangan di bawah ini:\n"
                    "1. dr. Rudi Hartono Wibisono Direktur RSUD Sukamaju yang berkedudukan di Jalan Melati 1, dalam "
                    "hal ini bertindak untuk dan atas nama RSUD Sukamaju, selanjutnya disebut PIHAK PERTAMA;\n"
                    "2. dr. M. YUNUS HAMKA,MSc,Sp.PD jabatan Ketua PMI Kabupaten Tirtawangi, dalam hal ini bertindak "
                    "untuk dan atas nama Kepala UPTD Transfusi Darah Tirtawangi. i, selanjutnya disebut PIHAK KEDUA.\n")
    first, second = schema_of([text])["parties"]
    assert (first["signatory"], first["position"]) == ("dr. Rudi Hartono Wibisono", "Direktur RSUD Sukamaju")
    assert second["position"] == "Ketua PMI Kabupaten Tirtawangi"
    assert second["signatory"].startswith("dr. M. Yunus Hamka")
    assert second["institution"] == "UPTD Transfusi Darah Tirtawangi"


def test_a_spaced_hyphen_inside_a_part_and_a_number_masked_by_its_publisher():
    text = ("PERJANJIAN RESTRUKTURISASI\nNo. 004/AIR/F/X.XX/XXX/0000 No. 18/TIRTA - AIR JAYA/III/2018\n"
            "OLEH DAN ANTARA\nPERUSAHAAN AIR SUKAMAJU\nDAN\nPT. TIRTA JAYA\n"
            "Perjanjian ini dibuat dan ditandatangani pada hari ini Rabu tanggal 21 Maret 2018 oleh dan antara:\n")
    assert schema_of([text])["numbers"] == ["18/TIRTA - AIR JAYA/III/2018"]
    spaced = _HEAD + "Nomor : 4 2 6 8 / P M K - A D D / R S - L U / 1 2 / 2 0 2 3\nPada hari ini Senin tanggal 7 Juni 2021\n"
    assert all("S -L" not in number for number in schema_of([spaced])["numbers"] or [])


def test_a_joint_regulations_subject_and_a_heading_without_antara():
    regulation = ("KABUPATEN SUKAMAJU\n\nPERATURAN BERSAMA KEPALA DESA MEKAR DAN KEPALA DESA TIRTA\n\nNOMOR 01 TAHUN 2016\n\n"
                  "TENTANG\n\nKERJA SAMA ANTAR DESA\n\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n\nKEPALA DESA MEKAR DAN "
                  "KEPALA DESA TIRTA,\n\nMenimbang : a. bahwa desa dapat bekerja sama;\n")
    facts = schema_of([regulation])
    assert facts["doc_type"] == "OTHER" and facts["title"] == "Kerja Sama Antar Desa"
    heading = ("PERJANJIAN KERJA SAMA\n\n\nRUJUKAN PELAYANAN KESEHATAN\nRSUD SUKAMAJU\nDENGAN\nRSUD TIRTAWANGI\n"
               "Nomor : 445/12/RSUD/2018\n\nPada hari ini Senin tanggal 7 Mei 2018, yang bertanda tangan di bawah ini:\n")
    assert schema_of([heading])["title"] == "Rujukan Pelayanan Kesehatan"



def test_an_address_or_the_opening_is_never_a_name():
    from ingest.extract.names import clean_name

    assert clean_name("Wahidin Nomor 33 Sukamaju") is None
    assert clean_name("Pada hari ini Jumat tanggal Delapan bulan Januari tahun Dua Ribu Dua Puluh Satu") is None
    assert clean_name("Drs. H. Bambang Irawan, MM") == "Drs. H. Bambang Irawan, MM"
