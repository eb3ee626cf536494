"""Forms read in extractor 1.11.28 (issue 18, the released sealed2 set's misses, as general forms): the passive
prefix written apart ("di sebut", "Di Rektur"), "atas nama <office> <body>", an institution followed by its
capacity ("dalam jabatannya …", "sebagai penanggungjawab …"), "NAME jabatan sebagai OFFICE", "beralamatkan", a
"Jabatan :" row wrapped over several lines, "diwakili NAME selaku OFFICE" without "oleh", "Pada hari ini di X,"
and a place a form left blank. Every text here is written for these tests."""
from __future__ import annotations

from ingest.extract.cleanup import fix_ocr
from ingest.extract.heading_parties import title_parties
from ingest.extract.parties import parse_block
from tests.extract_texts import schema_of


def _rows(text: str) -> list[tuple]:
    return [(p["role"], p["institution"], p["signatory"], p["position"]) for p in schema_of([text])["parties"]]


_TABLE = ("PERJANJIAN KERJASAMA\n\nANTARA\nPUSKESMAS SUKAMAJU\nDENGAN\nRUMAH SAKIT UMUM DAERAH TIRTA\n"
          "TENTANG\nRUJUKAN PASIEN\nNOMOR : 445/12/PKM/2020\n\n"
          "Pada hari Senin tanggal dua bulan Maret tahun dua ribu dua puluh, yang bertanda tangan di bawah ini :\n\n"
          "1. Nama : Budi Santoso, AMK\nJabatan : Kepala Puskesmas Sukamaju\nAlamat : Jl. Mawar No. 3 Sukamaju\n"
          "Bertindak untuk dan atas nama Puskesmas Sukamaju selanjutnya di sebut\nsebagai PIHAK PERTAMA\n"
          "2. Nama : dr. Rina Lestari\nJabatan : Direktur RSUD Tirta\nAlamat : Jl. Melati No. 9 Tirta\n"
          "Bertindak untuk dan atas nama Di Rektur Rumah Sakit Umum Daerah Tirta selanjutnya di sebut\n"
          "sebagai PIHAK KEDUA\n\nPASAL 1\nDASAR\n")


def test_the_passive_prefix_written_apart_is_joined_keeping_the_length():
    fixed, changed = fix_ocr("selanjutnya di sebut PIHAK, Di Rektur RS, DI SEBUT X, di bawah ini, di-sebut")
    assert fixed == "selanjutnya disebut  PIHAK, Direktur  RS, DISEBUT  X, di bawah ini, di-sebut"
    assert changed  # an edited span is less certain
    assert fix_ocr("ditempatkan di sebelah kantor")[0] == "ditempatkan di sebelah kantor"  # "di sebelah": a place


def test_a_designation_written_di_sebut_designates_the_party_and_an_office_names_its_body():
    assert _rows(_TABLE) == [
        ("PIHAK PERTAMA", "Puskesmas Sukamaju", "Budi Santoso, AMK", "Kepala Puskesmas Sukamaju"),
        ("PIHAK KEDUA", "Rumah Sakit Umum Daerah Tirta", "dr. Rina Lestari", "Direktur RSUD Tirta")]


def test_the_capacity_after_the_body_and_an_office_before_it_are_no_part_of_its_name():
    institution, signatory, position, _ = parse_block(
        "2. dr. Agus Salim, jabatan Direktur Rumah Sakit Umum Daerah Tirta,\nberalamatkan di Jalan Kenanga 4, "
        "Kelurahan Sukamaju, dalam hal ini bertindak untuk dan atas nama Direktur\nRumah Sakit Umum Daerah Tirta "
        "dalam jabatannya sebagaimana tersebut di atas,\nselanjutnya dalam perjanjian ini")
    assert (institution, signatory, position) == ("Rumah Sakit Umum Daerah Tirta", "dr. Agus Salim",
                                                  "Direktur Rumah Sakit Umum Daerah Tirta")
    institution, _, _, _ = parse_block(
        "2. Dr. Hendra, M.Kes : Kepala Dinas Kesehatan Kabupaten Tirta, yang berkedudukan di Jalan Anggrek 8 "
        "dalam hal ini bertindak untuk dan atas nama Dinas Kesehatan Kabupaten Tirta sebagai penanggungjawab "
        "pelayanan Puskesmas se Kabupaten Tirta yang selanjutnya")
    assert institution == "Dinas Kesehatan Kabupaten Tirta"
    # "Direktur Jenderal X" names a body itself, never an office over "Jenderal X"
    institution, _, _, _ = parse_block(
        "1. Drs. Joko Widodo, jabatan Direktur Jenderal Bina Desa, dalam hal ini bertindak untuk dan atas nama "
        "Direktorat Jenderal Bina Desa, selanjutnya")
    assert institution == "Direktorat Jenderal Bina Desa"


def test_a_name_then_jabatan_sebagai_is_the_name_and_the_office():
    _, signatory, position, _ = parse_block(
        "1. H. Ahmad Yani S.Kep.Ns jabatan sebagai Pimpinan UPTD Puskesmas Sukamaju, yang beralamatkan di "
        "Jalan Mawar 3, dalam hal ini bertindak untuk dan atas nama UPTD Puskesmas Sukamaju dalam jabatannya "
        "sebagaimana tersebut di atas, selanjutnya")
    assert (signatory, position) == ("H. Ahmad Yani S.Kep.Ns", "Pimpinan UPTD Puskesmas Sukamaju")


def test_an_office_row_wrapped_over_several_lines_is_read_whole():
    institution, signatory, position, _ = parse_block(
        "1. Nama : Sari Dewi.\nNIP : 19700101 199503 2 001\n"
        "Jabatan : Pejabat Pembuat Komitmen 2 Satuan Kerja Badan\nPengembangan Sumber Daya Manusia dan\n"
        "Pemberdayaan Masyarakat Nelayan, Pesisir, dan Pulau-Pulau\nKecil.\nAlamat : Jl. Kenari No. 1 Jakarta\n\n"
        "Dalam hal ini bertindak untuk dan atas nama Satuan Kerja Badan Nelayan yang selanjutnya")
    assert position == ("Pejabat Pembuat Komitmen 2 Satuan Kerja Badan Pengembangan Sumber Daya Manusia dan "
                        "Pemberdayaan Masyarakat Nelayan, Pesisir, dan Pulau-Pulau Kecil")
    # the acting clause on the next line is no part of the office
    _, _, position, _ = parse_block(
        "Nama : dr. Budi\nJabatan : Direktur Rumah Sakit Tirta\nDalam hal ini karena jabatannya bertindak untuk dan\n"
        "atas nama Rumah Sakit Tirta.\nAlamat : Jl. Anggrek 2\n\nDalam hal ini selanjutnya")
    assert position == "Direktur Rumah Sakit Tirta"


def test_represented_without_oleh():
    institution, signatory, position, _ = parse_block(
        "1. PT Listrik Tirta (Persero) Unit Layanan Sukamaju, dalam hal ini diwakili XXX XXXX selaku Manajer "
        "Unit Layanan Sukamaju, berdasarkan Surat Kuasa Nomor 12/SK/2021, dalam hal ini bertindak untuk dan atas "
        "nama PT Listrik Tirta (Persero) Unit Layanan Sukamaju, Selanjutnya")
    assert (institution, signatory, position) == ("PT Listrik Tirta (Persero) Unit Layanan Sukamaju", None,
                                                  "Manajer Unit Layanan Sukamaju")
    institution, signatory, position, _ = parse_block(
        "2. Koperasi Tirta Makmur, dalam hal ini diwakili Rina Lestari selaku Ketua, selanjutnya")
    assert (institution, signatory, position) == ("Koperasi Tirta Makmur", "Rina Lestari", "Ketua")


def test_the_place_after_pada_hari_ini_di_and_a_place_left_blank():
    opening = ("PERJANJIAN KERJASAMA\nTENTANG RUJUKAN\nNomor : 800/12/PKM/2019\n\n"
               "Pada hari ini di Sukamaju, Tanggal 30 Oktober 2019. Kami yang bertanda tangan di bawah ini :\n")
    facts = schema_of([opening])
    assert (facts["sign_place"], facts["sign_date"]) == ("Sukamaju", "2019-10-30")
    blank = ("PERJANJIAN KERJA BERSAMA\nTENTANG\nPROGRAM JAMINAN SOSIAL\n\nPada hari ini ……… bulan Mei tahun Dua "
             "Ribu Dua Puluh Tiga, bertempat di\nProvinsi ………………., kami yang bertanda tangan di bawah ini:\n")
    assert schema_of([blank])["sign_place"] is None


def test_several_numbers_without_colons_in_a_heading_run_into_one_line():
    heading = ("PERJANJIAN KERJASAMA ANTARA DIREKTORAT JENDERAL BINA DESA DENGAN BADAN PENYELENGGARA JAMINAN SOSIAL "
               "KESEHATAN TENTANG PENINGKATAN KEPESERTAAN JAMINAN SOSIAL DI DESA Nomor 120/45/17/BD Nomor "
               "PER/112/082016 Pada hari ini Senin tanggal lima bulan September tahun dua ribu enam belas bertempat "
               "di Jakarta, kami yang bertanda tangan di bawah ini:\n1. BUDI SANTOSO : Direktur Jenderal Bina Desa\n")
    facts = schema_of([heading])
    assert facts["numbers"] == ["120/45/17/BD", "PER/112/082016"]
    assert facts["title"] == "Peningkatan Kepesertaan Jaminan Sosial di Desa"
    # a number cited in prose, without a colon and without the next number or the opening after it, is none
    prose = ("PERJANJIAN KERJASAMA\nTENTANG\nPELAYANAN RUJUKAN\nNOMOR : 12/PKS/2016\n\nPada hari ini Senin tanggal lima "
             "bulan September tahun dua ribu enam belas, berdasarkan Kesepakatan Bersama Nomor 7/KB/2015 tanggal 2 "
             "Maret 2015, kami yang bertanda tangan di bawah ini:\n")
    assert schema_of([prose])["numbers"] == ["12/PKS/2016"]


def test_three_parties_in_a_heading_the_last_two_joined_by_dan():
    heading = ("PERJANJIAN KERJASAMA\nANTARA\nDIREKTORAT JENDERAL BINA DESA KEMENTERIAN DALAM NEGERI DENGAN BADAN "
               "PENYELENGGARA JAMINAN SOSIAL KETENAGAKERJAAN DAN BADAN PENYELENGGARA JAMINAN SOSIAL KESEHATAN\n"
               "TENTANG\nPENINGKATAN KEPESERTAAN\n")
    assert [name for name, _, _ in title_parties(heading, len(heading))] == [
        "Direktorat Jenderal Bina Desa Kementerian dalam Negeri",
        "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan", "Badan Penyelenggara Jaminan Sosial Kesehatan"]
    # "dan" inside one body's name, before no body word, splits nothing
    heading = ("PERJANJIAN KERJASAMA\nANTARA\nPEMERINTAH KABUPATEN TIRTA DENGAN BADAN PENGAWAS OBAT DAN MAKANAN\n"
               "TENTANG\nPENGAWASAN PANGAN\n")
    assert [name for name, _, _ in title_parties(heading, len(heading))] == [
        "Pemerintah Kabupaten Tirta", "Badan Pengawas Obat dan Makanan"]
