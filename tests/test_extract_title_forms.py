"""The agreement's title in the positions headings print it: a regulation quoted inside the subject ("… NOMOR 5
TAHUN 2019 TENTANG RETRIBUSI"), a period's years wrapped onto their own line, a label after the heading's parties
("DALAM RANGKA", "PERIHAL", "DALAM HAL", "IN THE FIELD OF"), a one-word subject before ANTARA, a date line below a
subject in title case; and no title where the heading names none. Every text here is invented."""
from __future__ import annotations

import pytest

from bench.eval import norm_text
from tests.extract_texts import schema_of

_PARTIES = "ANTARA\nDINAS KESEHATAN KABUPATEN WANAJAYA\nDENGAN\nKLINIK PRATAMA SEHAT SENTOSA\n"
_OPENING = ("\nPada hari ini Senin tanggal 8 Januari 2024, bertempat di Wanajaya, kami yang bertanda tangan di bawah "
            "ini:\n1. Hendra Wijaya : Kepala Dinas Kesehatan Kabupaten Wanajaya, selanjutnya disebut PIHAK PERTAMA.\n")


@pytest.mark.parametrize("heading, title", [
    # a regulation quoted inside the subject: its number and its TENTANG belong to the subject
    ("PERJANJIAN KERJA SAMA\n" + _PARTIES + "TENTANG\nPELAKSANAAN PERATURAN DAERAH NOMOR 5 TAHUN 2019\n"
     "TENTANG RETRIBUSI JASA USAHA\nNOMOR : 12/PKS/DINKES/2024\n",
     "Pelaksanaan Peraturan Daerah Nomor 5 Tahun 2019 tentang Retribusi Jasa Usaha"),
    ("PERJANJIAN KERJA SAMA\n" + _PARTIES + "TENTANG PENERAPAN PERATURAN BUPATI\nNOMOR 7 TAHUN 2022 TENTANG TARIF\n"
     "NOMOR : 12/PKS/DINKES/2024\n", "Penerapan Peraturan Bupati Nomor 7 Tahun 2022 tentang Tarif"),
    ("PERJANJIAN KERJA SAMA PENERAPAN PERATURAN DAERAH NOMOR 3 TAHUN 2020 TENTANG PAJAK\n" + _PARTIES,
     "Penerapan Peraturan Daerah Nomor 3 Tahun 2020 tentang Pajak"),
    # a period's years alone on the line below the word that names them
    ("PERJANJIAN KERJA SAMA\n" + _PARTIES + "TENTANG\nPENYEDIAAN OBAT DAN BAHAN MEDIS PERIODE\n2023-2025\n"
     "NOMOR : 12/PKS/DINKES/2024\n", "Penyediaan Obat dan Bahan Medis Periode 2023-2025"),
    ("PERJANJIAN KERJA SAMA\n" + _PARTIES + "TENTANG\nPELAYANAN GIZI TAHUN ANGGARAN\n2024\n",
     "Pelayanan Gizi Tahun Anggaran 2024"),
    # a label after the heading's parties
    ("PERJANJIAN KERJA SAMA\n" + _PARTIES + "DALAM RANGKA PENYELENGGARAAN PRAKTIK\nKERJA LAPANGAN MAHASISWA\n"
     "NOMOR : 12/PKS/DINKES/2024\n", "Penyelenggaraan Praktik Kerja Lapangan Mahasiswa"),
    ("KESEPAKATAN BERSAMA\n" + _PARTIES + "PERIHAL PENGELOLAAN LIMBAH MEDIS\n", "Pengelolaan Limbah Medis"),
    ("PERJANJIAN KERJA SAMA\n" + _PARTIES + "DALAM HAL PEMBAYARAN IURAN PESERTA (BPJS) KESEHATAN\n",
     "Pembayaran Iuran Peserta (BPJS) Kesehatan"),
    ("Perjanjian Kerja Sama\nAntara\nDinas Kesehatan Kabupaten Wanajaya\nDengan\nKlinik Pratama Sehat Sentosa\n"
     "Dalam Rangka Pemanfaatan Data Kependudukan\n", "Pemanfaatan Data Kependudukan"),
    ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nUNIVERSITY OF WANAJAYA\nAND\nTIRTA INSTITUTE OF TECHNOLOGY\n"
     "IN THE FIELD OF\nSTUDENT AND\nSTAFF EXCHANGE\nNOMOR : 12/PKS/DINKES/2024\n", "Student and Staff Exchange"),
    # one word after the kind, before ANTARA
    ("PERJANJIAN KERJA SAMA RUJUKAN\n" + _PARTIES + "NOMOR : 12/PKS/DINKES/2024\n", "Rujukan"),
    ("KESEPAKATAN BERSAMA PELAYANAN\n" + _PARTIES, "Pelayanan"),
    # a subject letter-spaced, closed up
    ("PERJANJIAN KERJA SAMA\n" + _PARTIES + "TENTANG\nP E L A Y A N A N  R U J U K A N\n", "Pelayanan Rujukan"),
    # blank number lines ("NO………") below the subject
    ("PERJANJIAN KERJA SAMA\n" + _PARTIES + "TENTANG\nPELAYANAN KESEHATAN SEKOLAH (UKS)\nBAGI MURID SEKOLAH DASAR\n"
     "NO……………………\nNO……………………\n", "Pelayanan Kesehatan Sekolah (UKS) bagi Murid Sekolah Dasar"),
    # a heading run into one line, the numbers after a colon whose label was lost
    ("PERJANJIAN KERJA SAMA ANTARA DINAS KESEHATAN KABUPATEN WANAJAYA KLINIK PRATAMA SEHAT SENTOSA TENTANG "
     "PELAYANAN GAWAT DARURAT DI WILAYAH PERBATASAN : 440/12/DINKES/2024 17/KPS/2024\n",
     "Pelayanan Gawat Darurat di Wilayah Perbatasan"),
    # a cover's place and year run into the subject's line
    ("NOTA KESEPAKATAN ANTARA PEMERINTAH KABUPATEN WANAJAYA DENGAN DPRD KABUPATEN WANAJAYA TENTANG KEBIJAKAN UMUM "
     "ANGGARAN TAHUN ANGGARAN 2013 WANAJAYA, TAHUN 2012\n", "Kebijakan Umum Anggaran Tahun Anggaran 2013"),
    # a date line below a subject in title case
    ("Perjanjian Kerja Sama\nantara\nDinas Kesehatan Kabupaten Wanajaya\ndengan\nKlinik Pratama Sehat Sentosa\n"
     "Tentang\nPelayanan Kesehatan Rujukan\nTanggal : 8 Januari 2024\n", "Pelayanan Kesehatan Rujukan"),
])
def test_the_title_in_its_printed_position(heading, title):
    facts = schema_of([heading + _OPENING])
    assert norm_text(facts["title"]) == norm_text(title)


@pytest.mark.parametrize("heading", [
    "PERJANJIAN KERJA SAMA LANJUTAN\n" + _PARTIES,  # a word that qualifies the paper is no subject
    "PERJANJIAN KERJA SAMA\n" + _PARTIES + "NOMOR : 12/PKS/DINKES/2024\n\nPasal 1\nRUANG LINGKUP\n",
    # a regulation's own heading: its number on its own line, apart from any regulation's word
    "PERJANJIAN KERJA SAMA\n" + _PARTIES + "NOMOR 4 TAHUN 2024\n",
])
def test_no_title_where_the_heading_names_none(heading):
    assert schema_of([heading + _OPENING])["title"] is None


def test_a_regulation_heading_keeps_its_own_number_apart():
    text = ("PERATURAN BERSAMA KEPALA DESA SUKAJADI DAN\nKEPALA DESA MEKARWANGI\n\nNOMOR 2 TAHUN 2021\n\nTENTANG\n\n"
            "KERJA SAMA ANTAR DESA\n\nDENGAN RAHMAT TUHAN YANG MAHA ESA\n\nMenimbang : a. bahwa kerja sama perlu;\n")
    assert norm_text(schema_of([text])["title"]) == norm_text("Kerja Sama Antar Desa")
