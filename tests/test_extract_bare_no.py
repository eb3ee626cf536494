"""A number labelled by a bare "NO" without a dot or colon ("NO 18.12.13/440/114/II/2019"), a form of the released
sealed5 set. Every text here is invented."""
from __future__ import annotations

import pytest

from tests.extract_texts import schema_of


@pytest.mark.parametrize("line, numbers", [
    ("NO 18.12.13/440/114/II/2019", ["18.12.13/440/114/II/2019"]),
    ("No 445/12/PKM/2019", ["445/12/PKM/2019"]),
    ("No 5 Tahun 2019", []),  # no slashed parts: a bare "No" labels nothing
    ("No 12/3 RT 04", []),  # an address's house number, one slash only
])
def test_a_bare_no_before_a_slashed_number(line, numbers):
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nDESA SUKAMAJU\nDENGAN\nPUSKESMAS TIRTA\n" + line + "\nTENTANG\n"
            "PELAYANAN KESEHATAN\n\nPada hari ini Senin tanggal 8 Januari 2019, kami yang bertanda tangan di bawah ini:\n")
    facts = schema_of([text])
    assert (facts["numbers"] or []) == numbers
    assert facts["title"] == "Pelayanan Kesehatan"
