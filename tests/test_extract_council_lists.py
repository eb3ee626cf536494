"""Agreements among several local governments whose parties are listed rather than set out in identity paragraphs
(listed_sides' plural kind after "by", council_lists, heading_parties' list of regencies), the date and term lines
such agreements print, and near forms that must not change: invented texts, each failing before its rule."""
from __future__ import annotations

from tests.extract_texts import schema_of


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p["role"], p["institution"], p["signatory"]) for p in schema_of([text])["parties"]]


def _confidences(text: str) -> list[float]:
    evidence = schema_of([text])["evidence"]
    return [evidence[key]["confidence"] for key in evidence if key.startswith("parties[")]


ROLES = ["PIHAK PERTAMA", "PIHAK KEDUA", "PIHAK KETIGA", "PIHAK KEEMPAT", "PIHAK KELIMA", "PIHAK KEENAM",
         "PIHAK KETUJUH"]

# ---- the forms read -----------------------------------------------------------------------------------------------

COUNCILS_OF = """PRELIMINARY DRAFT
ALDER REGION LOCAL WATER UTILITIES MEMORANDUM OF UNDERSTANDING

1. Parties
This Memorandum of Understanding is entered into on XXX 2010 by the Councils of Alder Shire, Brook Shire, Cedar
Valley, Dune Shire, Elm City and Fern Water.

2. Background
The councils met in workshops in June and October 2010 to plan the water supply over a 50-year horizon.
"""


def test_councils_listed_after_by_in_the_opening_sentence():
    assert _rows(COUNCILS_OF) == [(role, name, None) for role, name in zip(
        ROLES, ["Alder Shire", "Brook Shire", "Cedar Valley", "Dune Shire", "Elm City", "Fern Water"])]
    assert max(_confidences(COUNCILS_OF)) < 0.9  # nothing designates the roles
    assert schema_of([COUNCILS_OF])["sign_date"] is None  # "XXX 2010": a placeholder, no date


def test_councils_of_under_a_drafts_lines_the_last_with_its_kind_in_brackets():
    text = """C:\\TEMP\\Rendering\\5576\\abcdefgh.docx
PRELIMINARY DRAFT
ALDER REGION LOCAL WATER UTILITIES MEMORANDUM OF UNDERSTANDING
Prepared by Birch Environmental Consultants Page 1 of 3

1. PARTIES TO THE MEMORANDUM
This Memorandum of Understanding is entered into on XXX 2010 by the Councils of Alder Shire, Brook Shire, Cedar
Valley, Gum Shire and Heath Water (a county council).

2. BACKGROUND
The councils met in workshops in June and October 2010.
"""
    assert [name for _, name, _ in _rows(text)] == ["Alder Shire", "Brook Shire", "Cedar Valley", "Gum Shire",
                                                    "Heath Water"]


FOLLOWING_PARTIES = """MEMORANDUM OF UNDERSTANDING

This Memorandum of Understanding is made between the following parties:
CITY OF ALDERTON of 1 Main Street, ALDERTON, AND
SHIRE OF BROOKDALE of 5 Rail Road, BROOKDALE, AND
SHIRE OF MT CEDAR of 12 Hill Street, CEDARVALE, AND
SHIRE OF DUNMORE of 3 Bay Parade, DUNMORE
(the Member Councils)

1. Term of Agreement
Term of Agreement 1 July 2020 – 30 June 2023
"""


def test_the_following_parties_each_with_its_address():
    assert _rows(FOLLOWING_PARTIES) == [(role, name, None) for role, name in zip(
        ROLES, ["CITY OF ALDERTON", "SHIRE OF BROOKDALE", "SHIRE OF MT CEDAR", "SHIRE OF DUNMORE"])]
    assert max(_confidences(FOLLOWING_PARTIES)) < 0.9


def test_the_term_of_agreement_line():
    facts = schema_of([FOLLOWING_PARTIES])
    assert (facts["effective_date"], facts["end_date"]) == ("2020-07-01", "2023-06-30")


def test_the_following_parties_flattened_onto_one_line():
    text = ("MEMORANDUM OF UNDERSTANDING This Memorandum of Understanding is made between the following parties: "
            "SHIRE OF ALDERTON of Main Street, ALDERTON, AND SHIRE OF BROOKDALE of Rail Road, BROOKDALE, AND SHIRE "
            "OF CEDARVALE of Hill Street, CEDARVALE (the Members) 1. DEFINITIONS AND INTERPRETATION In this "
            "Memorandum the words have these meanings.\n")
    assert [name for _, name, _ in _rows(text)] == ["SHIRE OF ALDERTON", "SHIRE OF BROOKDALE", "SHIRE OF CEDARVALE"]


def test_a_masked_name_keeps_its_place_and_gives_no_party():
    """A site masked some names ("AND of Rail Road, BROOKDALE"): the item keeps its place, no name is invented."""
    text = """MEMORANDUM OF UNDERSTANDING

This Memorandum of Understanding is made between the following parties:
SHIRE OF ALDERTON of Main Street, ALDERTON, AND
of Rail Road, BROOKDALE, AND
SHIRE OF MT CEDAR of Hill Street, CEDARVALE, AND
of Bay Parade, DUNMORE, AND
SHIRE OF ELMORE of Elm Road, ELMORE

1. DEFINITIONS
"""
    assert _rows(text) == [("PIHAK PERTAMA", "SHIRE OF ALDERTON", None), ("PIHAK KETIGA", "SHIRE OF MT CEDAR", None),
                           ("PIHAK KELIMA", "SHIRE OF ELMORE", None)]


DESCRIBED = """ALDER COAST STRATEGIC ALLIANCE AGREEMENT

dated 31 March 2017
Between
The HARBOUR COUNCIL, a council listed in Part 2 of Schedule 2 of the Local Government Act 2002
The BAY REGIONAL COUNCIL, a regional council listed in Part 1 of Schedule 2 of the Local Government Act 2002
The NORTHWOOD REGIONAL COUNCIL, a regional council listed in Part 1 of Schedule 2 of the Local Government Act 2002
The RIVERTON CITY COUNCIL, a territorial authority listed in Part 2 of Schedule 2 of the Local Government Act 2002

A. Background
The councils agree to collaborate on interregional issues.
"""


def test_one_council_a_line_with_its_description_and_the_date_line():
    facts = schema_of([DESCRIBED])
    assert [(p["role"], p["institution"]) for p in facts["parties"]] == list(zip(
        ROLES, ["HARBOUR COUNCIL", "BAY REGIONAL COUNCIL", "NORTHWOOD REGIONAL COUNCIL", "RIVERTON CITY COUNCIL"]))
    assert facts["sign_date"] == "2017-03-31"
    assert facts["doc_type"] == "PKS"  # headed by its own name, opened by its date line


def test_one_council_a_line_flattened_after_the_sites_lines():
    text = ("Size: px Start display at page: Download Transcription 1 ALDER COAST STRATEGIC ALLIANCE AGREEMENT (ACSA) "
            "Between THE HARBOUR COUNCIL and others 2 dated 31 March 2017 Between The HARBOUR COUNCIL, a council "
            "listed in Part 2 of Schedule 2 of the Local Government Act 2002 The BAY REGIONAL COUNCIL, a regional "
            "council listed in Part 1 of Schedule 2 of the Local Government Act 2002 The RIVERTON CITY COUNCIL, a "
            "territorial authority listed in Part 2 of Schedule 2 of the Local Government Act 2002 A. Background The "
            "councils agree to collaborate.\n")
    facts = schema_of([text])
    assert [p["institution"] for p in facts["parties"]] == ["HARBOUR COUNCIL", "BAY REGIONAL COUNCIL",
                                                           "RIVERTON CITY COUNCIL"]
    assert facts["sign_date"] == "2017-03-31"


def test_a_described_council_also_known_by_another_name():
    text = ("ALDER STRATEGIC ALLIANCE AGREEMENT 2 dated 31 March 2017 Between The HARBOUR COUNCIL, a council listed in "
            "Part 2 of Schedule 2 of the Local Government Act 2002 The WAIKOHE REGIONAL COUNCIL, also known as "
            "Environment Waikohe, a regional council listed in Part 1 of Schedule 2 of the Local Government Act 2002 "
            "The RIVERTON CITY COUNCIL, a territorial authority listed in Part 2 of Schedule 2 of the Local "
            "Government Act 2002 B. Parties The parties are the councils above.\n")
    assert [name for _, name, _ in _rows(text)] == ["HARBOUR COUNCIL", "WAIKOHE REGIONAL COUNCIL",
                                                    "RIVERTON CITY COUNCIL"]


def test_a_name_wrapped_over_the_lines_end():
    text = ("MEMORANDUM OF UNDERSTANDING This Memorandum of Understanding is made between the following parties: "
            "SHIRE OF ALDERTON of Main Street, ALDERTON, AND SHIRE\nOF BROOKDALE of Rail Road, BROOKDALE, AND SHIRE OF "
            "CEDARVALE of Hill Street, CEDARVALE (the Members) 1. DEFINITIONS\n")
    assert [name for _, name, _ in _rows(text)] == ["SHIRE OF ALDERTON", "SHIRE OF BROOKDALE", "SHIRE OF CEDARVALE"]


def test_the_parties_to_this_agreement_are_numbered():
    text = ("Triennial Agreement\n\nThe parties to this agreement are:\n1. Alder Regional Council\n2. Birchwood "
            "District Council\n3. Cedar District Council\n")
    assert [name for _, name, _ in _rows(text)] == ["Alder Regional Council", "Birchwood District Council",
                                                    "Cedar District Council"]


def test_one_council_a_line_with_blank_lines_between():
    text = ("ALLIANCE AGREEMENT\n\ndated 31 March 2017\n\nBetween\n\nThe HARBOUR COUNCIL, a council listed in Part 2 of "
            "Schedule 2 of the Local\nGovernment Act 2002\n\nThe BAY REGIONAL COUNCIL, a regional council listed in Part "
            "1\n\nThe NORTH COUNCIL, a council listed in Part 2\n\nA. Background\n")
    facts = schema_of([text])
    assert [p["institution"] for p in facts["parties"]] == ["HARBOUR COUNCIL", "BAY REGIONAL COUNCIL", "NORTH COUNCIL"]
    assert (facts["sign_date"], facts["doc_type"]) == ("2017-03-31", "PKS")


def test_a_transcriptions_cover_listing_the_councils_above_the_date_line():
    councils = ["HARBOUR COUNCIL", "BAY OF KELP REGIONAL COUNCIL", "RIVERTON CITY COUNCIL"]
    text = ("Size: px Start display at page: Download Transcription 1 UPPER ALDER STRATEGIC ALLIANCE AGREEMENT (UASA) "
            "Between Harbour Council Bay of Kelp Regional Council Riverton City Council 2 dated 31 March 2017 Between "
            + " ".join(f"The {name}, a council listed in Part 2 of Schedule 2 of the Local Government Act 2002"
                       for name in councils) + " A. Background\n")
    facts = schema_of([text])
    assert [p["institution"] for p in facts["parties"]] == councils
    assert (facts["doc_type"], facts["sign_date"], facts["title"]) == ("PKS", "2017-03-31", None)


def test_two_bodies_of_an_english_deed_between_and_lines():
    """The same form with two parties: "AND" between blank lines, a deed's "(1)" / "(2)", a company's number."""
    texts = {"INTERLOCAL AGREEMENT\n\nBETWEEN\n\nTHE CITY OF ALDERTON, a municipal corporation of the State of "
             "Washington (\"City\")\n\nAND\n\nALDER WATER DISTRICT, a special purpose district (\"District\")\n\nThis "
             "Agreement is entered into by the City and the District as of the date last signed below.\n":
             ["The City of Alderton", "Alder Water District"],  # (each side designated: two_sides reads it first)
             "DEED OF AGREEMENT\n\nBETWEEN:\n\n(1) ALDER BOROUGH COUNCIL of Town Hall, High Street, Alderton (the \"Lead "
             "Council\"); and\n(2) BROOK DISTRICT COUNCIL of Council Offices, Brook Road, Brookdale (the \"Partner "
             "Council\").\n\n1. DEFINITIONS\n": ["ALDER BOROUGH COUNCIL", "BROOK DISTRICT COUNCIL"],
             "THIS AGREEMENT is made on 4 May 2019\n\nBETWEEN\n\nALDER BOROUGH COUNCIL of Town Hall, High Street, "
             "Alderton (\"the Council\") of the one part\n\nAND\n\nBRIGHT HOMES LIMITED (company number 01234567) whose "
             "registered office is at 5 Low Street, Brookdale (\"the Developer\") of the other part\n":
             ["ALDER BOROUGH COUNCIL", "BRIGHT HOMES LIMITED"]}
    for text, names in texts.items():
        assert [(role, name) for role, name, _ in _rows(text)] == list(zip(ROLES, names))


NUMBERED = """Triennial Agreement for the Alder Region

Parties
1. Alder Regional Council (Alder-Coast Regional Council)
2. Birchwood District Council
3. Cedar District Council
4. Dunmore City Council
Non-primary signatories:
5. Elmstead District Council
6. Fernhill District Council

Effective date
The Agreement is effective from 1 March 2020 until it is renewed following the 2022 local authority elections.
"""


def test_a_numbered_list_under_parties_principal_then_non_primary():
    assert [(role, name) for role, name, _ in _rows(NUMBERED)] == list(zip(ROLES, [
        "Alder Regional Council (Alder-Coast Regional Council)", "Birchwood District Council", "Cedar District Council",
        "Dunmore City Council", "Elmstead District Council", "Fernhill District Council"]))


def test_effective_from_a_date():
    assert schema_of([NUMBERED])["effective_date"] == "2020-03-01"


def test_a_numbered_list_flattened_onto_one_line():
    text = ("DRAFT Triennial Agreement for the Alder Region March 2020 Signatories 1. Alder Regional Council 2. "
            "Birchwood District Council 3. Cedar District Council Non-primary signatories 4. Fernhill District "
            "Council Purpose The purpose of this agreement is to foster communication.\n")
    assert [name for _, name, _ in _rows(text)] == ["Alder Regional Council", "Birchwood District Council",
                                                    "Cedar District Council", "Fernhill District Council"]


def test_names_masked_to_their_kind_give_no_party():
    text = """Triennial Agreement

Signatories
1. Alder Regional Council
2. Council
3. Cedar District Council
4. City Council
5. Elmstead District Council
"""
    assert _rows(text) == [("PIHAK PERTAMA", "Alder Regional Council", None),
                           ("PIHAK KETIGA", "Cedar District Council", None),
                           ("PIHAK KELIMA", "Elmstead District Council", None)]


GROUP = """MEMORANDUM OF UNDERSTANDING
BETWEEN
ALDER COAST PARTNERSHIP INCORPORATED ("the ACP")
-and-
THE CITIES OF ALDER TON, BIRCHWOOD AND CEDARVALE AND THE SHIRES OF DUNMORE AND ELMSTEAD
(collectively "Member Local Governments")

THIS MEMORANDUM OF UNDERSTANDING dated the 2 /57- day of0260/v6210g-
"""


def test_a_body_and_a_group_of_member_local_governments():
    """The members share the second role, each a party of its own; the heading's words as written ("ALDER TON")."""
    assert [(role, name) for role, name, _ in _rows(GROUP)] == [
        ("PIHAK PERTAMA", "ALDER COAST PARTNERSHIP INCORPORATED"), ("PIHAK KEDUA", "CITY OF ALDER TON"),
        ("PIHAK KEDUA", "CITY OF BIRCHWOOD"), ("PIHAK KEDUA", "CITY OF CEDARVALE"), ("PIHAK KEDUA", "SHIRE OF DUNMORE"),
        ("PIHAK KEDUA", "SHIRE OF ELMSTEAD")]
    assert schema_of([GROUP])["sign_date"] is None
    assert max(_confidences(GROUP)) < 0.9


def test_a_group_in_title_case_wrapped_over_two_lines():
    text = """Memorandum of Understanding

Alder Coast Partnership Incorporated ("the ACP")
-and-
The Cities of Alderton and Birchwood and the Shires of Dunmore,
Elmstead and Fernhill (collectively "Member Local Governments")

1. Purpose
"""
    assert [(role, name) for role, name, _ in _rows(text)] == [
        ("PIHAK PERTAMA", "Alder Coast Partnership Incorporated"), ("PIHAK KEDUA", "City of Alderton"),
        ("PIHAK KEDUA", "City of Birchwood"), ("PIHAK KEDUA", "Shire of Dunmore"), ("PIHAK KEDUA", "Shire of Elmstead"),
        ("PIHAK KEDUA", "Shire of Fernhill")]


def test_a_group_heading_flattened_after_the_kind_or_wrapped():
    members = ["CITY OF ALDERTON", "CITY OF BIRCHWOOD", "SHIRE OF DUNMORE", "SHIRE OF ELMSTEAD"]
    flattened = ("Total Page:16 File Type:pdf, Size:1020Kb MEMORANDUM OF UNDERSTANDING ALDER COAST PARTNERSHIP "
                 "INCORPORATED (\"the ACP\") -and- THE CITIES OF ALDERTON AND BIRCHWOOD AND THE SHIRES OF DUNMORE AND "
                 "ELMSTEAD (collectively \"Member Local Governments\") THIS MEMORANDUM OF UNDERSTANDING dated the 2 day "
                 "of\n")
    wrapped = ("MEMORANDUM OF UNDERSTANDING\nALDER COAST PARTNERSHIP\nINCORPORATED (\"the ACP\")\n-and-\nTHE CITIES OF "
               "ALDERTON AND BIRCHWOOD AND THE SHIRES OF DUNMORE AND ELMSTEAD (collectively \"Member Local "
               "Governments\")\n")
    for text in (flattened, wrapped):
        assert [(role, name) for role, name, _ in _rows(text)] == [
            ("PIHAK PERTAMA", "ALDER COAST PARTNERSHIP INCORPORATED")] + [("PIHAK KEDUA", name) for name in members]


def test_two_bodies_with_and_between_dashes_alone_on_its_line():
    text = """MEMORANDUM OF UNDERSTANDING
BETWEEN
ALDER COAST PARTNERSHIP INCORPORATED
-and-
BROOKDALE SHIRE COUNCIL

1. Purpose
"""
    assert [name for _, name, _ in _rows(text)] == ["Alder Coast Partnership Incorporated", "Brookdale Shire Council"]


REGENCIES = ["Pemerintah Kabupaten Sukamaju", "Pemerintah Kabupaten Sukamakmur", "Pemerintah Kabupaten Sukasari",
             "Pemerintah Kabupaten Sukadamai", "Pemerintah Kabupaten Sukajaya"]


def test_a_heading_listing_five_regencies_with_commas():
    text = """KESEPAKATAN BERSAMA
ANTARA
PEMERINTAH KABUPATEN SUKAMAJU, PEMERINTAH KABUPATEN SUKAMAKMUR, PEMERINTAH KABUPATEN SUKASARI, PEMERINTAH KABUPATEN SUKADAMAI DAN PEMERINTAH KABUPATEN SUKAJAYA
TENTANG
KERJA SAMA ANTAR DAERAH DALAM PENGELOLAAN SAMPAH REGIONAL

Pada hari ini Senin tanggal dua bulan Maret tahun dua ribu dua puluh, bertempat di Sukamaju, kami yang bertanda
tangan di bawah ini sepakat untuk mengadakan kerja sama antar daerah.
"""
    assert [(role, name) for role, name, _ in _rows(text)] == list(zip(ROLES, REGENCIES))


def test_regencies_listed_after_the_opening_formula():
    text = """KESEPAKATAN BERSAMA
KERJA SAMA ANTAR DAERAH
TENTANG
PENGELOLAAN SAMPAH REGIONAL

Pada hari ini Senin tanggal dua bulan Maret tahun dua ribu dua puluh, kami yang bertanda tangan di bawah ini:
1. Pemerintah Kabupaten Sukamaju;
2. Pemerintah Kabupaten Sukamakmur;
3. Pemerintah Kabupaten Sukasari;
4. Pemerintah Kabupaten Sukadamai; dan
5. Pemerintah Kabupaten Sukajaya;
sepakat untuk mengadakan kerja sama antar daerah.
"""
    assert [(role, name) for role, name, _ in _rows(text)] == list(zip(ROLES, REGENCIES))


OPENING = ("KESEPAKATAN BERSAMA\nKERJA SAMA ANTAR DAERAH\nTENTANG\nPENGELOLAAN SAMPAH REGIONAL\n\nPada hari ini Senin "
           "tanggal dua bulan Maret tahun dua ribu dua puluh, kami yang bertanda tangan di bawah ini:\n")


def test_regencies_each_with_its_regent_designated_together():
    text = OPENING + """1. Pemerintah Kabupaten Sukamaju, diwakili oleh BUDI SANTOSO, Bupati Sukamaju;
2. Pemerintah Kabupaten Sukamakmur, diwakili oleh SITI AMINAH, Bupati Sukamakmur;
3. Pemerintah Kabupaten Sukasari, diwakili oleh AGUS SALIM, Bupati Sukasari; dan
4. Pemerintah Kabupaten Sukadamai, diwakili oleh RINA WATI, Bupati Sukadamai,
selanjutnya secara bersama-sama disebut PARA PIHAK, sepakat untuk mengadakan kerja sama antar daerah.
"""
    facts = schema_of([text])
    assert [(p["role"], p["institution"], p["signatory"], p["position"]) for p in facts["parties"]] == [
        (role, body, person, f"Bupati {body.split()[-1]}") for role, body, person in zip(
            ROLES, REGENCIES, ["Budi Santoso", "Siti Aminah", "Agus Salim", "Rina Wati"])]
    assert max(_confidences(text)) < 0.9  # the roles by the list's order only


def test_regents_acting_for_their_regencies():
    text = OPENING + """1. BUDI SANTOSO, Bupati Sukamaju, bertindak untuk dan atas nama Pemerintah Kabupaten Sukamaju;
2. SITI AMINAH, Bupati Sukamakmur, bertindak untuk dan atas nama Pemerintah Kabupaten Sukamakmur;
3. AGUS SALIM, Bupati Sukasari, bertindak untuk dan atas nama Pemerintah Kabupaten Sukasari;
sepakat untuk mengadakan kerja sama antar daerah.
"""
    assert [(role, name, person) for role, name, person in _rows(text)] == list(zip(
        ROLES, REGENCIES[:3], ["Budi Santoso", "Siti Aminah", "Agus Salim"]))


def test_officers_acting_for_one_regency_are_no_list_of_parties():
    text = OPENING + """1. BUDI SANTOSO, Kepala Dinas Lingkungan Hidup, bertindak untuk dan atas nama Pemerintah Kabupaten Sukamaju;
2. SITI AMINAH, Sekretaris Daerah, bertindak untuk dan atas nama Pemerintah Kabupaten Sukamaju;
sepakat untuk melaksanakan pengelolaan sampah.
"""
    assert not schema_of([text])["parties"]


def test_para_pihak_numbered_on_one_line():
    text = """KESEPAKATAN BERSAMA
KERJA SAMA ANTAR DAERAH
TENTANG
PENGELOLAAN SAMPAH REGIONAL

Para Pihak:
1. Pemerintah Kabupaten Sukamaju 2. Pemerintah Kabupaten Sukamakmur 3. Pemerintah Kabupaten Sukasari 4. Pemerintah Kabupaten Sukadamai 5. Pemerintah Kabupaten Sukajaya

Pasal 1
Maksud dan Tujuan
"""
    assert [(role, name) for role, name, _ in _rows(text)] == list(zip(ROLES, REGENCIES))


# ---- near forms that must not change ----------------------------------------------------------------------------

def test_a_recital_naming_councils_is_no_list_of_parties():
    text = """MEMORANDUM OF UNDERSTANDING

WHEREAS the Councils of Alder Shire, Brook Shire and Cedar Valley have met in workshops since 2008; and
WHEREAS this Memorandum was entered into by the Councils of Alder Shire and Brook Shire in 2005.

1. Purpose
To share water planning.
"""
    assert not schema_of([text])["parties"]


def test_a_report_on_a_memorandum_the_councils_entered_into():
    text = """REPORT TO COUNCIL

The Regional Memorandum was entered into by the Councils of Alder Shire, Brook Shire and Cedar Valley in 2005. It is
now due for review.
"""
    assert not schema_of([text])["parties"]


def test_signatories_named_as_persons_are_no_bodies():
    for text in ("IN WITNESS WHEREOF the parties have signed this Agreement.\n\nSignatories\n1. Jane Hartley, Mayor, "
                 "Alder District Council\n2. Tom Brook, Mayor, Brook District Council\n3. Anna Cedar, Chair, Cedar "
                 "Regional Council\n",
                 "TRIENNIAL AGREEMENT\n\nSignatories\n1. Jane Hartley\n2. Tom Brook\n3. Anna Cedar\n"):
        assert not schema_of([text])["parties"]


def test_a_table_of_contents_is_no_list():
    assert not schema_of(["CONTENTS\n1. Parties\n2. Purpose\n3. Term\n4. Signatories\n"])["parties"]


def test_a_letter_listing_councils_names_no_parties():
    text = """Alder District Council
1 Main Street
Alderton

12 May 2021

Dear Sir,

Re: Regional transport plan

The following parties:
1. Alder District Council
2. Brook District Council
3. Cedar Regional Council
have endorsed the plan and will consult their communities before 30 June 2021.

Yours faithfully,
Jane Hartley
Chief Executive
"""
    assert not schema_of([text])["parties"]


def test_a_heading_between_two_bodies_one_a_line_is_no_described_list():
    """A "BETWEEN" / "A" / "AND" / "B" heading names its bodies bare: listed_bodies reads only names with an address
    or a description, so the opening's own designations decide."""
    text = ("COOPERATION AGREEMENT\nBETWEEN\nPT TIRTA ENERGI NUSANTARA\nAND\nRUMAH SAKIT HARAPAN SEHAT\n\n"
            "This Agreement is made and entered into in Kota Tirta on 12 June 2023 by and between:\n\n"
            "1. PT TIRTA ENERGI NUSANTARA, a company incorporated under the laws of the Republic of Indonesia, "
            "acting through BENNY HALIM, its President Director (hereinafter referred to as \"TEN\");\n2. RUMAH SAKIT "
            "HARAPAN SEHAT, a private hospital located at Jalan Kenanga 8, Kota Tirta, acting through dr. LINDA "
            "KUSUMAWATI, Sp.A., its Director (hereinafter referred to as \"Hospital\").\n")
    assert [p["signatory"] for p in schema_of([text])["parties"]] == ["Benny Halim", "dr. Linda Kusumawati, Sp.A."]


def test_an_indonesian_agreement_with_designations_is_unchanged():
    text = """KESEPAKATAN BERSAMA
ANTARA
PEMERINTAH KABUPATEN SUKAMAJU
DENGAN
PEMERINTAH KABUPATEN SUKAMAKMUR
TENTANG
KERJA SAMA PENGELOLAAN AIR MINUM

Pada hari ini Senin tanggal dua bulan Maret tahun dua ribu dua puluh, kami yang bertanda tangan di bawah ini:
1. Nama : BUDI SANTOSO
   Jabatan : Bupati Sukamaju
   bertindak untuk dan atas nama Pemerintah Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;
2. Nama : SITI AMINAH
   Jabatan : Bupati Sukamakmur
   bertindak untuk dan atas nama Pemerintah Kabupaten Sukamakmur, selanjutnya disebut PIHAK KEDUA.
"""
    assert _rows(text) == [("PIHAK PERTAMA", "Pemerintah Kabupaten Sukamaju", "Budi Santoso"),
                           ("PIHAK KEDUA", "Pemerintah Kabupaten Sukamakmur", "Siti Aminah")]


def test_one_ministry_with_commas_in_its_name_stays_one_party():
    text = """KESEPAKATAN BERSAMA
ANTARA
KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, RISET DAN TEKNOLOGI
DENGAN
PEMERINTAH KABUPATEN SUKAMAJU
TENTANG
PENGEMBANGAN SEKOLAH
"""
    assert [name for _, name, _ in _rows(text)] == ["Kementerian Pendidikan, Kebudayaan, Riset dan Teknologi",
                                                    "Pemerintah Kabupaten Sukamaju"]


def test_a_cited_deed_dated_between_is_no_signing_date():
    for text in ("DEED OF VARIATION\n\nWHEREAS the parties are bound by the Deed dated 1 May 2015 between the A COUNCIL "
                 "and the B COUNCIL.\n",
                 "DEED\n\nThe Deed dated 1 May 2015\nBetween the councils was varied.\n"):
        assert schema_of([text])["sign_date"] is None


def test_a_schedule_effective_from_a_date_is_no_term():
    text = "SERVICES AGREEMENT\n\nThe fee schedule is effective from 1 July 2021 and is reviewed each year.\n"
    assert schema_of([text])["effective_date"] is None


def test_members_listed_inside_an_agreement_are_no_parties():
    text = """MEMORANDUM OF UNDERSTANDING
BETWEEN
ALDER DISTRICT COUNCIL
AND
BROOK DISTRICT COUNCIL

5. Joint Committee
Members
1. Alder District Council
2. Brook District Council
3. Cedar Regional Council
"""
    assert [name for _, name, _ in _rows(text)] == ["Alder District Council", "Brook District Council"]


def test_a_report_headed_agreement_review_with_no_date_line_stays_other():
    text = "ALLIANCE AGREEMENT REVIEW\n\nThe councils reviewed the alliance on 3 May 2019 and dated the report.\n"
    assert schema_of([text])["doc_type"] == "OTHER"


def test_the_councils_sentence_ends_at_its_full_stop_above_a_numbered_section():
    """The sentence on one line and "1. Purpose" right below it (no blank line): its full stop at the line's end ends
    the list ("Fern Water.\\n1." is no name); a company's "Co." at a line's end still ends nothing."""
    text = ("EASTERN VALLEYS WATER MEMORANDUM OF UNDERSTANDING\nThis Memorandum of Understanding is entered into on "
            "XXX 2010 by the Councils of Alder Shire, Brook Shire, Cedar Valley and Fern Water.\n1. Purpose\n"
            "The councils wish to cooperate on water planning.\n")
    assert [name for _, name, _ in _rows(text)] == ["Alder Shire", "Brook Shire", "Cedar Valley", "Fern Water"]
    assert schema_of([text])["sign_date"] is None
