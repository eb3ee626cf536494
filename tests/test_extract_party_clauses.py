"""Party forms the third set of agreements showed (issue 18, extractor 1.11.20): an item numeral without its dot
before a body's name, a position or body running on into the clause after it, a designation kept before a body,
a letter marker glued to a name, a form's labels or a field's hint taken for a value. Every text here is written
for these tests."""
from __future__ import annotations

from ingest.extract.bodies import tidy_body
from ingest.extract.names import clean_name
from ingest.extract.heads import position_of
from ingest.extract.parties import parse_block
from ingest.extract.text import is_placeholder


def test_an_item_numeral_without_a_dot_is_no_part_of_the_body():
    institution, signatory, position, _ = parse_block(
        "1 KOPERASI SERBA USAHA TIRTA MAKMUR dalam hal ini diwakili oleh Rahmat Hidayat jabatan Ketua")
    assert (institution, signatory, position) == ("Koperasi Serba Usaha Tirta Makmur", "Rahmat Hidayat", "Ketua")
    assert parse_block("2 PT. Bank Tirtawangi dalam hal ini diwakili oleh Agus Salim jabatan Pemimpin Cabang")[0] \
        == "PT. Bank Tirtawangi"


def test_a_position_ends_before_the_clause_after_it():
    assert position_of("Direktur Utama, dari") == "Direktur Utama"
    assert position_of("Direktur dari dan dengan demikian berhak") == "Direktur"
    assert position_of("Ketua dari dan karenanya") == "Ketua"
    assert position_of("Kepala Puskesmas dan dalam kapasitasnya tersebut") == "Kepala Puskesmas"
    assert position_of("Direktur CV. Sumber Air dan sekaligus bertindak sebagai Pemasok") == "Direktur CV. Sumber Air"
    assert position_of("Ketua Dewan Pengurus dari Koperasi Tirta") == "Ketua Dewan Pengurus dari Koperasi Tirta"


def test_a_body_without_the_designation_before_it_and_the_clause_after_it():
    assert tidy_body("Pihak Pertama yaitu CV. Sumber Air Lestari") == "CV. Sumber Air Lestari"
    assert tidy_body("the First Party, namely Tirta Foundation") == "Tirta Foundation"
    assert tidy_body("KOPERASI TIRTA MAKMUR tersebut") == "KOPERASI TIRTA MAKMUR"
    assert tidy_body("PT. Karya Bangun untuk Paket Pekerjaan: Pembangunan Gedung") == "PT. Karya Bangun"
    assert tidy_body("Yayasan untuk Pendidikan Anak") == "Yayasan untuk Pendidikan Anak"
    institution, _, _, _ = parse_block("Rahmat Hidayat, bertindak untuk dan atas nama Pihak Pertama yaitu "
                                       "CV. Sumber Air Lestari, berkedudukan di Sukamaju")
    assert institution == "CV. Sumber Air Lestari"


def test_clause_words_are_never_a_body():
    institution, signatory, position, _ = parse_block(
        "Siti Aminah, dalam hal ini bertindak dalam jabatannya selaku Ketua dari dan karenanya sah mewakili "
        "dari dan karenanya untuk bertindak")
    assert institution != "dari dan karenanya" and signatory == "Siti Aminah"


def test_a_letter_marker_glued_to_a_name_is_dropped():
    assert clean_name("b)RAHMAT HIDAYAT") == "Rahmat Hidayat"
    assert clean_name("(c) Siti Aminah") == "Siti Aminah"


def test_a_forms_labels_are_no_signatory():
    for labels in ("Nama Jabatan", "Name Position", "N a m a : Jabatan", "N a m a : Jabatan : Alamat", "Nama :"):
        assert clean_name(labels) is None, labels
    assert clean_name("Natalia Jabat") == "Natalia Jabat"


def test_a_fields_hint_between_dashes_is_a_placeholder():
    assert is_placeholder("-nama rumah sakit atau perusahaan-")
    assert not is_placeholder("PT Tirta-Wangi")
    assert not is_placeholder("RS Sehat - Sukamaju -")


def test_a_heading_body_named_like_a_state_stays_a_party_of_its_own():
    from ingest.extract.heading_parties import title_parties
    text = ("MEMORANDUM OF UNDERSTANDING BETWEEN\nTHE MINISTRY OF HEALTH OF THE REPUBLIC OF NORDHAVEN\nAND\n"
            "THE MINISTRY OF HEALTH OF THE STATE OF SOUTHLAND\nON NURSING EDUCATION\n")
    assert [name for name, _, _ in title_parties(text, len(text))] == [
        "The Ministry of Health of the Republic of Nordhaven", "The Ministry of Health of the State of Southland"]
    text = "MEMORANDUM OF UNDERSTANDING BETWEEN\nTHE CITY OF NORDHAVEN\nAND\nTHE CITY OF AALBERG, KARELIA STATE\n"
    assert [name for name, _, _ in title_parties(text, len(text))][-1] == "The City of Aalberg, Karelia State"


def test_dan_the_before_a_body_in_a_one_line_heading_starts_the_second_party():
    from ingest.extract.heading_parties import title_parties
    text = ("NOTA KESEPAHAMAN ANTARA BADAN PUSAT STATISTIK SUKAMAJU DAN THE NORDIC INSTITUTE FOR PEACE AND "
            "DEVELOPMENT\nTentang kerja sama\n")
    assert [name for name, _, _ in title_parties(text, len(text))] == [
        "Badan Pusat Statistik Sukamaju", "The Nordic Institute for Peace and Development"]


def test_the_works_package_after_the_heading_parties_ends_the_list():
    from ingest.extract.heading_parties import title_parties
    text = ("PERJANJIAN KERJA SAMA OPERASI\n\nANTARA\nPT. KARYA BANGUN (PERSERO)\n\nDENGAN\nPT. TIRTA BETON DIVISI "
            "GEDUNG\n\nUNTUK PAKET PEKERJAAN:\n\nPEMBANGUNAN GEDUNG PERPUSTAKAAN\n")
    assert [name for name, _, _ in title_parties(text, len(text))] == [
        "PT. Karya Bangun (PERSERO)", "PT. Tirta Beton Divisi Gedung"]


def test_a_fields_hint_inside_an_office_leaves_no_body():
    assert is_placeholder("Direktur -nama rumah sakit atau\nperusahaan-")
    institution, _, position, _ = parse_block("Rahmat Hidayat, dalam jabatannya selaku Direktur -nama klinik-, "
                                              "selanjutnya disebut")
    assert institution is None and position is None


def test_a_body_ends_before_a_parenthesis_cut_off_and_is_never_all_lower_case():
    assert parse_block("Rahmat Hidayat, acting on behalf of the Government of Nordhaven (")[0] == \
        "Government of Nordhaven"
    institution, signatory, _, _ = parse_block("RAHMAT : Yang mewakili atas nama petani lainnya yang telah bekerja "
                                               "sama dengan CV. Sumber Air")
    assert institution is None


def test_atas_nama_after_dari_dan_karenanya_names_the_body():
    institution, signatory, position, _ = parse_block(
        "Koperasi Tirta Makmur, berkedudukan di Sukamaju, yang dalam hal ini diwakili oleh Siti Aminah selaku Ketua "
        "dari dan karenanya bertindak untuk dan atas nama Koperasi Tirta Makmur")
    assert (institution, signatory, position) == ("Koperasi Tirta Makmur", "Siti Aminah", "Ketua")


def test_a_titles_dot_read_as_a_comma_keeps_the_name_whole():
    from ingest.extract.names import strip_name
    from ingest.extract.heads import comma_split
    assert strip_name("Drs. H, Rahmat Hidayat,SH..MH") == "Rahmat Hidayat"
    assert comma_split("dr, Siti Aminah") == ("dr Siti Aminah", None)
    institution, signatory, position, _ = parse_block(
        "2. Drs. H, Rahmat Hidayat,SH..MH selaku Ketua Pengadilan Negeri Sukamaju, dalam hal ini bertindak untuk "
        "dan atas nama Pengadilan Negeri Sukamaju, yang berkedudukan di Sukamaju")
    assert (institution, strip_name(signatory), position) == (
        "Pengadilan Negeri Sukamaju", "Rahmat Hidayat", "Ketua Pengadilan Negeri Sukamaju")


def test_dalam_jabatan_without_sebagai_gives_the_position():
    institution, signatory, position, _ = parse_block(
        "II. UPT TIRTA SUKAMAJU, berkedudukan di Jalan Merdeka 4, yang dalam hal ini diwakili secara sah oleh "
        "Rahmat, dalam jabatan Bendahara UPT Tirta Sukamaju, untuk selanjutnya disebut")
    assert (signatory, position) == ("Rahmat", "Bendahara UPT Tirta Sukamaju")


def test_a_long_typed_rule_before_the_role_still_designates_the_block():
    from ingest.extract.nlp import designations
    region = ("II. Rahmat Hidayat, Pemimpin Cabang PT. Bank Tirtawangi, dalam hal ini bertindak untuk dan atas nama "
              "PT. Bank Tirtawangi, untuk selanjutnya disebut : " + "-" * 120 + "PIHAK KEDUA" + "-" * 40 + "\n")
    assert [mention.role for mention in designations(region)] == ["PIHAK KEDUA"]
