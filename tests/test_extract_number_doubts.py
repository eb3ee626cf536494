"""A number read from a scan's garbled line is kept but doubted (confidence 0.5, shown first in the review inbox):
a stray mark glued before it, or its line going on with a mark or a token of letters and digits the reading did not
take. A number followed by a word, a date, its owner in parentheses or nothing keeps its confidence. Texts invented."""
from __future__ import annotations

import pytest

from tests.extract_texts import schema_of

_HEAD = "PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDAN\nUNIVERSITAS TIRTA\n"
_TAIL = "\nTENTANG\nPELATIHAN GURU\n\nPada hari ini Senin tanggal 2 Januari 2023, kami yang bertanda tangan:\n"


def _number(line: str) -> tuple[str, dict]:
    facts = schema_of([_HEAD + line + _TAIL])
    return facts["numbers"][0], facts["evidence"]["numbers[0]"]


@pytest.mark.parametrize("line, number", [
    ("NOMOR : 180 /Kerma’ V1V2018", "180/Kerma"),  # its blanks garbled: the rest of the number lost
    ("NOMOR : #PKS/VII/2018", "PKS/VII/2018"),  # a speck read as a mark before it
    ("NOMOR : 12/PKS/2019 O21x", "12/PKS/2019"),
])
def test_a_number_cut_from_a_garbled_line_is_doubted(line, number):
    value, evidence = _number(line)
    assert value == number
    assert evidence["confidence"] == 0.5 and evidence["doubt"] == "nomor tidak utuh (OCR)"


@pytest.mark.parametrize("line", [
    "NOMOR : 12/PKS/2019",
    "NOMOR : 12/PKS/2019 Tanggal 3 Mei 2019",
    "NOMOR : 115/DMK/IV/2021 (DESA MAJU)",
    "NOMOR : 019.5/35/23/2019 |",
])
def test_a_number_whose_line_goes_on_in_words_keeps_its_confidence(line):
    value, evidence = _number(line)
    assert value.startswith(("12/PKS/2019", "115/DMK/IV/2021", "019.5/35/23/2019"))
    assert evidence["confidence"] > 0.5 and "doubt" not in evidence
