"""English county-city and college-city agreements filed under the council's paper approving them (issue 18,
sealed15): the paper named by its number alone above the agreement ("RESOLUTION 87-71"), the opening's word as a
scan damaged it ("THIS AGREDlM, made and entered into"), an ordinance's caption "… AND PROVIDING FOR THE EFFECTIVE
DATE HEREOF" (no title), sides designated without quotes or "interchangeably", named with their state ("X COUNTY,
FLORIDA"), the organ acting for a side (no position), an office in lower case or behind a speck, and "The effective
date of this agreement shall be …". Every text here is invented for these tests."""
from __future__ import annotations

from tests.extract_texts import schema_of


def _sides(facts: dict) -> list:
    return [(party["role"], party["institution"], party["position"]) for party in facts["parties"] or []]


_RESOLUTION_AGREEMENT = (
    "THE STATE OF TEXAS\nCOUNTY OF LAMAR\nRESOLUTION 91-14\nINTERLOCAL COOPERATION AGREEMENT\n"
    "THIS AGREEMENT is made and entered into this day of March, 1991, by\nand between LAMAR COUNTY, a county of "
    "Texas, hereinafter\nreferred to interchangeably as \"County\", and City of Oakridge, a city of Lamar\nCounty, "
    "hereinafter referred to as \"AGENCY\".\n"
    "WHEREAS, the County wishes to buy fire service from the AGENCY; and\n"
    "NOW, THEREFORE, the two agree:\n"
    "The effective date of this agreement shall be the 1st day of April, 1991.\n1.\n")


def test_the_agreement_below_a_resolution_named_by_its_number_is_the_agreement():
    facts = schema_of([_RESOLUTION_AGREEMENT])
    assert facts["doc_type"] == "PKS"
    assert not facts["numbers"]  # the resolution's number is the city's
    assert _sides(facts) == [("PIHAK PERTAMA", "LAMAR COUNTY", None), ("PIHAK KEDUA", "City of Oakridge", None)]
    assert facts["sign_date"] is None  # the day left blank


def test_the_effective_date_the_agreement_names_as_such():
    assert schema_of([_RESOLUTION_AGREEMENT])["effective_date"] == "1991-04-01"


def test_a_resolution_alone_stays_a_council_paper():
    text = ("RESOLUTION 91-14\nA RESOLUTION APPROVING AN INTERLOCAL AGREEMENT WITH LAMAR COUNTY\n"
            "BE IT RESOLVED that the Mayor is authorized to execute the agreement.\nPASSED this 3rd day of March, "
            "1991.\n")
    assert schema_of([text])["doc_type"] == "OTHER"


def test_another_agreements_effective_date_is_no_term():
    text = _RESOLUTION_AGREEMENT.replace("The effective date of this agreement shall be",
                                         "The effective date of the 1985 agreement was")
    assert schema_of([text])["effective_date"] is None


_DAMAGED_ORDINANCE = (
    "ORDI1ANCE NO. 2290\nAN ORDINANCE APPROVING AND LETTING THE MAYOR SIGN\nAN BNTERL0CAL\nAGREEMENT WITH "
    "FALLS COUNTY FOR RURAL FIRE\nSERVICE; AND PROV1D1 G\nFOR THE EFFECTIVE DATE HEREOF.\n"
    "ORDAINED by the Council of the City of Rockport:\nSection 1. The Council approves the agreement with Falls "
    "County, attached.\nPASSED on the 4th day of May, 1982.\n"
    "AGREEMEMT\nTHE STATE OF TEXAS §\nCOUNTY OF FALLS §\n"
    "THIS AGREEMNT, made and entered into by and between FALLS C0UNTY, a county of\nTexas, hereinafter sometimes "
    "called \"County,\" acting herein by and through its County .judge as\nits court ordered, and the City of\n"
    "Rockport\na home-rule city of Texas, hereinafter sometimes called \"City,°\nacting herein by and through its "
    "mayor as its council ordained.\nW I T N E S S E T H:\nWHEREAS, Falls County wants fire service;\n")


def test_the_agreement_below_a_damaged_ordinance_with_its_opening_word_damaged():
    facts = schema_of([_DAMAGED_ORDINANCE])
    assert facts["doc_type"] == "PKS"
    assert facts["title"] is None  # "FOR THE EFFECTIVE DATE HEREOF" is the ordinance's caption
    assert _sides(facts) == [("PIHAK PERTAMA", "FALLS C0UNTY", "County .judge"),
                             ("PIHAK KEDUA", "City of Rockport", "mayor")]


def test_a_damaged_ordinance_alone_stays_a_council_paper():
    text = _DAMAGED_ORDINANCE[:_DAMAGED_ORDINANCE.index("AGREEMEMT\n")]
    assert schema_of([text])["doc_type"] == "OTHER"


def test_sides_designated_without_quotes_and_the_organ_acting_for_them():
    text = ("RESOLVED, that the proper City officers are authorized to execute an agreement with the County.\n\n"
            "AGREEMENT THIS AGREEMENT, Made and entered into by and between the City of Lakeport, through action of "
            "its Council, hereinafter referred to as the City, and the County of Birch, acting by and through its Board "
            "of Supervisors, hereinafter referred to as the County, both acting pursuant to Iowa Code chapter 28E. "
            "WITNESSETH: WHEREAS, The City and the County wish to cooperate.\n")
    facts = schema_of([text])
    assert facts["doc_type"] == "PKS"
    assert _sides(facts) == [("PIHAK PERTAMA", "City of Lakeport", None), ("PIHAK KEDUA", "County of Birch", None)]


def test_sides_named_with_their_state_entered_without_into():
    text = ("INTERLOCAL AGREEMENT\nTHIS AGREEMENT made and entered this day of 2009 by and between\nMARLOW COUNTY, "
            "FLORIDA, a county of that State, by and through its\nCounty Commission, hereinafter referred to as "
            "\"County\", and THE CITY OF\nMARLOW, FLORIDA, a Florida municipality, by and through its City "
            "Commission, hereinafter\nreferred to as \"City\", pursuant to the state's law on joint action.\n"
            "WITNESSETH\nWHEREAS, the County and City agree;\n")
    assert _sides(schema_of([text])) == [("PIHAK PERTAMA", "MARLOW COUNTY, FLORIDA", None),
                                         ("PIHAK KEDUA", "CITY OF MARLOW, FLORIDA", None)]


def test_the_last_sides_description_after_its_designation():
    text = ("OFF-CAMPUS PROJECT AGREEMENT\nTHIS AGREEMENT entered into this 2nd day of October, 1975\nby and between "
            "RIVERDALE COMMUNITY COLLEGE DISTRICT, hereinafter known as the\n\"Institution\", and the\nCity of "
            "Elm Grove\nhereinafter known as the \"Agency,\" a public agency as the rules of the student\nwork "
            "program define one\nWITNESSETH:\nWHEREAS, Institution has a grant;\n")
    assert _sides(schema_of([text])) == [("PIHAK PERTAMA", "RIVERDALE COMMUNITY COLLEGE DISTRICT", None),
                                         ("PIHAK KEDUA", "City of Elm Grove", None)]


def test_a_list_of_two_bodies_in_one_undesignated_piece_with_a_comma_is_no_state():
    # (the state after a comma is read only where a designation closes the side)
    text = ("AMENDMENT\nTHIS AMENDMENT, agreed to by and among Lane County, Springfield; and the City of Eugene.\n")
    assert all(party["institution"] != "Lane County, Springfield" for party in schema_of([text])["parties"] or [])


def test_an_authority_acting_with_no_office_named_gives_no_position():
    text = _DAMAGED_ORDINANCE.replace("its mayor as", "its duly authorized officer as")
    assert all(party["position"] in (None, "County .judge") for party in schema_of([text])["parties"] or [])


def test_an_unquoted_designation_running_on_into_a_longer_name_designates_nothing():
    text = ("AGREEMENT THIS AGREEMENT, Made and entered into by and between the City of Lakeport, hereinafter referred "
            "to as the City Council of Lakeport and its boards, and the County of Birch, hereinafter referred to as "
            "the County, both acting pursuant to law. WITNESSETH: WHEREAS, they wish to cooperate.\n")
    assert not any("Council of Lakeport and its boards" in (party["institution"] or "")
                   for party in schema_of([text])["parties"] or [])
