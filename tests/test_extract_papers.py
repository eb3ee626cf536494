"""Papers about agreements (berita acara, notulen, monitoring reports, letters, nota dinas, statements) and memoranda
whose signing date is never stated: the forms were written out systematically (the paper's own number, title, date and
parties against the agreement it quotes; a cover's or a draft's date against the signing's) and run through the
extractor; each test here stands for a form it misread. Every text here is invented for these tests."""
from __future__ import annotations

from tests.extract_texts import schema_of



def _term(result: dict) -> tuple:
    return result["effective_date"], result["duration"], result["end_date"]


def test_a_reports_agreement_number_row_is_its_parent_not_its_own_number():
    text = ("LAPORAN MONITORING DAN EVALUASI\nPELAKSANAAN KERJA SAMA DAERAH\nTAHUN 2023\n\nI. DATA KERJA SAMA\n\n"
            "Nomor Perjanjian : 212/PKS/IV/2021\nTanggal          : 9 April 2021\nJangka Waktu     : 3 (tiga) tahun\n"
            "Berakhir         : 9 April 2024\nPara Pihak       : Pemerintah Kabupaten Sukamaju dan Universitas Tirta\n\n"
            "II. HASIL\n\nKegiatan berjalan sesuai rencana.\n\nSukamaju, 4 Desember 2023\nKepala Bagian Kerja Sama,\n\n\n"
            "Rina Kartika\n")
    result = schema_of([text])
    assert result["doc_type"] == "OTHER"
    assert not result["numbers"]
    assert result["parent_agreement"] == "212/PKS/IV/2021"
    assert (result["sign_date"], result["sign_place"]) == ("2023-12-04", "Sukamaju")
    assert _term(result) == (None, None, None)


_NOTA_DINAS = ("PEMERINTAH KABUPATEN LEMBAH HIJAU\nSEKRETARIAT DAERAH\n\nNOTA DINAS\n\nKepada   : Yth. Bupati Lembah Hijau\n"
               "Dari     : Kepala Bagian Kerja Sama\nTanggal  : 18 Juni 2025\nNomor    : 180/74/KS/2025\nSifat    : Biasa\n"
               "Hal      : Telaahan Perpanjangan Perjanjian Kerja Sama\n\nDengan hormat, kami laporkan bahwa Perjanjian "
               "Kerja Sama Nomor 030/PKS/IV/2022 antara Pemerintah Kabupaten Lembah Hijau dengan PT Rawa Sejahtera "
               "berlaku sejak tanggal 5 Oktober 2022 dan berakhir pada tanggal 5 Oktober 2024.\n\nDemikian kami "
               "sampaikan.\n\nKepala Bagian Kerja Sama,\n\n\nFajar Nugroho\n")


def test_a_nota_dinas_is_dated_by_its_header_row():
    result = schema_of([_NOTA_DINAS])
    assert (result["doc_type"], result["numbers"], result["title"]) == (
        "OTHER", ["180/74/KS/2025"], "Telaahan Perpanjangan Perjanjian Kerja Sama")
    assert result["sign_date"] == "2025-06-18"
    assert _term(result) == (None, None, None)
    # the rows in another order: the subject (its full stop kept out) above the date and the number
    rows = ("NOTA DINAS\n\nKepada   : Yth. Wali Kota Tirta\nDari     : Kepala Bagian Hukum\nHal      : Rencana "
            "Penandatanganan Nota Kesepahaman.\nTanggal  : 3 Februari 2024\nNomor    : 180/12/Huk/2024\n\nDengan hormat, "
            "Nota Kesepahaman dengan Universitas Sukamaju direncanakan berlaku selama 5 (lima) tahun.\n\n"
            "Kepala Bagian Hukum,\n\n\nRina Kartika\n")
    result = schema_of([rows])
    assert (result["title"], result["numbers"], result["sign_date"]) == (
        "Rencana Penandatanganan Nota Kesepahaman", ["180/12/Huk/2024"], "2024-02-03")


def test_the_sides_of_an_agreement_a_paper_quotes_are_not_its_parties():
    assert not schema_of([_NOTA_DINAS])["parties"]
    minutes = ("NOTULEN RAPAT KOORDINASI\nPELAKSANAAN NOTA KESEPAHAMAN\n\nHari/Tanggal : Selasa, 17 Maret 2025\n"
               "Tempat       : Ruang Rapat Sekretariat Daerah\n\nPembahasan:\n1. Pelaksanaan Nota Kesepahaman Nomor "
               "780/KS/IV/2024 antara Pemerintah Kabupaten Sungai Rawa dan Politeknik Negeri Sukamaju. Nota Kesepahaman "
               "tersebut berlaku selama 5 (lima) tahun.\n2. Rencana kerja disusun bersama.\n\nSungai Rawa, 17 Maret 2025\n"
               "Notulis,\n\n\nWulan Sari\n")
    result = schema_of([minutes])
    assert not result["parties"]
    assert result["parent_agreement"] == "780/KS/IV/2024"
    assert (result["sign_date"], result["sign_place"]) == ("2025-03-17", "Sungai Rawa")


def test_an_ended_agreement_a_paper_is_about_is_still_its_parent():
    # (an agreement replacing one that "berakhir pada tanggal …" before it was signed does not name its parent so)
    text = ("LAPORAN HASIL EVALUASI\nPELAKSANAAN PERJANJIAN KERJA SAMA\n\nPerjanjian Kerja Sama Nomor 030/PKS/IV/2022 "
            "tentang Penyediaan Air Minum yang berakhir pada tanggal 5 Oktober 2024 telah dilaksanakan dengan baik.\n\n"
            "Sukamaju, 4 Desember 2024\nTim Evaluasi,\n\n\nFajar Nugroho\n")
    result = schema_of([text])
    assert (result["sign_date"], result["parent_agreement"]) == ("2024-12-04", "030/PKS/IV/2022")


def test_an_english_cover_letter_is_a_paper_titled_by_its_subject():
    text = ("GOVERNMENT OF KARANGSARI REGENCY\nOFFICE OF THE REGENT\n\nKarangsari, 19 May 2020\n\nRef.    : 611/KS/2020\n"
            "Subject : Signing of the Letter of Intent\n\nTo: The Mayor of Wanasari\n\nDear Mayor,\n\nPlease find enclosed "
            "the draft Letter of Intent between the Government of Karangsari Regency and the City of Wanasari, which "
            "shall remain in force for five (5) years from the date of its signature.\n\nYours sincerely,\n\n\n"
            "Teguh Santoso\nRegent of Karangsari\n")
    result = schema_of([text])
    assert (result["doc_type"], result["title"], result["numbers"]) == (
        "OTHER", "Signing of the Letter of Intent", ["611/KS/2020"])
    assert (result["sign_date"], result["sign_place"]) == ("2020-05-19", "Karangsari")
    assert _term(result) == (None, None, None)


def test_a_record_of_signing_and_a_statement_of_support_are_papers():
    record = ("RECORD OF SIGNING\nMEMORANDUM OF UNDERSTANDING ON URBAN WATER MANAGEMENT\n\nOn 22 February 2025, the "
              "Memorandum of Understanding between the Government of Tanjung Elok Regency and the City of Sindangrasa "
              "was signed in Tanjung Elok. The Memorandum shall remain in force for a period of five (5) years from the "
              "date of its signature.\n\nTanjung Elok, 22 February 2025\n\nHead of Cooperation Division,\n\n\nMaya Halim\n")
    result = schema_of([record])
    assert (result["doc_type"], result["sign_date"]) == ("OTHER", "2025-02-22")
    assert _term(result) == (None, None, None)
    support = ("UNIVERSITY OF SUKAMAJU\nOffice of the Rector\n\nSTATEMENT OF SUPPORT\n\nSukamaju, March 6, 2022\n\nTo whom "
               "it may concern,\n\nThe University of Sukamaju supports the proposed Memorandum of Understanding with the "
               "City of Mekarsari, which would remain in force for five (5) years from 1 January 2023.\n\nSincerely,\n\n\n"
               "Sutrisno Hadi\nRector\n")
    result = schema_of([support])
    assert (result["doc_type"], result["sign_date"]) == ("OTHER", "2022-03-06")
    assert _term(result) == (None, None, None)
    minutes = ("SUMMARY RECORD\nOF THE JOINT WORKING GROUP MEETING\n\n1. The meeting took place in Sungai Rawa on "
               "7 October 2025.\n2. The delegations reviewed the Memorandum of Understanding signed on 7 October 2022.\n"
               "3. The next meeting will be held in Lembah Hijau.\n\nDone at Sungai Rawa on October 7, 2025.\n\n"
               "Head of the Delegation of Lembah Hijau\n\n\nLestari Ningsih\n")
    result = schema_of([minutes])
    assert result["doc_type"] == "OTHER"
    # no opening formula: the closing line dates and places it, not the next meeting's town
    assert (result["sign_date"], result["sign_place"]) == ("2025-10-07", "Sungai Rawa")


def test_a_paper_without_an_opening_is_placed_by_a_closing_that_gives_only_a_month():
    text = ("KERANGKA ACUAN KERJA\nKEGIATAN PELATIHAN TENAGA KESEHATAN\nTAHUN ANGGARAN 2019\n\nA. LATAR BELAKANG\n\n"
            "Sebagai tindak lanjut Perjanjian Kerja Sama Nomor 858/PKS/I/2018 tanggal 10 Agustus 2018, perlu "
            "dilaksanakan pelatihan.\n\nB. WAKTU\n\nKegiatan dilaksanakan bulan Agustus 2019.\n\n"
            "Kota Baru Selatan, Agustus 2019\nKepala Dinas,\n\n\nYusuf Mahendra\n")
    result = schema_of([text])
    assert (result["doc_type"], result["sign_date"], result["sign_place"]) == ("OTHER", None, "Kota Baru Selatan")
    assert result["parent_agreement"] == "858/PKS/I/2018"


def test_a_reports_sister_city_agreement_is_its_parent():
    text = ("REPORT ON THE IMPLEMENTATION OF THE SISTER CITY AGREEMENT\n\n1. The Sister City Agreement No. 49/SC/2015 "
            "between the Government of Pasirluhur Regency and the City of Mekarsari was signed on 3 May 2015 and is "
            "valid until 3 May 2025.\n2. Activities: a student exchange.\n\nPasirluhur, 12 November 2020\n\n"
            "Head of the Cooperation Section,\n\n\nJoko Prasetyo\n")
    result = schema_of([text])
    assert (result["doc_type"], result["parent_agreement"]) == ("OTHER", "49/SC/2015")


def test_a_letters_subject_and_number_below_its_addressee():
    text = ("PEMERINTAH KABUPATEN WANASARI\nSEKRETARIAT DAERAH\n\n                                        Wanasari, 27 Maret "
            "2020\n\nKepada Yth.\nRektor Universitas Sindangrasa\ndi -\nSindangrasa\n\nNomor    : 415.4/762/Setda/2020\n"
            "Sifat    : Segera\nPerihal  : Penyampaian Draf Nota Kesepahaman\n\nDengan hormat,\n\nBersama ini kami "
            "sampaikan draf Nota Kesepahaman yang berlaku selama 5 (lima) tahun sejak ditandatangani.\n\n"
            "                                        BUPATI WANASARI,\n\n\n                                        "
            "BAMBANG SUGIARTO\n")
    result = schema_of([text])
    assert (result["doc_type"], result["title"], result["numbers"]) == (
        "OTHER", "Penyampaian Draf Nota Kesepahaman", ["415.4/762/Setda/2020"])
    assert (result["sign_date"], result["sign_place"]) == ("2020-03-27", "Wanasari")


_MOU_HEAD = ("NOTA KESEPAHAMAN\nANTARA\nPEMERINTAH KOTA RAWA JAYA\nDENGAN\nUNIVERSITAS MEKARSARI\nTENTANG\n"
             "PENGELOLAAN SAMPAH TERPADU\n\n")
_MOU_BODY = ("NOTA KESEPAHAMAN\nANTARA\nPEMERINTAH KOTA RAWA JAYA\nDENGAN\nUNIVERSITAS MEKARSARI\n\n"
             "NOMOR : 176/NK/IV/2019\nNOMOR : 811/UNV/VII/2019\n\nTENTANG\nPENGELOLAAN SAMPAH TERPADU\n\n"
             "Pada hari ini ............ tanggal ............ bulan ............ tahun dua ribu sembilan belas, kami yang "
             "bertanda tangan di bawah ini:\n\n1. Dewi Anggraini, selaku Wali Kota Rawa Jaya, dalam hal ini bertindak "
             "untuk dan atas nama Pemerintah Kota Rawa Jaya, selanjutnya disebut PIHAK PERTAMA.\n2. Hendra Kusuma, "
             "selaku Rektor Universitas Mekarsari, dalam hal ini bertindak untuk dan atas nama Universitas Mekarsari, "
             "selanjutnya disebut PIHAK KEDUA.\n\nPasal 1\nJANGKA WAKTU\n\nNota Kesepahaman ini berlaku selama 2 (dua) "
             "tahun terhitung sejak tanggal ditandatangani.\n\nDemikian Nota Kesepahaman ini dibuat dalam rangkap 2 "
             "(dua).\n\nDitandatangani di Rawa Jaya pada tanggal ______________\n\n"
             "PIHAK PERTAMA,                              PIHAK KEDUA,\n\n\nDEWI ANGGRAINI                              "
             "HENDRA KUSUMA\n")


def test_a_drafts_stamp_on_the_cover_is_no_signing_date():
    result = schema_of([_MOU_HEAD + "\nDraft, 24 April 2018\n", _MOU_BODY])
    assert (result["sign_date"], result["sign_place"]) == (None, "Rawa Jaya")
    assert (result["duration"], result["effective_date"], result["end_date"]) == ("P2Y", None, None)


def test_a_dateline_typed_on_an_agreements_cover_is_no_signing_date():
    result = schema_of([_MOU_HEAD + "\nSukamaju, 12 Juni 2016\n", _MOU_BODY])
    assert (result["sign_date"], result["sign_place"]) == (None, "Rawa Jaya")
    assert result["numbers"] == ["176/NK/IV/2019", "811/UNV/VII/2019"]  # (no year to correct them by)
    assert (result["effective_date"], result["end_date"]) == (None, None)


def test_an_english_covers_place_and_month_end_the_subject():
    cover = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE GOVERNMENT OF TANJUNG ELOK REGENCY\nAND\nTHE CITY OF BUKIT INDAH\n"
             "ON\nCULTURAL EXCHANGE AND YOUTH DEVELOPMENT\n\n\nSUKAMAJU\nJUNE 2023\n")
    body = cover.rsplit("\n\n\n", 1)[0] + ("\n\nThe Government of Tanjung Elok Regency and the City of Bukit Indah "
                                           "(hereinafter referred to as \"the Parties\");\n\nArticle 1\nOBJECTIVE\n\n"
                                           "The Parties shall cooperate.\n")
    assert schema_of([cover, body])["title"].upper() == "CULTURAL EXCHANGE AND YOUTH DEVELOPMENT"


_BA_BODY = ("Pada hari ini Senin tanggal 12 Juni 2023, bertempat di Sukamaju, telah dilaksanakan penandatanganan "
            "Perjanjian tersebut oleh:\n\n1. Budi Santoso, selaku Bupati Sukamaju, dalam hal ini bertindak untuk dan atas "
            "nama Pemerintah Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA.\n2. Rina Kartika, selaku Rektor "
            "Universitas Tirta, dalam hal ini bertindak untuk dan atas nama Universitas Tirta, selanjutnya disebut PIHAK "
            "KEDUA.\n\nPerjanjian tersebut berlaku selama 2 (dua) tahun.\n\nDemikian Berita Acara ini dibuat.\n\n"
            "PIHAK PERTAMA,                              PIHAK KEDUA,\n\n\nBUDI SANTOSO                                "
            "RINA KARTIKA\n")


def test_the_number_under_the_agreements_kind_in_a_papers_heading_is_the_agreements():
    text = ("BERITA ACARA PENANDATANGANAN\nPERJANJIAN KERJA SAMA\nNOMOR : 119/PKS/BAG.KS/2023\nANTARA\n"
            "PEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nUNIVERSITAS TIRTA\n\n" + _BA_BODY)
    result = schema_of([text])
    assert (result["doc_type"], result["numbers"], result["parent_agreement"]) == ("OTHER", None, "119/PKS/BAG.KS/2023")
    assert result["title"] == "Berita Acara Penandatanganan Perjanjian Kerja Sama"
    assert result["duration"] is None


def test_a_papers_own_number_below_its_kind_and_the_agreements_below_the_parties():
    text = ("BERITA ACARA\nNomor : 07/BA/KS/2023\n\nPENANDATANGANAN KESEPAKATAN BERSAMA\nANTARA\n"
            "PEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nUNIVERSITAS TIRTA\nNOMOR : 119/KB/2023\n\n" + _BA_BODY)
    result = schema_of([text])
    assert (result["numbers"], result["parent_agreement"]) == (["07/BA/KS/2023"], "119/KB/2023")
    # the heading goes on below the paper's number
    assert result["title"].startswith("Berita Acara Penandatanganan Kesepakatan Bersama")
    assert [party["signatory"] for party in result["parties"]] == ["Budi Santoso", "Rina Kartika"]
