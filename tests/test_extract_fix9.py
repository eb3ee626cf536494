"""Forms of English agreements with an Indonesian party (the released sealed9 set's misses), on invented texts."""
from ingest.extract.extractor import extract_agreement


def _institutions(text: str) -> list[str | None]:
    return [party.institution for party in extract_agreement([text]).parties]


# a development bank's conformed copy run on in one line: cover, then "AGREEMENT, dated …, between A (the X) and B (Y)"
_RUN_ON = ("CONFORMED COPY CREDIT NUMBER 2741 IND Project Agreement (Lake Toba Irrigation Project) between "
           "NORDIC DEVELOPMENT FUND and PERUSAHAAN UMUM AIR SUMATERA Dated March 3, 1988 CREDIT NUMBER 2741 IND "
           "PROJECT AGREEMENT AGREEMENT, dated March 3, 1988, between NORDIC DEVELOPMENT FUND (the Fund) and "
           "PERUSAHAAN UMUM AIR SUMATERA (PUAS). WHEREAS by the Credit Agreement of even date herewith between the "
           "Republic of Indonesia (the Borrower) and the Fund, the Fund has agreed to lend to the Borrower; NOW "
           "THEREFORE the parties hereto hereby agree as follows: ARTICLE I Definitions Section 1.01. Terms defined "
           "in the Credit Agreement have their meanings here.")


def test_a_banks_dated_opening_names_both_parties_at_their_defined_terms():
    assert _institutions(_RUN_ON) == ["NORDIC DEVELOPMENT FUND", "PERUSAHAAN UMUM AIR SUMATERA"]


def test_a_banks_dated_opening_in_a_text_run_on_in_one_line_gives_the_signing_date():
    assert extract_agreement([_RUN_ON]).sign_date == "1988-03-03"


def test_the_defined_terms_may_say_hereinafter_called_and_be_broken_by_ocr():
    text = ("LOAN AGREEMENT\n\nAGREEMENT, dated May 4, 1975 between the REPUBLIC OF INDONESIA (hereinafter called\n"
            "the Borrower) and the ASIAN FUND FOR RIVER WORKS (herein- after called the Fund).\n\nWHEREAS the "
            "Borrower has asked the Fund for a loan;\n\nNOW THEREFORE the parties hereto agree as follows:\n\n"
            "ARTICLE I\nDefinitions\n")
    facts = extract_agreement([text])
    assert [party.institution for party in facts.parties] == ["REPUBLIC OF INDONESIA", "ASIAN FUND FOR RIVER WORKS"]
    assert facts.sign_date == "1975-05-04"


def test_the_opening_over_a_heading_whose_lines_break_inside_a_name():
    text = ("GRANT NUMBER 5521 IND\n\nGrant Agreement\n(Coastal Schools Project)\n\nbetween\n\nREPUBLIC OF INDONESIA\n\n"
            "and\n\nNORDIC FUND FOR RECONSTRUCTION\nAND DEVELOPMENT\n\nGRANT AGREEMENT\n\nAGREEMENT, dated\n"
            "April 2, 1997, between the Republic of Indonesia (the Recipient) and the NORDIC FUND FOR\n"
            "RECONSTRUCTION AND DEVELOPMENT (the Fund) acting as administrator of trust funds (the Trust).\n"
            "WHEREAS the Recipient has asked for the grant;\nNOW THEREFORE the parties hereto agree as follows:\n\n"
            "ARTICLE I\nGeneral Conditions\n")
    assert [name.upper() for name in _institutions(text)] == ["REPUBLIC OF INDONESIA",
                                                              "NORDIC FUND FOR RECONSTRUCTION AND DEVELOPMENT"]


def test_an_amendment_dated_as_of_between_two_described_parties():
    text = ("AMENDMENT TO GAS SALES AGREEMENT\n\nThis Amendment to Gas Sales Agreement (this \"Amendment\"), dated as "
            "of August 9, 2005, between P.T. Sungai Biru Gas (formerly known as P.T. Biru Energi) (\"Seller\"), a "
            "limited liability company organized and existing under the laws of the Republic of Indonesia, with its "
            "office at Jl. Kenari No. 4, Medan, and P.T. Listrik Utara (Persero) (as successor to Perum Listrik "
            "Utara) (\"Buyer\"), a limited liability company.\n\nWITNESSETH\n\nWHEREAS, Seller and Buyer entered "
            "into a Gas Sales Agreement dated as of March 1, 1996;\n")
    facts = extract_agreement([text])
    assert [party.institution for party in facts.parties] == ["P.T. Sungai Biru Gas", "P.T. Listrik Utara (Persero)"]
    assert facts.sign_date == "2005-08-09"


def test_an_agreement_dated_in_a_recital_names_neither_parties_nor_the_signing_date():
    text = ("SERVICE CONTRACT\n\nRECITALS\n\nWHEREAS the Loan Agreement dated June 2, 1999, between Alpha Bank "
            "(the Lender) and Beta Corporation (the Borrower) remains in force;\n\nThe parties agree as follows.\n")
    facts = extract_agreement([text])
    assert facts.sign_date is None
    assert "Alpha Bank" not in _institutions(text)


def test_a_dated_opening_with_no_defined_terms_names_no_pair_from_the_term_reader():
    # no term in parentheses after each name: this reader stays silent (the "between A and B" prose is another's)
    from ingest.extract.preambles import designated
    assert designated("AGREEMENT, dated March 3, 1988, between Alpha Fund and Beta Company. WHEREAS the Fund "
                      "has agreed;") == []
    # a garbled date: the parties are still read, the date is not
    text = ("AGREEMENT, dated\nl).., 1996, between the Republic of Indonesia (the Recipient) and the NORDIC "
            "DEVELOPMENT FUND (the Fund).\nWHEREAS the Fund agreed;\n")
    assert designated(text)[0][0] == "Republic of Indonesia"
    assert extract_agreement([text]).sign_date is None


def test_a_project_agreements_cover_names_the_loan_it_is_under_and_the_project():
    facts = extract_agreement([_RUN_ON])
    assert facts.numbers == []
    assert facts.parent_agreement == "2741 IND"
    assert facts.title == "Lake Toba Irrigation Project"


def test_a_loan_agreements_cover_gives_its_own_number_and_project_ocr_damage_and_wrapping_included():
    text = ("LOAN NUMBER 5120 IND\n\nLoan Agreernent\n(Riau Coastal Roads\nImprovement Project)\nbetween\n\n"
            "REPUBLIC OF INDONESIA\n\nand\n\nNORDIC DEVELOPMENT FUND\n\nDated\n\n, 1998\n\nLOAN NUMBER 5120 IND\n"
            "LOAN AGREEMENT\nAGREEMENT, dated\n, 1998, between the REPUBLIC OF INDONESIA (the Borrower) and NORDIC "
            "DEVELOPMENT FUND (the Fund):\nWHEREAS the Fund has agreed to lend;\n")
    facts = extract_agreement([text])
    assert facts.numbers == ["5120 IND"]
    assert facts.title == "Riau Coastal Roads Improvement Project"
    assert facts.parent_agreement is None
    assert facts.sign_date is None


def test_a_cover_without_the_kind_takes_it_from_the_numbers_repeat():
    text = ("Page 1 CONFORMED COPY GRANT NUMBER TQ 041177 (Bengkulu Fisheries Project) between REPUBLIC OF "
            "INDONESIA and NORDIC DEVELOPMENT FUND Dated May 2, 2001 Page 2 GRANT NUMBER TQ 041177 GRANT AGREEMENT "
            "AGREEMENT, dated May 2, 2001, between REPUBLIC OF INDONESIA (the Recipient) and NORDIC DEVELOPMENT "
            "FUND (the Fund). WHEREAS the Fund agreed;")
    facts = extract_agreement([text])
    assert facts.numbers == ["TQ 041177"]
    assert facts.title == "Bengkulu Fisheries Project"


def test_a_loan_number_with_no_agreement_kind_or_not_on_the_cover_is_not_read():
    from ingest.extract import loan_numbers
    bare = ("LOAN NUMBER 5120 IND (Riau Coastal Roads Project) between REPUBLIC OF INDONESIA and NORDIC "
            "DEVELOPMENT FUND. Progress report of the second quarter.")
    assert loan_numbers.cover_number(bare) == ([], None) and loan_numbers.cover_subject(bare) is None
    inside = ("MINUTES OF MEETING\n\nThe team discussed LOAN NUMBER 5120 IND (Riau Coastal Roads Project) between "
              "the Republic and the Fund; LOAN AGREEMENT terms were reviewed.\n")
    assert loan_numbers.cover_number(inside) == ([], None)


def test_a_production_sharing_contracts_party_of_the_first_part_and_an_unquoted_short_name():
    text = ("OPERATION CONTRACT\n\nTHIS CONTRACT, made and entered into on this 5th day of May 2003 by and between "
            "PERUSAHAAN TAMBANG NUSA, a State Enterprise established under Law No. 4/1970, hereinafter called NUSA "
            "party of the first part, and ARUNA PETROLEUM OF INDONESIA, INC. a corporation organized under the laws "
            "of Texas, hereinafter called \"CONTRACTOR\", party of the second part.\n\nWITNESSETH\n\n"
            "WHEREAS the parties agree;\n")
    assert [name.upper() for name in _institutions(text)] == ["PERUSAHAAN TAMBANG NUSA",
                                                              "ARUNA PETROLEUM OF INDONESIA, INC"]


def test_a_company_closing_its_name_with_its_legal_form_is_a_body_not_a_signer():
    text = ("This Agreement is made and entered into on 5 May 2003 by and between PT ALPHA JAYA, a company "
            "established under the laws of Indonesia (hereinafter referred to as \"ALPHA\"), and KESTREL DRILLING "
            "LTD., a corporation organized under the laws of Alberta (hereinafter referred to as \"KESTREL\").\n\n"
            "WHEREAS the parties agree;\n")
    facts = extract_agreement([text])
    assert facts.parties[1].institution.upper().startswith("KESTREL DRILLING")
    assert facts.parties[1].signatory is None
    # a person with degrees stays a person
    from ingest.extract.names import is_body
    assert not is_body("Budi Santoso, S.E.") and not is_body("Linda Kusuma")


def test_a_covers_labelled_line_ends_the_heading_list_of_names_broken_over_lines():
    text = ("PRODUCTION SHARING\nCONTRACT\nBETWEEN\nBADAN PENGELOLA\nKEGIATAN HULU\nMINYAK DAN GAS\n(BPKH)\nAND\n"
            "PT SAMUDRA RAYA\nENERGI\nAND\nPT BUKIT KAPUR\nENERGI\nCONTRACT AREA:\nMERAPI\n|1\nINDEX\n|SECTION\n|TITLE\n"
            "|I\n|SCOPE\n|6\n|II\n|TERM\n|18\nCONTRACT AREA: MERAPI\nThis Production Sharing Contract is made and "
            "entered into on this 2nd day of March 2015 by and between BADAN PENGELOLA KEGIATAN HULU MINYAK DAN "
            "GAS (hereinafter called \"BPKH\"), a task force of the Government")
    assert [name.upper() for name in _institutions(text)] == [
        "BADAN PENGELOLA KEGIATAN HULU MINYAK DAN GAS (BPKH)", "PT SAMUDRA RAYA ENERGI", "PT BUKIT KAPUR ENERGI"]


def test_blank_lines_around_a_heading_separator_keep_the_list_going():
    text = ("BLOCK CONTRACT\n\n\n\nbetween\n\n\n\nPERUSAHAAN TAMBANG NUSA\n\n\n\nand\n\n\n\n"
            "ARUNA PETROLEUM, INC. (Operator),\n\nKESTREL DRILLING LTD.,\n\nORCA ENERGY, INC.\n\n\n\n"
            "THIS CONTRACT, made and entered into on this 5th day of May 2003 by and between PERUSAHAAN TAMBANG "
            "NUSA, a State Enterprise, hereinafter called \"NUSA\", party of the first part, and ARUNA PETROLEUM, "
            "INC., a corporation organized under the laws of")
    assert [name.upper() for name in _institutions(text)] == [
        "PERUSAHAAN TAMBANG NUSA", "ARUNA PETROLEUM, INC. (OPERATOR)", "KESTREL DRILLING LTD.", "ORCA ENERGY, INC."]
    # blank lines after the last name, then prose: the list ends there
    cut = ("KERJA SAMA\n\n\n\nANTARA\n\n\n\nPEMERINTAH KOTA SUKAMAJU\n\n\n\nDENGAN\n\n\n\nUNIVERSITAS LEMBAH HIJAU\n\n\n\n"
           "Pada hari ini Senin tanggal satu bulan Juli tahun dua ribu dua puluh empat.")
    assert [name.upper() for name in _institutions(cut)] == ["PEMERINTAH KOTA SUKAMAJU", "UNIVERSITAS LEMBAH HIJAU"]


def test_a_bilingual_heading_run_on_in_one_line_dengan_with_and_the_opening_after_the_name():
    text = ("KONTRAK KERJA PENGANGKUTAN KAYU TIMBER HAULING Nomor : 014/KJ-LB/III/2019 ANTARA BETWEEN PT. LAUT BIRU "
            "SENTOSA DENGAN WITH PT. GUNUNG HIJAU ABADI Kontrak kerja ini dibuat dan This contract is made "
            "ditandatangani pada hari Senin and signed on Monday antara : 1. PT. LAUT BIRU SENTOSA, perusahaan yang "
            "terdaftar, selanjutnya disebut \"PIHAK PERTAMA\". 2. Budi Santoso selaku Direktur PT GUNUNG HIJAU ABADI "
            "bertindak untuk dan atas nama perusahaan tersebut, untuk selanjutnya disebut \"PIHAK KEDUA\".")
    assert [name.upper() for name in _institutions(text)][1] == "PT. GUNUNG HIJAU ABADI"


def test_a_banks_branch_acting_by_the_authorisation_of_its_head_office_is_the_party():
    text = ("LOAN AGREEMENT\n\nThis LOAN AGREEMENT is made on the 3rd day of March 2005.\n\nBY AND BETWEEN :\n\n"
            "1.   PT SURYA KENCANA TBK., a public limited liability company established under the laws of the "
            "Republic of Indonesia (hereinafter referred to as the \"BORROWER\"); and\n\n"
            "2.   DELTA BANK N.V. Surabaya Branch, by the authorisation from DELTA BANK N.V. Rotterdam a banking "
            "corporation duly established under the laws of the Netherlands (hereinafter referred to as the "
            "\"BANK\");\n\nWHEREAS :\n\nThe Borrower has asked for a loan.\n")
    party = extract_agreement([text]).parties[1]
    assert (party.institution, party.signatory, party.position) == ("DELTA BANK N.V. Surabaya Branch", None, None)


def test_each_partys_reference_number_and_a_letters_number_are_the_documents_numbers():
    text = ("LOAN AGREEMENT\n\n   Borrower Reference Number.K.ABC.7/HK12/2005/\n   Bank Reference Number. 021/2005\n\n"
            "This LOAN AGREEMENT is made on the 3rd day of March 2005.\n")
    assert extract_agreement([text]).numbers == ["K.ABC.7/HK12/2005", "021/2005"]
    letter = ("Letter No. AB-017/WB/XYZ/II/2019\nFebruary 4, 2019\n\nDear Mr. Hartono:\n\nRe: Sumba Water Project "
              "(Phase 2) Loan No. 8890-ID; Amendment No. 1\n\nI refer to the loan agreement between the Republic and "
              "the Bank. The Bank agrees to the amendments set forth below.\n")
    facts = extract_agreement([letter])
    assert facts.numbers == ["AB-017/WB/XYZ/II/2019"]
    assert facts.parent_agreement == "8890-ID"
    # a reference line in prose, not opening its line, is no number of the document
    prose = ("LOAN AGREEMENT\n\nThis LOAN AGREEMENT is made on the 3rd day of March 2005 under the Bank's credit "
             "line, see its Reference Number 77/2004 of last year.\n")
    assert "77/2004" not in extract_agreement([prose]).numbers


def test_a_title_case_between_closing_the_kinds_line_opens_the_list():
    text = ("Ceasefire Monitoring\nFramework Agreement Between\nGovernment of the Republic of Nusantara\n"
            "And the Highland Liberation Front\n\n\nThe Government of the Republic of Nusantara (GRN) and the Highland "
            "Liberation Front (HLF) have held talks since March 2001 and agree on the following:\n\n"
            "1.     Both sides stop hostilities.\n")
    assert [name.lower() for name in _institutions(text)] == ["government of the republic of nusantara",
                                                              "the highland liberation front"]


def test_names_written_with_a_lower_case_the_end_before_the_preambles_the_line():
    text = ("Memorandum\nof Understanding\nbetween\nthe Government of the Republic of Nusantara\nand\n"
            "the Highland Liberation Front\nThe Government of Nusantara\n(GoN) and the Highland Liberation Front (HLF) "
            "confirm their commitment\nto a peaceful solution.\nThe parties agree as follows.\n")
    assert [name.lower() for name in _institutions(text)] == ["the government of the republic of nusantara",
                                                              "the highland liberation front"]
    # names written "The …" themselves: a "The …" line is the next name, as before
    two = ("Memorandum of Understanding\nbetween\nThe Government of the Republic of Nusantara\nand\n"
           "The Government of the Kingdom of Avalon\n\nThe Parties, desiring to cooperate, have agreed as follows:\n")
    assert [name.lower() for name in _institutions(two)] == ["the government of the republic of nusantara",
                                                             "the government of the kingdom of avalon"]


def test_a_loan_number_alone_above_a_project_agreement_heading_is_the_loan_it_is_under():
    # the number on the cover's first line, the heading on its own line below: one reader with the run-on cover
    text = ("LOAN NO. 6034-ID\n\nPROJECT AGREEMENT\n\nAGREEMENT, dated June 5, 2001, between INTERNATIONAL BANK FOR "
            "RECONSTRUCTION AND DEVELOPMENT (the Bank) and PERUSAHAAN DAERAH AIR BUKIT SERAYU (PDABS).\n\n"
            "WHEREAS by the Loan Agreement of even date herewith the Bank has agreed to lend;\n")
    facts = extract_agreement([text])
    assert "6034-ID" not in facts.numbers
    assert facts.parent_agreement == "6034-ID"
