"""Which side of a comma is the office and which its holder or its body: "represented by its Ambassador, NAME", "the
Regent of X, NAME", "Head of School, SMA Negeri 1 X", and a body's description after its name ("X, a local
government unit"). Every text here is invented for these tests."""
from __future__ import annotations

import pytest

from ingest.extract.bodies import institution_named
from ingest.extract.extractor import extract_agreement
from ingest.extract.heads import split_head
from ingest.extract.offices import institution_from_position


def _parties(text: str) -> list[tuple]:
    return [(p.institution, p.signatory, p.position) for p in extract_agreement([text]).parties]


_OPENING = """MEMORANDUM OF UNDERSTANDING

This Memorandum of Understanding is made and entered into on 3 March 2021 by and between:

{first}, hereinafter referred to as the "FIRST PARTY";

and

{second}, hereinafter referred to as the "SECOND PARTY".

ARTICLE 1
PURPOSE
The purpose of this Memorandum is cooperation in education.
"""

_PEMBUKAAN = """NOTA KESEPAHAMAN

Pada hari ini Senin tanggal 3 Mei 2021, kami yang bertanda tangan di bawah ini:

1. {first}, selanjutnya disebut PIHAK PERTAMA;

2. {second}, selanjutnya disebut PIHAK KEDUA.

Pasal 1
Maksud kesepakatan ini adalah kerja sama pendidikan.
"""

_SECOND = "Marlow Institute of Technology, represented by its Rector, Prof. Dr. Ilse Varga"


@pytest.mark.parametrize("head, expected", [
    ("its Ambassador, H.E. Tomas Krell", ("H.E. Tomas Krell", "Ambassador")),
    ("its Consul General, Ms. Adela Brun", ("Ms. Adela Brun", "Consul General")),
    ("its Ambassador Extraordinary and Plenipotentiary, Tomas Krell",
     ("Tomas Krell", "Ambassador Extraordinary and Plenipotentiary")),
    ("the Regent of Tanjung Rejo, Wulan Sekar Arum", ("Wulan Sekar Arum", "Regent of Tanjung Rejo")),
    ("the Governor of the Province of Nusa Timur, Dr. Agus Permana", ("Dr. Agus Permana", "Governor of the Province of Nusa Timur")),
    ("Regent of Tanjung Rejo, Wulan Sekar Arum", ("Wulan Sekar Arum", "Regent of Tanjung Rejo")),
    ("Duta Besar, Tomas Krell", ("Tomas Krell", "Duta Besar")),
    ("Konsul Jenderal, Adela Brun", ("Adela Brun", "Konsul Jenderal")),
    ("Kepala Sekolah, Dra. Laras Pertiwi", ("Dra. Laras Pertiwi", "Kepala Sekolah")),
    # the holder first stays the holder
    ("Tomas Krell, Ambassador", ("Tomas Krell", "Ambassador")),
    ("Maria Dean, Director", ("Maria Dean", "Director")),
])
def test_the_office_before_the_comma_and_its_holder_after_it(head, expected):
    assert split_head(head) == expected


@pytest.mark.parametrize("head, expected", [
    ("Head of School, SMA Negeri 1 Wonoasri", (None, "Head of School, SMA Negeri 1 Wonoasri")),
    ("Head of School, SMA Negeri 1 Wonoasri, located at Jalan Kenanga 4", (None, "Head of School, SMA Negeri 1 Wonoasri")),
    ("the Regent of Tanjung Rejo, Tanjung Rejo Regency", (None, "Regent of Tanjung Rejo, Tanjung Rejo Regency")),
    ("Kepala Sekolah, SD Negeri 2 Wonoasri", (None, "Kepala Sekolah, SD Negeri 2 Wonoasri")),
    ("Kepala Dinas Kesehatan, Kabupaten Tanjung Rejo", (None, "Kepala Dinas Kesehatan, Kabupaten Tanjung Rejo")),
])
def test_the_office_then_its_body_after_the_comma_names_no_holder(head, expected):
    assert split_head(head) == expected


@pytest.mark.parametrize("head, expected", [
    ("the Dean, College of Forestry, Dr. Ilse Varga, Ph.D.", ("Dr. Ilse Varga, Ph.D.", "Dean, College of Forestry")),
    ("the Chairperson, Board of Regents, Hon. Ramon Alcaraz", ("Hon. Ramon Alcaraz", "Chairperson, Board of Regents")),
    ("Kepala Sekolah, SMA Negeri 1 Wonoasri, Dra. Laras Pertiwi, M.Pd.",
     ("Dra. Laras Pertiwi, M.Pd.", "Kepala Sekolah, SMA Negeri 1 Wonoasri")),
    ("the Dean, College of Forestry, Marlow State University", (None, "Dean, College of Forestry, Marlow State University")),
])
def test_the_office_and_its_body_then_a_titled_holder(head, expected):
    assert split_head(head) == expected


@pytest.mark.parametrize("office, body", [
    ("Head of School, SMA Negeri 1 Wonoasri", "SMA Negeri 1 Wonoasri"),
    ("Kepala Sekolah, SD Negeri 2 Wonoasri", "SD Negeri 2 Wonoasri"),
    ("Head of Office, Regional Archive Office of Nusa Timur", "Regional Archive Office of Nusa Timur"),
])
def test_the_body_an_office_heads_is_the_name_after_the_kinds_comma(office, body):
    assert institution_from_position(office) == body


def test_an_ambassador_introduced_before_his_name_is_the_office_not_the_signatory():
    first = "The Embassy of the Republic of Oskaria in Jakarta, represented by its Ambassador, H.E. Tomas Krell"
    assert _parties(_OPENING.format(first=first, second=_SECOND))[0] == (
        "The Embassy of the Republic of Oskaria in Jakarta", "H.E. Tomas Krell", "Ambassador")


def test_a_regent_with_the_region_before_the_comma_is_the_office():
    first = "The Government of Tanjung Rejo Regency, represented by the Regent of Tanjung Rejo, Wulan Sekar Arum"
    assert _parties(_OPENING.format(first=first, second=_SECOND))[0] == (
        "The Government of Tanjung Rejo Regency", "Wulan Sekar Arum", "Regent of Tanjung Rejo")


def test_an_ambassador_in_an_indonesian_opening_is_the_office():
    first = "Kedutaan Besar Republik Oskaria di Jakarta, dalam hal ini diwakili oleh Duta Besar, Tomas Krell"
    second = "Institut Teknologi Marlow, dalam hal ini diwakili oleh Rektor, Prof. Dr. Ilse Varga"
    assert _parties(_PEMBUKAAN.format(first=first, second=second))[0] == (
        "Kedutaan Besar Republik Oskaria di Jakarta", "Tomas Krell", "Duta Besar")


def test_head_of_school_then_the_school_names_the_school_as_the_body():
    first = "Head of School, SMA Negeri 1 Wonoasri, located at Jalan Kenanga 4, Wonoasri"
    assert _parties(_OPENING.format(first=first, second=_SECOND))[0] == (
        "SMA Negeri 1 Wonoasri", None, "Head of School, SMA Negeri 1 Wonoasri")
    first = "Dra. Laras Pertiwi, M.Pd., Head of School, SMA Negeri 1 Wonoasri"
    assert _parties(_OPENING.format(first=first, second=_SECOND))[0] == (
        "SMA Negeri 1 Wonoasri", "Dra. Laras Pertiwi, M.Pd.", "Head of School, SMA Negeri 1 Wonoasri")
    first = "Dra. Laras Pertiwi, M.Pd., Kepala Sekolah, SMA Negeri 1 Wonoasri"
    second = "Prof. Dr. Ilse Varga, Rektor Institut Teknologi Marlow"
    assert _parties(_PEMBUKAAN.format(first=first, second=second))[0] == (
        "SMA Negeri 1 Wonoasri", "Dra. Laras Pertiwi, M.Pd.", "Kepala Sekolah, SMA Negeri 1 Wonoasri")


@pytest.mark.parametrize("text, body", [
    ("the Municipality of Santa Lucia, a local government unit", "Municipality of Santa Lucia"),
    ("Harrow County, a body politic and corporate of the State of Ohio", "Harrow County"),
    ("the City of Elmbrook, a municipal corporation", "City of Elmbrook"),
    ("Northgate Polytechnic College, an educational institution", "Northgate Polytechnic College"),
])
def test_a_bodys_description_after_its_name_is_no_part_of_it(text, body):
    assert institution_named(text) == body


def test_a_body_described_after_its_name_is_no_signatory():
    text = ("INTERLOCAL AGREEMENT\n\nMEMORANDUM OF AGREEMENT\n\nThis Memorandum of Agreement is entered into by and "
            "between:\n\nthe CITY OF ELMBROOK, a municipal corporation, hereinafter referred to as the \"CITY\";\n\n"
            "- and -\n\nHARROW COUNTY, a body politic and corporate of the State of Ohio, hereinafter referred to as "
            "the \"COUNTY\".\n\nWITNESSETH:\nThe parties agree as follows.\n")
    assert [party[:2] for party in _parties(text)] == [("City of Elmbrook", None), ("Harrow County", None)]


def test_a_person_described_after_the_name_stays_a_person():
    assert institution_named("Maria Lenz, a citizen of Oskaria") == "Maria Lenz, a citizen of Oskaria"
