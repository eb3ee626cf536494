"""Agreements of regional health services (issue 18): puskesmas, RSUD and private hospitals, clinics, laboratories,
pharmacies, PMI blood units, BPJS Kesehatan, health offices, villages, nursing schools, and midwives or doctors in
private practice signing for themselves. The forms were written out systematically (who signs, how the identity
paragraph names them, licences beside the name, a facility as the place of signing, the heading's layouts) and run
through the extractor; each test here stands for a form it misread. Every text here is invented for these tests."""
from __future__ import annotations

import pytest

from tests.extract_texts import schema_of

_HEADING = "PERJANJIAN KERJA SAMA\nANTARA\n{0}\nDENGAN\n{1}\nTENTANG\nRUJUKAN PASIEN\n\n"
_OPENING = "Pada hari ini Senin tanggal 5 Juni 2023, bertempat di Sukamaju, kami yang bertanda tangan di bawah ini:\n\n"
_TOGETHER = "\n\nPIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK, sepakat sebagai berikut:\n"
_FIRST = ("1. dr. RINA KARTIKA, M.Kes, selaku Kepala UPTD Puskesmas Sukamaju, dalam hal ini bertindak untuk dan atas "
          "nama UPTD Puskesmas Sukamaju, selanjutnya disebut PIHAK PERTAMA;\n\n")


def _parties(second_block: str, second_heading: str = "RUMAH SAKIT UMUM DAERAH TIRTA JAYA") -> list[tuple]:
    text = _HEADING.format("UPTD PUSKESMAS SUKAMAJU", second_heading) + _OPENING + _FIRST + second_block + _TOGETHER
    return [(p["role"], p["institution"], p["signatory"], p["position"]) for p in schema_of([text])["parties"]]


def _place(opening: str, closing: str = "") -> str | None:
    text = (_HEADING.format("UPTD PUSKESMAS SUKAMAJU", "RUMAH SAKIT UMUM DAERAH TIRTA JAYA") + opening + "\n\n" + _FIRST
            + "2. dr. BUDI SANTOSO, Sp.PD, selaku Direktur Rumah Sakit Umum Daerah Tirta Jaya, dalam hal ini bertindak "
            "untuk dan atas nama Rumah Sakit Umum Daerah Tirta Jaya, selanjutnya disebut PIHAK KEDUA." + _TOGETHER
            + "\nPasal 1\nMaksud\n\nRujukan pasien.\n\n" + closing)
    return schema_of([text])["sign_place"]


@pytest.mark.parametrize("opening, place", [
    # a health facility or a regional body's premises that name no region: the premises as written
    ("Pada hari ini Senin tanggal 5 Juni 2023, bertempat di Pusat Kesehatan Masyarakat Karangjati, kami yang "
     "bertanda tangan di bawah ini:", "Pusat Kesehatan Masyarakat Karangjati"),
    ("Pada hari ini Senin tanggal 5 Juni 2023, bertempat di RSUD Prof. Dr. H. Ali Hasan, kami yang bertanda "
     "tangan di bawah ini:", "RSUD Prof. Dr. H. Ali Hasan"),
    ("Pada hari ini Senin tanggal 5 Juni 2023, bertempat di Kantor Desa Sukamulya, kami yang bertanda tangan di "
     "bawah ini:", "Kantor Desa Sukamulya"),
    ("Pada hari ini Senin tanggal 5 Juni 2023, bertempat di UPTD\nPuskesmas Rawat Inap Sukamaju, kami yang "
     "bertanda tangan di bawah ini:", "UPTD Puskesmas Rawat Inap Sukamaju"),  # wrapped over a line end
    ("Pada hari ini Senin tanggal 5 Juni 2023, bertempat di Rumah Sakit Ibu\ndan Anak Kasih Bunda, kami yang "
     "bertanda tangan di bawah ini:", "Rumah Sakit Ibu dan Anak Kasih Bunda"),
    ("Pada hari ini Senin, tanggal 5 Juni 2023, di UPTD Puskesmas Rawat Inap Sukamaju, kami yang bertanda tangan "
     "di bawah ini:", "UPTD Puskesmas Rawat Inap Sukamaju"),  # "di" after the date, no "bertempat"
    ("Pada hari ini Senin tanggal 5 Juni 2023 bertempat diRSUD Lembah Hijau Kabupaten Tirta Jaya, kami yang "
     "bertanda tangan di bawah ini:", "Tirta Jaya"),  # the space lost after "di"; the region the phrase names
    ("Pada hari ini Senin tanggal 5 Juni 2023, bertempat di Rumah Sakit Bhayangkara Tk. III Sukamaju, kami yang "
     "bertanda tangan di bawah ini:", "Rumah Sakit Bhayangkara Tk. III Sukamaju"),
    ("Pada hari ini Senin tanggal 5 Juni 2023, bertempat di Pusat Kesehatan Masyarakat\n(Puskesmas) Karangjati, kami "
     "yang bertanda tangan di bawah ini:", "Pusat Kesehatan Masyarakat (Puskesmas) Karangjati"),
    ("Pada hari ini Senin tanggal 5 Juni 2023, bertempat di Karanganyar\nBaru, yang bertanda tangan di bawah ini:",
     "Karanganyar Baru"),  # a town of two words wrapped over a line end
])
def test_a_facility_named_as_the_place_of_signing(opening: str, place: str):
    assert _place(opening) == place


def test_the_closing_names_the_facility_past_its_titles():
    opening = "Perjanjian Kerja Sama ini dibuat oleh dan antara:"
    assert _place(opening, "Ditandatangani di RSUD dr. R. Soedjono\npada tanggal 5 Juni 2023\n") == "RSUD dr. R. Soedjono"


def test_a_wrapped_openings_weekday_is_no_place():
    opening = ("Perjanjian Kerja Sama ini dibuat dan ditandatangani di Sukamaju, pada hari ini\nMinggu, tanggal 11 "
               "Juni 2023, oleh dan antara:")
    assert _place(opening) == "Sukamaju"


_MIDWIFE, _DOCTOR = "BIDAN PRAKTIK MANDIRI SITI AMINAH", "dr. TAUFIK HIDAYAT"  # a private person named in the heading


@pytest.mark.parametrize("block, expected", [
    # an office alone where the signer's name stands: the office, the body it acts for (the name from the closing)
    ("2. Direktur Rumah Sakit Umum Daerah Tirta Jaya, berkedudukan di Jl. Merdeka No. 12, dalam hal ini bertindak "
     "untuk dan atas nama Rumah Sakit Umum Daerah Tirta Jaya, selanjutnya disebut PIHAK KEDUA.",
     ("Rumah Sakit Umum Daerah Tirta Jaya", None, "Direktur Rumah Sakit Umum Daerah Tirta Jaya")),
    ("2. Plt. Direktur Rumah Sakit Umum Daerah Tirta Jaya, berkedudukan di Jl. Merdeka No. 12, dalam hal ini "
     "bertindak untuk dan atas nama Rumah Sakit Umum Daerah Tirta Jaya, selanjutnya disebut PIHAK KEDUA.",
     ("Rumah Sakit Umum Daerah Tirta Jaya", None, "Plt. Direktur Rumah Sakit Umum Daerah Tirta Jaya")),
    # a facility's officers
    ("2. Penanggung Jawab Klinik Pratama Sehat Bersama, dr. AGUS PRASETYO, berkedudukan di Jl. Melati No. 3, dalam "
     "hal ini bertindak untuk dan atas nama Klinik Pratama Sehat Bersama, selanjutnya disebut PIHAK KEDUA.",
     ("Klinik Pratama Sehat Bersama", "dr. Agus Prasetyo", "Penanggung Jawab Klinik Pratama Sehat Bersama")),
    ("2. Apoteker Penanggung Jawab Apotek Sehat Farma, apt. RINA WAHYUNI, S.Farm, No. SIPA 446/21/SIPA/2022, dalam "
     "hal ini bertindak untuk dan atas nama Apotek Sehat Farma, selanjutnya disebut PIHAK KEDUA.",
     ("Apotek Sehat Farma", "apt. Rina Wahyuni, S.Farm", "Apoteker Penanggung Jawab Apotek Sehat Farma")),
    ("2. apt. Rina Wahyuni, S.Farm, No. SIPA 446/21/SIPA/2022, selaku Pemilik Sarana Apotek Sehat Farma, dalam hal "
     "ini bertindak untuk dan atas nama Apotek Sehat Farma, selanjutnya disebut PIHAK KEDUA.",
     ("Apotek Sehat Farma", "apt. Rina Wahyuni, S.Farm", "Pemilik Sarana Apotek Sehat Farma")),
    # a practitioner's licences after her capacity are no part of it
    ("2. Siti Aminah, A.Md.Keb, selaku Bidan Praktik Mandiri, pemegang SIPB Nomor 446/12/SIPB/2022, No. STR "
     "1234567890, beralamat di Dusun Krajan, dalam hal ini bertindak untuk dan atas nama diri sendiri, selanjutnya "
     "disebut PIHAK KEDUA.", (None, "Siti Aminah, A.Md.Keb", "Bidan Praktik Mandiri")),
    ("2. Siti Aminah, A.Md.Keb, Bidan Praktik Mandiri, No. STR 1234567890, SIPB\nNomor 446/12/SIPB/2022, beralamat "
     "di Dusun Krajan, dalam hal ini bertindak untuk dan atas nama diri sendiri, selanjutnya disebut PIHAK KEDUA.",
     (None, "Siti Aminah, A.Md.Keb", "Bidan Praktik Mandiri")),
    ("2. dr. Taufik Hidayat, Sp.JP (K), Dokter Praktik Mandiri, No. SIP 503/77/SIP/2021, beralamat di Jl. Kenanga 2, "
     "dalam hal ini bertindak untuk dan atas nama diri sendiri, selanjutnya disebut PIHAK KEDUA.",
     (None, "dr. Taufik Hidayat, Sp.JP (K)", "Dokter Praktik Mandiri")),
    # her capacity after the body she acts for
    ("2. Nama : SITI AMINAH, A.Md.Keb\n   NIK : 3201234567890001\n   Alamat : Dusun Krajan\n   Dalam hal ini "
     "bertindak untuk dan atas nama diri sendiri sebagai Bidan Praktik Mandiri (BPM), selanjutnya disebut PIHAK KEDUA.",
     (None, "Siti Aminah, A.Md.Keb", "Bidan Praktik Mandiri (BPM)")),
    # "(K)" and degrees between the name and the office
    ("2. Budi Santoso, Sp.OG(K), MPH, Plt. Direktur Rumah Sakit Umum Daerah Tirta Jaya, dalam hal ini bertindak untuk "
     "dan atas nama Rumah Sakit Umum Daerah Tirta Jaya, selanjutnya disebut PIHAK KEDUA.",
     ("Rumah Sakit Umum Daerah Tirta Jaya", "Budi Santoso, Sp.OG(K), MPH",
      "Plt. Direktur Rumah Sakit Umum Daerah Tirta Jaya")),
    # the office first, a NIP and the holder's degrees wrapped over line ends
    ("2. Direktur RSUD Tirta Jaya, dr. Joko Lubis, Sp.PD, M.Kes, NIP 19730825\n200609 1 005, dalam hal ini bertindak "
     "untuk dan atas nama RSUD Tirta Jaya, selanjutnya disebut PIHAK KEDUA.",
     ("RSUD Tirta Jaya", "dr. Joko Lubis, Sp.PD, M.Kes", "Direktur RSUD Tirta Jaya")),
    ("2. Direktur Palang Merah Indonesia Kabupaten Tirta, Drs. Budi Saragih,\nM.M, dalam hal ini bertindak untuk dan "
     "atas nama Palang Merah Indonesia Kabupaten Tirta, selanjutnya disebut PIHAK KEDUA.",
     ("Palang Merah Indonesia Kabupaten Tirta", "Drs. Budi Saragih, M.M", "Direktur Palang Merah Indonesia Kabupaten Tirta")),
    # "RSUD Prof. Dr." / "H. Ali …": a title at a line's start inside the sentence, no lettered item
    ("2. Direktur RSUD Prof. Dr. H. Ali Hasan, berkedudukan di Jalan Kartini 9, dalam hal ini bertindak untuk dan atas "
     "nama RSUD Prof. Dr.\nH. Ali Hasan, selanjutnya disebut PIHAK KEDUA.",
     ("RSUD Prof. Dr. H. Ali Hasan", None, "Direktur RSUD Prof. Dr. H. Ali Hasan")),
    # an acronym in title case inside the name
    ("2. Nama : drg. Rina Pohan\n   Jabatan : Kepala Pusat Kesehatan Masyarakat (Puskesmas) Karangjati\n   Dalam hal "
     "ini bertindak untuk dan atas nama Pusat Kesehatan Masyarakat (Puskesmas) Karangjati, selanjutnya disebut PIHAK "
     "KEDUA.", ("Pusat Kesehatan Masyarakat (Puskesmas) Karangjati", "drg. Rina Pohan",
                "Kepala Pusat Kesehatan Masyarakat (Puskesmas) Karangjati")),
])
def test_health_identity_paragraphs(block: str, expected: tuple):
    heading = (_MIDWIFE if "siti" in block.lower() else _DOCTOR) if expected[0] is None else "RUMAH SAKIT UMUM DAERAH TIRTA JAYA"
    assert _parties(block, heading)[1][1:] == expected


def test_degrees_in_capitals_keep_them_after_a_name_in_capitals():
    block = ("2. Nama : dr. FAJAR HIDAYAT Sp.OG MKM\n   Jabatan : Direktur Rumah Sakit Umum Daerah Tirta Jaya\n   Dalam "
             "hal ini bertindak untuk dan atas nama Rumah Sakit Umum Daerah Tirta Jaya, selanjutnya disebut PIHAK KEDUA.")
    assert _parties(block)[1][2] == "dr. Fajar Hidayat Sp.OG MKM"


def _heading_parties(heading: str, blocks: str, roles: str = "PIHAK PERTAMA dan PIHAK KEDUA") -> list:
    text = (heading + "\n\nPada hari ini Senin tanggal 5 Juni 2023, kami yang bertanda tangan di bawah ini:\n\n" + blocks
            + f"\n\n{roles} secara bersama-sama disebut PARA PIHAK, sepakat sebagai berikut:\n")
    return [p["institution"] for p in schema_of([text])["parties"]]


_TABLE = "{0}. Nama : {1}\n   Jabatan : {2}\n   Alamat : Jl. Merdeka No. 12\n   Selanjutnya disebut {3}.\n\n"


def test_a_branch_office_line_and_a_number_under_a_party_are_no_parties():
    heading = ("PERJANJIAN KERJA SAMA\nANTARA\nBADAN PENYELENGGARA JAMINAN SOSIAL KESEHATAN\nKANTOR CABANG TIRTA\n"
               "Nomor : 234/KTR/IV-10/0523\nDENGAN\nKLINIK PRATAMA ANNUR\nNOMOR : 445/178/KLN/2023\nTENTANG\n"
               "PELAYANAN KESEHATAN TINGKAT PERTAMA")
    blocks = (_TABLE.format(1, "Ir. Dewi Wahyuni", "Kepala Cabang", "PIHAK PERTAMA") +
              _TABLE.format(2, "dr. Rina Rahayu", "Dokter Penanggung Jawab", "PIHAK KEDUA"))
    institutions = _heading_parties(heading, blocks)
    assert institutions[1] == "Klinik Pratama Annur"
    assert institutions[0].startswith("Badan Penyelenggara Jaminan Sosial Kesehatan")


def test_three_parties_listed_with_commas_and_a_last_dan():
    heading = ("PERJANJIAN KERJA SAMA\nANTARA\nUPTD PUSKESMAS SUKAMAJU, PEMERINTAH DESA SIDOREJO DAN PRAKTIK MANDIRI "
               "BIDAN SITI AMINAH\nTENTANG\nPELAYANAN KESEHATAN IBU DAN ANAK")
    blocks = (_TABLE.format(1, "dr. Rina Kartika", "Kepala UPTD Puskesmas Sukamaju", "PIHAK PERTAMA") +
              _TABLE.format(2, "Suparman", "Kepala Desa Sidorejo", "PIHAK KEDUA") +
              "3. Nama : Siti Aminah, A.Md.Keb\n   Alamat : Dusun Krajan\n   Dalam hal ini bertindak untuk dan atas nama "
              "Praktik Mandiri Bidan Siti Aminah sebagai Bidan Praktik Mandiri, selanjutnya disebut PIHAK KETIGA.")
    institutions = _heading_parties(heading, blocks, "PIHAK PERTAMA, PIHAK KEDUA dan PIHAK KETIGA")
    assert institutions == ["UPTD Puskesmas Sukamaju", "Pemerintah Desa Sidorejo", "Praktik Mandiri Bidan Siti Aminah"]


def test_role_headed_blocks_below_a_one_line_heading_with_a_year():
    heading = ("PERJANJIAN KERJA SAMA PELAYANAN AMBULANS TAHUN 2023 ANTARA RSUD H. RINA WAHYUNI DENGAN CV AMBULANS "
               "SIAGA MEDIKA")
    blocks = ("1. PIHAK PERTAMA\n   Nama : dr. Rina Santoso\n   Jabatan : Plt. Direktur RSUD H. Rina Wahyuni\n   Alamat : "
              "Jl. Merdeka No. 12\n\n2. PIHAK KEDUA\n   Nama : Dewi Manurung\n   Jabatan : Direktur CV Ambulans Siaga "
              "Medika\n   Alamat : Jl. Melati No. 3")
    text = (heading + "\n\nPerjanjian Kerja Sama ini dibuat oleh dan antara:\n\n" + blocks + "\n\nPIHAK PERTAMA dan "
            "PIHAK KEDUA secara bersama-sama disebut PARA PIHAK, sepakat sebagai berikut:\n")
    facts = schema_of([text])
    assert [p["institution"] for p in facts["parties"]][0] == "RSUD H. Rina Wahyuni"
    assert facts["title"].upper() == "PELAYANAN AMBULANS TAHUN 2023"


@pytest.mark.parametrize("heading, title", [
    ("PERJANJIAN KERJA SAMA PELAYANAN ANTARA PUSKESMAS SUKAMAJU DENGAN BIDAN PRAKTIK MANDIRI", "PELAYANAN"),
    ("PERJANJIAN KERJA SAMA\nRUJUKAN\nANTARA\nPUSKESMAS SUKAMAJU\nDENGAN\nRSUD TIRTA JAYA", "RUJUKAN"),
    ("PERJANJIAN KERJASAMA PENYEDIAAN DARAH TAHUN 2017 ANTARA RSUD TIRTA JAYA DENGAN UDD PMI KABUPATEN TIRTA",
     "PENYEDIAAN DARAH TAHUN 2017"),
])
def test_a_short_subject_before_the_parties(heading: str, title: str):
    text = heading + "\n\nPada hari ini Senin tanggal 5 Juni 2023, kami yang bertanda tangan di bawah ini:\n\n" + _FIRST
    assert schema_of([text])["title"].upper() == title


def test_a_house_number_in_an_address_is_no_parent_agreement():
    text = ("SURAT PERJANJIAN KERJA SAMA\nTENTANG\nPENYEDIAAN OBAT\n\nPada hari ini Jumat tanggal lima bulan April tahun "
            "dua ribu sembilan belas, bertempat di Sukamaju, kami yang bertanda tangan di bawah ini:\n\n1. Nama : Ns. Dewi "
            "Pohan, S.Kep\n   Jabatan : Kepala Puskesmas Sukamaju\n   Alamat : Jl. Melati No. 12/3\n   Dalam hal ini "
            "bertindak untuk dan atas nama Puskesmas Sukamaju, selanjutnya disebut PIHAK PERTAMA.\n")
    assert schema_of([text])["parent_agreement"] is None


# ---- drafts of the form (extractor 1.11.34): name slots left empty ---------------------------------------------

_CLOSING = "\n\nDemikian Perjanjian Kerja Sama ini dibuat dalam rangkap 2 (dua) asli bermaterai cukup.\n\n"


@pytest.mark.parametrize("blank", ["(                 )", "(  )", "( )"])
def test_empty_brackets_under_a_wrapped_office_are_a_blank_name(blank: str):
    # the office wraps onto a second line in both columns; a draft leaves the name slot as empty brackets
    row = "{0:<46}{1}"
    table = "\n".join([row.format("PIHAK PERTAMA,", "PIHAK KEDUA,"),
                       row.format("Kepala UPTD Puskesmas Tanjung", "Direktur Utama PT Karya Limbah"),
                       row.format("Harapan", "Lestari Nusantara"), "", "", "",
                       row.format(blank, "(Ir. Hendra Gunawan)"),
                       row.format("NIP. ……………………", "")])
    text = (_HEADING.format("UPTD PUSKESMAS TANJUNG HARAPAN", "PT KARYA LIMBAH LESTARI NUSANTARA")
            + "Yang bertanda tangan di bawah ini:\n\n1. Nama : ……………………\n   Jabatan : Kepala UPTD Puskesmas Tanjung "
            "Harapan\n   Dalam hal ini bertindak untuk dan atas nama UPTD Puskesmas Tanjung Harapan, selanjutnya disebut "
            "PIHAK PERTAMA.\n\n2. Nama : Ir. Hendra Gunawan\n   Jabatan : Direktur Utama PT Karya Limbah Lestari "
            "Nusantara\n   Dalam hal ini bertindak untuk dan atas nama PT Karya Limbah Lestari Nusantara, selanjutnya "
            "disebut PIHAK KEDUA." + _TOGETHER + _CLOSING + table + "\n")
    first, second = schema_of([text])["parties"]
    assert first["signatory"] is None
    assert first["position"] == "Kepala UPTD Puskesmas Tanjung Harapan"
    assert second["signatory"] == "Ir. Hendra Gunawan"


def test_both_name_slots_left_as_empty_brackets_name_nobody():
    row = "{0:<46}{1}"
    table = "\n".join([row.format("PIHAK KEDUA,", "PIHAK PERTAMA,"),
                       row.format("Direktur Rumah Sakit Ibu dan Anak", "Plt. Direktur RSUD Muara"),
                       row.format("Kasih Talang", "Sejuk"), "", "",
                       row.format("(                  )", "(                  )")])
    text = (_HEADING.format("RSUD MUARA SEJUK", "RUMAH SAKIT IBU DAN ANAK KASIH TALANG")
            + "Yang bertanda tangan di bawah ini:\n\nI. …………… : Plt. Direktur RSUD Muara Sejuk, dalam hal ini bertindak "
            "untuk dan atas nama RSUD Muara Sejuk, yang selanjutnya disebut PIHAK PERTAMA.\n\nII. …………… : Direktur Rumah "
            "Sakit Ibu dan Anak Kasih Talang, dalam hal ini bertindak untuk dan atas nama Rumah Sakit Ibu dan Anak Kasih "
            "Talang, yang selanjutnya disebut PIHAK KEDUA." + _TOGETHER + _CLOSING + table + "\n")
    assert [party["signatory"] for party in schema_of([text])["parties"]] == [None, None]


def test_an_empty_name_cell_before_the_colon_leaves_the_office_and_the_body():
    # "II.  : Direktur X, dalam hal ini bertindak untuk dan atas nama X": the draft left the name out
    second = ("II.  : Direktur Rumah Sakit Umum Daerah Pantai Indah, dalam hal ini bertindak untuk dan atas nama Rumah "
              "Sakit Umum Daerah Pantai Indah, berkedudukan di Jalan Kenari No. 8, yang selanjutnya disebut PIHAK KEDUA.")
    party = _parties(second, "RUMAH SAKIT UMUM DAERAH PANTAI INDAH")[1]
    assert party == ("PIHAK KEDUA", "Rumah Sakit Umum Daerah Pantai Indah", None,
                     "Direktur Rumah Sakit Umum Daerah Pantai Indah")


@pytest.mark.parametrize("closing", [
    "Demikian Perjanjian Kerja Sama ini dibuat dan ditandatangani oleh PARA PIHAK pada hari Kamis tanggal dua puluh "
    "enam bulan Desember tahun dua ribu tiga belas di Talang Mas, dalam rangkap 2 (dua).",
    "Demikian Perjanjian Kerja Sama ini dibuat dan ditandatangani pada hari Kamis, tanggal 26 Desember 2013 di Talang "
    "Mas, dalam rangkap 2 (dua) bermaterai cukup.",
    "Demikian Perjanjian Kerja Sama ini dibuat dan ditandatangani oleh kedua belah pihak di Talang Mas pada hari Kamis "
    "tanggal dua puluh enam bulan Desember tahun dua ribu tiga belas.",
])
def test_a_closing_dates_the_signing_by_its_weekday_after_the_signers(closing: str):
    # the opening names no day ("Yang bertanda tangan di bawah ini"); only the closing dates and places the signing
    text = (_HEADING.format("UPTD PUSKESMAS SUKAMAJU", "RUMAH SAKIT UMUM DAERAH TIRTA JAYA")
            + "Yang bertanda tangan di bawah ini:\n\n" + _FIRST + "2. dr. BUDI SANTOSO, selaku Direktur Rumah Sakit "
            "Umum Daerah Tirta Jaya, dalam hal ini bertindak untuk dan atas nama Rumah Sakit Umum Daerah Tirta Jaya, "
            "selanjutnya disebut PIHAK KEDUA." + _TOGETHER + "\nPasal 1\nMaksud\n\nRujukan pasien.\n\n" + closing + "\n")
    facts = schema_of([text])
    assert (facts["sign_date"], facts["sign_place"]) == ("2013-12-26", "Talang Mas")


@pytest.mark.parametrize("blank", ["……………………", "(……………………)", "(                 )"])
def test_a_blank_name_above_its_office_in_a_name_first_table(blank: str):
    # role, space to sign, then the name (left blank on the draft) and the office under it, wrapped over two lines
    row = "{0:<48}{1}"
    table = "\n".join([row.format("PIHAK PERTAMA,", "PIHAK KEDUA,"), "", "", "",
                       row.format("dr. Intan Lubis, M.Kes", blank),
                       row.format("Kepala UPT Puskesmas Kuala Tengah", "Kepala UPTD Laboratorium Kesehatan"),
                       row.format("", "Daerah Kota Batu Putih")])
    text = (_HEADING.format("UPT PUSKESMAS KUALA TENGAH", "UPTD LABORATORIUM KESEHATAN DAERAH KOTA BATU PUTIH")
            + "Yang bertanda tangan di bawah ini:\n\n1. dr. Intan Lubis, M.Kes, selaku Kepala UPT Puskesmas Kuala "
            "Tengah, dalam hal ini bertindak untuk dan atas nama UPT Puskesmas Kuala Tengah, selanjutnya disebut PIHAK "
            "PERTAMA.\n\n2. ……………………, selaku Kepala UPTD Laboratorium Kesehatan Daerah Kota Batu Putih, dalam hal ini "
            "bertindak untuk dan atas nama UPTD Laboratorium Kesehatan Daerah Kota Batu Putih, selanjutnya disebut "
            "PIHAK KEDUA." + _TOGETHER + _CLOSING + table + "\n")
    first, second = schema_of([text])["parties"]
    assert first["signatory"] == "dr. Intan Lubis, M.Kes"
    assert second["signatory"] is None
    assert second["position"] == "Kepala UPTD Laboratorium Kesehatan Daerah Kota Batu Putih"


@pytest.mark.parametrize("name", ["H. NURUL PRASETYO, S.Kep., Ns", "Rina Lubis, S.ST., Bd", "Dewi Hasibuan, S.Farm., Apt"])
def test_a_profession_title_after_the_degrees_is_part_of_the_name(name: str):
    # Ners, Bidan, Apoteker written without a dot after the degrees, before "dalam jabatannya selaku"
    first = (f"1. {name}, dalam jabatannya selaku Kepala UPTD Puskesmas Sukamaju, berkedudukan di Jalan Melur No. 2, "
             "dalam hal ini bertindak untuk dan atas nama UPTD Puskesmas Sukamaju, selanjutnya disebut PIHAK PERTAMA;\n\n")
    text = (_HEADING.format("UPTD PUSKESMAS SUKAMAJU", "RUMAH SAKIT UMUM DAERAH TIRTA JAYA") + _OPENING + first
            + "2. dr. BUDI SANTOSO, selaku Direktur Rumah Sakit Umum Daerah Tirta Jaya, dalam hal ini bertindak untuk "
            "dan atas nama Rumah Sakit Umum Daerah Tirta Jaya, selanjutnya disebut PIHAK KEDUA." + _TOGETHER)
    party = schema_of([text])["parties"][0]
    assert (party["signatory"].upper(), party["position"]) == (name.upper(), "Kepala UPTD Puskesmas Sukamaju")


def test_an_empty_name_before_a_comma_and_jabatan_leaves_the_office():
    # "1. , jabatan Direktur X, berkedudukan …": the draft left the name out before the office's label
    second = ("2. , jabatan Direktur Rumah Sakit Umum Daerah Tirta Jaya, berkedudukan di Jalan Kenari No. 8, Tirta Jaya, "
              "yang selanjutnya disebut PIHAK KEDUA;")
    party = _parties(second)[1]
    assert party == ("PIHAK KEDUA", "Rumah Sakit Umum Daerah Tirta Jaya", None,
                     "Direktur Rumah Sakit Umum Daerah Tirta Jaya")


@pytest.mark.parametrize("opening", [
    "Pada hari ini Senin tanggal 20 Maret 2023, bertempat di Suka Damai, yang bertanda tangan di bawah ini, ",
    "Yang bertanda tangan di bawah ini, ",
])
def test_the_first_signer_right_after_a_comma_closing_the_opening(opening: str):
    # prose identities in one paragraph: "… di bawah ini, dr. X, selaku …, selanjutnya disebut PIHAK PERTAMA, dan Y, …"
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nUPT PUSKESMAS SUKA DAMAI\nDENGAN\nPT LIMBAH BERSIH MANDIRI\nTENTANG\n"
            "PENGANGKUTAN LIMBAH B3 MEDIS\n\n" + opening + "dr. Rudi Hartono, selaku Kepala UPT Puskesmas Suka Damai, dalam "
            "hal ini bertindak untuk dan atas nama UPT Puskesmas Suka Damai, selanjutnya disebut PIHAK PERTAMA, dan Ani "
            "Lubis, SE, selaku Direktur Utama PT Limbah Bersih Mandiri, dalam hal ini bertindak untuk dan atas nama PT "
            "Limbah Bersih Mandiri, selanjutnya disebut PIHAK KEDUA.\n\nPasal 1\nRUANG LINGKUP\n")
    first = schema_of([text])["parties"][0]
    assert (first["signatory"], first["position"]) == ("dr. Rudi Hartono", "Kepala UPT Puskesmas Suka Damai")
