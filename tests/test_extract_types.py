"""The kind of a document and, for those that are not plain agreements, what it is about: headings of each kind in
their real variants (an SPK, an amendment by any ordinal, a sister city's agreement, the papers filed beside
agreements), damaged by OCR or letter-spacing above an intact phrase, under a letterhead, in bodies that name other
kinds. Every text here is invented for these tests."""
from __future__ import annotations

import pytest

from tests.extract_texts import schema_of

_KOP = ("PEMERINTAH KABUPATEN SUKAMAJU\nSEKRETARIAT DAERAH\nJalan Merdeka Nomor 12 Telp. (0274) 551234\n"
        "SUKAMAJU 57111\n______________________________________\n\n")
_PARTIES = "ANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nPEMERINTAH KOTA TIRTAJAYA\n"
_OPENING = ("\nPada hari ini Senin tanggal lima bulan Juni tahun dua ribu dua puluh tiga, bertempat di Sukamaju, kami "
            "yang bertanda tangan di bawah ini:\n"
            "1. Drs. AGUS SANTOSO : Bupati Sukamaju, dalam hal ini bertindak untuk dan atas nama Pemerintah Kabupaten "
            "Sukamaju, selanjutnya disebut PIHAK PERTAMA;\n"
            "2. Ir. DEWI LESTARI : Wali Kota Tirtajaya, dalam hal ini bertindak untuk dan atas nama Pemerintah Kota "
            "Tirtajaya, selanjutnya disebut PIHAK KEDUA.\n"
            "PARA PIHAK terlebih dahulu menerangkan bahwa PARA PIHAK telah menandatangani Perjanjian Kerja Sama Nomor : "
            "41/PKS/III/2022 tanggal 3 Maret 2022 tentang Penyediaan Air Minum;\n\n"
            "Pasal 1\nJANGKA WAKTU\n(1) Naskah ini berlaku untuk jangka waktu 2 (dua) tahun terhitung sejak tanggal "
            "ditandatangani.\n(2) Perubahan atas naskah ini dituangkan dalam Addendum.\n")
# a paper that quotes an agreement, its date and its term: "… Nomor : X tanggal D tentang …, berlaku … sejak …"
_QUOTING = ("bahwa pelaksanaan Perjanjian Kerja Sama antara Pemerintah Kabupaten Sukamaju dengan Pemerintah Kota "
            "Tirtajaya Nomor : 41/PKS/III/2022 tanggal 3 Maret 2022 tentang Penyediaan Air Minum yang berlaku untuk "
            "jangka waktu 5 (lima) tahun terhitung sejak tanggal 3 Maret 2022 telah berjalan sebagaimana mestinya.\n")


def _kind(heading: str) -> dict:
    return schema_of([heading + "\n" + _PARTIES + "TENTANG\nPENYEDIAAN AIR MINUM\n" + _OPENING])


@pytest.mark.parametrize("heading, kind", [
    ("SURAT PERINTAH KERJA (SPK)", "PKS"),  # a procurement's contract, its clause on changes naming an addendum
    ("SURAT PERINTAH KERJA", "PKS"),
    ("PERUBAHAN KEEMPAT ATAS PERJANJIAN KERJA SAMA", "ADDENDUM"),  # an amendment by any ordinal
    ("PERUBAHAN KE-2 ATAS PERJANJIAN KERJA SAMA", "ADDENDUM"),
    ("PERUBAHAN II ATAS KESEPAKATAN BERSAMA", "ADDENDUM"),
    ("SISTER CITY AGREEMENT", "MOU"),  # the memorandum founding a relation with a foreign city
    ("SISTER PROVINCE AGREEMENT", "MOU"),
    ("MEMORANDUM KESEPAKATAN", "MOU"),
])
def test_headings_of_each_kind(heading, kind):
    facts = _kind(heading)
    assert facts["doc_type"] == kind
    assert facts["evidence"]["doc_type"]["confidence"] == 0.95
    assert facts["parent_agreement"] == ("41/PKS/III/2022" if kind in ("PKS", "ADDENDUM") else None)


@pytest.mark.parametrize("heading, kind", [
    ("ADE NDUM PERTAMA\nATAS\nPERJANJIAN KERJA SAMA", "ADDENDUM"),  # a word split by OCR, the amended kind below
    ("AMAN DEMEN I\nKESEPAKATAN BERSAMA", "ADDENDUM"),
    ("A D D E N D U M   K E D U A\nPERJANJIAN KERJA SAMA", "ADDENDUM"),  # letter-spaced
    (_KOP + "ADEN DUM KE-2\nPERJANJIAN KERJA SAMA", "ADDENDUM"),  # under a letterhead
    ("NOTA KESEPA KATAN", "MOU"),
])
def test_a_damaged_heading_line_above_an_intact_kind_names_the_document(heading, kind):
    facts = _kind(heading)
    assert facts["doc_type"] == kind
    assert facts["parent_agreement"] == ("41/PKS/III/2022" if kind == "ADDENDUM" else None)


def test_a_budget_agreement_split_by_ocr_is_still_a_joint_agreement():
    text = ("NOTA KESEPA KATAN ANTARA PEMERINTAH KABUPATEN SUKAMAJU DENGAN DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN "
            "SUKAMAJU TENTANG KEBIJAKAN UMUM ANGGARAN\n" + _OPENING)
    assert schema_of([text])["doc_type"] == "KB"


@pytest.mark.parametrize("heading, title", [
    ("B E R I T A   A C A R A\nPENANDATANGANAN KESEPAKATAN BERSAMA", "Berita Acara Penandatanganan Kesepakatan Bersama"),
    (_KOP + "BER1TA ACARA\nPENANDATANGANAN PERJANJIAN KERJA SAMA", "Ber1ta Acara Penandatanganan Perjanjian Kerja Sama"),
    ("L A P O R A N\nHASIL MONITORING DAN EVALUASI\nKERJA SAMA DAERAH", "Laporan Hasil Monitoring dan Evaluasi Kerja Sama Daerah"),
    (_KOP + "EVALUASl\nPELAKSANAAN NOTA KESEPAHAMAN", "Evaluasl Pelaksanaan Nota Kesepahaman"),  # OCR's l, as written
    ("RENC ANA KERJA\nPELAKSANAAN KESEPAKATAN BERSAMA", "Renc Ana Kerja Pelaksanaan Kesepakatan Bersama"),
    ("N O T U L E N   R A P A T\nPEMBAHASAN RANCANGAN NOTA KESEPAHAMAN", "Notulen Rapat Pembahasan Rancangan Nota Kesepahaman"),
    ("SURAT PERINTAH MULAI KERJA\n(SPMK)", "Surat Perintah Mulai Kerja (SPMK)"),
    ("SURAT PERNYATAAN", "Surat Pernyataan"),  # papers filed beside agreements, naming one in their bodies
    ("SURAT KUASA", "Surat Kuasa"),
    ("RISALAH RAPAT", "Risalah Rapat"),
    ("PAKTA INTEGRITAS", "Pakta Integritas"),
])
def test_a_paper_about_an_agreement_is_other_and_quotes_no_term(heading, title):
    facts = schema_of([heading + "\nNomor : 180/12/Kerma/2023\n\n" + _QUOTING])
    assert (facts["doc_type"], facts["title"]) == ("OTHER", title)
    assert facts["parent_agreement"] == "41/PKS/III/2022"  # the agreement it is about
    assert facts["numbers"] == ["180/12/Kerma/2023"]  # its own number, the year as written
    # the quoted agreement's date and term are not the paper's ("Nomor X tanggal D tentang …" is no heading's date)
    assert (facts["sign_date"], facts["effective_date"], facts["duration"], facts["end_date"]) == (None,) * 4


def test_a_nota_dinas_is_a_letter_titled_by_its_subject():
    text = ("NOTA DINAS\n\nKepada : Yth. Bupati Sukamaju\nDari : Kepala Bagian Kerja Sama\nTanggal : 12 Mei 2023\n"
            "Nomor : 180/45/Kerma/2023\nSifat : Segera\nLampiran : -\nHal : Telaahan Rancangan Perjanjian Kerja Sama\n\n"
            "Bersama ini kami sampaikan " + _QUOTING)
    facts = schema_of([text])
    assert (facts["doc_type"], facts["title"]) == ("OTHER", "Telaahan Rancangan Perjanjian Kerja Sama")
    assert facts["numbers"] == ["180/45/Kerma/2023"] and facts["duration"] is None


@pytest.mark.parametrize("heading", ["KEPUTUSAN BUPATI SUKAMAJU", "KEPU TUSAN BUPATI SUKAMAJU",
                                     "K E P U T U S A N   B U P A T I   S U K A M A J U"])
def test_a_decree_is_titled_by_its_subject(heading):
    text = (heading + "\nNOMOR 180/123/KPTS/2023\n\nTENTANG\n\nPEMBENTUKAN TIM KOORDINASI KERJA SAMA DAERAH\n\n"
            "BUPATI SUKAMAJU,\n\nMenimbang : a. " + _QUOTING)
    facts = schema_of([text])
    assert (facts["doc_type"], facts["title"]) == ("OTHER", "Pembentukan Tim Koordinasi Kerja Sama Daerah")


def test_a_staff_paper_is_titled_by_its_subject():
    text = ("TELAAHAN STAF\nTENTANG\nRENCANA PERPANJANGAN PERJANJIAN KERJA SAMA\n\nA. PERSOALAN\n" + _QUOTING)
    facts = schema_of([text])
    assert (facts["doc_type"], facts["title"]) == ("OTHER", "Rencana Perpanjangan Perjanjian Kerja Sama")


def test_a_contracts_start_order_names_the_contract_it_follows():
    text = ("SURAT PERINTAH MULAI KERJA\n(SPMK)\nNomor : 602/77/SPMK/2023\n\nYang bertanda tangan di bawah ini, "
            "Pejabat Pembuat Komitmen, berdasarkan Kontrak Nomor : 602/51/KTR/2023 tanggal 2 Mei 2023, memerintahkan "
            "penyedia untuk memulai pekerjaan dengan waktu pelaksanaan 120 (seratus dua puluh) hari kalender.\n")
    facts = schema_of([text])
    assert (facts["doc_type"], facts["parent_agreement"]) == ("OTHER", "602/51/KTR/2023")


def test_an_addendums_own_heading_run_on_is_not_the_amended_agreements():
    text = ("PERJANJIAN PERUBAHAN (ADDENDUM) PERJANJIAN KERJA SAMA ANTARA PEMERINTAH KABUPATEN SUKAMAJU DENGAN "
            "PEMERINTAH KOTA TIRTAJAYA TENTANG PENYEDIAAN AIR MINUM\nNomor : 12/ADD/VI/2023\n" + _OPENING)
    facts = schema_of([text])
    assert facts["doc_type"] == "ADDENDUM"
    assert (facts["numbers"], facts["parent_agreement"]) == (["12/ADD/VI/2023"], "41/PKS/III/2022")


def test_a_letterheads_clean_lines_name_no_kind():
    facts = _kind(_KOP + "PERJANJIAN KERJA SAMA")
    assert (facts["doc_type"], facts["evidence"]["doc_type"]["confidence"]) == ("PKS", 0.95)


@pytest.mark.parametrize("line", ["PERUBAHAM PERJANJIAN KERJA SAMA", "PERUBAHAM KESEPAKATAN BERSAMA",
                                  "PERIJBAHAN TERHADAP PERJANJIAN"])
def test_a_garbled_amendment_of_a_named_kind_is_an_addendum(line):
    from ingest.extract.garbled import read_line
    assert read_line(line)[1] == "ADDENDUM"
