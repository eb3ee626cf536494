"""The one module for ISO dates and durations: parsing, the term rule (start + duration - 1 day), its inverse."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.isodate import IsoDuration, end_of_term, is_duration, parse_date, parse_duration, parse_strict_date, span_between

days = st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31))


@pytest.mark.parametrize("text, expected", [
    ("P5Y", IsoDuration(years=5)), ("p1y6m", IsoDuration(years=1, months=6)), (" P90D ", IsoDuration(days=90)),
    ("P2W", IsoDuration(weeks=2)), ("P1Y2M3W4D", IsoDuration(1, 2, 3, 4)),
])
def test_durations_the_schema_writes(text, expected):
    assert parse_duration(text) == expected and is_duration(text)


@pytest.mark.parametrize("text", ["P", "5Y", "P5", "PT5H", "P5Y ago", "", None, 5, "P-1Y"])
def test_what_is_not_an_iso_duration(text):
    assert parse_duration(text) is None and not is_duration(text)


def test_words_and_months():
    assert IsoDuration(years=1, months=6).words() == "1 tahun 6 bulan"
    assert IsoDuration(years=1, months=6).in_months() == 18
    assert IsoDuration().iso() == "P0D" and IsoDuration(weeks=2).iso() == "P2W"


@pytest.mark.parametrize("value, expected", [
    ("2023-08-24", dt.date(2023, 8, 24)), ("2023-08-24T10:00:00", dt.date(2023, 8, 24)),
    (dt.date(2023, 8, 24), dt.date(2023, 8, 24)), (dt.datetime(2023, 8, 24, 10), dt.date(2023, 8, 24)),
    ("2023-02-30", None), ("24-08-2023", None), ("", None), (None, None), (20230824, None), ("20230824", None),
])
def test_dates_from_the_facts(value, expected):
    assert parse_date(value) == expected


def test_strict_dates_from_a_form():
    assert parse_strict_date(" 2024-02-29 ") == dt.date(2024, 2, 29)
    assert parse_strict_date("2024-02-29T00:00") is None and parse_strict_date("2023-02-29") is None


def test_the_term_rule():
    assert end_of_term(dt.date(2023, 8, 24), "P5Y") == dt.date(2028, 8, 23)
    assert end_of_term(dt.date(2024, 1, 31), IsoDuration(months=1)) == dt.date(2024, 2, 28)
    assert end_of_term(dt.date(2024, 1, 1), IsoDuration(days=90)) == dt.date(2024, 3, 30)
    assert end_of_term(dt.date(2024, 1, 1), "five years") is None


@settings(deadline=None)
@given(days, st.integers(0, 30), st.integers(0, 11), st.integers(0, 27))
def test_span_between_inverts_the_term_rule(start, years, months, extra_days):
    duration = IsoDuration(years=years, months=months, days=extra_days or (0 if years or months else 1))
    end = end_of_term(start, duration)
    assert start <= end
    assert end_of_term(start, span_between(start, end)) == end
