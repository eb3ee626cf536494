"""Forms of foreign local governments' agreements (issue 18, sealed13 released as a development set): US interlocal
agreements and their addenda, an English councils' collaboration agreement, a memorandum whose subject follows
RELATING TO, a page copied with its HTML line breaks. Every text here is invented for these tests."""
from __future__ import annotations

from ingest.extract.cleanup import clean_pages
from tests.extract_texts import schema_of


def _institutions(facts: dict) -> list:
    return [party["institution"] for party in facts["parties"]]


def test_an_interlocal_cooperative_agreement_is_an_implementing_agreement():
    text = ("INTERLOCAL COOPERATIVE AGREEMENT\nFOR\nROAD MAINTENANCE\nThis Interlocal Cooperative Agreement for Road "
            "Maintenance is entered into between Pinecrest County and the City of Alderbrook.\n")
    assert schema_of([text])["doc_type"] == "PKS"


def test_a_councils_collaboration_agreement_is_an_implementing_agreement():
    text = ("DATED 20__\n\nNORTHFIELD DISTRICT COUNCIL\n\nand\n\nEASTBROOK DISTRICT COUNCIL\n\n"
            "JOINT WASTE COLLABORATION AGREEMENT\n\nContents\n1. Definitions\n2. Duration\n")
    assert schema_of([text])["doc_type"] == "PKS"


def test_an_agreements_name_followed_by_addendum_is_an_addendum():
    text = ("INTERLOCAL AGREEMENT ADDENDUM \"B\"\nTHIS INTERLOCAL AGREEMENT ADDENDUM \"B,\" made and entered into this "
            "day of , 2011, by and between the LAKEVIEW COUNTY BOARD OF EDUCATION and LAKEVIEW COUNTY.\n")
    assert schema_of([text])["doc_type"] == "ADDENDUM"


def test_an_html_line_break_left_in_a_copied_page_is_a_line_break_of_the_same_length():
    page = "STATE OF OREGON <br />HILL COUNTY<br/>\nAGREEMENT"
    cleaned = clean_pages([page]).text
    assert len(cleaned) == len(page)
    assert [line.strip() for line in cleaned.splitlines()] == ["STATE OF OREGON", "HILL COUNTY", "AGREEMENT"]


def test_a_line_break_tag_before_the_pages_own_line_end_adds_no_blank_line():
    text = ("INTERLOCAL COOPERATIVE AGREEMENT\nFOR\nPARK MAINTENANCE\nThis Interlocal Cooperative Agreement for Park "
            "Maintenance is entered into between Pinecrest County, hereinafter referred to as \"County\",\nand the "
            "municipalities of Alderbrook, Fernhill and Oak Bluff, hereinafter referred to as \"Cities and Towns\".\n"
            "This Agreement is based upon the following facts and circumstances:\n")
    for tag in ("<br />\n", "<BR>\r\n"):
        facts = schema_of([text.replace("\n", tag)])
        assert _sides(facts) == [("PIHAK PERTAMA", "Pinecrest County"), ("PIHAK KEDUA", "Alderbrook"),
                                 ("PIHAK KEDUA", "Fernhill"), ("PIHAK KEDUA", "Oak Bluff")]


def test_relating_to_broken_by_the_scan_still_labels_the_subject_and_ends_the_last_party():
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE GOVERNMENT OF THE REPUBLIC OF INDONESIA\nAND\n"
            "THE GOVERNMENT OF VALDORIA\nRELAT I NG TO\nTHE COASTAL FISHERIES PROJECT\n\n"
            "The Government of the Republic of Indonesia and the Government of Valdoria have agreed as follows:\n\n"
            "ARTICLE 1\nDEFINITIONS\n")
    facts = schema_of([text])
    assert facts["title"].upper() == "THE COASTAL FISHERIES PROJECT"
    assert [name.upper() for name in _institutions(facts)] == ["THE GOVERNMENT OF THE REPUBLIC OF INDONESIA",
                                                               "THE GOVERNMENT OF VALDORIA"]


def _sides(facts: dict) -> list:
    return [(party["role"], party["institution"]) for party in facts["parties"]]


def test_an_opening_naming_a_county_and_the_municipalities_it_funds_gives_them_one_shared_role():
    text = ("INTERLOCAL COOPERATIVE AGREEMENT\nFOR\nPARK MAINTENANCE\nThis Interlocal Cooperative Agreement for Park "
            "Maintenance is entered into between Pinecrest County, hereinafter referred to as \"County\", and the "
            "municipalities of Alderbrook, Fernhill and Oak Bluff, hereinafter referred to as \"Cities and Towns\".\n"
            "This Agreement is based upon the following facts and circumstances:\n")
    assert _sides(schema_of([text])) == [("PIHAK PERTAMA", "Pinecrest County"), ("PIHAK KEDUA", "Alderbrook"),
                                         ("PIHAK KEDUA", "Fernhill"), ("PIHAK KEDUA", "Oak Bluff")]


def test_a_bodys_description_after_its_name_is_no_part_of_it():
    text = ("INTERLOCAL AGREEMENT ADDENDUM \"B\"\nTHIS INTERLOCAL AGREEMENT ADDENDUM \"B,\" made and entered into this "
            "day of , 2011 by and between the LAKEVIEW CITY BOARD OF EDUCATION, a body politic of the State of Ohio, "
            "hereinafter called the \"BOARD OF EDUCATION,\" and LAKEVIEW COUNTY, a body politic and corporate of the "
            "State of Ohio, hereinafter called the \"BOARD OF COMMISSIONERS,\" to memorialize an addendum to the "
            "INTERLOCAL AGREEMENT between the parties.\n")
    facts = schema_of([text])
    assert _sides(facts) == [("PIHAK PERTAMA", "LAKEVIEW CITY BOARD OF EDUCATION"), ("PIHAK KEDUA", "LAKEVIEW COUNTY")]
    assert all(party["signatory"] is None for party in facts["parties"])


def test_an_undesignated_list_among_counties_a_city_and_towns_gives_each_body_its_own_role():
    text = ("AMENDMENT TO INTERLOCAL COOPERATIVE AGREEMENT FOR A REGIONAL ANIMAL SHELTER\n"
            "THIS AMENDMENT, agreed to this the day of , 2002, by, between, and among the Counties of Ashe, Bland, "
            "and Cole; the City of Ridgeton; and the Towns of Elm Park and Fairview.\nWITNESSETH:\n"
            "WHEREAS, the governing bodies named above entered into an Interlocal Agreement; and\n")
    assert _sides(schema_of([text])) == [("PIHAK PERTAMA", "Ashe"), ("PIHAK KEDUA", "Bland"), ("PIHAK KETIGA", "Cole"),
                                         ("PIHAK KEEMPAT", "City of Ridgeton"), ("PIHAK KELIMA", "Elm Park"),
                                         ("PIHAK KEENAM", "Fairview")]


def test_a_list_with_a_piece_that_names_no_body_gives_no_parties_from_it():
    from ingest.extract.listed_sides import listed_sides
    text = ("This Agreement is entered into between Pinecrest County, hereinafter referred to as \"County\", and "
            "whoever applies for the grant in the coming year, hereinafter referred to as \"Applicant\".\n")
    assert listed_sides(text) == []


def test_a_deeds_cover_lists_its_parties_one_a_line_with_and_between():
    text = ("REF/001\n\nDATED                                        20__\n\n \n\nNORTHFIELD DISTRICT COUNCIL\n\n \n\nand\n\n"
            "EASTBROOK DISTRICT COUNCIL\n\nand\n\nWESTON TOWN COUNCIL\n\n______________________\n\n"
            "JOINT WASTE COLLABORATION AGREEMENT\n\n______________________\n\nLegal Services\nNorthfield District "
            "Council\nHigh Street\n\nContents\n1. Definitions\n2. Duration\n")
    facts = schema_of([text])
    assert _sides(facts) == [("PIHAK PERTAMA", "NORTHFIELD DISTRICT COUNCIL"), ("PIHAK KEDUA", "EASTBROOK DISTRICT COUNCIL"),
                             ("PIHAK KETIGA", "WESTON TOWN COUNCIL")]
    assert facts["sign_date"] is None


def test_a_cover_list_ending_on_and_names_no_parties():
    from ingest.extract.listed_sides import cover_sides
    text = "DATED 20__\n\nNORTHFIELD DISTRICT COUNCIL\n\nand\n\nThe terms below\n\nWASTE AGREEMENT\n"
    assert cover_sides(text, text.index("WASTE AGREEMENT")) == []


_STAMPED = ("REC#11-042-PW-007 PINECREST COUNTY INTERLOCAL COOPERATIVE AGREEMENT Contract # K20110093 FOR Page 1 of 3 "
            "ROAD SALT This Interlocal Cooperative Agreement for Road Salt Storage is entered into between Pinecrest "
            "County, hereinafter referred to as the \"County\", and the City of Alderbrook, hereinafter referred to as "
            "the \"City\" pursuant to the state's interlocal act. This Agreement is based upon the following facts:")


def test_a_contract_serial_after_a_hash_in_a_flattened_heading_is_the_number():
    assert schema_of([_STAMPED])["numbers"] == ["K20110093"]


def test_the_subject_after_for_in_an_opening_naming_the_agreement_is_the_title():
    facts = schema_of([_STAMPED])
    assert facts["title"] == "Road Salt Storage"
    assert facts["evidence"]["title"]["confidence"] < 0.9


_CHARTER = ("Sister City Agreement between Alderbrook, Oregon, U.S.A. and Villa Norte, Chile The citizens of Alderbrook, "
            "Oregon, U.S.A. and the citizens of Villa Norte, Chile hold each other in high regard and we hereby declare "
            "that both cities shall affiliate as sister cities. We shall endeavor to deepen friendship through exchange "
            "programs. Chartered, subscribed and sworn this {day} day of March, 2004. Mayor Alderbrook, Oregon, U.S.A. "
            "Linda Morrow ACUERDO ENTRE ALDERBROOK Y VILLA NORTE Los ciudadanos de ambas ciudades declaran su amistad.")


def test_a_flattened_title_case_heading_names_the_two_places_and_the_closing_their_mayor():
    facts = schema_of([_CHARTER.format(day="fourteenth")])
    assert [(party["institution"], party["signatory"], party["position"]) for party in facts["parties"]] == [
        ("Alderbrook, Oregon, U.S.A.", "Linda Morrow", "Mayor"), ("Villa Norte, Chile", None, None)]
    assert facts["evidence"]["parties"]["confidence"] < 0.9


def test_a_charter_sworn_this_day_is_dated_so():
    facts = schema_of([_CHARTER.format(day="fourteenth")])
    assert facts["sign_date"] == "2004-03-14"


def test_an_ordinal_day_the_scan_damaged_is_read_as_the_one_ordinal_near_it_weakly():
    facts = schema_of([_CHARTER.format(day="fourteentfy")])
    assert facts["sign_date"] == "2004-03-14"
    assert facts["evidence"]["sign_date"]["confidence"] < 0.75


def test_a_day_word_near_no_ordinal_gives_no_date():
    assert schema_of([_CHARTER.format(day="sometime")])["sign_date"] is None


def test_a_number_word_before_day_of_is_no_damaged_ordinal():
    # "thirty" lies two letters from "third", "twenty" from "tenth": words of their own, no date guessed from them
    for word in ("thirty", "twenty"):
        assert schema_of([_CHARTER.format(day=word)])["sign_date"] is None


_PARTIES_OPENING = ("COOPERATION AGREEMENT\nBETWEEN\nPT ALFA NUSANTARA\nAND\nPT BETA SEJAHTERA\n\n"
                    "This Agreement is made by and between:\n1. PT ALFA NUSANTARA, represented by Budi Santoso, President "
                    "Director, hereinafter referred to as the FIRST PARTY;\n2. PT BETA SEJAHTERA, represented by Siti "
                    "Aminah, Director, hereinafter referred to as the SECOND PARTY.\n\nArticle 1\nSCOPE\n")


def test_an_affidavit_sworn_on_a_date_in_a_clause_dates_no_signing():
    text = _PARTIES_OPENING + ("The FIRST PARTY shall deliver the statutory declaration sworn on 12 March 2019 by its "
                               "director.\n\nIN WITNESS WHEREOF the Parties have signed this Agreement.\n")
    assert schema_of([text])["sign_date"] is None


def test_a_charter_recalled_as_subscribed_and_sworn_dates_no_signing():
    text = ("Sister City Agreement between Alderbrook, Oregon, U.S.A. and Villa Norte, Chile The citizens recall the "
            "first charter, subscribed and sworn this fifth day of May, 1970, by their forebears, and renew it. Mayor "
            "Alderbrook, Oregon, U.S.A. Linda Morrow")
    assert schema_of([text])["sign_date"] is None


def test_a_flattened_headings_second_body_stops_before_the_prose_or_a_subject_line():
    for text in ("Cooperation Agreement between Acme Corporation and Beta Limited This Agreement is made between the "
                 "two companies to promote trade.",
                 "Cooperation Agreement between Alderbrook and Villa Norte Regarding Tourism Promotion The parties "
                 "agree to promote tourism."):
        parties = schema_of([text])["parties"] or []
        assert all("This" not in (party["institution"] or "") and "Regarding" not in (party["institution"] or "")
                   for party in parties)


def test_a_signing_blocks_labels_after_the_mayors_place_are_no_signer():
    text = ("Sister City Agreement between Alderbrook, Oregon, U.S.A. and Villa Norte, Chile The citizens affirm the "
            "affiliation. Mayor Alderbrook, Oregon, U.S.A. Attest City Recorder Mayor Villa Norte, Chile Date Signed Here")
    facts = schema_of([text])
    assert [party["signatory"] for party in facts["parties"]] == [None, None]


def test_an_agreement_a_recital_or_the_opening_cites_lists_no_sides():
    from ingest.extract.listed_sides import listed_sides
    recital = ("AMENDMENT TWO\n\nTHIS AMENDMENT is made this 3rd day of May, 2010.\n\nWHEREAS, a Mutual Aid Agreement "
               "was entered into between Ashe County, hereinafter called \"Ashe\", and the Town of Elm Park, hereinafter "
               "called \"Elm Park\". The parties now wish to amend it.\n")
    witnessed = ("INTERLOCAL AGREEMENT\n\nWITNESSETH: WHEREAS the Counties entered into an agreement by, between, and "
                 "among the Counties of Ashe, Bland and Cole; and the City of Ridgeton.\n")
    assigned = ("INTERLOCAL AGREEMENT\n\nThis Assignment assigns to Gamma Utilities the Agreement entered into between "
                "Pinecrest County, hereinafter referred to as \"County\", and Alderbrook Water District, hereinafter "
                "referred to as \"District\".\n")
    assert listed_sides(recital) == listed_sides(witnessed) == listed_sides(assigned) == []


def test_the_opening_after_a_cited_agreement_in_its_sentence_lists_the_sides():
    from ingest.extract.listed_sides import listed_sides
    text = ("INTERLOCAL AGREEMENT\n\nTHIS AGREEMENT, replacing the agreement previously entered into between Ashe "
            "County and Bland County, is made and entered into this 1st day of July, 2012, by and between Ashe County, "
            "hereinafter referred to as \"Ashe\", and the Town of Elm Park, hereinafter referred to as \"Town\".\n")
    assert [name for _, name, *_ in listed_sides(text)] == ["Ashe County", "Town of Elm Park"]


def test_an_undesignated_piece_joining_two_bodies_gives_no_sides():
    from ingest.extract.listed_sides import listed_sides
    text = ("INTERLOCAL AGREEMENT\n\nThis Agreement is entered into by and between Lane County and the City of "
            "Eugene; and the Lane Council of Governments.\n")
    assert listed_sides(text) == []


def test_a_line_citing_a_cooperative_agreement_above_a_memorandums_heading_types_no_agreement():
    for line in ("Cooperative Agreement No. P14AC00123", "SOUTHEAST COOPERATIVE AGREEMENT PROGRAM"):
        text = (f"{line}\nMEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE CITY OF ALDERBROOK\nAND\nPINECREST COUNTY\n\n"
                "The parties agree as follows.\n")
        assert schema_of([text])["doc_type"] == "MOU"


def test_addenda_listed_with_their_titles_under_an_agreements_name_make_no_addendum():
    text = ("INTERLOCAL AGREEMENT\n\nADDENDUM A: SERVICE AREA MAP\nADDENDUM B: FEE SCHEDULE\n\nThis Interlocal Agreement "
            "is entered into between Pinecrest County, hereinafter referred to as \"County\", and the City of "
            "Alderbrook, hereinafter referred to as \"City\".\n")
    assert schema_of([text])["doc_type"] == "PKS"


def test_a_serial_the_heading_cites_or_a_year_after_a_hash_is_no_number():
    for line in ("INTERLOCAL AGREEMENT SUPERSEDES Contract # C20100045", "COOPERATIVE AGREEMENT Agreement # 2019",
                 "INTERLOCAL AGREEMENT REPLACING PINECREST COUNTY Contract # 12/ABC/2020"):
        text = (f"{line}\n\nThis Agreement is entered into between Pinecrest County, hereinafter referred to as "
                "\"County\", and the City of Alderbrook, hereinafter referred to as \"City\".\n")
        assert schema_of([text])["numbers"] is None


def test_a_template_cover_naming_each_side_by_its_role_names_no_parties():
    from ingest.extract.listed_sides import cover_sides
    text = "DATED ______ 20__\n\nTHE COUNCIL\n\nand\n\nTHE CONTRACTOR\n\nCOLLABORATION AGREEMENT\n\n1. Definitions\n"
    assert cover_sides(text, text.index("COLLABORATION AGREEMENT")) == []


def test_the_subject_after_for_never_runs_into_the_parties_list():
    text = ("This Collaboration Agreement for Joint Research Between Alfa University And Beta Institute is entered "
            "into on 5 May 2021.\n")
    assert "Alfa" not in (schema_of([text])["title"] or "")


def test_an_addendum_numbered_with_its_subject_under_an_agreements_name_is_an_addendum():
    text = "PERJANJIAN KERJA SAMA\nADDENDUM I : PERPANJANGAN JANGKA WAKTU\nANTARA\nPT ALFA\nDAN\nPT BETA\n"
    assert schema_of([text])["doc_type"] == "ADDENDUM"


def test_a_councils_resolution_or_ordinance_approving_such_an_agreement_is_no_agreement():
    for heading in ("RESOLUTION NO. 2015-12\nA RESOLUTION APPROVING AN INTERLOCAL AGREEMENT BETWEEN PINECREST COUNTY AND "
                    "THE CITY OF ALDERBROOK",
                    "ORDINANCE NO. 1234\nAN ORDINANCE AUTHORIZING THE MAYOR TO EXECUTE A COOPERATIVE AGREEMENT WITH "
                    "PINECREST COUNTY",
                    "AGENDA ITEM 7\nAPPROVAL OF COLLABORATION AGREEMENT WITH EASTBROOK DISTRICT COUNCIL"):
        text = f"{heading}\n\nWHEREAS, the County and the City wish to cooperate; and\nBE IT RESOLVED.\n"
        assert schema_of([text])["doc_type"] == "OTHER"
    text = ("MEMORANDUM OF AGREEMENT\n\nThis Memorandum of Agreement, authorized by virtue of Sangguniang Panlungsod "
            "Resolution No. 12, is made and entered into by and between the City and the Association.\n")
    assert schema_of([text])["doc_type"] == "PKS"
