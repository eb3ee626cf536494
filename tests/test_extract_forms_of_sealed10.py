"""Forms of health services' agreements with schools, clinics and doctors (a school's "Nama / Jabatan / Unit Kerja"
form, a heading naming the parties without ANTARA, a draft's blanks), read right (helper fix10). Every text here is
invented for these tests."""
from __future__ import annotations

import pytest

from ingest.extract.extractor import extract_agreement


def _facts(text: str):
    return extract_agreement([text])


def _parties(text: str) -> list[tuple]:
    return [(p.role, p.institution, p.signatory, p.position) for p in _facts(text).parties or []]


_SCHOOL_FORM = (
    "PERJANJIAN KERJASAMA\n\nPUSKESMAS WANAREJA\n\nDENGAN\n\nSD NEGERI 4 TIRTAMULYA\n\n"
    "NOMOR : 12/SDN4/III/2023\n\nTENTANG\n\nUSAHA KESEHATAN SEKOLAH\n\n"
    "Pada hari Selasa tanggal tujuh Maret dua ribu dua puluh tiga bertempat di {room}\n{premises}, kami yang "
    "bertanda tangan dibawah ini:\n\n"
    "1. {label} : drg. Ratna Widuri\n\n\nJabatan : Kepala Puskesmas Wanareja\nUnit Kerja : Puskesmas Wanareja,\n"
    "yang selanjutnya disebut PIHAK KESATU\n\n"
    "2. Nama : Sumarni Hadiwijaya, S.Pd\n\n\nJabatan : Kepala Sekolah SD Negeri 4 Tirtamulya\n"
    "Unit Kerja : SD Negeri 4 Tirtamulya,\nyang selanjutnya disebut PIHAK KEDUA\n\n"
    "Kedua belah pihak sepakat mengadakan perjanjian kerjasama sebagai berikut.\n\nPasal 1\nKETENTUAN UMUM\n")


@pytest.mark.parametrize("label", ["Nama", "N a m a", "N A M A"])
def test_the_unit_label_names_the_body_and_ends_the_office(label):
    text = _SCHOOL_FORM.format(room="aula", premises="puskesmas Wanareja", label=label)
    assert _parties(text) == [
        ("PIHAK KESATU", "Puskesmas Wanareja", "drg. Ratna Widuri", "Kepala Puskesmas Wanareja"),
        ("PIHAK KEDUA", "SD Negeri 4 Tirtamulya", "Sumarni Hadiwijaya, S.Pd", "Kepala Sekolah SD Negeri 4 Tirtamulya")]


@pytest.mark.parametrize("room, premises, place", [
    ("aula", "puskesmas Wanareja", "aula puskesmas Wanareja"),
    ("Ruang Rapat", "UPTD Puskesmas Wanareja", "Ruang Rapat UPTD Puskesmas Wanareja"),
    ("Aula", "Puskesmas Wanareja", "Aula Puskesmas Wanareja"),
])
def test_a_room_of_the_premises_wrapped_onto_the_next_line_is_the_place(room, premises, place):
    assert _facts(_SCHOOL_FORM.format(room=room, premises=premises, label="Nama")).sign_place == place


def test_a_room_whose_phrase_runs_into_an_address_is_no_premises():
    from ingest.extract.premises import room_of_premises
    assert room_of_premises("Ruang Rapat Politeknik Negeri Sukamaju Jl") is None
    assert room_of_premises("Ruang Rapat Politeknik Negeri Sukamaju") is None  # a campus: no place, as before
    assert room_of_premises("Ruang Rapat Lantai Dua") is None
    assert room_of_premises("aula puskesmas Wanareja") == "aula puskesmas Wanareja"


def test_a_spaced_out_label_is_read_only_at_a_rows_start():
    from ingest.extract.ocr_marks import spaced_labels
    assert spaced_labels("II. N a m a : dr. Sinta") == "II. Nama    : dr. Sinta"
    assert spaced_labels("J A B A T A N : Direktur") == "JABATAN       : Direktur"
    for text in ("kata N a m a : x", "N a m a Budi", "a l a m a t : Jl. Mawar"):
        assert spaced_labels(text) == text


# a page whose lines the site ran together: the second block's labels on one row, its values after one colon each
_RUN_TOGETHER = (
    "PERJANJIAN KERJASAMA MADRASAH TSANAWIYAH NURUL HUDA SUKAREJA DENGAN UPT PUSKESMAS TANJUNGSARI Yang bertanda "
    "tangan di bawah ini : 1. Nama : AHMAD FAUZI, S.Ag Jabatan : Kepala MTs Nurul Huda Unit Kerja : MTs Nurul Huda "
    "Sukareja Dalam hal ini bertindak untuk dan atas nama MTs Nurul Huda Sukareja selanjutnya disebut PIHAK "
    "PERTAMA. 2. Nama Jabatan Unit Kerja : LINDA MARLINA, SKM : Plt. Kepala UPT Puskesmas Tanjungsari : UPT "
    "Puskesmas Tanjungsari Dalam hal ini bertindak untuk dan atas nama Puskesmas Tanjungsari, selanjutnya disebut "
    "sebagai PIHAK KEDUA. Kedua belah pihak sepakat sebagai berikut : Pasal 1 Kerjasama ini bersifat saling "
    "menunjang.")


def test_a_labels_row_with_its_values_on_the_same_line_is_read_label_by_label():
    assert _parties(_RUN_TOGETHER) == [
        ("PIHAK PERTAMA", "MTs Nurul Huda Sukareja", "Ahmad Fauzi, S.Ag", "Kepala MTs Nurul Huda"),
        ("PIHAK KEDUA", "Puskesmas Tanjungsari", "Linda Marlina, SKM", "Plt. Kepala UPT Puskesmas Tanjungsari")]


def test_a_labels_row_whose_values_do_not_match_its_labels_is_left_as_it_is():
    from ingest.extract.columns import unflattened
    for block in ("2. Nama Jabatan : LINDA MARLINA : Bidan : Puskesmas X Dalam hal ini",
                  "Nama Jabatan Unit Kerja : LINDA MARLINA Dalam hal ini"):
        assert unflattened(block) == block


_CLINIC = (
    "PERJANJIAN KERJA SAMA ANTARA\nPUSKESMAS KARANGSARI DENGAN\nKLINIK PRATAMA SEHAT BERSAMA\nTENTANG\n"
    "PENANGGULANGAN TUBERKULOSIS\nNOMOR : 41/KPSB/V/2022\n"
    "Perjanjian ini dibuat dan ditandatangani di Sukamaju, pada Rabu, 11 Mei 2022 antara :\n"
    "1. Klinik Pratama Sehat Bersama berkedudukan di Jl. Kenanga No. 3 Sukamaju, dalam hal ini diwakili oleh\n"
    "dr. Yohana Kristanti selaku Penanggung Jawab Klinik bertindak untuk dan atas nama KLINIK tersebut "
    "selanjutnya disebut sebagai PIHAK PERTAMA.\n"
    "2. Puskesmas Karangsari, berkedudukan di Jalan Melati Sukamaju, dalam hal ini diwakili oleh dr. Bagus Pranoto, "
    "selaku Kepala Puskesmas Karangsari, karenanya\nberwenang bertindak untuk mewakili atas nama Dinas Kesehatan "
    "Kabupaten Sukamaju tersebut,\nselanjutnya disebut sebagai PIHAK KEDUA.\n"
    "Dengan memperhatikan peraturan perundang-undangan sebagai berikut:\n"
    "1. Peraturan Menteri Kesehatan Nomor 67 Tahun 2016\ntentang Penanggulangan Tuberkulosis.\n"
    "2. Peraturan Bupati Sukamaju Nomor 12 Tahun 2020\ntentang Jejaring Layanan.\n"
    "3. Surat Edaran Kepala Dinas Kesehatan Kabupaten Sukamaju\nNomor 440/77/2021 tentang Pelaporan Kasus.\n")


def test_karenanya_ends_the_office_and_a_list_of_regulations_is_no_third_party():
    found = _parties(_CLINIC)
    assert len(found) == 2
    assert found[1][3] == "Kepala Puskesmas Karangsari"


def test_the_next_item_after_the_last_party_is_still_read_without_such_a_list():
    from ingest.extract.party_blocks import undesignated_item
    region = "1. A, selanjutnya disebut PIHAK PERTAMA.\n2. PT. Bina Karya, berkedudukan di Sukamaju"
    cursor = region.index("\n")
    assert undesignated_item(region, cursor, "1. A, selanjutnya disebut PIHAK PERTAMA.") is not None
    listed = region[:cursor] + "\nDengan memperhatikan:\n2. Peraturan Menteri Nomor 5"
    assert undesignated_item(listed, cursor, "1. A, selanjutnya disebut PIHAK PERTAMA.") is None


def test_a_doctor_acting_for_himself_named_in_the_heading_with_dotted_initials_is_no_body():
    text = ("PERJANJIAN KERJASAMA ANTARA RUMAH SAKIT TIRTA HUSADA DENGAN dr. I. B. MADE SUARTA, Sp.THT NOMOR : "
            "PKS/12/V/2021/RS TENTANG PELAYANAN TELINGA HIDUNG TENGGOROK Pada hari ini Senin, tanggal 3 bulan Mei "
            "tahun dua ribu dua puluh satu, yang bertanda tangan dibawah ini: 1.\ndr. WAYAN LESTARI, MARS, selaku "
            "DIREKTUR RUMAH SAKIT TIRTA HUSADA, dalam hal ini bertindak untuk dan atas nama Rumah Sakit Tirta Husada, "
            "selanjutnya disebut PIHAK PERTAMA.\n2.\ndr. I B MADE SUARTA, Sp.THT, dokter spesialis THT dalam hal ini "
            "bertindak untuk dan atas nama diri sendiri, selanjutnya disebut PIHAK KEDUA.\n")
    assert _parties(text)[1][1] is None


@pytest.mark.parametrize("heading", [
    "PERJANJIAN KERJASAMA\nTK PERTIWI SUKAREJA\nDENGAN PUSAT KESEHATAN MASYARAKAT TANJUNGSARI\n",
    "PERJANJIAN KERJASAMA\nUPT PUSKESMAS TANJUNGSARI\nDINAS KESEHATAN KOTA SUKAMAJU\nDENGAN\nSMA NEGERI 7 SUKAMAJU\n",
])
def test_a_heading_naming_only_the_parties_without_antara_gives_no_title(heading):
    text = heading + ("Nomor : 421.2/17/SMA7/2023\n\nYang bertanda tangan di bawah ini :\n\n1. Nama : Budi Santoso\n"
                      "Jabatan : Kepala Sekolah\nselanjutnya disebut PIHAK PERTAMA.\n")
    assert _facts(text).title is None


def test_the_subject_before_a_line_naming_both_parties_is_the_title():
    text = ("SURAT PERJANJIAN KERJASAMA PROGRAM\n\nPENGENDALIAN DEMAM BERDARAH DENGAN GERAKAN 3M\n\n"
            "KLINIK SEHAT SENTOSA DENGAN PUSKESMAS TANJUNGSARI\n\nKABUPATEN SUKAMAJU TAHUN 2022\n\n"
            "Nomor : 445/12-SPK/2022\n\nPada hari Senin tanggal 7 November 2022, kami yang bertanda tangan dibawah "
            "ini :\n\nNama : dr. Budi\n\nJabatan : Kepala Puskesmas Tanjungsari\n\n"
            "yang selanjutnya disebut sebagai PIHAK PERTAMA\n")
    assert _facts(text).title == "Program Pengendalian Demam Berdarah dengan Gerakan 3M"


def test_a_subject_line_above_the_first_party_stays_the_title():
    text = ("PERJANJIAN KERJA SAMA\nRUJUKAN PELAYANAN KESEHATAN\nRSUD TIRTA HUSADA\nDENGAN\nKLINIK SEHAT SENTOSA\n\n"
            "Nomor : 445/12/RSUD/2022\n\nPada hari ini Senin tanggal 7 November 2022 yang bertanda tangan dibawah "
            "ini :\n")
    assert _facts(text).title == "Rujukan Pelayanan Kesehatan"


def test_a_title_case_tentang_inside_a_one_line_heading():
    text = ("PERJANJIAN KERJASAMA Antara RSUD TIRTA HUSADA Dengan CV. BERSIH LESTARI Tentang PENGANGKUTAN LIMBAH "
            "DOMESTIK RUMAH SAKIT Nomor : /07/PKS/BL/IX/2019 Nomor : ( Di isi oleh pihak rumah sakit)\n"
            "Pada hari ini, Senin tanggal sembilan bulan September tahun dua ribu sembilan belas, kami yang bertanda "
            "tangan di bawah ini :\n")
    assert _facts(text).title == "Pengangkutan Limbah Domestik Rumah Sakit"


@pytest.mark.parametrize("lines, numbers", [
    ("NOMOR : 07/TK.PS/I/2022\\]p\nNOMOR : 440/\n\nTENTANG\n", ["07/TK.PS/I/2022", "440/"]),
    ("NOMOR : 440/\n\nTENTANG\n", ["440/"]),
    ("Nomor : P/800/12/III/SMAN 7 SKJ/2022\n\nTENTANG\n", ["P/800/12/III/SMAN 7 SKJ/2022"]),
    ("Nomor : 119/KB.12-Ker/\n2023\n\nTENTANG\n", ["119/KB.12-Ker/2023"]),
    ("Nomor : 12/PKS/2023 045/UTJ/2023\n\nTENTANG\n", ["12/PKS/2023", "045/UTJ/2023"]),
])
def test_numbers_of_a_school_heading(lines, numbers):
    text = f"PERJANJIAN KERJASAMA\nPUSKESMAS TANJUNGSARI\nDENGAN\nTK PERTIWI\n\n{lines}\nPELAYANAN KESEHATAN\n\n" \
           "Pada hari Senin tanggal tiga Januari dua ribu dua puluh dua, kami yang bertanda tangan dibawah ini:\n"
    assert _facts(text).numbers == numbers


def test_a_garbled_number_is_still_no_number():
    text = ("PERJANJIAN KERJASAMA\nTENTANG\nPELAYANAN KESEHATAN\nNomor :.9314/ IMP.: ft?9/PN/¿ 0\n\n"
            "Pada hari Senin tanggal tiga Januari dua ribu dua puluh dua, kami yang bertanda tangan dibawah ini:\n")
    assert "ft?9/PN" not in " ".join(_facts(text).numbers or [])


def test_a_schools_kind_left_blank_is_no_body():
    text = ("PERJANJIAN KERJA SAMA ANTARA PUSKESMAS WANAREJA DENGAN SEKOLAH DASAR …………………….\n"
            "Nomor : Nomor : Pada hari ……. tanggal ….… bulan ………….... tahun ….... di Sukamaju, yang bertanda tangan "
            "dibawah ini :\n1. Nama\n: SUPARNO\nJabatan\n: Kepala Puskesmas Wanareja\n"
            "Dalam hal ini bertindak untuk dan atas nama Puskesmas Wanareja, selanjutnya disebut sebagai Pihak Kesatu.\n"
            "2. Nama\n: ………………………..\nJabatan\n: Kepala Sekolah Dasar ……………….\n"
            "Dalam hal ini bertindak untuk dan atas nama Sekolah Dasar .................. selanjutnya disebut Pihak "
            "Kedua.\nPihak Kesatu dan Pihak Kedua sepakat sebagai berikut :\n")
    found = _parties(text)
    assert found[0][1] == "Puskesmas Wanareja" and found[1][1] is None


def test_an_office_typed_twice_is_read_once():
    from ingest.extract.heads import position_of
    assert position_of("Direktur Utama Direktur Utama Rumah Sakit Umum Daerah") == \
        "Direktur Utama Rumah Sakit Umum Daerah"
    assert position_of("Kepala Dinas Kesehatan") == "Kepala Dinas Kesehatan"
    assert position_of("Wakil Direktur Umum") == "Wakil Direktur Umum"


def test_an_office_whose_bodys_name_is_left_blank_inside_it():
    from ingest.extract.heads import position_of
    assert position_of("Kepala UPTD Puskesmas ………… Kecamatan ……… Kabupaten Sukamaju") == "Kepala UPTD Puskesmas"
    assert position_of("Direktur ……") == "Direktur"
    assert position_of("……………") is None
    text = ("PERJANJIAN KERJA SAMA\n\nANTARA\nUPT PUSKESMAS ..................\nKABUPATEN SUKAMAJU\nDENGAN\n"
            "BIDAN PRAKTIK MANDIRI ..............\n\nTENTANG\nPELAYANAN PERSALINAN\nNOMOR : /12/2019\n\n"
            "Pada hari ini Senin tanggal Satu bulan April tahun Dua Ribu Sembilan Belas yang bertanda tangan di bawah "
            "ini :\n\n1. ........................., Kepala UPT Puskesmas ....................\n\n\nKecamatan ......... "
            "Kabupaten Sukamaju yang berkedudukan di ...........(alamat)........ yang untuk\nselanjutnya disebut "
            "sebagai PIHAK PERTAMA\n\n2. ., Bidan Praktik Mandiri yang berkedudukan di (alamat) yang untuk "
            "selanjutnya disebut sebagai PIHAK KEDUA\n")
    first = _parties(text)[0]
    assert first[3] == "Kepala UPT Puskesmas" and first[1] is None  # (never the kind "UPT Puskesmas" as its body)


def test_an_acronym_with_a_word_inside_its_parentheses_does_not_end_the_body():
    text = ("PERJANJIAN\n\nANTARA\nBADAN PENGEMBANGAN SDM KESEHATAN\nDENGAN\nPENERIMA BEASISWA TUGAS BELAJAR\n"
            "TENTANG\nBANTUAN BIAYA PENDIDIKAN\n\nNOMOR : HK.01/3/ /2022\n\nPada hari ini……...tanggal.........bulan"
            "..........tahun Dua Ribu Dua Puluh Dua yang bertanda tangan di bawah ini:\n\nNama : dr. Rudi Hartono\n"
            "Jabatan : Kepala Pusat Pendidikan SDM Kesehatan\n\nBertindak untuk dan atas nama Badan Pengembangan "
            "Sumber Daya\nManusia Kesehatan (BPSDM Kesehatan) Kementerian Kesehatan yang selanjutnya disebut\n"
            "PIHAK KESATU,\n\nNama : ..................................................\n"
            "Unit Kerja : ..................................................\n"
            "Alamat Rumah : ..................................................\nyang selanjutnya disebut PIHAK KEDUA.\n")
    found = _parties(text)
    assert found[0][1] == "Badan Pengembangan Sumber Daya Manusia Kesehatan (BPSDM Kesehatan) Kementerian Kesehatan"
    assert found[1][1] is None  # the heading's "PENERIMA BEASISWA …": persons of a kind, no body


def test_a_contracts_heading_naming_its_owner_without_dengan_keeps_its_subject():
    from ingest.extract.title_forms import parties_line
    text = "KONTRAK\nPENGADAAN OBAT DAN BAHAN MEDIS\nDINAS KESEHATAN KABUPATEN SUKAMAJU\nTAHUN ANGGARAN 2020\nNomor : 1/KTR"
    assert parties_line(text, len("KONTRAK"), len(text)) is None
    facts = _facts(text + "/2020\n\nPada hari ini Senin tanggal 6 Januari 2020, kami yang bertanda tangan dibawah ini:\n")
    assert facts.title and facts.title.startswith("Pengadaan Obat dan Bahan Medis")


_KIND_ONLY = ("SURAT PERJANJIAN KERJASAMA PROGRAM\n\nPENGENDALIAN DEMAM BERDARAH\n\n"
              "{heading}\n\nKABUPATEN SUKAMAJU TAHUN 2022\n\nNomor : 445/12-SPK/2022\n\n"
              "Pada hari Senin tanggal 7 November 2022, kami yang bertanda tangan dibawah ini :\n\n"
              "Nama : drg. Ratna Widuri\n\nJabatan : Kepala Puskesmas Tanjungsari\n\n"
              "yang selanjutnya disebut sebagai PIHAK PERTAMA\n\nNama : dr. Hendra Saputra\n\n"
              "Jabatan : {office}\n\nyang selanjutnya disebut sebagai PIHAK KEDUA\n\nSelanjutnya kedua belah pihak "
              "sepakat sebagai berikut :\n")


def test_an_office_naming_only_its_kind_takes_the_headings_one_body_of_that_kind():
    text = _KIND_ONLY.format(heading="KLINIK SEHAT SENTOSA DENGAN PUSKESMAS TANJUNGSARI", office="Penanggung Jawab Klinik")
    facts = _facts(text)
    assert facts.parties[1].institution == "KLINIK SEHAT SENTOSA"
    assert facts.evidence["parties[1]"].confidence <= 0.6


@pytest.mark.parametrize("heading, office, body", [
    ("KLINIK SEHAT SENTOSA DAN KLINIK MEDIKA UTAMA DENGAN PUSKESMAS TANJUNGSARI", "Penanggung Jawab Klinik", None),
    ("KLINIK SEHAT SENTOSA DENGAN PUSKESMAS TANJUNGSARI", "Penanggung Jawab Klinik Medika", "Klinik Medika"),
    ("KLINIK SEHAT SENTOSA DENGAN PUSKESMAS TANJUNGSARI", "Dokter Praktik Mandiri", None),
])
def test_several_bodies_of_that_kind_or_an_office_naming_its_body_take_none_from_the_heading(heading, office, body):
    found = _facts(_KIND_ONLY.format(heading=heading, office=office)).parties[1].institution
    assert found == body  # (an office naming its own body keeps it; review10: the values themselves, not "not these")


def test_the_run_together_form_wrapped_by_a_narrower_page():
    import textwrap
    wrapped = "\n".join(textwrap.wrap(_RUN_TOGETHER, 80))
    assert _parties(wrapped) == [
        ("PIHAK PERTAMA", "MTs Nurul Huda Sukareja", "Ahmad Fauzi, S.Ag", "Kepala MTs Nurul Huda"),
        ("PIHAK KEDUA", "Puskesmas Tanjungsari", "Linda Marlina, SKM", "Plt. Kepala UPT Puskesmas Tanjungsari")]


def test_an_office_wrapped_before_the_unit_label():
    text = _RUN_TOGETHER.replace("Jabatan : Kepala MTs", "Jabatan : Kepala\nMTs").replace(
        "SKM : Plt. Kepala UPT", "SKM : Plt.\nKepala UPT")
    assert _parties(text)[0][3] == "Kepala MTs Nurul Huda"
    assert _parties(text)[1][2:] == ("Linda Marlina, SKM", "Plt. Kepala UPT Puskesmas Tanjungsari")
