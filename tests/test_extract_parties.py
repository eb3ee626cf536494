"""Extraction of the parties: designation blocks, signature blocks (stacked, side by side, English), names,
positions and institutions, OCR damage."""
from __future__ import annotations

import pytest

from ingest.extract.parties import institution_from_position, parse_block, strip_name
from tests import extract_texts as T


@pytest.mark.parametrize("block, expected", [
    ("1. Dr. H. BIMA ARYA, S.Sos., M.A. : Wali Kota Bogor, dalam hal ini bertindak untuk dan atas nama "
     "Pemerintah Kota Bogor, ", ("Pemerintah Kota Bogor", "Bima Arya", "Wali Kota Bogor")),
    ("PT Sinar Jaya, yang dalam hal ini diwakili oleh Budi Santoso selaku Direktur Utama, berkedudukan di Jakarta, ",
     ("PT Sinar Jaya", "Budi Santoso", "Direktur Utama")),
    ("Andi Wijaya, Kepala Puskesmas Bogor Timur, berdasarkan Surat Kuasa Wali Kota Bogor Nomor 800/12 tanggal "
     "2 Januari 2023, dalam hal ini bertindak untuk dan atas nama Wali Kota Bogor, ",
     ("Pemerintah Kota Bogor", "Andi Wijaya", "Kepala Puskesmas Bogor Timur")),
    ("Mr. Hiroshi Tanaka, Mayor of Yokohama, acting for and on behalf of the City of Yokohama, ",
     ("City of Yokohama", "Hiroshi Tanaka", "Mayor of Yokohama")),
    ("ADE YASIN, S.H., M.H., Bupati Bogor, ", (None, "Ade Yasin", "Bupati Bogor")),
    ("Prof. Dr. H. ARIF SANTOSO, S.H., M.H., Rektor Universitas Tanjung Laut, yang diangkat berdasarkan Keputusan "
     "Menteri Nomor 84/MPK/2021 tanggal 27 Januari 2021, dalam hal ini bertindak untuk dan atas nama Universitas "
     "Tanjung Laut (UTL), berkedudukan di Jalan Raya Pantai, untuk ",
     ("Universitas Tanjung Laut", "Arif Santoso", "Rektor Universitas Tanjung Laut")),
    ("POLITEKNIK NEGERI SUKAMAJU, yang berkedudukan di Jalan Merdeka Nomor 9, dalam hal ini diwakili oleh Rina "
     "Marlina yang bertindak dalam jabatannya sebagai Direktur dengan pengangkatan berdasarkan Keputusan Nomor 1/2022, ",
     ("Politeknik Negeri Sukamaju", "Rina Marlina", "Direktur")),
])
def test_party_blocks(block, expected):
    institution, signatory, position, _ = parse_block(block)
    assert (institution, strip_name(signatory), position) == expected


@pytest.mark.parametrize("position, institution", [
    ("Bupati Bogor", "Pemerintah Kabupaten Bogor"), ("Wali Kota Bogor", "Pemerintah Kota Bogor"),
    ("Gubernur Jawa Barat", "Pemerintah Provinsi Jawa Barat"), ("Rektor Universitas Pakuan", "Universitas Pakuan"),
    ("Direktur Utama PT Sehat Sentosa", "PT Sehat Sentosa"), ("Direktur Utama", None), (None, None),
])
def test_institution_from_position_when_the_block_names_none(position, institution):
    assert institution_from_position(position) == institution


def test_names_lose_titles_and_degrees():
    assert strip_name("Prof. Dr. Ir. H. Ahmad Syarif, M.Sc., Ph.D.") == "Ahmad Syarif"
    assert strip_name("drg. SRI RAHAYU, MARS") == "Sri Rahayu"
    assert strip_name("198001012005011001") is None


def test_english_designations_and_ocr_roles():
    pages = ["""MEMORANDUM OF UNDERSTANDING
BETWEEN
BOGOR CITY GOVERNMENT
AND
THE CITY OF SAINT-LOUIS
ON
SISTER CITY COOPERATION

The undersigned:
1. Bima Arya, Mayor of Bogor, acting for and on behalf of Bogor City Government, hereinafter referred to as the
   FIRST PARTY;
2. Mansour Faye, Mayor of Saint-Louis, acting for and on behalf of the City of Saint-Louis, hereinafter referred
   to as the SECOND PARTY.
Article 1
Duration
This Memorandum shall remain in force for a period of three (3) years from the date of signing.
Signed in Bogor on 24 August 2023.
"""]
    facts = T.schema_of(pages)
    assert facts["doc_type"] == "MOU" and facts["title"] == "Sister City Cooperation"
    assert [(p["role"], p["signatory"], p["institution"]) for p in facts["parties"]] == [
        ("FIRST PARTY", "Bima Arya", "Bogor City Government"), ("SECOND PARTY", "Mansour Faye", "City of Saint-Louis")]
    assert facts["sign_date"] == "2023-08-24" and facts["end_date"] == "2026-08-23"


def test_parties_from_signature_blocks_when_the_opening_names_nobody():
    stacked = ["""RENCANA KERJA
PELAKSANAAN KESEPAKATAN BERSAMA TENTANG PENGELOLAAN PERSAMPAHAN
TAHUN 2024
1. Sosialisasi pemilahan sampah; waktu: Maret.
2. Pembangunan TPS3R; waktu: Juni.
PIHAK PERTAMA,
Bupati Sukamaju,
H. Asep Supriatna, S.Sos.
PIHAK KEDUA,
Wali Kota Tirtawangi,
dr. Linda Kusumawati
- 1 -
"""]
    facts = T.schema_of(stacked)
    assert facts["doc_type"] == "OTHER"
    assert facts["title"] == "Rencana Kerja Pelaksanaan Kesepakatan Bersama tentang Pengelolaan Persampahan Tahun 2024"
    assert facts["parties"] == [
        {"role": "PIHAK PERTAMA", "institution": "Pemerintah Kabupaten Sukamaju", "signatory": "H. Asep Supriatna, S.Sos.",
         "position": "Bupati Sukamaju"},
        {"role": "PIHAK KEDUA", "institution": "Pemerintah Kota Tirtawangi", "signatory": "dr. Linda Kusumawati",
         "position": "Wali Kota Tirtawangi"}]
    side_by_side = [stacked[0].split("PIHAK PERTAMA,")[0] + "PIHAK PERTAMA,      PIHAK KEDUA,\n"
                    "Bupati Sukamaju,      Wali Kota Tirtawangi,\n\nH. Asep Supriatna, S.Sos.      dr. Linda Kusumawati\n"]
    assert T.schema_of(side_by_side)["parties"] == facts["parties"]


def test_one_line_heading_gives_parties_and_title():
    pages = ["KESEPAKATAN BERSAMA ANTARA PEMERINTAH KOTA BOGOR DENGAN UNIVERSITAS PAKUAN TENTANG PENYELENGGARAAN "
             "TRIDHARMA PERGURUAN TINGGI\nNOMOR : 1/KB/2023\nPada hari ini Kamis tanggal 24 Agustus 2023, kami:\n"
             "1. Bima Arya, Wali Kota Bogor, selanjutnya disebut PIHAK PERTAMA;\n"
             "2. Didik Notosudjono, Rektor, selanjutnya disebut PIHAK KEDUA.\n"]
    facts = T.schema_of(pages)
    assert facts["title"] == "Penyelenggaraan Tridharma Perguruan Tinggi"
    assert [party["institution"] for party in facts["parties"]] == ["Pemerintah Kota Bogor", "Universitas Pakuan"]
    assert facts["numbers"] == ["1/KB/2023"] and facts["sign_date"] == "2023-08-24"


def test_ocr_side_by_side_signatures_joined_with_single_spaces():
    # OCR keeps one space between the two columns: names split where one name's degrees end, positions where
    # a comma read as a colon or a new office word begins
    pages = ["""BERITA ACARA
SERAH TERIMA ASET
Demikian Berita Acara ini dibuat untuk dipergunakan sebagaimana mestinya.
PIHAK PERTAMA, PIHAK KEDUA,
Wali Kota Salatiga: Direktur Utama PT Tirta Mulia,
H. YULIYANTO, S.E., M.M. IR. ANDRI WIBOWO, M.T.
"""]
    parties = T.schema_of(pages)["parties"]
    assert [(p["signatory"], p["position"]) for p in parties] == [
        ("H. Yuliyanto, S.E., M.M.", "Wali Kota Salatiga"), ("Ir. Andri Wibowo, M.T.", "Direktur Utama PT Tirta Mulia")]
    capitals = pages[0].replace("Wali Kota Salatiga: Direktur", "KEPALA DINAS PEKERJAAN UMUM Direktur")
    assert [p["position"] for p in T.schema_of([capitals])["parties"]] == [
        "Kepala Dinas Pekerjaan Umum", "Direktur Utama PT Tirta Mulia"]
    for line, expected in (("Dra. Sri Wahyuni Kusuma, M.Si, Budi Santoso, S.H., M.H.", ["Sri Wahyuni Kusuma", "Budi Santoso"]),
                           ("Drs. Agus Salim Dr. Made Wirawan, S.Kom.", ["Agus Salim", "Made Wirawan"])):
        found = T.schema_of([pages[0].replace("H. YULIYANTO, S.E., M.M. IR. ANDRI WIBOWO, M.T.", line)])
        assert [strip_name(p["signatory"]) for p in found["parties"]] == expected


def test_ocr_signature_columns_read_one_at_a_time_with_a_letter_under_the_stamp():
    pages = ["""BERITA ACARA
RAPAT KOORDINASI
Demikian Berita Acara ini dibuat untuk dipergunakan sebagaimana mestinya.
PIHAK PERTAMA, PIHAK KEDUA,
Bupati Purbalingga,

ektor Universitas Jenderal Soedirman,

R

Dr. Tiwi Hartono, M.T, Prof. Akhmad Sodiq, S.E., M.M.
"""]
    parties = T.schema_of(pages)["parties"]
    assert parties == [
        {"role": "PIHAK PERTAMA", "institution": "Pemerintah Kabupaten Purbalingga", "signatory": "Dr. Tiwi Hartono, M.T",
         "position": "Bupati Purbalingga"},
        {"role": "PIHAK KEDUA", "institution": "Universitas Jenderal Soedirman",
         "signatory": "Prof. Akhmad Sodiq, S.E., M.M.", "position": "Rektor Universitas Jenderal Soedirman"}]
    wali = T.schema_of([pages[0].replace("Bupati Purbalingga,", "j Kota Tegal,")])["parties"][0]
    assert (wali["position"], wali["institution"]) == ("Wali Kota Tegal", "Pemerintah Kota Tegal")


def test_a_lost_opening_leaves_the_parties_to_the_signature_blocks():
    # the photographed first page lost its opening; the closing formula "pada hari, tanggal ..." is not an opening
    pages = ["""LETTER OF INTENT
ANTARA
PEMERINTAH KABUPATEN KEBUMEN
DAN
POLITEKNIK NEGERI SEMARANG
NOMOR: 415.4/77/LOI-Bappeda/2021
TENTANG

i atas, PARA PIHAK sepakat untuk mengadakan Letter
""", """PASAL 5
PENUTUP
Letter of Intent ini dibuat dalam rangkap 2 (dua), ditandatangani oleh PARA PIHAK pada hari,
tanggal, bulan dan tahun sebagaimana tersebut di atas.

PIHAK PERTAMA, PIHAK KEDUA,
Bupati Kebumen: Direktur Politeknik Negeri Semarang,

DRS. ARIF SUGIANTO, M.SI. IR. SUPRIYADI, M.T.
"""]
    parties = T.schema_of(pages)["parties"]
    assert [(p["institution"], strip_name(p["signatory"]), p["position"]) for p in parties] == [
        ("Pemerintah Kabupaten Kebumen", "Arif Sugianto", "Bupati Kebumen"),
        ("Politeknik Negeri Semarang", "Supriyadi", "Direktur Politeknik Negeri Semarang")]


def test_role_broken_over_two_lines_in_a_text_without_pasal_is_no_section_heading():
    pages = ["""PERJANJIAN KERJA SAMA
ANTARA
PEMERINTAH KABUPATEN LEMBAH HIJAU
DENGAN
KANTOR PERTANAHAN KABUPATEN LEMBAH HIJAU
TENTANG
PENGINTEGRASIAN DATA PERTANAHAN

Pada hari ini Selasa Tanggal tiga bulan Maret Tahun 2020 (03-03-2020), bertempat di
Lembah Hijau, kami yang bertanda tangan di bawah ini:
1. Ir. H. SURYA DARMA, M.Si.
: Bupati Lembah Hijau dalam hal ini bertindak untuk dan atas
nama Pemerintah Kabupaten Lembah Hijau, yang berkedudukan
di Kompleks Perkantoran Bupati Selanjutnya disebut PIHAK
PERTAMA
2. WAHYU NUGRAHA, SP : Kepala Kantor Pertanahan Kabupaten Lembah Hijau dalam
hal ini bertindak untuk dan atas nama Kantor Pertanahan
Kabupaten Lembah Hijau Selanjutnya disebut PIHAK KEDUA
PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK sepakat tentang:
1. Pengintegrasian data pertanahan.
"""]
    first, second = T.schema_of(pages)["parties"]
    assert (first["signatory"], first["position"]) == ("Ir. H. Surya Darma, M.Si.", "Bupati Lembah Hijau")
    assert (second["signatory"], second["position"]) == ("Wahyu Nugraha, SP",
                                                         "Kepala Kantor Pertanahan Kabupaten Lembah Hijau")


def test_two_signatories_acting_dalam_jabatannya_masing_masing():
    block = ("I. Rudi Hartono dan Sinta Maharani, dalam jabatannya masing- masing selaku Kepala Divisi Usaha dan "
             "Kepala Divisi Umum, yang bertindak berdasarkan Surat Kuasa Direksi Nomor SK-12 tanggal 3 Mei 2021, "
             "bertindak untuk dan atas nama PT. Bank Nusa Makmur Tbk, selanjutnya disebut")
    institution, signatory, position, _ = parse_block(block)
    assert signatory == "Rudi Hartono dan Sinta Maharani"
    assert position == "Kepala Divisi Usaha dan Kepala Divisi Umum"
    assert institution == "PT. Bank Nusa Makmur Tbk"


def test_english_signature_blocks_opened_by_for_the_body_stacked_and_side_by_side():
    head = """MEMORANDUM OF UNDERSTANDING
BETWEEN
THE CITY GOVERNMENT OF SUNGAI TERANG, REPUBLIC OF INDONESIA
AND
THE CITY OF LAKEVIEW, CANADA
ON
SISTER CITY COOPERATION

Desiring to promote friendship between the two cities;

Done in duplicate in Lakeview, Canada, on 4 September 2018.

"""
    side_by_side = head + """FOR THE CITY GOVERNMENT OF SUNGAI TERANG          FOR THE CITY OF LAKEVIEW

RAHMAT HIDAYAT                                    ELLEN WARD
Mayor                                             Mayor
"""
    stacked = head + """FOR THE CITY GOVERNMENT
OF SUNGAI TERANG,
REPUBLIC OF INDONESIA

Signed
RAHMAT HIDAYAT
MAYOR

FOR THE CITY OF LAKEVIEW,
CANADA

Signed
ELLEN WARD
MAYOR
"""
    for text in (side_by_side, stacked):
        first, second = T.schema_of([text])["parties"]
        assert (first["signatory"], first["position"]) == ("Rahmat Hidayat", "Mayor")
        assert (second["signatory"], second["position"]) == ("Ellen Ward", "Mayor")
        assert second["institution"] == "The City of Lakeview, Canada"


def test_party_table_whose_colons_were_lost_in_the_page_text():
    pages = ["NASKAH PERJANJIAN KERJASAMA\n" + T.TANAH_BUMBU_OPENING + """Nama

Drs.Sutrisno

Jabatan

Kepala Dinas Kesehatan Kabupaten Tanah Bumbu

Raya
Jl. Merdeka

Berkedudukan

No. 4 Kelurahan Batulicin
Selanjutnya disebut sebagai PIHAK PERTAMA


dr. Maya Lestari

Jabatan

Direktur Rumah Sakit Umum Daerah Kabupaten Tanah Bumbu Raya

Berkedudukan

Jl. Propinsi Km.09 Kelurahan Gunung Tinggi
Selanjutnya disebut sebagai PIHAK KEDUA
"""]
    first, second = T.schema_of(pages)["parties"]
    assert (first["signatory"], first["position"]) == ("Drs. Sutrisno", "Kepala Dinas Kesehatan Kabupaten Tanah Bumbu Raya")
    assert (second["signatory"], second["position"]) == ("dr. Maya Lestari",
                                                         "Direktur Rumah Sakit Umum Daerah Kabupaten Tanah Bumbu Raya")


def test_antara_split_by_ocr_still_opens_the_list_of_parties():
    pages = ["""MEMORANDUM SALING PENGERTIAN
ANT ARA
PEMERINTAH KABUPATEN SUNGAI TERANG
DAN
KOTA RIVERDALE
TENTANG
KERJA SAMA KOTA KEMBAR

Kabupaten Sungai Terang dan Kota Riverdale, selanjutnya bersama-sama disebut sebagai Para Pihak;
MENGAKUI adanya ikatan budaya antara warga kedua kota;
"""]
    parties = T.schema_of(pages)["parties"]
    assert [party["institution"] for party in parties] == ["Pemerintah Kabupaten Sungai Terang", "Kota Riverdale"]


def test_form_blanks_are_not_names_institutions_or_positions():
    pages = ["""PERJANJIAN KERJA SAMA
ANTARA
....................................................
DENGAN
FAKULTAS PERTANIAN UNIVERSITAS TANJUNG LAUT
TENTANG
PENDAMPINGAN PETANI
Pada hari ini, .......... tanggal .......... bulan .......... tahun dua ribu dua puluh empat, yang bertanda tangan di bawah ini:
1. ……………………………..selaku Kepala Balai Benih Tani, dalam hal ini
bertindak dalam jabatannya tersebut dan atas nama Balai Benih Tani Sumber
Rejeki, berkedudukan di Jl. Melati No. 4 selanjutnya disebut sebagai PIHAK PERTAMA.
2. {NAMA MITRA}, yang berkedudukan di {Alamat Mitra}, dalam hal ini diwakili oleh {Nama Penandatangan}, yang bertindak dalam jabatannya sebagai {Jabatan Penandatangan}, untuk selanjutnya disebut PIHAK KEDUA.
"""]
    first, second = T.schema_of(pages)["parties"]
    assert first == {"role": "PIHAK PERTAMA", "institution": "Balai Benih Tani Sumber Rejeki", "signatory": None,
                     "position": "Kepala Balai Benih Tani"}
    assert second["signatory"] is None and second["position"] is None
    assert second["institution"] in (None, "Fakultas Pertanian Universitas Tanjung Laut")


def test_position_ends_before_the_rest_of_its_sentence():
    block = ("PT Sinar Bahari Lestari, suatu Perseroan Terbatas yang berkedudukan di Jalan Pelabuhan No. 2, "
             "dalam hal ini diwakili oleh Rudi Hartanto selaku Direktur Operasi, dengan demikian bertindak untuk "
             "dan atas nama Perseroan tersebut")
    assert parse_block(block)[1:3] == ("Rudi Hartanto", "Direktur Operasi")
    block = ("KLINIK SEHAT BERSAMA yang diwakili oleh dr. Wulan Sari, MKM selaku Direktur Klinik Sehat Bersama "
             "dengan nomor izin operasional : Nomor 55 Tahun 2019 berkedudukan di Jl. Kenanga No. 6")
    assert parse_block(block)[:3] == ("KLINIK SEHAT BERSAMA".title(), "dr. Wulan Sari, MKM", "Direktur Klinik Sehat Bersama")
    block = ("ANITA PURNAMA : Jabatan Sekretaris Yayasan Lentera, berkedudukan di Kota Baru, dalam hal ini "
             "bertindak untuk dan atas nama Yayasan Lentera")
    assert parse_block(block)[2] == "Sekretaris Yayasan Lentera"


def test_party_labels_flattened_on_one_line_and_acting_for_the_office_itself():
    block = ("1 Nama : dr. H, AGUS SALIM, Sp.PD Jabatan : Direktur Rumah Sakit Cempaka Dalam hal ini karena "
             "jabatannya bertindak untuk dan atas nama Rumah Sakit Cempaka. Alamat : Jl. Mawar No.1 Kota Lama. "
             "Dalam hal ini selanjutnya disebut")
    assert parse_block(block)[:3] == ("Rumah Sakit Cempaka", "dr. H. Agus Salim, Sp.PD", "Direktur Rumah Sakit Cempaka")
    block = ("Kepala Biro Umum Badan Arsip Daerah, dalam hal ini bertindak dalam jabatannya untuk dan atas nama "
             "jabatan tersebut, oleh karenanya sah bertindak sebagai dan atas nama Badan Arsip Daerah, yang "
             "berkedudukan di Jl. Kamboja")
    assert parse_block(block)[0] == "Badan Arsip Daerah"


def test_name_with_degrees_on_its_own_line_above_the_office():
    block = ("I. Ratna Dewi, S.Kom., M.Si\nKepala Dinas Arsip Kabupaten Lembah Hijau, berdasarkan Keputusan Bupati "
             "Nomor 12 Tahun 2021, dalam hal ini bertindak untuk dan atas nama Dinas Arsip Kabupaten Lembah Hijau")
    assert parse_block(block)[1:3] == ("Ratna Dewi, S.Kom., M.Si", "Kepala Dinas Arsip Kabupaten Lembah Hijau")
    block = ("II. dr. Yusuf Hakim, Sp.PD, MARS\nDirektur Utama Rumah Sakit Umum Harapan Kita, dalam hal ini "
             "bertindak untuk dan atas nama Rumah Sakit Umum Harapan Kita")
    assert parse_block(block)[1:3] == ("dr. Yusuf Hakim, Sp.PD, MARS", "Direktur Utama Rumah Sakit Umum Harapan Kita")


def test_company_in_the_name_field_and_its_representative_on_a_diwakili_oleh_line():
    opening = """1. Nama : PT Sumber Tirta Abadi
   Alamat : Jalan Kenanga Nomor 17, Tanah Merah
   Diwakili oleh : HENDRA GUNAWAN, S.E.
   Jabatan : Direktur Utama
   selanjutnya disebut PIHAK PERTAMA;
2. Nama : CV Karya Mandiri, yang diwakili oleh : Rina Marlina, Jabatan : Direktur, selanjutnya disebut PIHAK KEDUA;
3. Nama : Koperasi Serba Usaha Maju Bersama
   dalam hal ini diwakili oleh Agus Salim selaku Ketua, berkedudukan di Desa Sukamulya,
   selanjutnya disebut PIHAK KETIGA."""
    facts = T.schema_of([T.NUMBERED_PKS.format(numbers="NOMOR : 7/PKS/DLH/2025", body=opening)])
    assert facts["parties"] == [
        {"role": "PIHAK PERTAMA", "institution": "PT Sumber Tirta Abadi", "signatory": "Hendra Gunawan, S.E.",
         "position": "Direktur Utama"},
        {"role": "PIHAK KEDUA", "institution": "CV Karya Mandiri", "signatory": "Rina Marlina", "position": "Direktur"},
        {"role": "PIHAK KETIGA", "institution": "Koperasi Serba Usaha Maju Bersama", "signatory": "Agus Salim",
         "position": "Ketua"}]


def test_company_labelled_nama_perusahaan_with_its_representative():
    block = "Nama Perusahaan : CV Tunas Harapan\nDiwakili oleh : Dewi Lestari\nJabatan : Direktur\n"
    assert parse_block(block)[:3] == ("CV Tunas Harapan", "Dewi Lestari", "Direktur")
