"""Dates and durations as agreements write them: spelled out, numeric, abbreviated, English."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.extract.dates import MONTHS, find_dates, parse_date, spell_date
from ingest.extract.durations import find_durations, parse_duration
from ingest.extract.numbers import to_words
from ingest.isodate import IsoDuration
from ingest.isodate import parse_duration as iso_duration

days = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2150, 12, 31))
MONTH_NAMES_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]


@given(days, st.booleans())
def test_spelled_dates_round_trip(day, with_digits):
    text = f"Pada hari ini Kamis {spell_date(day, with_digits)}, bertempat di Bogor"
    hits = find_dates(text)
    assert [hit.date for hit in hits] == [day]
    assert hits[0].checked == with_digits


@given(days, st.sampled_from(["{d:02d}-{m:02d}-{y}", "{d}/{m}/{y}", "{d:02d}.{m:02d}.{y}", "{y}-{m:02d}-{d:02d}"]))
def test_numeric_dates_round_trip(day, pattern):
    text = "tanggal " + pattern.format(d=day.day, m=day.month, y=day.year)
    assert parse_date(text) == day


@given(days, st.data())
def test_abbreviated_and_full_month_names_round_trip(day, data):
    name = data.draw(st.sampled_from(MONTHS[day.month]))
    name = data.draw(st.sampled_from([name, name.upper(), name.capitalize(), name + "."]))
    assert parse_date(f"Bogor, {day.day} {name} {day.year}") == day


@given(days)
def test_english_dates_round_trip(day):
    month = MONTH_NAMES_EN[day.month - 1]
    assert parse_date(f"Signed in Bogor on {day.day} {month} {day.year}") == day
    assert parse_date(f"Signed on {month} {day.day}, {day.year}.") == day


@given(days)
def test_mixed_digits_and_words_round_trip(day):
    text = f"tanggal {day.day} ({to_words(day.day)}) bulan {MONTHS[day.month][0]} tahun {day.year} ({to_words(day.year)})"
    assert parse_date(text) == day


def test_garbled_words_fall_back_to_the_digits_in_parentheses():
    text = "tanggal dua puluh empat bulan Agustus tahun dua rlbu dua puluh tiga (24-08-2023)"
    assert parse_date(text) == dt.date(2023, 8, 24)


@pytest.mark.parametrize("text", ["Undang-Undang Nomor 23 Tahun 2014", "Nomor 119/KB.12-Ker/2023",
                                  "tanggal 31 Februari 2023", "pasal 24 Agustus", "PP 28/2018"])
def test_things_that_are_not_dates(text):
    assert find_dates(text) == []


@given(st.integers(1, 99), st.sampled_from(["tahun", "bulan", "hari"]), st.booleans())
def test_durations_round_trip(count, unit, digits_too):
    text = f"berlaku untuk jangka waktu {count} ({to_words(count)}) {unit}" if digits_too else \
        f"berlaku selama {to_words(count)} {unit}"
    expected = {"tahun": IsoDuration(years=count), "bulan": IsoDuration(months=count), "hari": IsoDuration(days=count)}[unit]
    assert parse_duration(text) == expected
    assert iso_duration(expected.iso()) == expected


@pytest.mark.parametrize("text, iso", [
    ("5 (lima) tahun", "P5Y"), ("lima tahun", "P5Y"), ("60 (enam puluh) bulan", "P60M"),
    ("1 (satu) tahun 6 (enam) bulan", "P1Y6M"), ("90 (sembilan puluh) hari kalender", "P90D"),
    ("for a period of five (5) years", "P5Y"), ("2 (dua) tahun dan 3 (tiga) bulan", "P2Y3M"), ("3 years", "P3Y"),
])
def test_duration_forms(text, iso):
    assert parse_duration(text).iso() == iso


def test_digits_and_words_that_disagree_are_flagged():
    # the words prevail (as in a legal text; OCR misreads a digit as another digit): tests/test_extract_old_forms.py
    (hit,) = find_durations("5 (empat) tahun")
    assert hit.duration == IsoDuration(years=4) and not hit.consistent


def test_a_law_year_is_not_a_duration():
    assert find_durations("Undang-Undang Nomor 23 Tahun 2014") == []


@given(days, st.integers(0, 30), st.integers(0, 11))
def test_end_is_start_plus_duration_minus_one_day(start, years, months):
    duration = IsoDuration(years=years, months=months or (0 if years else 1))
    end = duration.end_from(start)
    assert start <= end < start + dt.timedelta(days=366 * years + 31 * duration.months)
    assert IsoDuration(years=5).end_from(dt.date(2023, 8, 24)) == dt.date(2028, 8, 23)


def test_ocr_reads_the_first_line_of_the_opening_above_the_heading():
    from tests.extract_texts import schema_of

    pages = ["""Pada hari ini Rabu tanggal tujuh bulan Juni tahun dua ribu dua puluh tiga (7 Juni 2023)

BERITA ACARA
SERAH TERIMA HIBAH
PERALATAN LABORATORIUM

bertempat di Magelang, telah dilaksanakan serah terima hibah sebagai berikut:
1. PIHAK PERTAMA menyerahkan peralatan laboratorium;
2. PIHAK KEDUA menerima peralatan tersebut dalam keadaan baik.
"""]
    facts = schema_of(pages)
    assert facts["sign_date"] == "2023-06-07" and facts["sign_place"] == "Magelang"


def test_day_spelled_only_in_parentheses_where_the_digits_were_left_out():
    from ingest.extract.dates import parse_date
    text = "dibuat dan ditandatangani di Semarang pada hari Minggu tanggal (Tiga Puluh Satu) bulan Desember tahun dua ribu dua puluh dua antara"
    assert parse_date(text) == dt.date(2022, 12, 31)


def test_a_renewal_period_after_a_stated_end_is_not_the_term():
    from tests.extract_texts import schema_of
    pages = ["""PERJANJIAN KERJA SAMA
TENTANG
PENGANGKUTAN SAMPAH
Pasal 6
JANGKA WAKTU
Perjanjian ini berlaku sampai dengan tanggal 31 Desember 2024 dan dapat diperpanjang untuk 1 (satu) tahun
berikutnya atas kesepakatan PARA PIHAK.
Pasal 7
PENUTUP
"""]
    facts = schema_of(pages)
    assert facts["end_date"] == "2024-12-31"
    assert facts["duration"] is None


def test_a_place_and_date_line_is_not_carried_only_with_a_month_written_in_full_in_capitals():
    # title_forms._NOT_CARRIED takes its months from dates.MONTHS_IN_FULL: the Indonesian and English names written
    # out, in capitals; never an old spelling (PEBRUARI, NOPEMBER) or a short form (JAN, SEPT), never in lower case
    from ingest.extract.title_forms import _NOT_CARRIED
    in_full = {"JANUARI", "FEBRUARI", "MARET", "APRIL", "MEI", "JUNI", "JULI", "AGUSTUS", "SEPTEMBER", "OKTOBER",
               "NOVEMBER", "DESEMBER", "JANUARY", "FEBRUARY", "MARCH", "MAY", "JUNE", "JULY", "AUGUST", "OCTOBER",
               "DECEMBER"}
    spellings = {name for names in MONTHS.values() for name in names}
    assert {name.upper() for name in spellings} >= in_full
    for name in spellings:
        for written in (name.upper(), name.title(), name):
            for line in (f"SUKAMAJU, 8 {written} 2024 Yang", f"TIRTA 12 {written}", f"8 {written}."):
                assert bool(_NOT_CARRIED.match(line)) == (written in in_full), line
            assert not _NOT_CARRIED.match(f"SUKAMAJU {written} 2024")  # (no day before it)
            assert not _NOT_CARRIED.match(f"SUKAMAJU, 8 {written}AN")
