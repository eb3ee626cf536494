"""Philippine memoranda of agreement between national agencies' regional offices, local governments, barangays and
associations: the forms their openings take (sealed15). Invented texts of the same form, other names and places:

- "-and-" alone on its line between the parties' paragraphs with no blank line around it: the first party's short
  name is its own, never the second party's abbreviation;
- "referred herein as “X”" designates a party as "hereinafter referred to as" does;
- the officer named after the office in capitals with no article ("represented by REGIONAL DIRECTOR NAME I. SURNAME"),
  an honorific in capitals ("its BARANGAY CHAIRPERSON HON. NAME"), a "Barangay Captain", a person's particulars after
  the name (", Filipino, of legal age"), "represented in this Agreement by".
"""
from __future__ import annotations

import pytest

from ingest.extract.heads import split_head
from tests.extract_texts import schema_of


def _parties(text: str) -> list[tuple]:
    return [(party["institution"], party["signatory"], party["position"]) for party in schema_of([text])["parties"] or []]


CLOSE_SEPARATOR = (
    "MEMORANDUM OF AGREEMENT\n\nKNOW ALL MEN BY THESE PRESENTS:\n\n"
    "This Memorandum of Agreement made and entered into by and between:\n"
    "The CITY GOVERNMENT OF LIBERTAD, a government instrumentality\n"
    "with office address at Barangay 3, Libertad City, Surigao del Sur and represented herein by\n"
    "its City Mayor, MARCO DELA PAZ and hereinafter referred to as the “ City LGU”.\n"
    "-and-\n"
    "The Bagong Pag-asa Farmers Association, a duly-registered organization\n"
    "with office address at Purok 2, Barangay Mabini, City of Libertad, Surigao del Sur and\n"
    "represented by its President, LORNA BAUTISTA, hereinafter referred to as the\n"
    "“Association.”\n\n"
    "WITNESSETH\nWHEREAS, the City LGU supports livelihood programs;\n")


def test_a_separator_line_between_the_paragraphs_parts_the_parties():
    assert _parties(CLOSE_SEPARATOR) == [
        ("The CITY GOVERNMENT OF LIBERTAD", "Marco Dela Paz", "City Mayor"),
        ("The Bagong Pag-asa Farmers Association", "Lorna Bautista", "President")]


def test_one_body_with_its_abbreviation_and_short_name_stays_one_party():
    # no separator between the two designations: the first is the body's own abbreviation, the second its short name
    text = ("MEMORANDUM OF AGREEMENT\n\nThis Memorandum of Agreement made and entered into by and between:\n"
            "The PROVINCIAL GOVERNMENT OF NORTE, hereinafter referred to as “PGN”, with office address at the Capitol,\n"
            "represented by its Governor, ANA REYES, hereinafter referred to as the “PROVINCE”;\n\n"
            "and\n\n"
            "The Samahan ng Magsasaka ng Norte, represented by its President, JOSE LIM, hereinafter referred to as\n"
            "the “Association”.\n\nWITNESSETH\nWHEREAS, the parties agree;\n")
    found = _parties(text)
    assert [party[0] for party in found] == ["The PROVINCIAL GOVERNMENT OF NORTE", "The Samahan ng Magsasaka ng Norte"]


THREE_SIDES = (
    "SPECIFIC IMPLEMENTATION ARRANGEMENT\n\nThis Specific Implementation Agreement was entered into by and between:\n\n"
    "The DEPARTMENT OF AGRARIAN REFORM (DAR), through DAR FIELD OFFICE 4 with office address at\n"
    "Rizal St., Calapan City represented by\nREGIONAL DIRECTOR MARIO T. SANTOS referred herein as “DAR”.\n\n"
    "– and –\n\n"
    "The LOCAL GOVERNMENT OF SAN ROQUE, with office address at Poblacion, San Roque, represented by its LOCAL CHIEF\n"
    "EXECUTIVE, HON. PEDRO C. VILLA, referred herein as the\n“Municipality”.\n\n"
    "– and –\n\n"
    "The BARANGAY OF MALINAW, with office address at the Barangay Hall, Malinaw, represented by its\n"
    "BARANGAY CHAIRPERSON HON. ROSA D. CRUZ referred\nherein as the “Barangay”.\n\n"
    "Collectively, referred to as the “Parties”.\n\nLEGAL BASES\n\nThis AGREEMENT is executed by virtue of law.\n")


def test_referred_herein_as_designates_each_party():
    assert _parties(THREE_SIDES) == [
        ("The DEPARTMENT OF AGRARIAN REFORM (DAR)", "Mario T. Santos", "Regional Director"),
        ("The LOCAL GOVERNMENT OF SAN ROQUE", "HON. Pedro C. Villa", "Local Chief Executive"),
        ("The BARANGAY OF MALINAW", "HON. Rosa D. Cruz", "Barangay Chairperson")]


@pytest.mark.parametrize("head, expected", [
    ("REGIONAL DIRECTOR MARIO T. SANTOS", ("Mario T. Santos", "Regional Director")),
    ("DIRECTOR GENERAL ANA B. REYES", ("Ana B. Reyes", "Director General")),
    ("PROVINCIAL GOVERNOR JUAN D. CRUZ, JR.", ("Juan D. Cruz, JR.", "Provincial Governor")),
    ("its BARANGAY CHAIRPERSON HON. ROSA D. CRUZ", ("HON. Rosa D. Cruz", "Barangay Chairperson")),
    ("its Barangay Captain HON. LITO M. RAMOS, Filipino, of legal age", ("HON. Lito M. Ramos", "Barangay Captain")),
])
def test_the_office_then_its_holder(head, expected):
    assert split_head(head) == expected


@pytest.mark.parametrize("head", [
    "CITY HALL ANNEX B. BUILDING",  # an address in capitals with an initial-like letter: no office, no holder
    "Regional Director Lucia S. Alan",  # title case with no article: left as it was (a name, no office split)
])
def test_capitals_without_an_office_noun_or_in_title_case_are_not_split_so(head):
    name, position = split_head(head)
    assert position is None


def test_represented_in_this_agreement_by():
    text = ("MEMORANDUM OF AGREEMENT\n\nThis Memorandum of Agreement entered into by and between:\n\n"
            "The SCHOOLS DIVISION OF MARAGONDON, a government agency, represented herein by its Schools Division "
            "Superintendent, ELENA V. CRUZ, hereinafter referred to as the “DIVISION”.\n-and-\n\n"
            "BARANGAY III, a Local Government Unit with principal address at Maragondon, represented in this Agreement "
            "by its\nBarangay Captain HON. LITO M. RAMOS, Filipino, of legal age, hereinafter referred to as the\n"
            "“BARANGAY”.\n\nWITNESSETH:\n\nWHEREAS, the Division offers sports programs;\n")
    assert _parties(text)[1][1:] == ("HON. Lito M. Ramos", "Barangay Captain")
