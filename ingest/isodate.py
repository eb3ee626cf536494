"""ISO dates and ISO 8601 durations as the extraction schema writes them, and the one term rule:
the last day of a term is start + duration - 1 day (a five-year term from 2023-08-24 ends on 2028-08-23)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

_DURATION = re.compile(r"P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?")
_STRICT_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
UNIT_WORDS = {"Y": "tahun", "M": "bulan", "W": "minggu", "D": "hari"}
MONTH_NAMES = ("", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
               "Oktober", "November", "Desember")  # MONTH_NAMES[5] == "Mei"


@dataclass(frozen=True)
class IsoDuration:
    """A length of time in calendar units (P5Y, P1Y6M, P2W, P90D)."""
    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0

    def iso(self) -> str:
        """ISO 8601 form: P5Y, P1Y6M, P90D (P0D for nothing)."""
        text = "P" + "".join(f"{value}{unit}" for value, unit in zip(self._parts(), "YMWD") if value)
        return text if text != "P" else "P0D"

    def words(self) -> str:
        """Indonesian words: "1 tahun 6 bulan"."""
        return " ".join(f"{value} {UNIT_WORDS[unit]}" for value, unit in zip(self._parts(), "YMWD") if value)

    def in_months(self) -> float:
        """The length in (average) months, for tables and charts."""
        return self.years * 12 + self.months + (self.weeks * 7 + self.days) / 30.4375

    def end_from(self, start: dt.date) -> dt.date:
        """The last day of a term of this length that starts on `start`."""
        return end_of_term(start, self)

    def _parts(self) -> tuple[int, int, int, int]:
        return self.years, self.months, self.weeks, self.days


def parse_duration(value: object) -> IsoDuration | None:
    """An ISO 8601 duration of years, months, weeks and days (any case, spaces around ignored), or None."""
    if not isinstance(value, str):
        return None
    match = _DURATION.fullmatch(value.strip().upper())
    if not match:
        return None
    return IsoDuration(*(int(part or 0) for part in match.groups()))


def is_duration(value: object) -> bool:
    """Whether the value is an ISO 8601 duration the schema accepts."""
    return parse_duration(value) is not None


def parse_date(value: object) -> dt.date | None:
    """A date from the facts (a date, or text starting with YYYY-MM-DD), or None for a missing or malformed one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()[:10]
    if not _STRICT_DATE.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def date_words(value: object) -> str:
    """A date as Indonesian staff write it: "16 Mei 2019" (a date, or text starting with YYYY-MM-DD; "" for none)."""
    day = parse_date(value)
    return f"{day.day} {MONTH_NAMES[day.month]} {day.year}" if day else ""


def parse_strict_date(value: str) -> dt.date | None:
    """Exactly YYYY-MM-DD (a form or a query parameter), or None."""
    text = value.strip()
    return parse_date(text) if _STRICT_DATE.fullmatch(text) else None


def end_of_term(start: dt.date, duration: IsoDuration | str) -> dt.date | None:
    """start + duration - 1 day: the last day of the term (None when the duration is not ISO 8601)."""
    if isinstance(duration, str):
        duration = parse_duration(duration)
        if duration is None:
            return None
    return (start + relativedelta(years=duration.years, months=duration.months, weeks=duration.weeks,
                                  days=duration.days) - dt.timedelta(days=1))


def span_between(start: dt.date, end: dt.date) -> IsoDuration:
    """The term from its first to its last day (both included) in calendar units: the inverse of end_of_term."""
    span = relativedelta(end + dt.timedelta(days=1), start)
    return IsoDuration(span.years, span.months, 0, span.days)
