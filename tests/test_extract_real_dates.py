"""Signing dates as published agreements write them (issue 18): only in the closing, only as digits in parentheses
beside garbled words, English ordinal days. Every text here is written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.extract_texts import schema_of
from ingest.extract.dates import find_dates

_HEAD = """KESEPAKATAN BERSAMA
ANTARA
PEMERINTAH KABUPATEN SUKAMAJU
DENGAN
UNIVERSITAS TIRTAWANGI
NOMOR : 119/KB/VI/2019
NOMOR : 45/UTW/VI/2019
TENTANG
PENGEMBANGAN SUMBER DAYA MANUSIA

"""


@pytest.mark.parametrize("written, expected", [
    ("tanggal Dua Puluh Lima (25) bulan Mei (05) tahun Dua Ribu Sembilan Belas (2019)", dt.date(2019, 5, 25)),
    ("tanggal duapulu lirna (25) bulan Mei tahun dua ribu sembilan be1as (2019)", dt.date(2019, 5, 25)),
    ("tanggal (25) bulan (05) tahun (2019)", dt.date(2019, 5, 25)),
    ("tanggal 25 bulan 05 tahun 2019", dt.date(2019, 5, 25)),
    ("is made on the 15th day of March 2022", dt.date(2022, 3, 15)),
    ("is made on 4 day of January 2012Between", dt.date(2012, 1, 4)),
    ("this 1st day of June, 2020", dt.date(2020, 6, 1)),
])
def test_dates_read_from_digits_in_parentheses_and_english_ordinals(written, expected):
    assert [hit.date for hit in find_dates(written)] == [expected]


def test_no_date_from_a_blank_form():
    assert find_dates("tanggal ........ bulan ........ tahun dua ribu sembilan belas") == []
    assert find_dates("tanggal (....) bulan (....) tahun (2019)") == []


def test_signing_date_from_digits_beside_garbled_words_in_the_opening():
    opening = ("Pada hari ini Sabtu tanggal duapulu lirna (25) bulan Mei tahun dua ribu sembilan be1as (2019), bertempat "
               "di Sukamaju, kami yang bertanda tangan di bawah ini:\n")
    facts = schema_of([_HEAD + opening])
    assert facts["sign_date"] == "2019-05-25"


_BODY = """Para pihak yang bertanda tangan di bawah ini:
1. Ir. HARDI SASMITA, M.T. : Bupati Sukamaju, dalam hal ini bertindak untuk dan atas nama Pemerintah Kabupaten
   Sukamaju, selanjutnya disebut PIHAK PERTAMA;
2. Prof. Dr. LINDA KARTIKA, M.Si. : Rektor Universitas Tirtawangi, dalam hal ini bertindak untuk dan atas nama
   Universitas Tirtawangi, selanjutnya disebut PIHAK KEDUA;
dengan memperhatikan Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah yang ditetapkan tanggal
3 Mei 2018, sepakat sebagai berikut:

Pasal 1
RUANG LINGKUP
Ruang lingkup Kesepakatan Bersama ini meliputi pendidikan dan pelatihan aparatur.

Pasal 2
JANGKA WAKTU
Kesepakatan Bersama ini berlaku untuk jangka waktu 3 (tiga) tahun terhitung sejak tanggal ditandatangani.

Pasal 3
PENUTUP
Kesepakatan Bersama ini dibuat dalam rangkap 2 (dua) asli bermeterai cukup.
"""


@pytest.mark.parametrize("closing, place", [
    ("Ditandatangani di Sukamaju\npada tanggal 10 Juni 2019\n", "Sukamaju"),
    ("Dibuat di    : Sukamaju\nPada tanggal : 10 Juni 2019\n", "Sukamaju"),
    ("Sukamaju, 10 Juni 2019\n", "Sukamaju"),
])
def test_signing_date_only_in_the_closing(closing, place):
    signatures = ("\nPIHAK PERTAMA,                         PIHAK KEDUA,\nBUPATI SUKAMAJU,                      "
                  "REKTOR UNIVERSITAS TIRTAWANGI,\n\nIr. HARDI SASMITA, M.T.               Prof. Dr. LINDA KARTIKA, M.Si.\n")
    facts = schema_of([_HEAD + _BODY, closing + signatures])
    assert (facts["sign_date"], facts["sign_place"]) == ("2019-06-10", place)  # not the regulation's 3 Mei 2018
    assert (facts["effective_date"], facts["duration"], facts["end_date"]) == ("2019-06-10", "P3Y", "2022-06-09")


def test_no_signing_date_when_neither_opening_nor_closing_gives_one():
    facts = schema_of([_HEAD + _BODY])
    assert facts["sign_date"] is None
    assert facts["effective_date"] is None and facts["end_date"] is None  # nothing computed from nothing
    assert facts["duration"] == "P3Y"


def test_a_blank_opening_date_is_not_filled_from_a_deed_quoted_below_it():
    opening = """Pada hari ini.............Tanggal..............bulan..............Tahun Dua ribu sembilan belas, bertempat di
Sukamaju, kami yang bertanda tangan di bawah ini:
1. Ir. HARDI SASMITA, M.T. : Bupati Sukamaju, dalam hal ini bertindak untuk dan atas nama Pemerintah Kabupaten
   Sukamaju, selanjutnya disebut PIHAK PERTAMA;
2. PT BANK DAERAH SUKAMAJU, berdasarkan Anggaran Dasar yang dimuat dalam Akta Nomor 51 tanggal 26 Mei 2008 dibuat di
   hadapan Sri Utami, S.H., Notaris di Sukamaju, yang telah diumumkan dalam Berita Negara Nomor 68 tanggal 25 Agustus
   2009, dalam hal ini diwakili oleh HENDRA GUNAWAN selaku Direktur Utama, selanjutnya disebut PIHAK KEDUA.
"""
    facts = schema_of([_HEAD + opening])
    assert facts["sign_date"] is None  # never the deed's nor the gazette's date
    assert facts["sign_place"] == "Sukamaju"
