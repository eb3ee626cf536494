"""OCR noise, second pass: forms a poor scan gives that the first pass (test_extract_noise.py) left. Each noisy
variant of one invented opening gives the clean opening's values, or none; never a wrong date."""
from __future__ import annotations

import pytest

from ingest.extract.cleanup import clean_pages
from ingest.extract.dates import find_dates
from tests.extract_texts import schema_of

CLEAN = ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS KESEHATAN KOTA TIRTA\nDENGAN\nRUMAH SAKIT BUNDA TIRTA\nTENTANG\n"
         "RUJUKAN PASIEN\nNomor: 440/12/DINKES/2019\n"
         "Pada hari ini Selasa tanggal Dua Puluh Delapan bulan Mei tahun Dua Ribu Sembilan Belas, bertempat di Kota "
         "Tirta, kami yang bertanda tangan di bawah ini:\n"
         "1. dr. Wulan Sari, M.Kes. selaku Kepala Dinas Kesehatan Kota Tirta, dalam hal ini bertindak untuk dan atas "
         "nama Dinas Kesehatan Kota Tirta, selanjutnya disebut PIHAK PERTAMA;\n"
         "2. Drs. Hendra Gunawan selaku Direktur Rumah Sakit Bunda Tirta, dalam hal ini bertindak untuk dan atas "
         "nama Rumah Sakit Bunda Tirta, selanjutnya disebut PIHAK KEDUA.\n"
         "Pasal 1\nMAKSUD DAN TUJUAN\nKerja sama ini untuk rujukan pasien.\n")


def _fields(facts: dict) -> tuple:
    return facts["sign_date"], facts["sign_place"], facts["numbers"], [
        (party["institution"], party["signatory"], party["position"]) for party in facts["parties"]]


def test_the_clean_opening():
    date, place, numbers, parties = _fields(schema_of([CLEAN]))
    assert (date, place, numbers) == ("2019-05-28", "Kota Tirta", ["440/12/DINKES/2019"])
    assert parties[1] == ("Rumah Sakit Bunda Tirta", "Drs. Hendra Gunawan", "Direktur Rumah Sakit Bunda Tirta")


@pytest.mark.parametrize("clean, noisy", [
    ("Dua Ribu Sembilan Belas", "Dua Ribu Sem'bilan Belas"),  # a speck inside a number word
    ("Dua Ribu Sembilan Belas", "Dua Ribu Sembilan B|elas"),
    ("Dua Puluh Delapan", "Dua Pulu,h Delapan"),
    ("Dua Puluh Delapan", "D.ua Puluh Delapan"),
    ("Delapan bulan Mei", "Delapan .bulan Mei"),  # a speck glued before a keyword after a space
    ("bertempat di Kota", "ber'tempat di Kota"),
])
def test_a_speck_inside_or_before_a_keyword_is_dropped(clean, noisy):
    assert clean in CLEAN
    assert _fields(schema_of([CLEAN.replace(clean, noisy, 1)])) == _fields(schema_of([CLEAN]))


@pytest.mark.parametrize("clean, noisy", [
    ("Dua Ribu Sembilan Belas", "Dua Ribu' Sembilan Belas"),  # a mark after the year's thousands: never 2000
    ("Dua Ribu Sembilan Belas", "Dua Ribu, Sembilan Belas"),
    ("Dua Puluh Delapan bulan", "Dua Puluh, Delapan bulan"),  # a mark inside the day's words: never the 8th
])
def test_a_mark_between_a_dates_words_gives_no_date_never_a_wrong_one(clean, noisy):
    assert clean in CLEAN
    assert schema_of([CLEAN.replace(clean, noisy, 1)])["sign_date"] is None


def test_a_year_cut_by_a_mark_takes_its_digits():
    text = "tanggal 28 bulan Mei tahun Dua Ribu, Sembilan Belas (2019) bertempat di Kota Tirta"
    assert [hit.date.isoformat() for hit in find_dates(text)] == ["2019-05-28"]
    marked = "tanggal 9 Mei tahun seribu sembilan ratus sembilan ,puluh tiga"
    assert find_dates(marked) == []  # read raw: cut, never 1909
    assert [hit.date.isoformat() for hit in find_dates(clean_pages([marked]).text)] == ["1993-05-09"]


def test_a_list_after_a_whole_year_stays():
    text = "tanggal 9 Mei tahun dua ribu dua puluh satu, dua belah pihak sepakat"
    assert [hit.date.isoformat() for hit in find_dates(text)] == ["2021-05-09"]


def test_marks_a_word_may_hold_stay():
    text = "Budi, S.H., M.Kes di Jl.Raya No.5, Ma'ruf Amin, www.tirta.go.id, dan/atau 'Pihak' ini.Pasal"
    assert clean_pages([text]).text == text


@pytest.mark.parametrize("clean, noisy", [
    ("Drs. Hendra Gunawan selaku Direktur", "Drs. Hendra Gunawan selakuDirektur"),  # a lost space shown by the case
    ("Drs. Hendra Gunawan selaku Direktur", "Drs. Hendra Gunawan sclakiiDirektur"),  # and the keyword misspelt
    ("M.Kes. selaku Kepala Dinas", "M.Kes. selaku KepalaDinas"),
    ("Nomor: 440/12/DINKES/2019", "Nomor: 440/12/DINKES/,2019"),  # a speck against a slash
    ("atas nama Rumah Sakit Bunda Tirta,", "atas nama Rumah Sakit Bunda ,Tirta,"),  # a comma glued before a word
])
def test_a_lost_space_or_a_comma_in_a_value_gives_the_clean_values(clean, noisy):
    assert clean in CLEAN
    assert _fields(schema_of([CLEAN.replace(clean, noisy, 1)])) == _fields(schema_of([CLEAN]))


def test_a_numbers_dot_read_as_a_comma():
    facts = schema_of([CLEAN.replace("Nomor: 440/12/DINKES/2019", "Nomor: HK,03.01/12/DINKES/2019", 1)])
    assert facts["numbers"] == ["HK.03.01/12/DINKES/2019"]


def test_a_case_change_without_a_keyword_stays():
    text = "PT McKinsey, SitiRahayu, YouTube, PengadiIan Tinggi, 12/PKS/2019,Nomor 3, Rp 1,5 juta"
    assert clean_pages([text]).text == text
    assert clean_pages(["Drs. Budi selakuKetua"]).text == "Drs. Budi selaku Ketua"


@pytest.mark.parametrize("clean, noisy", [
    ("Drs. Hendra Gunawan selaku Direktur", "Drs. Hendra Gunawanselaku Direktur"),  # a keyword no word ends with
    ("Kota Tirta, selanjutnya disebut PIHAK PERTAMA", "Kota Tirta, selanjutnyadisebut PIHAK PERTAMA"),
    ("Dinas Kesehatan Kota Tirta, selanjutnya", "Dinas Kesehatan Kota Tirtaselanjutnya"),
])
def test_a_keyword_glued_to_the_word_before(clean, noisy):
    assert clean in CLEAN
    assert _fields(schema_of([CLEAN.replace(clean, noisy, 1)])) == _fields(schema_of([CLEAN]))


def test_an_s_read_as_five_inside_a_name_or_a_degree():
    text = CLEAN.replace("Drs. Hendra Gunawan", "dr. Hendra GUNAWAN, Sp.PD", 1)
    noisy = CLEAN.replace("Drs. Hendra Gunawan", "dr. Hendra GUNAWAN, 5p.PD", 1)
    assert _fields(schema_of([noisy])) == _fields(schema_of([text]))
    assert clean_pages(["Hendra SU5ANTO"]).text == "Hendra SUSANTO"
    kept = "PKS/B5A/2019, H5N1, Pasal5 ayat 2, tersebut sebagaimana, diselaku"
    assert clean_pages([kept]).text == kept


@pytest.mark.parametrize("clean, noisy", [
    ("tahun Dua Ribu Sembilan Belas", "tahun Dua. Ribu Sembilan Belas"),  # a mark before a word no number starts with
    ("tahun Dua Ribu Sembilan Belas", "tahun Dua Ribu Sembilan, Belas"),
    ("Pada hari ini Selasa", "Pada ha'riini Selasa"),  # a speck inside two glued keywords
])
def test_a_mark_inside_a_dates_words_is_dropped(clean, noisy):
    assert clean in CLEAN
    assert _fields(schema_of([CLEAN.replace(clean, noisy, 1)])) == _fields(schema_of([CLEAN]))


def test_a_year_with_a_mark_before_it_or_a_word_glued_after_it():
    text = CLEAN.replace("Pada hari ini Selasa tanggal Dua Puluh Delapan bulan Mei tahun Dua Ribu Sembilan Belas",
                         "Pada hari ini Selasa tanggal 28 Mei '2019", 1)
    assert schema_of([text])["sign_date"] == "2019-05-28"
    assert clean_pages(["Tanggal : 28 Mei 2019TENTANG KERJA SAMA"]).text == "Tanggal : 28 Mei 2019 TENTANG KERJA SAMA"
    kept = "Nomor 12 .2019/PKS, 3 Mei 2019/PKS, lima, ribuan orang"
    assert clean_pages([kept]).text == kept


def test_noise_shapes_the_doubts_catch():
    from ingest.extract.doubts import institution_doubts, position_doubts, signatory_doubts
    assert position_doubts("Kepala Kantor Pertanahan Kabupaten Sukamaju Utaradalam hal ini")  # a clause run on
    assert not position_doubts("Kepala Badan Keuangan Kota Tirta selaku Bendahara Umum Daerah")  # two offices
    assert institution_doubts("Rumah Sakit Umum Daerah dr")  # cut before the name a title belongs to
    assert signatory_doubts("Budi Santoso, dalam jabatann|yamasing- masing")
    assert not position_doubts("Direktur Rumah Sakit Umum Daerah dr. Soeselo Kabupaten Tirta")
    assert not institution_doubts("RSUP Prof. Dr. R. Sukamaju")
    assert not signatory_doubts("Budi Santoso dan Rina Wati")  # two persons signing together


def test_an_item_numbers_dot_read_as_a_comma():
    noisy = CLEAN.replace("bawah ini:\n1. dr. Wulan", "bawah ini:\n1, dr. Wulan", 1).replace(
        "PIHAK PERTAMA;\n2. Drs.", "PIHAK PERTAMA;\n2, Drs.", 1)
    assert _fields(schema_of([noisy])) == _fields(schema_of([CLEAN]))
    kept = "tanggal 2, bulan Mei; 1, 2 dan 3; Jalan Melati No. 69, Kelurahan Sari; KM. 46, Cibinong; nomor\n42, Tirta"
    assert clean_pages([kept]).text == kept


def test_a_speck_inside_mengenai():
    text = "PERSETUJUAN\nANTARA\nPEMERINTAH KOTA TIRTA\nDAN\nPEMERINTAH KOTA SUKAMAJU\nME'NGENAI\nKERJA SAMA KOTA KEMBAR\n"
    assert "\nMENGENAI\n" in clean_pages([text]).text


def test_a_clause_word_glued_to_a_word_the_text_writes_alone():
    noisy = CLEAN.replace("Direktur Rumah Sakit Bunda Tirta, dalam hal ini", "Direktur Rumah Sakit Bunda Tirtadalam hal ini", 1)
    assert _fields(schema_of([noisy])) == _fields(schema_of([CLEAN]))
    kept = "Badan Usaha Milik Desa, bulan Ramadan, Kota Medan dan sayang"
    assert clean_pages([kept]).text == kept
