"""Forms of the released sealed5 set: identity clauses in dash bullets ("NAME : - Bupati X, …" / "- Dalam hal ini
…" / "- Untuk selanjutnya disebut PIHAK PERTAMA."), and an address that wraps onto the line after the name ("…
berkantor di" / "Jln. Kenanga …"). Every text here is invented."""
from __future__ import annotations

from tests.extract_texts import schema_of

_TEXT = """KESEPAKATAN BERSAMA
ANTARA
PEMERINTAH KABUPATEN SUKAMAJU
DENGAN
PEMERINTAH KOTA TIRTA
TENTANG
PENGELOLAAN SAMPAH REGIONAL

Pada hari ini Senin tanggal dua belas bulan Juni tahun dua ribu dua puluh tiga, kami yang bertanda tangan di
bawah ini:

1. BAGAS PRANATA : - Bupati Sukamaju, berkedudukan di Jalan Melati Nomor 3, Sukamaju.

- Dalam hal ini menjalankan jabatannya sebagaimana


tersebut di atas sesuai ketentuan Pasal 65 ayat (1)
Undang-Undang Nomor 23 Tahun 2014 tentang
Pemerintahan Daerah, oleh karenanya sah bertindak untuk dan
atas nama Pemerintah Kabupaten
Sukamaju.

- Untuk selanjutnya disebut PIHAK PERTAMA.

2. LARAS WENING : - Wali Kota Tirta, berkedudukan di Kota Tirta
Jalan Kenanga Nomor 1 Tirta, dalam hal ini bertindak untuk dan atas nama Pemerintah
Kota Tirta.

- Dalam hal ini ,menjalankan jabatannya sebagaimana tersebut di atas, oleh karenanya sah bertindak untuk dan
atas nama Pemerintah Kota Tirta.

- Untuk selanjutnya disebut PIHAK KEDUA.
"""


def test_dash_bullets_are_no_part_of_the_office_or_the_body():
    parties = schema_of([_TEXT])["parties"]
    assert [(p["institution"], p["position"]) for p in parties] == [
        ("Pemerintah Kabupaten Sukamaju", "Bupati Sukamaju"), ("Pemerintah Kota Tirta", "Wali Kota Tirta")]
    assert [p["signatory"] for p in parties] == ["Bagas Pranata", "Laras Wening"]


def test_a_dash_bullet_after_a_sentence_or_before_an_office_is_cut():
    from ingest.extract.bodies import tidy_body
    from ingest.extract.heads import position_of

    assert tidy_body("Pemerintah Kota Tirta. - Untuk") == "Pemerintah Kota Tirta"
    assert tidy_body("Pemerintah Kota Tirta. -") == "Pemerintah Kota Tirta"
    assert tidy_body("PT Bank Tirta - Kantor Cabang Sukamaju") == "PT Bank Tirta - Kantor Cabang Sukamaju"
    assert position_of("- Wali Kota Tirta") == "Wali Kota Tirta"


def test_a_street_on_the_line_after_a_name_is_no_degree_of_it():
    text = _TEXT.replace("2. LARAS WENING : - Wali Kota Tirta, berkedudukan di Kota Tirta\nJalan Kenanga Nomor 1 Tirta,",
                         "2. Drs. LARAS WENING, Wali Kota Tirta, yang berkedudukan dan berkantor di\nJln. Kenanga Tirta,")
    assert "Jln. Kenanga" in text
    second = schema_of([text])["parties"][1]
    assert (second["signatory"], second["position"]) == ("Drs. Laras Wening", "Wali Kota Tirta")
