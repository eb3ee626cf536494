"""Forms of agreements written in English in international and commercial practice (extractor 1.11.34): "By:"
signature blocks under the body's name, loan agreements' covers, commercial openings. Every text here is invented
for these tests."""
from __future__ import annotations

from ingest.extract.extractor import extract_agreement


def _parties(text: str) -> list[tuple]:
    return [(p.role, p.institution, p.signatory, p.position) for p in extract_agreement([text]).parties]


_SUPPLY = """EQUIPMENT LEASE AGREEMENT

This Equipment Lease Agreement (this "Agreement") is made and entered into as of May 9, 2007 by and between
PT Angin Selatan Makmur, a limited liability company organized under the laws of the Republic of Indonesia ("Lessee"),
and Granite Harbor Leasing Corp., a Nevada corporation ("Lessor").

1. LEASE

1.1 Lessor leases the Equipment to Lessee on the terms set out below.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.

PT Angin Selatan Makmur

By: /s/ Rudi Kartamihardja
Name: Rudi Kartamihardja
Title: President Director

Granite Harbor Leasing Corp.

By: /s/ Olivia Brandt
Name: Olivia Brandt
Title: Senior Vice President
"""


def test_by_blocks_under_the_bodys_name_give_the_parties_when_the_opening_is_not_read():
    assert _parties(_SUPPLY) == [
        ("PIHAK PERTAMA", "PT Angin Selatan Makmur", "Rudi Kartamihardja", "President Director"),
        ("PIHAK KEDUA", "Granite Harbor Leasing Corp.", "Olivia Brandt", "Senior Vice President")]


_LOAN = """GRANT AGREEMENT

(Coastal Fisheries Livelihood Project)

between

REPUBLIC OF INDONESIA

and

INTERNATIONAL DEVELOPMENT ASSOCIATION

AGREEMENT between REPUBLIC OF INDONESIA ("Recipient") and INTERNATIONAL DEVELOPMENT ASSOCIATION ("Association").

ARTICLE I - STANDARD CONDITIONS

1.01. The Standard Conditions constitute an integral part of this Agreement.

AGREED as of the day and year first above written.

REPUBLIC OF INDONESIA

By ______________________
     Authorized Representative
Name: Wahyu Setiabudi
Title: Director General of Financing
Date: 3 March 2011

INTERNATIONAL DEVELOPMENT ASSOCIATION

By ______________________
     Authorized Representative
Name: Clara Westbrook
Title: Country Director
Date: 3 March 2011
"""


def test_by_blocks_with_a_rule_for_the_pen_complete_the_parties_by_their_bodies():
    found = _parties(_LOAN)
    assert [(role, signatory, position) for role, _, signatory, position in found] == [
        ("PIHAK PERTAMA", "Wahyu Setiabudi", "Director General of Financing"),
        ("PIHAK KEDUA", "Clara Westbrook", "Country Director")]


def test_a_single_by_line_or_a_sentence_above_it_makes_no_block():
    text = ("SERVICE ORDER\n\nThe work shall be done as agreed between the parties.\n\n"
            "Signed by the contractor below.\nBy: /s/ Tom Reed\nName: Tom Reed\nTitle: Manager\n")
    assert all(party.signatory != "Tom Reed" for party in extract_agreement([text]).parties)
