"""Agreement page texts written for the extraction tests, in the style of published regional agreements."""
from __future__ import annotations

from ingest.extract.extractor import extract_agreement


def schema_of(pages: list[str]) -> dict:
    """The extraction of these page texts as the JSON schema (what `arsip extract --json` prints)."""
    return extract_agreement(pages).to_dict()


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

PKS_DINKES = [
    """PERJANJIAN KERJA SAMA
ANTARA
PT SEHAT SENTOSA MEDIKA
DENGAN
DINAS KESEHATAN KOTA BOGOR
TENTANG
PELAYANAN PEMERIKSAAN LABORATORIUM KESEHATAN MASYARAKAT

Nomor : 17/SSM-DIR/IX/2023
Nomor : ......./PKS/IX/2023

Pada hari ini Senin, tanggal 04-09-2023, kami yang bertanda tangan di bawah ini:

I.   Nama       : Ir. HENDRA WIJAYA, M.M.
     Jabatan    : Direktur Utama PT Sehat Sentosa Medika
     Alamat     : Jalan Pajajaran Nomor 88 Bogor
     dalam hal ini bertindak untuk dan atas nama PT Sehat Sentosa Medika, selanjutnya
     disebut PIHAK KESATU.

II.  Nama       : dr. Sri Nowo Retno, MARS
     Jabatan    : Kepala Dinas Kesehatan Kota Bogor
     Alamat     : Jalan Kesehatan Nomor 3 Bogor
     berdasarkan Surat Kuasa Wali Kota Bogor Nomor 800/1234-Huk tanggal 1 September 2023,
     dalam hal ini bertindak untuk dan atas nama Pemerintah Kota Bogor, selanjutnya
     disebut PIHAK KEDUA.

PARA PIHAK terlebih dahulu menerangkan bahwa Perjanjian Kerja Sama ini merupakan tindak
lanjut dari Kesepakatan Bersama antara Pemerintah Kota Bogor dengan PT Sehat Sentosa Medika
Nomor 119/KB.12-Ker/2022 dan Nomor 05/SSM/2022 tanggal 10 Mei 2022 tentang Peningkatan
Derajat Kesehatan Masyarakat.
- 1 -
""",
    """Pasal 1
RUANG LINGKUP

Ruang lingkup Perjanjian Kerja Sama ini meliputi pemeriksaan laboratorium klinik,
pemeriksaan kualitas air minum, dan pelatihan tenaga laboratorium.

Pasal 2
HAK DAN KEWAJIBAN

(1) Hak PIHAK KESATU:
    a. menerima pembayaran atas pemeriksaan yang telah dilaksanakan;
    b. menerima data sasaran pemeriksaan.
(2) Kewajiban PIHAK KESATU:
    a. melaksanakan pemeriksaan sesuai standar pelayanan minimal;
    b. menyampaikan hasil pemeriksaan paling lambat 7 (tujuh) hari kerja; dan
    c. menyediakan:
       1) reagen dan bahan habis pakai;
       2) tenaga analis kesehatan yang bersertifikat.
(3) Hak PIHAK KEDUA:
    a. menerima hasil pemeriksaan tepat waktu.
(4) Kewajiban PIHAK KEDUA:
    a. menyampaikan data sasaran pemeriksaan kepada PIHAK KESATU;
    b. melakukan pembayaran sesuai tarif yang disepakati.
- 2 -
""",
    """Pasal 3
JANGKA WAKTU

Perjanjian Kerja Sama ini berlaku terhitung mulai tanggal 1 Oktober 2023 sampai dengan
tanggal 30 September 2025 dan dapat diperpanjang berdasarkan kesepakatan PARA PIHAK.

Pasal 4
PENUTUP

Perjanjian Kerja Sama ini dibuat dalam rangkap 2 (dua), masing-masing bermeterai cukup.

Ditetapkan di : Bogor
Pada tanggal  : 4 September 2023

PIHAK KESATU,                          PIHAK KEDUA,
- 3 -
""",
]

KB_THREE = [
    """KESEPAKATAN BERSAMA
ANTARA
PEMERINTAH KABUPATEN SUKAMAJU,
PEMERINTAH KOTA TIRTAWANGI,
DAN
PERUSAHAAN UMUM DAERAH AIR MINUM TIRTA RAHARJA

NOMOR :
NOMOR :
NOMOR :

TENTANG
PENGELOLAAN SISTEM PENYEDIAAN AIR MINUM REGIONAL

Kami yang bertanda tangan di bawah ini:
a. H. ASEP SUPRIATNA, S.Sos., M.Si., Bupati Sukamaju, dalam hal ini bertindak untuk
   dan atas nama Pemerintah Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;
b. dr. LINDA KUSUMAWATI, Wali Kota Tirtawangi, dalam hal ini bertindak untuk dan atas
   nama Pemerintah Kota Tirtawangi, selanjutnya disebut PIHAK KEDUA;
c. BAMBANG HERMAWAN, S.T., M.T., Direktur Utama Perusahaan Umum Daerah Air Minum
   Tirta Raharja, selanjutnya disebut PIHAK KETIGA.

Pasal 1
RUANG LINGKUP
Ruang lingkup Kesepakatan Bersama ini meliputi:
1. penyediaan air baku;
2. pembangunan jaringan transmisi; dan
3. pengelolaan pelayanan air minum.

Pasal 2
JANGKA WAKTU
Kesepakatan Bersama ini berlaku untuk jangka waktu 1 (satu) tahun 6 (enam) bulan sejak
tanggal ditandatangani. Para pihak menyampaikan evaluasi paling lambat 30 (tiga puluh)
hari sebelum berakhirnya jangka waktu.
""",
    """Pasal 3
PENUTUP
Kesepakatan Bersama ini dibuat dan ditandatangani pada hari dan tanggal sebagaimana
tersebut di bawah ini.

Sukamaju, 12 Des 2022

PIHAK PERTAMA,          PIHAK KEDUA,          PIHAK KETIGA,
""",
]

MOU_SISTER = [
    """NOTA KESEPAHAMAN
ANTARA
PEMERINTAH KOTA BOGOR, REPUBLIK INDONESIA
DAN
PEMERINTAH KOTA SAINT-LOUIS, REPUBLIK SENEGAL
TENTANG
KERJA SAMA KOTA KEMBAR

MEMORANDUM OF UNDERSTANDING
BETWEEN
THE CITY GOVERNMENT OF BOGOR, REPUBLIC OF INDONESIA
AND
THE CITY GOVERNMENT OF SAINT-LOUIS, REPUBLIC OF SENEGAL
ON
SISTER CITY COOPERATION

Pemerintah Kota Bogor, Republik Indonesia, dan Pemerintah Kota Saint-Louis, Republik
Senegal, yang selanjutnya disebut "Para Pihak";

Pasal 1
Bidang Kerja Sama
Para Pihak sepakat untuk bekerja sama dalam bidang:
a. pariwisata dan kebudayaan;
b. pendidikan;
c. lingkungan hidup.

Pasal 2
Jangka Waktu
Nota Kesepahaman ini mulai berlaku pada tanggal penandatanganan dan tetap berlaku untuk
jangka waktu 5 (lima) tahun.

Ditandatangani di Bogor pada tanggal 24 Agustus 2023, dalam dua rangkap asli dalam
bahasa Indonesia, bahasa Prancis dan bahasa Inggris.
""",
    """Article 2
Duration
This Memorandum of Understanding shall come into effect on the date of signing and
shall remain in force for a period of five (5) years.

Signed in Bogor on August 24, 2023.

For the City Government of Bogor            For the City Government of Saint-Louis
""",
]

ADDENDUM = [
    """ADDENDUM PERTAMA
PERJANJIAN KERJA SAMA
ANTARA
DINAS PERHUBUNGAN KOTA BOGOR
DENGAN
PT TRANS PAKUAN SEJAHTERA
NOMOR : 551/88-Dishub/2024
TENTANG
PENYELENGGARAAN ANGKUTAN MASSAL

Pada hari ini, Jumat tanggal dua puluh sembilan bulan Desember tahun dua ribu dua puluh
tiga, kami yang bertanda tangan di bawah ini:
1. MARSE HENDRA SAPUTRA, S.STP., Kepala Dinas Perhubungan Kota Bogor, dalam hal ini
   bertindak untuk dan atas nama Pemerintah Kota Bogor, selanjutnya disebut PIHAK PERTAMA;
2. RUDI HARTONO, Direktur PT Trans Pakuan Sejahtera, selanjutnya disebut PIHAK KEDUA.
PARA PIHAK sepakat mengubah Perjanjian Kerja Sama Nomor 551/12-Dishub/2021 tanggal
2 Januari 2021 dengan ketentuan sebagai berikut:

Pasal I
Ketentuan Pasal 5 mengenai Jangka Waktu diubah sehingga berbunyi sebagai berikut:
Jangka waktu Perjanjian Kerja Sama diperpanjang selama 2 (dua) tahun terhitung sejak
tanggal 1 Januari 2024.
""",
]

BERITA_ACARA = [
    """BERITA ACARA
RAPAT EVALUASI PELAKSANAAN KESEPAKATAN BERSAMA
PEMERINTAH KOTA BOGOR DAN UNIVERSITAS PAKUAN

Pada hari ini Selasa tanggal 14 Mei 2024 telah dilaksanakan rapat evaluasi pelaksanaan
Kesepakatan Bersama Nomor 119/KB.12-Ker/2023 bertempat di Ruang Rapat Paseban Sri Bima.
Rapat dihadiri oleh perwakilan perangkat daerah dan Universitas Pakuan.
""",
]

LETTER = [
    """Yth. Kepala Bagian Kerja Sama
di Tempat

Bersama ini kami sampaikan bahwa dokumen yang diminta sedang kami siapkan.
Terima kasih atas perhatiannya.
""",
]


def ocr_noisy(pages: list[str]) -> list[str]:
    """The same pages as a poor scan reads them: I/l/1 and O/0 swaps, broken words, page footers."""
    swaps = [("PIHAK PERTAMA", "P1HAK PERTAMA"), ("PIHAK KEDUA", "PlHAK KEDUA"), ("Pasal", "Pasa1"),
             ("NOMOR", "N0MOR"), ("2023", "2O23"), ("KEWAJIBAN", "KEWAJ1BAN"), ("tanggal", "tangga1"),
             ("pelaksanaan", "pelaksa-\n   naan"), ("Agustus", "Agustus")]
    noisy = []
    for number, page in enumerate(pages, start=1):
        for clean, broken in swaps:
            page = page.replace(clean, broken)
        noisy.append(f"Kesepakatan Bersama Pemerintah Kota Bogor - Universitas Pakuan\n{page}\n"
                     f"Halaman {number} dari {len(pages)}\n")
    return noisy


# A regency-level PKS heading and opening, shared by the tests below.
TANAH_BUMBU_OPENING = """ANTARA
DINAS KESEHATAN KABUPATEN TANAH BUMBU RAYA
DENGAN
RSUD KABUPATEN TANAH BUMBU RAYA
TENTANG
PELAYANAN KESEHATAN MASYARAKAT

Pada hari Rabu tanggal dua januari tahun dua ribu tiga belas
bertempat di kantor Dinas Kesehatan Kabupaten Tanah Bumbu Raya,
kami yang bertanda tangan dibawah ini :
"""


NUMBERED_PKS = """PERJANJIAN KERJA SAMA
ANTARA
DINAS LINGKUNGAN HIDUP KABUPATEN TANAH MERAH
DENGAN
PT BUMI LESTARI SENTOSA
{numbers}
TENTANG
PENGELOLAAN SAMPAH TERPADU

Pada hari ini Senin tanggal tiga bulan Maret tahun dua ribu dua puluh lima, kami yang bertanda tangan di bawah ini:
{body}
"""
