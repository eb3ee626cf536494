"""English local governments' agreements as their councils file them (issue 18, sealed15 released as a development
set): the ordinance or resolution approving an agreement with the agreement below it, an agreement headed only by
its name ("LIBRARY SERVICES AGREEMENT"), sides designated in parentheses or "hereinafter sometimes called", and the
office "acting herein by and through" which each side signs. Every text here is invented for these tests."""
from __future__ import annotations

from tests.extract_texts import schema_of

_AGREEMENT = (
    "THIS AGREEMENT, made and entered into by and between PINE COUNTY, a body\ncorporate and politic under the laws "
    "of the State of Ohio, hereinafter sometimes\ncalled \"County,\" acting herein by and through its County Judge "
    "duly authorized to\nso act by an Order of the Pine County Commissioners Court, and the City of\nMAPLETON a "
    "municipal corporation duly organized and existing\nunder the laws of the State of Ohio, hereinafter sometimes "
    "called \"City,\"\nacting herein by and through its Mayor duly authorized to so act by an Ordinance\nduly passed "
    "by the City.\nW I T N E S S E T H:\nWHEREAS, Pine County desires to provide fire protection services;\n")
_ORDINANCE = (
    "ORDINANCE NO. 5120\nAN ORDINANCE AUTHORIZING AND DIRECTING THE MAYOR TO\nEXECUTE AN INTERLOCAL AGREEMENT WITH "
    "PINE COUNTY FOR\nFIRE PROTECTION SERVICES; AND PROVIDING FOR THE EFFECTIVE DATE HEREOF.\nBE IT ORDAINED BY THE "
    "CITY COUNCIL OF THE CITY OF MAPLETON:\nSection 1: That the City Council hereby approves an Interlocal Agreement "
    "with Pine County.\nINTRODUCED, READ and PASSED by the City Council this the 9th day of June, 1988.\n"
    "JOHN Q. SAMPLE, Mayor\nATTEST:\nMARY ROE, City Clerk\n")


def _sides(facts: dict) -> list:
    return [(party["role"], party["institution"], party["position"]) for party in facts["parties"]]


def test_the_agreement_below_the_ordinance_approving_it_is_read_as_the_agreement():
    facts = schema_of([_ORDINANCE + "A G R E E M E N T\nTHE STATE OF OHIO §\nCOUNTY OF PINE §\n" + _AGREEMENT])
    assert facts["doc_type"] == "PKS"
    assert not facts["numbers"]  # the ordinance's number is not the agreement's
    assert _sides(facts) == [("PIHAK PERTAMA", "PINE COUNTY", "County Judge"),
                             ("PIHAK KEDUA", "City of MAPLETON", "Mayor")]


def test_an_ordinance_without_the_agreement_stays_a_council_paper():
    facts = schema_of([_ORDINANCE + "Section 2: This ordinance shall take effect immediately.\n"])
    assert facts["doc_type"] == "OTHER"


def test_an_ordinance_citing_an_agreement_entered_into_earlier_stays_a_council_paper():
    text = _ORDINANCE + ("WHEREAS, the Agreement entered into between the County and the City in 1980 has "
                         "expired;\nSection 2: This ordinance shall take effect immediately.\n")
    assert schema_of([text])["doc_type"] == "OTHER"


def test_an_agreement_headed_only_by_its_name_is_an_implementing_agreement():
    text = ("LIBRARY SERVICES AGREEMENT\n\nThis Agreement is made and entered into this 3rd day of March, 2015, by "
            "and between the County of Elmwood, a political subdivision of the State of Oregon (hereinafter "
            "\"County\"), and the City of Larkspur, a municipal corporation (hereinafter \"City\").\n\nWITNESSETH:\n"
            "WHEREAS, the County operates a library system;\n")
    facts = schema_of([text])
    assert facts["doc_type"] == "PKS"
    assert _sides(facts) == [("PIHAK PERTAMA", "County of Elmwood", None), ("PIHAK KEDUA", "City of Larkspur", None)]
    assert facts["sign_date"] == "2015-03-03"


def test_sides_designated_by_their_defined_terms_alone_in_parentheses():
    text = ("AGREEMENT\n\nThis Agreement is entered into by and between the Valley Water District (the \"District\") "
            "and the Town of Brookside (\"Town\").\n\nRECITALS\n")
    facts = schema_of([text])
    assert facts["doc_type"] == "PKS"
    assert _sides(facts) == [("PIHAK PERTAMA", "Valley Water District", None), ("PIHAK KEDUA", "Town of Brookside", None)]


def test_the_office_acting_for_each_side_is_its_position_and_no_one_is_named_signing():
    facts = schema_of(["INTERLOCAL AGREEMENT\n" + _AGREEMENT])
    assert [(party["signatory"], party["position"]) for party in facts["parties"]] == [(None, "County Judge"),
                                                                                      (None, "Mayor")]


def test_a_resolution_reciting_this_agreement_stays_a_council_paper():
    text = ("RESOLUTION NO. 2020-14\nA RESOLUTION OF THE CITY COUNCIL OF THE CITY OF OAKDALE APPROVING AN AGREEMENT "
            "WITH ELM COUNTY\nWHEREAS, the City and the County desire to cooperate; and\nWHEREAS, this Agreement is "
            "made pursuant to the Interlocal Cooperation Act;\nNOW, THEREFORE, BE IT RESOLVED that the Mayor is "
            "authorized to sign the agreement.\n")
    assert schema_of([text])["doc_type"] == "OTHER"


def test_the_acting_clause_before_a_sides_designation_and_an_unnamed_representative():
    text = ("AGREEMENT\n\nThis Agreement is entered into by and between the County of Fir, acting by and through its "
            "Board of Commissioners, hereinafter called \"County\", and the Town of Spruce, acting by and through its "
            "duly authorized representative, hereinafter called \"Town\".\n")
    # an organ acting for a side (its board) is no officer's position
    assert _sides(schema_of([text])) == [("PIHAK PERTAMA", "County of Fir", None),
                                         ("PIHAK KEDUA", "Town of Spruce", None)]
