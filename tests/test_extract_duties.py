"""Extraction of the scope (Ruang Lingkup) items and of each party's rights and duties (Hak dan Kewajiban)."""
from __future__ import annotations

import pytest

from ingest.extract.parties import parse_block
from tests import extract_texts as T


def test_ocr_list_markers_misread_or_left_in_a_column():
    pages = ["""KESEPAKATAN BERSAMA
TENTANG
PENGELOLAAN SAMPAH
Pasal 2
RUANG LINGKUP
Ruang lingkup Kesepakatan Bersama ini meliputi:

a.

b
Cc.
d

pengurangan sampah,
penanganan sampah,
pengolahan sampah terpadu,
pemrosesan akhir sampah.

Pasal 3
KEWAJIBAN
PIHAK KEDUA berkewajiban:
|. menyediakan lahan tempat pengolahan sampah: dan

2... menyampaikan laporan kegiatan kepada PIHAK PERTAMA secara berkala.

Pasal 4
JANGKA WAKTU
"""]
    facts = T.schema_of(pages)
    assert facts["scope"] == ["pengurangan sampah", "penanganan sampah", "pengolahan sampah terpadu",
                              "pemrosesan akhir sampah"]
    assert [item["text"] for item in facts["obligations"]] == [
        "menyediakan lahan tempat pengolahan sampah",
        "menyampaikan laporan kegiatan kepada PIHAK PERTAMA secara berkala"]


def test_ocr_scope_items_with_garbled_markers_across_a_page_break():
    pages = ["""NOTA KESEPAHAMAN
TENTANG
KERJA SAMA KOTA KEMBAR
PASAL 2
RUANG LINGKUP
Ruang lingkup Nota Kesepahaman ini meliputi:
a. pariwisata:
Pp: pertukaran pelajar,

Parat pass Pee 1
""", """€. ' kebudayaan dan kesenian:
d. ” pengembangan usaha kecil:
€. kesehatan masyarakat.

PASAL 3
JANGKA WAKTU
"""]
    assert T.schema_of(pages)["scope"] == ["pariwisata", "pertukaran pelajar", "kebudayaan dan kesenian",
                                                 "pengembangan usaha kecil", "kesehatan masyarakat"]


def test_ocr_scope_numbers_read_as_commas_run_into_one_line_and_stray_letters_dropped():
    pages = ["""NOTA KESEPAHAMAN
TENTANG
KERJA SAMA DAERAH
Pasal 2
RUANG LINGKUP
Ruang lingkup Nota Kesepahaman ini meliputi:
1. penataan ruang; 2, penyediaan air bersih;
b Cc
3. pelatihan aparatur desa: & pengelolaan pasar rakyat; dan
4, pengawasan bangunan gedung.

Pasal 3
JANGKA WAKTU
"""]
    assert T.schema_of(pages)["scope"] == ["penataan ruang", "penyediaan air bersih", "pelatihan aparatur desa",
                                           "pengelolaan pasar rakyat", "pengawasan bangunan gedung"]


def test_scope_of_fields_each_itemised_lists_the_fields():
    pages = ["""MEMORANDUM SALING PENGERTIAN
ANTARA
PEMERINTAH KABUPATEN SUNGAI TERANG
DAN
KOTA RIVERDALE
TENTANG
KERJA SAMA KOTA KEMBAR

PASAL 2
RUANG LINGKUP KERJA SAMA
Para Pihak sepakat untuk mengembangkan kerja sama pada bidang-bidang berikut:
1. Kerja sama kebudayaan, yang dapat meliputi, namun tidak terbatas pada:
a. pelestarian situs budaya;
b. pertukaran seniman;
2. Kerja sama pariwisata, yang dapat meliputi:
a. promosi wisata bersama;
b. pelatihan pemandu wisata.

PASAL 3
PELAKSANAAN
"""]
    assert T.schema_of(pages)["scope"] == ["Kerja sama kebudayaan", "Kerja sama pariwisata"]


def test_scope_lettered_inside_one_sentence_and_a_single_field_after_adalah():
    pages = ["""MEMORANDUM SALING PENGERTIAN
ANTARA
KEMENTERIAN PERHUBUNGAN REPUBLIK INDONESIA
DAN
KEMENTERIAN TRANSPORTASI REPUBLIK PALAU
MENGENAI
KERJA SAMA TRANSPORTASI LAUT

Pasal 1 Tujuan
Memorandum Saling Pengertian ini bertujuan untuk meningkatkan kerja sama transportasi laut.
Pasal 2 Lingkup Kerjasama
Ruang lingkup kerjasama di bawah Memorandum Saling Pengertian ini
mencakup, namun tidak terbatas pada: a. Keselamatan Pelayaran; b. Pengelolaan Pelabuhan; c. Pendidikan Pelaut; dan d. Pertukaran Data.
Pasal 3 Pelaksanaan
Para Pihak membentuk kelompok kerja.
"""]
    assert T.schema_of(pages)["scope"] == ["Keselamatan Pelayaran", "Pengelolaan Pelabuhan", "Pendidikan Pelaut",
                                                 "Pertukaran Data"]
    pages = ["""KESEPAKATAN BERSAMA
ANTARA
PEMERINTAH DESA WATU ALANG
DENGAN
YAYASAN LITERASI NUSANTARA
TENTANG
TAMAN BACA DESA

PASAL 3
RUANG LINGKUP
Ruang lingkup Kesepakatan Bersama ini adalah pengelolaan taman baca dan perpustakaan desa.

PASAL 4
JANGKA WAKTU
"""]
    assert T.schema_of(pages)["scope"] == ["pengelolaan taman baca dan perpustakaan desa"]


def test_rights_and_duties_each_item_saying_which():
    pages = ["""PERJANJIAN KERJA SAMA
ANTARA
CV MEKAR JAYA
DENGAN
KOPERASI TANI MAKMUR
TENTANG
PENGADAAN BIBIT

PASAL 4
HAK DAN KEWAJIBAN
Hak dan Kewajiban PIHAK PERTAMA:
1. Berhak menerima pembayaran sesuai kesepakatan
2. Wajib mengirim bibit sesuai jadwal
3. Wajib mengganti bibit yang rusak
Hak dan Kewajiban PIHAK KEDUA:
1. Berhak menerima bibit bermutu
2. Wajib membayar tagihan tepat waktu

PASAL 5
JANGKA WAKTU
"""]
    assert T.schema_of(pages)["obligations"] == [
        {"party_role": "PIHAK PERTAMA", "text": "mengirim bibit sesuai jadwal"},
        {"party_role": "PIHAK PERTAMA", "text": "mengganti bibit yang rusak"},
        {"party_role": "PIHAK KEDUA", "text": "membayar tagihan tepat waktu"}]
    block = ("Hendra Wijaya selaku Direktur Utama, dalam hal ini bertindak dalam jabatannya, oleh karenanya sah "
             "mewakili untuk bertindak untuk dan atas nama PT Sumber Air Lestari")
    assert parse_block(block)[0] == "PT Sumber Air Lestari"


_SCOPE_KB = """KESEPAKATAN BERSAMA
ANTARA
PEMERINTAH KOTA BATU KARANG
DENGAN
PEMERINTAH KABUPATEN LEMBAH HIJAU
TENTANG
KERJA SAMA PEMBANGUNAN DAERAH

Pasal 2
RUANG LINGKUP
{scope}

Pasal 3
JANGKA WAKTU
Kesepakatan Bersama ini berlaku untuk jangka waktu 5 (lima) tahun.
"""


@pytest.mark.parametrize("scope, expected", [
    ("Ruang lingkup kerja sama meliputi: 1. Ekonomi 2. Perdagangan 3. Pariwisata 4. Pendidikan.",
     ["Ekonomi", "Perdagangan", "Pariwisata", "Pendidikan"]),
    ("Ruang lingkup kerja sama meliputi: 1) pertanian; 2) perikanan; dan 3) kehutanan. Rincian diatur kemudian.",
     ["pertanian", "perikanan", "kehutanan"]),
    ("Ruang lingkup kerja sama meliputi: a. peningkatan 2 (dua) kali lipat produksi garam; b. pelatihan tahap 3. "
     "lanjutan; c. pemasaran hasil.",
     ["peningkatan 2 (dua) kali lipat produksi garam", "pelatihan tahap 3. lanjutan", "pemasaran hasil"]),
    ("Ruang lingkup kerja sama meliputi:\n1. Ekonomi 2. Perdagangan 3. Pariwisata",
     ["Ekonomi", "Perdagangan", "Pariwisata"]),
    ("Ruang lingkup kerja sama meliputi:\na. Kesehatan; b. Kebersihan; c. Ketertiban.",
     ["Kesehatan", "Kebersihan", "Ketertiban"]),
])
def test_scope_numbered_or_lettered_inline_on_one_line(scope, expected):
    assert T.schema_of([_SCOPE_KB.format(scope=scope)])["scope"] == expected


_DUTIES_PKS = """PERJANJIAN KERJA SAMA
TENTANG
PENGELOLAAN TAMAN KOTA
Pasal 4
{heading}
{body}
Pasal 5
PENUTUP
Perjanjian ini dibuat dalam rangkap dua.
"""


def _duties(body: str, heading: str = "HAK DAN KEWAJIBAN") -> list[tuple[str, str]]:
    found = T.schema_of([_DUTIES_PKS.format(heading=heading, body=body)])["obligations"] or []
    return [(item["party_role"], item["text"]) for item in found]


def test_duties_listed_inline_on_the_lead_line():
    body = ("PIHAK KEDUA berkewajiban : a. merawat tanaman peneduh; b. menyiram rumput setiap pagi dan sore; "
            "c. melaporkan kerusakan bangku taman; dan d. menjaga kebersihan kolam.")
    assert _duties(body) == [("PIHAK KEDUA", "merawat tanaman peneduh"),
                             ("PIHAK KEDUA", "menyiram rumput setiap pagi dan sore"),
                             ("PIHAK KEDUA", "melaporkan kerusakan bangku taman"),
                             ("PIHAK KEDUA", "menjaga kebersihan kolam")]


def test_duties_after_a_lead_in_clause_with_multi_level_numbers_on_one_line():
    body = ("3.1. Selain kewajiban lain dalam Perjanjian ini, PIHAK PERTAMA berkewajiban: 3.1.1. menyediakan lahan "
            "taman. 3.1.2. Menanggung biaya listrik lampu taman. 3.1.3. Menunjuk petugas penghubung.")
    assert _duties(body, "KEWAJIBAN PARA PIHAK") == [("PIHAK PERTAMA", "menyediakan lahan taman"),
                                                     ("PIHAK PERTAMA", "Menanggung biaya listrik lampu taman"),
                                                     ("PIHAK PERTAMA", "Menunjuk petugas penghubung")]


def test_one_sentence_per_party_duty_and_a_right_is_not_a_duty():
    body = ("(1) PIHAK PERTAMA berhak menerima laporan bulanan pengelolaan taman.\n"
            "(2) PIHAK KEDUA wajib menyerahkan laporan bulanan pengelolaan taman.\n"
            "8.1 The SECOND PARTY shall keep the fountain in working order.")
    assert _duties(body) == [("PIHAK KEDUA", "menyerahkan laporan bulanan pengelolaan taman"),
                             ("SECOND PARTY", "keep the fountain in working order")]


def test_the_same_duty_listed_twice_counts_once():
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nPT TIRTA MANDIRI\n"
            "NOMOR: 31/PKS/IV/2024\nPasal 3\nKEWAJIBAN PIHAK KEDUA / OBLIGATIONS OF THE SECOND PARTY\n"
            "PIHAK KEDUA berkewajiban:\n1. menyediakan air bersih bagi rumah tangga;\n"
            "2. melaporkan pelaksanaan kegiatan secara berkala.\n"
            "a. menyediakan air bersih bagi rumah tangga;\nb. melaporkan pelaksanaan kegiatan secara berkala.\n"
            "Pasal 4\nPENUTUP\nDemikian perjanjian ini dibuat.")
    duties = T.schema_of([text])["obligations"]
    assert [(d["party_role"], d["text"]) for d in duties] == [
        ("PIHAK KEDUA", "menyediakan air bersih bagi rumah tangga"),
        ("PIHAK KEDUA", "melaporkan pelaksanaan kegiatan secara berkala")]
