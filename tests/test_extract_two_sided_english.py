"""English headings naming two sides of an agreement between local governments (issue 18, sealed16): neighbouring
municipalities' frameworks ("INTERMUNICIPAL COLLABORATION FRAMEWORK / BETWEEN: / A County / (hereinafter referred to
as "A") / - and - / B County / (…)"), the same run into one line, a side the publishing site masked, a memorandum
naming both sides on one line with a month after them, sister-city memoranda of Indonesian regions in English and
in both languages, a "dated …" line under the heading, and the "Approved:" label of a signature block. Near forms
that must keep their reading: a role designated in the heading, an Indonesian heading without short names, a
letter's or a recital's wrapped sentence, a blank date, one body with "AND" in its name. Every text here is invented
for these tests."""
from __future__ import annotations

from ingest.extract import two_sides
from ingest.extract.names import is_body
from tests.extract_texts import schema_of


def _sides(facts: dict) -> list:
    return [(party["role"], party["institution"], party["signatory"], party["position"])
            for party in facts["parties"] or []]


def _confidence(facts: dict, field: str) -> float:
    return facts["evidence"][field]["confidence"]


_FRAMEWORK = (
    "INTERMUNICIPAL COLLABORATION FRAMEWORK\n\nBETWEEN:\nBirchwood County\n(hereinafter referred to as \"Birchwood\")\n"
    "\n- and -\n\nStonecreek County\n(hereinafter referred to as \"Stonecreek\")\n\n"
    "WHEREAS the Municipal Government Act requires that municipalities with a common boundary create a framework;\n\n"
    "AND WHEREAS Birchwood and Stonecreek share a common boundary;\n\n"
    "NOW THEREFORE, by mutual covenant of the parties, Birchwood and Stonecreek agree as follows:\n\n"
    "1. Term and Review\n1.1 This is a permanent Agreement and shall come into force on final passing of resolutions "
    "by both councils.\n\nApproved:\n")


def test_stacked_sides_each_designated_are_the_two_institutions_in_order():
    facts = schema_of([_FRAMEWORK])
    assert _sides(facts) == [("PIHAK PERTAMA", "Birchwood County", None, None),
                             ("PIHAK KEDUA", "Stonecreek County", None, None)]
    assert _confidence(facts, "parties") < 0.9  # no role words: roles by order


def test_an_intermunicipal_collaboration_framework_is_an_agreement_between_local_governments():
    facts = schema_of([_FRAMEWORK])
    assert facts["doc_type"] == "PKS"
    assert facts["title"] is None  # the heading names no subject
    assert facts["sign_date"] is None and facts["effective_date"] is None


def test_the_approved_label_ending_an_excerpt_gives_nothing():
    facts = schema_of([_FRAMEWORK])
    assert all(party["position"] is None and party["signatory"] is None for party in facts["parties"])


def test_the_sides_run_into_the_headings_line():
    text = ("Intermunicipal Collaboration Framework\nIntermunicipal Collaboration Framework\n"
            "Intermunicipal Collaboration Framework Between Birchwood County (hereinafter referred to as “Birchwood”) "
            "And Stonecreek County (hereinafter referred to “Stonecreek”)\n"
            "WHEREAS the Municipal Government Act requires municipalities with a common boundary to create a "
            "framework;\nNOW THEREFORE the parties agree as follows:\n1. Definitions\n")
    facts = schema_of([text])
    assert facts["doc_type"] == "PKS"
    assert _sides(facts) == [("PIHAK PERTAMA", "Birchwood County", None, None),
                             ("PIHAK KEDUA", "Stonecreek County", None, None)]


_MASKED = ("BIR•CH W OOD COUNTY\nIntermunicipal Collaboration Framework\n"
           "Between Stonecreek County (hereinafter referred to as 'Stonecreek') And (hereinafter referred to as "
           "\"Birchwood\")\n\nWHEREAS the Municipal Government Act requires municipalities with a common boundary to "
           "create a framework;\nNOW THEREFORE the parties agree as follows:\n1. Definitions\n")


def test_a_side_whose_name_the_site_masked_is_known_by_its_short_name_weakly():
    facts = schema_of([_MASKED])
    assert _sides(facts) == [("PIHAK PERTAMA", "Stonecreek County", None, None),
                             ("PIHAK KEDUA", "Birchwood", None, None)]
    assert _confidence(facts, "parties[1]") <= 0.5


def test_a_letterhead_logo_above_the_heading_is_no_party():
    names = [party["institution"] for party in schema_of([_MASKED])["parties"]]
    assert not any("•" in name or "COUNTY" in name for name in names)


def test_the_stacked_form_of_a_town_and_a_municipal_district():
    text = ("Inter-Municipal Cooperation Agreement\nBetween\nThe Town of Alderton\nand\n"
            "The Municipal District of Stonecreek No. 42\n\nWHEREAS the Town and the Municipal District wish to "
            "cooperate;\n\n1. SIGNATORIES\n1.1 The Signatories to this Agreement are the Town of Alderton and the "
            "Municipal District of Stonecreek No. 42 (MD of Stonecreek).\n")
    facts = schema_of([text])
    assert facts["doc_type"] == "PKS"
    assert [party["institution"] for party in facts["parties"]] == [
        "The Town of Alderton", "The Municipal District of Stonecreek No. 42"]


def test_bodies_described_after_their_names():
    text = ("MEMORANDUM OF AGREEMENT\n\nBETWEEN:\n\nBIRCHWOOD COUNTY, a municipality incorporated under the laws of "
            "Alberta\n(Hereinafter referred to as “County”)\n\n- and -\n\nTHE TOWN OF ALDERTON, a municipality "
            "incorporated under the laws of Alberta\n(Hereinafter referred to as “Town”)\n\n"
            "WHEREAS the County and the Town wish to share services;\n")
    facts = schema_of([text])
    assert facts["doc_type"] == "PKS"
    assert [party["institution"] for party in facts["parties"]] == ["Birchwood County", "The Town of Alderton"]


def test_sides_designated_after_a_comma_without_parentheses():
    text = ("INTERMUNICIPAL COLLABORATION FRAMEWORK\n\nBETWEEN:\n\nBIRCHWOOD COUNTY,\nhereinafter referred to as the "
            "\"County\",\n\n- and -\n\nTHE TOWN OF ALDERTON,\nhereinafter referred to as the \"Town\".\n\n"
            "WHEREAS the County and the Town share a boundary;\n")
    assert [party["institution"] for party in schema_of([text])["parties"]] == [
        "Birchwood County", "The Town of Alderton"]


def test_an_excerpt_cut_after_the_first_side_gives_that_side_weakly():
    text = ("MEMORANDUM OF AGREEMENT\nBETWEEN:\nBIRCHWOOD COUNTY, a municipality Incorporated under the laws of Alberta "
            "(Hereinafter referred to as “County”)\n- and -\n")
    facts = schema_of([text])
    assert _sides(facts) == [("PIHAK PERTAMA", "Birchwood County", None, None)]
    assert _confidence(facts, "parties") <= 0.6


def test_a_first_side_followed_by_the_text_is_no_cut_excerpt():
    text = ("MEMORANDUM OF AGREEMENT\nBETWEEN:\nBIRCHWOOD COUNTY, a municipality Incorporated under the laws of Alberta "
            "(Hereinafter referred to as “County”)\n- and -\nthe towns it serves, as listed in Schedule A.\n")
    assert two_sides.heading_sides(text) == []


def test_short_names_alone_in_parentheses():
    text = ("INTERMUNICIPAL COLLABORATION FRAMEWORK\n\nBETWEEN:\nBIRCHWOOD COUNTY\n(the \"County\")\n\n- and -\n\n"
            "THE TOWN OF ALDERTON\n(the \"Town\")\n\nWHEREAS the County and the Town share a common boundary;\n")
    assert [party["institution"] for party in schema_of([text])["parties"]] == [
        "Birchwood County", "The Town of Alderton"]


_PARTS = ("MUTUAL AID AGREEMENT\n\nBETWEEN:\nBIRCHWOOD COUNTY\n(hereinafter called the \"County\")\nOF THE FIRST PART\n"
          "- and -\nTHE TOWN OF ALDERTON\n(hereinafter called the \"Town\")\nOF THE SECOND PART\n\n"
          "WHEREAS the County and the Town wish to aid each other in emergencies;\n")


def test_each_side_of_its_part():
    assert [party["institution"] for party in schema_of([_PARTS])["parties"]] == [
        "Birchwood County", "The Town of Alderton"]


def test_an_agreement_of_an_unknown_name_above_two_sides_is_an_agreement_between_them_weakly():
    facts = schema_of([_PARTS])
    assert facts["doc_type"] == "PKS"
    assert _confidence(facts, "doc_type") < 0.9
    assert facts["title"] is None


def test_a_report_above_two_sides_stays_a_paper():
    text = _PARTS.replace("MUTUAL AID AGREEMENT", "ANNUAL REPORT ON THE MUTUAL AID")
    assert schema_of([text])["doc_type"] == "OTHER"


def test_and_with_a_colon_before_the_next_name():
    text = ("INTERMUNICIPAL COLLABORATION FRAMEWORK\nBETWEEN: BIRCHWOOD COUNTY\n(hereinafter referred to as "
            "\"Birchwood\")\nAND: STONECREEK COUNTY\n(hereinafter referred to as \"Stonecreek\")\n\n"
            "WHEREAS the two counties share a boundary;\n")
    assert [party["institution"] for party in schema_of([text])["parties"]] == ["Birchwood County", "Stonecreek County"]


_SISTER_CITY = (
    "MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE REGENCY OF SUKAMAJU\nREPUBLIC OF INDONESIA\nAND\n"
    "The City of Lindenfeld\n(hereinafter referred to as \"Lindenfeld\")\nON SISTER CITY COOPERATION\n\n"
    "The Regency of Sukamaju and the City of Lindenfeld, hereinafter referred to as \"the Parties\",\n\n"
    "Desiring to strengthen the friendship between the two cities,\n\nHave agreed as follows:\n\nArticle 1\n"
    "Objective\n")


def test_a_sister_citys_second_side_designated_and_the_first_with_its_country():
    facts = schema_of([_SISTER_CITY])
    assert facts["doc_type"] == "MOU"
    assert _sides(facts) == [("PIHAK PERTAMA", "The Regency of Sukamaju, Republic of Indonesia", None, None),
                             ("PIHAK KEDUA", "The City of Lindenfeld", None, None)]


def test_the_subject_line_after_the_sides_is_the_title():
    assert schema_of([_SISTER_CITY])["title"] == "Sister City Cooperation"


_BOTH_DESIGNATED = (
    "MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE GOVERNMENT OF SUKAMAJU REGENCY\n"
    "CENTRAL JAVA PROVINCE, REPUBLIC OF INDONESIA\n(hereinafter referred to as \"Sukamaju\")\nAND\n"
    "THE CITY OF LINDENFELD\nFEDERAL REPUBLIC OF GERMANY\n(hereinafter referred to as \"Lindenfeld\")\nON\n"
    "SISTER CITY COOPERATION\n\nSukamaju and Lindenfeld, hereinafter jointly referred to as \"the Parties\";\n\n"
    "DESIRING to promote friendly relations between the two cities;\n\nHAVE AGREED AS FOLLOWS:\n\nArticle 1\n"
    "Objective\nThe Parties shall cooperate in education, culture and tourism.\n\nArticle 7\n"
    "This Memorandum shall come into force on the date of signing and remain in force for five (5) years.\n\n"
    "Signed in Sukamaju on 14 August 2019 in two originals in the English and Indonesian languages.\n\n"
    "For the Government of Sukamaju Regency          For the City of Lindenfeld\n\n"
    "Budi Hartono                                     Greta Vogel\n"
    "Regent of Sukamaju                               Mayor of Lindenfeld\n")


def test_both_sides_designated_with_their_regions_and_signers():
    facts = schema_of([_BOTH_DESIGNATED])
    assert _sides(facts) == [
        ("PIHAK PERTAMA", "The Government of Sukamaju Regency, Central Java Province, Republic of Indonesia",
         "Budi Hartono", "Regent of Sukamaju"),
        ("PIHAK KEDUA", "The City of Lindenfeld, Federal Republic of Germany", "Greta Vogel", "Mayor of Lindenfeld")]
    assert facts["title"] == "Sister City Cooperation"
    assert (facts["sign_date"], facts["sign_place"]) == ("2019-08-14", "Sukamaju")


_BILINGUAL = (
    "NOTA KESEPAHAMAN\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nREPUBLIK INDONESIA\n(selanjutnya disebut \"Sukamaju\")\n"
    "DAN\nKOTA LINDENFELD\nREPUBLIK FEDERAL JERMAN\n(selanjutnya disebut \"Lindenfeld\")\nTENTANG\n"
    "KERJA SAMA KOTA BERSAUDARA\n\nMEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE GOVERNMENT OF SUKAMAJU REGENCY\n"
    "REPUBLIC OF INDONESIA\n(hereinafter referred to as \"Sukamaju\")\nAND\nTHE CITY OF LINDENFELD\n"
    "FEDERAL REPUBLIC OF GERMANY\n(hereinafter referred to as \"Lindenfeld\")\nON\nSISTER CITY COOPERATION\n\n"
    "Pasal 1\nTujuan\n")


def test_a_bilingual_heading_is_read_in_its_first_language():
    facts = schema_of([_BILINGUAL])
    assert facts["doc_type"] == "MOU"
    assert [party["institution"] for party in facts["parties"]] == [
        "Pemerintah Kabupaten Sukamaju, Republik Indonesia", "Kota Lindenfeld, Republik Federal Jerman"]
    assert facts["title"] == "Kerja Sama Kota Bersaudara"


def test_the_date_an_agreement_is_dated_under_its_heading_is_its_signing_date():
    text = ("UPPER VALLEY REGIONAL ALLIANCE AGREEMENT\n\ndated 12 May 2018\n\nBetween\n\n"
            "ALDERTON DISTRICT COUNCIL, a council listed in Part 2 of Schedule 2 of the Local Government Act 2002\n\n"
            "BIRCHWOOD CITY COUNCIL, a council listed in Part 2 of Schedule 2 of the Local Government Act 2002\n\n"
            "Background\nA. The councils wish to work together on regional issues.\n")
    facts = schema_of([text])
    assert facts["sign_date"] == "2018-05-12"
    assert _confidence(facts, "sign_date") < 0.9  # the date it bears, no word of signing


def test_the_dated_line_with_the_sides_run_in_after_it():
    text = ("REGIONAL ALLIANCE AGREEMENT (RAA) Between Alderton District Council and others\n\n"
            "dated 31 March 2017 Between The ALDERTON DISTRICT COUNCIL, a council listed in Part 2 of Schedule 2 of "
            "the Local Government Act 2002 The BIRCHWOOD CITY COUNCIL, a council listed in Part 2 of Schedule 2\n"
            "A. Background\n")
    assert schema_of([text])["sign_date"] == "2017-03-31"


def test_a_deeds_cover_dated_above_its_sides():
    text = ("SHARED SERVICE AGREEMENT\n\nDATED 5 May 2010\n\nALDERTON BOROUGH COUNCIL\nand\nBIRCHWOOD BOROUGH COUNCIL\n\n"
            "THIS AGREEMENT is made between the councils.\n")
    assert schema_of([text])["sign_date"] == "2010-05-05"


_ONE_LINE = ("1\nMEMORANDUM OF UNDERSTANDING BETWEEN NGATI ALDERTON AND STONECREEK DISTRICT COUNCIL October 2012\n\n"
             "1. Partners\n- The District Council, and\n- Ngati Alderton\n\n2. Background\n"
             "The iwi of Ngati Alderton have lived in the district for many generations.\n")


def test_both_sides_on_the_headings_one_line_with_a_month_after_them():
    facts = schema_of([_ONE_LINE])
    assert facts["doc_type"] == "MOU"
    assert [party["institution"] for party in facts["parties"]] == ["Ngati Alderton", "Stonecreek District Council"]


def test_a_month_alone_after_the_heading_is_no_signing_date():
    assert schema_of([_ONE_LINE])["sign_date"] is None


_SIGNED_BLOCKS = (
    _FRAMEWORK.replace("Approved:\n", "")
    + "IN WITNESS WHEREOF the parties have signed this Agreement.\n\nBirchwood County\n\nApproved:\n"
      "Anna Kowalczyk, Reeve\nDate: 14 June 2019\n\nStonecreek County\n\nApproved:\nDerek Holloway, Reeve\n"
      "Date: 20 June 2019\n")


def test_approved_blocks_give_the_name_and_the_office_after_its_comma():
    assert _sides(schema_of([_SIGNED_BLOCKS])) == [
        ("PIHAK PERTAMA", "Birchwood County", "Anna Kowalczyk", "Reeve"),
        ("PIHAK KEDUA", "Stonecreek County", "Derek Holloway", "Reeve")]


def test_blank_per_lines_name_no_signer():
    text = (_FRAMEWORK.replace("Approved:\n", "")
            + "IN WITNESS WHEREOF the parties have signed this Agreement by their proper officers.\n\n"
              "BIRCHWOOD COUNTY                         STONECREEK COUNTY\n\n"
              "Per: ______________________              Per: ______________________\n"
              "     Reeve                                    Reeve\n\n"
              "Approved:\nBirchwood County Council Resolution No. 2019-114\n")
    assert all(party["signatory"] is None for party in schema_of([text])["parties"])


# near forms


def test_a_local_government_named_by_its_kind_is_a_body_and_a_person_is_not():
    assert all(map(is_body, ["Birchwood County", "the Town of Alderton", "Shire of Alderton", "ALDERTON SHIRE",
                             "Municipal District of Stonecreek No. 42"]))
    assert not any(map(is_body, ["Anna Kowalczyk", "Derek Holloway", "Budi Hartono"]))


_BY_ROLE = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE GOVERNMENT OF SUKAMAJU REGENCY\n"
            "(hereinafter referred to as \"FIRST PARTY\")\nAND\nTHE CITY OF LINDENFELD\n"
            "(hereinafter referred to as \"SECOND PARTY\")\n\nArticle 1\n")


def test_sides_the_heading_designates_by_role_take_those_roles():
    assert [(party["role"], party["institution"]) for party in schema_of([_BY_ROLE])["parties"]] == [
        ("FIRST PARTY", "The Government of Sukamaju Regency"), ("SECOND PARTY", "The City of Lindenfeld")]


def test_roles_designated_again_in_the_opening_are_the_designation_readers():
    text = _BY_ROLE.replace("Article 1\n", "1. BUDI HARTONO, Regent of Sukamaju, hereinafter referred to as the "
                                             "FIRST PARTY;\n2. GRETA VOGEL, Mayor of Lindenfeld, hereinafter referred "
                                             "to as the SECOND PARTY.\n")
    assert two_sides.heading_sides(text) == []
    assert [party["signatory"] for party in schema_of([text])["parties"]] == ["Budi Hartono", "Greta Vogel"]


def test_one_side_by_role_the_other_by_a_short_name_is_no_such_heading():
    assert two_sides.heading_sides(_BY_ROLE.replace("SECOND PARTY", "Lindenfeld")) == []


def test_an_indonesian_heading_without_short_names_keeps_its_reading():
    text = ("NOTA KESEPAHAMAN\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDAN\nUNIVERSITAS TIRTA NUSA\n"
            "NOMOR: 415/12/2021\n\nPada hari ini Senin tanggal lima bulan April tahun dua ribu dua puluh satu, kami "
            "yang bertanda tangan di bawah ini:\n1. BUDI HARTONO, Bupati Sukamaju, selanjutnya disebut "
            "\"PIHAK PERTAMA\";\n2. SITI RAHAYU, Rektor Universitas Tirta Nusa, selanjutnya disebut \"PIHAK KEDUA\".\n")
    assert two_sides.heading_sides(text) == []
    assert _sides(schema_of([text])) == [
        ("PIHAK PERTAMA", "Pemerintah Kabupaten Sukamaju", "Budi Hartono", "Bupati Sukamaju"),
        ("PIHAK KEDUA", "Universitas Tirta Nusa", "Siti Rahayu", "Rektor Universitas Tirta Nusa")]


def test_a_letters_wrapped_sentence_is_no_heading():
    text = ("Birchwood County\nOffice of the Reeve\n\n12 March 2019\n\nDear Mayor Vogel,\n\n"
            "The councils wish to renew the memorandum signed in 2015\nBetween Birchwood County (hereinafter referred "
            "to as \"Birchwood\") and the City of Lindenfeld (hereinafter referred to as \"Lindenfeld\"), and we "
            "propose a meeting in May.\n\nYours sincerely,\nAnna Kowalczyk\nReeve\n")
    assert two_sides.heading_sides(text) == []
    assert two_sides.heading_end(text, 40) == 40


def test_a_recital_naming_councils_is_no_heading():
    text = ("SERVICE AGREEMENT\n\nWHEREAS the councils signed a framework\nBetween Birchwood County (hereinafter "
            "referred to as \"Birchwood\") and Stonecreek County (hereinafter referred to as \"Stonecreek\");\n")
    assert two_sides.heading_sides(text) == []
    inline = "SERVICE AGREEMENT\n\nWHEREAS the framework Between Birchwood County (hereinafter referred to as \"B\")"
    assert two_sides.heading_sides(inline + " and Stonecreek County (hereinafter referred to as \"S\");\n") == []


def test_a_blank_date_on_a_deeds_cover_is_none():
    text = "DEED OF AGREEMENT\n\nDATED 20__\n\nALDERTON BOROUGH COUNCIL\nand\nBIRCHWOOD BOROUGH COUNCIL\n"
    assert schema_of([text])["sign_date"] is None


def test_a_signers_dated_row_below_the_text_is_no_date_the_agreement_bears():
    text = (_FRAMEWORK.replace("Approved:\n", "") + "\n" + "The committee meets once a year.\n" * 60
            + "\nBirchwood County\n\nDated: 3 May 2019\n")
    assert schema_of([text])["sign_date"] is None


def test_one_body_with_and_in_its_name_is_not_split():
    text = ("MEMORANDUM OF UNDERSTANDING BETWEEN THE HORTICULTURE AND FOOD RESEARCH INSTITUTE\n\n"
            "1. Purpose\nThe institute will share data.\n")
    assert len(schema_of([text])["parties"] or []) <= 1


_ALLIANCE = (
    "UPPER VALLEY STRATEGIC ALLIANCE AGREEMENT (UVSA) Between the councils of the upper valley\n\n1\n"
    "dated 31 March 2017 Between The ALDERTON DISTRICT COUNCIL, a council listed in Part 2 of Schedule 2 of the Local "
    "Government Act 2002 The BIRCHWOOD CITY COUNCIL, a council listed in Part 2 of Schedule 2 of the Local Government "
    "Act 2002 The STONECREEK REGIONAL COUNCIL (also known as Valley Environment), a council listed in Part 2 of "
    "Schedule 2 of the Local Government Act 2002 The BAY OF ELMS DISTRICT COUNCIL, a council listed in Part 2 of "
    "Schedule 2 of the Local Government Act 2002\nA. Background\nThe councils wish to work together.\n")


def test_councils_listed_with_the_same_description_and_no_separator_are_each_a_side():
    facts = schema_of([_ALLIANCE])
    assert [(party["role"], party["institution"]) for party in facts["parties"]] == [
        ("PIHAK PERTAMA", "ALDERTON DISTRICT COUNCIL"), ("PIHAK KEDUA", "BIRCHWOOD CITY COUNCIL"),
        ("PIHAK KETIGA", "STONECREEK REGIONAL COUNCIL"), ("PIHAK KEEMPAT", "BAY OF ELMS DISTRICT COUNCIL")]
    assert facts["doc_type"] == "PKS"
    assert facts["sign_date"] == "2017-03-31"


def test_councils_listed_stacked_a_paragraph_each():
    text = ("UPPER VALLEY REGIONAL ALLIANCE AGREEMENT\n\ndated 12 May 2018\n\nBetween\n\n"
            "ALDERTON DISTRICT COUNCIL, a council listed in Part 2 of Schedule 2 of the Local Government Act 2002\n\n"
            "BIRCHWOOD CITY COUNCIL, a council listed in Part 2 of Schedule 2 of the Local Government Act 2002\n\n"
            "Background\nA. The councils wish to work together on regional issues.\n")
    assert [party["institution"] for party in schema_of([text])["parties"]] == [
        "ALDERTON DISTRICT COUNCIL", "BIRCHWOOD CITY COUNCIL"]




def test_the_councils_approving_resolutions_under_approved_give_no_signing_date():
    text = (_FRAMEWORK + "Birchwood County Council Resolution No. 2019-114, 12 June 2019\n"
            "Stonecreek County Council Resolution No. 2019-87, 20 June 2019\n")
    facts = schema_of([text])
    assert facts["sign_date"] is None
    assert [party["institution"] for party in facts["parties"]] == ["Birchwood County", "Stonecreek County"]


def test_the_numbers_under_a_bilingual_two_sided_heading():
    text = _BILINGUAL.replace("KERJA SAMA KOTA BERSAUDARA\n",
                              "KERJA SAMA KOTA BERSAUDARA\nNOMOR: 075/412/2019\nNOMOR: LF-2019/88\n", 1)
    assert schema_of([text])["numbers"] == ["075/412/2019", "LF-2019/88"]


def test_a_number_below_the_subject_after_a_blank_line():
    text = _BOTH_DESIGNATED.replace("SISTER CITY COOPERATION\n", "SISTER CITY COOPERATION\n\nNo. 075/412/2019\n", 1)
    facts = schema_of([text])
    assert facts["numbers"] == ["075/412/2019"]
    assert facts["title"] == "Sister City Cooperation"


def test_the_subject_below_the_sides_then_the_date_line_right_under_it():
    """The heading's subject, then "dated …" on the next line (no blank line between): the subject is the title and
    the line the date the memorandum bears; the date line is no part of the heading's subject."""
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN:\nThe City Government of Sukamaju\n(hereinafter referred to as "
            "\"Sukamaju\")\n- and -\nThe City of Lindenfeld\n(hereinafter referred to as \"Lindenfeld\")\n"
            "ON SISTER CITY COOPERATION\ndated 12 May 2018\n")
    facts = schema_of([text])
    assert facts["title"] == "Sister City Cooperation"
    assert facts["sign_date"] == "2018-05-12"
    assert _confidence(facts, "sign_date") < 0.9


def test_a_dated_row_after_the_first_article_is_still_no_signing_date():
    text = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN:\nThe City Government of Sukamaju\n(hereinafter referred to as "
            "\"Sukamaju\")\n- and -\nThe City of Lindenfeld\n(hereinafter referred to as \"Lindenfeld\")\n"
            "ON SISTER CITY COOPERATION\n\nArticle 1\nThe parties will exchange delegations.\n\ndated 12 May 2018\n")
    assert schema_of([text])["sign_date"] is None


def test_the_date_line_above_between_keeps_the_heading_whole():
    """"dated 12 May 2018" between the kind and BETWEEN is the heading's own line, no sentence wrapped into it: the
    sides, the subject below them and the date are all read; a sentence above BETWEEN still stops the form."""
    text = ("MEMORANDUM OF UNDERSTANDING\ndated 12 May 2018\nBETWEEN:\nThe City Government of Sukamaju\n(hereinafter "
            "referred to as \"Sukamaju\")\n- and -\nThe City of Lindenfeld\n(hereinafter referred to as \"Lindenfeld\")\n"
            "ON SISTER CITY COOPERATION\n")
    facts = schema_of([text])
    assert (facts["title"], facts["sign_date"]) == ("Sister City Cooperation", "2018-05-12")
    assert [party["institution"] for party in facts["parties"]] == ["The City Government of Sukamaju",
                                                                   "The City of Lindenfeld"]
    assert two_sides.heading_sides(text.replace("dated 12 May 2018", "the two cities wish to renew what was signed")) == []
