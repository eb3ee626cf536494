"""When and where an agreement was signed, in the forms offices write it: the forms were written out systematically
(the opening's date in words, digits or both, a Hijri date beside it, English openings and closings, a closing's
place and date, labelled rows, a date only in the heading; and the dates that are not the signing's: a cited
agreement's, a letter's, a meeting's) and run through the extractor; each test here stands for a form it misread.
Every text here is invented for these tests."""
from __future__ import annotations

from tests.extract_texts import schema_of

_HEAD = ("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN SUKAMAJU\nDENGAN\nUNIVERSITAS NUSA BAKTI\n\n"
         "NOMOR : 119/PKS/BAG.KS/2023\nNOMOR : 045/UNB/PKS/2023\n\nTENTANG\nPENGEMBANGAN SUMBER DAYA MANUSIA\n\n")
_PARTIES = ("1. H. Arif Budiman, S.E. : Bupati Sukamaju, dalam hal ini bertindak untuk dan atas nama Pemerintah "
            "Kabupaten Sukamaju, berkedudukan di Jalan Merdeka Nomor 1, selanjutnya disebut PIHAK PERTAMA;\n"
            "2. Prof. Dr. Sutrisno Hadi, M.Sc. : Rektor Universitas Nusa Bakti, dalam hal ini bertindak untuk dan "
            "atas nama Universitas Nusa Bakti, berkedudukan di Jalan Kampus Nomor 5, selanjutnya disebut PIHAK "
            "KEDUA.\n\nPIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.\n\n")
_SIGNATURES = ("\nPIHAK PERTAMA,                              PIHAK KEDUA,\n"
               "BUPATI SUKAMAJU,                            REKTOR UNIVERSITAS NUSA BAKTI,\n\n\n"
               "H. ARIF BUDIMAN, S.E.                       Prof. Dr. SUTRISNO HADI, M.Sc.\n")
_BLANK_OPENING = "Pada hari ini ….. tanggal ….. bulan ….. tahun ….., kami yang bertanda tangan di bawah ini:"
_UNDERSIGNED = "Yang bertanda tangan di bawah ini:"


def _extract(opening: str, recital: str = "", closing: str = "") -> tuple[str | None, str | None]:
    text = _HEAD + opening + "\n\n" + _PARTIES
    if recital:
        text += "Dengan terlebih dahulu menimbang hal-hal sebagai berikut:\n" + recital + "\n\n"
    text += ("Pasal 1\nMAKSUD DAN TUJUAN\n\nMaksud Perjanjian ini adalah sebagai pedoman bagi PARA PIHAK dalam "
             "pengembangan sumber daya manusia.\n\nPasal 2\nPENUTUP\n\nDemikian Perjanjian ini dibuat dalam rangkap 2 "
             "(dua).\n\n" + closing + _SIGNATURES)
    result = schema_of([text])
    return result["sign_date"], result["sign_place"]


def test_a_meetings_day_and_place_in_a_recital_are_not_the_signings():
    recital = ("a. Bahwa telah diadakan rapat koordinasi pada hari Selasa tanggal 14 Maret 2023 bertempat di Aula "
               "Kantor Bupati Lembah Hijau;")
    assert _extract(_UNDERSIGNED, recital) == (None, None)
    assert _extract(_BLANK_OPENING, recital) == (None, None)
    # the agreement's own closing still gives its date and place
    closing = "Ditandatangani di Sukamaju\npada tanggal 12 Juni 2023\n"
    assert _extract(_BLANK_OPENING, recital, closing) == ("2023-06-12", "Sukamaju")


def test_another_documents_signing_told_in_the_past_is_not_this_ones():
    recital = ("a. Bahwa Nota Kesepakatan antara PARA PIHAK telah ditandatangani di Tirta Raya pada tanggal 4 "
               "September 2020;")
    assert _extract(_UNDERSIGNED, recital) == (None, None)
    # this agreement saying it "has been signed" is its own closing
    closing = "Perjanjian ini telah ditandatangani di Sukamaju pada tanggal 12 Juni 2023.\n"
    assert _extract(_UNDERSIGNED, recital, closing) == ("2023-06-12", "Sukamaju")


def test_the_place_and_date_of_signing_as_labelled_rows():
    closing = "Tempat Penandatanganan : Karangsari\nTanggal Penandatanganan : 8 Februari 2021\n"
    assert _extract(_UNDERSIGNED, closing=closing) == ("2021-02-08", "Karangsari")
    english = "Place of signing : Karangsari\nDate of signing : 8 February 2021\n"
    assert _extract(_UNDERSIGNED, closing=english) == ("2021-02-08", "Karangsari")


def test_the_place_and_date_of_signing_as_a_tables_rows():
    piped = "| Tempat | Karangsari |\n| Tanggal | 8 Februari 2021 |\n"
    assert _extract(_UNDERSIGNED, closing=piped) == ("2021-02-08", "Karangsari")
    spaced = "Tempat          Karangsari\nTanggal         8 Februari 2021\n"
    assert _extract(_UNDERSIGNED, closing=spaced) == ("2021-02-08", "Karangsari")


def test_an_english_openings_place_after_its_date():
    assert _extract("On this 16th day of July 2021 at Batuluhur, the undersigned:") == ("2021-07-16", "Batuluhur")
    assert _extract("On this 3rd day of May 2019 at Balai Kota Lembah Hijau, the undersigned:") == (
        "2019-05-03", "Lembah Hijau")
    assert _extract("On this 3rd day of May 2019 at Kantor Bupati Wanareja, the undersigned:") == (
        "2019-05-03", "Wanareja")


def test_a_town_after_a_building_before_the_day():
    found = _extract("Perjanjian ini dibuat dan ditandatangani di Hotel Grand Mutiara, Pagarsih pada hari Senin "
                     "tanggal 12 Juni 2023, oleh dan antara:")
    assert found == ("2023-06-12", "Pagarsih")


def test_a_unit_word_two_letters_off_after_a_round_year_is_no_round_year():
    # "dua ribu tanga": OCR damaged "tiga" past one letter; never the year 2000
    opening = "Pada hari ini Sabtu tanggal delapan bulan Februari tahun dua ribu {}, kami yang bertanda tangan:"
    assert _extract(opening.format("tanga"))[0] == "2003-02-08"  # the one near reading the weekday confirms
    assert _extract(opening.replace("Sabtu", "Senin").format("tanga"))[0] is None  # a weekday at odds: no date
    assert _extract(opening.replace("Sabtu", "Jumat").format("tanga belas"))[0] == "2013-02-08"
    assert _extract(opening.replace("Sabtu", "Selasa").format(""))[0] == "2000-02-08"  # a round year still is one


def test_a_recital_that_opens_with_a_day_is_not_the_opening():
    recital = "a. Bahwa pada hari Kamis tanggal 24 April 2014 telah dilaksanakan pertemuan di Lembah Hijau;"
    assert _extract(_UNDERSIGNED, recital) == (None, None)
    assert _extract(_BLANK_OPENING, recital) == (None, None)


def test_a_closing_that_dates_the_signing_before_its_place():
    closing = "This Agreement is signed on 14 July 2015 in Sukamaju.\n"
    assert _extract(_UNDERSIGNED, closing=closing) == ("2015-07-14", "Sukamaju")
    closing = "Perjanjian ini ditandatangani pada tanggal 14 Juli 2015 di Kantor Bupati Pagarsih.\n"
    assert _extract(_UNDERSIGNED, closing=closing) == ("2015-07-14", "Pagarsih")
    # another agreement's signing so told, in a recital, is not this one's
    recital = "a. Bahwa Kesepakatan Bersama yang ditandatangani pada tanggal 2 Mei 2014 di Sukamaju perlu ditindaklanjuti;"
    assert _extract(_UNDERSIGNED, recital) == (None, None)


def test_a_day_in_words_cut_by_a_misspelt_number_word():
    # "dua pulih tiga": the day's words cut at the damaged word; never the 3rd; the digits beside them tell the day
    opening = "Pada hari ini Sabtu tanggal dua pulih tiga bulan Maret tahun dua ribu tiga belas{}, kami yang bertanda:"
    assert _extract(opening.format(" (23-03-2013)"))[0] == "2013-03-23"
    assert _extract(opening.format(""))[0] is None
    # a weekday one letter from a number word ("Rabu" / "ribu") before the day's words cuts nothing
    assert _extract("Pada hari ini, Rabu Satu Maret tahun Dua Ribu Tujuh Belas (01-03-2017), kami yang bertanda:")[
        0] == "2017-03-01"


def test_a_closings_place_and_date_on_two_lines():
    assert _extract(_UNDERSIGNED, closing="Karangsari,\n7 Januari 2007\n") == ("2007-01-07", "Karangsari")
    # a line that goes on after the date is no dateline
    assert _extract(_UNDERSIGNED, closing="Karangsari,\n7 Januari 2007 pukul 10.00 WIB\n") == (None, None)


def test_a_recital_label_citing_an_earlier_memorandum_signed_there_gives_no_signing():
    """A memorandum between ministries writes no opening date; its recital "MEMPERHATIKAN Memorandum … antara A dan B
    …, ditandatangani di X pada tanggal D;" tells of the earlier memorandum's signing, not its own."""
    text = ("MEMORANDUM SALING PENGERTIAN\nANTARA\nKEMENTERIAN TATA KELOLA REPUBLIK INDONESIA\nDAN\n"
            "KEMENTERIAN ADMINISTRASI PUBLIK REPUBLIK ARKADIA\nTENTANG\nKERJA SAMA DI BIDANG PEMERINTAHAN DIGITAL\n\n"
            "Kementerian Tata Kelola Republik Indonesia dan Kementerian Administrasi Publik Republik Arkadia, "
            "selanjutnya disebut \"Para Pihak\";\nMENGINGAT pentingnya kerja sama di bidang pemerintahan digital;\n"
            "MEMPERHATIKAN Memorandum Saling Pengertian antara Kementerian Tata Kelola Republik Indonesia dan "
            "Kementerian Administrasi Publik Republik Arkadia dalam hal Kerja Sama di Bidang Pelayanan Publik, "
            "ditandatangani di Surakarta pada tanggal 4 Juli 2013;\nTELAH mencapai pemahaman bersama sebagai berikut:\n"
            "PASAL 1\nTUJUAN\nTujuan dari Memorandum Saling Pengertian ini adalah memajukan kerja sama.\n")
    facts = schema_of([text])
    assert facts["sign_date"] is None and facts["sign_place"] is None
    # the memorandum's own closing still dates it, and a recital of this very memorandum is no citation
    own = text + "\nDitandatangani di Jakarta pada tanggal 12 Mei 2016.\n"
    assert (schema_of([own])["sign_date"], schema_of([own])["sign_place"]) == ("2016-05-12", "Jakarta")
    itself = text.replace("MEMPERHATIKAN Memorandum Saling Pengertian antara",
                          "MEMPERHATIKAN bahwa Memorandum Saling Pengertian ini antara")
    assert schema_of([itself])["sign_date"] == "2013-07-04"



def test_a_clause_following_up_an_earlier_memorandum_signed_then_gives_no_signing():
    """"Menindaklanjuti Nota Kesepahaman … ditandatangani di X pada tanggal D;" (and "Further to", "Pursuant to") above
    the parties opens a clause about the earlier memorandum: its date and place are not this agreement's."""
    head = _HEAD.split("\n\nNOMOR")[0] + "\n\n"
    for lead in ("Menindaklanjuti Nota Kesepahaman antara", "Further to the Memorandum of Understanding between",
                 "Pursuant to the Memorandum of Understanding between"):
        text = (head + lead + " Pemerintah Kabupaten Sukamaju dan Universitas Nusa Bakti, ditandatangani di Lembah "
                "Hijau pada tanggal 3 Juni 2019;\n" + _UNDERSIGNED + "\n" + _PARTIES)
        facts = schema_of([text])
        assert (facts["sign_date"], facts["sign_place"]) == (None, None), lead
        own = text + "Ditandatangani di Sukamaju pada tanggal 12 Juni 2023.\n" + _SIGNATURES
        assert schema_of([own])["sign_date"] == "2023-06-12", lead
