"""Header forms of published agreements found after extractor 1.7.0 (issue 18.3 and 18.4), each on a text written
for this test: a procurement paper's package as its title, and the evidence strength behind each weak reading."""
from __future__ import annotations

from ingest.extract.extractor import extract_agreement
from tests.extract_texts import schema_of

_COVER = """ADENDUM

DOKUMEN KONTRAK PENGADAAN


NOMOR : 77/KTR-ADD/DL/03/2024
Tanggal : 4 Maret 2024

untuk

PAKET PENYEDIAAN BIBIT TANAMAN PANGAN BAGI KELOMPOK TANI


DI DESA SUKAMAJU, KECAMATAN TIRTAWANGI

PEJABAT PEMBUAT KOMITMEN

DINAS PERTANIAN KABUPATEN TIRTAWANGI
TAHUN ANGGARAN 2024

ADENDUM KONTRAK

PAKET PENYEDIAAN BIBIT TANAMAN PANGAN BAGI KELOMPOK TANI DI DESA SUKAMAJU
Nomor : 77/KTR-ADD/DL/03/2024

ADENDUM KONTRAK ini (selanjutnya disebut "Kontrak") dibuat dan ditandatangani di Tirtawangi pada hari Senin
tanggal empat bulan Maret tahun dua ribu dua puluh empat antara
1. Budi Santoso, selaku Pejabat Pembuat Komitmen, selanjutnya disebut "PPK" dan
2. CV Tani Makmur, selanjutnya disebut "Penyedia".
"""


def test_a_procurement_papers_package_is_its_title():
    facts = extract_agreement([_COVER])
    assert facts.doc_type == "ADDENDUM"
    # the package on the cover, its place after blank lines continued by "DI"; the heading alone: weak evidence
    assert facts.title == ("Paket Penyediaan Bibit Tanaman Pangan bagi Kelompok Tani di Desa Sukamaju, "
                           "Kecamatan Tirtawangi")
    assert facts.evidence["title"].confidence == 0.75
    assert facts.numbers == ["77/KTR-ADD/DL/03/2024"]


def test_a_package_label_and_a_package_that_stops_at_a_blank_line():
    labelled = ("SURAT PERJANJIAN KERJA SAMA\nNOMOR : 12/SPK/2024\n\nNama Paket : Rehabilitasi Gedung Puskesmas "
                "Sukamaju\n\nPada hari ini Senin tanggal 4 Maret 2024 kami yang bertanda tangan di bawah ini:\n")
    assert schema_of([labelled])["title"] == "Rehabilitasi Gedung Puskesmas Sukamaju"
    stopped = ("PERJANJIAN KERJA SAMA\n\nPAKET PEKERJAAN JALAN DESA\n\nPEJABAT PEMBUAT KOMITMEN\nNOMOR : 3/PPK/2024\n\n"
               "Pada hari ini Senin tanggal 4 Maret 2024 kami yang bertanda tangan di bawah ini:\n")
    assert schema_of([stopped])["title"] == "Paket Pekerjaan Jalan Desa"


def test_a_tentang_line_still_wins_over_a_package():
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS PERTANIAN KABUPATEN TIRTAWANGI\nDENGAN\nCV TANI MAKMUR\n"
            "TENTANG\nPENYEDIAAN BIBIT\nNOMOR : 5/PKS/2024\nNama Paket : Bibit Padi Unggul\n"
            "Pada hari ini Senin tanggal 4 Maret 2024 kami yang bertanda tangan di bawah ini:\n")
    facts = extract_agreement([text])
    assert facts.title == "Penyediaan Bibit"
    assert facts.evidence["title"].confidence == 0.9


_PKS_HEAD = ("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN TIRTAWANGI\nDENGAN\nPT AIR BERSIH SUKAMAJU\n"
             "NOMOR : 31/PKS/IX/2022\nTENTANG\nPENYEDIAAN AIR BERSIH\n"
             "Pada hari ini Kamis tanggal delapan bulan September tahun dua ribu dua puluh dua, kami yang bertanda "
             "tangan di bawah ini:\n1. ANDI WIJAYA : Bupati Tirtawangi, selanjutnya disebut PIHAK KESATU;\n"
             "2. SRI LESTARI : Direktur Utama PT Air Bersih Sukamaju, selanjutnya disebut PIHAK KEDUA.\n"
             "PARA PIHAK menerangkan terlebih dahulu hal-hal sebagai berikut:\n")


def test_a_predecessor_that_has_ended_is_no_parent():
    ended = _PKS_HEAD + ("a. bahwa PARA PIHAK telah bekerja sama berdasarkan Perjanjian Kerja Sama Nomor 12/PKS/2019 "
                         "tentang Penyediaan Air Bersih yang telah berakhir jangka waktunya pada tanggal 1 Maret 2022;\n"
                         "b. bahwa PARA PIHAK sepakat untuk melanjutkan kerja sama tersebut.\n")
    assert schema_of([ended])["parent_agreement"] is None
    # ended on a day before this signing, without "telah"; its addendum, cited after it, is no parent either
    dated = _PKS_HEAD + ("a. bahwa telah diadakan Perjanjian Kerja Sama tanggal 2 Maret 2017 Nomor : 5/PKS/2017 yang "
                         "berakhir pada tanggal 1 Maret 2022;\nb. bahwa telah dibuat:\n1) Addendum atas Perjanjian Kerja "
                         "Sama tanggal 4 Mei 2019 Nomor : 9/ADD/2019;\n")
    assert schema_of([dated])["parent_agreement"] is None
    replaced = _PKS_HEAD + ("a. bahwa Perjanjian ini menggantikan Perjanjian Kerja Sama Nomor 7/PKS/2018 tentang "
                            "Penyediaan Air Bersih;\n")
    assert schema_of([replaced])["parent_agreement"] is None


def test_a_parent_that_ends_later_or_is_cited_as_the_basis_stays():
    later = _PKS_HEAD + ("a. bahwa PARA PIHAK telah menandatangani Kesepakatan Bersama Nomor 3/KB/2021 tentang "
                         "Pengelolaan Air yang berakhir pada tanggal 31 Desember 2025;\n")
    facts = schema_of([later])
    assert facts["parent_agreement"] == "3/KB/2021"
    basis = _PKS_HEAD + ("a. bahwa Perjanjian ini merupakan tindak lanjut Kesepakatan Bersama Nomor 3/KB/2021 yang akan "
                         "berakhir pada tanggal 1 Maret 2022;\n")
    assert schema_of([basis])["parent_agreement"] == "3/KB/2021"


def test_a_memorandum_whose_heading_ocr_lost_still_gets_its_kind_subject_and_term():
    # margin headings read first, the "MEMORANDUM OF UNDERSTANDING BETWEEN" line lost
    text = ("GENERAL\nAUTHORITIES\nDURATION\nTHE GOVERNMENT OF SUKAMAJU AND\nTHE GOVERNMENT OF NORDHAVEN\n"
            "RELATING TO THE NORDHAVEN TRAINING CENTRE IN SUKAMAJU\n"
            "1 . THIS MEMORANDUM expresses the understandings of the two Governments in regard to the training "
            "centre (hereinafter referred to as the Project).\n"
            "2 . This Memorandum will take effect from the date of its signature.\n"
            "The Nordhaven contribution to the Project will cease 4 year(s) after the date of signature of this "
            "Memorandum or on such other date as may be arranged.\n")
    facts = extract_agreement([text])
    assert facts.doc_type == "MOU"
    assert facts.evidence["doc_type"].confidence == 0.6  # the text calling itself a memorandum: weak evidence
    assert facts.title == "The Nordhaven Training Centre in Sukamaju"
    assert facts.duration == "P4Y"
    assert facts.sign_date is None and facts.end_date is None  # no signing date stated: nothing computed


def test_this_memorandum_of_agreement_is_no_memorandum_of_understanding():
    text = ("Pursuant to the earlier agreement, this Memorandum of Agreement is made between the University of "
            "Sukamaju and the University of Nordhaven.\n")
    facts = extract_agreement([text])
    assert facts.doc_type == "PKS" and facts.evidence["doc_type"].confidence == 0.7


def test_numbers_from_ocr_noise_or_a_templates_pattern_are_none():
    noisy = ("PERJANJIAN KERJASAMA ANTARA PT SUKAMAJU DENGAN UNIVERSITAS TIRTAWANGI TENTANG SURVEI PELANGGAN "
             "Nomor : ab?7/KS/¿ 1 \\4 Nomor. ^ Pada hari ini tanggal 3 Januari 2019, oleh dan antara:\n")
    assert schema_of([noisy])["numbers"] is None
    template = ("PERJANJIAN KERJA SAMA\nANTARA\nUNIVERSITAS SUKAMAJU\nDAN\n{NAMA MITRA}\n"
                "Nomor : IV/..../2021-..../.....-PKS\nNomor : {Nomor Mitra}\n"
                "Pada hari ini ..... tanggal ..... bulan ..... tahun ....., kami yang bertanda tangan:\n")
    assert schema_of([template])["numbers"] is None
    # a number with a blank or two left for the clerk is still kept as written
    blanks = ("PERJANJIAN KERJA SAMA\nANTARA\nRSUD SUKAMAJU\nDAN\nPMI TIRTAWANGI\nNomor : /…/…/VII/2019\n"
              "Nomor : 445/ /RS/VII/2019\nPada hari ini Senin tanggal 1 Juli 2019, kami yang bertanda tangan:\n")
    assert schema_of([blanks])["numbers"] == ["/…/…/VII/2019", "445/ /RS/VII/2019"]


def test_a_place_that_is_a_bodys_premises_and_a_place_before_the_opening_clause():
    head = "NOTA KESEPAHAMAN\nANTARA\nRUMAH SAKIT SEHAT\nDAN\nPUSKESMAS SUKAMAJU\nTENTANG\nRUJUKAN PASIEN\n"
    premises = head + ("Pada hari ini….. Tanggal …. Bulan …. tahun dua ribu tujuh belas bertempat di Rumah Sakit Sehat "
                       "Kabupaten Tirtawangi. Kami para pihak yang bertanda tangan dibawah ini :\n")
    facts = schema_of([premises])
    assert facts["sign_place"] == "Tirtawangi" and facts["sign_date"] is None
    named = head + ("Pada hari ini Senin tanggal 3 Juli 2017, bertempat di Rumah Sakit Sehat, Kabupaten Tirtawangi:\n")
    assert schema_of([named])["sign_place"] == "Rumah Sakit Sehat"
    room = head + "Pada hari ini Senin tanggal 3 Juli 2017, bertempat di Ruang Rapat Utama, kami yang bertanda tangan:\n"
    assert schema_of([room])["sign_place"] is None
    clause = head + ("Pada hari ini Senin tanggal 3 Juli 2017 bertempat di\nSukamaju telah diadakan Perjanjian oleh "
                     "dan antara:\n")
    assert schema_of([clause])["sign_place"] == "Sukamaju"


def test_a_title_case_heading_names_its_subject_after_on():
    text = ("Memorandum Of Understanding\nBetween The Ministry Of Water Of The State Of Nordhaven And\n"
            "The Ministry Of Public Works, Republic Of Sukamaju On Cooperation In Flood Control ~\n"
            "The Ministry of Water of the State of Nordhaven and the Ministry of Public Works, hereinafter referred to "
            "as the Parties:\n")
    facts = extract_agreement([text])
    assert facts.title == "Cooperation In Flood Control"
    assert facts.evidence["title"].confidence == 0.8
    # an ordinary sentence with "On" in it is no heading
    prose = ("Memorandum Of Understanding\nThe parties met in Sukamaju and agreed On this day to meet again.\n"
             "The Ministry of Water of the State of Nordhaven, hereinafter referred to as the First Party:\n")
    assert extract_agreement([prose]).title is None


def test_an_english_subject_defined_in_the_recitals_is_a_weak_title():
    text = ("MEMORANDUM OF AGREEMENT\nThis Memorandum of Agreement is made on the 5 day of March 2015 between the "
            "University of Sukamaju and the University of Nordhaven.\nThe Parties wish to cooperate in relation to "
            "the Joint Research and Lecturer Exchange programme (as hereinafter defined) on the terms below.\n")
    facts = extract_agreement([text])
    assert facts.title == "Joint Research and Lecturer Exchange programme"
    assert facts.evidence["title"].confidence == 0.6
    undefined = text.replace(" (as hereinafter defined)", "")
    assert extract_agreement([undefined]).title is None


def test_an_evaluation_programme_is_titled_with_the_cooperation_it_evaluates():
    text = ("KEMENTERIAN SUKAMAJU\n\nINSPEKTORAT JENDERAL\n\nNo. PKE : Inspektorat Wilayah II/…..\n\n"
            "Nama Klien : …………\nLingkup Evaluasi : ............\n\nPROGRAM KERJA EVALUASI\n\n\n"
            "KERJA SAMA PENGELOLAAN HUTAN LINDUNG\n\nA. Latar Belakang\nTugas satuan kerja .......... adalah "
            "........ Kerja sama ini berlaku sampai dengan tanggal 31 Desember 2025.\n")
    facts = extract_agreement([text])
    assert facts.doc_type == "OTHER"
    assert facts.title == "Program Kerja Evaluasi Kerja Sama Pengelolaan Hutan Lindung"
    assert facts.end_date is None and facts.duration is None  # a report states no term of its own


def test_a_number_that_runs_on_into_ocr_pieces_is_kept_with_a_low_confidence():
    text = ("PERJANJIAN KERJA SAMA TENTANG RUJUKAN PASIEN Nomor :5120 /PKS /RS Ab kpq O22 Nomor : 071/HK-RS/2022 "
            "Pada hari ini, Selasa tanggal 8 November 2022, kami yang bertanda tangan:\n")
    facts = extract_agreement([text])
    assert facts.numbers == ["5120/PKS/RS", "071/HK-RS/2022"]
    assert facts.evidence["numbers[0]"].confidence <= 0.6  # its tail may be lost: the review inbox shows it first
    assert facts.evidence["numbers[1]"].confidence >= 0.8


_QUOTED = ("Kesepakatan Bersama Nomor 4/KB/2021 ditandatangani pada tanggal 2 Februari 2021 dan berlaku selama 3 (tiga) "
           "tahun terhitung sejak tanggal ditandatangani.\nPada hari ini Jumat tanggal 7 Juni 2024 telah dilaksanakan "
           "evaluasi atas pelaksanaan kerja sama tersebut.\n")


def test_a_paper_about_an_agreement_is_other_and_gets_no_term_from_the_dates_it_quotes():
    for heading in ("EVALUASI PELAKSANAAN PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KOTA SUKAMAJU\nDENGAN\n"
                    "UNIVERSITAS TIRTAWANGI\n",
                    "HASIL MONITORING DAN EVALUASI\nKESEPAKATAN BERSAMA\nPEMERINTAH KOTA SUKAMAJU\n",
                    "MONEV PERJANJIAN KERJA SAMA\n"):
        facts = extract_agreement([heading + _QUOTED])
        assert facts.doc_type == "OTHER", heading
        assert (facts.effective_date, facts.duration, facts.end_date) == (None, None, None), heading
        assert facts.sign_date == "2024-06-07"  # its own date, never the quoted agreement's
    # an agreement whose subject is monitoring stays an agreement
    agreement = extract_agreement(["PERJANJIAN KERJA SAMA\nTENTANG\nMONITORING DAN EVALUASI GIZI BALITA\n" + _QUOTED])
    assert agreement.doc_type == "PKS" and agreement.title == "Monitoring dan Evaluasi Gizi Balita"


def test_a_month_with_its_digits_in_parentheses_and_a_town_before_its_regency():
    text = ("SURAT PERJANJIAN KERJASAMA\n\nPUSKESMAS SUKAMAJU\nDENGAN\nRUMAH SAKIT UMUM TIRTA\nTENTANG\n"
            "PELAYANAN RUJUKAN\nNOMOR : 18.2/ / /III/2020\n\nPada hari ini Senin, tanggal dua (2) Bulan Maret (3) Tahun "
            "Dua Ribu\nDua Puluh (2020) bertempat di Tanjungsari Kabupaten Tirtawangi Barat, kami\nyang bertanda "
            "tangan di bawah ini masing-masing :\n")
    facts = schema_of([text])
    assert facts["sign_date"] == "2020-03-02" and facts["sign_place"] == "Tanjungsari"


def test_a_stray_ocr_mark_neither_ends_nor_joins_a_title():
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE GOVERNMENT OF SUKAMAJU\nAND\nTHE GOVERNMENT OF NORDHAVEN\n"
            "RELATING TO THE JOINT FISHERIES PROJECT\nAT THE MARINE INSTITUTE,\n\n'\n\nTIRTAWANGI\n\n)\nGENERAL\n\n\n"
            "1.\n\nTHIS Memorandum expresses the understandings of the two Governments.\n")
    assert schema_of([text])["title"] == "The Joint Fisheries Project at the Marine Institute, Tirtawangi"
    marked = ("PERJANJIAN KERJASAMA\n\nANTARA\nRSUD SUKAMAJU\nDENGAN\nRUMAH SAKIT TIRTA\nTENTANG PELAYANAN\n"
              "RUJUKAN PASIEN\nI\nPerjanjian Kerjasama ini dibuat dan ditandatangani di Sukamaju pada hari Jumat tanggal "
              "satu bulan Februari tahun dua ribu sembilan belas,\n")
    assert schema_of([marked])["title"] == "Pelayanan Rujukan Pasien"


def test_a_contract_cover_with_a_number_and_date_table_and_a_colon_after_the_opening_words():
    text = ("PROGRAM PENINGKATAN MUTU PENDIDIKAN LOAN NO. 1234-ID\nKONTRAK PELAKSANAAN PEKERJAAN\n"
            "Antara Unit Pusat Proyek dengan Unit Pelaksana Proyek Universitas Sukamaju\nNomor Tanggal\n"
            "15/PMP/K2/PTS/2011 = 14 Maret 2011\nPada hari\n:\n15/PMP/K2/PTS/2011 14 Maret 2011\nini\n"
            "Senin tanggal Empat Belas bulan Maret tahun Dua Ribu Sebelas, kami yang bertandatangan di bawah ini:\n")
    facts = extract_agreement([text])
    assert facts.doc_type == "PKS" and facts.title is None  # the kind's own words are no subject
    assert facts.numbers == ["15/PMP/K2/PTS/2011"] and facts.evidence["numbers"].confidence == 0.8
    assert facts.sign_date == "2011-03-14"
    addendum = extract_agreement(["ADDENDUM KONTRAK\nNomor : 4/ADD/2011\nPada hari ini Senin tanggal 14 Maret 2011\n"])
    assert addendum.doc_type == "ADDENDUM"


def test_undertakings_that_cease_on_a_date_split_by_ocr_end_there():
    text = (_EN_HEAD + "DURATION\n3.\nThis Memorandum will take effect from the date of its signature and all "
            "undertakings given herein will\ncease on 30 J une 1992 or such other date as may be arranged.\n")
    facts = extract_agreement([text])
    assert facts.end_date == "1992-06-30" and facts.duration is None  # no start stated: no period computed


_EN_HEAD = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE GOVERNMENT OF SUKAMAJU\nAND\nTHE GOVERNMENT OF NORDHAVEN\n"
            "RELATING TO THE COASTAL SURVEY PROJECT\n")


def test_the_town_closing_the_address_of_a_meeting_room():
    text = ("BERITA ACARA PENJELASAN PEKERJAAN\nNomor : 301/PL9/ULP/2013\n"
            "Pada hari ini, Senin tanggal 4 Maret 2013 bertempat di Ruang Rapat Politeknik Negeri\nSukamaju Jl. "
            "Merdeka PO.Box.12 Tirtawangi, telah dilaksanakan rapat penjelasan pekerjaan.\n")
    facts = extract_agreement([text])
    assert facts.doc_type == "OTHER" and facts.sign_place == "Tirtawangi"
    assert facts.evidence["sign_place"].confidence == 0.75
    room = text.replace("Jl. Merdeka PO.Box.12 Tirtawangi, ", "")
    assert extract_agreement([room]).sign_place is None


def test_another_documents_signing_quoted_in_the_preamble_is_not_this_ones():
    english = (_EN_HEAD.replace("RELATING TO THE COASTAL SURVEY PROJECT\n", "ON SCIENTIFIC COOPERATION\n")
               + "The Parties, in carrying out this Memorandum, are guided by:\n\na).\n\nThe Agreement on Cultural "
               "Co-operation between the Government of Sukamaju and the Government of Nordhaven\nsigned at Tirtawangi "
               "on July 7th 1968.\n\nb).\n\nthe wish of both Parties to work together.\n")
    facts = extract_agreement([english])
    assert facts.sign_date is None and facts.sign_place is None
    old_spelling = ("PERDJANDJIAN PERSAHABATAN\nANTARA\nREPUBLIK SUKAMAJU\nDAN\nREPUBLIK NORDHAVEN\n"
                    "Berpegang pada Deklarasi Persatuan Bangsa-Bangsa jang ditandatangani di Tirtawangi pada tanggal "
                    "8 Agustus, 1967;\nPEMERINTAH REPUBLIK SUKAMAJU DAN PEMERINTAH REPUBLIK NORDHAVEN BERSEPAKAT:\n")
    facts = extract_agreement([old_spelling])
    assert facts.sign_date is None and facts.sign_place is None
    recalled = (_EN_HEAD + "MENGINGAT Persetujuan Dasar antara Pemerintah Sukamaju dan Pemerintah Nordhaven yang telah "
                "ditandatangani di Tirtawangi\npada tanggal 16 Oktober 1973;\n")
    assert extract_agreement([recalled]).sign_place is None
    own = (_EN_HEAD + "1. The Parties will cooperate.\nIN WITNESS WHEREOF the undersigned have signed this Memorandum.\n"
           "Done in duplicate at Tirtawangi on 3 May 1985.\n")
    facts = extract_agreement([own])
    assert facts.sign_date == "1985-05-03" and facts.sign_place == "Tirtawangi"


def test_a_middle_page_whose_first_clause_speaks_of_amendments_is_no_addendum():
    page = ("(2). Setiap perubahan atas MSP ini mulai berlaku pada tanggal ditandatangani.\n\nPASAL 9\n"
            "MULAI BERLAKU DAN JANGKA WAKTU\n(1). MSP ini berlaku untuk jangka waktu 2 (dua) tahun.\n")
    facts = extract_agreement([page])
    assert facts.doc_type == "MOU" and facts.evidence["doc_type"].confidence == 0.7  # named in a sentence only
    heading = extract_agreement(["PERUBAHAN ATAS NOTA KESEPAHAMAN\nNOMOR : 3/ADD/2024\n" + page])
    assert heading.doc_type == "ADDENDUM" and heading.evidence["doc_type"].confidence == 0.95


def test_a_permit_or_deed_cited_in_a_party_paragraph_is_no_parent():
    text = (_PKS_HEAD.split("1. ANDI")[0] + "ditandatangani perjanjian kerjasama oleh PARA PIHAK di bawah ini:\n"
            "I. RSUD SUKAMAJU, yang penyelenggaraannya berdasarkan Surat Ijin Bupati tentang Ijin Operasional Rumah "
            "Sakit Nomor: 440/IORS/003/DPMPTSP/2019 Tanggal 4 Januari 2019, selanjutnya disebut PIHAK KESATU;\n"
            "II. PT AIR BERSIH SUKAMAJU, didirikan dengan Akta Nomor: 12/NOT/2001, selanjutnya disebut PIHAK KEDUA.\n")
    assert schema_of([text])["parent_agreement"] is None


def test_an_addendum_that_extends_an_agreement_keeps_it_as_its_parent():
    text = ("ADENDUM\nTENTANG\nPERPANJANGAN JANGKA WAKTU\nNOMOR : 2/ADD/2024\n"
            "Pada hari ini Senin tanggal 8 Januari 2024, kami yang bertanda tangan:\n"
            "a. bahwa Adendum ini merupakan perpanjangan jangka waktu Perjanjian Kerja Sama Nomor 31/PKS/IX/2022 "
            "yang akan berakhir pada tanggal 31 Januari 2024;\n")
    facts = schema_of([text])
    assert facts["doc_type"] == "ADDENDUM" and facts["parent_agreement"] == "31/PKS/IX/2022"


def test_an_opening_that_names_its_kind_without_ini_is_still_its_own():
    text = ("KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KOTA SUKAMAJU\nDAN\nUNIVERSITAS TIRTAWANGI\n\n"
            "Kesepakatan Bersama antara Pemerintah Kota Sukamaju dan Universitas Tirtawangi dibuat dan ditandatangani "
            "di Sukamaju pada tanggal 5 Mei 2023 oleh dan antara:\n")
    facts = schema_of([text])
    assert facts["sign_date"] == "2023-05-05" and facts["sign_place"] == "Sukamaju"


def test_a_year_cut_short_by_a_damaged_word_gives_no_date_unless_its_digits_are_written():
    head = "PERJANJIAN KERJA SAMA\nTENTANG\nPELAYANAN RUJUKAN\nNOMOR : 12/PKS/2019\n"
    damaged = head + ("Pada hari ini Selasa tanggal dua puluh bulan Mei tahun Dua Ribu Sembilas Belas, kami yang "
                      "bertanda tangan di bawah ini:\n")
    assert schema_of([damaged])["sign_date"] is None  # never "2000": a wrong date is a wrong expiry
    # (20 May 2019 was a Monday: with "Senin" the one near reading "Sembilan" is confirmed, weakly; extractor 1.11.9)
    confirmed = extract_agreement([damaged.replace("Selasa", "Senin")])
    assert (confirmed.sign_date, confirmed.evidence["sign_date"].confidence) == ("2019-05-20", 0.6)
    digits = damaged.replace("Sembilas Belas,", "Sembilas Belas (2019),")
    assert schema_of([digits])["sign_date"] == "2019-05-20"
    whole = damaged.replace("Sembilas", "Sembilan")
    assert schema_of([whole])["sign_date"] == "2019-05-20"
