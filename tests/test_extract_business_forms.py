"""Identity paragraphs of companies, BUMN, banks, insurers, BPJS, hospitals, universities, foundations and
cooperatives (issue 18): the forms were written out systematically (who signs, how the block names them, how it is
laid out, roles as PIHAK words or defined short names) and run through the extractor; each test here stands for a
form it misread. Every text here is invented for these tests."""
from __future__ import annotations

from bench.eval import norm_person
from ingest.extract.heads import split_head
from tests.extract_texts import schema_of

_HEADING = "PERJANJIAN KERJA SAMA\nANTARA\n{0}\nDENGAN\n{1}\nTENTANG\nPELAYANAN KESEHATAN BAGI PEGAWAI\n\n"
_OPENING = "Yang bertanda tangan di bawah ini:\n\n"
_CLOSING = "\n\nPARA PIHAK terlebih dahulu menerangkan hal-hal sebagai berikut:\n"


def _rows(first: str, second: str, blocks: str) -> list[tuple]:
    parties = schema_of([_HEADING.format(first, second) + _OPENING + blocks + _CLOSING])["parties"]
    return [(p["role"], p["institution"], p["signatory"], p["position"]) for p in parties]


def test_sah_mewakili_dan_bertindak_untuk_dan_atas_nama_names_the_body_alone():
    rows = _rows("KOPERASI SERBA USAHA MAJU JAYA", "PT TIRTA ENERGI NUSANTARA",
                 "1. SUPARMAN, dalam kedudukannya selaku Ketua, dengan demikian sah mewakili dan bertindak untuk dan "
                 "atas nama Koperasi Serba Usaha Maju Jaya, badan hukum nomor 518/45/BH/XII/2010, selanjutnya disebut "
                 "\"PIHAK PERTAMA\";\n2. BENNY HALIM, dalam kedudukannya selaku Direktur, dengan demikian sah mewakili "
                 "dan bertindak untuk dan atas nama PT Tirta Energi Nusantara, selanjutnya disebut \"PIHAK KEDUA\".")
    assert [row[1] for row in rows] == ["Koperasi Serba Usaha Maju Jaya", "PT Tirta Energi Nusantara"]


def test_a_company_officer_named_before_the_holder():
    # "diwakili oleh General Manager, NAME", "… oleh Presiden Direktur, dr. NAME, MARS"
    assert split_head("General Manager, Ir. HERU SANTOSO, M.T.") == ("Ir. Heru Santoso, M.T.", "General Manager")
    assert split_head("Presiden Direktur, dr. YOGI PRASETYA, MARS") == ("dr. Yogi Prasetya, MARS", "Presiden Direktur")
    assert split_head("Branch Manager, Andri Setiawan") == ("Andri Setiawan", "Branch Manager")
    rows = _rows("PT ADMINISTRASI MEDIKA SEJAHTERA", "RUMAH SAKIT HARAPAN SEHAT",
                 "1. PT Administrasi Medika Sejahtera, suatu perseroan terbatas, beralamat di Jalan Gatot Subroto "
                 "Nomor 40, Jakarta, yang dalam hal ini diwakili oleh Presiden Direktur, dr. YOGI PRASETYA, MARS, "
                 "selanjutnya disebut \"PIHAK PERTAMA\";\n2. Rumah Sakit Harapan Sehat, beralamat di Jalan Kenanga "
                 "Nomor 8 Kota Tirta, yang dalam hal ini diwakili oleh Direktur, dr. LINDA KUSUMAWATI, Sp.A., "
                 "selanjutnya disebut \"PIHAK KEDUA\".")
    assert rows[0][1:] == ("PT Administrasi Medika Sejahtera", "dr. Yogi Prasetya, MARS", "Presiden Direktur")


def test_a_paragraph_that_ends_its_designation_never_lends_its_name_the_next_line():
    # unnumbered paragraphs: the next party's body in capitals opens the next paragraph, no part of this signer's name
    rows = _rows("DINAS KESEHATAN KOTA TIRTA", "KOPERASI SERBA USAHA MAJU BERSAMA",
                 "dr. BAGAS PRANATA, M.Kes., selaku Kepala Dinas Kesehatan Kota Tirta, dalam hal ini bertindak untuk "
                 "dan atas nama Dinas Kesehatan Kota Tirta, selanjutnya disebut \"PIHAK PERTAMA\".\n\n"
                 "KOPERASI SERBA USAHA MAJU BERSAMA, badan hukum nomor 518/45/BH/XII/2010, dalam hal ini diwakili "
                 "oleh SUPARMAN selaku Ketua, selanjutnya disebut \"PIHAK KEDUA\".")
    assert rows == [("PIHAK PERTAMA", "Dinas Kesehatan Kota Tirta", "dr. Bagas Pranata, M.Kes.",
                     "Kepala Dinas Kesehatan Kota Tirta"),
                    ("PIHAK KEDUA", "Koperasi Serba Usaha Maju Bersama", "Suparman", "Ketua")]


def test_a_company_form_designated_in_this_agreement_by_a_short_name():
    # "Selanjutnya dalam perjanjian ini disebut "PERUMDA"": the short name still designates the block
    rows = _rows("PERUSAHAAN UMUM DAERAH AIR MINUM TIRTA SUKAMAJU", "DINAS KESEHATAN KOTA TIRTA",
                 "1. Nama : Ir. WAHYU HIDAYAT\n   Jabatan : Direktur Utama\n   Nama Perusahaan : Perusahaan Umum "
                 "Daerah Air Minum Tirta Sukamaju\n   Alamat : Jalan Sumber Air Nomor 3 Kabupaten Sukamaju\n"
                 "   Selanjutnya dalam perjanjian ini disebut \"PERUMDA\";\n\n2. dr. BAGAS PRANATA, M.Kes., selaku "
                 "Kepala Dinas Kesehatan Kota Tirta, dalam hal ini bertindak untuk dan atas nama Dinas Kesehatan Kota "
                 "Tirta, selanjutnya disebut \"DINAS\".")
    assert rows == [("PIHAK PERTAMA", "Perusahaan Umum Daerah Air Minum Tirta Sukamaju", "Ir. Wahyu Hidayat",
                     "Direktur Utama"),
                    ("PIHAK KEDUA", "Dinas Kesehatan Kota Tirta", "dr. Bagas Pranata, M.Kes.",
                     "Kepala Dinas Kesehatan Kota Tirta")]


def test_a_body_represented_by_the_rows_below_it():
    # "KOPERASI X, …, yang diwakili oleh :" / "Nama : …" / "Jabatan : …": the body first, its signer in the rows
    rows = _rows("KOPERASI SERBA USAHA MAJU JAYA", "RUMAH SAKIT HARAPAN SEHAT",
                 "1. KOPERASI SERBA USAHA MAJU JAYA, badan hukum nomor 518/45/BH/XII/2010, berkedudukan di Desa "
                 "Sukamaju, yang diwakili oleh :\n   Nama : SUPARMAN\n   Jabatan : Ketua\n   selanjutnya disebut "
                 "PIHAK PERTAMA;\n2. RUMAH SAKIT HARAPAN SEHAT, beralamat di Jalan Kenanga Nomor 8 Kota Tirta, yang "
                 "diwakili oleh :\n   Nama : dr. LINDA KUSUMAWATI, Sp.A.\n   Jabatan : Direktur\n   selanjutnya "
                 "disebut PIHAK KEDUA.")
    assert rows == [("PIHAK PERTAMA", "Koperasi Serba Usaha Maju Jaya", "Suparman", "Ketua"),
                    ("PIHAK KEDUA", "Rumah Sakit Harapan Sehat", "dr. Linda Kusumawati, Sp.A.", "Direktur")]


def test_a_notarial_identity_and_an_office_after_the_power_of_attorney():
    # "Tuan X, lahir di …, pada tanggal …": a birth date is no office; the office after "dalam jabatannya selaku"
    # "X, berdasarkan Surat Kuasa Nomor … tanggal … selaku Pemimpin Cabang Y, …": the office after the basis
    rows = _rows("PT BANK NUSA KENCANA (PERSERO) Tbk", "PT TIRTA ENERGI NUSANTARA",
                 "1. ANDRI SETIAWAN, berdasarkan Surat Kuasa Nomor 17/SK/DIR/2023 tanggal 2 Januari 2023 selaku "
                 "Pemimpin Cabang Tirta, dalam hal ini bertindak untuk dan atas nama PT Bank Nusa Kencana (Persero) "
                 "Tbk, selanjutnya disebut \"BANK\";\n2. Tuan BENNY HALIM, lahir di Kota Tirta, pada tanggal 4 Mei "
                 "1975, Warga Negara Indonesia, pemegang Kartu Tanda Penduduk Nomor 3201010405750001, dalam hal ini "
                 "bertindak dalam jabatannya selaku Direktur dari dan oleh karena itu untuk dan atas nama PT Tirta "
                 "Energi Nusantara, selanjutnya disebut \"PENYEDIA\".")
    assert rows[0] == ("PIHAK PERTAMA", "PT Bank Nusa Kencana (Persero) Tbk", "Andri Setiawan", "Pemimpin Cabang Tirta")
    assert (rows[1][1], norm_person(rows[1][2]), rows[1][3]) == ("PT Tirta Energi Nusantara", "benny halim", "Direktur")


def test_an_office_then_its_holder_in_capitals_without_a_comma():
    # "diwakili oleh Direktur Utama NAME", "… oleh Rektor Prof. Dr. NAME, M.Sc.": the office, then the holder
    assert split_head("Direktur Utama MARCELLA TANUWIDJAJA") == ("Marcella Tanuwidjaja", "Direktur Utama")
    assert split_head("Rektor Prof. Dr. RUDI HARTAWAN, M.Sc.") == ("Prof. Dr. Rudi Hartawan, M.Sc.", "Rektor")
    assert split_head("Pemimpin Cabang Tirta ANDRI SETIAWAN") == ("Andri Setiawan", "Pemimpin Cabang Tirta")
    # a place in capitals after an office, a regional head named after a place: no holder
    assert split_head("Kepala Dinas Kesehatan KOTA TIRTA")[1] is None
    assert split_head("Bupati TANAH DATAR")[1] is None
    rows = _rows("UNIVERSITAS TIRTA JAYA", "PT BANK NUSA KENCANA (PERSERO) Tbk",
                 "1. Universitas Tirta Jaya, perguruan tinggi swasta di bawah Yayasan Pendidikan Tirta Jaya, diwakili "
                 "oleh Rektor Prof. Dr. RUDI HARTAWAN, M.Sc., selanjutnya disebut PIHAK PERTAMA;\n2. PT Bank Nusa "
                 "Kencana (Persero) Tbk, berkedudukan di Jakarta, diwakili oleh Pemimpin Cabang Tirta ANDRI SETIAWAN, "
                 "selanjutnya disebut PIHAK KEDUA.")
    assert rows == [("PIHAK PERTAMA", "Universitas Tirta Jaya", "Prof. Dr. Rudi Hartawan, M.Sc.", "Rektor"),
                    ("PIHAK KEDUA", "PT Bank Nusa Kencana (Persero) Tbk", "Andri Setiawan", "Pemimpin Cabang Tirta")]


def test_a_company_acting_through_its_officer():
    text = ("COOPERATION AGREEMENT\nBETWEEN\nPT TIRTA ENERGI NUSANTARA\nAND\nRUMAH SAKIT HARAPAN SEHAT\n\n"
            "This Agreement is made and entered into in Kota Tirta on 12 June 2023 by and between:\n\n"
            "1. PT TIRTA ENERGI NUSANTARA, a company incorporated under the laws of the Republic of Indonesia, "
            "having its registered office at Sukamaju Industrial Estate Block C-3, acting through BENNY HALIM, its "
            "President Director (hereinafter referred to as \"TEN\");\n2. RUMAH SAKIT HARAPAN SEHAT, a private "
            "hospital located at Jalan Kenanga 8, Kota Tirta, acting through dr. LINDA KUSUMAWATI, Sp.A., its "
            "Director (hereinafter referred to as \"Hospital\").\n\nThe Parties hereby agree as follows:\n")
    parties = schema_of([text])["parties"]
    assert [(p["signatory"], p["position"]) for p in parties] == [
        ("Benny Halim", "President Director"), ("dr. Linda Kusumawati, Sp.A.", "Director")]


def test_a_body_abbreviated_inside_its_block_before_its_short_name():
    # "X, yang selanjutnya disebut UTJ, …, selanjutnya disebut "UNIV"": the first names the body, the second the party
    text = ("PERJANJIAN KERJA SAMA\nTENTANG\nPELAYANAN KESEHATAN BAGI PEGAWAI\n\n" + _OPENING +
            "I. Universitas Tirta Jaya, yang selanjutnya disebut UTJ, berkedudukan di Kota Tirta, dalam hal ini "
            "diwakili oleh Prof. Dr. RUDI HARTAWAN, M.Sc., Rektor, selanjutnya disebut \"UNIVERSITAS\";\n"
            "II. PT Bank Nusa Kencana (Persero) Tbk., yang selanjutnya disebut Bank Nusa, berkedudukan di Jakarta, "
            "dalam hal ini diwakili oleh ANDRI SETIAWAN, Pemimpin Cabang, selanjutnya disebut \"BANK\"." + _CLOSING)
    rows = [(p["role"], p["institution"], p["signatory"], p["position"]) for p in schema_of([text])["parties"]]
    assert rows == [("PIHAK PERTAMA", "Universitas Tirta Jaya", "Prof. Dr. Rudi Hartawan, M.Sc.", "Rektor"),
                    ("PIHAK KEDUA", "PT Bank Nusa Kencana (Persero) Tbk", "Andri Setiawan", "Pemimpin Cabang")]


def test_wrapped_lines_inside_a_block_and_a_short_name():
    # a PDF's text layer wraps the block: its abbreviation and its short name stay in one block; the quoted short
    # name "BANK SUMBER / MAKMUR" wraps too
    text = ("PERJANJIAN KERJA SAMA\nTENTANG\nPELAYANAN KESEHATAN BAGI PEGAWAI\n\n" + _OPENING +
            "1. Universitas Tirta Jaya, yang selanjutnya disebut UTJ, berkedudukan di\n   Kota Tirta, dalam hal ini "
            "diwakili oleh Ir. WAHYU HIDAYAT, Rektor,\n   selanjutnya disebut \"UNIVERSITAS\";\n"
            "2. PT Bank Pembangunan Daerah Sumber Makmur, berkedudukan di Kota Tirta,\n   dalam hal ini diwakili oleh "
            "Dra. SRI MULYANINGSIH, M.M., Direktur Utama,\n   selanjutnya disebut \"BANK SUMBER\n   MAKMUR\"." + _CLOSING)
    rows = [(p["role"], p["institution"], p["signatory"], p["position"]) for p in schema_of([text])["parties"]]
    assert rows == [("PIHAK PERTAMA", "Universitas Tirta Jaya", "Ir. Wahyu Hidayat", "Rektor"),
                    ("PIHAK KEDUA", "PT Bank Pembangunan Daerah Sumber Makmur", "Dra. Sri Mulyaningsih, M.M.",
                     "Direktur Utama")]


def test_a_line_ending_in_a_notary_s_degrees_or_a_title_ends_no_sentence():
    # "… Akta Notaris X, S.H., M.Kn." / "Nomor 12 …" and "… diwakili oleh Prof." / "Dr. NAME": the block goes on
    rows = _rows("YAYASAN KASIH BUNDA", "PT PERUSAHAAN LISTRIK NEGARA (PERSERO)",
                 "YAYASAN KASIH BUNDA, berdasarkan Akta Notaris Rina Maharani, S.H., M.Kn.\n   Nomor 12 tanggal 5 "
                 "Maret 2015, berkedudukan di Kota Tirta, diwakili\n   oleh Ketua Pengurus Hj. NURUL HIDAYATI, S.Pd., "
                 "selanjutnya disebut\n   PIHAK PERTAMA;\n\nPT Perusahaan Listrik Negara (Persero), berkedudukan di "
                 "Jakarta, dalam hal ini diwakili oleh Prof.\n   Dr. RUDI HARTAWAN, M.Sc., Manajer Unit Pelaksana "
                 "Pelayanan Pelanggan\n   Tirta, selanjutnya disebut PIHAK KEDUA.")
    assert [row[1] for row in rows] == ["Yayasan Kasih Bunda", "PT Perusahaan Listrik Negara (Persero)"]
    assert rows[1][2:] == ("Prof. Dr. Rudi Hartawan, M.Sc.", "Manajer Unit Pelaksana Pelayanan Pelanggan Tirta")


def test_an_english_inline_list_wrapped_after_a_title_or_before_a_street_number():
    # "… represented by dr." / "LINDA …" and "Jalan Pemuda" / "12, Sukamaju, represented by …" in one wrapped paragraph
    text = ("COOPERATION AGREEMENT\n\nThis Agreement is made and entered into in Kota Tirta on 12 June 2023 by\n"
            "and between:\n\nRUMAH SAKIT HARAPAN SEHAT, a private hospital located at Jalan Kenanga 8, represented "
            "by dr.\n   LINDA KUSUMAWATI, Sp.A., Director (hereinafter referred to as the \"First\n   Party\") and "
            "PT Telkom Nusa (Persero) Tbk Witel Sukamaju, a state-owned company,\n   having its office at Jalan "
            "Pemuda\n   12, Sukamaju, represented by AGUS WIBOWO, General Manager (hereinafter\n   referred to as "
            "the \"Second Party\").\n\nThe Parties hereby agree as follows:\n")
    rows = [(p["institution"], p["signatory"], p["position"]) for p in schema_of([text])["parties"]]
    assert rows == [("Rumah Sakit Harapan Sehat", "dr. Linda Kusumawati, Sp.A.", "Director"),
                    ("PT Telkom Nusa (Persero) Tbk Witel Sukamaju", "Agus Wibowo", "General Manager")]


def test_a_board_lead_in_an_identity_card_and_and_as_such():
    # "diwakili oleh Direksi yaitu X"; "X, pemegang Kartu Tanda Penduduk Nomor …, selaku Y"; "…, and as such acting"
    rows = _rows("PT PLN (PERSERO) UNIT INDUK DISTRIBUSI NUSA KENCANA", "PERUSAHAAN UMUM DAERAH AIR MINUM TIRTA SUKAMAJU",
                 "1. PT PLN (Persero) Unit Induk Distribusi Nusa Kencana, berkedudukan di Kota Tirta, dalam hal ini "
                 "diwakili oleh Direksi yaitu Ir. HERU SANTOSO, M.T. selaku General Manager, selanjutnya disebut "
                 "PIHAK PERTAMA;\n2. Ir. WAHYU HIDAYAT, pemegang Kartu Tanda Penduduk Nomor 3201010405750001, selaku "
                 "Direktur Utama, dalam hal ini bertindak untuk dan atas nama Perusahaan Umum Daerah Air Minum Tirta "
                 "Sukamaju, selanjutnya disebut PIHAK KEDUA.")
    assert [row[2:] for row in rows] == [("Ir. Heru Santoso, M.T.", "General Manager"),
                                         ("Ir. Wahyu Hidayat", "Direktur Utama")]
    text = ("AGREEMENT\n\nThis Agreement is made and entered into in Kota Tirta on 12 June 2023 by and between:\n\n"
            "1. PT TIRTA ENERGI NUSANTARA, a limited liability company duly established and existing under the laws "
            "of the Republic of Indonesia, in this respect represented by BENNY HALIM in his capacity as President "
            "Director, and as such acting for and on behalf of PT TIRTA ENERGI NUSANTARA (hereinafter referred to "
            "as \"TEN\");\n2. PT ASURANSI JIWA SENTOSA ABADI, a limited liability company, in this respect "
            "represented by MARCELLA TANUWIDJAJA in her capacity as President Director, and as such acting for and "
            "on behalf of PT ASURANSI JIWA SENTOSA ABADI (hereinafter referred to as \"Sentosa\").\n\n"
            "The Parties hereby agree as follows:\n")
    assert [p["position"] for p in schema_of([text])["parties"]] == ["President Director", "President Director"]
