"""Bilingual agreements (Indonesian | English side by side) whose two columns the text layer interleaved line by line:
the Indonesian column is read on its own (ingest/extract/bilingual.py). Every text here is invented for these tests."""
from __future__ import annotations

from ingest.extract.bilingual import reading_order
from ingest.extract.cleanup import clean_pages
from tests.extract_texts import schema_of

_ID = ["PERJANJIAN KERJA SAMA", "ANTARA", "UNIVERSITAS TIRTA JAYA", "DENGAN", "PORT ALDER CITY COUNCIL", "TENTANG",
       "PERTUKARAN PELAJAR DAN STAF", "NOMOR: 021/UTJ/PKS/V/2024", "",
       "Pada hari ini Senin tanggal tiga bulan Juni tahun", "dua ribu dua puluh empat, bertempat di Kota Tirta,",
       "yang bertanda tangan di bawah ini:", "",
       "1. Prof. Dr. RUDI HARTAWAN, M.Sc., Rektor Universitas", "Tirta Jaya, dalam hal ini bertindak untuk dan atas",
       "nama Universitas Tirta Jaya, selanjutnya disebut", "PIHAK PERTAMA;", "",
       "2. GEORGE TALBOT, Wali Kota Port Alder, dalam hal", "ini bertindak untuk dan atas nama Port Alder City",
       "Council, selanjutnya disebut PIHAK KEDUA;", "",
       "Para Pihak sepakat untuk mengadakan kerja sama", "dengan ketentuan sebagai berikut:"]
_EN = ["COOPERATION AGREEMENT", "BETWEEN", "UNIVERSITAS TIRTA JAYA", "AND", "PORT ALDER CITY COUNCIL", "CONCERNING",
       "STUDENT AND STAFF EXCHANGE", "NUMBER: 021/UTJ/PKS/V/2024", "",
       "On this Monday the third day of June in the year", "two thousand and twenty-four, in Kota Tirta, the",
       "undersigned:", "",
       "1. Prof. Dr. RUDI HARTAWAN, M.Sc., Rector of", "Universitas Tirta Jaya, in this matter acting for and",
       "on behalf of Universitas Tirta Jaya, hereinafter", "referred to as the FIRST PARTY;", "",
       "2. GEORGE TALBOT, Mayor of Port Alder, in this", "matter acting for and on behalf of Port Alder City",
       "Council, hereinafter referred to as the SECOND PARTY;", "",
       "The Parties agree to enter into cooperation under", "the following terms:"]


def _page(left: list[str], right: list[str], gap: str | None) -> str:
    """The two columns line by line: padded to a column with `gap` after the widest cell, or one space apart."""
    width = max(len(cell) for cell in left)
    lines = []
    for a, b in zip(left, right):
        if gap is None:
            lines.append(f"{a} {b}".strip())
        else:
            lines.append((a.ljust(width) + gap + b).rstrip() if b else a)
    return "\n".join(lines) + "\n"


def _check(facts: dict) -> None:
    assert facts["doc_type"] == "PKS"
    assert facts["numbers"] == ["021/UTJ/PKS/V/2024"]
    assert facts["title"] == "Pertukaran Pelajar dan Staf"
    assert facts["sign_date"] == "2024-06-03"
    assert facts["sign_place"] == "Kota Tirta"
    assert [(p["role"], p["institution"], p["position"]) for p in facts["parties"]] == [
        ("PIHAK PERTAMA", "Universitas Tirta Jaya", "Rektor Universitas Tirta Jaya"),
        ("PIHAK KEDUA", "Port Alder City Council", "Wali Kota Port Alder")]


def test_columns_spaced_apart_indonesian_left():
    _check(schema_of([_page(_ID, _EN, " " * 6)]))


def test_columns_spaced_apart_english_left():
    _check(schema_of([_page(_EN, _ID, " " * 6)]))


def test_columns_a_single_space_apart():
    # the gap's place is read from the languages of the words: "… bulan Juni tahun | On this Monday …"
    _check(schema_of([_page(_ID, _EN, None)]))
    _check(schema_of([_page(_EN, _ID, None)]))


def test_a_name_carried_over_the_line_end_stays_in_its_cell():
    # "… bertempat di Kota | two thousand … in Kota Tirta, the" / "Tirta, yang … ini: | undersigned:": "Kota" is the
    # Indonesian cell's, its name goes on at the next line's start; a name both cells write alike splits where it repeats
    wrapped = _ID[:10] + ["dua ribu dua puluh empat, bertempat di Kota", "Tirta, yang bertanda tangan di bawah ini:"] \
        + _ID[12:]
    text = clean_pages([_page(wrapped, _EN, None)]).text
    assert "bertempat di Kota\nTirta, yang bertanda tangan di bawah ini:\n" in text
    assert "\nUNIVERSITAS TIRTA JAYA\n" in text and "in this matter" not in text  # the English column is not read


def test_evidence_points_into_the_original_page():
    page = _page(_ID, _EN, None)
    facts = schema_of([page])
    span = facts["evidence"]["sign_date"]  # from its first word in the left cell to its last in the next line's: the
    # other column's words between them are inside the span, the offsets are the page's own
    quoted = page[span["start"]:span["end"]]
    assert quoted.startswith("tanggal tiga bulan Juni tahun") and quoted.endswith("dua ribu dua puluh empat")
    start, end = facts["evidence"]["title"]["start"], facts["evidence"]["title"]["end"]
    assert page[start:end].startswith("PERTUKARAN PELAJAR")


def test_pages_that_are_not_bilingual_stay_as_they_are():
    pages = [
        # signature blocks and a table side by side, in one language
        "PIHAK PERTAMA,                      PIHAK KEDUA,\nBupati Sukamaju                     Direktur RSUD Kota Tirta\n"
        "\n\nDrs. ARIS MUNANDAR, M.Si.           dr. SEKAR AYU LESTARI, M.Kes.\nNIP. 19700101 199003 1 001          "
        "NIP. 19750505 200003 2 002\n",
        "No   Jenis Pelayanan          Tarif       Keterangan\n1    Rawat jalan              50.000      per kunjungan\n"
        "2    Rawat inap kelas III     150.000     per hari\n3    Pemeriksaan laboratorium 75.000      per jenis\n",
        # an English text with Indonesian names in it
        "This Memorandum of Understanding is made between the Government of Kabupaten Sukamaju and the\n"
        "Kingsbridge University, hereinafter referred to as the Parties, in the field of education and\n"
        "research; the Parties agree to the following terms and conditions of the cooperation.\n"
        "Jalan Merdeka Nomor 4, Kota Tirta, Provinsi Nusa Kencana, Republik Indonesia\n",
        # an Indonesian text that quotes English words
        "Kegiatan Corporate Social Responsibility dilaksanakan oleh PIHAK KEDUA dengan program Training of\n"
        "Trainers bagi tenaga kesehatan di wilayah Kabupaten Sukamaju sesuai dengan ketentuan yang berlaku dan\n"
        "disepakati bersama oleh PARA PIHAK dalam rapat koordinasi yang diadakan setiap tiga bulan sekali.\n",
    ]
    for page in pages:
        lines = page.splitlines(keepends=True)
        pieces, found = reading_order(lines, 0)
        assert found is None and [text for text, _ in pieces] == lines


def test_a_later_page_of_a_bilingual_document_with_few_lines_is_split_too():
    closing = ("Demikian Perjanjian ini dibuat dalam rangkap dua     IN WITNESS WHEREOF, this Agreement is made in\n"
               "yang masing-masing mempunyai kekuatan hukum         two originals each having the same legal\n"
               "yang sama.                                          force.\n")
    text = clean_pages([_page(_ID, _EN, " " * 6), closing]).text
    assert "mempunyai kekuatan hukum\nyang sama." in text and "WITNESS" not in text


# forms the Indonesian column of such agreements writes (companies' drafts), read in any agreement
_OPENING = ("PERJANJIAN KERJA SAMA\nNomor : 12/NKT-PKS/052023\n\nPada hari ini, Senin tanggal 8 Mei 2023 bertempat di "
            "Kota Tirta telah diadakan Perjanjian Kerja Sama oleh dan antara:\n\n")


def test_in_its_capacity_ends_the_name_and_the_office():
    # "dalam kapasitasnya selaku X" (in its capacity as X) gives the office; ", dalam kapasitasnya, oleh karenanya …"
    # after an office ends it
    first = ("1. PT. Nusa Kencana Teknologi, berkedudukan di Kota Tirta, suatu perusahaan yang didirikan dan tunduk\n"
             "pada hukum Republik Indonesia, dalam perbuatan hukum ini diwakili secara sah oleh\nLaras Wening sebagai "
             "Direktur Utama,\ndalam kapasitasnya, oleh karenanya berhak\ndan berwenang untuk mewakili perusahaan\n"
             "(selanjutnya disebut PIHAK PERTAMA); dan\n")
    second = ("2. PT CAHAYA LESTARI, suatu perusahaan yang didirikan berdasarkan hukum Negara Republik Indonesia, "
              "yang\ndalam hal ini diwakili oleh Bagas\nPranata, dalam kapasitasnya selaku Kepala\nCabang, dari dan oleh "
              "karenanya bertindak\nsecara sah untuk dan atas nama PT CAHAYA LESTARI (selanjutnya\ndisebut sebagai "
              "\"PIHAK KEDUA\").\n\nPasal 1\n")
    parties = schema_of([_OPENING + first + second])["parties"]
    assert [(p["signatory"], p["position"]) for p in parties] == [("Laras Wening", "Direktur Utama"),
                                                                 ("Bagas Pranata", "Kepala Cabang")]


def test_a_company_domiciled_and_left_blank_is_a_party_without_values():
    # "berdomisili hukum di X" is the company's domicile, never an office; the company's item left blank ("PT. xxx")
    # beyond the excerpt's designations is the next party, its values null
    first = ("1. PT. Nusa Kencana Teknologi, berkedudukan di Kota Tirta, dalam perbuatan hukum ini diwakili secara sah "
             "oleh\nLaras Wening sebagai Direktur Utama (selanjutnya disebut PIHAK PERTAMA); dan\n")
    second = ("2. PT. xxx, berdomisili hukum di Sukamaju dan\nberalamat kantor di xxx, suatu perusahaan\nyang didirikan "
              "dan tunduk pada hukum di Republik Indonesia,\ndalam perbuatan hukum ini diwakili secara\nsah oleh xxx "
              "dalam wewenangnya sebagai\nxxx (yang selanjutnya disebut sebagai")
    parties = schema_of([_OPENING + first + second])["parties"]
    assert [(p["role"], p["institution"], p["signatory"], p["position"]) for p in parties] == [
        ("PIHAK PERTAMA", "PT. Nusa Kencana Teknologi", "Laras Wening", "Direktur Utama"),
        ("PIHAK KEDUA", None, None, None)]


def test_an_office_whose_holder_is_left_blank_is_the_position():
    # "diwakili oleh Direkturnya, ………," (its Director, the name a blank to fill in): the office, no signatory
    first = ("1. PT Nusa Kencana, suatu perseroan terbatas yang didirikan berdasarkan hukum Negara Republik Indonesia, "
             "yang dalam hal ini\ndiwakili oleh\nDirekturnya, ..............................,\nsehingga sah untuk "
             "bertindak\nmewakili perseroan tersebut, dan\nselanjutnya akan disebut sebagai\nPIHAK PERTAMA;\n\n")
    second = ("2. Koperasi Cahaya Lestari, yang dalam hal ini diwakili oleh Wulan Sekarsari selaku Ketua Koperasi "
              "Cahaya Lestari, selanjutnya disebut sebagai PIHAK KEDUA.\n\nPasal 1\n")
    parties = schema_of([_OPENING + first + second])["parties"]
    assert [(p["signatory"], p["position"]) for p in parties] == [(None, "Direktur"),
                                                                 ("Wulan Sekarsari", "Ketua Koperasi Cahaya Lestari")]


def test_a_month_opening_the_indonesian_cell_after_bulan():
    # English left, one space apart: "… in Kota Tirta, | Juni tahun …" — the line above ended "… bulan", its month
    # opens this line's Indonesian cell, so the place ends the English one
    indonesian = ["PERJANJIAN KERJA SAMA", "ANTARA", "UNIVERSITAS TIRTA JAYA", "DENGAN", "PORT ALDER CITY COUNCIL", "",
                  "Pada hari ini Senin tanggal tiga bulan", "Juni tahun dua ribu dua puluh empat, bertempat",
                  "di Kota Tirta, yang bertanda tangan di bawah ini:"]
    english = ["COOPERATION AGREEMENT", "BETWEEN", "UNIVERSITAS TIRTA JAYA", "AND", "PORT ALDER CITY COUNCIL", "",
               "On this Monday the third day of June in the", "year two thousand and twenty-four, in Kota Tirta,",
               "the undersigned:"]
    text = clean_pages([_page(english, indonesian, None) + "\n" + _page(_EN[12:], _ID[12:], None)]).text
    assert "Pada hari ini Senin tanggal tiga bulan\nJuni tahun dua ribu dua puluh empat, bertempat\n" in text
