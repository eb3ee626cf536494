"""The kind of document from headings as published copies print them (issue 18): garbled by OCR, or named in the
words universities use. A reading from a damaged heading is weak evidence: its confidence says so. Every text here
is written for these tests."""
from __future__ import annotations

import pytest

from tests.extract_texts import schema_of

_BODY = """
THE CITY OF SUKAMAJU
AND
THE CITY OF NORDHAVEN
CONCERNING
SISTER CITY COOPERATION

The City of Sukamaju and the City of Nordhaven;
Desiring to strengthen the friendship between the two cities, and looking forward to a Memorandum of
Understanding to be signed in the coming year, declare their intention as follows.
"""


@pytest.mark.parametrize("heading, kind", [
    ("LETTI::R OF !:\\TE NT\nBF.T\\\\'E£:-.", "LOI"),
    ("LETTER 0F lNTENT\nBETWEEN", "LOI"),
    ("MEMORANDUM 0F UNDERSTANDlNG\nBETWEEN", "MOU"),
    ("PERJANJ1AN KERJA SAMA\nANTARA", "PKS"),
    ("KESEPAKATAN 8ERSAMA\nANTARA", "KB"),
])
def test_the_kind_is_read_from_a_heading_garbled_by_ocr(heading, kind):
    facts = schema_of([heading + _BODY])
    assert facts["doc_type"] == kind  # not the memorandum the body speaks of
    assert facts["evidence"]["doc_type"]["confidence"] < 0.95


@pytest.mark.parametrize("heading, kind", [
    ("MEMORANDUM OF AGREEMENT\nBETWEEN", "PKS"),  # between universities, the agreement under a memorandum
    ("MEMORANDUM KERJASAMA\nANTARA", "MOU"),
])
def test_university_headings(heading, kind):
    facts = schema_of([heading + _BODY])
    assert facts["doc_type"] == kind
    assert facts["evidence"]["doc_type"]["confidence"] == 0.95


def test_an_unreadable_heading_is_no_kind_at_all():
    facts = schema_of(["X#@ ;;:: -- ..\n" + _BODY.replace("Memorandum of\nUnderstanding", "meeting")])
    assert facts["doc_type"] == "OTHER" and "doc_type" not in facts["evidence"]
