"""Agreements of the 1980s to the early 2000s: typed, often OCR'd, of the era of "Daerah Tingkat I/II" (regions named
"Pemerintah Kotamadya Daerah Tingkat II X", heads styled "Walikotamadya Kepala Daerah Tingkat II X"), with kinds the
era used ("Piagam Kerjasama", "Naskah Kerjasama"). The forms were written out systematically and run through the
extractor; each test here stands for a form it misread. Every text here is invented for these tests."""
from __future__ import annotations

from tests.extract_texts import schema_of


def _agreement(kind: str = "PERJANJIAN KERJASAMA", first: str | None = None, second: str | None = None,
               term: str = "", office: str = "Walikotamadya Kepala Daerah Tingkat II Karangsari",
               between: bool = True) -> dict:
    first = first or ("Drs. H. SOEKARDI WIRANATA : Walikotamadya Kepala Daerah Tingkat II Karangsari, dalam hal ini "
                      "bertindak dalam jabatannya untuk dan atas nama Pemerintah Kotamadya Daerah Tingkat II "
                      "Karangsari, selanjutnya disebut PIHAK PERTAMA.")
    second = second or ("Prof. Dr. AGUS SALIMARDJO : Rektor Universitas Batuputih, dalam hal ini bertindak dalam "
                        "jabatannya untuk dan atas nama Universitas Batuputih, selanjutnya disebut PIHAK KEDUA.")
    heading = "ANTARA\nPEMERINTAH KOTAMADYA DAERAH TINGKAT II KARANGSARI\nDENGAN\nUNIVERSITAS BATUPUTIH\n" if between else ""
    text = (f"{kind}\n{heading}TENTANG\nPENYELENGGARAAN KULIAH KERJA NYATA MAHASISWA\n\nNomor : 415.4/2731/Bappeda/1994\n"
            "Nomor : 07/PK/REK/1994\n\nPada hari ini Kamis tanggal 3-11-1994, bertempat di Karangsari, yang bertanda "
            f"tangan di bawah ini :\n\nI.  {first}\n\nII.  {second}\n\nPasal 1\nMAKSUD DAN TUJUAN\n\n"
            "Maksud kerjasama ini adalah meningkatkan peran mahasiswa dalam pembangunan daerah.\n\n"
            f"Pasal 2\nJANGKA WAKTU\n\n{term}\n\nPasal 3\nPENUTUP\n\nDibuat dalam rangkap 2 (dua).\n\n"
            "PIHAK KEDUA,                                PIHAK PERTAMA,\n"
            f"REKTOR UNIVERSITAS BATUPUTIH,               {office.upper()},\n\n\n"
            "Prof. Dr. AGUS SALIMARDJO                   Drs. H. SOEKARDI WIRANATA\n")
    return schema_of([text])


def test_a_charter_or_text_of_cooperation_is_the_umbrella_agreement():
    # "Piagam Kerjasama", "Naskah Kerjasama": the era's names of a joint agreement (KB; they were read as OTHER)
    term = "Piagam Kerjasama ini berlaku selama 5 (lima) tahun terhitung sejak tanggal ditandatangani."
    for kind in ("PIAGAM KERJASAMA", "PIAGAM KERJA SAMA", "NASKAH KERJASAMA", "P I A G A M   K E R J A S A M A"):
        found = _agreement(kind, term=term)
        assert (found["doc_type"], found["duration"], found["end_date"]) == ("KB", "P5Y", "1999-11-02"), kind
    assert _agreement("SURAT PERJANJIAN KERJASAMA")["doc_type"] == "PKS"


def test_the_body_after_an_office_and_oleh_karenanya():
    # "atas nama Bupati Kepala Daerah … dan oleh karenanya sah bertindak untuk dan atas nama Pemerintah …": the body
    # is the second one named (the clause ended only at "oleh karena", never "oleh karenanya")
    first = ("Drs. H. SOEKARDI WIRANATA : Sekretaris Wilayah/Daerah Kotamadya Daerah Tingkat II Karangsari, dalam hal "
             "ini bertindak untuk dan atas nama Walikotamadya Kepala Daerah Tingkat II Karangsari dan oleh karenanya "
             "sah bertindak untuk dan atas nama Pemerintah Kotamadya Daerah Tingkat II Karangsari, selanjutnya disebut "
             "PIHAK PERTAMA.")
    party = _agreement(first=first)["parties"][0]
    assert party["institution"] == "Pemerintah Kotamadya Daerah Tingkat II Karangsari"
    assert party["position"] == "Sekretaris Wilayah/Daerah Kotamadya Daerah Tingkat II Karangsari"
    first = first.replace("Walikotamadya", "Bupati").replace("Pemerintah Kotamadya", "Pemerintah Kabupaten")
    assert _agreement(first=first)["parties"][0]["institution"] == "Pemerintah Kabupaten Daerah Tingkat II Karangsari"


def test_a_head_of_region_of_the_era_heads_its_government():
    # "Walikotamadya / Bupati Kepala Daerah Tingkat II X", "Gubernur Kepala Daerah Tingkat I X" acting in office
    # without naming the body: the government the office heads, in the era's name
    for office, body in (("Walikotamadya Kepala Daerah Tingkat II Karangsari",
                          "Pemerintah Kotamadya Daerah Tingkat II Karangsari"),
                         ("Bupati Kepala Daerah Tk. II Karangsari", "Pemerintah Kabupaten Daerah Tk. II Karangsari"),
                         ("Gubernur Kepala Daerah Tingkat I Nusa Raya", "Pemerintah Propinsi Daerah Tingkat I Nusa Raya"),
                         ("Gubernur Kepala Daerah Tingkat I Propinsi Nusa Raya",
                          "Pemerintah Daerah Tingkat I Propinsi Nusa Raya")):
        first = (f"Drs. H. SOEKARDI WIRANATA : {office}, dalam hal ini bertindak dalam jabatannya tersebut di atas, "
                 "selanjutnya disebut PIHAK PERTAMA.")
        party = _agreement(first=first, office=office, between=False)["parties"][0]
        assert (party["institution"], party["position"]) == (body, office), office


def test_a_body_enumerating_its_fields_without_a_comma_before_dan():
    # "Departemen Pariwisata, Pos dan Telekomunikasi": the comma inside a department's name is no end of the body
    second = ("Ir. WIDODO PRAWIRO : Kepala Kantor Wilayah Departemen Pariwisata, Pos dan Telekomunikasi Propinsi Nusa "
              "Raya, dalam hal ini bertindak untuk dan atas nama Kantor Wilayah Departemen Pariwisata, Pos dan "
              "Telekomunikasi Propinsi Nusa Raya, selanjutnya disebut PIHAK KEDUA.")
    party = _agreement(second=second, between=False)["parties"][1]
    assert party["institution"] == "Kantor Wilayah Departemen Pariwisata, Pos dan Telekomunikasi Propinsi Nusa Raya"
    # a comma before a capitalised clause is still the body's end
    second = ("Ir. WIDODO PRAWIRO : Ketua Yayasan Dharma Bakti, dalam hal ini bertindak untuk dan atas nama Yayasan "
              "Dharma Bakti, Jalan Veteran No. 3 dan seterusnya, selanjutnya disebut PIHAK KEDUA.")
    assert _agreement(second=second, between=False)["parties"][1]["institution"] == "Yayasan Dharma Bakti"


def test_an_agreement_on_a_sister_city_relationship_is_a_memorandum():
    # the 1990s' English: "AGREEMENT / ON SISTER CITY RELATIONSHIP" names no kind phrase but the relation a memorandum
    # founds (MOU, as "SISTER CITY AGREEMENT"), at a weak heading's confidence
    text = ("AGREEMENT\nON SISTER CITY RELATIONSHIP\nBETWEEN\nTHE MUNICIPALITY OF KARANGSARI\nREPUBLIC OF INDONESIA\n"
            "AND\nTHE CITY OF NORDHAVEN\nKINGDOM OF NORLAND\n\nThe Municipality of Karangsari, Republic of Indonesia, "
            "and the City of Nordhaven, Kingdom of Norland, hereinafter referred to as \"the Parties\";\n\nHave agreed "
            "as follows :\n\nArticle 1\n\nThe Parties agree to cooperate in the fields of trade and culture.\n\n"
            "Done at Nordhaven, this 4th day of May, 1993, in two originals in the Indonesian and English languages.\n")
    found = schema_of([text])
    assert (found["doc_type"], found["evidence"]["doc_type"]["confidence"]) == ("MOU", 0.75)
    assert found["title"] == "Sister City Relationship"
    # a letter of intent on that relation stays a letter of intent
    assert schema_of([text.replace("AGREEMENT\n", "LETTER OF INTENT\n", 1)])["doc_type"] == "LOI"


def test_a_terms_words_prevail_over_its_digits():
    # "8 (tiga) tahun": OCR read a typed 3 as 8; the words say three (a misread word would read as no number), and
    # the disagreement lowers the confidence
    found = _agreement(term="Perjanjian ini berlaku untuk jangka waktu 8 (tiga) tahun sejak ditandatanganinya "
                            "Perjanjian ini oleh kedua belah pihak.")
    assert (found["duration"], found["end_date"]) == ("P3Y", "1997-11-02")
    assert found["evidence"]["duration"]["confidence"] < 0.9


def test_a_second_number_ocr_set_flush_left_after_a_blank_line():
    # a typed "NOMOR : A" with B indented under it, read by OCR as B alone after a blank line: both numbers
    text = ("PERJANJIAN KERJASAMA\n\nTENTANG\nPENGELOLAAN AIR BERSIH\n\nNOMOR : 130/5648/Huk/1994\n\n54/PK/UNS/1994\n\n"
            "Pada hari ini Jum'at, tanggal 14 Oktober 1994, di Kalirejo, kami yang bertanda tangan di bawah ini :\n")
    found = schema_of([text])
    assert found["numbers"] == ["130/5648/Huk/1994", "54/PK/UNS/1994"]
    # a line without a slash after the blank line is no number ("1994", a code)
    assert schema_of([text.replace("54/PK/UNS/1994", "PK.54-1994")])["numbers"] == ["130/5648/Huk/1994"]


_SISTER_CITY = ("MEMORANDUM OF UNDERSTANDING\nON SISTER CITY COOPERATION\nBETWEEN\nTHE REGENCY OF WANASARI\nREPUBLIC OF "
                "INDONESIA\nAND\nTHE CITY OF WESTBURY\nUNITED KINGDOM OF ALBION\n\nThe Regency of Wanasari, Republic of "
                "Indonesia, and the City of Westbury, United Kingdom of Albion, hereinafter referred to as \"the "
                "Parties\";\n\nArticle 1\nThe Parties agree to cooperate in the fields of trade and culture.\n\nSigned in "
                "Westbury on the 13th day of January 1994, in duplicate in the Indonesian and English languages.\n\n")


def test_side_by_side_english_signatures_whose_gap_ocr_read_as_one_space():
    # "FOR THE REGENCY OF A FOR THE CITY OF B" / "Ir. H. Budi, SE JOHN SMITH" / "Regent of A Mayor of B": each line
    # parts at a second FOR, a degree closing the first name (or a change of case, a title), a second office
    for names, first, second in (("Ir. H. Tjokorda Wira, SE KENJI MATSUDAIRA", "Ir. H. Tjokorda Wira, SE", "KENJI MATSUDAIRA"),
                                 ("Drs. Soedarmo JOHN HARWOOD", "Drs. Soedarmo", "JOHN HARWOOD"),
                                 ("Drs. Budi Santoso Dr. John Harwood", "Drs. Budi Santoso", "Dr. John Harwood")):
        text = _SISTER_CITY + f"FOR THE REGENCY OF WANASARI FOR THE CITY OF WESTBURY\n\n{names}\nRegent of Wanasari Mayor of Westbury\n"
        parties = schema_of([text])["parties"]
        assert [(p["signatory"].lower(), p["position"]) for p in parties] == [
            (first.lower(), "Regent of Wanasari"), (second.lower(), "Mayor of Westbury")], names  # (capitals: title case)
    # two names in capitals side by side part at no clear sign: not parted (as before)
    text = _SISTER_CITY + "FOR THE REGENCY OF WANASARI FOR THE CITY OF WESTBURY\n\nBUDI SANTOSO JOHN HARWOOD\nRegent Mayor\n"
    assert schema_of([text])["parties"][1]["signatory"] is None


def test_an_english_ordinal_date_with_a_speck_after_of():
    # "on the 25th day of. September 2003": a speck of the copy OCR read as a dot after "of"
    text = _SISTER_CITY.replace("on the 13th day of January 1994", "on the 25th day of. September 2003")
    assert schema_of([text])["sign_date"] == "2003-09-25"


def test_a_body_in_capitals_enumerating_its_fields_before_berkedudukan():
    # "KANTOR WILAYAH DEPARTEMEN PARIWISATA, POS DAN TELEKOMUNIKASI PROPINSI X, berkedudukan …, diwakili oleh …"
    second = ("KANTOR WILAYAH DEPARTEMEN PARIWISATA, POS DAN TELEKOMUNIKASI PROPINSI NUSA RAYA, berkedudukan di "
              "Batuputih, dalam hal ini diwakili oleh Ir. WIDODO PRAWIRO, Kepala Kantor Wilayah, selanjutnya disebut "
              "PIHAK KEDUA.")
    institution = _agreement(second=second, between=False)["parties"][1]["institution"]
    assert institution.lower() == "kantor wilayah departemen pariwisata, pos dan telekomunikasi propinsi nusa raya"
