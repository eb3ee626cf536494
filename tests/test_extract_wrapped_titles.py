"""The heading's facts (kind, numbers, title, parent agreement) wherever the page's width breaks its lines: a heading
run into the opening and broken at a narrower page's width names the same subject and numbers as on one long line.
Every text here is invented."""
from __future__ import annotations

import pytest

from bench.eval import norm_text
from tests.extract_texts import schema_of

_OPENING = ("Pada hari ini Senin tanggal delapan bulan Januari tahun dua ribu dua puluh empat, bertempat di Wanajaya, "
            "kami yang bertanda tangan di bawah ini: 1. Hendra Wijaya, Kepala Dinas Kesehatan Kabupaten Wanajaya, "
            "dalam hal ini bertindak untuk dan atas nama Dinas Kesehatan Kabupaten Wanajaya, selanjutnya disebut "
            "PIHAK PERTAMA.\n")


@pytest.mark.parametrize("heading, title", [
    # the subject's capitals go on at the next line's start, the prose after them
    ("NOTA KESEPAHAMAN ANTARA PEMERINTAH KABUPATEN WANAJAYA DAN YAYASAN TIRTA\nLESTARI TENTANG HIBAH BUKU DAN "
     "PERALATAN\nLABORATORIUM BAHASA Pemerintah Kabupaten Wanajaya dan Yayasan Tirta Lestari,\nselanjutnya disebut "
     "Para Pihak, sepakat sebagai berikut.\n", "Hibah Buku dan Peralatan Laboratorium Bahasa"),
    # ... up to the number's label that follows them on that line
    ("PERJANJIAN KERJA SAMA ANTARA RUMAH SAKIT UMUM SEHAT SENTOSA DENGAN KLINIK\nPRATAMA MAWAR KECAMATAN SUKAMAJU TENTANG RUJUKAN\n"
     "PASIEN GAWAT DARURAT Nomor : 12/PKS/RSU/I/2024 Perjanjian ini dibuat oleh\ndan antara para pihak.\n",
     "Rujukan Pasien Gawat Darurat"),
    ("PERJANJIAN KERJA SAMA ANTARA RUMAH SAKIT UMUM SEHAT SENTOSA DENGAN KLINIK\nPRATAMA MAWAR KECAMATAN SUKAMAJU TENTANG RUJUKAN\n"
     "PASIEN GAWAT DARURAT NOMOR : 12/PKS/RSU/I/2024 Perjanjian ini dibuat oleh\ndan antara para pihak.\n",
     "Rujukan Pasien Gawat Darurat"),
    # a year the subject's last word names, carried to the next line
    ("NOTA KESEPAKATAN ANTARA PEMERINTAH KABUPATEN WANAJAYA DENGAN DPRD KABUPATEN\nWANAJAYA TENTANG KEBIJAKAN UMUM "
     "ANGGARAN PENDAPATAN DAN BELANJA TAHUN ANGGARAN\n2024 Yang bertanda tangan di bawah ini, masing-masing:\n",
     "Kebijakan Umum Anggaran Pendapatan dan Belanja Tahun Anggaran 2024"),
    # the number's label after the subject's capitals on a later line
    ("PERJANJIAN KERJA SAMA ANTARA PT POS WANAJAYA DENGAN DINAS KESEHATAN KABUPATEN\nWANAJAYA TENTANG JASA "
     "PENGIRIMAN SURAT DAN PAKET KESEHATAN DAERAH\nKABUPATEN WANAJAYA Nomor: 12/PKS/POS/I/2024 Nomor: 7/DINKES/2024\n",
     "Jasa Pengiriman Surat dan Paket Kesehatan Daerah Kabupaten Wanajaya"),
    # a subject in capitals after a label in title case, the heading in mixed case
    ("PERJANJIAN KERJASAMA Antara RUMAH SAKIT GIGI DAN MULUT UNIVERSITAS TIRTA LESTARI\nDengan FAKULTAS KEDOKTERAN "
     "GIGI UNIVERSITAS TIRTA Tentang PENYELENGGARAAN PENDIDIKAN\nDAN PENELITIAN KEDOKTERAN GIGI Nomor: 12/PKS/RSGM/2024 "
     "Pada hari ini,\n", "Penyelenggaraan Pendidikan dan Penelitian Kedokteran Gigi"),
    # a heading naming no parties, its subject wrapped under the kind's line
    ("PERJANJIAN KESEPAKATAN KERJASAMA PEMASOKAN GABAH KERING PANEN (GKP) KELOMPOK\nTANI SUKAMAJU – KEC. TIRTA "
     "LESTARI\n\n", "Pemasokan Gabah Kering Panen (GKP) Kelompok Tani Sukamaju – Kec. Tirta Lestari"),
    # an English term the width put on a line of its own, the Indonesian subject going on below it
    ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS KESEHATAN KABUPATEN WANAJAYA\nDENGAN\nKLINIK PRATAMA SEHAT SENTOSA\n"
     "TENTANG\nRUJUKAN PEMERIKSAAN LABORATORIUM PELAYANAN TES SWAB\nPOLYMERASE CHAIN REACTION (PCR)\n"
     "DAN RAPID TEST ANTIGEN\nNomor : 12/PKS/DINKES/2024\n",
     "Rujukan Pemeriksaan Laboratorium Pelayanan Tes Swab Polymerase Chain Reaction (PCR) dan Rapid Test Antigen"),
    # the cover's place and year carried to the subject's last line, the next page after a blank line
    ("NOTA KESEPAKATAN ANTARA PEMERINTAH KABUPATEN WANAJAYA DENGAN DPRD KABUPATEN\nWANAJAYA TENTANG PRIORITAS DAN "
     "PLAFON ANGGARAN SEMENTARA TAHUN\nANGGARAN SUKAMAJU, TAHUN 2024\n\n2 LAMPIRAN NOTA KESEPAKATAN ANTARA "
     "PEMERINTAH KABUPATEN WANAJAYA DENGAN\nDPRD KABUPATEN WANAJAYA Nomor : 12/KB/2024\n",
     "Prioritas dan Plafon Anggaran Sementara Tahun Anggaran"),
    # the number's label at the line's end, its colon below
    ("SURAT PERJANJIAN KERJASAMA JUAL BELI GABAH KERING PANEN (GKP) KELOMPOK TANI Nomor\n: 001/SPK-GKP/IV/2024 "
     "Antara: CV. TIRTA LESTARI Dengan: PT. SUKAMAJU PANGAN ",
     "Jual Beli Gabah Kering Panen (GKP) Kelompok Tani"),
    # the labels of a table, one per party, in a row on their own line below the subject
    ("PERJANJIAN KERJASAMA ANTARA DINAS KESEHATAN KABUPATEN WANAJAYA DAN RUMAH SAKIT\nTIRTA TENTANG PENANGANAN "
     "KORBAN KECELAKAAN LALU LINTAS SECARA TERPADU\nNOMOR NOMOR\n\n: 12/PKS/DINKES/2024 : 45/RS-T/2024\n\n",
     "Penanganan Korban Kecelakaan Lalu Lintas Secara Terpadu"),
    # a cover's dateline after the subject's capitals carried to the next line
    ("NOTA KESEPAHAMAN ANTARA DINAS KESEHATAN KABUPATEN WANAJAYA DAN PT ASURANSI TIRTA\nTENTANG PENANGANAN KORBAN "
     "KECELAKAAN LALU\nLINTAS MELALUI APLIKASI “SIGAP” ( SISTEM INFORMASI GAWAT ) ‘Sukamaju, Juni 2024\n\n",
     "Penanganan Korban Kecelakaan Lalu Lintas melalui Aplikasi “Sigap” (Sistem Informasi Gawat)"),
    # a label in title case at a line's end after the heading's capitals, the subject in capitals below
    ("PERJANJIAN KERJASAMA Antara RUMAH SAKIT GIGI DAN MULUT UNIVERSITAS TIRTA Dengan\nFAKULTAS KEDOKTERAN GIGI "
     "UNIVERSITAS TIRTA LESTARI Tentang\nPENYELENGGARAAN PENDIDIKAN DAN PENELITIAN KEDOKTERAN GIGI\n"
     "Nomor: 12/PKS/RSGM/2024 Pada hari ini,\n", "Penyelenggaraan Pendidikan dan Penelitian Kedokteran Gigi"),
    # the numbers after a colon whose label the text lost, the colon ending the subject's line
    ("PERJANJIAN KERJASAMA ANTARA DINAS KESEHATAN KABUPATEN WANAJAYA DINAS SOSIAL KABUPATEN\nSUKAMAJU TENTANG "
     "PENANGGULANGAN BENCANA DI WILAYAH PERBATASAN KABUPATEN :\n440/12/DINKES/2024 17/SOS/2024 Pada hari ini,\n",
     "Penanggulangan Bencana di Wilayah Perbatasan Kabupaten"),
])
def test_a_subject_broken_at_the_pages_width(heading, title):
    facts = schema_of([heading + _OPENING])
    assert norm_text(facts["title"]) == norm_text(title)


@pytest.mark.parametrize("heading, title", [
    # a chapter's heading in capitals below a heading's own line is no part of the subject
    ("PERJANJIAN KERJA SAMA ANTARA PUSKESMAS SUKAMAJU DENGAN KLINIK MAWAR TENTANG PELAYANAN GIZI BALITA\n"
     "KETENTUAN UMUM Pasal 1 Dalam perjanjian ini yang dimaksud dengan:\n", "Pelayanan Gizi Balita"),
    # nor a form's field left to be filled in
    ("PERJANJIAN KERJA SAMA\nUNIVERSITAS TIRTA LESTARI\nDENGAN\nKLINIK MAWAR\nTENTANG\n"
     "PENYELENGGARAAN PRAKTIK KERJA MAHASISWA KEDOKTERAN\nPADA PROGRAM [Magang/Penelitian/Pengabdian]\n",
     "Penyelenggaraan Praktik Kerja Mahasiswa Kedokteran"),
])
def test_a_line_of_its_own_below_the_subject(heading, title):
    facts = schema_of([heading + _OPENING])
    assert norm_text(facts["title"]) == norm_text(title)


def test_the_subjects_last_capitals_on_the_openings_line():
    heading = ("PERJANJIAN KERJA SAMA ANTARA RUMAH SAKIT UMUM SEHAT SENTOSA DENGAN dr. ANDI\nPRATAMA, Sp.Rad TENTANG "
               "PELAYANAN KESEHATAN MEDIK SPESIALIS\nRADIOLOGI Pada hari ini Senin tanggal delapan bulan Januari tahun "
               "dua ribu dua puluh\nempat, kami yang bertanda tangan di bawah ini: 1. Hendra Wijaya, Direktur.\n")
    assert norm_text(schema_of([heading])["title"]) == norm_text("Pelayanan Kesehatan Medik Spesialis Radiologi")


_RUN_IN = ("PERJANJIAN KERJA SAMA ANTARA RUMAH SAKIT UMUM SEHAT SENTOSA DENGAN KLINIK PRATAMA\nMAWAR TENTANG RUJUKAN "
           "PASIEN GAWAT DARURAT DAN PELAYANAN LANJUTAN{numbers}Perjanjian ini dibuat pada hari Senin tanggal "
           "delapan bulan Januari tahun dua ribu dua puluh empat oleh\ndan antara para pihak.\n")


@pytest.mark.parametrize("numbers, found", [
    # the value below its label, which ends the heading's line
    (" Nomor :\n12/PKS/RSU/I/2024 Nomor : 88/KL-MWR/I/2024 ", ["12/PKS/RSU/I/2024", "88/KL-MWR/I/2024"]),
    (" NOMOR :\n12/PKS/RSU/I/2024\n", ["12/PKS/RSU/I/2024"]),
    # a code before the number at the line's end, its rest below
    (" No : PKS.\n110/DIR/RSU/I/2024 ", ["PKS.110/DIR/RSU/I/2024"]),
    # the heading's capitals carried to the line with the label
    ("\nTINGKAT LANJUTAN Nomor : 12/PKS/RSU/I/2024 Nomor :\n", ["12/PKS/RSU/I/2024"]),
    # a party's number carried to a line where the next party's label follows it
    (" Nomor :\n12/PKS/RSU/I/2024 Nomor : 88/KL-MWR/I/2024 Nomor :\n7/DINKES/2024 ",
     ["12/PKS/RSU/I/2024", "88/KL-MWR/I/2024", "7/DINKES/2024"]),
    # the label's colon carried to the next line
    (" NOMOR\n: 12/PKS/RSU/I/2024 NOMOR : 88/KL-MWR/I/2024 ", ["12/PKS/RSU/I/2024", "88/KL-MWR/I/2024"]),
    # a number broken after a slash, one left blank before its first slash
    (" Nomor : 12/PKS/RSU/I/\n2024 Nomor : 88/KL-MWR/I/2024 ", ["12/PKS/RSU/I/2024", "88/KL-MWR/I/2024"]),
    (" Nomor:\n/PKS/RSU/I/ 2024 Nomor: / KL / MWR / 2024 ", ["/PKS/RSU/I/2024", "/KL/MWR/2024"]),
    # a number broken before its slash, the label far into its line
    (" DI KECAMATAN SUKAMAJU Nomor : 12/PKS/RSU\n/I/2024 TANGGAL 8 JANUARI 2024 ", ["12/PKS/RSU/I/2024"]),
    # a table's labels in a row, their values in a row below wrapped after the last colon
    ("\nNOMOR NOMOR NOMOR\n\n: 12/PKS/RSU/I/2024 : 88/KL-MWR/I/2024 :\n7/DINKES/2024\n\n",
     ["12/PKS/RSU/I/2024", "88/KL-MWR/I/2024", "7/DINKES/2024"]),
])
def test_numbers_of_a_heading_broken_at_the_pages_width(numbers, found):
    facts = schema_of([_RUN_IN.format(numbers=numbers) + _OPENING])
    assert sorted(facts["numbers"] or []) == sorted(found)
    assert facts["parent_agreement"] is None


@pytest.mark.parametrize("numbers", [
    # bare labels between the numbers, the opening after the last: one label at a line's end
    " DI KECAMATAN SUKAMAJU Nomor 12/PKS/RSU/I/2024 Nomor\n88/KL-MWR/I/2024 Nomor 7/DINKES/2024 Pada",
    # ... the heading's last word carried to their line
    "\nSUKAMAJU Nomor 12/PKS/RSU/I/2024 Nomor 88/KL-MWR/I/2024 Nomor 7/DINKES/2024 Pada",
])
def test_bare_number_labels_of_a_heading_broken_at_the_pages_width(numbers):
    heading = ("PERJANJIAN KERJA SAMA ANTARA RUMAH SAKIT UMUM SEHAT SENTOSA DENGAN KLINIK PRATAMA\nMAWAR TENTANG "
               "RUJUKAN PASIEN GAWAT DARURAT DAN PELAYANAN LANJUTAN DI KABUPATEN")
    facts = schema_of([heading + numbers + " hari ini Senin tanggal delapan bulan Januari tahun dua ribu dua puluh "
                       "empat, kami yang bertanda tangan di bawah ini: 1. Hendra Wijaya, Direktur.\n"])
    assert sorted(facts["numbers"] or []) == ["12/PKS/RSU/I/2024", "7/DINKES/2024", "88/KL-MWR/I/2024"]
