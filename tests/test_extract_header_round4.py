"""Header forms found on the released sealed set (issue 18, extractor 1.11.25 on), each on a text written for this
test: a form's number label after an address, a number's year the date writes too, the place in an opening."""
from __future__ import annotations

from tests.extract_texts import schema_of


def test_a_forms_number_label_after_an_address_on_the_same_line():
    text = ("2 CV SUMBER BERSIH MANDIRI LAYANAN ANGKUT SAMPAH\n\nDokumen :\n"
            "Jl. Kenanga RT 03/RW 07 Sukamulya, No : 0451/PKS-2/SBM-BDG/IV/2024\n"
            "Cimahi - Jawa Barat Nama Pelanggan : SMK NUSA BANGSA\nTanggal : 02/04/2024\n"
            "Perjanjian Layanan Angkut Sampah (\u201cPerjanjian\u201d) ini dibuat pada tanggal tertera diatas oleh dan "
            "antara Para Pihak.\n")
    assert schema_of([text])["numbers"] == ["0451/PKS-2/SBM-BDG/IV/2024"]


def test_an_address_number_in_the_heading_is_still_no_document_number():
    text = ("PERJANJIAN KERJA SAMA\nTENTANG\nPELAYANAN LABORATORIUM\nKLINIK PRATAMA SEHAT, JL. MAWAR NO. 12-14\n\n"
            "Pada hari ini Senin tanggal 4 Maret 2024 kami yang bertanda tangan di bawah ini:\n")
    assert schema_of([text])["numbers"] is None


def test_a_numbers_year_that_the_dates_digits_write_too_is_not_repaired():
    text = ("PERJANJIAN KERJA SAMA\nTENTANG\nPELAYANAN KESEHATAN\nNomor : 77/RS-HK/VII/2024\n\n"
            "Pada hari ini Selasa, tanggal Dua, bulan Juli, tahun Dua Ribu Dua Puluh Dua,\n(02-07-2024) kami yang "
            "bertanda tangan di bawah ini:\n")
    facts = schema_of([text])
    assert facts["numbers"] == ["77/RS-HK/VII/2024"]
    misread = text.replace("(02-07-2024) ", "")  # no other writing of 2024: the year one digit off is OCR's
    assert schema_of([misread])["numbers"] == ["77/RS-HK/VII/2022"]


def test_the_place_before_the_opening_date_after_ini_dibuat_di():
    text = ("PERJANJIAN KERJASAMA\nJASA PELAYANAN LABORATORIUM\n\nantara\nPT ASURANSI SEJAHTERA\nDengan\nKLINIK MAWAR\n"
            "Perjanjian Kerjasama ini dibuat di Surabaya, pada hari Senin tanggal 4 Maret 2024, oleh dan antara:\n")
    assert schema_of([text])["sign_place"] == "Surabaya"
    deed = ("PERJANJIAN KERJASAMA\nJASA PELAYANAN LABORATORIUM\n\nantara\nPT ASURANSI SEJAHTERA\nDengan\nKLINIK MAWAR\n"
            "Perjanjian ini dibuat di hadapan Notaris Budi, pada hari Senin tanggal 4 Maret 2024, oleh dan antara:\n")
    assert schema_of([deed])["sign_place"] is None  # before a notary: no town named


def test_a_bilingual_openings_english_column_names_the_place_after_the_date():
    text = ("PT. xxx PT. xxx\n\nNomor : 021/ABC-PKS/032023 Number : 021/ABC-PKS/032023\n\n"
            "Pada hari ini, xxx tanggal xxx bulan xxx tahun Dua On this day, on the day of xxx of the month of xxx\n"
            "ribu dua puluh tiga (xx-xx-2023) bertempat di of the year Two thousand and twenty-three (xx-xx-\n"
            "Bandung telah diadakan Perjanjian Kerja Sama oleh 2023) located in Bandung, a Cooperation\n"
            "dan antara: Agreement has been entered into by and between:\n")
    assert schema_of([text])["sign_place"] == "Bandung"
    project = ("MEMORANDUM OF UNDERSTANDING\n\n1. THIS MEMORANDUM expresses the understandings of the Government of A "
               "and the Government of B in regard to the Language Centre (hereinafter referred to as the Project) "
               "located in Sukamaju. The Project is intended to provide tuition.\n")
    assert schema_of([project])["sign_place"] is None  # where a project is, not where the memorandum was signed


def test_a_room_that_names_no_town_still_gives_no_place():
    text = ("NOTA KESEPAHAMAN\nTENTANG\nPEMBINAAN UMKM\n\nPada hari ini Senin tanggal 4 Maret 2024 bertempat di Ruang "
            "Rapat Melati, kami yang bertanda tangan di bawah ini (04-03-2024) di Bandung, sepakat:\n")
    assert schema_of([text])["sign_place"] is None


def test_the_subject_named_where_the_opening_gives_the_agreement_its_short_name():
    form = ("3 CV TIRTA MANDIRI\n\nDokumen :\nNo : 0451/PKS-2/TM/IV/2024\nTanggal : 02/04/2024\n"
            "Perjanjian Kerjasama Penyediaan Air Bersih (\u201cPerjanjian\u201d) ini dibuat pada tanggal tertera diatas "
            "oleh dan antara Para Pihak.\n")
    assert schema_of([form])["title"] == "Penyediaan Air Bersih"
    works = ("PERJANJIAN KERJASAMA OPERASI\n\nANTARA\nPT. BANGUN JAYA (PERSERO)\n\nDENGAN\nPT. KARYA UTAMA\n\n"
             "Pada hari ini Senin tanggal 1 Juni 2020, bertempat di Sukamaju, dibuat Perjanjian Kerja Sama\n"
             "Operasi Untuk Paket Pekerjaan Pembangunan Jembatan\nSungai Deras dan Jalan Akses, yang selanjutnya "
             "disebut sebagai\n\u201dPerjanjian\u201d, yang dibuat oleh dan antara :\n")
    assert schema_of([works])["title"] == "Pembangunan Jembatan Sungai Deras dan Jalan Akses"


def test_parties_named_before_the_short_name_are_no_subject():
    text = ("3 CV TIRTA MANDIRI\n\nTanggal : 02/04/2024\nPerjanjian Kerjasama antara CV Tirta Mandiri dan SMK Nusa "
            "(\u201cPerjanjian\u201d) ini dibuat pada tanggal tertera diatas oleh dan antara Para Pihak.\n")
    assert schema_of([text])["title"] is None


def test_a_work_plan_under_a_memorandum_is_no_memorandum_and_carries_its_subject():
    text = ("WORK\nPLAN\nUNDER MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE GOVERNMENT OF THE REPUBLIC OF A\nAND\n"
            "THE GOVERNMENT OF THE REPUBLIC OF B\nON FISHERIES COOPERATION\nWORK PLAN\n"
            "The Ministry of Fisheries of A and the Ministry of Marine Affairs of B (hereinafter referred to as the "
            "Parties) have agreed on the following Work Plan for 2024-2025:\n1. TRAINING OF FISHERMEN\n")
    facts = schema_of([text])
    assert facts["doc_type"] == "OTHER"
    assert facts["title"] == "Fisheries Cooperation"


def test_a_memorandums_heading_on_two_lines_is_still_a_memorandum():
    text = ("MEMORANDUM OF\nUNDERSTANDING\nBETWEEN\nTHE GOVERNMENT OF A\nAND\nTHE GOVERNMENT OF B\n"
            "ON FISHERIES COOPERATION\n\nThe Government of A and the Government of B;\nDESIRING to cooperate;\n")
    facts = schema_of([text])
    assert facts["doc_type"] == "MOU"
    assert facts["title"] == "Fisheries Cooperation"


_REFERRAL = ("PERJANJIAN KERJASAMA\n\nANTARA\nKLINIK SEHAT JIWA\nDENGAN\nRUMAH SAKIT BUNDA\nTENTANG\nPELAYANAN RUJUKAN\n\n"
             "Nomor: ---/KSJ/III/2021\nNomor: ---/RSB/III/2021\n\n"
             "Pada hari ini tanggal 8 bulan Maret 2021 yang bertanda tangan dibawah ini :\n"
             "1. Dr. Ayu Lestari, Direktur Klinik Sehat Jiwa, selanjutnya disebut PIHAK PERTAMA.\n"
             "2. dr. Budi Santoso, Direktur Rumah Sakit Bunda, berdasarkan {cited} Antara Klinik Sehat Jiwa dengan "
             "Rumah Sakit Bunda Nomor :\n{number} dan :\n---/RSB/III/2021 sehingga berwenang bertindak untuk dan atas "
             "nama Rumah Sakit Bunda, selanjutnya disebut PIHAK KEDUA.\n")


def test_a_blank_pattern_shared_with_an_agreement_of_another_kind_is_that_agreements_number():
    text = _REFERRAL.format(cited="Kesepakatan Bersama", number="---/KSJ/III/2021")
    assert schema_of([text])["parent_agreement"] == "…/KSJ/III/2021"
    itself = _REFERRAL.format(cited="Perjanjian Kerjasama", number="---/KSJ/III/2021")  # its own kind: itself
    assert schema_of([itself])["parent_agreement"] is None
    filled = _REFERRAL.format(cited="Kesepakatan Bersama", number="12/KSJ/III/2021").replace(
        "Nomor: ---/KSJ/III/2021", "Nomor: 12/KSJ/III/2021")  # a whole number of its own is never the parent
    assert schema_of([filled])["parent_agreement"] is None


_BILINGUAL = ("Number: 0007/ABC-PROC/03/23 Nomor: 0007/ABC-PROC/03/23\n\n"
              "On this day, {en_day} the sixth day of march two Pada hari ini, {id_day}, tanggal enam bulan maret\n"
              "thousand twenty three , has been made and executed tahun dua ribu dua puluh tiga , telah dibuat dan\n"
              "an agreement concerning ditandatangani suatu perjanjian tentang\n\nPENGADAAN PERANGKAT LUNAK\n")


def test_a_bilingual_openings_indonesian_date_with_its_year_on_the_next_line():
    facts = schema_of([_BILINGUAL.format(en_day="monday", id_day="senin")])
    assert facts["sign_date"] == "2023-03-06"
    wrong_day = schema_of([_BILINGUAL.format(en_day="friday", id_day="jumat")])  # 6 March 2023 was a Monday
    assert wrong_day["sign_date"] is None
