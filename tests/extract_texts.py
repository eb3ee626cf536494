"""Agreement page texts written for the extraction tests, in the style of published regional agreements."""
from __future__ import annotations

KB_BOGOR = [
    """PEMERINTAH KOTA BOGOR

KESEPAKATAN BERSAMA
ANTARA
PEMERINTAH KOTA BOGOR
DENGAN
UNIVERSITAS PAKUAN

NOMOR : 119/KB.12-Ker/2023
NOMOR : 045/PKS/UNPAK/VIII/2023

TENTANG
PENYELENGGARAAN TRIDHARMA PERGURUAN TINGGI

Pada hari ini Kamis tanggal dua puluh empat bulan Agustus tahun dua ribu dua puluh tiga
(24-08-2023), bertempat di Balai Kota Bogor, kami yang bertanda tangan di bawah ini:

1. Dr. H. BIMA ARYA, S.Sos., M.A. : Wali Kota Bogor, dalam hal ini bertindak untuk dan atas
   nama Pemerintah Kota Bogor, berkedudukan di Jalan Ir. H. Juanda Nomor 10 Bogor,
   selanjutnya disebut PIHAK PERTAMA;
2. Prof. Dr. Ir. DIDIK NOTOSUDJONO, M.Sc. : Rektor Universitas Pakuan, berdasarkan
   Keputusan Ketua Pengurus Yayasan Pakuan Siliwangi Nomor 12/YPS/2020 tanggal 3 Maret 2020,
   dalam hal ini bertindak untuk dan atas nama Universitas Pakuan, berkedudukan di Jalan
   Pakuan Bogor, selanjutnya disebut PIHAK KEDUA.

PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK, dengan
memperhatikan Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah dan
Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah, sepakat
mengadakan Kesepakatan Bersama dengan ketentuan sebagai berikut:
Halaman 1 dari 3
""",
    """Pasal 1
MAKSUD DAN TUJUAN

Maksud Kesepakatan Bersama ini adalah sebagai landasan bagi PARA PIHAK dalam melaksanakan
kerja sama penyelenggaraan tridharma perguruan tinggi.

Pasal 2
RUANG LINGKUP

Ruang lingkup Kesepakatan Bersama ini meliputi:
a. pendidikan dan pelatihan;
b. penelitian dan pengembangan;
c. pengabdian kepada masyarakat; dan
d. pertukaran data dan informasi.

Pasal 3
HAK DAN KEWAJIBAN

(1) PIHAK PERTAMA berkewajiban:
    a. menyediakan data dan informasi yang diperlukan dalam pelaksanaan
       Kesepakatan Bersama ini;
    b. memfasilitasi lokasi kegiatan penelitian dan pengabdian kepada masya-
       rakat; dan
    c. menugaskan perangkat daerah terkait.
(2) PIHAK KEDUA berkewajiban:
    a. menyediakan tenaga ahli sesuai bidang keilmuan;
    b. menyampaikan laporan hasil kegiatan kepada PIHAK PERTAMA; dan
    c. menjaga kerahasiaan data yang diterima dari PIHAK PERTAMA.
Halaman 2 dari 3
""",
    """Pasal 4
JANGKA WAKTU

(1) Kesepakatan Bersama ini berlaku untuk jangka waktu 5 (lima) tahun terhitung sejak
    tanggal ditandatangani dan dapat diperpanjang atas kesepakatan PARA PIHAK.
(2) Apabila salah satu pihak bermaksud mengakhiri Kesepakatan Bersama ini, wajib
    memberitahukan secara tertulis paling lambat 3 (tiga) bulan sebelumnya.

Pasal 5
PENUTUP

Kesepakatan Bersama ini dibuat dalam rangkap 2 (dua) asli bermeterai cukup.

PIHAK KEDUA,                                PIHAK PERTAMA,
REKTOR UNIVERSITAS PAKUAN,                  WALI KOTA BOGOR,

PROF. DR. IR. DIDIK NOTOSUDJONO, M.Sc.      BIMA ARYA
Halaman 3 dari 3
""",
]
