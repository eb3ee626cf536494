"""A keyword a scan broke into pieces at spaces ("P ad a hari", "N om or", "P IH A K") is joined before the rules
read it; short words standing apart ("di ke", "a dan b") and names stay as printed."""
from __future__ import annotations

import pytest

from ingest.extract.cleanup import clean_pages
from tests.extract_texts import schema_of
from tests.test_extract_noise2 import CLEAN, _fields


@pytest.mark.parametrize("clean, broken", [
    ("Pada hari ini Selasa", "P ad a hari ini Selasa"),  # the opening's lead: else no signing date at all
    ("Pada hari ini Selasa", "Pa d a hari ini Selasa"),
    ("Nomor: 440/12/DINKES/2019", "N om or: 440/12/DINKES/2019"),
    ("selanjutnya disebut PIHAK KEDUA", "selanjutnya disebut P IH A K KEDUA"),
])
def test_a_broken_keyword_reads_as_the_whole_one(clean, broken):
    assert clean in CLEAN
    assert _fields(schema_of([CLEAN.replace(clean, broken, 1)])) == _fields(schema_of([CLEAN]))


def test_the_broken_lead_of_the_opening_gives_its_date():
    text = CLEAN.replace("Pada hari ini Selasa", "P ad a hari Selasa", 1)
    assert schema_of([text])["sign_date"] == "2019-05-28"


@pytest.mark.parametrize("text", [
    "pergi di ke sana",  # every piece a word
    "butir a dan b serta c",
    "Ir. Ag Ra Mo selaku Kepala",  # pieces joining to no keyword
    "Jl. A Yani No. 5",
])
def test_short_words_that_join_to_no_broken_keyword_stay(text):
    assert clean_pages([text]).text == text


def test_the_joined_keyword_maps_back_to_the_printed_pieces():
    cleaned = clean_pages(["Nomor 5\nP ad a hari Senin"])
    start = cleaned.text.index("Pada")
    assert cleaned.text[start:start + 4] == "Pada"
    assert cleaned.original(start) == len("Nomor 5\n")
