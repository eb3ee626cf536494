"""Agreement extraction on realistic page texts: each field, OCR-noisy variants, and nulls where the text is silent."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from arsip.cli import cli, _register
from ingest.extract import EXTRACTOR_VERSION
from ingest.extract.cleanup import clean_pages
from ingest.extract.parties import institution_from_position, parse_block, strip_name
from tests import extract_texts as T
from tests.makefiles import text_pdf

SCHEMA_KEYS = {"doc_type", "numbers", "title", "parties", "sign_date", "sign_place", "effective_date", "duration",
               "end_date", "obligations", "scope", "parent_agreement", "evidence", "pages", "text_source", "ocr_confidence"}


@pytest.fixture(scope="module")
def kb():
    return T.schema_of(T.KB_BOGOR)


@pytest.fixture(scope="module")
def noisy():
    return T.schema_of(T.ocr_noisy(T.KB_BOGOR))


def test_schema_keys_and_version(kb):
    assert set(kb) == SCHEMA_KEYS
    assert re.fullmatch(r"\d+\.\d+\.\d+", EXTRACTOR_VERSION)
    json.dumps(kb)  # everything is plain JSON


@pytest.mark.parametrize("which", ["kb", "noisy"])
def test_kb_fields(which, kb, noisy):
    facts = {"kb": kb, "noisy": noisy}[which]
    assert facts["doc_type"] == "KB"
    assert facts["numbers"] == ["119/KB.12-Ker/2023", "045/PKS/UNPAK/VIII/2023"]
    assert facts["title"] == "Penyelenggaraan Tridharma Perguruan Tinggi"
    assert facts["sign_date"] == "2023-08-24"
    assert facts["sign_place"] == "Bogor"
    assert facts["effective_date"] == "2023-08-24"
    assert facts["duration"] == "P5Y"
    assert facts["end_date"] == "2028-08-23"
    assert facts["parent_agreement"] is None
    assert facts["parties"] == [
        {"role": "PIHAK PERTAMA", "institution": "Pemerintah Kota Bogor", "signatory": "Dr. H. Bima Arya, S.Sos., M.A.",
         "position": "Wali Kota Bogor"},
        {"role": "PIHAK KEDUA", "institution": "Universitas Pakuan",
         "signatory": "Prof. Dr. Ir. Didik Notosudjono, M.Sc.", "position": "Rektor Universitas Pakuan"}]
    assert facts["scope"] == ["pendidikan dan pelatihan", "penelitian dan pengembangan",
                              "pengabdian kepada masyarakat", "pertukaran data dan informasi"]
    duties = [(item["party_role"], item["text"]) for item in facts["obligations"]]
    assert ("PIHAK PERTAMA", "memfasilitasi lokasi kegiatan penelitian dan pengabdian kepada masyarakat") in duties
    assert ("PIHAK KEDUA", "menyediakan tenaga ahli sesuai bidang keilmuan") in duties
    assert len(duties) == 6


def test_evidence_points_at_the_original_page_text(kb, noisy):
    for facts, pages in ((kb, T.KB_BOGOR), (noisy, T.ocr_noisy(T.KB_BOGOR))):
        found = facts["evidence"]["sign_date"]
        span = pages[found["page"] - 1][found["start"]:found["end"]]
        assert span.startswith("tangga") and "(24-08-2023)" in span.replace("2O23", "2023")
        duration = facts["evidence"]["duration"]
        assert pages[duration["page"] - 1][duration["start"]:duration["end"]] == "5 (lima) tahun"
        for field, where in facts["evidence"].items():
            assert 1 <= where["page"] <= len(pages) and 0 <= where["start"] <= where["end"] <= len(pages[where["page"] - 1])
            assert 0 < where["confidence"] <= 1, field


def test_ocr_noise_lowers_confidence(kb, noisy):
    assert noisy["evidence"]["numbers"]["confidence"] < kb["evidence"]["numbers"]["confidence"]
    assert kb["evidence"]["sign_date"]["confidence"] >= 0.95


def test_pks_with_kesatu_labels_kuasa_partial_number_and_parent():
    facts = T.schema_of(T.PKS_DINKES)
    assert facts["doc_type"] == "PKS"
    assert facts["numbers"] == ["17/SSM-DIR/IX/2023", "…/PKS/IX/2023"]  # the blank serial kept as written
    assert [party["role"] for party in facts["parties"]] == ["PIHAK KESATU", "PIHAK KEDUA"]
    second = facts["parties"][1]
    assert second == {"role": "PIHAK KEDUA", "institution": "Pemerintah Kota Bogor", "signatory": "dr. Sri Nowo Retno, MARS",
                      "position": "Kepala Dinas Kesehatan Kota Bogor"}
    assert facts["sign_date"] == "2023-09-04"  # not the surat kuasa's 1 September nor the KB's 10 Mei 2022
    assert facts["effective_date"] == "2023-10-01"
    assert facts["end_date"] == "2025-09-30"
    assert facts["duration"] == "P2Y"  # only the dates are written: the range's length
    assert facts["parent_agreement"] == "119/KB.12-Ker/2022"
    texts = [item["text"] for item in facts["obligations"]]
    assert "menyediakan: reagen dan bahan habis pakai; tenaga analis kesehatan yang bersertifikat" in texts
    assert not any("menerima pembayaran" in text for text in texts)  # a right, not an obligation
    assert {item["party_role"] for item in facts["obligations"]} == {"PIHAK KESATU", "PIHAK KEDUA"}
    assert facts["scope"] == ["pemeriksaan laboratorium klinik", "pemeriksaan kualitas air minum",
                              "pelatihan tenaga laboratorium"]


def test_three_parties_blank_numbers_and_closing_date():
    facts = T.schema_of(T.KB_THREE)
    assert facts["numbers"] is None
    assert [party["institution"] for party in facts["parties"]] == [
        "Pemerintah Kabupaten Sukamaju", "Pemerintah Kota Tirtawangi", "Perusahaan Umum Daerah Air Minum Tirta Raharja"]
    assert facts["parties"][2]["signatory"] == "Bambang Hermawan, S.T., M.T."
    assert facts["sign_date"] == "2022-12-12" and facts["sign_place"] == "Sukamaju"
    assert facts["duration"] == "P1Y6M"
    assert facts["end_date"] == "2024-06-11"
    assert facts["obligations"] is None


def test_bilingual_sister_city_mou():
    facts = T.schema_of(T.MOU_SISTER)
    assert facts["doc_type"] == "MOU"
    assert facts["title"] == "Kerja Sama Kota Kembar"
    assert facts["sign_date"] == "2023-08-24" and facts["sign_place"] == "Bogor"
    assert facts["duration"] == "P5Y" and facts["end_date"] == "2028-08-23"
    assert facts["parties"][1]["institution"].startswith("Pemerintah Kota Saint-Louis")
    assert facts["parties"][0]["signatory"] is None  # no name is written


def test_addendum_extends_from_a_stated_date():
    facts = T.schema_of(T.ADDENDUM)
    assert facts["doc_type"] == "ADDENDUM"
    assert facts["sign_date"] == "2023-12-29"
    assert facts["effective_date"] == "2024-01-01"
    assert facts["duration"] == "P2Y" and facts["end_date"] == "2025-12-31"
    assert facts["parent_agreement"] == "551/12-Dishub/2021"
    assert facts["sign_place"] is None


def test_other_documents_and_silence():
    minutes = T.schema_of(T.BERITA_ACARA)
    assert minutes["doc_type"] == "OTHER"
    assert minutes["parties"] is None and minutes["duration"] is None and minutes["end_date"] is None
    letter = T.schema_of(T.LETTER)
    assert letter["doc_type"] == "OTHER"
    assert all(letter[key] is None for key in SCHEMA_KEYS - {"doc_type", "evidence"})
    empty = T.schema_of([])
    assert empty["doc_type"] == "OTHER" and empty["sign_date"] is None


@pytest.mark.parametrize("heading, kind", [
    ("KESEPAKATAN BERSAMA\nANTARA", "KB"), ("PERJANJIAN KERJA SAMA\nANTARA", "PKS"),
    ("PERJANJIAN KERJASAMA\nANTARA", "PKS"), ("NOTA KESEPAHAMAN\nANTARA", "MOU"),
    ("MEMORANDUM OF UNDERSTANDING\nBETWEEN", "MOU"), ("NOTA KESEPAKATAN\nANTARA", "MOU"),
    ("LETTER OF INTENT\nBETWEEN", "LOI"), ("ADDENDUM\nPERJANJIAN KERJA SAMA", "ADDENDUM"),
    ("AMANDEMEN KESEPAKATAN BERSAMA", "ADDENDUM"), ("PERUBAHAN ATAS PERJANJIAN KERJA SAMA", "ADDENDUM"),
    ("RENCANA KERJA\nPELAKSANAAN KESEPAKATAN BERSAMA", "OTHER"), ("BERITA ACARA\nSERAH TERIMA", "OTHER"),
    ("LAPORAN\nEVALUASI KERJA SAMA", "OTHER"), ("PEMERINTAH KOTA BOGOR\nDINAS KESEHATAN\nPERJANJIAN KERJA SAMA", "PKS"),
    ("KESEPAKATAN BERSAMA\nTENTANG\nADAPTASI PERUBAHAN IKLIM", "KB"),
])
def test_doc_type_from_heading(heading, kind):
    assert T.schema_of([heading + "\n"])["doc_type"] == kind


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


def test_law_and_decree_dates_are_not_the_signing_date():
    pages = ["""PERJANJIAN KERJA SAMA
TENTANG
PENGELOLAAN SAMPAH
Berdasarkan Undang-Undang Nomor 18 Tahun 2008 dan Keputusan Wali Kota Nomor 12 tanggal 5 Januari 2021, para
pihak sepakat sebagai berikut.
Pasal 1
Jangka Waktu
Perjanjian ini berlaku selama 2 (dua) tahun.
"""]
    facts = T.schema_of(pages)
    assert facts["sign_date"] is None
    assert facts["duration"] == "P2Y"
    assert facts["effective_date"] is None and facts["end_date"] is None  # no start is known


def test_notice_periods_are_not_the_term():
    pages = ["KESEPAKATAN BERSAMA\nPasal 1\nJANGKA WAKTU\nPemberitahuan disampaikan paling lambat 30 (tiga puluh) "
             "hari sebelumnya. Kesepakatan ini berlaku untuk jangka waktu 3 (tiga) tahun.\n"]
    assert T.schema_of(pages)["duration"] == "P3Y"


def test_cleanup_maps_back_through_removed_chrome_and_joined_words():
    pages = ["Judul\nkewajiban pelaksa-\n   naan kegiatan\nHalaman 1 dari 2\n", "P1HAK KEDUA\n- 2 -\n"]
    cleaned = clean_pages(pages)
    assert "pelaksanaan" in cleaned.text and "Halaman" not in cleaned.text and "- 2 -" not in cleaned.text
    assert "PIHAK KEDUA" in cleaned.text
    start = cleaned.text.index("pelaksanaan")
    page, begin, end = cleaned.locate(start, start + len("pelaksanaan"))
    assert (page, pages[0][begin:end]) == (1, "pelaksa-\n   naan")
    start = cleaned.text.index("PIHAK")
    page, begin, end = cleaned.locate(start, start + 11)
    assert (page, pages[1][begin:end]) == (2, "P1HAK KEDUA") and cleaned.noisy(start, start + 11)


def test_cli_extract_json_and_text(tmp_path):
    pdf = text_pdf(tmp_path / "kb.pdf", [page.splitlines() for page in T.KB_BOGOR])
    _register()
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(pdf), "--json"])
    assert result.exit_code == 0, result.output
    facts = json.loads(result.output)
    assert facts["sign_date"] == "2023-08-24" and facts["pages"] == 3 and facts["text_source"] == "text-layer"
    human = runner.invoke(cli, ["extract", str(pdf)])
    assert human.exit_code == 0 and "Wali Kota Bogor" in human.output and "2028-08-23" in human.output


def test_repeated_running_header_is_dropped_but_repeated_article_headings_are_kept():
    pages = [f"PKS Dinkes - PT Sehat Sentosa\nPasal {n}\nPELAKSANAAN\nIsi pasal {n}.\nHalaman {n} dari 4\n"
             for n in range(1, 5)]
    text = clean_pages(pages).text
    assert text.count("PKS Dinkes") == 1  # kept on page 1 only
    assert all(f"Pasal {n}" in text for n in range(1, 5)) and "Halaman" not in text


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


def test_letters_take_their_subject_as_title_and_stay_other():
    letter = ["""PEMERINTAH KOTA TIRTAWANGI
SEKRETARIAT DAERAH
Tirtawangi, 3 Juni 2024
Nomor : 180/412/Bag.Kerjasama
Lampiran : 1 (satu) berkas
Perihal : Penyampaian Naskah Perjanjian Kerja Sama
Yth. Kepala Biro Pemerintahan
di Tempat
Bersama ini kami sampaikan salinan Perjanjian Kerja Sama Nomor 445/77/PKS/2024 untuk didokumentasikan.
"""]
    facts = T.schema_of(letter)
    assert facts["doc_type"] == "OTHER"
    assert facts["title"] == "Penyampaian Naskah Perjanjian Kerja Sama"
    assert facts["sign_date"] == "2024-06-03" and facts["sign_place"] == "Tirtawangi"
    assert facts["numbers"] == ["180/412/Bag.Kerjasama"] and facts["parent_agreement"] == "445/77/PKS/2024"


def test_ocr_detached_number_column_and_scope_with_footer_leak():
    pages = ["""PERJANJIAN KERJA SAMA
TENTANG
LAYANAN AIR BERSIH
Pasal 2
RUANG LINGKUP
Ruang lingkup Perjanjian Kerja Sama ini meliputi:
a. penyediaan air baku;
b.. pengolahan air: Perjanjian Kerja Sama Pemerintah Kota Tirtawangi - PDAM Tirta
c. distribusi air bersih.
Pasal 3
KEWAJIBAN PIHAK KEDUA
PIHAK KEDUA berkewajiban:

1.
2.
3.

menjaga kerahasiaan data;
melaksanakan kegiatan sesuai dengan rencana kerja yang
disepakati;
mematuhi ketentuan peraturan perundang-undangan.
Pasal 4
PENUTUP
"""]
    facts = T.schema_of(pages)
    assert facts["scope"] == ["penyediaan air baku", "pengolahan air", "distribusi air bersih"]
    assert [item["text"] for item in facts["obligations"]] == [
        "menjaga kerahasiaan data", "melaksanakan kegiatan sesuai dengan rencana kerja yang disepakati",
        "mematuhi ketentuan peraturan perundang-undangan"]
    assert {item["party_role"] for item in facts["obligations"]} == {"PIHAK KEDUA"}


def test_ocr_roman_months_in_numbers():
    pages = ["PERJANJIAN KERJA SAMA\nNOMOR : 395/PPN/PKS/X11/2020\nNOMOR : 119/247/KB/1/2020\nTENTANG\nAIR\n"]
    assert T.schema_of(pages)["numbers"] == ["395/PPN/PKS/XII/2020", "119/247/KB/I/2020"]


def test_ocr_dates_in_the_term_and_closing_line():
    pages = ["""KESEPAKATAN BERSAMA
TENTANG
KEARSIPAN
Pasal 7
JANGKA WAKTU
Kesepakatan Bersama ini berlaku sejak tanggal | Mei 2018 sampai dengan tanggal 30 April 2021.
Pasal 8
PENUTUP
Kota Jantho, 11-Agustus 2017
"""]
    facts = T.schema_of(pages)
    assert facts["effective_date"] == "2018-05-01" and facts["end_date"] == "2021-04-30"
    assert facts["sign_date"] == "2017-08-11" and facts["sign_place"] == "Kota Jantho"


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


def test_ocr_list_markers_misread_or_left_in_a_column():
    pages = ["""KESEPAKATAN BERSAMA
TENTANG
PENGELOLAAN SAMPAH
Pasal 2
RUANG LINGKUP
Ruang lingkup Kesepakatan Bersama ini meliputi:

a.

b
Cc.
d

pengurangan sampah,
penanganan sampah,
pengolahan sampah terpadu,
pemrosesan akhir sampah.

Pasal 3
KEWAJIBAN
PIHAK KEDUA berkewajiban:
|. menyediakan lahan tempat pengolahan sampah: dan

2... menyampaikan laporan kegiatan kepada PIHAK PERTAMA secara berkala.

Pasal 4
JANGKA WAKTU
"""]
    facts = T.schema_of(pages)
    assert facts["scope"] == ["pengurangan sampah", "penanganan sampah", "pengolahan sampah terpadu",
                              "pemrosesan akhir sampah"]
    assert [item["text"] for item in facts["obligations"]] == [
        "menyediakan lahan tempat pengolahan sampah",
        "menyampaikan laporan kegiatan kepada PIHAK PERTAMA secara berkala"]


def test_ocr_scope_items_with_garbled_markers_across_a_page_break():
    pages = ["""NOTA KESEPAHAMAN
TENTANG
KERJA SAMA KOTA KEMBAR
PASAL 2
RUANG LINGKUP
Ruang lingkup Nota Kesepahaman ini meliputi:
a. pariwisata:
Pp: pertukaran pelajar,

Parat pass Pee 1
""", """€. ' kebudayaan dan kesenian:
d. ” pengembangan usaha kecil:
€. kesehatan masyarakat.

PASAL 3
JANGKA WAKTU
"""]
    assert T.schema_of(pages)["scope"] == ["pariwisata", "pertukaran pelajar", "kebudayaan dan kesenian",
                                                 "pengembangan usaha kecil", "kesehatan masyarakat"]


def test_ocr_blank_line_inside_a_report_heading_before_its_year():
    pages = ["""LAPORAN EVALUASI
PELAKSANAAN KESEPAKATAN BERSAMA
TENTANG PENGELOLAAN AIR LIMBAH

TAHUN 2022

BAB I PENDAHULUAN
Kesepakatan Bersama Nomor 660/31/KB/2020 ditandatangani pada tanggal 3 Maret 2020.
"""]
    facts = T.schema_of(pages)
    assert facts["doc_type"] == "OTHER"
    assert facts["title"] == "Laporan Evaluasi Pelaksanaan Kesepakatan Bersama tentang Pengelolaan Air Limbah Tahun 2022"
    two_blanks = [pages[0].replace("LIMBAH\n\nTAHUN", "LIMBAH\n\nRINGKASAN\n\nTAHUN")]  # only a closing year joins
    assert T.schema_of(two_blanks)["title"].endswith("Air Limbah")


def test_ocr_lost_slashes_in_the_cited_parent_agreement():
    pages = ["""PERJANJIAN KERJA SAMA
TENTANG
PENGEMBANGAN UMKM
Perjanjian Kerja Sama ini merupakan pelaksanaan Kesepakatan Bersama Nomor 415 KB.07-Ekon. 2019 tanggal
4 Maret 2019.
"""]
    assert T.schema_of(pages)["parent_agreement"] == "415/KB.07-Ekon/2019"
    law = [pages[0].replace("Nomor 415 KB.07-Ekon. 2019", "Nomor 23 Tahun 2014")]  # a law's number, not an agreement
    assert T.schema_of(law)["parent_agreement"] is None


def test_a_lost_subject_line_gives_no_title_rather_than_the_next_sentence():
    pages = ["""LETTER OF INTENT
ANTARA
PEMERINTAH KABUPATEN KEBUMEN
DAN
POLITEKNIK NEGERI SEMARANG
TENTANG

i atas, PARA PIHAK sepakat untuk mengadakan Letter
of Intent dengan ketentuan sebagai berikut:
PASAL 1
"""]
    assert T.schema_of(pages)["title"] is None


# Variations seen in published agreements (texts below are invented, with the same structure).

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


def test_heading_run_into_one_line_with_an_inline_number_label():
    pages = ["PERJANJIAN ANTARA PT. BANK NUSA MAKMUR, Tbk DENGAN PT. SARANA JAYA ABADI TENTANG JASA PENGELOLAAN "
             "ARSIP DOKUMEN No : PKS. 27/DIR/UMM/IV/2021 Pada hari ini Senin, tanggal 05 (lima), bulan April, tahun "
             "dua ribu dua puluh satu ( 05 - 04 -21) bertempat di Semarang, kami yang bertanda tangan dibawah ini : "
             "I. Rudi Hartono, dalam hal ini bertindak selaku Direktur, selanjutnya disebut PIHAK PERTAMA."]
    facts = T.schema_of(pages)
    assert facts["title"] == "Jasa Pengelolaan Arsip Dokumen"
    assert facts["numbers"] == ["PKS.27/DIR/UMM/IV/2021"]
    assert facts["sign_date"] == "2021-04-05"


def test_long_upper_case_subject_broken_by_blank_lines_is_read_whole():
    pages = ["""PERJANJIAN KERJA SAMA
ANTARA
PEMERINTAH KABUPATEN LEMBAH HIJAU
DENGAN
KANTOR PERTANAHAN KABUPATEN LEMBAH HIJAU
TENTANG

PENGINTEGRASIAN DATA PERTANAHAN DENGAN PAJAK BUMI DAN BANGUNAN PERDESAAN DAN


PERKOTAAN DAN BEA PEROLEHAN HAK ATAS TANAH DAN BANGUNAN, PENYELESAIAN ASET DAERAH,
PEMBUATAN PETA ZONA NILAI TANAH, DUKUNGAN BIMBINGAN TEKNIS PEJABAT PEMBUAT AKTA TANAH
BAGI CAMAT SERTA DUKUNGAN PENDAFTARAN TANAH SISTEMATIS LENGKAP DI SELURUH WILAYAH KABUPATEN
LEMBAH HIJAU TAHUN ANGGARAN 2020 SAMPAI DENGAN TAHUN ANGGARAN 2024

NOMOR :
NOMOR :

Pada hari ini Selasa tanggal tiga bulan Maret tahun dua ribu dua puluh, kami yang bertanda tangan di bawah ini:
"""]
    title = T.schema_of(pages)["title"]
    assert title.startswith("Pengintegrasian Data Pertanahan dengan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan")
    assert title.endswith("Tahun Anggaran 2020 Sampai dengan Tahun Anggaran 2024")


def test_own_number_with_a_space_after_a_slash_is_not_the_parent_agreement():
    pages = ["""PERJANJIAN KERJASAMA
ANTARA
DINAS KESEHATAN KABUPATEN SUKAMAJU
DENGAN
RUMAH SAKIT UMUM MITRA SEHAT

NOMOR : 445.12/ 031/PKS/2019
NOMOR :

TENTANG
PELAYANAN KESEHATAN RUJUKAN

Pada hari ini Kamis tanggal tiga bulan Januari tahun dua ribu sembilan belas, kami yang bertanda tangan di bawah ini:
"""]
    facts = T.schema_of(pages)
    assert facts["numbers"] == ["445.12/031/PKS/2019"]
    assert facts["parent_agreement"] is None


def test_nota_saling_pengertian_is_a_memorandum_even_when_it_cites_a_letter_of_intent():
    pages = ["""NOTA SALING PENGERTIAN
ANTARA
PEMERINTAH KOTA SUNGAI TERANG, REPUBLIK INDONESIA
DAN PEMERINTAH KOTA RIVERDALE, KANADA
MENGENAI KERJASAMA KOTA KEMBAR

Pemerintah Kota Sungai Terang dan Pemerintah Kota Riverdale, selanjutnya disebut sebagai "Para Pihak";
MERUJUK pada surat minat yang ditandatangani di Sungai Terang pada 3 Mei 2016;
Telah menyetujui sebagai berikut:
"""]
    assert T.schema_of(pages)["doc_type"] == "MOU"


def test_without_a_readable_heading_the_document_naming_itself_decides_its_kind():
    pages = ["""REPUBLIK INDONESIA
IIEIIORANDUN SALING PENGERTlAN
ANTARA
PEMERINTAH PROVINSI TANAH RAYA
DAN
DEWAN DAERAH LIMAVALE
Mempertimbangkan Letter of Intent antara Para Pihak tanggal 2 Juni 2015;
Pasal 1
TUJUAN
Tujuan Memorandum Saling Pengertian (MSP) ini adalah untuk menyediakan kerangka kerja sama.
"""]
    assert T.schema_of(pages)["doc_type"] == "MOU"


# A regency-level PKS heading and opening, shared by the tests below.
TANAH_BUMBU_OPENING = """ANTARA
DINAS KESEHATAN KABUPATEN TANAH BUMBU RAYA
DENGAN
RSUD KABUPATEN TANAH BUMBU RAYA
TENTANG
PELAYANAN KESEHATAN MASYARAKAT

Pada hari Rabu tanggal dua januari tahun dua ribu tiga belas
bertempat di kantor Dinas Kesehatan Kabupaten Tanah Bumbu Raya,
kami yang bertanda tangan dibawah ini :
"""


def test_sign_place_names_a_regency_of_three_words():
    pages = ["PERJANJIAN KERJASAMA\n" + TANAH_BUMBU_OPENING]
    facts = T.schema_of(pages)
    assert (facts["sign_date"], facts["sign_place"]) == ("2013-01-02", "Tanah Bumbu Raya")


def test_treaty_style_memorandum_signed_in_duplicate_with_no_opening_formula():
    pages = ["""LETTER OF INTENT
BETWEEN
THE GOVERNMENT OF THE CITY OF SUNGAI TERANG, REPUBLIC OF INDONESIA
AND
LAKEVIEW CITY COUNCIL, CANADA
CONCERNING
ESTABLISHMENT OF A SISTER CITY COOPERATION

The Government of the City of Sungai Terang and Lakeview City Council;
Desiring to promote goodwill and friendship between the people of the two cities;
Recalling the Memorandum which was signed in Ottawa on 2 March 2001;
Do hereby declare their intention to establish a sister city cooperation in the following fields:

1.
2.

City Planning;
Culture and Tourism.

Done in duplicate in Sungai Terang, Indonesia, on 12 June 2010, in the Indonesian and English languages.

FOR THE GOVERNMENT
OF THE CITY OF SUNGAI TERANG

Signed
"""]
    facts = T.schema_of(pages)
    assert facts["doc_type"] == "LOI"
    assert (facts["sign_date"], facts["sign_place"]) == ("2010-06-12", "Sungai Terang")


def test_acronym_in_parentheses_keeps_its_capitals_in_the_title():
    pages = ["""PERJANJIAN KERJA SAMA
ANTARA
DINAS KESEHATAN KABUPATEN SUKAMAJU
DENGAN
RUMAH SAKIT UMUM MITRA SEHAT
TENTANG
PELAYANAN KESEHATAN BAGI PESERTA JAMINAN KESEHATAN DAERAH (JAMKESDA) TAHUN 2019
NOMOR :
"""]
    assert T.schema_of(pages)["title"] == ("Pelayanan Kesehatan bagi Peserta Jaminan Kesehatan Daerah (JAMKESDA) "
                                                 "Tahun 2019")


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
    pages = ["NASKAH PERJANJIAN KERJASAMA\n" + TANAH_BUMBU_OPENING + """Nama

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


def test_scope_of_fields_each_itemised_lists_the_fields():
    pages = ["""MEMORANDUM SALING PENGERTIAN
ANTARA
PEMERINTAH KABUPATEN SUNGAI TERANG
DAN
KOTA RIVERDALE
TENTANG
KERJA SAMA KOTA KEMBAR

PASAL 2
RUANG LINGKUP KERJA SAMA
Para Pihak sepakat untuk mengembangkan kerja sama pada bidang-bidang berikut:
1. Kerja sama kebudayaan, yang dapat meliputi, namun tidak terbatas pada:
a. pelestarian situs budaya;
b. pertukaran seniman;
2. Kerja sama pariwisata, yang dapat meliputi:
a. promosi wisata bersama;
b. pelatihan pemandu wisata.

PASAL 3
PELAKSANAAN
"""]
    assert T.schema_of(pages)["scope"] == ["Kerja sama kebudayaan", "Kerja sama pariwisata"]


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


def test_title_after_a_blank_partner_and_english_relating_to_and_a_street_is_no_place():
    pages = ["""PERJANJIAN KERJA SAMA ANTARA RUMAH SAKIT UMUM DAERAH TELUK BIRU DENGAN .................... TENTANG JEJARING RUJUKAN PELAYANAN JANTUNG
Pada hari ini, Senin tanggal empat bulan Juli tahun dua ribu dua puluh dua (04/07/2022) telah dibuat dan ditandatangani Perjanjian Kerja Sama ini, kami yang bertanda tangan di bawah ini:
1. dr. Irma Lestari, MM., selaku Direktur Klinik Sehat Sentosa yang bertempat di Jalan Anggrek No. 12 Teluk Biru, selanjutnya disebut PIHAK KEDUA.
"""]
    facts = T.schema_of(pages)
    assert facts["title"] == "Jejaring Rujukan Pelayanan Jantung"
    assert facts["sign_place"] is None
    pages = ["""MEMORANDUM OF UNDERSTANDING BETWEEN
THE GOVERNMENT OF THE CITY OF PORT ARLEN
AND
THE GOVERNMENT OF THE CITY OF KALIMAYA
RELATING TO
URBAN WATER SUPPLY TRAINING

THIS MEMORANDUM expresses the understandings of the two cities.
"""]
    facts = T.schema_of(pages)
    assert facts["title"] == "Urban Water Supply Training"
    assert [party["institution"] for party in facts["parties"]] == ["The Government of the City of Port Arlen",
                                                                     "The Government of the City of Kalimaya"]


def test_scope_lettered_inside_one_sentence_and_a_single_field_after_adalah():
    pages = ["""MEMORANDUM SALING PENGERTIAN
ANTARA
KEMENTERIAN PERHUBUNGAN REPUBLIK INDONESIA
DAN
KEMENTERIAN TRANSPORTASI REPUBLIK PALAU
MENGENAI
KERJA SAMA TRANSPORTASI LAUT

Pasal 1 Tujuan
Memorandum Saling Pengertian ini bertujuan untuk meningkatkan kerja sama transportasi laut.
Pasal 2 Lingkup Kerjasama
Ruang lingkup kerjasama di bawah Memorandum Saling Pengertian ini
mencakup, namun tidak terbatas pada: a. Keselamatan Pelayaran; b. Pengelolaan Pelabuhan; c. Pendidikan Pelaut; dan d. Pertukaran Data.
Pasal 3 Pelaksanaan
Para Pihak membentuk kelompok kerja.
"""]
    assert T.schema_of(pages)["scope"] == ["Keselamatan Pelayaran", "Pengelolaan Pelabuhan", "Pendidikan Pelaut",
                                                 "Pertukaran Data"]
    pages = ["""KESEPAKATAN BERSAMA
ANTARA
PEMERINTAH DESA WATU ALANG
DENGAN
YAYASAN LITERASI NUSANTARA
TENTANG
TAMAN BACA DESA

PASAL 3
RUANG LINGKUP
Ruang lingkup Kesepakatan Bersama ini adalah pengelolaan taman baca dan perpustakaan desa.

PASAL 4
JANGKA WAKTU
"""]
    assert T.schema_of(pages)["scope"] == ["pengelolaan taman baca dan perpustakaan desa"]


def test_rights_and_duties_each_item_saying_which():
    pages = ["""PERJANJIAN KERJA SAMA
ANTARA
CV MEKAR JAYA
DENGAN
KOPERASI TANI MAKMUR
TENTANG
PENGADAAN BIBIT

PASAL 4
HAK DAN KEWAJIBAN
Hak dan Kewajiban PIHAK PERTAMA:
1. Berhak menerima pembayaran sesuai kesepakatan
2. Wajib mengirim bibit sesuai jadwal
3. Wajib mengganti bibit yang rusak
Hak dan Kewajiban PIHAK KEDUA:
1. Berhak menerima bibit bermutu
2. Wajib membayar tagihan tepat waktu

PASAL 5
JANGKA WAKTU
"""]
    assert T.schema_of(pages)["obligations"] == [
        {"party_role": "PIHAK PERTAMA", "text": "mengirim bibit sesuai jadwal"},
        {"party_role": "PIHAK PERTAMA", "text": "mengganti bibit yang rusak"},
        {"party_role": "PIHAK KEDUA", "text": "membayar tagihan tepat waktu"}]
    block = ("Hendra Wijaya selaku Direktur Utama, dalam hal ini bertindak dalam jabatannya, oleh karenanya sah "
             "mewakili untuk bertindak untuk dan atas nama PT Sumber Air Lestari")
    assert parse_block(block)[0] == "PT Sumber Air Lestari"


_NUMBERED_PKS = """PERJANJIAN KERJA SAMA
ANTARA
DINAS LINGKUNGAN HIDUP KABUPATEN TANAH MERAH
DENGAN
PT BUMI LESTARI SENTOSA
{numbers}
TENTANG
PENGELOLAAN SAMPAH TERPADU

Pada hari ini Senin tanggal tiga bulan Maret tahun dua ribu dua puluh lima, kami yang bertanda tangan di bawah ini:
{body}
"""


@pytest.mark.parametrize("numbers, expected", [
    ("Nomor: CTR-2025-001", ["CTR-2025-001"]),
    ("No. 045.2-PKS-DLH-2025", ["045.2-PKS-DLH-2025"]),
    ("No : 045.2-PKS-DLH-2025", ["045.2-PKS-DLH-2025"]),
    ("NOMOR : SPK-017\nNOMOR : BLS.045", ["SPK-017", "BLS.045"]),
    ("NOMOR : PKS.12 / DLH.7 / 2025", ["PKS.12/DLH.7/2025"]),
    ("NOMOR : 660.1  /  088  /  DLH / 2025\nNOMOR : BLS-PKS-2025-014", ["660.1/088/DLH/2025", "BLS-PKS-2025-014"]),
])
def test_own_numbers_without_slashes_or_with_spaced_slashes(numbers, expected):
    facts = T.schema_of([_NUMBERED_PKS.format(numbers=numbers, body="")])
    assert facts["numbers"] == expected
    assert facts["parent_agreement"] is None


def test_number_labelled_no_inside_a_heading_run_into_one_line_is_the_own_number():
    heading = "PERJANJIAN KERJA SAMA ANTARA DINAS LINGKUNGAN HIDUP KABUPATEN TANAH MERAH DENGAN PT BUMI LESTARI SENTOSA"
    page = _NUMBERED_PKS.replace(_NUMBERED_PKS.split("\nTENTANG")[0], heading + " No. 045.2-PKS-DLH-2025")
    facts = T.schema_of([page.format(body="")])
    assert (facts["numbers"], facts["parent_agreement"]) == (["045.2-PKS-DLH-2025"], None)


def test_parent_cited_without_slashes_and_a_law_number_is_neither_own_nor_parent():
    body = ("Perjanjian ini disusun sebagai tindak lanjut Kesepakatan Bersama Nomor: KB-2024-017 tanggal 2 Mei 2024 "
            "dengan memperhatikan Undang-Undang Nomor 18 Tahun 2008 tentang Pengelolaan Sampah.")
    facts = T.schema_of([_NUMBERED_PKS.format(numbers="Nomor: CTR-2025-001", body=body)])
    assert (facts["numbers"], facts["parent_agreement"]) == (["CTR-2025-001"], "KB-2024-017")
    body = ("Berdasarkan Peraturan Daerah Kabupaten Tanah Merah Nomor 12 Tahun 2008 dan Nota Kesepahaman "
            "Nomor 045.2 / MOU / TM / 2024, PARA PIHAK sepakat.")
    facts = T.schema_of([_NUMBERED_PKS.format(numbers="NOMOR : PKS.12 / DLH.7 / 2025", body=body)])
    assert (facts["numbers"], facts["parent_agreement"]) == (["PKS.12/DLH.7/2025"], "045.2/MOU/TM/2024")
    law = body.replace("dan Nota Kesepahaman Nomor 045.2 / MOU / TM / 2024", "tentang Kerja Sama Daerah")
    facts = T.schema_of([_NUMBERED_PKS.format(numbers="NOMOR :", body=law)])
    assert (facts["numbers"], facts["parent_agreement"]) == (None, None)


@pytest.mark.parametrize("law", ["UU No. 23/2014", "Perda Kabupaten Tanah Merah No. 5/2019", "Permendagri Nomor 22/2020"])
def test_abbreviated_law_cited_after_the_agreement_kind_is_not_the_parent(law):
    body = f"Perjanjian ini merupakan pelaksanaan dari Kesepakatan Bersama sesuai {law} tentang Kerja Sama Daerah."
    facts = T.schema_of([_NUMBERED_PKS.format(numbers="NOMOR : 7/PKS/DLH/2025", body=body)])
    assert (facts["numbers"], facts["parent_agreement"]) == (["7/PKS/DLH/2025"], None)


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
    facts = T.schema_of([_NUMBERED_PKS.format(numbers="NOMOR : 7/PKS/DLH/2025", body=opening)])
    assert facts["parties"] == [
        {"role": "PIHAK PERTAMA", "institution": "PT Sumber Tirta Abadi", "signatory": "Hendra Gunawan, S.E.",
         "position": "Direktur Utama"},
        {"role": "PIHAK KEDUA", "institution": "CV Karya Mandiri", "signatory": "Rina Marlina", "position": "Direktur"},
        {"role": "PIHAK KETIGA", "institution": "Koperasi Serba Usaha Maju Bersama", "signatory": "Agus Salim",
         "position": "Ketua"}]


_SCOPE_KB = """KESEPAKATAN BERSAMA
ANTARA
PEMERINTAH KOTA BATU KARANG
DENGAN
PEMERINTAH KABUPATEN LEMBAH HIJAU
TENTANG
KERJA SAMA PEMBANGUNAN DAERAH

Pasal 2
RUANG LINGKUP
{scope}

Pasal 3
JANGKA WAKTU
Kesepakatan Bersama ini berlaku untuk jangka waktu 5 (lima) tahun.
"""


@pytest.mark.parametrize("scope, expected", [
    ("Ruang lingkup kerja sama meliputi: 1. Ekonomi 2. Perdagangan 3. Pariwisata 4. Pendidikan.",
     ["Ekonomi", "Perdagangan", "Pariwisata", "Pendidikan"]),
    ("Ruang lingkup kerja sama meliputi: 1) pertanian; 2) perikanan; dan 3) kehutanan. Rincian diatur kemudian.",
     ["pertanian", "perikanan", "kehutanan"]),
    ("Ruang lingkup kerja sama meliputi: a. peningkatan 2 (dua) kali lipat produksi garam; b. pelatihan tahap 3. "
     "lanjutan; c. pemasaran hasil.",
     ["peningkatan 2 (dua) kali lipat produksi garam", "pelatihan tahap 3. lanjutan", "pemasaran hasil"]),
    ("Ruang lingkup kerja sama meliputi:\n1. Ekonomi 2. Perdagangan 3. Pariwisata",
     ["Ekonomi", "Perdagangan", "Pariwisata"]),
    ("Ruang lingkup kerja sama meliputi:\na. Kesehatan; b. Kebersihan; c. Ketertiban.",
     ["Kesehatan", "Kebersihan", "Ketertiban"]),
])
def test_scope_numbered_or_lettered_inline_on_one_line(scope, expected):
    assert T.schema_of([_SCOPE_KB.format(scope=scope)])["scope"] == expected


def test_spaced_acronym_in_parentheses_keeps_its_capitals_in_the_title():
    pages = ["""PERJANJIAN KERJA SAMA
ANTARA
DINAS SOSIAL KABUPATEN LEMBAH HIJAU
DENGAN
PT ( PERSERO ) POS INDONESIA CABANG LEMBAH HIJAU
TENTANG
PENYALURAN BANTUAN PANGAN NON TUNAI ( BPNT ) DAN PROGRAM KELUARGA HARAPAN ( PKH )
NOMOR :
"""]
    assert T.schema_of(pages)["title"] == ("Penyaluran Bantuan Pangan Non Tunai (BPNT) dan Program Keluarga "
                                                 "Harapan (PKH)")


def test_company_labelled_nama_perusahaan_with_its_representative():
    block = "Nama Perusahaan : CV Tunas Harapan\nDiwakili oleh : Dewi Lestari\nJabatan : Direktur\n"
    assert parse_block(block)[:3] == ("CV Tunas Harapan", "Dewi Lestari", "Direktur")


_DUTIES_PKS = """PERJANJIAN KERJA SAMA
TENTANG
PENGELOLAAN TAMAN KOTA
Pasal 4
{heading}
{body}
Pasal 5
PENUTUP
Perjanjian ini dibuat dalam rangkap dua.
"""


def _duties(body: str, heading: str = "HAK DAN KEWAJIBAN") -> list[tuple[str, str]]:
    found = T.schema_of([_DUTIES_PKS.format(heading=heading, body=body)])["obligations"] or []
    return [(item["party_role"], item["text"]) for item in found]


def test_duties_listed_inline_on_the_lead_line():
    body = ("PIHAK KEDUA berkewajiban : a. merawat tanaman peneduh; b. menyiram rumput setiap pagi dan sore; "
            "c. melaporkan kerusakan bangku taman; dan d. menjaga kebersihan kolam.")
    assert _duties(body) == [("PIHAK KEDUA", "merawat tanaman peneduh"),
                             ("PIHAK KEDUA", "menyiram rumput setiap pagi dan sore"),
                             ("PIHAK KEDUA", "melaporkan kerusakan bangku taman"),
                             ("PIHAK KEDUA", "menjaga kebersihan kolam")]


def test_duties_after_a_lead_in_clause_with_multi_level_numbers_on_one_line():
    body = ("3.1. Selain kewajiban lain dalam Perjanjian ini, PIHAK PERTAMA berkewajiban: 3.1.1. menyediakan lahan "
            "taman. 3.1.2. Menanggung biaya listrik lampu taman. 3.1.3. Menunjuk petugas penghubung.")
    assert _duties(body, "KEWAJIBAN PARA PIHAK") == [("PIHAK PERTAMA", "menyediakan lahan taman"),
                                                     ("PIHAK PERTAMA", "Menanggung biaya listrik lampu taman"),
                                                     ("PIHAK PERTAMA", "Menunjuk petugas penghubung")]


def test_one_sentence_per_party_duty_and_a_right_is_not_a_duty():
    body = ("(1) PIHAK PERTAMA berhak menerima laporan bulanan pengelolaan taman.\n"
            "(2) PIHAK KEDUA wajib menyerahkan laporan bulanan pengelolaan taman.\n"
            "8.1 The SECOND PARTY shall keep the fountain in working order.")
    assert _duties(body) == [("PIHAK KEDUA", "menyerahkan laporan bulanan pengelolaan taman"),
                             ("SECOND PARTY", "keep the fountain in working order")]


def test_the_same_duty_listed_twice_counts_once():
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nPT TIRTA MANDIRI\n"
            "NOMOR: 31/PKS/IV/2024\nPasal 3\nKEWAJIBAN PIHAK KEDUA / OBLIGATIONS OF THE SECOND PARTY\n"
            "PIHAK KEDUA berkewajiban:\n1. menyediakan air bersih bagi rumah tangga;\n"
            "2. melaporkan pelaksanaan kegiatan secara berkala.\n"
            "a. menyediakan air bersih bagi rumah tangga;\nb. melaporkan pelaksanaan kegiatan secara berkala.\n"
            "Pasal 4\nPENUTUP\nDemikian perjanjian ini dibuat.")
    duties = T.schema_of([text])["obligations"]
    assert [(d["party_role"], d["text"]) for d in duties] == [
        ("PIHAK KEDUA", "menyediakan air bersih bagi rumah tangga"),
        ("PIHAK KEDUA", "melaporkan pelaksanaan kegiatan secara berkala")]
