"""A line's end inside a sentence is a space: the same facts whether a page's width broke a line or not (issue 18,
`bench.eval_real --wrap`). Every text here is invented for these tests, broken by hand at places the sealed13
texts re-wrapped at 80 columns showed (a name after its initial, "herein" / "after", a short name in quotes, a
serial after "#", a flattened heading and its closing) and the development sets re-wrapped at 80 showed later (a
clause's short last line, a name before its colon, numbers run together, side by side or stacked, an excerpt's one
short name, a letter's subject, a heading repeated, a kind in lower case, interleaved columns, a state's name before
AND, a sentence's tail under a signature's role), and re-wrapped at several widths."""
from __future__ import annotations

import textwrap

import pytest

from ingest.extract.extractor import extract_agreement
from ingest.extract.heads import split_head
from ingest.extract.listed_sides import run_on_pair
from tests.extract_texts import schema_of


def _rewrap(text: str, width: int) -> str:
    """Every line longer than `width` broken at its spaces, as bench.eval_real --wrap does."""
    return "\n".join(piece for line in text.split("\n")
                     for piece in (textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
                                   if len(line) > width else [line]) or [""])


def _parties(text: str) -> list[tuple]:
    return [(party.role, party.institution, party.signatory, party.position)
            for party in extract_agreement([text]).parties]


_REPRESENTED = ("MEMORANDUM OF AGREEMENT\n\nKNOW ALL MEN BY THESE PRESENTS:\n\n"
                "This memorandum of Agreement made and entered into by and between:\n\n"
                "Municipality of San Isidro, a municipality duly organized under the laws of the Republic, with office "
                "address at Poblacion 2, San Isidro, Quezon, hereinafter referred to as \u201cTHE MUNICIPALITY\u201d, "
                "represented herein by its representative, Hon. Teodoro Q.{break}Villanueva, Mayor.\n\n-and-\n\n"
                "Little Pines Academy, a private school in San Isidro, Quezon with office address at 7 Narra St., San "
                "Isidro, Quezon hereinafter referred to as the \u201cTHE ACADEMY\u201d represented herein by its "
                "representative, Dr.{break}Rosalinda M. Aquino, School Director.\n\nWITNESSETH THAT\n\n"
                "WHEREAS, THE MUNICIPALITY supports the work immersion of the academy's students.\n")
_REPRESENTED_PARTIES = [("PIHAK PERTAMA", "Municipality of San Isidro", "Hon. Teodoro Q. Villanueva", "Mayor"),
                        ("PIHAK KEDUA", "Little Pines Academy", "Dr. Rosalinda M. Aquino", "School Director")]


def test_a_representation_after_the_designation_broken_after_an_initial_or_a_title_is_one_name():
    assert _parties(_REPRESENTED.format(**{"break": " "})) == _REPRESENTED_PARTIES
    assert _parties(_REPRESENTED.format(**{"break": "\n"})) == _REPRESENTED_PARTIES


def _alliance(joint: str) -> str:
    towns = ["Dapdap", "Lumbang", "Malaya", "Pangil"]
    items = "; ".join(f"The Municipal Government of {town}, Laguna Norte, as represented by the Mayor, Hon. Pedro "
                      f"{chr(75 + index)}. Salonga, herein{joint}after regarded as \u201cLGU-{town}\u201d"
                      for index, town in enumerate(towns))
    return ("MEMORANDUM OF AGREEMENT This agreement is made and entered among: " + items +
            "; The River Basin Institute of Saint Jude College, as represented by Dr. Amparo Reyes, herein"
            f"{joint}after regarded as SJC-RBI; and Engr. Lorenzo T. Bautista, Jr, as proponent of this alliance. "
            "WITNESSETH THAT: WHEREAS, all the parties face river flooding; WHEREAS, all the parties agree to act;")


def test_herein_after_broken_between_its_words_still_designates_each_party():
    joined, broken = _parties(_alliance(" ")), _parties(_alliance("\n"))
    assert len(joined) == 6
    assert broken == joined
    assert broken[4] == ("PIHAK KELIMA", "The River Basin Institute of Saint Jude College", "Dr. Amparo Reyes", None)


_INTERLOCAL = ("INTERLOCAL COOPERATIVE AGREEMENT\nFOR\nSTORM DRAINS\nThis Interlocal Cooperative Agreement for Storm "
               "Drains is entered into between Birchwood County, hereinafter referred to as \"County\", and the "
               "municipalities of Elm{b1}Harbor, Stonegate and Millbrook, hereinafter referred to as \"Cities"
               "{b2}and Towns\".\nThis Agreement is based upon the following facts and circumstances:\n")


@pytest.mark.parametrize("b1,b2", [(" ", "\n"), ("\n", " "), ("\n", "\n")])
def test_a_listed_sides_short_name_or_body_broken_over_two_lines_is_one(b1, b2):
    sides = [(party["role"], party["institution"]) for party in schema_of([_INTERLOCAL.format(b1=b1, b2=b2)])["parties"]]
    assert sides == [("PIHAK PERTAMA", "Birchwood County"), ("PIHAK KEDUA", "Elm Harbor"),
                     ("PIHAK KEDUA", "Stonegate"), ("PIHAK KEDUA", "Millbrook")]


def test_a_short_name_across_a_blank_line_is_no_designation():
    text = _INTERLOCAL.format(b1=" ", b2="\n\n")
    assert [party["institution"] for party in schema_of([text])["parties"]] != [
        "Birchwood County", "Elm Harbor", "Stonegate", "Millbrook"]


_STAMPED = ("DOC#08-311-ST-004 BIRCHWOOD COUNTY INTERLOCAL COOPERATIVE AGREEMENT Contract #{break}R20080417 FOR Page 1 "
            "of 2 STREET LIGHTING This Interlocal Cooperative Agreement for Street Lighting is entered into between "
            "Birchwood County, hereinafter referred to as the \"County\", and the City of Elm Harbor, hereinafter "
            "referred to as the \"City\" pursuant to the state's interlocal act. This Agreement is based upon the "
            "following facts:")


def test_a_serial_carried_to_the_line_after_its_hash_is_still_the_number():
    assert schema_of([_STAMPED.format(**{"break": " "})])["numbers"] == ["R20080417"]
    assert schema_of([_STAMPED.format(**{"break": "\n"})])["numbers"] == ["R20080417"]


_CHARTER = ("Sister City Agreement between Birchwood, Vermont, U.S.A. and Puerto Claro, Peru The citizens of Birchwood, "
            "Vermont, U.S.A. and the citizens of Puerto Claro, Peru hold each other in high esteem and we hereby "
            "declare that both cities shall affiliate as sister cities. We shall endeavor to deepen friendship "
            "through exchange programs. Chartered, subscribed and sworn this ninth day of June, 2001. Mayor "
            "Birchwood, Vermont, U.S.A. Harold Pruitt ACUERDO ENTRE BIRCHWOOD Y PUERTO CLARO Los ciudadanos de ambas "
            "ciudades declaran su amistad.")


@pytest.mark.parametrize("width", [None, 50, 62, 75, 90])
def test_a_flattened_charter_rewrapped_at_any_width_names_the_same_places_and_mayor(width):
    text = _rewrap(_CHARTER, width) if width else _CHARTER
    assert [(party["institution"], party["signatory"], party["position"]) for party in schema_of([text])["parties"]] == [
        ("Birchwood, Vermont, U.S.A.", "Harold Pruitt", "Mayor"), ("Puerto Claro, Peru", None, None)]


def test_a_heading_on_a_short_line_of_its_own_is_no_flattened_heading():
    # (a line shorter than a page's width ends where its writer ended it: a heading's own line, no soft break)
    text = ("City Charter between Ayr and Oak\nThe citizens of both towns hold each other in "
            "high esteem.\n")
    assert run_on_pair(text, 0, len("City Charter")) == []
    flattened = text.replace("Oak\n", "Oak ")
    assert [side[1] for side in run_on_pair(flattened, 0, len("City Charter"))] == ["Ayr", "Oak"]


@pytest.mark.parametrize("width", [45, 58, 70])
def test_the_memoranda_rewrapped_at_other_widths_keep_their_parties(width):
    assert _parties(_rewrap(_REPRESENTED.format(**{"break": " "}), width)) == _REPRESENTED_PARTIES
    assert _parties(_rewrap(_alliance(" "), width)) == _parties(_alliance(" "))


_TREATY = ("PERSETUDJUAN KERDJASAMA KEBUDAJAAN\nANTARA\nREPUBLIK INDONESIA\nDAN\nKERADJAAN NORLANDIA\n\n"
           "Republik Indonesia dan Keradjaan Norlandia, berhubung dengan adanja hasrat untuk mempererat hubungan, "
           "telah bersetudju sebagai berikut :\n\nPasal\n\n\n\nKedua Fihak Jang Berdjandji akan berusaha sedapat "
           "mungkin memperluas{break}pertukaran buku{break}mengenai kebudajaan rakjat masing-masing, "
           "terutama seni tari dan seni lukis.\n")


def test_a_wrapped_clause_whose_line_above_is_short_is_still_no_subject():
    # ("… sedapat mungkin memperluas" / "pertukaran buku" / "mengenai …": the short line closes a sentence the
    # page broke above it; its "mengenai" names no subject)
    assert extract_agreement([_TREATY.format(**{"break": "\n"})]).title is None
    text = _TREATY.replace("{break}", " ", 1).replace("{break}", "\n", 1)
    assert [extract_agreement([_rewrap(text, width)]).title for width in (200, 60, 75)] == [None, None, None]
    # a heading's short lines are no sentence going on: its "on" still names the subject
    heading = ("Memorandum of Understanding\n\nbetween\nThe Ministry for Marine Affairs and Fisheries\nof the "
               "Republic of Norlandia\nand\nThe Ministry of Agriculture, Forestry and Trade\nof Tirtania\non\n"
               "Co-operation in the Field of Fisheries\n\nThe Ministry for Marine Affairs and Fisheries of the "
               "Republic of Norlandia and the Ministry of Agriculture, Forestry and Trade of Tirtania hereinafter "
               "referred to as the \"Parties\"\n")
    assert extract_agreement([heading]).title == "Co-operation in the Field of Fisheries"


_NUMBERED = ("PERJANJIAN KERJA SAMA\nANTARA\nFAKULTAS TEKNIK UNIVERSITAS TIRTA\nDAN\nRUMAH SAKIT UMUM DAERAH SUKAMAJU\n"
             "TENTANG\nPRAKTIK KERJA LAPANGAN\n\nPada hari ini Senin tanggal Dua Bulan Maret Tahun Dua Ribu Dua Puluh, "
             "yang bertandatangan dibawah ini: 1. Dr. Ir. HM{break}Bambang Wirasena, M.T. : Dekan Fakultas Teknik "
             "Universitas Tirta, dalam hal ini bertindak untuk dan atas nama Fakultas Teknik Universitas Tirta, "
             "selanjutnya disebut PIHAK PERTAMA. 2. dr. Sri Lestari Handayani : Direktur Rumah Sakit Umum Daerah "
             "Sukamaju, dalam hal ini bertindak untuk dan atas nama Rumah Sakit Umum Daerah Sukamaju, selanjutnya "
             "disebut PIHAK KEDUA.\n")


@pytest.mark.parametrize("joint", [" ", "\n"])
def test_a_numbered_name_broken_before_the_colon_of_its_office_is_one_name(joint):
    # ("1. Dr. Ir. HM" / "Bambang Wirasena, M.T. : Dekan …": initials in capitals end the first line, like a name's
    # own line above its office; the colon below still parts the name from the office)
    facts = extract_agreement([_NUMBERED.format(**{"break": joint})])
    assert [(party.signatory, party.position) for party in facts.parties][0] == (
        "Dr. Ir. Hm Bambang Wirasena, M.T.", "Dekan Fakultas Teknik Universitas Tirta")


def test_a_name_broken_before_its_colon_but_not_before_a_rows_label():
    assert split_head("Dr. dr. HM\nWirasena : Dekan Fakultas Teknik") == ("Dr. dr. Hm Wirasena", "Dekan Fakultas Teknik")
    assert split_head("AGUS SANTOSO\nJabatan : Kepala Dinas Pertanian")[0] == "Agus Santoso"
    assert split_head("AGUS SANTOSO\nKepala Dinas : Pertanian")[0] == "Agus Santoso"


_RUN = ("PERJANJIAN KERJASAMA ANTARA DINAS PERIKANAN PROVINSI NUSA BARAT DINAS PERIKANAN PROVINSI NUSA TIMUR DINAS "
        "PERIKANAN KABUPATEN TELUK HIJAU DINAS PERIKANAN KOTA TIRTAPURA DINAS KELAUTAN KABUPATEN SUKAMAJU TENTANG "
        "PENGAWASAN PERAIRAN PERBATASAN : 523/118/DKP-NB/III/2021 _523.4/61/2021 Q 523/Kpts.22-Kel/2021 NOMOR *: "
        "523/PKS.03-DPT/2021 7 Tahun 2021 _520/288.C/umum/2021 _ Pada hari ini Kamis tanggal empat bulan Maret tahun "
        "dua ribu dua puluh satu bertempat di Tirtapura kami yang bertanda tangan di bawah ini :")
_RUN_NUMBERS = ["523/118/DKP-NB/III/2021", "_523.4/61/2021", "523/Kpts.22-Kel/2021", "523/PKS.03-DPT/2021",
                "7 Tahun 2021", "_520/288.C/umum/2021"]


@pytest.mark.parametrize("width", [None, 50, 64, 80, 96])
def test_many_parties_numbers_run_together_and_wrapped_are_still_read_in_order(width):
    text = _rewrap(_RUN, width) if width else _RUN
    assert extract_agreement([text]).numbers == _RUN_NUMBERS


_PAIRED = ("PERJANJIAN KERJASAMA ANTARA RUMAH SAKIT UMUM DAERAH TELUK HIJAU DENGAN RSUD TIRTAPURA PROVINSI NUSA "
           "BARAT TENTANG RUJUKAN PASIEN ANTAR RUMAH SAKIT NOMOR: 441/ NOMOR: 442/\n\n/RSUD/IX/ 2020 /7.2/RSUD-TP/ "
           "/2020\n\nPada hari ini, Selasa tanggal satu , bulan September , tahun dua ribu dua puluh (01-09-2020) di "
           "Tirtapura, telah ditandatangani perjanjian kerjasama oleh PARA PIHAK:\n")


@pytest.mark.parametrize("width", [None, 70, 80, 90])
def test_two_numbers_side_by_side_on_a_line_of_their_own_still_pair_their_tails(width):
    # (a page's width may leave "NOMOR: 441/ NOMOR: 442/" alone on its line, its first label opening it)
    text = _rewrap(_PAIRED, width) if width else _PAIRED
    assert extract_agreement([text]).numbers == ["441//RSUD/IX/2020", "442//7.2/RSUD-TP/ /2020"]


_STACKED_LABELS = ("PERJANJIAN KERJASAMA ANTARA KEPALA KEPOLISIAN RESOR TELUK HIJAU DAN DIREKTUR RSU TIRTAPURA DAN "
                   "KEPALA PT ASURANSI NUSA (PERSERO) TENTANG PENANGANAN KORBAN KECELAKAAN NOMOR NOMOR NOMOR\n\n\n\n"
                   ": B/............/2021/Polres Teluk Hijau : 031/SPK/IV/2021 : P/ 57/2021/PT Asuransi "
                   "Nusa\n\n\n\nPada hari ini, Senin tanggal lima bulan April tahun dua ribu dua puluh satu bertempat "
                   "di Tirtapura, kami yang bertandatangan di bawah ini:\n")


@pytest.mark.parametrize("width", [None, 72, 80, 84, 90])
def test_stacked_labels_values_whose_last_words_wrapped_below_keep_them(width):
    text = _rewrap(_STACKED_LABELS, width) if width else _STACKED_LABELS
    assert extract_agreement([text]).numbers == ["B/…/2021/Polres Teluk Hijau", "031/SPK/IV/2021",
                                                 "P/57/2021/PT Asuransi Nusa"]


_EXCERPT = ("PRODUCTION SHARING\nCONTRACT\nBETWEEN\nBADAN PENGELOLA\nMIGAS NUSANTARA\n(BPMN)\nAND\nPT TIRTA ENERGI\n"
            "PERSADA\nAND\nPT SUKAMAJU PETRO\nINDONESIA\nCONTRACT AREA:\nTELUK HIJAU\n\nThis Production Sharing "
            "Contract (\u201cCONTRACT\u201d), is made and entered into on this 3rd day of May 2019 by and between "
            "BADAN PENGELOLA MIGAS NUSANTARA (hereinafter called \u201cBPMN\u201d), an agency given the task by the "
            "Government c.q. the Minister of Energy to manage the upstream business activities pursuant to the "
            "Presidential Regulation No. 12/2015 as amended by Presidential Regulation No. 4/2017 and the Ministerial "
            "Regulation No.")


@pytest.mark.parametrize("width", [None, 60, 72, 80])
def test_an_excerpt_cut_after_one_short_name_keeps_the_headings_parties_whatever_width(width):
    # (no line the writer began follows the one short name: "Regulation No." / "12/2015" is no sentence's end)
    text = _rewrap(_EXCERPT, width) if width else _EXCERPT
    assert [party["institution"] for party in schema_of([text])["parties"]] == [
        "Badan Pengelola Migas Nusantara (BPMN)", "PT Tirta Energi Persada", "PT Sukamaju Petro Indonesia"]


_LETTER = ("NORDIC BANK GROUP\nLetter No. NB-112/TW/II/2019\nFebruary 11, 2019\nMr. Arif Wirana\nDirector General of "
           "Financing,\nMinistry of Finance\nJakarta, Indonesia\nDear Mr. Wirana:\nRe: Tirta River Basin Restoration "
           "Project (Upper Catchment Works) Loan No. 8342-ID; Amendment No. 3\nI refer to the loan agreement (\"Loan "
           "Agreement\"), dated June 5, 2014, between the Republic of Indonesia (the \"Borrower\") and Nordic Bank "
           "(the \"Bank\") for the Tirta River Basin Restoration Project (the \"Project\").\n")


@pytest.mark.parametrize("width", [None, 64, 80, 100])
def test_a_letters_subject_line_wrapped_in_title_case_is_still_its_title_and_amended_loan(width):
    facts = extract_agreement([_rewrap(_LETTER, width) if width else _LETTER])
    assert facts.title == ("Tirta River Basin Restoration Project (Upper Catchment Works) Loan No. 8342-ID; "
                           "Amendment No. 3")
    assert facts.parent_agreement == "8342-ID"


_WORK = ("CONTRACT OF WORK\nThis Agreement, made and entered into in Jakarta, in the\nRepublic of Indonesia, on the 2nd "
         "day of March\n1996 by and between the Government of the Republic of\nIndonesia, represented herein by the "
         "Minister of Mines and\nEnergy of the Government of the Republic of Indonesia\n(hereinafter called the "
         "\"Government\") and PT. TIRTA NUSA\nMINING CORPORATION (a company incorporated in\nIndonesia by Notarial "
         "Deed Numbered 9 dated March 1st\n1996, Decr")


def test_an_excerpt_cut_in_the_next_sides_description_after_the_first_short_name_keeps_it():
    # ("(hereinafter called the "Government") and PT. X …": the next side follows the one short name)
    for text in (_WORK, " ".join(_WORK.split("\n"))):  # broken by its page's width, or one line
        parties = schema_of([text])["parties"]
        assert (parties[0]["institution"], parties[0]["position"]) == (
            "Government of the Republic of Indonesia",
            "Minister of Mines and Energy of the Government of the Republic of Indonesia")


_COVER_RUN = ("MEMORANDUM SALING PENGERTIAN ANTARA KEMENTERIAN KELAUTAN REPUBLIK INDONESIA DAN OCEANCARE COASTS AND "
              "PEOPLE, Inc. MENGENAI PENGELOLAAN PESISIR DALAM RANGKA PERLINDUNGAN TERUMBU KARANG, KETAHANAN PANGAN DAN "
              "KESEJAHTERAAN NELAYAN MELALUI PENINGKATAN KAPASITAS MEMORANDUM SALING PENGERTIAN ANTARA KEMENTERIAN "
              "KELAUTAN REPUBLIK INDONESIA DAN OCEANCARE COASTS AND PEOPLE Inc. MENGENAI PENGELOLAAN PESISIR DALAM "
              "RANGKA PERLINDUNGAN TERUMBU KARANG, KETAHANAN PANGAN DAN KESEJAHTERAAN NELAYAN MELALUI PENINGKATAN "
              "KAPASITAS Kementerian Kelautan Republik Indonesia (selanjutnya disebut Kementerian), dan OceanCare "
              "Coasts and People Inc. (selanjutnya disebut OCP), selanjutnya secara bersama-sama disebut sebagai \"para "
              "Pihak\"; Mempertimbangkan persamaan kepentingan Para Pihak;")


@pytest.mark.parametrize("width", [None, 70, 80, 90])
def test_a_cover_and_first_page_run_together_end_the_subject_where_the_heading_starts_again_whatever_width(width):
    text = _rewrap(_COVER_RUN, width) if width else _COVER_RUN
    assert extract_agreement([text]).title == ("Pengelolaan Pesisir dalam Rangka Perlindungan Terumbu Karang, Ketahanan "
                                               "Pangan dan Kesejahteraan Nelayan melalui Peningkatan Kapasitas")


_MIDDLE_PAGE = ("c. Memberikan informasi kepada PIHAK PERTAMA tentang ketersediaan tempat tidur\nPASAL 5\nMASA BERLAKU\n"
                "Perjanjian ini berlaku sejak tanggal ditandatangani dan berlaku selama 3 (tiga) tahun.\nPASAL 6\n"
                "KEADAAN MEMAKSA\nPihak yang terhalang wajib memberitahukan hal itu dalam waktu 7 (tujuh) hari kalender "
                "sejak terjadinya peristiwa, yang dikuatkan oleh surat keterangan dari pejabat yang berwenang.\n")


@pytest.mark.parametrize("width", [None, 69, 70, 80])
def test_a_kind_in_lower_case_opening_a_line_the_sentence_above_carries_on_to_is_no_heading(width):
    # ("… yang dikuatkan oleh" / "surat keterangan dari pejabat …": a clause's words, no letter's heading)
    facts = extract_agreement([_rewrap(_MIDDLE_PAGE, width) if width else _MIDDLE_PAGE])
    assert (facts.doc_type, facts.duration) == ("PKS", "P3Y")


@pytest.mark.parametrize("width", [92, 93, 94, 98])
def test_interleaved_columns_whose_last_words_the_width_pushed_below_read_as_before(width):
    # (a bilingual page's columns one space apart, re-wrapped a little narrower: "… bertempat di Kota Tirta, in Kota"
    # / "Tirta, the": the English column's last words alone on a line, joined back to it before the columns split)
    from tests.test_extract_bilingual_columns import _EN, _ID, _page
    page = _page(_ID, _EN, None)
    assert max(len(line) for line in page.split("\n")) > width
    whole, wrapped = schema_of([page]), schema_of([_rewrap(page, width)])
    assert (wrapped["parties"], wrapped["sign_place"], wrapped["title"]) == (
        whole["parties"], "Kota Tirta", "Pertukaran Pelajar dan Staf")


_STATES_BODY = ("MEMORANDUM OF UNDERSTANDING BETWEEN THE MINISTRY OF MARINE AFFAIRS OF THE REPUBLIC OF INDONESIA AND OCEAN "
                "TRUST INC. ON COOPERATION IN COASTAL COMMUNITY DEVELOPMENT\nThe Ministry of Marine Affairs of the "
                "Republic of Indonesia and Ocean Trust Inc., hereinafter jointly referred to as \"THE PARTIES\", NOTING "
                "that Ocean Trust Inc. is an international non-profit organisation;\n")


@pytest.mark.parametrize("width", [None, 80, 85, 90])
def test_a_states_name_broken_before_the_heading_joins_its_parties_still_ends_the_first(width):
    # ("… OF THE REPUBLIC OF" / "INDONESIA AND OCEAN TRUST INC.": the AND after the state's name parts the two)
    text = _rewrap(_STATES_BODY, width) if width else _STATES_BODY
    assert [party["institution"] for party in schema_of([text])["parties"]] == [
        "The Ministry of Marine Affairs of the Republic of Indonesia", "Ocean Trust Inc."]


_INITIALLED = ("PERJANJIAN KERJA SAMA\nANTARA\nPUSKESMAS TIRTA JAYA\nDENGAN\nKLINIK/DPM .......................\nTENTANG\n"
               "PELAYANAN IMUNISASI\n\nPada hari ini ........ tanggal ........ bulan ........ tahun dua ribu dua puluh "
               "dua, yang bertanda tangan di bawah ini:\n\n1. .................... : Kepala Puskesmas Tirta Jaya, "
               "selanjutnya disebut sebagai PIHAK KESATU.\n\n2. KLINIK/DPM ....................... : diwakili oleh "
               "................. selaku Kepala Klinik, selanjutnya disebut sebagai PIHAK KEDUA.\n\nPihak Kesatu\nParaf\n"
               "Pihak Kedua\nPASAL 1\nMAKSUD DAN TUJUAN\n\n1. Meningkatkan akses layanan imunisasi di fasilitas "
               "kesehatan tingkat\npertama\n\n\ndalam wilayah kerja Puskesmas.\n\n2. Meningkatkan mutu layanan imunisasi "
               "dengan pendekatan Reaching\nEvery\n\n\nDistrict (selanjutnya disingkat RED) sesuai pedoman.\n")


def test_a_sentences_last_word_the_width_broke_off_below_a_pages_initials_box_is_no_signer():
    # ("Pihak Kesatu / Paraf / Pihak Kedua" under the opening, then "… dengan pendekatan Reaching" / "Every": the
    # capitalised word ends a sentence of prose, no name under the role)
    assert [(party["signatory"], party["position"]) for party in schema_of([_INITIALLED])["parties"]] == [
        (None, "Kepala Puskesmas Tirta Jaya"), (None, "Kepala Klinik")]


def test_a_columns_pushed_words_join_their_line_once_and_keep_the_pages_length():
    from ingest.extract.soft_breaks import overflow_joined
    lines = ["yang disebut di atas (selanjutnya disebut (hereinafter referred to as\n", "\u201cTirta\u201d); and\n",
             "\u201cTirta\u201d); dan\n", "2. PT. Sukamaju, berdomisili hukum di Tirta dan having its office at\n"]
    joined = overflow_joined(lines)
    assert joined == ["yang disebut di atas (selanjutnya disebut (hereinafter referred to as \u201cTirta\u201d); and\n",
                      "\u201cTirta\u201d); dan\n", lines[3]]
    assert "".join(joined) == "".join(lines).replace("as\n", "as ", 1)
