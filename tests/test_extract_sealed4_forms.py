"""Regional forms behind the sealed4 set's misses (issue 18, sealed4 now a development set): each test stands for a
form the extractor misread. Every text here is invented for these tests."""
from __future__ import annotations

from tests.extract_texts import schema_of

_OPENING = "\n\nPada hari ini Senin tanggal dua belas bulan Juni tahun dua ribu dua puluh tiga, kami yang bertanda " \
           "tangan di bawah ini:\n"
_CLOSING = "\n\nPARA PIHAK terlebih dahulu menerangkan hal-hal sebagai berikut:\n"
_HEADING = "PERJANJIAN KERJA SAMA\nANTARA\nYAYASAN SEHAT SENTOSA\nDENGAN\nRUMAH SAKIT UMUM DAERAH SUKAMAJU"


def _rows(heading: str, blocks: str) -> list[tuple]:
    parties = schema_of([heading + _OPENING + blocks + _CLOSING])["parties"]
    return [(p["role"], p["institution"], p["signatory"], p["position"]) for p in parties]


def test_a_name_label_run_into_its_value_without_a_colon():
    rows = _rows(_HEADING,
                 "1. Nama drg. SITI RAHAYU, MM Jabatan : Kepala Yayasan Sehat Sentosa Wilayah Timur Alamat : Jl. Melati "
                 "Nomor 4 Sukamaju Dalam hal ini bertindak untuk dan atas nama Yayasan Sehat Sentosa, selanjutnya "
                 "disebut \u201cPIHAK KESATU\u201d. 2. Nama dr. BAYU PRATAMA, M.Kes. Jabatan : Direktur RSUD Sukamaju "
                 "Alamat : Jl. Kenanga No. 9 Sukamaju Dalam hal ini bertindak untuk dan atas nama Rumah Sakit Umum "
                 "Daerah Sukamaju, selanjutnya disebut \u201cPIHAK KEDUA\u201d.")
    assert [row[2:] for row in rows] == [("drg. Siti Rahayu, MM", "Kepala Yayasan Sehat Sentosa Wilayah Timur"),
                                         ("dr. Bayu Pratama, M.Kes.", "Direktur RSUD Sukamaju")]


def test_labels_on_their_own_lines_without_colons_and_a_wrapped_office():
    rows = _rows(_HEADING,
                 "Nama Rudi Hartono, ST\n\n\nJabatan Pejabat Pembuat Komitmen pada Dinas Pekerjaan Umum Kabupaten\n"
                 "Sukamaju, berdasarkan Surat Keputusan Bupati Sukamaju Nomor 12 Tahun 2023, bertindak untuk dan\n"
                 "atas nama Pemerintah Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA\n\n"
                 "II Nama Yusuf Lamani\n\n\nJabatan Ketua Kelompok Masyarakat Kampung\nSukadamai, Distrik Sukamaju, "
                 "berdasarkan Akta Notaris nomor 7, bertindak untuk dan atas nama\nmasyarakat Kampung Sukadamai, "
                 "selanjutnya disebut PIHAK KEDUA")
    assert [row[2:] for row in rows] == [
        ("Rudi Hartono, ST", "Pejabat Pembuat Komitmen pada Dinas Pekerjaan Umum Kabupaten Sukamaju"),
        ("Yusuf Lamani", "Ketua Kelompok Masyarakat Kampung Sukadamai, Distrik Sukamaju")]


def test_a_company_label_is_no_bare_name_label():
    rows = _rows("PERJANJIAN KERJA SAMA\nANTARA\nCV MAJU\nDENGAN\nPT TIRTA",
                 "Nama Perusahan : CV Maju\nNama Perwakilan PJ : Rina Wulandari\nJabatan : Direktur\n"
                 "selanjutnya disebut PIHAK PERTAMA,\n\nNama Perusahaan : PT Tirta\nNama Perwakilan PJ : Agus Salim\n"
                 "Jabatan : Direktur PT Tirta\nselanjutnya disebut PIHAK KEDUA.")
    assert [row[2] for row in rows] == ["Rina Wulandari", "Agus Salim"]


def test_two_table_columns_interleaved_into_one_line():
    rows = _rows("PERJANJIAN KERJA SAMA\nANTARA\nDINAS SOSIAL PROVINSI SULAWESI UTARA\nDENGAN\nDINAS SOSIAL KABUPATEN "
                 "SUKAMAJU",
                 "1. Dinas Sosial Provinsi Sulawesi : Kepala Dinas Sosial Provinsi Sulawesi Utara\n"
                 "Utara dalam hal ini diwakili oleh H. ANWAR SALEH, S.Sos, selaku Kuasa Pengguna Anggaran, "
                 "selanjutnya disebut PIHAK KESATU\n\n"
                 "2. Dinas Sosial Kabupaten : Kepala Dinas Sosial Kabupaten Sukamaju Tengah Tengah yang\n\n\n"
                 "Sukamaju dalam hal ini diwakili oleh Drs. BUDI HARTONO, dalam jabatannya selaku Kepala Dinas, "
                 "selanjutnya disebut PIHAK KEDUA.")
    assert [row[1] for row in rows] == ["Dinas Sosial Provinsi Sulawesi Utara", "Dinas Sosial Kabupaten Sukamaju Tengah"]


def test_a_body_acting_through_its_board_keeps_no_clause_word():
    rows = _rows("PERJANJIAN KERJA SAMA\nANTARA\nPT BANK SUKAMAJU\nDENGAN\nPENGADILAN NEGERI SUKAMAJU",
                 "1. Budi Santoso, dalam kapasitasnya selaku Pemimpin Cabang, oleh karena itu sah bertindak untuk dan "
                 "atas nama Direksi mewakili PT Bank Sukamaju, berkantor pusat di Sukamaju, selanjutnya disebut "
                 "PIHAK PERTAMA;\n2. Rina Sari, S.H., dalam kapasitasnya selaku Ketua Pengadilan Negeri Sukamaju, "
                 "bertindak untuk dan atas nama Pengadilan Negeri Sukamaju, selanjutnya disebut PIHAK KEDUA.")
    assert rows[0][1] == "PT Bank Sukamaju"


def test_a_budget_agreement_with_the_regional_parliament_is_a_joint_agreement():
    heading = ("NOTA KESEPAKATAN\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nDEWAN PERWAKILAN RAKYAT DAERAH "
               "KABUPATEN SUKAMAJU\nNOMOR : 12/KB/2023\nTENTANG\nKEBIJAKAN UMUM ANGGARAN PENDAPATAN DAN BELANJA DAERAH "
               "TAHUN ANGGARAN 2024\n")
    assert schema_of([heading + _OPENING])["doc_type"] == "KB"
    other = ("NOTA KESEPAKATAN\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nUNIVERSITAS TIRTA\nTENTANG\n"
             "PENGEMBANGAN SUMBER DAYA MANUSIA\n")
    assert schema_of([other + _OPENING])["doc_type"] == "MOU"  # between other bodies: a memorandum, as before


def test_an_ocr_roman_numeral_before_titles_and_a_quote_after_antara():
    text = ("PERJANJIAN KERJA SAMA ANTARA BADAN SUKAMAJU DENGAN UNIVERSITAS TIRTA NOMOR : 12/UM/2018 Perjanjian Kerja "
            "Sama ini dibuat dan ditandatangani pada hari Senin tanggal dua belas bulan Juni tahun dua ribu delapan "
            "belas, bertempat di Padang, oleh dan antara\u2019 |. Rudi Hartono selaku Kepala Cabang Badan Sukamaju, yang "
            "berkedudukan di Jalan Melati No. 5 Padang, karenanya sah bertindak untuk dan atas nama Badan Sukamaju, "
            "selanjutnya disebut PIHAK PERTAMA; Il, Prof. Dr. Ir. Yusuf Lamani, MS. selaku Rektor Universitas Tirta, "
            "yang berkedudukan di Jalan Kenanga Padang, karenanya sah bertindak untuk dan atas nama Universitas Tirta, "
            "selanjutnya disebut PIHAK KEDUA. PARA PIHAK terlebih dahulu menerangkan hal-hal sebagai berikut:\n")
    parties = schema_of([text])["parties"]
    assert [(p["signatory"], p["position"]) for p in parties] == [
        ("Rudi Hartono", "Kepala Cabang Badan Sukamaju"), ("Prof. Dr. Ir. Yusuf Lamani, MS.", "Rektor Universitas Tirta")]


_BUDGET = ("NOTA KESEPAKATAN ANTARA PEMERINTAH KABUPATEN SUKAMAJU DENGAN DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN "
           "SUKAMAJU NOMOR : 12/KB/DPRD/2023 NOMOR : 900/45/Bappeda/2023 TANGGAL : 14 Agustus 2023 TENTANG KEBIJAKAN UMUM "
           "ANGGARAN PENDAPATAN DAN BELANJA DAERAH TAHUN ANGGARAN 2024 Yang bertanda tangan di bawah ini : ")


def test_numbered_name_forms_without_roles_give_the_parties_in_order():
    text = (_BUDGET + "1. Nama : Ir. BUDI SANTOSO Jabatan : Bupati Sukamaju Alamat Kantor : Jl. Merdeka 1 Sukamaju "
            "bertindak selaku dan atas nama Pemerintah Kabupaten Sukamaju. 2. a. Nama : Hj. SITI AMINAH Jabatan : Ketua "
            "DPRD Kabupaten Sukamaju Alamat Kantor : Jl. Merdeka 3 Sukamaju b. Nama : RUDI HARTONO, ST Jabatan : Wakil "
            "Ketua DPRD Kabupaten Sukamaju Alamat Kantor : Jl. Merdeka 3 Sukamaju Sebagai Pimpinan DPRD bertindak selaku "
            "dan atas nama Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Sukamaju. Dengan ini menyatakan bahwa para "
            "pihak sepakat terhadap Kebijakan Umum APBD.\n")
    facts = schema_of([text])
    assert [(p["role"], p["institution"], p["signatory"], p["position"]) for p in facts["parties"]] == [
        ("PIHAK PERTAMA", "Pemerintah Kabupaten Sukamaju", "Ir. Budi Santoso", "Bupati Sukamaju"),
        ("PIHAK KEDUA", "Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Sukamaju", "Hj. Siti Aminah",
         "Ketua DPRD Kabupaten Sukamaju")]
    assert facts["sign_date"] == "2023-08-14"  # the heading dates its number, the text no other date


def test_a_heading_date_is_no_signing_date_beside_a_blank_opening():
    text = ("ADDENDUM\nPERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH PROVINSI SUKAMAJU\nDENGAN\nPT TIRTA\n\n"
            "NOMOR : 36/PKS/IX/2016\nTANGGAL : 16 SEPTEMBER 2016\n\nTENTANG\nPEMANFAATAN TANAH\n\n"
            "Pada hari ini, ... tanggal ... bulan Desember tahun Dua Ribu Delapan Belas bertempat di Sukamaju, yang "
            "bertanda tangan di bawah ini :\n")
    assert schema_of([text])["sign_date"] is None  # the heading dates the agreement it amends


def test_a_flattened_labels_row_after_the_previous_designation_on_its_line():
    text = ("PERJANJIAN KERJASAMA ANTARA RSUD SUKAMAJU DENGAN RSUD TIRTA TENTANG RUJUKAN PASIEN\n\n"
            "Pada hari ini, Kamis tanggal satu bulan Agustus tahun dua ribu sembilan belas di Sukamaju, telah "
            "ditandatangani perjanjian kerjasama oleh PARA PIHAK yang akan disebutkan di bawah ini: Nama Jabatan Alamat\n\n"
            ": dr. Budi Santoso, M.Sc : Direktur RSUD Sukamaju : Jl. Merdeka No. 1 Sukamaju\n\n"
            "Dalam jabatan tersebut bertindak untuk dan atas nama RSUD Sukamaju selanjutnya disebut \u201cPIHAK "
            "PERTAMA\u201d. Nama Jabatan Alamat\n\n: dr. Rina Sari, Sp.PK : Pemimpin BLUD RSUD Tirta Provinsi Sukamaju. "
            ": Jl. Kenanga, KM. 6, Sukamaju.\n\nDalam hal ini bertindak untuk dan atas nama RSUD Tirta, selanjutnya "
            "disebut \u201cPIHAK KEDUA\u201d. Selanjutnya PIHAK PERTAMA dan PIHAK KEDUA disebut PARA PIHAK.\n")
    parties = schema_of([text])["parties"]
    assert [(p["signatory"], p["position"]) for p in parties] == [
        ("dr. Budi Santoso, M.Sc", "Direktur RSUD Sukamaju"),
        ("dr. Rina Sari, Sp.PK", "Pemimpin BLUD RSUD Tirta Provinsi Sukamaju")]


def test_a_heading_listing_its_parties_keeps_a_lone_dan_inside_its_subject():
    text = ("PERJANJIAN KERJA SAMA\n\nFAKULTAS KEDOKTERAN UNIVERSITAS TIRTA;\n\nRUMAH SAKIT UMUM DAERAH SUKAMAJU;\n\n"
            "DINAS KESEHATAN PROVINSI SUKAMAJU DAN BADAN PENGEMBANGAN SUMBER DAYA MANUSIA PROVINSI SUKAMAJU\n\n"
            "TENTANG\nPENGEMBANGAN DOKTER SPESIALIS DI PROVINSI SUKAMAJU\nDAN\nPERSIAPAN PROGRAM STUDI SPESIALIS\n\n"
            "NOMOR :\nNOMOR :\n\nPada hari ini Senin tanggal dua belas bulan Juni tahun dua ribu dua puluh dua, kami yang "
            "bertanda tangan di bawah ini:\n")
    assert schema_of([text])["title"] == ("Pengembangan Dokter Spesialis di Provinsi Sukamaju dan Persiapan Program "
                                          "Studi Spesialis")


def test_a_faculty_named_with_its_fields_keeps_them():
    rows = _rows("PERJANJIAN KERJA SAMA\nANTARA\nRSUD SUKAMAJU\nDENGAN\nFAKULTAS KEDOKTERAN UNIVERSITAS TIRTA",
                 "I. dr. Budi Santoso, Direktur RSUD Sukamaju, dalam hal ini bertindak untuk dan atas nama RSUD "
                 "Sukamaju, selanjutnya disebut PIHAK KESATU;\n\nII. Prof. Dr. Rina Sari, Sp.PD, Dekan Fakultas "
                 "Kedokteran, Kesehatan Masyarakat dan Keperawatan Universitas Tirta, yang bertindak untuk dan atas nama "
                 "Fakultas Kedokteran,\nKesehatan Masyarakat dan Keperawatan Universitas Tirta, berkedudukan di Jalan "
                 "Melati No. 6, selanjutnya disebut PIHAK KEDUA.")
    assert rows[1][1] == "Fakultas Kedokteran, Kesehatan Masyarakat dan Keperawatan Universitas Tirta"
