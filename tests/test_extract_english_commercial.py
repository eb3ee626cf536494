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
    # two such blocks: the sentences above them are no bodies (one block alone is too few to be read at all)
    two = (text + "\nSigned by the client below.\nBy: /s/ Ann Lee\nName: Ann Lee\nTitle: Director\n")
    assert not [party.institution for party in extract_agreement([two]).parties
                if party.institution and party.institution.lower().startswith("signed by")]


_BANK = """LOAN NUMBER 4417-ID

LOAN AGREEMENT

(Peatland Water Management Project)

between

REPUBLIC OF INDONESIA

and

INTERNATIONAL BANK FOR RECONSTRUCTION AND DEVELOPMENT

LOAN AGREEMENT

AGREEMENT dated August 21, 2014, between REPUBLIC OF INDONESIA ("Borrower") and INTERNATIONAL BANK FOR
RECONSTRUCTION AND DEVELOPMENT ("Bank"). The Borrower and the Bank hereby agree as follows:

ARTICLE I - GENERAL CONDITIONS; DEFINITIONS

1.01. The General Conditions constitute an integral part of this Agreement.

ARTICLE II - THE LOAN

2.01. The Bank agrees to lend to the Borrower the amount set out in the Schedule.

AGREED at Palembang, Republic of Indonesia, as of the day and year first above written.

REPUBLIC OF INDONESIA

By: /s/ Sri Handayani
Name: Sri Handayani
Title: Minister of Finance

INTERNATIONAL BANK FOR RECONSTRUCTION AND DEVELOPMENT

By: /s/ Mark Fenwick
Name: Mark Fenwick
Title: Country Director
"""


def test_a_development_banks_agreement_dated_paragraph_gives_the_signing_date():
    facts = extract_agreement([_BANK])
    assert facts.sign_date == "2014-08-21"


def test_a_banks_agreed_at_closing_line_gives_the_signing_place():
    assert extract_agreement([_BANK]).sign_place == "Palembang"


def test_an_agreement_dated_in_a_recital_is_not_the_signing_date():
    text = ("SUPPLY CONTRACT\n\nRECITALS\n\nThe parties refer to the Purchase Agreement dated March 2, 1999 between "
            "them.\n\nNothing further is agreed here.\n")
    assert extract_agreement([text]).sign_date is None


def test_a_signers_date_row_is_not_part_of_his_office():
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nUNIVERSITAS PANTAI UTARA\nAND\nNORTHBRIDGE UNIVERSITY\n\n"
            "The Parties have agreed as follows.\n\nArticle 1\nScope\n\nThe Parties shall exchange staff.\n\n"
            "Signed in duplicate in English.\n\nFor Universitas Pantai Utara\n\n\nSurya Darmadi\nRector\n"
            "Date: June 2, 2016\n\nFor Northbridge University\n\n\nEmma Caldwell\nVice-Chancellor\nDate: June 9, 2016\n")
    assert [p.position for p in extract_agreement([text]).parties] == ["Rector", "Vice-Chancellor"]


def test_the_loan_number_on_a_loan_agreements_cover_is_its_own_number():
    assert extract_agreement([_BANK]).numbers == ["4417-ID"]


def test_a_loan_cited_above_a_project_contracts_heading_is_not_its_number():
    text = ("IBRD Loan No. 6120-ID\n\nKONTRAK PELAKSANAAN PEKERJAAN\n\nANTARA\n\nDIREKTORAT JENDERAL SUMBER AIR\n\n"
            "DENGAN\n\nUNIVERSITAS LEMBAH HIJAU\n")
    assert "6120-ID" not in (extract_agreement([text]).numbers or [])


_LETTER = """ASIAN DEVELOPMENT BANK

October 7, 2016

Republic of Indonesia
Ministry of Finance
Jakarta

Dear Sir/Madam:

Re: Loan No. 3055-INO (Small Towns Drainage Project)
Amendment to the Loan Agreement

We refer to the Loan Agreement between the Republic of Indonesia ("Borrower") and the Asian Development Bank
("ADB") dated May 4, 2014 ("Loan Agreement"). ADB agrees to amend the Loan Agreement as follows:

1. The Closing Date is hereby extended to 30 June 2018.

Please confirm your agreement by signing and dating this letter.

Sincerely,

ASIAN DEVELOPMENT BANK

By /s/ Peter Olsen
Country Director

AGREED:

REPUBLIC OF INDONESIA

By: /s/ Rina Kusumawati
Name: Rina Kusumawati
Title: Director General of Budget Financing and Risk Management
Date: October 19, 2016
"""


def test_a_letter_amending_a_loan_names_the_loan_as_its_parent():
    facts = extract_agreement([_LETTER])
    assert (facts.doc_type, facts.parent_agreement) == ("ADDENDUM", "3055-INO")


def test_a_letter_agreements_by_blocks_give_both_signers():
    assert _parties(_LETTER) == [
        ("PIHAK PERTAMA", "Asian Development Bank", "Peter Olsen", "Country Director"),
        ("PIHAK KEDUA", "Republic of Indonesia", "Rina Kusumawati",
         "Director General of Budget Financing and Risk Management")]


_UNSIGNED = """INTERNATIONAL DEVELOPMENT ASSOCIATION
1818 H Street N.W.
Washington, D.C. 20433

March 12, 2009

H.E. Minister of Finance
Republic of Indonesia
Jakarta

Re: Credit No. 4821-IND (Village Roads Maintenance Project)
Extension of the Closing Date

Dear Sir/Madam:

We refer to the Financing Agreement for the above Project. We are pleased to agree to the following amendment to
the Financing Agreement: the Closing Date is extended to June 30, 2011.

Please confirm your agreement by signing and dating the confirmation below.

Very truly yours,

INTERNATIONAL DEVELOPMENT ASSOCIATION

By /s/ Laura Whitcombe
Country Director for Indonesia

AGREED:

REPUBLIC OF INDONESIA

By: _______________________
     Authorized Representative

Name: _____________________

Title: ____________________

Date: _____________________
"""


def test_a_countersigned_letter_agreement_is_the_agreement_not_a_letter_about_one():
    facts = extract_agreement([_UNSIGNED])
    assert (facts.doc_type, facts.parent_agreement, facts.sign_date) == ("ADDENDUM", "4821-IND", "2009-03-12")


def test_a_countersignature_left_blank_names_its_body_and_no_signer():
    assert _parties(_UNSIGNED) == [
        ("PIHAK PERTAMA", "International Development Association", "Laura Whitcombe", "Country Director for Indonesia"),
        ("PIHAK KEDUA", "Republic of Indonesia", None, None)]


def test_a_letter_without_a_countersignature_stays_a_letter():
    text = _UNSIGNED.split("AGREED:")[0]
    assert extract_agreement([text]).doc_type == "OTHER"


def test_a_state_represented_by_its_ministry_is_the_body_not_a_signer():
    text = ("SUBSIDIARY LOAN AGREEMENT\n\nNumber: SLA-1302/DP3/2008\n\nBETWEEN\n\nTHE REPUBLIC OF INDONESIA\n\nAND\n\n"
            "REGENCY OF LEMBAH JAYA\n\nFOR THE TOWN MARKETS IMPROVEMENT PROJECT\n\n"
            "This Subsidiary Loan Agreement is made on April 2, 2008 in Jakarta between:\n\n"
            "1. ARIF WICAKSONO, Director General of Treasury, acting for and on behalf of the Republic of Indonesia, "
            "represented by the Ministry of Finance (hereinafter referred to as the \"Government\"); and\n\n"
            "2. NOVITA ANGGRAENI, Regent of Lembah Jaya, acting for and on behalf of the Regency of Lembah Jaya "
            "(hereinafter referred to as the \"Borrower\").\n\nArticle 1\nDefinitions\n\nArticle 2\nThe Loan\n")
    first = extract_agreement([text]).parties[0]
    assert (first.signatory, first.position) == ("Arif Wicaksono", "Director General of Treasury")
    assert first.institution.lower().startswith("republic of indonesia")


def test_a_notes_representatives_of_a_government_are_read_as_the_government():
    text = ("Jakarta, 14 August 1987\n\nExcellency,\n\nI have the honour to refer to the recent discussions between the "
            "representatives of the Government of the Kingdom of Ostralind and the Government of the Republic of "
            "Indonesia concerning a grant for the fisheries training centre and to propose the following arrangements:\n\n"
            "1. The grant will be extended in accordance with the laws in force.\n")
    assert [p.institution for p in extract_agreement([text]).parties] == [
        "Government of the Kingdom of Ostralind", "Government of the Republic of Indonesia"]


_NOTE = ("Jakarta, 14 August 1987\n\nExcellency,\n\nI have the honour to refer to the recent discussions between the "
         "Government of the Republic of Indonesia and the Government of the Kingdom of Ostralind concerning a grant for "
         "the fisheries training centre and to propose on behalf of the Government of the Kingdom of Ostralind the "
         "following arrangements:\n\n1. The grant will be extended in accordance with the laws in force.\n\n"
         "I avail myself of this opportunity to renew to Your Excellency the assurance of my highest consideration.\n\n\n"
         "{signer}\n\nHis Excellency\nMinister for Foreign Affairs\nof the Republic of Indonesia\n")


def test_a_notes_writer_signs_for_the_party_his_office_names():
    text = _NOTE.format(signer="Lars Edvardsen\nAmbassador Extraordinary and Plenipotentiary of the Kingdom of Ostralind")
    assert _parties(text)[1][2:] == ("Lars Edvardsen",
                                     "Ambassador Extraordinary and Plenipotentiary of the Kingdom of Ostralind")
    assert _parties(text)[0][2:] == (None, None)


def test_a_notes_addressee_is_never_its_writer():
    text = _NOTE.format(signer="")
    assert all(party[2] is None for party in _parties(text))


_SIDE = """DISTRIBUTION AGREEMENT

This Distribution Agreement is made and entered into as of June 1, 2010 by and between PT Kencana Rasa Nusantara,
a company organized under the laws of the Republic of Indonesia ("Company"), and Pacific Crest Foods Inc., a
California corporation ("Distributor").

1. APPOINTMENT

1.1 Company appoints Distributor as its distributor.

2. PRICES

2.1 Prices are set out in Exhibit B.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.

PT KENCANA RASA NUSANTARA                PACIFIC CREST FOODS INC.

By: /s/ Hadi Gunawan                     By: /s/ Robert Kline
Name: Hadi Gunawan                       Name: Robert Kline
Title: President Director                Title: Chief Executive Officer
"""


def test_by_blocks_side_by_side_are_read_column_by_column():
    assert [(p[1].lower(), p[2], p[3]) for p in _parties(_SIDE)] == [
        ("pt kencana rasa nusantara", "Hadi Gunawan", "President Director"),
        ("pacific crest foods inc.", "Robert Kline", "Chief Executive Officer")]
