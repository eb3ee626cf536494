"""Forms read in extractor 1.11.29 (issue 18, the released sealed3 set's classes, as general forms): "serta secara
sah mewakili", a table's cell bars around a party's row and after a number, a name masked by the hosting site
before the body it signs for, "diwakili olehdr." and "olen" from the OCR, an acronym with digits in a body's name,
an item numbered "1," with a comma, a body described as "suatu institusi", an office before a form's blank body.
Every text here is written for these tests."""
from __future__ import annotations

from ingest.extract.bodies import institution_named
from ingest.extract.parties import parse_block
from ingest.extract.text import smart_title
from tests.extract_texts import schema_of


def _rows(text: str) -> list[tuple]:
    return [(p["role"], p["institution"], p["signatory"], p["position"]) for p in schema_of([text])["parties"]]


def test_secara_sah_mewakili_is_no_part_of_the_body():
    block = ("I. dr. Rina Wati, M.Kes., selaku Kepala Dinas Kesehatan Kabupaten Lumbung, dalam hal ini bertindak "
             "dalam jabatan tersebut di atas untuk dan atas nama serta secara sah mewakili Pemerintah Kabupaten "
             "Lumbung, selanjutnya disebut")
    assert parse_block(block)[:3] == ("Pemerintah Kabupaten Lumbung", "dr. Rina Wati, M.Kes.",
                                      "Kepala Dinas Kesehatan Kabupaten Lumbung")


def test_a_tables_cell_bars_are_neither_name_nor_office_nor_noise_after_a_number():
    text = ("PERJANJIAN KERJASAMA ANTARA\nBADAN PENDAPATAN DAERAH KABUPATEN SUKAJAYA\nDAN\n"
            "PT. LISTRIK SENTOSA (PERSERO) UNIT LAYANAN PELANGGAN (ULP2) SUKAJAYA\nTENTANG\nPENYETORAN PAJAK\n"
            "NOMOR : 973/12/2020 |\nNOMOR : 0077.PJ/AGA/2020 |\n"
            "Pada hari ini Senin tanggal tiga bulan Februari tahun dua ribu dua puluh, kami yang bertanda tangan di "
            "bawah ini:\n"
            "I. AGUS SALIM | : | Bupati Sukajaya, dalam hal ini bertindak untuk dan atas nama Pemerintah Kabupaten "
            "Sukajaya, selanjutnya disebut PIHAK KESATU. |\n"
            "II. DEWI LESTARI | : | Manajer Unit Layanan Pelanggan, dalam hal ini bertindak untuk dan atas nama "
            "PT. Listrik Sentosa (Persero) Unit Induk Distribusi Jawa Bagian Tengah dan Selatan Unit Layanan "
            "Pelanggan (ULP2) Sukajaya, selanjutnya disebut PIHAK KEDUA. |\n")
    facts = schema_of([text])
    assert facts["numbers"] == ["973/12/2020", "0077.PJ/AGA/2020"]
    rows = _rows(text)
    assert rows[0] == ("PIHAK KESATU", "Pemerintah Kabupaten Sukajaya", "Agus Salim", "Bupati Sukajaya")
    # a body's name over 150 characters, an acronym with a digit inside it
    assert rows[1] == ("PIHAK KEDUA", "PT. Listrik Sentosa (Persero) Unit Induk Distribusi Jawa Bagian Tengah dan "
                       "Selatan Unit Layanan Pelanggan (ULP2) Sukajaya", "Dewi Lestari", "Manajer Unit Layanan Pelanggan")


def test_a_name_masked_by_the_site_before_the_body_leaves_the_body():
    block = ("II. XXX XXXXX XXXXX PT. Bank Sentosa Daerah Lumbung disingkat PT. Bank Lumbung, berkedudukan dan "
             "berkantor pusat di Lumbung, Jl. Xxxx No. 3")
    assert parse_block(block)[:3] == ("PT. Bank Sentosa Daerah Lumbung", None, None)
    # a real name before a body is still a name ("XII" or an X-initial are no mask)
    assert parse_block("XAVIER TAN, selaku Direktur PT. Bank Sentosa, selanjutnya disebut")[1] == "Xavier Tan"


def test_ocr_joined_or_misread_oleh_and_an_item_numbered_with_a_comma():
    text = ("PERJANJIAN KERJASAMA ANTARA RUMAH SAKIT UMUM PUSAT CEMPAKA DENGAN PT. RUMAH SAKIT MELATI TENTANG "
            "RUJUKAN PASIEN NOMOR : HK.01/12/2020 Perjanjian Kerjasama ini dibuat di Jakarta pada hari Selasa "
            "tanggal dua bulan Juni tahun dua ribu dua puluh, oleh dan antara 1, RUMAH SAKIT UMUM PUSAT CEMPAKA "
            "(RSUP CEMPAKA), yang beralamat di Jalan Cempaka No. 1, dalam hal ini diwakili olehdr. Budi Santoso, "
            "MARS dalam jabatannya selaku Direktur Utama, yang selanjutnya disebut sebagai Pihak Pertama ; "
            "2. RUMAH SAKIT MELATI Suatu Institusi Pelayanan Kesehatan berbentuk Perseroan Terbatas, berkedudukan "
            "di Jalan Melati No. 4, dalam perbuatan hukum ini diwakili olen Dr. Sari Dewi selaku Direktur Utama, "
            "yang diangkat berdasarkan Akta No. 5, dan")
    rows = _rows(text)
    assert rows[0][2:] == ("dr. Budi Santoso, MARS", "Direktur Utama")
    assert rows[1] == ("PIHAK KEDUA", "Rumah Sakit Melati", "Dr. Sari Dewi", "Direktur Utama")


def test_an_office_before_a_blank_body_is_no_body():
    assert institution_named("DIREKTUR RUMAH SAKIT ...............................") is None
    assert institution_named("Direktur RSUD Kota Lumbung") == "Direktur RSUD Kota Lumbung"  # a body is named


def test_title_case_keeps_the_letter_after_a_parenthesis_and_acronyms_with_digits():
    assert smart_title("RUMAH SAKIT UMUM PUSAT CEMPAKA (RSUP CEMPAKA) UNIT (UP3) LUMBUNG") == \
        "Rumah Sakit Umum Pusat Cempaka (Rsup Cempaka) Unit (UP3) Lumbung"


def test_a_regional_head_named_with_the_region_kind_heads_that_regions_government_once():
    from ingest.extract.offices import institution_from_position
    assert institution_from_position("Gubernur Provinsi Sulawesi Timur") == "Pemerintah Provinsi Sulawesi Timur"
    assert institution_from_position("Bupati Kabupaten Lumbung") == "Pemerintah Kabupaten Lumbung"
    assert institution_from_position("Wali Kota Lumbung") == "Pemerintah Kota Lumbung"


def test_a_heading_naming_offices_over_broken_lines_names_their_bodies():
    text = ("PERJANJIAN KERJA SAMA\n\nANTARA\n\nKEPALA BADAN PENGEMBANGAN DAN PELATIHAN\n\n\n"
            "SUMBER DAYA APARATUR\nKEMENTERIAN KELAUTAN REPUBLIK INDONESIA\n\nDENGAN\n\n"
            "KEPALA PUSAT KESEHATAN\n\n\nKEPOLISIAN NEGARA REPUBLIK INDONESIA\n\nNOMOR : HK.01/5/2012\n\n"
            "TENTANG\n\nPELATIHAN TENAGA KESEHATAN\n\n"
            "Pada hari Senin tanggal Lima Bulan Maret Tahun Dua Ribu Dua Belas, kami yang bertanda tangan di bawah ini:\n\n"
            "1. dr. ANDI WIJAYA, M.P.H. Kepala Badan Pengembangan dan Pelatihan Sumber Daya Aparatur, berkedudukan "
            "di Jalan Merdeka No. 1, Jakarta, selanjutnya disebut PIHAK KESATU.\n\n"
            "2. Brigadir Jenderal Polisi, dr. HARI SUSANTO, DFM Kepala Pusat Kesehatan Kepolisian Negara Republik "
            "Indonesia, berkedudukan di Jalan Trunojoyo No. 3, Jakarta, selanjutnya disebut PIHAK KEDUA.\n")
    rows = _rows(text)
    assert rows[0][1] == "Badan Pengembangan dan Pelatihan Sumber Daya Aparatur Kementerian Kelautan Republik Indonesia"
    assert rows[1] == ("PIHAK KEDUA", "Pusat Kesehatan Kepolisian Negara Republik Indonesia",
                       "Brigadir Jenderal Polisi, dr. HARI SUSANTO, DFM",
                       "Kepala Pusat Kesehatan Kepolisian Negara Republik Indonesia")


def test_an_addendum_heading_citing_the_dated_amended_agreement_above_its_changed_subject():
    text = ("ADDENDUM\n\nPERJANJIAN KERJA SAMA\n\n\nANTARA\nPEMERINTAH PROVINSI LUMBUNG\nDENGAN\nPT. KARYA SENTOSA\n\n"
            "NOMOR : HK.21 TAHUN 2015\n\n\nNOMOR : 41/KS/PBGS/IX/2015\nTANGGAL : 10 SEPTEMBER 2015\n\n"
            "TENTANG\nSEMULA :\nPEMANFAATAN TANAH EKS SEKOLAH GURU\n\nDIUBAH MENJADI :\n"
            "PENGELOLAAN ASET MILIK PEMERINTAH PROVINSI LUMBUNG\n\n"
            "NOMOR : KS.120.7/55/KSNP/XII/2019\nNOMOR : 12/KS/PBGS/XII/2019\n\n"
            "Pada hari ini Senin tanggal dua bulan Desember tahun dua ribu sembilan belas bertempat di Lumbung, yang "
            "bertanda tangan di bawah ini :\n")
    facts = schema_of([text])
    assert facts["numbers"] == ["KS.120.7/55/KSNP/XII/2019", "12/KS/PBGS/XII/2019"]
    assert facts["parent_agreement"] == "HK.21 TAHUN 2015"
    assert facts["title"] == "Pengelolaan Aset Milik Pemerintah Provinsi Lumbung"
    # without the amended agreement's date below them, numbers above TENTANG stay the addendum's own
    plain = text.replace("TANGGAL : 10 SEPTEMBER 2015\n", "")
    assert "41/KS/PBGS/IX/2015" in schema_of([plain])["numbers"]


def test_a_drafts_first_item_without_its_designation_is_the_first_party():
    text = ("PERJANJIAN KERJASAMA\n\nANTARA\nRUMAH SAKIT TINGKAT IV 02.01.03 MELATI\nDENGAN\nKLINIK SEHAT SENTOSA\n"
            "TENTANG\nPELAYANAN KESEHATAN RUJUKAN\n\nNOMOR :\nNOMOR :\n\n"
            "Pada hari ini, Senin tanggal empat bulan Juli tahun Dua ribu dua puluh dua telah dibuat Perjanjian "
            "Kerjasama, kami yang bertanda tangan dibawah ini masing-masing sebagai berikut:\n\n"
            "1. dr. Anton Wijaya, Sp.PD….\n\n"
            "2. dr. Maya Sari, MM., selaku Direktur Klinik Sehat Sentosa yang bertempat di Jalan Kenari No. 3, "
            "dalam hal ini bertindak untuk dan atas nama Klinik Sehat Sentosa, selanjutnya disebut sebagai PIHAK "
            "KEDUA.\n\nDengan ini, PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.\n")
    rows = _rows(text)
    assert rows[0] == ("PIHAK PERTAMA", "Rumah Sakit Tingkat IV 02.01.03 Melati", "dr. Anton Wijaya, Sp.PD", None)
    assert rows[1] == ("PIHAK KEDUA", "Klinik Sehat Sentosa", "dr. Maya Sari, MM.", "Direktur Klinik Sehat Sentosa")


def test_an_office_over_a_blank_body_heads_no_body():
    from ingest.extract.offices import institution_from_position
    assert institution_from_position("Direktur Rumah Sakit ...................") is None
    assert institution_from_position("Direktur Rumah Sakit Melati") == "Rumah Sakit Melati"


def test_an_office_ending_in_a_conjunction_goes_on_at_the_next_line_not_the_name():
    from ingest.extract.columns import join_wrapped_names
    text = ("1. BUDI HARTONO, M.Hum, selaku Ketua Divisi Pendidikan, humas dan\n\n\nSDM, dalam hal ini bertindak untuk "
            "dan atas nama KOMISI LUMBUNG, selanjutnya disebut PIHAK PERTAMA.\n")
    assert join_wrapped_names(text) == text
    # a name's wrapped capitals still go back to the name
    wrapped = "1. IR. AGUS : Wali Kota Lumbung, untuk dan atas\nSALIM nama Pemerintah Kota Lumbung\n"
    assert join_wrapped_names(wrapped).startswith("1. IR. AGUS SALIM : Wali Kota")


def test_an_initial_before_degrees_keeps_its_comma_and_a_title_alone_is_no_name():
    from bench.eval import norm_person
    from ingest.extract.cleanup import fix_ocr
    from ingest.extract.names import clean_name
    assert fix_ocr("dr. Hj. SITI RAHMA H, M.K.M.")[0] == "dr. Hj. SITI RAHMA H, M.K.M."  # the name's initial, then degrees
    assert fix_ocr("dr, Budi Santoso")[0] == "dr. Budi Santoso"  # a title's dot read as a comma is still put right
    assert clean_name("dr. ………") is None and clean_name("Prof. Dr. Ir.") is None  # a draft's blank after the titles
    # the scorer: "R, HARYADI" as a text writes it is the person "R. Haryadi" (an initial, not a degree's comma)
    assert norm_person("R, HARYADI") == norm_person("R. Haryadi") != norm_person("R")


def test_a_subject_in_capitals_goes_on_past_a_mixed_case_legal_form_and_blank_lines():
    text = ("PERJANJIAN KERJASAMA\n\nANTARA\nYAYASAN KESEHATAN PEGAWAI SENTOSA\nDENGAN\nRSUD MELATI\nTENTANG\n"
            "PELAYANAN KESEHATAN BAGI PEGAWAI/\nPENSIUNAN PT TELEKOMUNIKASI SENTOSA Tbk BESERTA KELUARGA\n\n"
            "NOMOR : 12/HK.620/YKS/2018\n\nPada hari ini, Selasa tanggal dua bulan Januari tahun 2018 bertempat di "
            "Lumbung, antara pihak-pihak :\n")
    assert schema_of([text])["title"] == ("Pelayanan Kesehatan bagi Pegawai/ Pensiunan PT Telekomunikasi Sentosa TBK "
                                          "Beserta Keluarga")
    waste = ("SURAT PERJANJIAN KERJASAMA\n\nPENGANGKUTAN DAN PENGOLAHAN\n\n\nLIMBAH BAHAN BERBAHAYA DAN BERACUN (B3)\n\n"
             "PUSKESMAS LUMBUNG I\nNomor 12/PKM/2019\nDENGAN\nPT. SENTOSA ABADI\nNo. 33/SA/PKS/XII/2019\n\nTentang\n\n"
             "JASA PENGANGKUTAN DAN PENGOLAHAN LIMBAH BAHAN\n\n\nBERBAHAYA DAN BERACUN (B3)\n\n"
             "Perjanjian Kerjasama Penanganan Limbah ini dibuat dan ditandatangani pada hari Rabu tanggal 02 Januari "
             "2019 oleh dan antara :\n")
    # words of the subject that the heading printed too (not at a line's start) are no party named again
    assert schema_of([waste])["title"] == "Jasa Pengangkutan dan Pengolahan Limbah Bahan Berbahaya dan Beracun (B3)"
