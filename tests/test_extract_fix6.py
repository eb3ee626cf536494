"""Forms of real agreements the extractor misread (development set sealed6), each written here with invented names,
places and numbers in the same form."""
from __future__ import annotations

from ingest.extract.extractor import extract_agreement


def _facts(text: str):
    return extract_agreement([text])


def test_an_owner_of_a_business_acts_for_the_business_he_owns():
    text = ("SURAT PERJANJIAN\nNOMOR : 445/ /PKM-TRT/XII/2022\n\nTENTANG\n\nKERJASAMA PENGELOLAAN SAMPAH MEDIS\n\n"
            "Pada hari ini Senin Tanggal Lima Bulan Desember Tahun Dua Ribu Dua Puluh Dua,\n"
            "yang bertanda tangan dibawah ini :\n"
            "1. BUDIMAN, S.Kep selaku Kepala UPT Puskesmas Tirta Jaya yang beralamat di desa\n"
            "Sukamaju Kabupaten Tirta Sebagai PIHAK\nPERTAMA.\n"
            "2. apt. RAHMAT, S.Farm selaku Pemilik Usaha Apotek Sinar Pagi yang\n"
            "beralamat di Pekon Mekar Sari Kecamatan Tirta Jaya sebagai PIHAK KEDUA.\n\n"
            "Pihak Pertama dan Pihak Kedua secara bersama-sama disebut PARA PIHAK.\n")
    parties = _facts(text).parties
    assert [party.institution for party in parties] == ["UPT Puskesmas Tirta Jaya", "Apotek Sinar Pagi"]
    assert parties[1].position == "Pemilik Usaha Apotek Sinar Pagi"


def test_a_heading_run_into_the_preamble_ends_before_this_memorandum():
    text = ("LOGO LOGO MEMORANDUM OF UNDERSTANDING BETWEEN SUKAMAJU STATE INSTITUTE INDONESIA AND TIRTA ISLAMIC "
            "UNIVERSITY, BRUNEI DARUSSALAM THIS MEMORANDUM OF UNDERSTANDING is made on the Date day of Month in this "
            "year 2019. BETWEEN SUKAMAJU STATE INSTITUTE, an institution of higher education, having its address at "
            "Jl. Mawar 5, Sukamaju, on the one part; AND TIRTA ISLAMIC UNIVERSITY, an institute of higher learning "
            "having its address at Simpang 12, Tirta (hereinafter referred to as \"TIU\") of the other part; "
            "(hereinafter referred to singularly as \"the Participant\" and collectively as \"the Participants\"), "
            "WHEREAS the Participants wish to cooperate in research and education.")
    parties = _facts(text).parties
    assert [party.institution for party in parties] == ["Sukamaju State Institute Indonesia",
                                                        "Tirta Islamic University, Brunei Darussalam"]
