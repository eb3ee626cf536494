"""Misreadings a review of extractor 1.11.33's new rules found, each on an ordinary text those rules misread. Every
text here is invented for these tests."""
from __future__ import annotations

from ingest.extract.dates import find_dates
from ingest.extract.extractor import extract_agreement
from ingest.extract.heads import split_head
from ingest.extract.names import clean_name

_PARTIES = ("1. Budi Santoso : Wali Kota Tirta, bertindak untuk dan atas nama Pemerintah Kota Tirta, selanjutnya "
            "disebut PIHAK PERTAMA;\n2. Agus Salim : Direktur Utama PT Bank Sukamaju, bertindak untuk dan atas nama "
            "PT Bank Sukamaju, selanjutnya disebut PIHAK KEDUA.\n\n")


def test_a_word_after_a_year_in_words_is_no_damaged_number_word():
    # "saya", "tiap", "tujuan" are two letters from a unit word; after "dua ribu dua puluh" they start the sentence
    for after in ("saya yang bertanda tangan", "tiap pihak sepakat", "\nSaya yang bertanda tangan"):
        hits = find_dates(f"Pada hari ini Senin tanggal tiga bulan Februari tahun dua ribu dua puluh {after}")
        assert [hit.date.isoformat() for hit in hits] == ["2020-02-03"], after
    # a damaged word that ends the date's words still cuts the year (no date rather than 2000)
    assert find_dates("tanggal tiga bulan Februari tahun dua ribu tanga, bertempat di Kota Tirta") == []


def test_a_memorandum_with_a_subject_line_and_a_salutation_is_no_letter():
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nSUKAMAJU UNIVERSITY\nAND\nTIRTA INSTITUTE OF TECHNOLOGY\n\n"
            "Re: Student Exchange\n\nDear Partners,\n\nThis Memorandum of Understanding is made on 5 May 2021 between "
            "Sukamaju University and Tirta Institute of Technology.\n\nArticle 1\nThis Memorandum shall remain in "
            "force for 5 (five) years from the date of signature.\n")
    facts = extract_agreement([text])
    assert (facts.doc_type, facts.duration, facts.end_date) == ("MOU", "P5Y", "2026-05-04")


def test_an_agreement_whose_subject_names_an_account_is_still_the_parent():
    text = ("ADDENDUM\nPERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KOTA TIRTA\nDENGAN\nPT BANK SUKAMAJU\n\n"
            "NOMOR : 900/12/BPKAD/2023\n\nPada hari ini Senin tanggal dua belas bulan Juni tahun dua ribu dua puluh "
            "tiga, kami yang bertanda tangan di bawah ini:\n" + _PARTIES +
            "Para Pihak sepakat mengubah Perjanjian Kerja Sama tentang Layanan Rekening Kas Umum Daerah Nomor "
            "900/7/BPKAD/2020 sebagai berikut:\n")
    assert extract_agreement([text]).parent_agreement == "900/7/BPKAD/2020"
    # a number labelled as an account's right before its label stays no parent
    paid = text.replace("tentang Layanan Rekening Kas Umum Daerah Nomor 900/7/BPKAD/2020",
                        "dengan pembayaran ke rekening Bank Sukamaju Nomor 0012345678")
    assert extract_agreement([paid]).parent_agreement is None


def test_a_body_above_an_office_is_no_person():
    # before the fix this gave ("Universitas Sukamaju", "Rektor"): the body read as a person holding the office
    assert split_head("UNIVERSITAS SUKAMAJU\nREKTOR")[1] is None
    assert split_head("PEMERINTAH KABUPATEN SUKAMAJU\nBUPATI SUKAMAJU")[1] is None
    assert split_head("AGUS SANTOSO\nDIREKTUR RSUD TIRTA") == ("Agus Santoso", "Direktur RSUD Tirta")


def test_a_subject_naming_a_loan_is_no_financing_line():
    text = ("KONTRAK\nPENGADAAN JASA KONSULTAN PENGELOLAAN PINJAMAN DAERAH\nPADA BADAN KEUANGAN DAERAH KOTA TIRTA\n"
            "Nomor : 027/12/BKD/2023\n\nPada hari ini Senin tanggal dua belas bulan Juni tahun dua ribu dua puluh "
            "tiga, kami yang bertanda tangan di bawah ini:\n" + _PARTIES)
    assert extract_agreement([text]).title == ("Pengadaan Jasa Konsultan Pengelolaan Pinjaman Daerah pada Badan "
                                               "Keuangan Daerah Kota Tirta")


def test_an_initial_l_is_kept():
    assert clean_name("L Hendra Wijaya") == "L Hendra Wijaya"
    assert clean_name("L H.JOKO SANTOSO") == "H. Joko Santoso"  # an OCR'd "I." before a title still goes


def _with_term(term: str) -> dict:
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KOTA TIRTA\nDENGAN\nPT BANK SUKAMAJU\n\nNOMOR : 900/12/BPKAD/2023\n"
            "\nPada hari ini Senin tanggal lima bulan Juni tahun dua ribu dua puluh tiga, kami yang bertanda tangan di "
            "bawah ini:\n" + _PARTIES + f"Pasal 1\nJANGKA WAKTU\n\n{term}\n\nPasal 2\nPENUTUP\n\nDemikian.\n")
    facts = extract_agreement([text])
    return {"duration": facts.duration, "end_date": facts.end_date}


def test_a_budget_year_beside_a_stated_length_is_no_end():
    # the fiscal year the costs are charged to, or a yearly evaluation "sehingga" a fiscal year, ends no term
    # whose length is stated
    charged = _with_term("(1) Perjanjian ini berlaku selama 3 (tiga) tahun terhitung sejak tanggal ditandatangani.\n"
                         "(2) Biaya kegiatan tahun pertama dibebankan pada APBD Kota Tirta sampai dengan Tahun "
                         "Anggaran 2024.")
    assert charged == {"duration": "P3Y", "end_date": "2026-06-04"}
    evaluated = _with_term("Perjanjian ini berlaku selama 3 (tiga) tahun terhitung sejak tanggal ditandatangani dan "
                           "dievaluasi setiap tahun sehingga Tahun Anggaran 2024 menjadi tahun evaluasi pertama.")
    assert evaluated["end_date"] == "2026-06-04"
    # a term no length states still ends with the fiscal year it names
    assert _with_term("Perjanjian ini berlaku sampai dengan berakhirnya Tahun Anggaran 2024.")["end_date"] == \
        "2024-12-31"


def test_ocr_mark_repairs_leave_ordinary_sentences_alone():
    from ingest.extract.ocr_marks import fix_marks
    for sentence in ("masing-masing Pihak. Kedua belah pihak sepakat", "kepada PIHAK. Kedua pihak menjaga",
                     "Alamat, nomor telepon dan faksimili PARA PIHAK", "Nama, jabatan dan alamat",
                     "di lingkungan Sekolah. Biaya kegiatan", "milik Universitas. Hasil penelitian"):
        assert fix_marks(sentence) == sentence
    assert fix_marks("PIHAK: KEDUA") == "PIHAK  KEDUA"  # the repairs themselves still hold
    assert fix_marks("Wali.Kota Tirta") == "Wali Kota Tirta"
