"""Indonesian number words: every integer spelled out parses back to itself, and non-numbers are refused."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.extract.numbers import parse_english, parse_quantity, parse_words, to_words


def test_every_integer_below_ten_thousand_round_trips():
    wrong = [n for n in range(10_000) if parse_words(to_words(n)) != n]
    assert wrong == []


@given(st.integers(min_value=0, max_value=999_999_999))
def test_large_integers_round_trip(n):
    assert parse_words(to_words(n)) == n


@given(st.integers(min_value=0, max_value=9_999))
def test_round_trip_survives_case_and_layout(n):
    words = to_words(n).upper().replace(" ", "\n  ", 1)
    assert parse_words(words) == n


@pytest.mark.parametrize("words, value", [
    ("satu", 1), ("sebelas", 11), ("dua puluh empat", 24), ("seratus", 100), ("seribu", 1000),
    ("dua ribu dua puluh tiga", 2023), ("seribu sembilan ratus empat puluh lima", 1945),
    ("duapuluh empat", 24), ("lima belas", 15), ("satu ribu", 1000), ("tiga puluh satu", 31),
    ("dua-puluh", 20),
])
def test_written_forms(words, value):
    assert parse_words(words) == value


@pytest.mark.parametrize("words", ["dua tiga", "sebelas satu", "puluh", "ribu ribu", "lima kota", "", "nol nol"])
def test_non_numbers_are_refused(words):
    assert parse_words(words) is None


@pytest.mark.parametrize("n, words", [(0, "nol"), (10, "sepuluh"), (11, "sebelas"), (100, "seratus"),
                                      (1000, "seribu"), (2023, "dua ribu dua puluh tiga"),
                                      (1111, "seribu seratus sebelas"), (310, "tiga ratus sepuluh")])
def test_spelling(n, words):
    assert to_words(n) == words


def test_english_and_digits():
    assert parse_english("twenty-four") == 24
    assert parse_english("five") == 5
    assert parse_english("lima") is None
    assert parse_quantity("60") == 60
    assert parse_quantity("enam puluh") == 60
    assert parse_quantity("ten") == 10


def test_negative_numbers_cannot_be_spelled():
    with pytest.raises(ValueError):
        to_words(-1)


def test_ocr_misread_year_in_an_agreement_number_is_put_back_to_the_signing_year():
    from tests.extract_texts import schema_of

    pages = ["""PERJANJIAN KERJA SAMA
NOMOR : 445/2210/PKS-Dinkes/2021
NOMOR : KS.02.03/388/2027
TENTANG
PELAYANAN KESEHATAN
Pada hari ini Selasa tanggal dua belas bulan Oktober tahun dua ribu dua puluh satu (12-10-2021), bertempat di Cirebon:
"""]
    assert schema_of(pages)["numbers"] == ["445/2210/PKS-Dinkes/2021", "KS.02.03/388/2021"]
    later = [pages[0].replace("/2027", "/2032")]  # two digits apart: not a misreading, left as written
    assert schema_of(later)["numbers"][1] == "KS.02.03/388/2032"


def test_a_number_of_the_next_year_signed_in_late_december_is_kept():
    from tests.extract_texts import schema_of

    pages = ["PERJANJIAN KERJA SAMA\nNOMOR : 027/15/PKS-Disdik/2024\nTENTANG\nBEASISWA\n"
             "Pada hari ini Jumat tanggal 29 Desember 2023, bertempat di Tegal:\n"]
    assert schema_of(pages)["numbers"] == ["027/15/PKS-Disdik/2024"]


def test_ocr_reads_the_kind_code_in_a_letter_of_intent_number_as_digits():
    from tests.extract_texts import schema_of

    pages = ["LETTER OF INTENT\nANTARA\nPEMERINTAH KOTA SEMARANG\nDAN\nKOTA BRISBANE\n"
             "Nomor : 412/1.O1.07-Ker/2019\nTENTANG\nKERJA SAMA PENDIDIKAN\n"]
    assert schema_of(pages)["numbers"] == ["412/LOI.07-Ker/2019"]
    plain = [pages[0].replace("1.O1.07", "101.07")]  # digits only: a number like any other, left alone
    assert schema_of(plain)["numbers"] == ["412/101.07-Ker/2019"]
    kb = [pages[0].replace("LETTER OF INTENT", "KESEPAKATAN BERSAMA")]  # only the document's own kind is read back
    assert schema_of(kb)["numbers"] == ["412/1.01.07-Ker/2019"]


def test_arabic_month_of_the_signing_month_is_not_read_as_roman():
    from tests.extract_texts import schema_of
    pages = ["""PERJANJIAN KERJASAMA
ANTARA UNIVERSITAS LEMBAH HIJAU DAN
PT. ANEKA KARYA MANDIRI
Nomor: 41/AKM/11/2021 Nomor: 77/ULH/KS/2021
TENTANG
PENGELOLAAN KANTIN KAMPUS
Pada hari ini Senin, tanggal Lima Belas bulan Nopember tahun Dua Ribu Dua Puluh Satu (15-11-2021), bertempat di Lembah Hijau, kami yang bertanda tangan di bawah ini:
"""]
    assert schema_of(pages)["numbers"] == ["41/AKM/11/2021", "77/ULH/KS/2021"]
    february = [pages[0].replace("Nopember", "Februari").replace("15-11-2021", "15-02-2021")]
    assert schema_of(february)["numbers"][0] == "41/AKM/II/2021"  # "11" for "II" as OCR reads it
