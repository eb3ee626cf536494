"""Ordinary headings the wrapped-heading rules must not misread: capitals opening the line below a long subject line
that are the opening's, a party's, a preamble's or a dateline's words, a translation below the subject, an address's
or another paper's number after a label. Every text here is invented."""
from __future__ import annotations

import pytest

from bench.eval import norm_text
from tests.extract_texts import schema_of

_OPENING = ("Pada hari ini Senin tanggal delapan bulan Januari tahun dua ribu dua puluh empat, bertempat di Wanajaya, "
            "kami yang bertanda tangan di bawah ini:\n1. Hendra Wijaya, Kepala Dinas Kesehatan Kabupaten Wanajaya, "
            "selanjutnya disebut PIHAK PERTAMA.\n2. Rina Kusuma, Direktur PT Tirta Lestari, selanjutnya disebut "
            "PIHAK KEDUA.\n")
_STACKED = ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS KESEHATAN KABUPATEN WANAJAYA\nDENGAN\nPT TIRTA LESTARI\nTENTANG\n"
            "PENYELENGGARAAN PRAKTIK KERJA LAPANGAN MAHASISWA\n")
_RUN_IN = ("PERJANJIAN KERJA SAMA ANTARA DINAS KESEHATAN WANAJAYA DENGAN PT TIRTA\nLESTARI TENTANG PELAYANAN "
           "PEMERIKSAAN KESEHATAN KARYAWAN\n")
_BELOW = [
    "KAMI YANG BERTANDA TANGAN di bawah ini:\n1. Hendra Wijaya, Kepala Dinas, selanjutnya disebut PIHAK PERTAMA.\n",
    "DINAS KESEHATAN KABUPATEN WANAJAYA, yang berkedudukan di Jalan Mawar Nomor 12, dalam hal ini diwakili oleh "
    "Hendra Wijaya, selanjutnya disebut PIHAK PERTAMA.\n",
    "PIHAK PERTAMA dan PIHAK KEDUA sepakat untuk mengadakan kerja sama sebagai berikut.\n",
    "MENIMBANG : a. bahwa Dinas Kesehatan memerlukan tenaga praktik;\n" + _OPENING,
    "DR. HENDRA WIJAYA, M.Kes., Kepala Dinas Kesehatan Kabupaten Wanajaya, selanjutnya disebut PIHAK PERTAMA.\n",
    "HENDRA WIJAYA : Kepala Dinas Kesehatan Kabupaten Wanajaya, selanjutnya disebut PIHAK PERTAMA.\n",
    "PARA PIHAK terlebih dahulu menerangkan hal-hal sebagai berikut:\n",
    "MUKADIMAH Bahwa Para Pihak sepakat bekerja sama.\n" + _OPENING,
    "BISMILLAHIRRAHMANIRRAHIM Pada hari ini Senin tanggal delapan Januari 2024.\n",
    "LATAR BELAKANG Bahwa Para Pihak sepakat bekerja sama.\n" + _OPENING,
    "SUKAMAJU, 8 JANUARI 2024 Yang bertanda tangan di bawah ini:\n",
    "HENDRA WIJAYA, S.H., M.H. Kepala Dinas Kesehatan, bertindak untuk dan atas nama Dinas.\n",
    "PT TIRTA LESTARI, suatu perseroan terbatas yang didirikan menurut hukum Indonesia.\n",
]


@pytest.mark.parametrize("heading, title", [(_STACKED, "Penyelenggaraan Praktik Kerja Lapangan Mahasiswa"),
                                            (_RUN_IN, "Pelayanan Pemeriksaan Kesehatan Karyawan")])
@pytest.mark.parametrize("below", _BELOW)
def test_capitals_opening_the_line_below_a_long_subject_line_are_not_its_words(heading, title, below):
    assert norm_text(schema_of([heading + below])["title"]) == norm_text(title)


@pytest.mark.parametrize("heading, title", [
    # the opening's first words in capitals below a heading without parties
    ("PERJANJIAN KERJA SAMA PENGADAAN OBAT DAN BAHAN MEDIS HABIS PAKAI\nKAMI YANG BERTANDA TANGAN di bawah ini:\n"
     "1. Hendra Wijaya, Kepala Dinas, selanjutnya disebut PIHAK PERTAMA.\n", None),
    # a subject in capitals after a title-case label, a party named in capitals below it
    ("Perjanjian Kerja Sama antara Universitas Tirta dengan RSUD Wanajaya Tentang PENDIDIKAN KLINIK DOKTER MUDA\n"
     "PIHAK PERTAMA dan PIHAK KEDUA sepakat sebagai berikut.\n" + _OPENING, "Pendidikan Klinik Dokter Muda"),
    ("Perjanjian Kerja Sama antara Universitas Tirta dengan RSUD Wanajaya Tentang PENDIDIKAN KLINIK DOKTER MUDA\n"
     "UNIVERSITAS TIRTA, berkedudukan di Jalan Kenanga 5, selanjutnya disebut PIHAK PERTAMA.\n" + _OPENING,
     "Pendidikan Klinik Dokter Muda"),
    # the subject's translation below it, the parties' names or the translation's second line after it
    ("NOTA KESEPAHAMAN\nANTARA\nUNIVERSITAS TIRTA LESTARI\nDAN\nWANAJAYA UNIVERSITY\nTENTANG\nKERJA SAMA PENDIDIKAN "
     "DAN PENELITIAN\nCOOPERATION IN EDUCATION AND RESEARCH\nUNIVERSITAS TIRTA LESTARI DAN WANAJAYA UNIVERSITY\n\n"
     + _OPENING, "Kerja Sama Pendidikan dan Penelitian"),
    ("NOTA KESEPAHAMAN\nANTARA\nUNIVERSITAS TIRTA LESTARI\nDAN\nWANAJAYA UNIVERSITY\nTENTANG\nPENGEMBANGAN KAPASITAS\n"
     "CAPACITY BUILDING\nDI BIDANG KESEHATAN MASYARAKAT\nIN THE FIELD OF PUBLIC HEALTH\n\n" + _OPENING,
     "Pengembangan Kapasitas"),
    # an English opening's first words in capitals
    ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nWANAJAYA UNIVERSITY\nAND\nTIRTA INSTITUTE\nON\nACADEMIC COOPERATION AND "
     "STUDENT EXCHANGE PROGRAMMES\nTHE PARTIES Have agreed as follows.\n", "Academic Cooperation and Student Exchange Programmes"),
])
def test_lines_below_a_subject_that_are_not_its_words(heading, title):
    found = schema_of([heading])["title"]
    assert (found and norm_text(found)) == (title and norm_text(title))


@pytest.mark.parametrize("heading", [
    # a street's number after a party's name, on one line or wrapped after its label
    "PERJANJIAN KERJA SAMA ANTARA PT TIRTA LESTARI YANG BERALAMAT DI JL. MAWAR NO. 12/A RT 03/RW 05 WANAJAYA DENGAN "
    "DINAS KESEHATAN TENTANG PENGADAAN OBAT\n",
    "PERJANJIAN KERJA SAMA ANTARA PT TIRTA LESTARI YANG BERALAMAT DI JL. MAWAR NO.\n12/A RT 03/RW 05 WANAJAYA DENGAN "
    "DINAS KESEHATAN TENTANG PENGADAAN OBAT\n",
    "PERJANJIAN KERJA SAMA\nANTARA\nPT TIRTA LESTARI\nJL. MAWAR NO :\n12/A WANAJAYA\nDENGAN\nDINAS KESEHATAN\n"
    "TENTANG\nPENGADAAN OBAT\n",
    "PERJANJIAN KERJA SAMA\nANTARA\nPT TIRTA LESTARI\nKANTOR: JL. MAWAR NO: 12/A\nDENGAN\nDINAS KESEHATAN\nTENTANG\n"
    "PENGADAAN OBAT\n",
    # a letter's reference in the letterhead above the heading
    "PEMERINTAH KABUPATEN WANAJAYA\nDINAS KESEHATAN\nJL. KENANGA NO. 5 WANAJAYA TELP. (0274) 123456\nSURAT PENGANTAR "
    "Nomor : 005/12/DINKES/2024\nPERJANJIAN KERJA SAMA\nANTARA\nDINAS KESEHATAN\nDENGAN\nPT TIRTA LESTARI\nTENTANG\n"
    "PENGADAAN OBAT\n",
    # an account's number carried to the line after the subject
    "PERJANJIAN KERJA SAMA ANTARA DINAS KESEHATAN DENGAN PT TIRTA LESTARI TENTANG PENGADAAN\nOBAT REKENING BANK "
    "WANAJAYA Nomor : 123/456/789\n",
])
def test_a_number_that_is_not_the_agreements(heading):
    assert schema_of([heading + _OPENING])["numbers"] is None


def test_the_amended_agreements_number_stays_the_parent():
    facts = schema_of(["ADENDUM PERTAMA\nPERUBAHAN ATAS PERJANJIAN KERJA SAMA Nomor : 12/PKS/2020\nANTARA\nDINAS "
                       "KESEHATAN\nDENGAN\nPT TIRTA LESTARI\nTENTANG\nPENGADAAN OBAT\nNomor : 7/ADD/2024\n" + _OPENING])
    assert facts["numbers"] == ["7/ADD/2024"]
    assert facts["parent_agreement"] == "12/PKS/2020"


def test_a_table_of_numbers_whose_row_ends_in_a_colon_before_the_opening():
    facts = schema_of(["PERJANJIAN KERJASAMA ANTARA DINAS KESEHATAN DAN RUMAH SAKIT TIRTA TENTANG PELAYANAN\nNOMOR "
                       "NOMOR\n: 12/PKS/2024 : 45/RS/2024 Yang bertanda tangan di bawah ini :\n1. Hendra Wijaya NIP "
                       "19700101/199003/1/001 Kepala Dinas\n" + _OPENING])
    assert sorted(facts["numbers"]) == ["12/PKS/2024", "45/RS/2024"]
