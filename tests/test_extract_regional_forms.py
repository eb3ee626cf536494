"""Identity paragraphs of regional governments' agreements in their common forms (issue 18): the forms were written
out systematically (who signs, how the block names them, how it is laid out) and run through the extractor; each
test here stands for a form it misread. Every text here is invented for these tests."""
from __future__ import annotations

from bench.eval import norm_person
from ingest.extract.heading_parties import title_parties
from ingest.extract.heads import split_head
from ingest.extract.names import clean_name, strip_name
from ingest.extract.offices import institution_from_position
from tests.extract_texts import schema_of

_OPENING = "\n\nPada hari ini Senin tanggal dua belas bulan Juni tahun dua ribu dua puluh tiga, kami yang bertanda " \
           "tangan di bawah ini:\n\n"
_CLOSING = "\n\nPARA PIHAK terlebih dahulu menerangkan hal-hal sebagai berikut:\n"


def _rows(heading: str, blocks: str) -> list[tuple]:
    parties = schema_of([heading + _OPENING + blocks + _CLOSING])["parties"]
    return [(p["role"], p["institution"], p["signatory"], p["position"]) for p in parties]


def test_a_rank_and_corps_before_a_name_are_no_part_of_it():
    assert strip_name("Letkol Inf TEGUH WIRAWAN, S.Sos.") == "Teguh Wirawan"
    assert strip_name("Kolonel Czi (K) Teguh Wirawan") == "Teguh Wirawan"
    assert strip_name("Mayor Inf Teguh Wirawan") == "Teguh Wirawan"
    assert strip_name("Kompol Teguh Wirawan, S.H.") == "Teguh Wirawan"
    assert strip_name("Kaptenia Sari") == "Kaptenia Sari"  # a name that only begins like a rank
    assert strip_name("Mayor Sulastri") == "Mayor Sulastri"  # "Mayor" without a corps may be a name
    rows = _rows("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nKODIM 0799/SUKAMAJU",
                 "1. Dra. Wulan Sekarsari, M.Si., selaku Bupati Sukamaju, dalam hal ini bertindak untuk dan atas "
                 "nama Pemerintah Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA.\n"
                 "2. Letkol Inf TEGUH WIRAWAN, S.Sos., selaku Komandan Kodim 0799/Sukamaju, dalam hal ini bertindak "
                 "untuk dan atas nama Kodim 0799/Sukamaju, selanjutnya disebut PIHAK KEDUA.")
    assert rows[1][1:] == ("Kodim 0799/Sukamaju", "Letkol Inf Teguh Wirawan, S.Sos.", "Komandan Kodim 0799/Sukamaju")
    assert norm_person(rows[1][2]) == norm_person("TEGUH WIRAWAN, S.Sos.")  # the truth records the name alone


def test_three_parties_each_on_its_own_heading_line():
    heading = ("KESEPAKATAN BERSAMA\nANTARA\nDINAS SOSIAL KABUPATEN SUKAMAJU\nFAKULTAS HUKUM UNIVERSITAS TIRTA\n"
               "DAN\nKEJAKSAAN NEGERI SUKAMAJU\nTENTANG\nPENDAMPINGAN HUKUM")
    head_end = heading.index("TENTANG")
    # two parties designated: the lines stay one name (a long name wraps); three: each line opening a body is one
    assert len(title_parties(heading, head_end, 2)) == 2
    assert [name for name, _, _ in title_parties(heading, head_end, 3)] == [
        "Dinas Sosial Kabupaten Sukamaju", "Fakultas Hukum Universitas Tirta", "Kejaksaan Negeri Sukamaju"]
    wrapped = "KESEPAKATAN BERSAMA\nANTARA\nBADAN PENYELENGGARA JAMINAN SOSIAL\nKESEHATAN\nDAN\nPEMERINTAH KOTA TIRTA\n"
    assert [name for name, _, _ in title_parties(wrapped, len(wrapped), 3)] == [
        "Badan Penyelenggara Jaminan Sosial Kesehatan", "Pemerintah Kota Tirta"]  # no body's word: still one name
    rows = _rows(heading, "I. Rudi Hartawan, S.Sos. : Kepala Dinas Sosial Kabupaten Sukamaju, berkedudukan di Jalan "
                          "Melati 3, selanjutnya disebut PIHAK PERTAMA;\nII. Dr. Laras Wening, S.H., M.H. : Dekan "
                          "Fakultas Hukum Universitas Tirta, berkedudukan di Jalan Kampus 1, selanjutnya disebut PIHAK "
                          "KEDUA;\nIII. Bagas Pranata, S.H. : Kepala Kejaksaan Negeri Sukamaju, berkedudukan di Jalan "
                          "Veteran 9, selanjutnya disebut PIHAK KETIGA;")
    assert [row[1] for row in rows] == ["Dinas Sosial Kabupaten Sukamaju", "Fakultas Hukum Universitas Tirta",
                                        "Kejaksaan Negeri Sukamaju"]


def test_regional_offices_named_before_their_holder():
    # "X, diwakili oleh OFFICE, NAME": a regional secretary, a utility's manager, a district commander
    assert split_head("Sekretaris Daerah Kabupaten Sukamaju, Drs. ARIS MUNANDAR, M.Si.") == (
        "Drs. Aris Munandar, M.Si.", "Sekretaris Daerah Kabupaten Sukamaju")
    assert split_head("Manajer PT PLN (Persero) UP3 Sukamaju, DIMAS PRADANA") == (
        "Dimas Pradana", "Manajer PT PLN (Persero) UP3 Sukamaju")
    rows = _rows("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nPT PLN (PERSERO) UP3 SUKAMAJU",
                 "1. Pemerintah Kabupaten Sukamaju, yang berkedudukan di Jalan Pemuda 1, yang dalam hal ini diwakili "
                 "oleh Sekretaris Daerah Kabupaten Sukamaju, Drs. ARIS MUNANDAR, M.Si., untuk selanjutnya disebut "
                 "PIHAK PERTAMA.\n2. PT PLN (Persero) UP3 Sukamaju, yang berkedudukan di Jalan Listrik 2, yang dalam "
                 "hal ini diwakili oleh Manajer PT PLN (Persero) UP3 Sukamaju, DIMAS PRADANA, untuk selanjutnya "
                 "disebut PIHAK KEDUA.")
    assert rows == [("PIHAK PERTAMA", "Pemerintah Kabupaten Sukamaju", "Drs. Aris Munandar, M.Si.",
                     "Sekretaris Daerah Kabupaten Sukamaju"),
                    ("PIHAK KEDUA", "PT PLN (Persero) UP3 Sukamaju", "Dimas Pradana",
                     "Manajer PT PLN (Persero) UP3 Sukamaju")]


def test_a_manager_or_commander_heads_the_unit_named_after_the_office():
    assert institution_from_position("Manajer PT PLN (Persero) UP3 Sukamaju") == "PT PLN (Persero) UP3 Sukamaju"
    assert institution_from_position("Komandan Kodim 0799/Sukamaju") == "Kodim 0799/Sukamaju"
    # a name in ordinary case alone on its line, the manager's office below
    rows = _rows("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KOTA TIRTA\nDENGAN\nPT PLN (PERSERO) UP3 TIRTA",
                 "1. Sinta Maharani, S.E.\nWali Kota Tirta, dalam hal ini bertindak untuk dan atas nama Pemerintah "
                 "Kota Tirta, selanjutnya disebut PIHAK PERTAMA.\n2. Dimas Pradana\nManajer PT PLN (Persero) UP3 "
                 "Tirta, berkedudukan di Jalan Listrik 2, selanjutnya disebut PIHAK KEDUA.")
    assert rows[1][2:] == ("Dimas Pradana", "Manajer PT PLN (Persero) UP3 Tirta")
    assert rows[1][1].lower() == "pt pln (persero) up3 tirta"  # the heading's party in order, its capitals tidied


def test_a_civil_servants_number_beside_the_name():
    assert split_head("dr. Nadia Puspita, NIP. 19850505 201001 2 021, selaku Kepala Puskesmas Tirta") == (
        "dr. Nadia Puspita", "Kepala Puskesmas Tirta")
    assert split_head("HARDI SUSANTO, NIP 19700101 199903 1 001 selaku Camat Tirta") == ("Hardi Susanto", "Camat Tirta")
    rows = _rows("PERJANJIAN KERJA SAMA\nANTARA\nUPTD PUSKESMAS TIRTA\nDENGAN\nKECAMATAN TIRTA",
                 "1. dr. Nadia Puspita, NIP. 19850505 201001 2 021, selaku Kepala Puskesmas Tirta, dalam hal ini "
                 "bertindak untuk dan atas nama UPTD Puskesmas Tirta, selanjutnya disebut PIHAK PERTAMA.\n"
                 "2. HARDI SUSANTO, S.STP., NIP. 19700101 199903 1 001, selaku Camat Tirta, dalam hal ini bertindak "
                 "untuk dan atas nama Kecamatan Tirta, selanjutnya disebut PIHAK KEDUA.")
    assert [row[2] for row in rows] == ["dr. Nadia Puspita", "Hardi Susanto, S.STP."]


def test_an_office_acted_in_keeps_its_company_form():
    rows = _rows("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KOTA TIRTA\nDENGAN\nPT PLN (PERSERO)",
                 "1. Sinta Maharani, S.E., yang dalam hal ini bertindak dalam jabatannya selaku Wali Kota Tirta, oleh "
                 "karena itu sah bertindak untuk dan atas nama serta sah mewakili Pemerintah Kota Tirta, selanjutnya "
                 "disebut PIHAK PERTAMA.\n2. DIMAS PRADANA, dalam kedudukannya selaku Manajer PT PLN (Persero) UP3 "
                 "Tirta, dalam hal ini bertindak untuk dan atas nama PT PLN (Persero), selanjutnya disebut PIHAK KEDUA.")
    assert rows[1] == ("PIHAK KEDUA", "PT PLN (Persero)", "Dimas Pradana", "Manajer PT PLN (Persero) UP3 Tirta")


def test_an_acting_for_label_row_is_no_name_row():
    rows = _rows("KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nKODIM 0799/SUKAMAJU",
                 "Nama : Dra. Wulan Sekarsari, M.Si.\nJabatan : Bupati Sukamaju\n"
                 "Bertindak untuk dan atas nama : Pemerintah Kabupaten Sukamaju\nAlamat : Jalan Pemuda 1\n"
                 "Selanjutnya disebut PIHAK PERTAMA.\n\nNama : Letkol Inf Teguh Wirawan, S.Sos.\n"
                 "Jabatan : Komandan Kodim 0799/Sukamaju\nBertindak untuk dan atas nama : Kodim 0799/Sukamaju\n"
                 "Alamat : Jalan Veteran 5\nSelanjutnya disebut PIHAK KEDUA.")
    assert rows == [("PIHAK PERTAMA", "Pemerintah Kabupaten Sukamaju", "Dra. Wulan Sekarsari, M.Si.", "Bupati Sukamaju"),
                    ("PIHAK KEDUA", "Kodim 0799/Sukamaju", "Letkol Inf Teguh Wirawan, S.Sos.",
                     "Komandan Kodim 0799/Sukamaju")]


def test_degrees_without_commas_after_a_name_keep_their_case():
    assert clean_name("Ir. Galih Santoso M.T IPU") == "Ir. Galih Santoso M.T IPU"
    assert clean_name("Dr. H. GALIH SANTOSO S.Sos M.Si") == "Dr. H. Galih Santoso S.Sos M.Si"
    assert clean_name("Drs. H. GALIH S.H") == "Drs. H. Galih S.H"  # a dotted degree after a name in capitals
    assert clean_name("GALIH SANTOSO") == "Galih Santoso"
    assert strip_name(clean_name("Ir. Galih Santoso M.T IPU")) == "Galih Santoso"


def test_a_wrapped_name_cell_keeps_its_engineers_title():
    rows = _rows("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KOTA TIRTA\nDENGAN\nUNIVERSITAS TIRTA",
                 "1. Ir. Galih : Wali Kota Tirta, dalam hal ini bertindak\nSantoso, M.T., IPU untuk dan atas nama "
                 "Pemerintah Kota Tirta, selanjutnya disebut PIHAK PERTAMA;\n2. Prof. Dr. Laras : Rektor Universitas "
                 "Tirta, dalam hal ini bertindak\nWening, M.Sc. untuk dan atas nama Universitas Tirta, selanjutnya "
                 "disebut PIHAK KEDUA;")
    assert [row[2] for row in rows] == ["Ir. Galih Santoso, M.T., IPU", "Prof. Dr. Laras Wening, M.Sc."]


def test_an_acting_officer_beside_the_name_before_a_second_capacity():
    # "NAME, Plt. OFFICE, selaku Kuasa Pengguna Anggaran": the office beside the name, not the budget capacity
    assert split_head("dr. Nadia Puspita, Sp.B., Plt. Direktur RSUD Kota Tirta, selaku Kuasa Pengguna Anggaran") == (
        "dr. Nadia Puspita, Sp.B.", "Plt. Direktur RSUD Kota Tirta")
    assert split_head("dr. Nadia Puspita, Sp.B., FINACS, selaku Direktur RSUD Kota Tirta") == (
        "dr. Nadia Puspita, Sp.B., FINACS", "Direktur RSUD Kota Tirta")  # a fellowship in capitals is a degree
    assert split_head("BUDI SANTOSA, KETUA") == ("Budi Santosa", "Ketua")  # an office in capitals stays one
    assert strip_name("Bapak Letkol Inf Teguh Wirawan") == "Teguh Wirawan"


def test_a_body_represented_by_its_office_then_the_holder():
    # police and village offices written short: "Kapolres X", "Lurah X", "Perbekel Desa X", "Penjabat Wali Kota X"
    rows = _rows("KESEPAKATAN BERSAMA\nANTARA\nKELURAHAN SUKAMULYA\nDENGAN\nKEPOLISIAN RESOR TIRTA",
                 "1. KELURAHAN SUKAMULYA, yang diwakili oleh Lurah Kelurahan Sukamulya, HARDI SUSANTO, S.IP., "
                 "berkedudukan di Jalan Melati 3, selanjutnya disebut PIHAK PERTAMA.\n2. KEPOLISIAN RESOR TIRTA, yang "
                 "diwakili oleh Kapolres Tirta, AKBP Dr. BAGAS PRANATA, S.I.K., M.H., berkedudukan di Jalan Veteran 9, "
                 "selanjutnya disebut PIHAK KEDUA.")
    assert [row[2:] for row in rows] == [("Hardi Susanto, S.IP.", "Lurah Kelurahan Sukamulya"),
                                         ("AKBP Dr. Bagas Pranata, S.I.K., M.H.", "Kapolres Tirta")]
    assert split_head("Penjabat Wali Kota Tirta, Drs. ARIS MUNANDAR") == ("Drs. Aris Munandar", "Penjabat Wali Kota Tirta")


def test_a_name_in_capitals_keeps_its_engineers_degrees():
    assert split_head("PROF. DR. IR. LARAS WENING, M.S., IPU, ASEAN ENG. SELAKU REKTOR UNIVERSITAS TIRTA") == (
        "Prof. Dr. Ir. Laras Wening, M.S., IPU, ASEAN ENG.", "Rektor Universitas Tirta")


def test_identity_paragraphs_in_capitals_wrapped_over_lines():
    # the capitals lines look like bare section headings; the paragraph designates its party further down
    rows = _rows("PERJANJIAN KERJA SAMA\nANTARA\nDINAS SOSIAL KOTA TIRTA\nDENGAN\nBPJS KETENAGAKERJAAN CABANG TIRTA\n"
                 "TENTANG\nPERLINDUNGAN PEKERJA RENTAN",
                 "1. DINAS SOSIAL KOTA TIRTA, BERKEDUDUKAN DI\n"
                 "   JALAN MELATI NOMOR 3, DALAM HAL INI\n"
                 "   DIWAKILI OLEH HJ. SINTA MAHARANI, S.SOS., M.M.\n"
                 "   SELAKU KEPALA DINAS SOSIAL KOTA TIRTA,\n"
                 "   SELANJUTNYA DISEBUT PIHAK PERTAMA.\n\n"
                 "2. BPJS KETENAGAKERJAAN CABANG TIRTA, BERKEDUDUKAN DI\n"
                 "   JALAN VETERAN NOMOR 9, DALAM HAL INI\n"
                 "   DIWAKILI OLEH DIMAS PRADANA SELAKU KEPALA\n"
                 "   KANTOR CABANG BPJS KETENAGAKERJAAN TIRTA,\n"
                 "   SELANJUTNYA DISEBUT PIHAK KEDUA.")
    assert [row[2:] for row in rows] == [("Hj. Sinta Maharani, S.SOS., M.M.", "Kepala Dinas Sosial Kota Tirta"),
                                         ("Dimas Pradana", "Kepala Kantor Cabang BPJS Ketenagakerjaan Tirta")]


def test_the_role_before_the_person_with_the_acting_clause():
    rows = _rows("KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nUNIVERSITAS TIRTA",
                 "1. PIHAK PERTAMA : Dra. Wulan Sekarsari, M.Si., Bupati Sukamaju, dalam hal ini bertindak untuk dan "
                 "atas nama Pemerintah Kabupaten Sukamaju, berkedudukan di Jalan Pemuda 1.\n"
                 "2. PIHAK KEDUA : Prof. Dr. Laras Wening, M.Sc., Rektor Universitas Tirta, dalam hal ini bertindak "
                 "untuk dan atas nama Universitas Tirta, berkedudukan di Jalan Kampus 1.")
    assert rows == [("PIHAK PERTAMA", "Pemerintah Kabupaten Sukamaju", "Dra. Wulan Sekarsari, M.Si.", "Bupati Sukamaju"),
                    ("PIHAK KEDUA", "Universitas Tirta", "Prof. Dr. Laras Wening, M.Sc.", "Rektor Universitas Tirta")]


def test_a_role_given_with_sebagai_alone():
    rows = _rows("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KOTA TIRTA\nDENGAN\nRSUD KOTA TIRTA",
                 "1. Sinta Maharani, S.E., Wali Kota Tirta, dalam hal ini bertindak untuk dan atas nama Pemerintah "
                 "Kota Tirta, sebagai PIHAK PERTAMA.\n2. dr. Nadia Puspita, Sp.PD-KGEH, FINASIM, Direktur RSUD Kota "
                 "Tirta, dalam hal ini bertindak untuk dan atas nama RSUD Kota Tirta, sebagai PIHAK KEDUA.")
    assert rows == [("PIHAK PERTAMA", "Pemerintah Kota Tirta", "Sinta Maharani, S.E.", "Wali Kota Tirta"),
                    ("PIHAK KEDUA", "RSUD Kota Tirta", "dr. Nadia Puspita, Sp.PD-KGEH, FINASIM", "Direktur RSUD Kota Tirta")]


def test_three_parties_separated_by_a_comma_on_one_heading_line():
    heading = "KESEPAKATAN BERSAMA\nANTARA PEMERINTAH KABUPATEN SUKAMAJU, PEMERINTAH KOTA TIRTA DAN PEMERINTAH KOTA RAYA\n"
    assert [name for name, _, _ in title_parties(heading, len(heading), 3)] == [
        "Pemerintah Kabupaten Sukamaju", "Pemerintah Kota Tirta", "Pemerintah Kota Raya"]
    one = "KESEPAKATAN BERSAMA\nANTARA KEMENTERIAN PENDIDIKAN, KEBUDAYAAN DAN PEMERINTAH KOTA RAYA\n"
    assert len(title_parties(one, len(one), 3)) == 2  # a comma before no body's word splits nothing


def test_a_name_cells_wrapped_degrees_and_a_title_at_a_lines_start():
    rows = _rows("PERJANJIAN KERJA SAMA\nANTARA\nRSUD KOTA TIRTA\nDENGAN\nBPKAD KOTA TIRTA",
                 "Nama    : Ns. Nadia Puspita,\n          S.Kep., M.Kep.\nJabatan : Direktur RSUD Kota Tirta\n"
                 "Alamat  : Jalan Melati 3\nbertindak untuk dan atas nama RSUD Kota Tirta, selanjutnya disebut "
                 "PIHAK PERTAMA.\n\n2. BPKAD Kota Tirta, berkedudukan di Jalan Pemuda 1, yang diwakili oleh\n"
                 "   H. Hardi Susanto, SH, MH dalam kedudukannya selaku Kepala BPKAD Kota Tirta,\n"
                 "   selanjutnya disebut PIHAK KEDUA;")
    assert [row[2] for row in rows] == ["Ns. Nadia Puspita, S.Kep., M.Kep.", "H. Hardi Susanto, SH, MH"]
