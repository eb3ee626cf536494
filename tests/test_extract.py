"""Agreement extraction on whole realistic documents: the schema, each field with its evidence, OCR-noisy
variants, nulls where the text is silent, `arsip extract`, page clean-up."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from arsip.cli import cli, _register
from ingest.extract import EXTRACTOR_VERSION
from ingest.extract.cleanup import clean_pages
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


def test_sign_place_names_a_regency_of_three_words():
    pages = ["PERJANJIAN KERJASAMA\n" + T.TANAH_BUMBU_OPENING]
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
