"""English and international agreement forms (issue 18, the released sealed3 set's English misses, as general
forms): "is entered into and signed on …" openings, "hereinafter to be referred to as", "hereafter in this
agreement referred to as", "X designates the Agency Y", a subject after "FOR THE" or "IN THE MATTER OF", dates
in words with the month first, a word masked inside a body's name, … Every text here is written for these tests."""
from __future__ import annotations

import datetime as dt

from ingest.extract.articles import find_articles
from ingest.extract.parties import parse_block
from ingest.extract.terms import find_term, resolve
from ingest.extract.short_names import short_designations
from tests.extract_texts import schema_of


def _rows(facts: dict) -> list[tuple]:
    return [(p["role"], p["institution"], p["signatory"], p["position"]) for p in facts["parties"]]


_ENTERED = ("SUPPLY AGREEMENT\nBETWEEN\nPT SAMUDRA DATA NUSA Tbk\nAND\nPT LANGIT KABEL, Tbk\nON\n"
            "DATA CENTRE COLOCATION SERVICES\nNUMBER: 77/HK.100/SDN-01/2019\nNUMBER: 0042/LK-LGL/2019\n"
            "This agreement is entered into and signed on Wednesday of 6 March 2019, in Surabaya between:\n"
            "|I.\n|\nPT SAMUDRA DATA NUSA Tbk, a company established under the law of the Republic of Indonesia, "
            "domiciled at Jalan Kenari No. 8 Surabaya, which in this Agreement is legally represented by Mr. HARYO "
            "WIBISONO, Vice President of Network Division, hereinafter to be referred to as SDN,\n"
            "|II.\n|\nPT LANGIT KABEL, Tbk, a company established under the law of the Republic of Indonesia, "
            "domiciled at Jalan Cemara no. 12 Malang, which in this Agreement is legally represented by Ms. DEWI "
            "K. ANGGRAINI, Head of Carrier Sales, hereinafter to be referred to as LANGIT.\n"
            "In this Agreement SDN and LANGIT are each to be referred to as \u201cthe Party\u201d and together "
            "to be referred to as \u201cthe Parties.\u201d\n"
            "By considering the following:\n")


def test_an_opening_entered_into_and_signed_on_a_date_in_a_place_and_short_names_to_be_referred_to():
    facts = schema_of([_ENTERED])
    assert (facts["sign_date"], facts["sign_place"]) == ("2019-03-06", "Surabaya")
    assert _rows(facts) == [
        ("PIHAK PERTAMA", "PT SAMUDRA DATA NUSA Tbk", "Mr. Haryo Wibisono", "Vice President of Network Division"),
        ("PIHAK KEDUA", "PT Langit Kabel, TBK", "Ms. Dewi K. Anggraini", "Head of Carrier Sales")]


def test_each_party_and_both_together_named_the_party_and_the_parties_are_no_further_parties():
    shorts = short_designations("A, hereinafter referred to as ABC, and B, hereinafter referred to as BCD. ABC and "
                                "BCD are respectively referred to as \u201cParty\u201d and jointly as \u201cthe "
                                "Parties.\u201d")
    assert [short.short for short in shorts] == ["ABC", "BCD"]


_DESIGNATES = ("MEMORANDUM OF UNDERSTANDING\nBETWEEN\nTHE GOVERNMENT OF THE REPUBLIC OF INDONESIA\nAND\n\n"
               "THE GOVERNMENT OF NEW ZEALAND\nFOR THE\nRIVER BANK PROTECTION PROJECT\n"
               "The Government of the Republic of Indonesia and the Government of New Zealand, desiring to work "
               "together on the River Bank Protection Project, agree as follows:\nARTICLE I\nAgencies\n1.\n\n"
               "The Government of the Republic of Indonesia designates the Directorate General of Water Resources of "
               "the Ministry of Public Works (hereinafter referred to as \"Water Resources\") to carry out its "
               "part of this Memorandum.\n2.\n"
               "The Government of New Zealand designates the New Zealand Aid Office (hereinafter referred to as "
               "\"NZAO\") to carry out its part of this Memorandum.\n"
               "ARTICLE II\nThe Project\n")


def test_a_government_designating_its_agency_is_the_party_and_for_the_introduces_the_subject():
    facts = schema_of([_DESIGNATES])
    assert [p["institution"] for p in facts["parties"]] == ["The Government of the Republic of Indonesia",
                                                            "The Government of New Zealand"]
    assert facts["title"] == "The River Bank Protection Project"
    one_line = schema_of(["AGREEMENT\nBETWEEN\nTHE GOVERNMENT OF THE REPUBLIC OF INDONESIA\nAND\n"
                          "THE GOVERNMENT OF THE KINGDOM OF SPAIN\nFOR THE SUPPLY OF RAILWAY EQUIPMENT\n\n"
                          "The Government of the Republic of Indonesia and the Government of the Kingdom of Spain, "
                          "desiring to strengthen their cooperation,\nhave agreed as follows:\nArticle 1\n"])
    assert one_line["title"] == "The Supply of Railway Equipment"
    assert [p["institution"] for p in one_line["parties"]] == ["The Government of the Republic of Indonesia",
                                                               "The Government of the Kingdom of Spain"]


_MATTER = ("EXHIBIT 4.2\nJOINT AGREEMENT\nIN THE MATTER OF\nESTABLISHMENT OF A JOINT COMPANY TO OPERATE\n"
           "A FERRY SERVICE\nBETWEEN\nPT. PELAYARAN SINAR TIMUR\nYAYASAN XXXX SEJAHTERA KARYAWAN PT. SINAR\nAND\n"
           "PT BAHARI JAYA MANDIRI\nNumber: PKS 118 / HK.200/UT-00/97\n"
           "This agreement was made on Monday, March sixteenth, in the year nineteen hundred and ninety seven, "
           "in Makassar, between:\n"
           "1. PT. PELAYARAN SINAR TIMUR, established by deed number 12 of Notary Siti Aminah SH, in Makassar, "
           "located at Jln. Nusantara number 4, Makassar, in this legal matter represented by BAMBANG\n"
           "X. XXXXXXX, President Director, and referred to hereafter in this agreement as\nSINAR.\n"
           "2. YAYASAN XXXX SEJAHTERA KARYAWAN PT. SINAR [Sinar Employees' Welfare Foundation], established by "
           "deed number 9 of Notary Siti Aminah SH, located on Jl. Merdeka number\n17, Makassar, in this legal "
           "matter represented by HASAN BASRI, chairman,\nhereafter in this agreement referred to as YKS SINAR.\n"
           "3. PT BAHARI JAYA MANDIRI, established by deed number 30 of Notary Rudi Hartono SH, located at "
           "Jl. Pelabuhan number 2, Makassar, in this legal matter represented by LINDA TAN, Director, "
           "hereafter in this agreement referred to as BAHARI.\n")


def test_in_the_matter_of_a_month_first_date_in_words_and_three_parties_referred_to_hereafter():
    facts = schema_of([_MATTER])
    assert facts["title"] == "Establishment of a Joint Company to Operate a Ferry Service"
    assert (facts["sign_date"], facts["sign_place"]) == ("1997-03-16", "Makassar")
    rows = _rows(facts)
    # the director's name is masked ("BAMBANG X. XXXXXXX"): no signatory, his office stays
    assert rows[0] == ("PIHAK PERTAMA", "PT. Pelayaran Sinar Timur", None, "President Director")
    # one word masked inside a body's name: the rest still names the body; its translation in brackets is none
    assert rows[1] == ("PIHAK KEDUA", "Yayasan Xxxx Sejahtera Karyawan PT. Sinar", "Hasan Basri", "chairman")
    assert rows[2][:2] == ("PIHAK KETIGA", "PT Bahari Jaya Mandiri")


def test_a_masked_name_is_still_no_body():
    institution, _, _, _ = parse_block("1. XXXXX XXXXX, represented by Budi, Director, hereinafter referred to as X")
    assert institution is None


_HALF = ("MEMORANDUM OF UNDERSTANDING BETWEEN\nTHE GOVERNMENT OF THE REPUBLIC OF\nINDONESIA\nAND\n"
         "THE GOVERNMENT OF IRELAND\nRELATING TO\nA PORT SAFETY TRAINING PROJECT\n\nGENERAL.\n\n1.\n\n"
         "THIS MEMORANDUM\nexpresses the understandings of the two Governments concerning the Project.\n\n"
         "DURATION\n2.\n\nThis Memorandum enters into force on the date of\nits signature; the Project is taken to "
         "have\nbegun on 1 July 1990. Irish\nsupport for the Project will cease two and a half "
         "years after\nthe date of commencement of the Project.\n")


def test_a_margin_heading_with_a_dot_ends_the_subject_and_a_term_counted_from_another_date_has_no_end():
    facts = schema_of([_HALF])
    assert facts["title"] == "A Port Safety Training Project"
    assert facts["duration"] == "P2Y6M"  # "two and a half years"
    # the term runs from the commencement, not from the signing: no effective or end date from a signing date
    term = find_term(_HALF, find_articles(_HALF))
    effective, length, end = resolve(term, dt.date(1990, 8, 3))
    assert (length[0].iso(), end) == ("P2Y6M", None)


def test_a_half_year_and_years_and_months_in_words():
    from ingest.extract.durations import parse_duration
    from ingest.isodate import IsoDuration
    assert parse_duration("for a period of three years and six months") == IsoDuration(years=3, months=6)
    assert parse_duration("shall remain in force for one and a half years") == IsoDuration(years=1, months=6)
    assert parse_duration("within one and a half months") is None  # half a month: no whole unit


_AMENDMENT = ("Exhibit 4.7\nAMENDMENT TO THE\nJOINT OPERATION AGREEMENT\nFOR THE SUPPLY OF GAS ON TANJUNG BLOCK\n"
              "BETWEEN\nPT ENERGI BARAT\nAND\nPT LAUT HIJAU PERKASA\nThis Amendment to the Joint Operation Agreement "
              "for the Supply of Gas on TANJUNG Block is made and entered into on March 4, 2021 (hereinafter "
              "referred to as the \u201cAmendment\u201d) by and between:\nPT ENERGI BARAT, a company established under "
              "Deed No. 7 dated May 2, 2004, having its address at Jl. Sudirman No. 5, Jakarta, herein represented by "
              "Rudi Hartanto in his capacity as Director 2, and therefore acting for and on behalf of the "
              "aforementioned company, hereinafter referred to as \u201cENERGI BARAT\u201d.\nPT LAUT HIJAU PERKASA, a "
              "company established under Deed No. 11 dated June 8, 2009, having its address at Jl. Gatot")


def test_an_amendment_made_and_entered_into_its_amended_agreement_and_a_party_the_excerpt_cut():
    facts = schema_of([_AMENDMENT])
    assert (facts["doc_type"], facts["sign_date"]) == ("ADDENDUM", "2021-03-04")
    assert facts["title"] == "Joint Operation Agreement for the Supply of Gas on Tanjung Block"
    # "the Amendment" is the document; the second party's paragraph is cut before its designation: the heading
    # still names it, in order
    assert _rows(facts) == [("PIHAK PERTAMA", "PT Energi Barat", "Rudi Hartanto", "Director 2"),
                            ("PIHAK KEDUA", "PT Laut Hijau Perkasa", None, None)]
    whole = schema_of([_AMENDMENT + " Subroto No. 9, Jakarta.\n\nWHEREAS:\nA. The Parties entered into the "
                                    "Agreement.\n\nARTICLE 1\nAMENDMENTS\n1.1 The Agreement is amended.\n"])
    assert [p["institution"] for p in whole["parties"]][:1] == ["PT Energi Barat"]


def test_one_short_name_with_nothing_after_it_designates_no_party():
    assert short_designations("X and Y agree to cooperate in the Project (hereinafter referred to as \u201cRIVER\u201d).") == []
    assert short_designations("PT A, hereinafter referred to as \u201cALPHA\u201d.\nPT B, a company", cut=True)[0].short == "ALPHA"


_CONTENTS = ("EXHIBIT 3.1\nCONTRACT OF WORK\nBETWEEN\nTHE GOVERNMENT OF THE REPUBLIC OF INDONESIA\nAND\n"
             "PT XXXX BUKIT EMAS CORPORATION\nCONTENTS\nARTICLE Page\nINTRODUCTION 1\n1. DEFINITIONS 3\n"
             "2. MINING AREA 7\n3. SURVEY PERIOD 9\n4. LOCAL SUPPLIERS, CONTRACTORS AND\nSERVICE COMPANIES 12\n"
             "ANNEX \"A\" - ANNUAL PROGRESS REPORT 40\nANNEX \"B\" - MAP OF THE AREA 44\nCONTRACT OF WORK\n"
             "This Agreement, made and entered into in Jakarta, in the\nRepublic of Indonesia, on the 2nd day of May\n"
             "1996 by and between the Government of the Republic of\nIndonesia, represented herein by the Minister of "
             "Mines and\nEnergy of the Government of the Republic of Indonesia\n(hereinafter called the \"Government\") "
             "and PT. XXXX BUKIT\nEMAS CORPORATION (a company incorporated in Indonesia by Notarial Deed Numbered 3 "
             "dated April 2nd\n1996, Decr")


def test_a_table_of_contents_names_no_kind_or_subject_and_an_inline_list_by_and_between():
    facts = schema_of([_CONTENTS])
    # "ANNUAL PROGRESS REPORT 40" is a contents entry, no report's heading; the heading names no subject
    assert (facts["doc_type"], facts["title"]) == ("OTHER", None)
    assert (facts["sign_date"], facts["sign_place"]) == ("1996-05-02", "Jakarta")
    assert _rows(facts) == [
        ("PIHAK PERTAMA", "Government of the Republic of Indonesia", None,
         "Minister of Mines and Energy of the Government of the Republic of Indonesia"),
        # one word of its name masked by the publisher: the rest still names the company
        ("PIHAK KEDUA", "PT Xxxx Bukit Emas Corporation", None, None)]


_TREATY = ("Persetujuan an tara\n\nPemerintah Republik Indonesia dan\n\nPemerintah Kerajaan Belanda Mengenai\n\n"
           "Kerjasama Teknik Tahun 1998\n\n(2)\n\n-Pemerintah Republik Indonesia\n\ndan\n\nPemerintah Kerajaan Belanda\n\n"
           "(selanjutnya disebut sebagai \"Pihak-pihak pada Persetujuan\")\n\nBerdasarkan hubungan baik antara kedua "
           "negara,\n\nMerujuk pada Berita Acara Perundingan tertanggal 3 Maret 1998\n\nTelah bersepakat sebagai "
           "berikut:\n\nPasal 1\n\n(1) Pemerintah Kerajaan Belanda akan memberikan hibah.\n")


def test_a_treaty_heading_in_title_case_with_its_labels_at_the_lines_ends():
    facts = schema_of([_TREATY])
    # "an tara": the word OCR split; "… Belanda Mengenai" / the subject below; the minutes the recitals cite are
    # no heading of this document
    assert [p["institution"] for p in facts["parties"]] == ["Pemerintah Republik Indonesia",
                                                            "Pemerintah Kerajaan Belanda"]
    assert facts["title"] == "Kerjasama Teknik Tahun 1998"


_RUN_ON = ("MEMORANDIIM OF AGREEMENT ON ACADEMTC VISITS BETWEEN\nUNIVERSITY OF NORTH\\^rALES AT BANGOR AND\n"
           "TIRTA UNIVERSITY The University of North Wales at Bangor and Tirta University will work together "
           "on visits of their staff.\n1.\nVISITS\n1.1\nEach university may host two visitors a year.\n")


def test_a_garbled_kind_with_its_subject_on_the_line_and_the_last_name_run_into_the_preamble():
    facts = schema_of([_RUN_ON])
    assert facts["doc_type"] == "PKS"  # "MEMORANDIIM OF AGREEMENT": a memorandum of agreement, as OCR read it
    assert facts["title"] == "Academtc Visits"  # as written
    # the heading's damaged name mended from the preamble's clean repetition (mended_names, 1.11.34)
    assert [p["institution"] for p in facts["parties"]] == ["University of North Wales at Bangor", "Tirta University"]


_LETTER = ("Gedung Samudra II\nJl. Kenanga 14\nJakarta Pusat\nMarch 21, 1991\n\nMr. Budi Hartono\nDirector\n"
           "Bureau of Technical Cooperation\nJl. Melati No. 3\nJakarta\nDear Mr. Hartono,\n"
           "I have the honour to refer to the Grant Agreement signed on the 2nd day of May, 1989 between the "
           "Government of Sweden and the Government of Indonesia with respect to the Coastal Fisheries Project.\n")


def test_an_english_letter_is_dated_by_its_date_line_above_the_salutation():
    facts = schema_of([_LETTER])
    assert facts["sign_date"] == "1991-03-21"  # never the cited agreement's 2 May 1989
    assert schema_of([_LETTER.replace("Dear Mr. Hartono,", "Re: the project")])["sign_date"] is None


def test_a_report_heading_read_below_its_opening_is_still_its_heading():
    text = ("Pada hari ini Selasa tanggal lima bulan Maret tahun dua ribu dua puluh (5 Maret 2020)\n\nBERITA ACARA\n"
            "RAPAT EVALUASI KERJA SAMA\nTENTANG PENGELOLAAN SAMPAH TERPADU\n\nbertempat di Sukamaju, telah "
            "dilaksanakan rapat evaluasi dengan hasil sebagai berikut:\n1. PARA PIHAK menyepakati jadwal.\n")
    assert schema_of([text])["title"] == "Berita Acara Rapat Evaluasi Kerja Sama tentang Pengelolaan Sampah Terpadu"


def test_a_name_broken_before_a_lower_case_for_goes_on_in_the_heading_list():
    # "for" opening a line is a subject's label only before capitals ("FOR MARINE RESEARCH"), never inside a name
    # broken over lines in title case ("The Institute" / "for Marine and Coastal Studies")
    text = ("MEMORANDUM OF UNDERSTANDING\nBetween\nUniversitas Pantai Selatan\nand\nThe Institute\n"
            "for Marine and Coastal Studies\n\nThe Parties have agreed as follows.\n\nArticle 1\nScope\n\n"
            "The Parties shall exchange staff.\n")
    assert [p["institution"] for p in schema_of([text])["parties"]] == ["Universitas Pantai Selatan",
                                                                   "The Institute for Marine and Coastal Studies"]
