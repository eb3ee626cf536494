"""Values shaped as a right value rarely is get a low confidence and say why (ingest/extract/doubts.py), whatever
rule read them, so the review inbox shows them first. Every text here is invented for these tests."""
from __future__ import annotations

import pytest

from ingest.extract import doubts
from ingest.facts import Evidence
from models.review import _review
from tests.extract_texts import schema_of

_HEADING = ("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nRUMAH SAKIT UMUM DAERAH TIRTA\n"
            "NOMOR : 12/PKS/2023\nTENTANG\nPELAYANAN KESEHATAN RUJUKAN\n\nPada hari ini Senin tanggal dua belas bulan "
            "Juni tahun dua ribu dua puluh tiga, kami yang bertanda tangan di bawah ini:\n")
_CLEAN = ("1. Ir. Bagas Pranata, M.T., selaku Bupati Sukamaju, bertindak untuk dan atas nama Pemerintah Kabupaten "
          "Sukamaju, selanjutnya disebut PIHAK PERTAMA.\n2. dr. Laras Wening, M.Kes., selaku Direktur Rumah Sakit Umum "
          "Daerah Tirta, bertindak untuk dan atas nama Rumah Sakit Umum Daerah Tirta, selanjutnya disebut PIHAK KEDUA.\n")


def test_a_well_formed_agreement_raises_no_doubt():
    facts = schema_of([_HEADING + _CLEAN])
    assert [p["signatory"] for p in facts["parties"]] == ["Ir. Bagas Pranata, M.T.", "dr. Laras Wening, M.Kes."]
    assert not [name for name, item in facts["evidence"].items() if item.get("doubt")]
    assert facts["evidence"]["parties"]["confidence"] > doubts.DOUBTED


def test_a_label_read_into_a_name_lowers_that_party_and_says_why():
    facts = schema_of([_HEADING + _CLEAN.replace("1. Ir. Bagas", "1. Nama Ir. Bagas")])
    first = facts["evidence"]["parties[0]"]
    assert facts["parties"][0]["signatory"].startswith("Nama")  # whatever the rules read …
    assert first["confidence"] == doubts.DOUBTED and first["doubt"] == "memuat label formulir"  # … is doubted
    assert facts["evidence"]["parties"]["confidence"] == doubts.DOUBTED
    assert "doubt" not in facts["evidence"]["parties[1]"]


@pytest.mark.parametrize("name, doubted", [
    ("Nama Budi Santoso", True), ("N a m a : Jabatan", True), ("Rumah Sakit Umum Pusat Tirta", True),
    ("b)EDDY SANTOSA", True), ("ahkan 2. Nama dr. Budi", True), ("Prof. Dr. Ir.", True), ("Budi Santoso jabatan", True),
    ("Budi Santoso", False), ("dr. Laras Wening, M.Kes.", False), ("Prof. Dr. dr. H. Ari Wibowo, Sp.PD-KGEH, FINASIM", False),
    ("drg. Wahyu Prabowo", False), ("Letkol Inf Teguh Wirawan, S.Sos.", False),
])
def test_signatories(name, doubted):
    assert bool(doubts.signatory_doubts(name)) is doubted


@pytest.mark.parametrize("position, doubted", [
    ("Jl. Melati No. 3 Sukamaju", True), ("Budi Santoso, S.H., M.H.", True), ("Direktur, dari dan karenanya", True),
    ("Kepala Puskesmas dan dalam kapasitasnya tersebut", True), ("in her", True),
    ("Direktur Rumah Sakit Umum Daerah Tirta, beralamat di Jalan Veteran", True),
    ("Bupati Sukamaju", False), ("Plt. Direktur RSUD Dr. Soetomo Tirta", False), ("Kepala Cabang", False),
    ("Pejabat Pembuat Komitmen Satuan Kerja Dinas Pekerjaan Umum dan Penataan Ruang", False),
])
def test_positions(position, doubted):
    assert bool(doubts.position_doubts(position)) is doubted


@pytest.mark.parametrize("institution, doubted", [
    ("secara sah mewakili Pemerintah Kabupaten Sukamaju", True), ("Pihak Pertama yaitu CV Tirta Jaya", True),
    ("Direktur Rumah Sakit Tirta", True), ("1 Koperasi Karya Bhakti", True), ("Pemerintah", True),
    ("Pemerintah Provinsi Provinsi Nusa", True), ("Dinas Sosial Kabupaten : Kepala Dinas Sosial", True),
    ("Universitas Tirta and", True), ("Koperasi Mitra Tani tersebut", True),
    ("Kementerian Tirta dan the Institute for Water", True), ("Dinas Kesehatan sebagai penanggung jawab", True),
    ("Pemerintah Kabupaten Sukamaju", False), ("PT Bank Pembangunan Daerah Tirta (Perseroda) Cabang Sukamaju", False),
    ("Dinas Kependudukan dan Pencatatan Sipil Kota Tirta", False), ("Rumah Sakit Umum Daerah Dr. M. M. Tirta", False),
    ("The Government of the Republic of Indonesia", False),
])
def test_institutions(institution, doubted):
    assert bool(doubts.institution_doubts(institution)) is doubted


@pytest.mark.parametrize("title, doubted", [
    ("Pelayanan Kesehatan bagi Pegawai/", True), ("Agricultural Cooperation Preamble", True),
    ("Semula : Pemanfaatan Tanah Diubah menjadi Pengelolaan Aset", True), ("Pengembangan Sumber Daya Manusia dan", True),
    ("Pelayanan Kesehatan Rujukan", False), ("Layanan Penerimaan Pajak Kendaraan Bermotor, Sumbangan Wajib Dana "
                                             "Kecelakaan Lalu Lintas Jalan di Daerah Hukum Kepolisian Daerah", False),
])
def test_titles(title, doubted):
    assert bool(doubts.title_doubts(title)) is doubted


def test_the_review_object_and_the_stored_evidence_carry_the_doubt():
    evidence = Evidence(1, 10, 40, 0.5, "memuat label formulir")
    assert Evidence.from_dict(evidence.to_dict()) == evidence
    assert "doubt" not in Evidence(1, 10, 40, 0.9).to_dict()  # the schema's shape where nothing is doubted
    review = _review({"evidence": {"parties": evidence.to_dict(), "title": Evidence(1, 0, 5, 0.9).to_dict()}}, {})
    assert review["fields"]["parties"]["doubt"] == "memuat label formulir"
    assert "doubt" not in review["fields"]["title"]
