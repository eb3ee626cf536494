"""Never guess (issue 18, point 4): a name masked before publishing, a form's blank name or label, or a subject only
the heading gives are never read as something else. Every text here is written for these tests."""
from __future__ import annotations

import pytest

from tests.extract_texts import schema_of
from ingest.extract.text import is_placeholder, unmasked

_HEAD = """PERJANJIAN KERJA SAMA
ANTARA
RUMAH SAKIT UMUM DAERAH SUKAMAJU
DENGAN
PALANG MERAH INDONESIA KABUPATEN SUKAMAJU
NOMOR : 445/71/RSUD/2022
TENTANG
PELAYANAN DARAH

Pada hari ini Kamis tanggal tiga bulan Maret tahun dua ribu dua puluh dua, bertempat di Sukamaju, yang bertanda
tangan di bawah ini:
"""


@pytest.mark.parametrize("value, masked", [
    ("Xxx. Xxxxxxxxx", True), ("Made Mangku Xxxxxxx", True), ("RS XXXXX", True), ("xx. Xxxxxxx, Sp.S", True),
    ("Xaverius Ximenes", False), ("Direktur RSUD Kelas XX", False), ("Hendra Gunawan", False),
])
def test_a_masked_name_is_a_placeholder(value, masked):
    assert is_placeholder(value) is masked


def test_a_masked_name_inside_a_body_name_is_cut_and_an_office_keeps_its_mask():
    assert unmasked("Rumah Sakit Pusat Otak Prof. Dr. dr. Bima Xxxxxxx Xxxxx") == "Rumah Sakit Pusat Otak"
    assert unmasked("Direktur XXX") == "Direktur XXX"  # too little would be left
    assert not is_placeholder("Direktur Utama XXX", masks=False)


def test_masked_signatories_are_null_and_the_offices_stay():
    body = """1. Xxxxxxx, X.Xxx., X.Xx
   Direktur Rumah Sakit Umum Daerah Sukamaju, dalam hal ini bertindak untuk dan atas nama Rumah Sakit Umum Daerah
   Sukamaju, selanjutnya disebut PIHAK PERTAMA;
2. xx. Xxxxxx Xxxxxxx, Sp.PK
   Ketua Palang Merah Indonesia Kabupaten Sukamaju, dalam hal ini bertindak untuk dan atas nama Palang Merah
   Indonesia Kabupaten Sukamaju, selanjutnya disebut PIHAK KEDUA.
"""
    facts = schema_of([_HEAD + body])
    assert [party["signatory"] for party in facts["parties"]] == [None, None]
    assert [party["position"] for party in facts["parties"]] == [
        "Direktur Rumah Sakit Umum Daerah Sukamaju", "Ketua Palang Merah Indonesia Kabupaten Sukamaju"]
    assert [party["institution"] for party in facts["parties"]] == [
        "Rumah Sakit Umum Daerah Sukamaju", "Palang Merah Indonesia Kabupaten Sukamaju"]


def test_a_form_with_blank_name_and_office_labels_gives_no_signatory():
    body = """1. Nama    :
   Jabatan : Direktur Rumah Sakit Umum Daerah Sukamaju
   Alamat  : Jalan Veteran Nomor 2, Sukamaju
   Selanjutnya disebut sebagai PIHAK PERTAMA
2. Nama    :
   Jabatan :
   Alamat  :
   Selanjutnya disebut sebagai PIHAK KEDUA
"""
    parties = schema_of([_HEAD + body])["parties"]
    assert [(party["signatory"], party["position"]) for party in parties] == [
        (None, "Direktur Rumah Sakit Umum Daerah Sukamaju"), (None, None)]


def test_a_blank_name_before_selaku_is_no_name():
    body = """1. ……………………… selaku Direktur Rumah Sakit Umum Daerah Sukamaju, dalam hal ini bertindak untuk dan atas nama
   Rumah Sakit Umum Daerah Sukamaju, selanjutnya disebut PIHAK PERTAMA;
2. ……………………… selaku Ketua Palang Merah Indonesia Kabupaten Sukamaju, dalam hal ini bertindak untuk dan atas
   nama Palang Merah Indonesia Kabupaten Sukamaju, selanjutnya disebut PIHAK KEDUA.
"""
    parties = schema_of([_HEAD + body])["parties"]
    assert [(party["signatory"], party["position"]) for party in parties] == [
        (None, "Direktur Rumah Sakit Umum Daerah Sukamaju"), (None, "Ketua Palang Merah Indonesia Kabupaten Sukamaju")]


@pytest.mark.parametrize("heading, title", [
    ("PERJANJIAN KERJA SAMA\nPENERIMAAN MAHASISWA JALUR BEASISWA DAERAH (BEDA)\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\n"
     "DENGAN\nUNIVERSITAS TIRTAWANGI", "Penerimaan Mahasiswa Jalur Beasiswa Daerah (BEDA)"),
    ("PERJANJIAN JASA PELAYANAN KAS DAERAH MELALUI LOKET BANK ANTARA PEMERINTAH KABUPATEN SUKAMAJU DENGAN "
     "PT BANK DAERAH SUKAMAJU", "Jasa Pelayanan Kas Daerah melalui Loket Bank"),
    ("NOTA SALING PENGERTIAN ANTARA PEMERINTAH KOTA SUKAMAJU, REPUBLIK INDONESIA DAN PEMERINTAH KOTA NORDHAVEN, "
     "NORWEGIA MENGENAI KERJASAMA KOTA KEMBAR Pemerintah Kota Sukamaju dan Pemerintah Kota Nordhaven, selanjutnya "
     "disebut Para Pihak;", "Kerjasama Kota Kembar"),
    ("MEMORANDUM OF AGREEMENT\nBETWEEN\nUNIVERSITAS TIRTAWANGI\nAND\nNORDHAVEN UNIVERSITY\nON\nSYMPOSIUM / SEMINAR",
     "Symposium / Seminar"),
])
def test_a_title_without_a_tentang_line(heading, title):
    facts = schema_of([heading + "\n\nPara pihak sepakat mengadakan kerja sama dengan ketentuan berikut.\n"])
    assert facts["title"] == title


def test_a_heading_without_a_subject_gives_no_title():
    facts = schema_of(["PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\n"
                               "UNIVERSITAS TIRTAWANGI\n\nPara pihak sepakat mengadakan kerja sama.\n"])
    assert facts["title"] is None
