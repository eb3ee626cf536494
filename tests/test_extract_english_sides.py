"""English agreements' sides and headings (the released sealed14 set's forms and earlier reviewers' leftovers), on
invented texts: an undesignated list of represented bodies, plural kinds and "AND" in a heading, blank templates,
offices before their holders, subjects after FOR or above the opening."""
import textwrap

import pytest

from ingest.extract.extractor import extract_agreement
from ingest.extract.heads import split_head


def _facts(text: str):
    return extract_agreement([text])


def _parties(text: str) -> list[tuple]:
    return [(party.role, party.institution, party.signatory, party.position) for party in _facts(text).parties]


_RECITALS = ("\n\nWITNESSETH\n\nNOTING the results of the Second Joint Meeting held in Cebu on June 4, 2000,\n\n"
             "Now therefore, in consideration of the premises and the mutual covenants hereinafter set forth, the "
             "parties agree as follows:\n\nARTICLE I\nOBJECTIVE\n\nThe Parties shall prepare the plan.\n")


_LISTED = ("MEMORANDUM OF AGREEMENT\n\nKNOW ALL MEN BY THESE PRESENTS:\n\n"
           "This agreement made and entered into this 5th day of May 2001 in Tagum, Davao, Philippines, by and "
           "between:\n\n"
           "The DEPARTMENT OF RURAL WORKS, represented herein, by the Secretary of Rural Works, Honorable Ana "
           "Villareal;\n\n"
           "The KINGDOM OF NORLAND, represented herein by the Minister of State for Overseas Aid, H.E. Olaf "
           "Brandt;\n\n"
           "The Council for the Care, Repair and Upkeep of the Old Town, represented herein by its Chairperson, the "
           "Hon. Secretary Ana Villareal;\n\n"
           "The Province of Davao Norte, represented herein by its Governor, the Hon. Ramon Lim;\n\n"
           "AND\n\n"
           "The Casa Verde Foundation, represented herein by its President, Mr. Pablo T. Ocampo;\n\n"
           "all collectively referred to as, the \"Parties\";" + _RECITALS)


def test_an_undesignated_list_of_represented_bodies_each_a_party_in_order():
    text = _LISTED
    facts = _facts(text)
    assert [(p.role, p.institution, p.signatory, p.position) for p in facts.parties] == [
        ("PIHAK PERTAMA", "The DEPARTMENT OF RURAL WORKS", "Honorable Ana Villareal", "Secretary of Rural Works"),
        ("PIHAK KEDUA", "The KINGDOM OF NORLAND", "H.E. Olaf Brandt", "Minister of State for Overseas Aid"),
        ("PIHAK KETIGA", "The Council for the Care, Repair and Upkeep of the Old Town", "Hon. Secretary Ana Villareal",
         "Chairperson"),
        ("PIHAK KEEMPAT", "The Province of Davao Norte", "Hon. Ramon Lim", "Governor"),
        ("PIHAK KELIMA", "The Casa Verde Foundation", "Mr. Pablo T. Ocampo", "President")]
    assert facts.evidence["parties"].confidence < 0.9  # roles by order only
    # the opening's place, not the meeting's the recitals tell of (nor one past "hereinafter set forth")
    assert (facts.sign_date, facts.sign_place) == ("2001-05-05", "Tagum")


def test_a_list_paragraph_of_another_form_gives_no_list():
    text = ("MEMORANDUM OF AGREEMENT\n\nThis agreement made and entered into by and between:\n\n"
            "The Province of Davao Norte, represented herein by its Governor, the Hon. Ramon Lim;\n\n"
            "The Casa Verde Foundation, whose trustees have approved this agreement on 3 May 2001;\n\n"
            "WITNESSETH\n\nWHEREAS the parties wish to cooperate;\n")
    assert _parties(text) == []


def test_an_office_with_its_portfolio_or_its_body_before_a_blank_holder():
    assert split_head("the Minister of State for Overseas Aid, H.E. Olaf Brandt") == (
        "H.E. Olaf Brandt", "Minister of State for Overseas Aid")
    assert split_head("the Head of the Procuring Entity, _________") == (None, "Head of the Procuring Entity")


def test_a_template_whose_office_heads_a_procedure_s_entity_names_no_body():
    text = ("MEMORANDUM OF AGREEMENT\n\nThis Memorandum of Agreement is entered into this\n\n\n__________, by and "
            "between:\n\nThe MUNICIPALITY OF ______, a local government unit existing under the laws of the\nRepublic, "
            "with office address at ________, represented by the\nHead of the Implementing Agency, _______, "
            "hereinafter referred to as the \u201cFIRST\nPARTY;\u201d\n\n-and-\n\n"
            "The __________, a government corporation duly organized under the laws of the Republic, with office "
            "address at _________, represented by its Regional Manager, __________.\nand hereinafter referred to as "
            "the \u201cSECOND PARTY;\u201d\n\nBoth are hereinafter collectively referred to as the \u201dPARTIES\u201d."
            "\n\nWITNESSETH THAT:\n\nWHEREAS, the parties wish to survey the land;\n")
    assert [(role, body, signatory, position) for role, body, signatory, position in _parties(text)] == [
        ("FIRST PARTY", None, None, "Head of the Implementing Agency"),
        ("SECOND PARTY", None, None, "Regional Manager")]


_MUNICIPALITY = ("The Municipal Government of ___________, a local government unit established and\n\n\n"
                 "existing under the laws of the Republic, with office address at\n__________, represented herein "
                 "by Mayor, HON. ____________, hereinafter\nreferred to as \u201cLGU\u201d of ___________;\n\n")


_INTER_AGENCY = ("TEMPLATE\n\nMEMORANDUM OF AGREEMENT FOR INTER-AGENCY COOPERATION\n\n\n(Key Result Area 3: Water "
                 "Systems)\n\nKNOW ALL MEN BY THESE PRESENTS:\n\n"
                 "The Provincial Government of ______________, a local government unit established and\n\n\n"
                 "existing under the laws of the Republic, with office address at\n______________, represented "
                 "herein by Governor, HON. ______________________,\nProvincial Governor, and hereinafter referred "
                 "to as the "
                 "\u201cProvince\u201d;\n\n-AND-\n\n" + _MUNICIPALITY + _MUNICIPALITY +
                 "Witnesseth that:\n\nWHEREAS, the province shall organise a water system;\n")


def test_a_template_among_local_governments_its_holders_left_blank_after_an_honorific():
    text = _INTER_AGENCY
    facts = _facts(text)
    assert [(p.role, p.institution, p.signatory, p.position) for p in facts.parties] == [
        ("PIHAK PERTAMA", None, None, "Governor"), ("PIHAK KEDUA", None, None, "Mayor"),
        ("PIHAK KETIGA", None, None, "Mayor")]
    assert facts.title == "Inter-Agency Cooperation"
    assert split_head("Mayor, HON. _______________") == (None, "Mayor")


_FIRM_AND_VILLAGE = ("Rollout of the\nElectronic Village Records System (e-VRS)\nIn the Eastern Region\n\n\n"
                     "This Memorandum of Agreement is entered into by:\n\n"
                     "This Datawise Systems, with principal office address at #12 Mabini Street, Lucena City, Quezon, "
                     "represented herein by, ROSALIE M. CRUZ, herein referred to as the First Party;\n\n\n"
                     "Barangay Malinis, with principal office address at Tayabas, Quezon represented "
                     "herein\nby its Punong "
                     "Barangay ERNESTO B. VILLA, herein referred to as the Second Party.\n\n\n"
                     "WHEREAS, the village shall report its accomplishments each year;\n")


def test_a_memorandum_entered_into_by_a_firm_and_a_village_herein_referred_to_as():
    text = _FIRM_AND_VILLAGE
    facts = _facts(text)
    assert [(p.institution, p.signatory, p.position) for p in facts.parties] == [
        ("This Datawise Systems", "Rosalie M. Cruz", None), ("Barangay Malinis", "Ernesto B. Villa", "Punong Barangay")]
    assert facts.title == "Rollout of the Electronic Village Records System (e-VRS) In the Eastern Region"


_THROUGH = ("MEMORANDUM OF AGREEMENT\n\nKNOW ALL MEN BY THESE PRESENTS:\n\nThis Agreement is entered into by and "
            "between:\n\nThe Provincial Government of Norte Vista, through the Provincial Governor Hon. Juan P. Dela "
            "Cruz, hereinafter referred to as the \"PROVINCE\";\n\n-and-\n\nThe Barangay of San Isidro, represented by "
            "the Punong Barangay, Barangay Captain, hereinafter referred to as the \"BARANGAY\".\n\nWITNESSETH:\n\n"
            "WHEREAS the parties agree;\n")


def test_the_officer_a_body_acts_through_and_an_office_restated_instead_of_a_holder():
    text = _THROUGH
    assert [(p.institution, p.signatory, p.position) for p in _facts(text).parties] == [
        ("The Provincial Government of Norte Vista", "Hon. Juan P. Dela Cruz", "Provincial Governor"),
        ("The Barangay of San Isidro", None, "Punong Barangay")]


def test_a_body_created_through_a_law_still_reads_its_representative():
    text = ("MEMORANDUM OF AGREEMENT\n\nKNOW ALL MEN BY THESE PRESENTS:\n\nThis Agreement is entered into by and "
            "between:\n\nThe Municipality of Luna, a local government unit created through the Local Government "
            "Code, represented by its Mayor, Hon. Jose Reyes, hereinafter referred to as the \"MUNICIPALITY\";\n\n"
            "-and-\n\nNorte Vista State College, through its President, Dr. Ana Reyes, hereinafter referred to as the "
            "\"COLLEGE\".\n\nWITNESSETH:\n\nWHEREAS the parties agree;\n")
    assert [(p.institution, p.signatory, p.position) for p in _facts(text).parties] == [
        ("The Municipality of Luna", "Hon. Jose Reyes", "Mayor"), ("Norte Vista State College", "Dr. Ana Reyes",
                                                                   "President")]


def test_a_regional_head_named_after_the_place_of_his_office_without_a_comma():
    assert split_head("the Regent of Tirtamaya Drs. Budi Santoso, M.Si.") == ("Drs. Budi Santoso, M.Si.",
                                                                           "Regent of Tirtamaya")
    assert split_head("the Governor of Norte ANA L. REYES") == ("Ana L. Reyes", "Governor of Norte")
    assert split_head("its Punong Barangay ERNESTO B. VILLA") == ("Ernesto B. Villa", "Punong Barangay")


_RUN_ON = ("MEMORANDUM OF UNDERSTANDING between NORTHFIELD TECHNICAL COLLEGE and CITY OF GRANTVILLE for Joint Field "
           "Studies through the Civic Learning and Service (CLS) Initiative This Memorandum of Understanding for "
           "joint field studies (\"MOU\") is by and between the City of Grantville (\"City\") and Northfield "
           "Technical College (\"NTC\"); each referred to as a \"Party\". WHEREAS the City and NTC wish to "
           "cooperate; NOW THEREFORE THE PARTIES AGREE AS FOLLOWS: 1. Term. This MOU will commence on the date last "
           "signed, and will terminate on June 30, 2024. The term may be extended by written agreement. 2. Projects.")


def test_a_heading_run_into_the_opening_parties_in_capitals_and_the_subject_after_a_lower_case_for():
    text = _RUN_ON
    facts = _facts(text)
    assert [(p.role, p.institution) for p in facts.parties] == [("PIHAK PERTAMA", "Northfield Technical College"),
                                                               ("PIHAK KEDUA", "City of Grantville")]
    assert facts.title == "Joint Field Studies through the Civic Learning and Service (CLS) Initiative"
    assert (facts.effective_date, facts.end_date) == (None, "2024-06-30")


_PLURAL = ("  MEMORANDUM OF AGREEMENT\n\n(Twin Towns Agreement) BETWEEN\n\nTHE CITIES OF SANTA LUCIA AND MARIVELES  "
           "WHEREAS, the people of the City of Santa Lucia and the City of Mariveles\n\nthrough their Mayors, wish "
           "to promote friendship and trade;  WHEREAS, both cities agree to exchange visits:\n\nI. OFFICIAL VISITS\n\n"
           "Both Mayors shall authorise visits in alternate years.")


def test_a_heading_s_plural_kind_names_each_body_and_the_recitals_run_in_after_them():
    text = _PLURAL
    assert [(p.role, p.institution) for p in _facts(text).parties] == [("PIHAK PERTAMA", "City of Santa Lucia"),
                                                                       ("PIHAK KEDUA", "City of Mariveles")]


_COUNTY_AND_TOWN = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nLAKE COUNTY AND THE TOWN OF MILLBROOK\n\n\n"
                    "Funding for Shared Library Services\nSpecial Outreach Grant\n\n\n"
                    "WHEREAS, state law authorizes counties to enter into agreements with towns; and\n\n"
                    "WHEREAS, the Town of Millbrook (\"Town\") wishes to provide services to Lake County "
                    "(\"County\").\n\n"
                    "NOW THEREFORE, the County and Town agree as follows:\n\n1. County authorizes the Town to request "
                    "funding.\n")


def test_a_county_and_the_town_of_a_place_in_one_heading_line_and_the_subject_below_them():
    text = _COUNTY_AND_TOWN
    facts = _facts(text)
    assert [(p.role, p.institution) for p in facts.parties] == [("PIHAK PERTAMA", "Lake County"),
                                                               ("PIHAK KEDUA", "The Town of Millbrook")]
    assert facts.title == "Funding for Shared Library Services Special Outreach Grant"


_BLANK_COMPANY = ("SAMPLE MEMORANDUM OF AGREEMENT\n\nMOA\n\nPage 2\n\n2010\n\n"
                  "This Agreement is made and entered into by ______County, Arkansas and ______, Inc. to apply for a "
                  "Rural Water Grant. Hereinafter, the County shall be referred to as \u201cRecipient,\u201d "
                  "and ______, "
                  "Inc. hereinafter referred to as \u201cCompany.\u201d The Agreement is as follows:\n\n"
                  "WHEREAS, the Recipient desires the Company to locate in ______County;\n\n"
                  "NOW, THEREFORE, the Recipient and the Company agree as follows:\n\n1. The Recipient shall apply.\n")


def test_a_sample_agreement_whose_second_party_is_a_blank_company():
    text = _BLANK_COMPANY
    assert _parties(text) == [("PIHAK PERTAMA", None, None, None), ("PIHAK KEDUA", None, None, None)]


def test_a_collective_designation_names_no_party_of_its_own():
    text = ("MEMORANDUM OF AGREEMENT\n\nThis Memorandum of Agreement is made and entered into by and between:\n\n"
            "The CITY OF SAN ROQUE, represented by its Mayor, Hon. Ana Cruz, hereinafter referred to as the \"CITY\";"
            "\n\n-and-\n\nThe SAN ROQUE WATER DISTRICT, represented by its General Manager, Engr. Jose Lim, "
            "hereinafter "
            "referred to as the \"DISTRICT\";\n\nand the SAN ROQUE COLLEGE, represented by its President, Dr. Lea Tan, "
            "hereinafter referred to as the \"COLLEGE\",\n\nhereinafter collectively referred to as the \"PARTNERS\"."
            "\n\nWITNESSETH:\n\nWHEREAS the parties agree;\n")
    assert [role for role, _, _, _ in _parties(text)] == ["PIHAK PERTAMA", "PIHAK KEDUA", "PIHAK KETIGA"]


def test_a_town_after_a_body_s_name_and_a_dashed_and_between_two_bodies_on_one_line():
    text = ("MEMORANDUM OF UNDERSTANDING\n\nThis Memorandum of Understanding is entered into between the Institute "
            "of Rural Studies, The Hague, hereinafter referred to as \"IRS\", and Nusantara Mining Co. Ltd, "
            "hereinafter referred to as \"NMC\".\n\nWHEREAS the parties agree;\n")
    assert [(p[1], p[2], p[3]) for p in _parties(text)] == [("Institute of Rural Studies, The Hague", None, None),
                                                           ("Nusantara Mining Co. Ltd", None, None)]
    heading = ("MEMORANDUM OF AGREEMENT\nBETWEEN\nTHE CITY OF SAN ROQUE -and- THE SAN ROQUE WATER DISTRICT\n\n"
               "KNOW ALL MEN BY THESE PRESENTS:\n\nThis Agreement is made by the parties.\n")
    facts = _facts(heading)
    assert [p.institution for p in facts.parties] == ["The City of San Roque", "The San Roque Water District"]
    assert facts.title is None
    inline = ("MEMORANDUM OF AGREEMENT\n\nThis Memorandum of Agreement is made and entered into by and between the "
              "CITY OF SAN ROQUE, represented by its Mayor, Hon. Ana Cruz -and- the SAN ROQUE WATER DISTRICT, "
              "represented by its General Manager, Engr. Jose Lim.\n\nWITNESSETH:\n\nWHEREAS the parties agree;\n")
    assert [(p[1], p[2], p[3]) for p in _parties(inline)] == [
        ("the CITY OF SAN ROQUE", "Hon. Ana Cruz", "Mayor"),
        ("the SAN ROQUE WATER DISTRICT", "Engr. Jose Lim", "General Manager")]


def test_a_company_s_abbreviated_form_ends_no_listed_side():
    text = ("SERVICE AGREEMENT\n\nThis Agreement is entered into between Alder County, hereinafter referred to as "
            "\"County\", and Pine Trading Co. Ltd, hereinafter referred to as \"Company\".\n\nWHEREAS the parties "
            "agree;\n")
    assert [(p[0], p[1], p[2]) for p in _parties(text)] == [("PIHAK PERTAMA", "Alder County", None),
                                                           ("PIHAK KEDUA", "Pine Trading Co. Ltd", None)]


def test_a_contract_serial_after_the_kind_is_no_subject():
    text = ("INTERLOCAL AGREEMENT Contract # C2019-44 between Alder County and the City of Pine Falls WHEREAS the "
            "parties agree to share a library;\n")
    facts = _facts(text)
    assert (facts.numbers, facts.title) == (["C2019-44"], None)


def test_a_letterhead_a_state_or_a_party_is_no_subject_above_the_opening_below_the_parties_or_after_for():
    opening = ("This Memorandum of Agreement is entered into by:\n\nThe City of San Isidro, represented herein by its "
               "Mayor, Hon. Ana Cruz, herein referred to as the First Party;\n\nSan Isidro College, represented herein "
               "by its President, Dr. Jose Lim, herein referred to as the Second Party.\n\nWHEREAS the parties "
               "agree;\n")
    assert _facts("City of San Isidro\nOffice of the City Mayor\nPoblacion, San Isidro\n\n\n" + opening).title is None
    heading = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nLAKE COUNTY AND THE TOWN OF MILLBROOK\n\n\n{}\n\n\n"
               "WHEREAS, law allows it.\n")
    assert _facts(heading.format("State of North Carolina")).title is None
    assert _facts(heading.format("County of Lake, North Carolina")).title is None
    kind = ("MEMORANDUM OF AGREEMENT FOR THE {}\n\nKNOW ALL MEN BY THESE PRESENTS:\n\nThe Province of Norte Vista, "
            "represented by its Governor, Hon. Ana Cruz, hereinafter referred to as the \"PROVINCE\";\n\n-and-\n\n"
            "Norte Vista College, represented by its President, Dr. Jose Lim, hereinafter referred to as the "
            "\"COLLEGE\".\n\nWITNESSETH:\n\nWHEREAS the parties agree;\n")
    assert _facts(kind.format("PROVINCE OF NORTE VISTA")).title is None
    assert _facts(kind.format("CONSTRUCTION OF A FARM ROAD")).title == "Construction of a Farm Road"


def _rewrap(text: str, width: int) -> str:
    """Every line longer than `width` broken at its spaces, as bench.eval_real --wrap does."""
    return "\n".join(piece for line in text.split("\n")
                     for piece in (textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
                                   if len(line) > width else [line]) or [""])


def _read(text: str) -> tuple:
    facts = _facts(text)
    return (facts.title, facts.end_date, facts.sign_place,
            [(p.role, p.institution, p.signatory, p.position) for p in facts.parties])


@pytest.mark.parametrize("width", [40, 60, 80])
@pytest.mark.parametrize("text", [_LISTED, _INTER_AGENCY, _FIRM_AND_VILLAGE, _THROUGH, _RUN_ON, _PLURAL,
                                  _COUNTY_AND_TOWN, _BLANK_COMPANY])
def test_the_same_facts_when_a_page_s_width_breaks_the_lines(text, width):
    assert _read(_rewrap(text, width)) == _read(text)
