"""Agreement numbers in the forms published agreements print them (issue 18): partly blank, in a regulation's style,
broken over two lines, followed by their owner. Every text here is written for these tests."""
from __future__ import annotations

import pytest

from tests.extract_texts import schema_of

_PKS = """PERJANJIAN KERJA SAMA
ANTARA
PEMERINTAH KABUPATEN SUKAMAJU
DENGAN
PT TIRTA ANDALAS PERKASA
{numbers}

TENTANG
PENGELOLAAN AIR BERSIH PERDESAAN

Pada hari ini Rabu tanggal lima bulan Juni tahun dua ribu sembilan belas, bertempat di Sukamaju, kami yang
bertanda tangan di bawah ini:
1. Ir. HARDI SASMITA, M.T. : Bupati Sukamaju, dalam hal ini bertindak untuk dan atas nama Pemerintah Kabupaten
   Sukamaju, selanjutnya disebut PIHAK PERTAMA;
2. RINA APRILIANI, S.E. : Direktur Utama PT Tirta Andalas Perkasa, dalam hal ini bertindak untuk dan atas nama
   PT Tirta Andalas Perkasa, selanjutnya disebut PIHAK KEDUA.
"""


def _numbers(lines: str) -> tuple[list[str] | None, dict]:
    facts = schema_of([_PKS.format(numbers=lines)])
    return facts["numbers"], facts


@pytest.mark.parametrize("lines, expected", [
    # a run of blanks between two slashes is one space; a run of dots is "…"; neither cuts the number to its tail
    ("NOMOR : 445/      /ADMEN/V/2019", ["445/ /ADMEN/V/2019"]),
    ("NOMOR : 445/ ......... /ADMEN/V/2019", ["445/…/ADMEN/V/2019"]),
    ("Nomor : ……../KTR/XI-08/1221", ["…/KTR/XI-08/1221"]),
    ("Nomor : ........../PKS/DPU/2019\nNomor : 07/TAP/VI/2019", ["…/PKS/DPU/2019", "07/TAP/VI/2019"]),
    # the serial left blank before the first slash: the number begins with its slash, as printed
    ("Nomor : /PKS/BPD/2019\nNomor :      /KC07-OPS/PKS/2019", ["/PKS/BPD/2019", "/KC07-OPS/PKS/2019"]),
    ("NOMOR : HK.02.01/XIV.3/   /2019", ["HK.02.01/XIV.3/ /2019"]),
])
def test_a_partly_blank_number_is_kept_as_written(lines, expected):
    numbers, facts = _numbers(lines)
    assert numbers == expected
    # a number still to be filled in is not a sure identifier: lower confidence than a complete one
    complete, _ = _numbers("NOMOR : 445/117/ADMEN/V/2019")
    assert complete == ["445/117/ADMEN/V/2019"]
    assert facts["evidence"]["numbers"]["confidence"] < schema_of(
        [_PKS.format(numbers="NOMOR : 445/117/ADMEN/V/2019")])["evidence"]["numbers"]["confidence"]
    assert facts["parent_agreement"] is None  # the own blank number is never read as the agreement it implements


def test_a_wholly_blank_number_is_no_number():
    assert _numbers("NOMOR : ..............................\nNOMOR :")[0] is None


@pytest.mark.parametrize("lines, expected", [
    ("NOMOR : 25 TAHUN 2016", ["25 TAHUN 2016"]),
    ("Nomor: 3 Tahun 2019\nNomor: 045/TAP/VI/2019", ["3 Tahun 2019", "045/TAP/VI/2019"]),
    ("NOMOR 12 TAHUN 2019", ["12 TAHUN 2019"]),
])
def test_a_number_in_the_style_of_a_regulation(lines, expected):
    assert _numbers(lines)[0] == expected


def test_a_law_cited_in_the_opening_is_not_an_own_number():
    page = _PKS.format(numbers="NOMOR : 7/PKS/2019").replace(
        "kami yang\nbertanda", "dengan memperhatikan\nNomor 23 Tahun 2014 tentang Pemerintahan Daerah, kami yang\nbertanda")
    assert schema_of([page])["numbers"] == ["7/PKS/2019"]


@pytest.mark.parametrize("lines, expected", [
    ("NOMOR : 119/KB.12-Ker/\n2019", ["119/KB.12-Ker/2019"]),
    ("Nomor : 027/PKS/DINKES-\nSKM/VI/2019", ["027/PKS/DINKES-SKM/VI/2019"]),
    ("Nomor : 027/PKS/DINKES\n/VI/2019\nNomor : 88/TAP-DIR/2019", ["027/PKS/DINKES/VI/2019", "88/TAP-DIR/2019"]),
    # one number per party on the following line is not a continuation
    ("NOMOR : 027/PKS/VI/2019\n88/TAP-DIR/VI/2019", ["027/PKS/VI/2019", "88/TAP-DIR/VI/2019"]),
])
def test_a_number_broken_over_two_lines_is_read_whole(lines, expected):
    numbers, facts = _numbers(lines)
    assert numbers == expected
    span = facts["evidence"]["numbers[0]"]
    page = _PKS.format(numbers=lines)
    assert page[span["start"]:span["end"]].replace("\n", "").replace(" ", "") == expected[0]


@pytest.mark.parametrize("lines, expected", [
    ("NOMOR : 115/DMK/VI/2019(DESA SUKAMAJU)", ["115/DMK/VI/2019"]),
    ("Nomor : 115/DMK/VI/2019 (Desa Suka Mulya)\nNomor : 21/TAP/VI/2019 (PT Tirta Andalas Perkasa)",
     ["115/DMK/VI/2019", "21/TAP/VI/2019"]),
])
def test_the_owner_in_parentheses_after_a_number_is_not_part_of_it(lines, expected):
    assert _numbers(lines)[0] == expected


def test_a_hyphen_spaced_by_the_typesetter_stays_in_the_number():
    assert _numbers("NOMOR : PRJ- 41/PB/2019")[0] == ["PRJ-41/PB/2019"]
