"""Extraction of the kind of document, its title, its own numbers and the agreement it cites (parent)."""
from __future__ import annotations

import pytest

from tests import extract_texts as T


@pytest.mark.parametrize("heading, kind", [
    ("KESEPAKATAN BERSAMA\nANTARA", "KB"), ("PERJANJIAN KERJA SAMA\nANTARA", "PKS"),
    ("PERJANJIAN KERJASAMA\nANTARA", "PKS"), ("NOTA KESEPAHAMAN\nANTARA", "MOU"),
    ("MEMORANDUM OF UNDERSTANDING\nBETWEEN", "MOU"), ("NOTA KESEPAKATAN\nANTARA", "MOU"),
    ("LETTER OF INTENT\nBETWEEN", "LOI"), ("ADDENDUM\nPERJANJIAN KERJA SAMA", "ADDENDUM"),
    ("AMANDEMEN KESEPAKATAN BERSAMA", "ADDENDUM"), ("PERUBAHAN ATAS PERJANJIAN KERJA SAMA", "ADDENDUM"),
    ("RENCANA KERJA\nPELAKSANAAN KESEPAKATAN BERSAMA", "OTHER"), ("BERITA ACARA\nSERAH TERIMA", "OTHER"),
    ("LAPORAN\nEVALUASI KERJA SAMA", "OTHER"), ("PEMERINTAH KOTA BOGOR\nDINAS KESEHATAN\nPERJANJIAN KERJA SAMA", "PKS"),
    ("KESEPAKATAN BERSAMA\nTENTANG\nADAPTASI PERUBAHAN IKLIM", "KB"),
])
def test_doc_type_from_heading(heading, kind):
    assert T.schema_of([heading + "\n"])["doc_type"] == kind


def test_letters_take_their_subject_as_title_and_stay_other():
    letter = ["""PEMERINTAH KOTA TIRTAWANGI
SEKRETARIAT DAERAH
Tirtawangi, 3 Juni 2024
Nomor : 180/412/Bag.Kerjasama
Lampiran : 1 (satu) berkas
Perihal : Penyampaian Naskah Perjanjian Kerja Sama
Yth. Kepala Biro Pemerintahan
di Tempat
Bersama ini kami sampaikan salinan Perjanjian Kerja Sama Nomor 445/77/PKS/2024 untuk didokumentasikan.
"""]
    facts = T.schema_of(letter)
    assert facts["doc_type"] == "OTHER"
    assert facts["title"] == "Penyampaian Naskah Perjanjian Kerja Sama"
    assert facts["sign_date"] == "2024-06-03" and facts["sign_place"] == "Tirtawangi"
    assert facts["numbers"] == ["180/412/Bag.Kerjasama"] and facts["parent_agreement"] == "445/77/PKS/2024"


def test_ocr_detached_number_column_and_scope_with_footer_leak():
    pages = ["""PERJANJIAN KERJA SAMA
TENTANG
LAYANAN AIR BERSIH
Pasal 2
RUANG LINGKUP
Ruang lingkup Perjanjian Kerja Sama ini meliputi:
a. penyediaan air baku;
b.. pengolahan air: Perjanjian Kerja Sama Pemerintah Kota Tirtawangi - PDAM Tirta
c. distribusi air bersih.
Pasal 3
KEWAJIBAN PIHAK KEDUA
PIHAK KEDUA berkewajiban:

1.
2.
3.

menjaga kerahasiaan data;
melaksanakan kegiatan sesuai dengan rencana kerja yang
disepakati;
mematuhi ketentuan peraturan perundang-undangan.
Pasal 4
PENUTUP
"""]
    facts = T.schema_of(pages)
    assert facts["scope"] == ["penyediaan air baku", "pengolahan air", "distribusi air bersih"]
    assert [item["text"] for item in facts["obligations"]] == [
        "menjaga kerahasiaan data", "melaksanakan kegiatan sesuai dengan rencana kerja yang disepakati",
        "mematuhi ketentuan peraturan perundang-undangan"]
    assert {item["party_role"] for item in facts["obligations"]} == {"PIHAK KEDUA"}


def test_ocr_roman_months_in_numbers():
    pages = ["PERJANJIAN KERJA SAMA\nNOMOR : 395/PPN/PKS/X11/2020\nNOMOR : 119/247/KB/1/2020\nTENTANG\nAIR\n"]
    assert T.schema_of(pages)["numbers"] == ["395/PPN/PKS/XII/2020", "119/247/KB/I/2020"]


def test_ocr_blank_line_inside_a_report_heading_before_its_year():
    pages = ["""LAPORAN EVALUASI
PELAKSANAAN KESEPAKATAN BERSAMA
TENTANG PENGELOLAAN AIR LIMBAH

TAHUN 2022

BAB I PENDAHULUAN
Kesepakatan Bersama Nomor 660/31/KB/2020 ditandatangani pada tanggal 3 Maret 2020.
"""]
    facts = T.schema_of(pages)
    assert facts["doc_type"] == "OTHER"
    assert facts["title"] == "Laporan Evaluasi Pelaksanaan Kesepakatan Bersama tentang Pengelolaan Air Limbah Tahun 2022"
    two_blanks = [pages[0].replace("LIMBAH\n\nTAHUN", "LIMBAH\n\nRINGKASAN\n\nTAHUN")]  # only a closing year joins
    assert T.schema_of(two_blanks)["title"].endswith("Air Limbah")


def test_ocr_lost_slashes_in_the_cited_parent_agreement():
    pages = ["""PERJANJIAN KERJA SAMA
TENTANG
PENGEMBANGAN UMKM
Perjanjian Kerja Sama ini merupakan pelaksanaan Kesepakatan Bersama Nomor 415 KB.07-Ekon. 2019 tanggal
4 Maret 2019.
"""]
    assert T.schema_of(pages)["parent_agreement"] == "415/KB.07-Ekon/2019"
    law = [pages[0].replace("Nomor 415 KB.07-Ekon. 2019", "Nomor 23 Tahun 2014")]  # a law's number, not an agreement
    assert T.schema_of(law)["parent_agreement"] is None


def test_a_lost_subject_line_gives_no_title_rather_than_the_next_sentence():
    pages = ["""LETTER OF INTENT
ANTARA
PEMERINTAH KABUPATEN KEBUMEN
DAN
POLITEKNIK NEGERI SEMARANG
TENTANG

i atas, PARA PIHAK sepakat untuk mengadakan Letter
of Intent dengan ketentuan sebagai berikut:
PASAL 1
"""]
    assert T.schema_of(pages)["title"] is None


def test_heading_run_into_one_line_with_an_inline_number_label():
    pages = ["PERJANJIAN ANTARA PT. BANK NUSA MAKMUR, Tbk DENGAN PT. SARANA JAYA ABADI TENTANG JASA PENGELOLAAN "
             "ARSIP DOKUMEN No : PKS. 27/DIR/UMM/IV/2021 Pada hari ini Senin, tanggal 05 (lima), bulan April, tahun "
             "dua ribu dua puluh satu ( 05 - 04 -21) bertempat di Semarang, kami yang bertanda tangan dibawah ini : "
             "I. Rudi Hartono, dalam hal ini bertindak selaku Direktur, selanjutnya disebut PIHAK PERTAMA."]
    facts = T.schema_of(pages)
    assert facts["title"] == "Jasa Pengelolaan Arsip Dokumen"
    assert facts["numbers"] == ["PKS.27/DIR/UMM/IV/2021"]
    assert facts["sign_date"] == "2021-04-05"


def test_long_upper_case_subject_broken_by_blank_lines_is_read_whole():
    pages = ["""PERJANJIAN KERJA SAMA
ANTARA
PEMERINTAH KABUPATEN LEMBAH HIJAU
DENGAN
KANTOR PERTANAHAN KABUPATEN LEMBAH HIJAU
TENTANG

PENGINTEGRASIAN DATA PERTANAHAN DENGAN PAJAK BUMI DAN BANGUNAN PERDESAAN DAN


PERKOTAAN DAN BEA PEROLEHAN HAK ATAS TANAH DAN BANGUNAN, PENYELESAIAN ASET DAERAH,
PEMBUATAN PETA ZONA NILAI TANAH, DUKUNGAN BIMBINGAN TEKNIS PEJABAT PEMBUAT AKTA TANAH
BAGI CAMAT SERTA DUKUNGAN PENDAFTARAN TANAH SISTEMATIS LENGKAP DI SELURUH WILAYAH KABUPATEN
LEMBAH HIJAU TAHUN ANGGARAN 2020 SAMPAI DENGAN TAHUN ANGGARAN 2024

NOMOR :
NOMOR :

Pada hari ini Selasa tanggal tiga bulan Maret tahun dua ribu dua puluh, kami yang bertanda tangan di bawah ini:
"""]
    title = T.schema_of(pages)["title"]
    assert title.startswith("Pengintegrasian Data Pertanahan dengan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan")
    assert title.endswith("Tahun Anggaran 2020 Sampai dengan Tahun Anggaran 2024")


def test_own_number_with_a_space_after_a_slash_is_not_the_parent_agreement():
    pages = ["""PERJANJIAN KERJASAMA
ANTARA
DINAS KESEHATAN KABUPATEN SUKAMAJU
DENGAN
RUMAH SAKIT UMUM MITRA SEHAT

NOMOR : 445.12/ 031/PKS/2019
NOMOR :

TENTANG
PELAYANAN KESEHATAN RUJUKAN

Pada hari ini Kamis tanggal tiga bulan Januari tahun dua ribu sembilan belas, kami yang bertanda tangan di bawah ini:
"""]
    facts = T.schema_of(pages)
    assert facts["numbers"] == ["445.12/031/PKS/2019"]
    assert facts["parent_agreement"] is None


def test_nota_saling_pengertian_is_a_memorandum_even_when_it_cites_a_letter_of_intent():
    pages = ["""NOTA SALING PENGERTIAN
ANTARA
PEMERINTAH KOTA SUNGAI TERANG, REPUBLIK INDONESIA
DAN PEMERINTAH KOTA RIVERDALE, KANADA
MENGENAI KERJASAMA KOTA KEMBAR

Pemerintah Kota Sungai Terang dan Pemerintah Kota Riverdale, selanjutnya disebut sebagai "Para Pihak";
MERUJUK pada surat minat yang ditandatangani di Sungai Terang pada 3 Mei 2016;
Telah menyetujui sebagai berikut:
"""]
    assert T.schema_of(pages)["doc_type"] == "MOU"


def test_without_a_readable_heading_the_document_naming_itself_decides_its_kind():
    pages = ["""REPUBLIK INDONESIA
IIEIIORANDUN SALING PENGERTlAN
ANTARA
PEMERINTAH PROVINSI TANAH RAYA
DAN
DEWAN DAERAH LIMAVALE
Mempertimbangkan Letter of Intent antara Para Pihak tanggal 2 Juni 2015;
Pasal 1
TUJUAN
Tujuan Memorandum Saling Pengertian (MSP) ini adalah untuk menyediakan kerangka kerja sama.
"""]
    assert T.schema_of(pages)["doc_type"] == "MOU"


def test_acronym_in_parentheses_keeps_its_capitals_in_the_title():
    pages = ["""PERJANJIAN KERJA SAMA
ANTARA
DINAS KESEHATAN KABUPATEN SUKAMAJU
DENGAN
RUMAH SAKIT UMUM MITRA SEHAT
TENTANG
PELAYANAN KESEHATAN BAGI PESERTA JAMINAN KESEHATAN DAERAH (JAMKESDA) TAHUN 2019
NOMOR :
"""]
    assert T.schema_of(pages)["title"] == ("Pelayanan Kesehatan bagi Peserta Jaminan Kesehatan Daerah (JAMKESDA) "
                                                 "Tahun 2019")


def test_title_after_a_blank_partner_and_english_relating_to_and_a_street_is_no_place():
    pages = ["""PERJANJIAN KERJA SAMA ANTARA RUMAH SAKIT UMUM DAERAH TELUK BIRU DENGAN .................... TENTANG JEJARING RUJUKAN PELAYANAN JANTUNG
Pada hari ini, Senin tanggal empat bulan Juli tahun dua ribu dua puluh dua (04/07/2022) telah dibuat dan ditandatangani Perjanjian Kerja Sama ini, kami yang bertanda tangan di bawah ini:
1. dr. Irma Lestari, MM., selaku Direktur Klinik Sehat Sentosa yang bertempat di Jalan Anggrek No. 12 Teluk Biru, selanjutnya disebut PIHAK KEDUA.
"""]
    facts = T.schema_of(pages)
    assert facts["title"] == "Jejaring Rujukan Pelayanan Jantung"
    assert facts["sign_place"] is None
    pages = ["""MEMORANDUM OF UNDERSTANDING BETWEEN
THE GOVERNMENT OF THE CITY OF PORT ARLEN
AND
THE GOVERNMENT OF THE CITY OF KALIMAYA
RELATING TO
URBAN WATER SUPPLY TRAINING

THIS MEMORANDUM expresses the understandings of the two cities.
"""]
    facts = T.schema_of(pages)
    assert facts["title"] == "Urban Water Supply Training"
    assert [party["institution"] for party in facts["parties"]] == ["The Government of the City of Port Arlen",
                                                                     "The Government of the City of Kalimaya"]


@pytest.mark.parametrize("numbers, expected", [
    ("Nomor: CTR-2025-001", ["CTR-2025-001"]),
    ("No. 045.2-PKS-DLH-2025", ["045.2-PKS-DLH-2025"]),
    ("No : 045.2-PKS-DLH-2025", ["045.2-PKS-DLH-2025"]),
    ("NOMOR : SPK-017\nNOMOR : BLS.045", ["SPK-017", "BLS.045"]),
    ("NOMOR : PKS.12 / DLH.7 / 2025", ["PKS.12/DLH.7/2025"]),
    ("NOMOR : 660.1  /  088  /  DLH / 2025\nNOMOR : BLS-PKS-2025-014", ["660.1/088/DLH/2025", "BLS-PKS-2025-014"]),
])
def test_own_numbers_without_slashes_or_with_spaced_slashes(numbers, expected):
    facts = T.schema_of([T.NUMBERED_PKS.format(numbers=numbers, body="")])
    assert facts["numbers"] == expected
    assert facts["parent_agreement"] is None


def test_number_labelled_no_inside_a_heading_run_into_one_line_is_the_own_number():
    heading = "PERJANJIAN KERJA SAMA ANTARA DINAS LINGKUNGAN HIDUP KABUPATEN TANAH MERAH DENGAN PT BUMI LESTARI SENTOSA"
    page = T.NUMBERED_PKS.replace(T.NUMBERED_PKS.split("\nTENTANG")[0], heading + " No. 045.2-PKS-DLH-2025")
    facts = T.schema_of([page.format(body="")])
    assert (facts["numbers"], facts["parent_agreement"]) == (["045.2-PKS-DLH-2025"], None)


def test_parent_cited_without_slashes_and_a_law_number_is_neither_own_nor_parent():
    body = ("Perjanjian ini disusun sebagai tindak lanjut Kesepakatan Bersama Nomor: KB-2024-017 tanggal 2 Mei 2024 "
            "dengan memperhatikan Undang-Undang Nomor 18 Tahun 2008 tentang Pengelolaan Sampah.")
    facts = T.schema_of([T.NUMBERED_PKS.format(numbers="Nomor: CTR-2025-001", body=body)])
    assert (facts["numbers"], facts["parent_agreement"]) == (["CTR-2025-001"], "KB-2024-017")
    body = ("Berdasarkan Peraturan Daerah Kabupaten Tanah Merah Nomor 12 Tahun 2008 dan Nota Kesepahaman "
            "Nomor 045.2 / MOU / TM / 2024, PARA PIHAK sepakat.")
    facts = T.schema_of([T.NUMBERED_PKS.format(numbers="NOMOR : PKS.12 / DLH.7 / 2025", body=body)])
    assert (facts["numbers"], facts["parent_agreement"]) == (["PKS.12/DLH.7/2025"], "045.2/MOU/TM/2024")
    law = body.replace("dan Nota Kesepahaman Nomor 045.2 / MOU / TM / 2024", "tentang Kerja Sama Daerah")
    facts = T.schema_of([T.NUMBERED_PKS.format(numbers="NOMOR :", body=law)])
    assert (facts["numbers"], facts["parent_agreement"]) == (None, None)


@pytest.mark.parametrize("law", ["UU No. 23/2014", "Perda Kabupaten Tanah Merah No. 5/2019", "Permendagri Nomor 22/2020"])
def test_abbreviated_law_cited_after_the_agreement_kind_is_not_the_parent(law):
    body = f"Perjanjian ini merupakan pelaksanaan dari Kesepakatan Bersama sesuai {law} tentang Kerja Sama Daerah."
    facts = T.schema_of([T.NUMBERED_PKS.format(numbers="NOMOR : 7/PKS/DLH/2025", body=body)])
    assert (facts["numbers"], facts["parent_agreement"]) == (["7/PKS/DLH/2025"], None)


def test_spaced_acronym_in_parentheses_keeps_its_capitals_in_the_title():
    pages = ["""PERJANJIAN KERJA SAMA
ANTARA
DINAS SOSIAL KABUPATEN LEMBAH HIJAU
DENGAN
PT ( PERSERO ) POS INDONESIA CABANG LEMBAH HIJAU
TENTANG
PENYALURAN BANTUAN PANGAN NON TUNAI ( BPNT ) DAN PROGRAM KELUARGA HARAPAN ( PKH )
NOMOR :
"""]
    assert T.schema_of(pages)["title"] == ("Penyaluran Bantuan Pangan Non Tunai (BPNT) dan Program Keluarga "
                                                 "Harapan (PKH)")
