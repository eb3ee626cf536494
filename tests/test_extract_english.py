"""English government-to-government memoranda, agreements, letters of intent and exchanges of letters (extractor
1.11.32): headings with FOR / IN THE FIELD OF / AMONG / BY AND BETWEEN, parties named only in a preamble or a letter,
closings and signature blocks naming the body. Every text here is written for these tests."""
from __future__ import annotations

import pytest

from tests.extract_texts import schema_of

_PREAMBLE = ("DESIRING to strengthen the friendly relations between the two countries;\n"
             "Have agreed as follows:\n\nArticle 1\nObjective\nThe Parties shall promote cooperation.\n\n")
_CLOSING = ("IN WITNESS WHEREOF, the undersigned, being duly authorised by their respective Governments, have signed "
            "this Memorandum of Understanding.\n\nDONE at Jakarta on 14 March 2019 in duplicate in the Indonesian and "
            "English languages, all texts being equally authentic.\n\n")
_BLOCKS = ("FOR THE GOVERNMENT OF THE\nREPUBLIC OF INDONESIA\n\nsigned\n\nRATNA WIDJAJANTI\nMinister of Foreign Affairs\n\n"
           "FOR THE GOVERNMENT OF\nTHE REPUBLIC OF OSTRALIND\n\nsigned\n\nHENRIK VALDEMAR\nMinister of Foreign Affairs\n")
_GOVERNMENTS = "THE GOVERNMENT OF THE REPUBLIC OF INDONESIA\nAND\nTHE GOVERNMENT OF THE REPUBLIC OF OSTRALIND\n"


def _parties(facts: dict) -> list[tuple]:
    return [(p["institution"], p["signatory"], p["position"]) for p in facts["parties"]]


@pytest.mark.parametrize("label, title", [
    ("FOR\nTHE COASTAL FISHERIES PROJECT", "The Coastal Fisheries Project"),
    ("FOR COOPERATION ON RENEWABLE ENERGY AND\nENERGY EFFICIENCY", "Cooperation on Renewable Energy and Energy Efficiency"),
    ("FOR CLIMATE, WEATHER\nAND GEOPHYSICAL SERVICES", "Climate, Weather and Geophysical Services"),
    ("IN THE FIELD OF HEALTH", "Health"),
])
def test_a_subject_after_for_or_in_the_field_of_below_the_parties(label, title):
    text = (f"MEMORANDUM OF UNDERSTANDING\nBETWEEN\n{_GOVERNMENTS}{label}\n\nThe Government of the Republic of "
            "Indonesia and the Government of the Republic of Ostralind, hereinafter referred to as \"the Parties\";\n"
            + _PREAMBLE + _CLOSING + _BLOCKS)
    facts = schema_of([text])
    assert facts["title"] == title
    assert _parties(facts) == [
        ("The Government of the Republic of Indonesia", "Ratna Widjajanti", "Minister of Foreign Affairs"),
        ("The Government of the Republic of Ostralind", "Henrik Valdemar", "Minister of Foreign Affairs")]
    assert (facts["sign_date"], facts["sign_place"]) == ("2019-03-14", "Jakarta")


def test_a_name_broken_before_its_own_for_is_no_subject_label():
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE COORDINATING MINISTRY\nFOR MARITIME AFFAIRS OF THE REPUBLIC OF "
            "INDONESIA\nAND\nTHE MINISTRY OF TRADE OF THE REPUBLIC OF OSTRALIND\nON\nPORT DEVELOPMENT\n\n" + _PREAMBLE +
            _CLOSING + "FOR THE COORDINATING MINISTRY\nFOR MARITIME AFFAIRS OF THE REPUBLIC OF INDONESIA\n\nsigned\n\n"
            "BUDI HARSONO\nCoordinating Minister for Maritime Affairs\n\nFOR THE MINISTRY OF TRADE\nOF THE REPUBLIC OF "
            "OSTRALIND\n\nsigned\n\nMARIT SOLBERG\nMinister of Trade\n")
    facts = schema_of([text])
    assert facts["title"] == "Port Development"
    assert _parties(facts) == [
        ("The Coordinating Ministry for Maritime Affairs of the Republic of Indonesia", "Budi Harsono",
         "Coordinating Minister for Maritime Affairs"),
        ("The Ministry of Trade of the Republic of Ostralind", "Marit Solberg", "Minister of Trade")]


def test_a_state_government_beside_its_country_is_a_party_in_a_title_case_heading():
    text = ("Memorandum of Understanding\nbetween\nThe Provincial Government of Central Sulawesi, Republic of "
            "Indonesia\nand\nThe State Government of Northern Tarra, Australia\nRelating to Sister Province Cooperation"
            "\n\nThis Memorandum of Understanding is made at Palu on 2 May 2018 between the two governments.\n\n"
            + _PREAMBLE)
    facts = schema_of([text])
    assert [p["institution"] for p in facts["parties"]] == [
        "The Provincial Government of Central Sulawesi, Republic of Indonesia",
        "The State Government of Northern Tarra, Australia"]
    assert facts["title"] == "Sister Province Cooperation"


def test_a_title_case_heading_without_subject_ends_where_the_preamble_begins():
    text = ("Implementing Arrangement\nbetween\nMinistry of Health, Republic of Indonesia\nand\nThe Ministry of Health "
            "of the Republic of Ostralind\n\nThis Implementing Arrangement is made at Bandung on the ....... day of "
            "............ 20.... between the Ministry of Health, Republic of Indonesia and the Ministry of Health of "
            "the Republic of Ostralind, hereinafter referred to as \"the Participants\".\n\n" + _PREAMBLE)
    facts = schema_of([text])
    assert [p["institution"] for p in facts["parties"]] == [
        "Ministry of Health, Republic of Indonesia", "The Ministry of Health of the Republic of Ostralind"]
    assert facts["sign_date"] is None


def test_a_memorandum_whose_heading_was_lost_names_its_parties_and_subject_in_its_first_paragraph():
    text = ("GENERAL\nAUTHORITIES\n\n1. THIS MEMORANDUM expresses the understandings of the Government of the Republic "
            "of Indo-nesia and the Government of Ostralind con-cerning the Highland Seed Project (hereinafter referred "
            "to as the Project) located in Sulawesi.\n2. The Executing Authorities will be named by each Government.\n"
            "3. The Project will serve the farmers of Central Sulawesi, Indonesia.\n")
    facts = schema_of([text])
    assert facts["doc_type"] == "MOU"
    assert [p["institution"] for p in facts["parties"]] == [
        "Government of the Republic of Indonesia", "Government of Ostralind"]
    assert facts["title"] == "the Highland Seed Project"
    assert facts["evidence"]["parties"]["confidence"] <= 0.7 and facts["evidence"]["title"]["confidence"] <= 0.6


@pytest.mark.parametrize("preamble", [
    "The Ministry of Agriculture of the Republic of Indonesia and the Ministry of Rural Affairs of the Kingdom of "
    "Ostralind, hereinafter referred to as \"the Parties\";",
    "The Ministry of Agriculture of the Republic of Indonesia (\"Indonesia\") and the Ministry of Rural Affairs of the "
    "Kingdom of Ostralind (\"Ostralind\"), hereinafter jointly referred to as the \"Participants\";",
])
def test_a_heading_naming_nobody_leaves_the_parties_to_the_preamble(preamble):
    text = "MEMORANDUM OF UNDERSTANDING\nON\nAGRICULTURAL RESEARCH\n\n" + preamble + "\n" + _PREAMBLE
    facts = schema_of([text])
    assert [p["institution"] for p in facts["parties"]] == [
        "The Ministry of Agriculture of the Republic of Indonesia", "Ministry of Rural Affairs of the Kingdom of Ostralind"]
    assert facts["title"] == "Agricultural Research"


@pytest.mark.parametrize("first", [
    "Ministry of Health, Republic of Indonesia",
    "The Meteorology, Climatology and Geophysical Agency of the Republic of Indonesia",
    "The Ministry of Education, Culture, Research, and Technology of the Republic of Indonesia",
])
def test_a_body_named_with_commas_is_no_name_and_office(first):
    text = (f"MEMORANDUM OF UNDERSTANDING\nON\nCLIMATE SERVICES\n\n{first}, hereinafter referred to as \"the First "
            "Party\", and the Government of Ostralind, hereinafter referred to as \"the Second Party\";\n" + _PREAMBLE)
    facts = schema_of([text])
    assert [(p["institution"], p["signatory"]) for p in facts["parties"]][0] == (first, None)


_LETTER = ("Jakarta, 22nd May 2017\n\nExcellency,\n\nI have the honour to refer to the Memorandum of Understanding "
           "between {first} and {second} on Cooperation in Tourism, signed at Denpasar on 3 June 2012 (hereinafter "
           "referred to as \"the Memorandum\"), and to propose that Article 4 of the Memorandum be amended to read as "
           "follows:\n\n\"Article 4\nThe Parties shall meet once a year.\"\n\nIf the foregoing proposal is acceptable, "
           "this Letter and Your Excellency's Letter in reply shall constitute an agreement between the two "
           "Governments, which shall enter into force on the date of Your Excellency's reply.\n\nPlease accept, "
           "Excellency, the assurances of my highest consideration.\n\nRATNA WIDJAJANTI\n")


@pytest.mark.parametrize("first, second", [
    ("the Government of the Republic of Indonesia", "the Government of the Kingdom of Ostralind"),
    ("the Government of the Kingdom of Ostralind", "the Government of the Republic of Indonesia"),
])
def test_a_letter_of_an_exchange_amending_a_memorandum_is_an_addendum_between_the_governments_it_names(first, second):
    facts = schema_of([_LETTER.format(first=first, second=second)])
    assert facts["doc_type"] == "ADDENDUM"
    assert [p["institution"] for p in facts["parties"]] == [first[4:], second[4:]]
    assert (facts["sign_date"], facts["sign_place"]) == ("2017-05-22", "Jakarta")
    assert facts["effective_date"] is None and facts["title"] is None


def test_a_memorandum_quoting_a_letter_below_its_heading_stays_a_memorandum():
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\n" + _GOVERNMENTS + "ON\nFORESTRY\n\nThe Government of the Republic of "
            "Indonesia and the Government of the Republic of Ostralind, hereinafter referred to as \"the Parties\";\n"
            "RECALLING the note in which the Ambassador wrote: \"I have the honour to propose that the Agreement of 2001 "
            "be amended\";\n" + _PREAMBLE)
    assert schema_of([text])["doc_type"] == "MOU"


_TERMED = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\n" + _GOVERNMENTS + "ON\nFORESTRY\n\nThe Government of the Republic of "
           "Indonesia and the Government of the Republic of Ostralind, hereinafter referred to as \"the Parties\";\n"
           + _PREAMBLE + "Article 9\nFinal Provisions\n{term}\n\n" + _CLOSING + _BLOCKS)


@pytest.mark.parametrize("term, effective, duration, end", [
    ("This Memorandum of Understanding shall enter into force on the date of receipt of the last written notification "
     "by which the Parties inform each other of the completion of their internal procedures. It shall remain valid for "
     "a period of five (5) years.", None, "P5Y", None),
    ("This Memorandum of Understanding shall come into effect on the date of its signature.", "2019-03-14", None, None),
])
def test_a_term_starting_on_another_event_takes_no_start_from_the_signing(term, effective, duration, end):
    facts = schema_of([_TERMED.format(term=term)])
    assert (facts["effective_date"], facts["duration"], facts["end_date"]) == (effective, duration, end)


@pytest.mark.parametrize("blocks, rows", [
    # a draft: the names left blank under the stated offices
    ("For and on behalf of\nthe Government of the Republic of Indonesia,\n\n\n______________________\n"
     "Minister of Foreign Affairs\n\nFor and on behalf of\nthe Government of the Republic of Ostralind,\n\n\n"
     "______________________\nMinister of Foreign Affairs\n",
     [(None, "Minister of Foreign Affairs"), (None, "Minister of Foreign Affairs")]),
    # side by side, an office wrapped in one column alone; the foreign government's block on the left
    ("FOR THE GOVERNMENT OF                           FOR THE GOVERNMENT OF THE\n"
     "THE REPUBLIC OF OSTRALIND                       REPUBLIC OF INDONESIA\n\n"
     "signed                                          signed\n\n"
     "Henrik Valdemar                                 Ratna Widjajanti\n"
     "Minister of Foreign Affairs                     Ambassador Extraordinary and\n"
     "                                                Plenipotentiary of the Republic of Indonesia\n",
     [("Ratna Widjajanti", "Ambassador Extraordinary and Plenipotentiary of the Republic of Indonesia"),
      ("Henrik Valdemar", "Minister of Foreign Affairs")]),
    # rows of labels under each body
    ("For and on behalf of\nTHE GOVERNMENT OF THE REPUBLIC OF INDONESIA\n\nSignature : ______________\n"
     "Name      : Ratna Widjajanti\nTitle     : Minister of Foreign Affairs\nDate      :\n\n"
     "For and on behalf of\nTHE GOVERNMENT OF THE REPUBLIC OF OSTRALIND\n\nSignature : ______________\n"
     "Name      : Henrik Valdemar\nTitle     : Minister of Foreign Affairs\nDate      :\n",
     [("Ratna Widjajanti", "Minister of Foreign Affairs"), ("Henrik Valdemar", "Minister of Foreign Affairs")]),
])
def test_english_signature_blocks(blocks, rows):
    facts = schema_of(["MEMORANDUM OF UNDERSTANDING\nBETWEEN\n" + _GOVERNMENTS + "ON\nFORESTRY\n\n" + _PREAMBLE +
                       _CLOSING + blocks])
    assert [(p["signatory"], p["position"]) for p in facts["parties"]] == rows


@pytest.mark.parametrize("heading, title, names", [
    ("MEMORANDUM OF AGREEMENT\nBY AND BETWEEN\nUNIVERSITAS TANJUNG RAYA\nAND\nUNIVERSITY OF OSTRALIND\nON\n"
     "STUDENT EXCHANGE", "Student Exchange", ["Universitas Tanjung Raya", "University of Ostralind"]),
    ("MEMORANDUM OF AGREEMENT\nB E T W E E N\nUNIVERSITAS TANJUNG RAYA\nA N D\nUNIVERSITI TEKNOLOGI HALVARD\nON\n"
     "STUDENT EXCHANGE", "Student Exchange", ["Universitas Tanjung Raya", "Universiti Teknologi Halvard"]),
    ("MEMORANDUM OF AGREEMENT BETWEEN UNIVERSITAS TANJUNG RAYA AND HALVARD NATIONAL UNIVERSITY ON\nSTUDENT EXCHANGE",
     "Student Exchange", ["Universitas Tanjung Raya", "Halvard National University"]),
    ("MEMORANDUM OF UNDERSTANDING ON STUDENT\nEXCHANGE\nBETWEEN\nUNIVERSITAS TANJUNG RAYA\nAND\nUNIVERSITY OF "
     "OSTRALIND", "Student Exchange", ["Universitas Tanjung Raya", "University of Ostralind"]),
])
def test_university_headings(heading, title, names):
    text = (heading + "\n\nThis Memorandum of Agreement is made on the fifth day of June in the year two thousand and "
            "twenty between:\n\nUNIVERSITAS TANJUNG RAYA, a state university, having its address at Jalan Kampus 1, "
            "Tanjung Raya (hereinafter referred to as \"UTR\");\n\nand\n\n" + names[1].upper() + ", having its "
            "principal office at 4 College Road, Halvard (hereinafter referred to as \"UO\").\n\n"
            "NOW, THEREFORE, the Parties agree as follows:\n\nArticle 1\nThe Parties shall exchange students.\n\n"
            "Signed at Tanjung Raya in two originals in the English language.\n\n"
            f"For and on behalf of\n{names[0].upper()}\n\n\nDr. Wahyu Santoso\nRector\n\n"
            f"For and on behalf of\n{names[1].upper()}\n\n\nProf. Karin Lund\nVice-Chancellor\n")
    facts = schema_of([text])
    assert facts["title"] == title
    assert [p["institution"].lower() for p in facts["parties"]] == [name.lower() for name in names]
    assert [p["signatory"] for p in facts["parties"]] == ["Dr. Wahyu Santoso", "Prof. Karin Lund"]
    assert facts["sign_place"] == "Tanjung Raya" and facts["sign_date"] == "2020-06-05"


def test_three_governments_among_each_on_its_line():
    text = ("MEMORANDUM OF UNDERSTANDING\nAMONG\nTHE GOVERNMENT OF THE REPUBLIC OF INDONESIA\nTHE GOVERNMENT OF THE "
            "REPUBLIC OF OSTRALIND AND\nTHE GOVERNMENT OF THE KINGDOM OF HALVARD\nON\nMARITIME SAFETY\n\n"
            "The three Governments, hereinafter referred to as \"the Participants\";\n\nHave reached the following "
            "understanding:\n\nParagraph 1\nThe Participants will cooperate.\n")
    facts = schema_of([text])
    assert [p["institution"] for p in facts["parties"]] == [
        "The Government of the Republic of Indonesia", "The Government of the Republic of Ostralind",
        "The Government of the Kingdom of Halvard"]
    assert facts["title"] == "Maritime Safety"


@pytest.mark.parametrize("closing", [
    "IN WITNESS WHEREOF, the undersigned have signed this document at Kupang on the 9th day of August 2016.",
    "DONE at Kupang on this ninth day of August, two thousand and sixteen in duplicate in the English language.",
])
def test_the_closing_line_gives_the_date_and_the_place(closing):
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\n" + _GOVERNMENTS + "ON\nFORESTRY\n\n1. This Memorandum expresses the "
            "understandings of the two Governments on forestry.\n2. Each Government names its agency.\n\n" + closing
            + "\n\n" + _BLOCKS)
    facts = schema_of([text])
    assert (facts["sign_date"], facts["sign_place"]) == ("2016-08-09", "Kupang")
