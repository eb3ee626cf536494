"""Term articles in the forms offices write them: how the start, the length and the end are stated, and what only
looks like the term. The forms were written out systematically (an invented corpus of term articles, recitals and
closings) and run through the extractor; each test here stands for a form it misread. Every text here is invented
for these tests."""
from __future__ import annotations

from tests.extract_texts import schema_of

_HEAD = ("PERJANJIAN KERJA SAMA\nANTARA\nPEMERINTAH KABUPATEN WANASARI\nDENGAN\nPEMERINTAH KOTA BATU PUTIH\n\n"
         "NOMOR : 214/PKS/07/2022\nNOMOR : 38/KS-11/2022\n\nTENTANG\nPENGELOLAAN AIR BERSIH\n\n"
         "Pada hari ini Selasa tanggal lima belas bulan Maret tahun dua ribu dua puluh dua (15-03-2022), bertempat di "
         "Wanasari, kami yang bertanda tangan di bawah ini:\n\n"
         "1. Ir. Dedi Kurniawan : Bupati Wanasari, dalam hal ini bertindak untuk dan atas nama Pemerintah Kabupaten "
         "Wanasari, selanjutnya disebut PIHAK PERTAMA;\n2. Drs. Yusuf Hamdani : Wali Kota Batu Putih, dalam hal ini "
         "bertindak untuk dan atas nama Pemerintah Kota Batu Putih, selanjutnya disebut PIHAK KEDUA.\n\n"
         "PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.\n\n")
_PURPOSE = ("Pasal 1\nMAKSUD DAN TUJUAN\n\nMaksud Perjanjian ini adalah sebagai pedoman bagi PARA PIHAK dalam "
            "pengelolaan air bersih.\n\n")
_SIGNATURES = ("\nPIHAK PERTAMA,                              PIHAK KEDUA,\n"
               "BUPATI WANASARI,                            WALI KOTA BATU PUTIH,\n\n\n"
               "Ir. DEDI KURNIAWAN                          Drs. YUSUF HAMDANI\n")


def _extract(term: str | None = None, recital: str = "", closing: str = "") -> dict:
    text = _HEAD + recital + _PURPOSE
    if term is not None:
        text += f"Pasal 2\nJANGKA WAKTU\n\n{term}\n\n"
    text += "Pasal 3\nPENUTUP\n\n" + closing + "Demikian Perjanjian ini dibuat dalam rangkap 2 (dua).\n\n" + _SIGNATURES
    result = schema_of([text])
    return {key: result[key] for key in ("sign_date", "effective_date", "duration", "end_date")}


def test_a_term_counted_from_another_agreements_end_has_no_start_here():
    # "terhitung sejak tanggal berakhirnya Perjanjian Kerja Sama Nomor …": its length is stated, its start is the end
    # of another agreement, a date this text does not give (never this signing)
    found = _extract("Perjanjian ini berlaku selama 2 (dua) tahun terhitung sejak tanggal berakhirnya Perjanjian Kerja "
                     "Sama Nomor 17/PKS/2019 tentang Pengelolaan Air Bersih.")
    assert found == {"sign_date": "2022-03-15", "effective_date": None, "duration": "P2Y", "end_date": None}


def test_a_term_counted_from_another_agreements_signing_is_not_counted_from_this_one():
    found = _extract("Perjanjian Kerja Sama ini berlaku untuk jangka waktu 3 (tiga) tahun terhitung sejak tanggal "
                     "ditandatanganinya Kesepakatan Bersama Nomor 05/KB/2021 tentang Kerja Sama Daerah.")
    assert (found["effective_date"], found["duration"], found["end_date"]) == (None, "P3Y", None)
    # this agreement's own signing still counts
    found = _extract("Perjanjian Kerja Sama ini berlaku untuk jangka waktu 3 (tiga) tahun terhitung sejak tanggal "
                     "ditandatanganinya Perjanjian Kerja Sama ini.")
    assert (found["effective_date"], found["duration"], found["end_date"]) == ("2022-03-15", "P3Y", "2025-03-14")


def test_a_term_running_to_the_end_of_a_fiscal_year():
    # the fiscal year is the calendar year: "sampai dengan berakhirnya Tahun Anggaran 2023" ends on 31 December 2023
    found = _extract("Perjanjian ini berlaku sejak tanggal ditandatangani sampai dengan berakhirnya Tahun Anggaran 2023.")
    assert (found["effective_date"], found["end_date"]) == ("2022-03-15", "2023-12-31")
    assert found["duration"] is not None
    assert _extract("Perjanjian ini berlaku sejak tanggal ditandatangani s.d. akhir Tahun Anggaran 2022.")[
        "end_date"] == "2022-12-31"


def test_a_term_stated_only_in_a_recital():
    found = _extract(recital="Dengan terlebih dahulu menimbang:\na. bahwa PARA PIHAK sepakat untuk bekerja sama selama "
                     "4 (empat) tahun terhitung sejak tanggal ditandatangani Perjanjian ini;\nb. bahwa kerja sama ini "
                     "saling menguntungkan;\n\n")
    assert (found["effective_date"], found["duration"], found["end_date"]) == ("2022-03-15", "P4Y", "2026-03-14")


def test_a_term_through_a_fiscal_year_without_its_end_named():
    # "hingga Tahun Anggaran 2023 berakhir", "sampai dengan Tahun Anggaran 2023": through that fiscal year
    for term in ("Perjanjian ini berlaku sejak tanggal ditandatangani hingga Tahun Anggaran 2023 berakhir.",
                 "Perjanjian ini berlaku sejak tanggal ditandatangani sampai dengan Tahun Anggaran 2023."):
        assert _extract(term)["end_date"] == "2023-12-31", term


def test_fiscal_years_are_no_years_counted_from_signing():
    # "selama 1 (satu) tahun anggaran, yaitu Tahun Anggaran 2022": the fiscal year 2022, never a year from 15 March
    found = _extract("Perjanjian ini berlaku selama 1 (satu) tahun anggaran, yaitu Tahun Anggaran 2022.")
    assert (found["duration"], found["end_date"]) == (None, "2022-12-31")


def test_an_end_that_comes_by_itself_on_a_date():
    found = _extract("Perjanjian ini berlaku sejak tanggal ditandatangani dan berakhir dengan sendirinya pada tanggal "
                     "30 Juni 2024.")
    assert (found["effective_date"], found["end_date"]) == ("2022-03-15", "2024-06-30")


def test_english_entry_into_force_on_a_date():
    found = _extract("This Agreement shall enter into force on 1 April 2022 and remain in force for a period of two (2) "
                     "years.")
    assert (found["effective_date"], found["duration"], found["end_date"]) == ("2022-04-01", "P2Y", "2024-03-31")


def test_english_the_term_shall_be():
    found = _extract("The term of this Agreement shall be three years commencing on the date of signature.")
    assert (found["effective_date"], found["duration"], found["end_date"]) == ("2022-03-15", "P3Y", "2025-03-14")


def test_a_warranty_period_is_not_the_term():
    found = _extract("Perjanjian ini berlaku terhitung sejak tanggal ditandatangani sampai dengan tanggal 31 Desember "
                     "2023, dengan masa garansi 12 (dua belas) bulan.")
    assert (found["effective_date"], found["end_date"]) == ("2022-03-15", "2023-12-31")
    assert found["duration"] != "P12M"


def test_in_force_on_the_day_of_signing():
    # "berlaku pada tanggal ditandatangani": from signing, as "sejak"
    found = _extract("Perjanjian ini berlaku pada tanggal ditandatangani dan berakhir pada tanggal 31 Desember 2023.")
    assert (found["effective_date"], found["end_date"]) == ("2022-03-15", "2023-12-31")


def test_a_cited_agreements_term_in_a_recital_starts_nothing_here():
    found = _extract(recital="Menimbang:\na. bahwa PARA PIHAK telah menandatangani Kesepakatan Bersama Nomor 05/KB/2021 "
                     "tanggal 2 Februari 2021 yang berlaku selama 5 (lima) tahun sejak tanggal ditandatangani;\n\n")
    assert (found["effective_date"], found["duration"], found["end_date"]) == (None, None, None)


def test_a_term_counted_after_the_previous_agreement():
    found = _extract("Perjanjian ini berlaku selama 2 (dua) tahun terhitung setelah berakhirnya Perjanjian Kerja Sama "
                     "sebelumnya.")
    assert (found["effective_date"], found["duration"], found["end_date"]) == (None, "P2Y", None)


def test_effective_as_of_a_date():
    found = _extract("Perjanjian ini berlaku efektif per tanggal 1 Juli 2022 untuk jangka waktu 2 (dua) tahun.")
    assert (found["effective_date"], found["duration"], found["end_date"]) == ("2022-07-01", "P2Y", "2024-06-30")


def test_an_addendum_quoting_the_new_term_article():
    # "Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut: / "Pasal 5 / …": the quoted article states the term
    found = _extract("Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:\n\"Pasal 5\n(1) Perjanjian ini berlaku "
                     "sampai dengan tanggal 30 September 2025.\"")
    assert found["end_date"] == "2025-09-30"


def test_an_extension_after_the_cited_agreements_term():
    # the cited agreement's "yang berlaku selama 3 (tiga) tahun" is its term; the extension runs from its end
    found = _extract("Perjanjian Kerja Sama Nomor 09/PKS/2019 tanggal 4 Januari 2019 yang berlaku selama 3 (tiga) tahun, "
                     "diperpanjang jangka waktunya selama 2 (dua) tahun terhitung sejak tanggal berakhirnya Perjanjian "
                     "Kerja Sama tersebut.")
    assert (found["effective_date"], found["duration"], found["end_date"]) == (None, "P2Y", None)


def test_another_papers_signing_starts_no_term():
    found = _extract("Pembayaran dilakukan dalam waktu 14 (empat belas) hari kalender sejak tanggal ditandatangani "
                     "Berita Acara Serah Terima.")
    assert (found["effective_date"], found["duration"], found["end_date"]) == (None, None, None)
