"""Header forms found on the third set of published agreements (issue 18, extractor 1.11.18), each on a text written
for this test: numbers with spaces or dashes inside, labels that name no document number, one-line headings, a
preamble's heading, a document whose kind is not named, and "PERJANJIAN KESEPAKATAN KERJASAMA"."""
from __future__ import annotations

from tests.extract_texts import schema_of


def test_a_number_part_with_a_dash_and_words_inside_stays_whole():
    text = ("PERJANJIAN KERJA SAMA\nTENTANG\nPELAYANAN KESEHATAN PESERTA\n"
            "Nomor 014/KTR – Mitra Sehat/2024\n\n"
            "Pada hari ini Senin tanggal 4 Maret 2024 kami yang bertanda tangan di bawah ini:\n")
    assert schema_of([text])["numbers"] == ["014/KTR – Mitra Sehat/2024"]


def test_a_place_name_inside_a_number_part_and_a_one_line_heading_subject():
    text = ("SURAT PERJANJIAN KERJASAMA PENGADAAN BIBIT KARET Nomor : 07/SPK-KBN Sei. Lama/PB-BK/V/2022 "
            "Antara: CV. TANI JAYA Dengan: PT. KEBUN SUBUR Pada hari ini Senin tanggal dua bulan Mei tahun dua ribu "
            "dua puluh dua bertempat di Sambas, yang bertanda tangan di bawah ini:\n")
    facts = schema_of([text])
    assert facts["numbers"] == ["07/SPK-KBN Sei. Lama/PB-BK/V/2022"]
    assert facts["title"] == "Pengadaan Bibit Karet"


def test_words_after_a_number_that_end_with_its_year_are_not_part_of_it():
    text = ("PERJANJIAN KERJA SAMA\nTENTANG\nPENGADAAN ALAT TULIS\nNomor : 5/PKS/2021 Antara Dinas/Kantor\n\n"
            "Pada hari ini Senin tanggal 4 Januari 2021 kami yang bertanda tangan di bawah ini:\n")
    assert schema_of([text])["numbers"] == ["5/PKS/2021"]


def test_a_telephone_line_is_not_the_documents_number():
    text = ("CV. SUMBER TANI\nJl. Melati No. 4, Sleman\n\nNo. Telp : 0812 3456 7788/0813 2211 0099\n\n"
            "NOTA KESEPAHAMAN\nTENTANG\nPEMBINAAN PETANI MUDA\n\n"
            "Pada hari ini Senin tanggal 4 Maret 2024 kami yang bertanda tangan di bawah ini:\n")
    assert schema_of([text])["numbers"] is None  # no number stated: none given


def test_a_number_labelled_with_a_partys_code_and_two_inline_numbers():
    text = ("PERJANJIAN KERJA SAMA OPERASI\nTENTANG\nPEMBANGUNAN JEMBATAN DESA\n"
            "No AB : 12/DVO/VI/2020\nNo. CD :KSO.44/V/2020\n\n"
            "Pada hari ini Senin tanggal 1 Juni 2020 kami yang bertanda tangan di bawah ini:\n")
    assert schema_of([text])["numbers"] == ["12/DVO/VI/2020", "KSO.44/V/2020"]
    inline = ("PERJANJIAN LAYANAN GAJI ANTARA PT BANK SEJAHTERA DENGAN PENGADILAN NEGERI SUKAMAJU, NO.PKS.A.12-BSJ/03-2021 "
              "NO. W1-B/77/KU.01/3/2021 Perjanjian ini dibuat pada hari Senin tanggal 1 Maret 2021 oleh dan antara:\n")
    assert schema_of([inline])["numbers"] == ["PKS.A.12-BSJ/03-2021", "W1-B/77/KU.01/3/2021"]


def test_a_preamble_heading_is_not_part_of_the_subject():
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE GOVERNMENT OF A\nAND\nTHE GOVERNMENT OF B\n"
            "ON FISHERIES COOPERATION\n\nPREAMBLE\n\nThe Government of A and the Government of B;\n"
            "DESIRING to strengthen their relations;\n")
    assert schema_of([text])["title"] == "Fisheries Cooperation"


def test_a_tentang_line_is_the_subject_when_the_kind_is_not_named():
    text = ("PERSETUJUAN\nANTARA\nPEMERINTAH REPUBLIK A\nDAN\nPEMERINTAH REPUBLIK B\n\nTENTANG\n"
            "KERJASAMA DI BIDANG PERIKANAN\n\nPemerintah Republik A dan Pemerintah Republik B,\n"
            "Berhasrat untuk mengembangkan kerjasama,\nTelah menyetujui sebagai berikut:\n")
    facts = schema_of([text])
    assert facts["doc_type"] == "OTHER"
    assert facts["title"] == "Kerjasama di Bidang Perikanan"


def test_perjanjian_kesepakatan_kerjasama_is_an_agreement_with_its_subject_on_its_line():
    text = ("PERJANJIAN KESEPAKATAN KERJASAMA PEMASOKAN GABAH KERING DESA SUKAMAJU\n\n"
            "Pada hari ini Senin tanggal 4 Maret 2024 bertempat di Sukamaju, kami yang bertanda tangan di bawah ini:\n")
    facts = schema_of([text])
    assert facts["doc_type"] == "PKS"
    assert facts["title"] == "Pemasokan Gabah Kering Desa Sukamaju"
    assert schema_of(["KESEPAKATAN KERJASAMA\nTENTANG\nPEMBINAAN UMKM\n\nPada hari ini Senin tanggal 4 Maret 2024 "
                      "kami yang bertanda tangan di bawah ini:\n"])["doc_type"] == "KB"


def test_a_term_stated_as_berlaku_n_tahun_with_its_start_and_end():
    text = ("PERJANJIAN KERJA SAMA\nTENTANG\nPENGANGKUTAN SAMPAH\n\nPada hari ini Senin tanggal 4 Maret 2024 kami yang "
            "bertanda tangan di bawah ini:\n\nPasal 1 Ruang Lingkup\nPihak Kedua mengangkut sampah Pihak Pertama.\n\n"
            "Pasal 2 Perjanjian ini berlaku 1 tahun atau mulai 04/03/2024 hingga 03/03/2025\n")
    facts = schema_of([text])
    assert facts["effective_date"] == "2024-03-04"
    assert facts["duration"] == "P1Y"
    assert facts["end_date"] == "2025-03-03"


def test_a_form_date_row_is_the_signing_date_when_the_opening_points_to_it():
    form = ("PT SUMBER AIR BERSIH\nDokumen :\nNo : 17/PKS-2/SAB/IV/2024\nNama Pelanggan : KLINIK SEHAT\n"
            "Tanggal : 02/04/2024\n\nPerjanjian Kerjasama Pengolahan Air (\"Perjanjian\") ini dibuat pada tanggal tertera "
            "diatas oleh dan antara Para Pihak yang tercantum dalam Perjanjian ini.\n")
    assert schema_of([form])["sign_date"] == "2024-04-02"
    unsaid = form.replace("dibuat pada tanggal tertera diatas", "dibuat")
    assert schema_of([unsaid])["sign_date"] is None  # a form's date row alone is not said to be the signing's


def test_a_drafts_opening_with_its_blanks_filled_in_brackets_gives_its_date():
    text = ("PERJANJIAN KERJA SAMA\nTENTANG\nPENGADAAN OBAT\n\n-Pada hari ini, [selasa ] tanggal [ dua belas\n\n"
            "] bulan [ maret ] tahun [dua ribu dua puluh empat ], bertempat di Sukamaju, dibuat Perjanjian ini "
            "oleh dan antara :\n")
    assert schema_of([text])["sign_date"] == "2024-03-12"
    blank = ("PERJANJIAN KERJA SAMA\nTENTANG\nPENGADAAN OBAT\n\nPada hari ini [_______] tanggal [___] bulan [_____] "
             "tahun [______], dibuat Perjanjian ini oleh dan antara :\n")
    assert schema_of([blank])["sign_date"] is None  # blanks left blank: no date
