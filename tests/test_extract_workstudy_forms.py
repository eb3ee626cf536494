"""College work-study project agreements with cities (issue 18, sealed15): a printed form whose year's century is
printed and the rest typed in its blank ("this 20th day of September , 19 73", a scan's "24tbdayof May , 19 79 , at
Long Beach , County of …"), the form's "THIS AGREEMENT entered into this …" without a verb, and the city's resolution
approving it run into one line above it, whose "NO." label is no number of a figure in its prose. Every text here
is invented for these tests."""
from __future__ import annotations

from ingest.extract.dates import find_dates
from tests.extract_texts import schema_of

_RESOLUTION = (  # (a records portal's line naming the record runs into the heading)
    "City Records Portal Document View CC RESO 8,412RESOLUTION NO. 8,412 RESOLUTION APPROVING A STUDENT WORK "
    "AGREEMENT WITH PALOMA COMMUNITY COLLEGE DISTRICT RESOLVED that the City Manager may sign an agreement with the "
    "District so that students can work for the City during the fiscal year 1975-1976. ADOPTED on the 4th day of "
    "November, 1975.\n")
_FORM = (
    "Work -Study Program\nOFF -CAMPUS PROJECT AGREEMENT\nTHIS AGREEMENT entered into this 14th day of October , 19 75\n"
    "by and between PALOMA COMMUNITY COLLEGE DISTRICT, hereinafter known as the\n\"Institution\", and the\nCity of "
    "Eastvale\nhereinafter known as the \"Agency,\" a public employer\nWITNESSETH:\nWHEREAS, Institution has funds "
    "for student work;\n")


def test_the_form_date_its_century_printed_and_its_year_typed_apart():
    facts = schema_of([_RESOLUTION + _FORM])
    assert facts["sign_date"] == "1975-10-14"  # not the council's 4 November


def test_the_resolution_number_run_into_its_prose_gives_no_figure_of_the_sentence():
    assert not schema_of([_RESOLUTION + _FORM])["numbers"]


def test_the_forms_place_after_its_spaced_year():
    text = ("WORK-STUDY PROGRAM OFF -CAMPUS PROJECT AGREEMENT THIS AGREEMENT is entered into this 3rd day of June , "
            "19 81 , at Fresno , County of Fresno State of California, by Central Valley College hereinafter called "
            "\"Institution\" and City of Clovis hereinafter called \"Contractor.\" Its terms follow.\n")
    facts = schema_of([text])
    assert (facts["sign_date"], facts["sign_place"]) == ("1981-06-03", "Fresno")


def test_a_glued_ordinal_and_day_of():
    assert [hit.date.isoformat() for hit in find_dates("this 24tbdayof May , 19 79 , at")] == ["1979-05-24"]


def test_no_date_from_a_count_after_a_century_like_figure():
    # (two digits after "19" that go on into another figure, or a number of students, are no typed year)
    assert find_dates("the 5th day of May , 19 75 30") == []
    assert find_dates("on the 2nd day of June, 20 students") == []


_DAMAGED_FORM = (
    "WORK-STUDY PROGRAM OFF -CAMPUS PROJECT AGREEMENT THIS AGREEMENT is entered into this 9th day of April , 19 80 , "
    "at Modesto , County of Stanislaus State of California, by Ca1ifornia State niversity, Turlock hereinafter called "
    "\"Institution\"and __C` y of M'rc ed a — - - — hereinafter called \"Contractor.\" Its terms follow. "
    "Institution holds a federal grant for student work.\n")


def test_sides_of_a_form_filled_by_by_alone_read_as_the_scan_damaged_them():
    facts = schema_of([_DAMAGED_FORM])
    assert [party["institution"] for party in facts["parties"]] == ["Ca1ifornia State niversity, Turlock",
                                                                      "C` y of M'rc ed"]
    assert all(facts["evidence"][f"parties[{index}]"]["confidence"] < 0.9 for index in (0, 1))


def test_a_side_that_is_prose_is_no_damaged_name():
    text = _DAMAGED_FORM.replace("Ca1ifornia State niversity, Turlock", "the officers named below on behalf of each")
    assert not any((party["institution"] or "").startswith("the officers") for party in schema_of([text])["parties"] or [])


def test_a_cited_agreement_entered_into_by_a_side_gives_no_sides():
    text = ("RESOLUTION NO. 77\nWHEREAS, the agreement entered into on May 1, 1970, by Ca1ifornia State niversity "
            "hereinafter called \"Institution\" and City of Modesto hereinafter called \"Contractor.\" has ended;\n"
            "NOW, THEREFORE, BE IT RESOLVED that the Mayor is authorized to sign a new agreement.\n")
    assert not any((party["institution"] or "").startswith("Ca1ifornia") for party in schema_of([text])["parties"] or [])
