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
