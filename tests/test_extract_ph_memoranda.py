"""Philippine memoranda of agreement between national agencies' regional offices, local governments, barangays and
associations: the forms their openings take (sealed15). Invented texts of the same form, other names and places:

- "-and-" alone on its line between the parties' paragraphs with no blank line around it: the first party's short
  name is its own, never the second party's abbreviation;
- "referred herein as “X”" designates a party as "hereinafter referred to as" does;
- the officer named after the office in capitals with no article ("represented by REGIONAL DIRECTOR NAME I. SURNAME"),
  an honorific in capitals ("its BARANGAY CHAIRPERSON HON. NAME"), a "Barangay Captain", a person's particulars after
  the name (", Filipino, of legal age"), "represented in this Agreement by"; the office in title case with no
  article, its holder in capitals or with a middle initial ("by Schools Division Superintendent NAME, PhD");
- "BARANGAY V, CITY OF X": a barangay's numeral, never an initial nor a word the scan split;
- "The Department of Education, Division of X": the division after the comma is inside the name;
- "at the City of X, Province of Y, Philippines, by and between": the signing place;
- the exit form: "hereinafter referred as" (no "to"), the officer's office address after the office, and "This
  Memorandum of Agreement made and entered into this 30th day of …" dating the memorandum itself;
- a form's dateline blanks ("_____," / "2015" / "at") the layout put below "by and between:", before the first party;
- a web proxy's line of links ("[Report a bug]  [Manage cookies]"): no report's heading;
- "SPECIFIC IMPLEMENTATION ARRANGEMENT / for the X / (blank) / Y": the subject after "for the", over a blank line;
- a template's sides: "The X / address / (hereinafter … “First Party”), / represented by the Secretary of Y NAME":
  the representation below the designation (the address above it is no officer);
- "A , a_____ / -and- / The B, …, herein referred as the “THIRD PARTY”": the separator line cuts off the earlier,
  undesignated party from B's block.
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
    # the office in title case, no article: the holder in capitals (degrees after), or in title case with an initial
    ("Schools Division Superintendent ELENA VIDAL CRUZ, PhD, CESO V",
     ("Elena Vidal Cruz, PhD, CESO V", "Schools Division Superintendent")),
    ("Mayor Ramon T. Aquino", ("Ramon T. Aquino", "Mayor")),
    ("Regional Director Lina S. Ocampo", ("Lina S. Ocampo", "Regional Director")),
])
def test_the_office_then_its_holder(head, expected):
    assert split_head(head) == expected


@pytest.mark.parametrize("head", [
    "CITY HALL ANNEX B. BUILDING",  # an address in capitals with an initial-like letter: no office, no holder
    "Mayor Inf. Budi Santoso",  # an Indonesian rank before a name: no middle initial, no split
    "Kepala Dinas Kesehatan Kota Tirta",  # an Indonesian office alone
])
def test_capitals_without_an_office_noun_or_in_title_case_are_not_split_so(head):
    assert split_head(head)[1] is None


def test_represented_in_this_agreement_by():
    text = ("MEMORANDUM OF AGREEMENT\n\nThis Memorandum of Agreement entered into by and between:\n\n"
            "The SCHOOLS DIVISION OF MARAGONDON, a government agency, represented herein by its Schools Division "
            "Superintendent, ELENA V. CRUZ, hereinafter referred to as the “DIVISION”.\n-and-\n\n"
            "BARANGAY III, a Local Government Unit with principal address at Maragondon, represented in this Agreement "
            "by its\nBarangay Captain HON. LITO M. RAMOS, Filipino, of legal age, hereinafter referred to as the\n"
            "“BARANGAY”.\n\nWITNESSETH:\n\nWHEREAS, the Division offers sports programs;\n")
    assert _parties(text)[1][1:] == ("HON. Lito M. Ramos", "Barangay Captain")


def test_a_barangay_numeral_before_its_city_keeps_its_comma_and_is_never_rejoined():
    # "BARANGAY III, CITY OF X": the numeral is no initial (its comma stays) and, though a file name elsewhere writes
    # "BarangayIII", no word split by the scan
    text = ("SPS MOA BarangayIII - June2024\n\nMEMORANDUM OF AGREEMENT\n\n"
            "This Memorandum of Agreement entered into by and between:\n\n"
            "The SCHOOLS DIVISION OF MARAGONDON, a government agency, represented herein by its Schools Division "
            "Superintendent, ELENA V. CRUZ, hereinafter referred to as the “DIVISION”.\n-and-\n\n"
            "BARANGAY III, CITY OF MARAGONDON, a Local Government Unit, represented in this Agreement by its\n"
            "Barangay Captain HON. LITO M. RAMOS, hereinafter referred to as the “BARANGAY”.\n\n"
            "WITNESSETH:\n\nWHEREAS, the Division offers sports programs;\n")
    assert _parties(text)[1][0] in ("BARANGAY III, CITY OF MARAGONDON", "Barangay III")


def test_a_department_s_division_after_a_comma_is_inside_its_name():
    text = ("MEMORANDUM OF AGREEMENT\n\nThis Memorandum of Agreement is entered into this day of at the City of "
            "Borongan,\nProvince of Eastern Samar, Philippines, by and between:\n\n"
            "The Department of Education, Division of Borongan, an agency of the national government, with office "
            "address at Borongan City, represented by its Schools Division Superintendent,\nAna P. Lim, EdD herein "
            "referred to as “DepEd Borongan”;\n\n-and-\n\n"
            "Provincial Government of Eastern Samar, with office address at the Capitol, represented in this Agreement "
            "by the Provincial Governor, Hon. Luis M. Gomez herein after referred\nto as the “PLGU”.\n\n"
            "WITNESSETH: That\n\nWHEREAS, the parties support research;\n")
    facts = schema_of([text])
    assert facts["parties"][0]["institution"] == "The Department of Education, Division of Borongan"
    assert facts["sign_place"] == "City of Borongan"
    assert facts["sign_date"] is None  # day and month left out


@pytest.mark.parametrize("place", [
    "at the City of Borongan by and between",  # the article, no country after: no place read so
    "at the City Hall, Borongan, by and between",  # premises, then the town
])
def test_a_city_of_place_needs_its_country(place):
    text = (f"MEMORANDUM OF AGREEMENT\n\nThis Memorandum of Agreement is entered into {place}:\n\n"
            "The City Government of Borongan, represented by its City Mayor, JOSE T. RAMOS, hereinafter referred to "
            "as the “CITY”;\n\n-and-\n\nThe Borongan Farmers Association, represented by its President, ANA LIM, "
            "hereinafter referred to as the “ASSOCIATION”.\n\nWITNESSETH:\n\nWHEREAS, farming;\n")
    assert schema_of([text])["sign_place"] != "City of Borongan"


EXIT_FORM = (
    "EXIT MEMORANDUM OF AGREEMENT\n\n"
    "This Memorandum of Agreement made and entered into this 14th day of March 2018 by\nand between:\n\n"
    "The Department of Agrarian Reform, a national agency of the Republic\nof the Philippines, with office address "
    "at Elliptical Road, Quezon\nCity herein represented by _______________________ in his capacity as Regional\n"
    "Director of Field Office XI, with office address at # 12 Rizal Drive, Davao City,\n"
    "hereinafter referred as the DAR;\n\nand\n\n"
    "The Municipality of ___________, a municipal corporation of the Republic of the Philippines\n"
    "with principal address at _________________, hereinafter represented by ____________________ in his capacity as\n"
    "Municipal Mayor, and hereinafter referred to as the Municipality;\n\n"
    "Witnesseth that:\n\nWHEREAS, the DAR implemented the Agrarian Program, herein referred as the “Project”, in the\n"
    "municipality (a recital's defined term: no party);\nWHEREAS, the project closed;\n")


def test_the_exit_form_its_date_and_its_blank_officers():
    facts = schema_of([EXIT_FORM])
    assert facts["sign_date"] == "2018-03-14"
    assert [(party["institution"], party["signatory"], party["position"]) for party in facts["parties"]] == [
        ("The Department of Agrarian Reform", None, "Regional Director of Field Office XI"),
        (None, None, "Municipal Mayor")]


def test_another_memorandum_of_agreement_signed_before_gives_no_date():
    text = EXIT_FORM.replace("This Memorandum of Agreement made and entered into this 14th day of March 2018 by\n"
                             "and between:", "This Agreement implements the Memorandum of Agreement made and entered "
                             "into this 14th day of March 2018, by\nand between:")
    assert schema_of([text])["sign_date"] is None


def test_the_dateline_s_blanks_the_layout_put_below_by_and_between_are_no_part_of_the_first_party():
    text = ("MEMORANDUM OF AGREEMENT (MOA)\n\nBETWEEN THE\nDEPARTMENT OF AGRARIAN REFORM\nAND THE MUNICIPALITY OF "
            "BALUD, PROVINCE OF MASBATE\nKNOW ALL MEN BY THIS PRESENTS:\n"
            "This agreement made and executed this _______ day of\n________________________________, Philippines, "
            "by and between:\n\n_____________,\n\n2016\n\nat\n\n"
            "The DEPARTMENT OF AGRARIAN REFORM, a national government\n\n\nagency represented herein by its "
            "Regional Director, MARIA L. SANTOS, CESO III\nwith office address at Rizal St., Legazpi City, hereinafter\n"
            "referred to as the DAR;\nand\nThe MUNICIPAL GOVERNMENT OF BALUD, PROVINCE OF MASBATE a local government "
            "unit, herein represented by its\nMunicipal Mayor, JOSE R. LIM, hereinafter referred to as the LGU.\n"
            "- WITNESSETH WHEREAS, peace and development;\n")
    facts = schema_of([text])
    first = facts["parties"][0]
    assert (first["institution"], first["signatory"]) == ("The DEPARTMENT OF AGRARIAN REFORM", "Maria L. Santos, CESO III")
    assert facts["sign_date"] is None and facts["sign_place"] is None


def test_a_web_page_s_links_line_is_no_report_heading():
    text = ("Location via proxy:   [ UP ]\n[Report a bug]   [Manage cookies]\n\nMOA Edited\n\n"
            "MEMORANDUM OF AGREEMENT\n\nKnow All Men By This Presents:\n\n"
            "This Memorandum of Agreement (MOA) is made and entered into by and between:\n\n"
            "The Department of Agrarian Reform -Regional Office IV, a government agency, represented herein by its "
            "Regional Director, Mario T. Santos, hereinafter referred to as “DAR-IV”;\n\nand\n\n"
            "The Farmers League of Quezon, represented by its Chairperson, Hon. Ana B. Lim, hereinafter referred to as "
            "“FLQ”;\n\nWHEREAS, farming;\n")
    assert schema_of([text])["doc_type"] == "PKS"


SUBJECT_FOR_THE = (
    "SPECIFIC IMPLEMENTATION ARRANGEMENT\n\nfor the BAYANIHAN Kabuhayan at Kalinga sa Barangay\n\n\n"
    "Community-Based Livelihood Program (BKKB-CBL)\n\n"
    "This Specific Implementation Agreement, thereinafter known as the\n\n\n“AGREEMENT” was entered into by and between:\n\n"
    "The DEPARTMENT OF AGRARIAN REFORM, through DAR FIELD OFFICE 4 represented by\n"
    "REGIONAL DIRECTOR MARIO T. SANTOS referred herein as “DAR”.\n\n– and –\n\n"
    "The LOCAL GOVERNMENT OF SAN ROQUE, represented by its MAYOR, HON. PEDRO C. VILLA, referred herein as the\n"
    "“Municipality”.\n\nCollectively, referred to as the “Parties”.\n\nLEGAL BASES\n")


def test_a_subject_after_for_the_below_the_kind_goes_on_below_a_blank_line():
    assert schema_of([SUBJECT_FOR_THE])["title"] == (
        "BAYANIHAN Kabuhayan at Kalinga sa Barangay Community-Based Livelihood Program (BKKB-CBL)")


def test_for_the_purpose_of_in_prose_is_no_subject():
    text = SUBJECT_FOR_THE.replace("for the BAYANIHAN Kabuhayan at Kalinga sa Barangay\n\n\n"
                                   "Community-Based Livelihood Program (BKKB-CBL)",
                                   "For the purpose of contributing to the Program for\n\nEfforts to cope")
    assert schema_of([text])["title"] is None


TEMPLATE_SIDES = (
    "MEMORANDUM OF UNDERSTANDING\n\n(Rural Health Networks)\n\nbetween\n\nThe Department of Agriculture\n\n\n"
    "Building 3, Elliptical Road, Diliman, 1100 Quezon City\n(hereinafter referred to as the “First Party”),\n"
    "represented by the Secretary of Agriculture Ramon P. Villanueva III, MD, MSc\n\nand\n\n"
    "The Provincial/City Government of ___(NAME OF LGU)___\n\n\n________(ADDRESS)_______\n"
    "(hereinafter referred to as the “Second Party”),\nrepresented by its Governor/Mayor, Hon. ____(NAME OF LCE)_____.\n\n"
    "COGNIZANT of the policy of the State;\n")


def test_the_representation_below_the_designation_and_the_address_above_it():
    # the address line above the designation is no officer: the representation written below it is the party's
    assert _parties(TEMPLATE_SIDES) == [
        ("The Department of Agriculture", "Ramon P. Villanueva Iii, MD, MSc", "Secretary of Agriculture"),
        (None, None, "Governor/Mayor")]


def test_a_separator_line_cuts_off_an_earlier_undesignated_party():
    text = ("MEMORANDUM OF AGREEMENT\n\nThis Memorandum of Agreement is entered into this ___ day of ______ 2019, "
            "in ________ by and between:\n\nSAN ROQUE GENERAL HOSPITAL ,\n\n\na___________________________\n-and-\n\n"
            "The LOCAL GOVERNMENT OF MARIKINA, a political entity, with principal office at Shoe Avenue,\n"
            "Marikina, duly represented by HON. JOSE M. REYES, in his capacity as its City Mayor, herein referred as "
            "the\n“THIRD PARTY”.\n\n-and-\n\nSTA. LUCIA DISTRICT HOSPITAL, a medical entity with address at Bayan "
            "Road,\nMarikina, represented herein by its Director, Dr. ANA LIM, hereinafter referred to as “Hospital”.\n\n"
            "WITNESSETH\n\nWHEREAS, health;\n")
    parties = _parties(text)
    assert parties[0] == ("The LOCAL GOVERNMENT OF MARIKINA", "HON. Jose M. Reyes", "City Mayor")
