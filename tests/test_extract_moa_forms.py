"""Forms of English Memoranda of Agreement between local governments and their partners (the released sealed13
set's Philippine forms), on invented texts: parties without role words, "-and-" between them, many parties, the
office before or after the signatory, "Hon." titles, a template with blanks."""
from ingest.extract.extractor import extract_agreement
from ingest.extract.heads import split_head


def _parties(text: str) -> list[tuple]:
    return [(party.role, party.institution, party.signatory, party.position)
            for party in extract_agreement([text]).parties]


_WITNESSETH = ("\n\nWITNESSETH:\n\nWHEREAS, the parties wish to train students of the college in public "
               "administration;\n\nNOW, THEREFORE, for and in consideration of the foregoing premises, the parties "
               "agree as follows:\n\n1. GENERAL PROVISIONS\n\n1.1 The parties shall cooperate.\n")


def test_entered_into_and_between_with_an_acting_officer_and_a_dash_and_dash_separator():
    text = ("MEMORANDUM OF AGREEMENT\n\nKNOW ALL MEN BY THESE PRESENTS:\n\n"
            "This MEMORANDUM OF AGREEMENT entered into and between:\n\n"
            "Riverside Provincial Planning Unit, a government agency existing under the laws of the Republic, with "
            "address at Camp Duarte, Barangay Sampaga, Riverside City, represented\nherein, by PCAPT RAMON B. "
            "SALVADOR, Acting Chief, Riverside Provincial Planning\nUnit , herein referred to as \u201cHost Office or "
            "HO\u201d.\n\n-and-\n\n"
            "KOLEHIYO NG BAYAN NG SANTA INES, a duly accredited educational institution with business address at "
            "Rizal Street, Santa Ines,\nherein represented by DR. LOURDES M. AGBAYANI,\nPresident, hereinafter "
            "referred to as the \u201cKBSI\u201d." + _WITNESSETH)
    assert _parties(text) == [
        ("PIHAK PERTAMA", "Riverside Provincial Planning Unit", "Pcapt Ramon B. Salvador",
         "Acting Chief, Riverside Provincial Planning Unit"),
        ("PIHAK KEDUA", "Kolehiyo NG Bayan NG Santa Ines", "Dr. Lourdes M. Agbayani", "President")]


def test_the_office_before_the_name_after_its_with_a_comma_or_without():
    text = ("MEMORANDUM OF AGREEMENT\n\nKNOW ALL MEN BY THESE PRESENTS:\n\nThis Memorandum of Agreement made and "
            "entered into by and between:\n\n"
            "The CITY GOVERNMENT OF SAN ROQUE, a government instrumentality with office\naddress at Barangay 2, San "
            "Roque City and represented herein by its\nCity Mayor, TERESITA LIM SANTOS and hereinafter referred to "
            "as the \u201cCity LGU\u201d.\n\n-and-\n\n"
            "The Weavers Federated Association of San Roque, Inc., a duly-registered organization with office "
            "address at Purok 1, San Roque and represented by its President Marites Dagohoy, hereinafter referred "
            "to as the \u201cFederation.\u201d" + _WITNESSETH)
    assert _parties(text) == [
        ("PIHAK PERTAMA", "The CITY GOVERNMENT OF SAN ROQUE", "Teresita Lim Santos", "City Mayor"),
        ("PIHAK KEDUA", "The Weavers Federated Association of San Roque", "Marites Dagohoy", "President")]


def test_an_honourable_title_before_the_name_under_the_office():
    text = ("MEMORANDUM OF AGREEMENT\n\nKNOW ALL MEN BY THESE PRESENTS:\n\nThis Agreement made and entered into by "
            "and between:\n\n"
            "The NORTHERN STATE COLLEGE, a duly recognized higher education institution, with postal address at "
            "Mabini Avenue, Norte City, represented by its President,\nDR. ELENA P. RAMOS, hereinafter referred to "
            "as the \u201cNSC\u201d,\n\nand\n\n"
            "The MUNICIPALITY OF LUNA VERDE, an institution existing under the laws of the Republic, with address "
            "at Luna Verde represented by its Mayor, HON.\nROSARIO D. VILLANUEVA and hereinafter referred to as "
            "the \u201cHOST AGENCY\u201d." + _WITNESSETH)
    found = _parties(text)
    assert found[1][1:] == ("The MUNICIPALITY OF LUNA VERDE", "HON. Rosario D. Villanueva", "Mayor")


def test_a_regional_office_numeral_after_its_acronym_and_a_designation_missing_its_verb():
    text = ("MEMORANDUM OF AGREEMENT\n\nKNOW ALL MEN BY THESE PRESENTS:\n\n\nThis Memorandum of Agreement (MOA) made "
            "and entered into this\n_________________, 2019\nBy and between:\n"
            "The Department of Rural Works Regional Office\nIV, with office address at 12 Bonifacio Road, Santa "
            "Cruz, herein\nrepresented by Carmelo T. Reyes, Regional Director and herein to as the\nDRW-RO IV;\n"
            "The Municipality of Bagong Ilog, Rizal Norte, a Local Government Unit\nwith office address at "
            "_______________, herein represented by Honorable Municipal\nMayor Lorna S. Quiambao, and herein "
            "referred to as the LGU;\nThe DRW-RO IV and LGU shall be hereinafter collectively to as the Parties\n"
            "WITNESSETH\nWhereas, the LGU is willing to implement the Project;\nNOW THEREFORE, for and in "
            "consideration")
    assert _parties(text) == [
        ("PIHAK PERTAMA", "The Department of Rural Works Regional Office IV", "Carmelo T. Reyes",
         "Regional Director"),
        ("PIHAK KEDUA", "The Municipality of Bagong Ilog", "Lorna S. Quiambao", "Municipal Mayor")]


def test_the_representation_written_after_the_designation():
    text = ("MEMORANDUM OF AGREEMENT\n\nOn Student Work Immersion\n\nKNOWN ALL MEN BY THESE PRESENTS:\n\n"
            "This memorandum of Agreement made and entered into by and between:\n\n"
            "Municipality of Santo Nino, a municipality duly organized and existing under the laws of the "
            "Republic, with office\naddress at Poblacion 1, Santo Nino, Laguna, hereinafter referred to as\n"
            "\u201cTHE MUNICIPALITY\u201d, represented herein by its representative, Hon. Arturo V. Mendoza, "
            "Mayor.\n\n-and-\n\n"
            "Bright Horizon Learning School, a private educational institution in Santo Nino, Laguna duly "
            "registered with the Department of Education with office address at 12 Acacia St., Santo Nino, "
            "Laguna hereinafter referred to as the\n\u201cTHE SCHOOL\u201d represented herein by its "
            "representative, Carmela B. Cruz, School Principal.\n\nWITNESSETH THAT\n\nWHEREAS, THE MUNICIPALITY "
            "supports the immersion programme.\n")
    assert _parties(text) == [
        ("PIHAK PERTAMA", "Municipality of Santo Nino", "Hon. Arturo V. Mendoza", "Mayor"),
        ("PIHAK KEDUA", "Bright Horizon Learning School", "Carmela B. Cruz", "School Principal")]


def test_an_alliance_of_many_bodies_made_and_entered_among_and_a_last_person_without_a_short_name():
    towns = ["Alitagtag", "Balete", "Cuenca", "Laurel", "Mataas", "Padre Garcia", "Rosario"]
    items = "; ".join(f"The Municipal Government of {town}, Batangas Sur, as represented by the Mayor, Hon. "
                      f"Juan {chr(65 + index)}. Dimaculangan, herein after regarded as \u201cLGU-{town}\u201d"
                      for index, town in enumerate(towns))
    text = ("MEMORANDUM OF AGREEMENT This agreement is made and entered among: " + items +
            "; The Center for Coastal Studies of Mount Carmel University, as represented by Dr. Felipe Ocampo, "
            "herein after regarded as MCU-CCS; and Engr. Rogelio B. Tan, Jr, as proponent of this alliance and "
            "representative of the private sector. WITNESSETH THAT: WHEREAS, all the parties face flooding; "
            "WHEREAS, all the parties agree to act together;")
    found = _parties(text)
    assert len(found) == 9
    assert found[0] == ("PIHAK PERTAMA", "The Municipal Government of Alitagtag", "Hon. Juan A. Dimaculangan", "Mayor")
    assert found[6][:3] == ("PIHAK KETUJUH", "The Municipal Government of Rosario", "Hon. Juan G. Dimaculangan")
    assert found[7] == ("PIHAK KEDELAPAN", "The Center for Coastal Studies of Mount Carmel University",
                        "Dr. Felipe Ocampo", None)
    assert found[8][:3] == ("PIHAK KESEMBILAN", None, "Engr. Rogelio B. Tan, Jr")


def test_a_template_with_blanks_gives_the_printed_offices_and_no_body():
    text = ("MEMORANDUM OF AGREEMENT\n\nKNOW ALL MEN BY THESE PRESENTS:\n\nThis Agreement made and entered into "
            "this _______ day of _________\n2018 in the City of Pasay, by and between:\n\n"
            "The ______________________________,\n\na government-owned and controlled corporation, with office "
            "address at\n\n______________________, represented herein by its\nChief Operating Officer, "
            "________________, hereinafter referred to as\n____________;\n\n- and\n\n"
            "The MUNICIPALITY/CITY, a local government unit,\n\nrepresented herein by its Mayor, NAME, hereinafter "
            "referred to as\nMUNICIPALITY/CITY;\n\nW I T N E S S E T H:\n\nWHEREAS, ____________ shall fund the "
            "PROJECT;\n")
    facts = extract_agreement([text])
    assert [(party.role, party.institution, party.signatory, party.position) for party in facts.parties] == [
        ("PIHAK PERTAMA", None, None, "Chief Operating Officer"), ("PIHAK KEDUA", None, None, "Mayor")]
    assert facts.sign_date is None


def test_a_templates_place_after_a_stray_article_and_before_its_country():
    text = ("MEMORANDUM OF AGREEMENT\n\nKNOW ALL MEN BY THESE PRESENTS:\n\nThis Agreement made and entered into "
            "this _______ day of _________\n2018 in the Cebu, Philippines, by and between:\n\n"
            "The ______________________________,\n\nrepresented herein by its\nPresident, ________________, "
            "hereinafter referred to as\n____________;\n\n- and\n\nThe PROVINCE/CITY, a local government unit,\n\n"
            "represented herein by its Governor/Mayor, NAME, hereinafter referred to as\nPROVINCE/CITY;\n\n"
            "W I T N E S S E T H:\n\nWHEREAS, ____________ shall fund the PROJECT;\n")
    facts = extract_agreement([text])
    assert facts.sign_place == "Cebu"
    assert facts.evidence["sign_place"].confidence < 0.9  # beside a draft's blanks
    assert [party.position for party in facts.parties] == ["President", "Governor/Mayor"]
    assert split_head("its Mayor/Governor, NAME") == (None, "Mayor/Governor")


def test_the_office_introduced_before_its_holder():
    assert split_head("its President Director Jose Marquez") == ("Jose Marquez", "President Director")
    assert split_head("the Mayor, Hon. Lito Garcia") == ("Hon. Lito Garcia", "Mayor")
    assert split_head("its representative, Hon. Lito Garcia, Mayor") == ("Hon. Lito Garcia", "Mayor")
    # an office in title case after the name is the office, acting or not
    assert split_head("ANA B. CRUZ, Acting Chief, Provincial Unit") == ("Ana B. Cruz", "Acting Chief, Provincial Unit")
    # without the possessive, "Mayor" before a name is an Indonesian rank: the name as before
    assert split_head("Mayor Inf. Budi Santoso, Komandan Kodim 0601") == ("Mayor Inf. Budi Santoso",
                                                                         "Komandan Kodim 0601")


def test_past_the_sixth_short_name_only_those_before_the_recitals_name_parties():
    towns = ["Alitagtag", "Balete", "Cuenca", "Laurel", "Mataas", "Padre Garcia"]
    items = "; ".join(f"The Municipal Government of {town}, as represented by the Mayor, Hon. Juan "
                      f"{chr(65 + index)}. Dimaculangan, herein after regarded as \u201cLGU-{town}\u201d"
                      for index, town in enumerate(towns))
    text = ("MEMORANDUM OF AGREEMENT This agreement is made and entered among: " + items + ". WITNESSETH THAT: "
            "WHEREAS, the river basin, hereinafter referred to as \u201cthe Basin\u201d, floods each year; WHEREAS, "
            "the dike, hereinafter referred to as \u201cthe Dike\u201d, is old; NOW THEREFORE the parties agree:")
    parties = extract_agreement([text]).parties
    assert len(parties) == 6
    # the last before the recitals keeps its own short name (a recital's term after it is none of its)
    assert (parties[5].institution, parties[5].signatory) == ("The Municipal Government of Padre Garcia",
                                                              "Hon. Juan F. Dimaculangan")


def test_the_towns_own_article_is_no_stray_one():
    text = ("MEMORANDUM OF AGREEMENT\n\nThis Agreement made and entered into at the Hague by and between:\n\n"
            "The Harbour Board of Zeeburg, represented by its Chairman, Pieter de Vries, hereinafter referred to as "
            "the \u201cBOARD\u201d;\n\n-and-\n\nThe Municipality of Westkust, represented by its Mayor, Anna Smit, "
            "hereinafter referred to as the \u201cMUNICIPALITY\u201d.\n\nWITNESSETH:\n\nWHEREAS, the parties "
            "share a harbour;\n")
    facts = extract_agreement([text])
    assert facts.sign_place is None
    assert [(party.institution, party.signatory, party.position) for party in facts.parties] == [
        ("The Harbour Board of Zeeburg", "Pieter de Vries", "Chairman"),
        ("The Municipality of Westkust", "Anna Smit", "Mayor")]


def test_a_body_or_a_place_after_the_introduced_office_is_no_holder():
    # a translation's office followed by its body: no person read from the body's name
    assert split_head("its Rector Universitas Gadjah Mada")[0] != "Universitas Gadjah Mada"
    assert split_head("the Regent Sleman Regency")[0] != "Sleman Regency"
    assert split_head("the Mayor Kota Bandung")[0] != "Kota Bandung"
    assert split_head("its Head Village Sukamaju")[0] != "Village Sukamaju"
    # the office's own "General" stays with it
    assert split_head("its Director General Budi Santoso") == ("Budi Santoso", "Director General")
    text = ("MEMORANDUM OF UNDERSTANDING\n\nThis Memorandum of Understanding is made and entered into by and "
            "between:\n\n1. Universitas Gadjah Mada, represented by its Rector Universitas Gadjah Mada, hereinafter "
            "referred to as the FIRST PARTY;\n2. The Government of Bandung City, represented by the Mayor Kota "
            "Bandung, hereinafter referred to as the SECOND PARTY.\n\nArticle 1\nPurpose\n")
    assert not {"Universitas Gadjah Mada", "Kota Bandung"} & {party.signatory
                                                              for party in extract_agreement([text]).parties}


def test_a_clause_after_acting_in_title_case_still_ends_the_head():
    text = ("MEMORANDUM OF UNDERSTANDING\n\nWe the undersigned:\n\n"
            "1. Ir. Budi Santoso, M.T., Acting Head of Regional Development Planning Agency of Sleman Regency, acting "
            "For and On Behalf of the Sleman Regency Government, hereinafter referred to as the FIRST PARTY;\n"
            "2. SITI AMINAH, Acting In Her Capacity as Rector of Universitas Maju, hereinafter referred to as the "
            "SECOND PARTY.\n\nArticle 1\nPurpose\n")
    found = _parties(text)
    assert found[0][2:] == ("Ir. Budi Santoso, M.T.",
                            "Acting Head of Regional Development Planning Agency of Sleman Regency")
    assert found[1][1:3] == ("Universitas Maju", "Siti Aminah")


def test_the_representation_after_the_designation_names_someone_and_belongs_to_its_party():
    text = ("MEMORANDUM OF AGREEMENT\n\nThis Agreement made and entered into by and between:\n\n"
            "The City of Iloilo, a local government unit, hereinafter referred to as the \u201cCITY\u201d, represented "
            "by its City Mayor, Hon. Jerry Trenas;\n\n-and-\n\n"
            "Western Visayas College, a state college, hereinafter referred to as the \u201cCOLLEGE\u201d\n\n"
            "represented by the undersigned officers who are duly authorized by their boards.\n\nWITNESSETH:\n\n"
            "WHEREAS, the CITY needs nurses;\n")
    found = _parties(text)
    assert found[0][2:] == ("Hon. Jerry Trenas", "City Mayor")
    assert found[1][1:] == ("Western Visayas College", None, None)  # (the first's representation no part of it)


def test_a_clause_after_the_last_short_name_names_no_last_party():
    start = ("MEMORANDUM OF AGREEMENT\n\nThis Agreement is made by and between:\n\n"
             "The Municipality of Santa Rosa, represented by its Mayor, Hon. Pedro Cruz, hereinafter referred to as "
             "\"LGU\";\nLaguna State College, represented by its President, Dr. Jose Rizal, hereinafter referred to as "
             "\"COLLEGE\"; and\n")
    end = "\n\nWITNESSETH:\n\nWHEREAS, the LGU needs nurses;\n"
    for clause in ("Both Parties agree to the following matters, taking into account the need.",
                   "The LGU and the COLLEGE shall be referred to collectively as the Parties.",
                   "The LGU and the COLLEGE, together the Parties.",
                   "In view of the need of the town for trained nurses, the parties meet."):
        assert len(_parties(start + clause + end)) == 2, clause
    person = _parties(start + "Engr. Rogelio B. Tan, Jr, as proponent of this alliance." + end)
    assert person[2][2] == "Engr. Rogelio B. Tan, Jr"


def test_definitions_are_no_parties_past_the_sixth_without_recitals_nor_in_the_recitals():
    terms = [("Program Magang", "Program"), ("Peserta Didik", "Siswa"), ("Dunia Usaha dan Dunia Industri", "DUDI"),
             ("Sekolah Menengah Kejuruan", "SMK"), ("Guru Pembimbing", "Pembimbing"),
             ("Instruktur Lapangan", "Instruktur"), ("Laporan Kegiatan", "Laporan"), ("Rencana Kerja", "Renja"),
             ("Biaya Operasional", "BOP"), ("Tim Koordinasi", "Tim")]
    definitions = "".join(f"{index}. {term}, selanjutnya disebut {short}, adalah {term.lower()} yang ditetapkan;\n"
                          for index, (term, short) in enumerate(terms, 1))
    text = ("PERJANJIAN KERJA SAMA\nANTARA\nSMK NEGERI 2 SUKAMAJU\nDENGAN\nPT MAJU JAYA\n\nPada hari ini Senin tanggal "
            "tiga bulan Maret tahun dua ribu dua puluh satu, kami yang bertanda tangan di bawah ini:\n\n"
            "Drs. Budi Santoso, Kepala SMK Negeri 2 Sukamaju, dalam hal ini bertindak untuk dan atas nama SMK Negeri "
            "2 Sukamaju, selanjutnya disebut \"SEKOLAH\";\n\nSiti Aminah, Direktur PT Maju Jaya, dalam hal ini "
            "bertindak untuk dan atas nama PT Maju Jaya, selanjutnya disebut \"PERUSAHAAN\".\n\nKedua belah pihak "
            "sepakat sebagai berikut:\n\nKETENTUAN UMUM\n" + definitions + "\nRUANG LINGKUP\nMagang siswa.\n")
    named = {party.signatory for party in extract_agreement([text]).parties}
    assert not named & {"Laporan Kegiatan", "Rencana Kerja", "Biaya Operasional", "Tim Koordinasi"}
    text = ("MEMORANDUM OF AGREEMENT\n\nThis Agreement is made by and between:\n\nThe Municipality of Santa Rosa, "
            "represented by its Mayor, Hon. Pedro Cruz, hereinafter referred to as \"LGU\";\n\n- and -\n\n"
            "Laguna State College, represented by its President, Dr. Jose Rizal, hereinafter referred to as "
            "\"COLLEGE\".\n\nWITNESSETH:\n\nWHEREAS, the river basin, hereinafter referred to as \"the Basin\", floods "
            "each year;\n\nWHEREAS, the office of the governor, hereinafter referred to as OPG, shall help;\n\n"
            "NOW THEREFORE the parties agree:\n\n1. The LGU shall pay.\n")
    assert [party.institution for party in extract_agreement([text]).parties] == [
        "The Municipality of Santa Rosa", "Laguna State College"]


def test_a_defined_terms_numeral_or_blank_between_the_parties_and_the_recitals_is_no_party():
    start = ("MEMORANDUM OF AGREEMENT\n\nThis Agreement is made by and between:\n\nThe Municipality of Santa Rosa, "
             "represented by its Mayor, Hon. Pedro Cruz, hereinafter referred to as \"LGU\";\n\n- and -\n\n"
             "Laguna State College, represented by its President, Dr. Jose Rizal, hereinafter referred to as "
             "\"COLLEGE\".\n\n")
    end = "\n\nWITNESSETH:\n\nWHEREAS, the LGU needs nurses;\n"
    for term in ("The schedule of training attached hereto, hereinafter referred to as Annex I, forms part of it.",
                 "The training site, hereinafter referred to as ________, shall be provided by the LGU."):
        assert len(_parties(start + term + end)) == 2, term


def test_premises_after_the_article_then_a_town_give_no_place():
    for at in ("at the Governor's Office, Jakarta,", "at the Town Hall, Santa Rosa,",
               "at the Universitas Gadjah Mada, Yogyakarta,"):
        text = ("MEMORANDUM OF AGREEMENT\n\nThis Agreement made and entered into on 3 March 2021 " + at +
                " by and between:\n\nThe Municipality of Santa Rosa, represented by its Mayor, Hon. Pedro Cruz, "
                "hereinafter referred to as the \u201cMUNICIPALITY\u201d;\n\n-and-\n\nSanta Rosa Community College, "
                "represented by its President, Dr. Ana Lim, hereinafter referred to as the \u201cCOLLEGE\u201d.\n\n"
                "WITNESSETH:\n\nWHEREAS, the parties wish to cooperate;\n")
        assert extract_agreement([text]).sign_place is None, at


def test_the_introduced_office_then_its_body_names_no_holder():
    assert split_head("The Principal, Sukamaju Senior High School") == (None, "Principal, Sukamaju Senior High School")
    text = ("MEMORANDUM OF UNDERSTANDING\n\nThis Memorandum of Understanding is made and entered into by and between:"
            "\n\n1. The Principal, Sukamaju Senior High School, hereinafter referred to as the FIRST PARTY;\n2. The "
            "Dean, College of Nursing, Laguna State University, hereinafter referred to as the SECOND PARTY.\n\n"
            "Article 1\nPurpose\n")
    found = _parties(text)
    assert found[0][1:3] == (None, None)  # (no body 'The Principal, Sukamaju Senior High School' at 0.8)
    assert found[1][2] is None  # (no person 'The Dean')


def test_the_and_between_the_parties_with_a_word_processors_dashes():
    for separator in ("\u2013and\u2013", "\u2014 and \u2014", "~and~", "_and_", "and;"):
        text = ("MEMORANDUM OF AGREEMENT\n\nThis Agreement entered into and between:\n\nThe City of Iloilo, represented "
                "by its City Mayor, Hon. Jerry Trenas, hereinafter referred to as the \u201cCITY\u201d;\n\n" + separator +
                "\n\nWestern Visayas College, represented by its President, Dr. Ana Lim, hereinafter referred to as "
                "the \u201cCOLLEGE\u201d.\n\nWITNESSETH:\n\nWHEREAS, the CITY needs nurses;\n")
        assert _parties(text)[1][1] == "Western Visayas College", separator


def test_an_offices_second_noun_is_no_holders_first_name():
    assert split_head("its Head Teacher Ana Lim") == ("Ana Lim", "Head Teacher")
    assert split_head("its Principal Investigator Juan Cruz") == ("Juan Cruz", "Principal Investigator")
    assert split_head("its Chief Accountant Juan Cruz") == ("Juan Cruz", "Chief Accountant")


def test_its_representative_a_unit_or_a_name_alone():
    assert split_head("its authorized representative, Regional Development Agency, Sleman Regency") == (None, None)
    assert split_head("its duly authorized representative, Siti Aminah") == ("Siti Aminah", None)
