"""Parties and signatories in the identity-paragraph forms of published agreements and in English signature blocks;
a region or country printed beside a party is part of its name, never a party of its own (issue 18). Every text
here is written for these tests."""
from __future__ import annotations

import pytest

from tests.extract_texts import schema_of

_HEAD = """PERJANJIAN KERJA SAMA
ANTARA
DINAS KESEHATAN KABUPATEN SUKAMAJU
DENGAN
PT BANK DAERAH SUKAMAJU (PERSERO) TBK
NOMOR : 445/112/DINKES/2021
TENTANG
PELAYANAN KAS PUSKESMAS

Pada hari ini Senin tanggal dua bulan Agustus tahun dua ribu dua puluh satu, bertempat di Sukamaju, kami yang
bertanda tangan di bawah ini:
"""
_ARTICLE = """
Pasal 1
MAKSUD DAN TUJUAN
Perjanjian ini dimaksudkan sebagai pedoman pelayanan kas puskesmas.
"""
FIRST = {"role": "PIHAK PERTAMA", "institution": "Dinas Kesehatan Kabupaten Sukamaju",
         "signatory": "dr. Ratna Wulandari, M.Kes.", "position": "Kepala Dinas Kesehatan Kabupaten Sukamaju"}
SECOND = {"role": "PIHAK KEDUA", "institution": "PT Bank Daerah Sukamaju (Persero) Tbk",
          "signatory": "Hendra Gunawan", "position": "Pemimpin Cabang PT Bank Daerah Sukamaju"}

FORMS = {
    "labels": """1. Nama     : dr. RATNA WULANDARI, M.Kes.
   Jabatan  : Kepala Dinas Kesehatan Kabupaten Sukamaju
   Alamat   : Jalan Merdeka Nomor 4, Sukamaju
   dalam hal ini bertindak untuk dan atas nama Dinas Kesehatan Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA.
2. Nama     : HENDRA GUNAWAN
   Jabatan  : Pemimpin Cabang PT Bank Daerah Sukamaju
   Alamat   : Jalan Pemuda Nomor 17, Sukamaju
   dalam hal ini bertindak untuk dan atas nama PT Bank Daerah Sukamaju (Persero) Tbk, selanjutnya disebut PIHAK
   KEDUA.
""",
    "roman and colon": """I.  dr. RATNA WULANDARI, M.Kes. : Kepala Dinas Kesehatan Kabupaten Sukamaju, dalam hal ini bertindak untuk dan
     atas nama Dinas Kesehatan Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA.
II. HENDRA GUNAWAN : Pemimpin Cabang PT Bank Daerah Sukamaju, dalam hal ini bertindak untuk dan atas nama PT Bank
     Daerah Sukamaju (Persero) Tbk, selanjutnya disebut PIHAK KEDUA.
""",
    "selaku": """1. dr. Ratna Wulandari, M.Kes., selaku Kepala Dinas Kesehatan Kabupaten Sukamaju, dalam hal ini bertindak untuk
   dan atas nama Dinas Kesehatan Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA;
2. Hendra Gunawan, selaku Pemimpin Cabang PT Bank Daerah Sukamaju, dalam hal ini bertindak untuk dan atas nama
   PT Bank Daerah Sukamaju (Persero) Tbk, selanjutnya disebut PIHAK KEDUA.
""",
    "name alone on its line": """dr. RATNA WULANDARI, M.Kes.
Kepala Dinas Kesehatan Kabupaten Sukamaju, beralamat di Jalan Merdeka Nomor 4 Sukamaju, dalam jabatannya tersebut
bertindak untuk dan atas nama Dinas Kesehatan Kabupaten Sukamaju, untuk selanjutnya disebut sebagai PIHAK PERTAMA;

HENDRA GUNAWAN
Pemimpin Cabang PT Bank Daerah Sukamaju beralamat di Jalan Pemuda Nomor 17, oleh karenanya sah bertindak untuk dan
atas nama PT Bank Daerah Sukamaju (Persero) Tbk, untuk selanjutnya disebut PIHAK KEDUA;
""",
    "numbered name lines": """1. dr. RATNA WULANDARI, M.Kes.
   Kepala Dinas Kesehatan Kabupaten Sukamaju, dalam hal ini bertindak untuk dan atas nama Dinas Kesehatan
   Kabupaten Sukamaju, selanjutnya disebut PIHAK PERTAMA.
2. HENDRA GUNAWAN
   Pemimpin Cabang PT Bank Daerah Sukamaju, dalam hal ini bertindak untuk dan atas nama PT Bank Daerah Sukamaju
   (Persero) Tbk, selanjutnya disebut PIHAK KEDUA.
""",
}


@pytest.mark.parametrize("form", sorted(FORMS))
@pytest.mark.parametrize("with_articles", [True, False], ids=["pasal", "opening only"])
def test_signatories_in_every_identity_paragraph_form(form, with_articles):
    page = _HEAD + FORMS[form] + (_ARTICLE if with_articles else "")
    assert schema_of([page])["parties"] == [FIRST, SECOND]


def test_represented_institution_with_deeds_and_degrees_running_into_the_office():
    body = """I. DINAS KESEHATAN KABUPATEN SUKAMAJU, berkedudukan di Jalan Merdeka Nomor 4 Sukamaju, dalam hal ini diwakili
oleh dr. RATNA WULANDARI, M.Kes. Kepala Dinas Kesehatan Kabupaten Sukamaju, berdasarkan Keputusan Bupati Sukamaju
Nomor 821.2/77/BKD/2020 tanggal 3 Maret 2020, oleh karenanya sah bertindak untuk dan atas nama Dinas Kesehatan
Kabupaten Sukamaju, selanjutnya disebut PIHAK KESATU.
II. PT BANK DAERAH SUKAMAJU (PERSERO) TBK, berkedudukan di Sukamaju, didirikan dengan Akta Nomor 12 tanggal 4
Januari 1999 yang dibuat di hadapan Notaris Sri Utami, S.H., telah mendapat pengesahan dari Menteri Kehakiman
Nomor C-1234 HT.01.01.TH.99 tanggal 9 Februari 1999, dan perubahan anggaran dasar terakhir dengan Akta Nomor 5
tanggal 2 Mei 2019, dalam hal ini diwakili oleh HENDRA GUNAWAN selaku Pemimpin Cabang PT Bank Daerah Sukamaju,
berdasarkan Surat Kuasa Direksi Nomor 44/DIR/2021 tanggal 1 Juli 2021, oleh karena itu sah bertindak untuk dan atas
nama PT Bank Daerah Sukamaju (Persero) Tbk, selanjutnya disebut PIHAK KEDUA.
"""
    facts = schema_of([_HEAD + body + _ARTICLE])
    # the body is named in capitals at the head of its paragraph: kept so, company form included
    assert facts["parties"] == [dict(FIRST, role="PIHAK KESATU"),
                                dict(SECOND, institution="PT Bank Daerah Sukamaju (PERSERO) TBK")]
    assert facts["sign_date"] == "2021-08-02"  # not a deed's, a decree's or the power of attorney's date


_SISTER_CITY = """MEMORANDUM OF UNDERSTANDING
BETWEEN
THE CITY GOVERNMENT OF SUKAMAJU,
REPUBLIC OF INDONESIA
AND
THE CITY OF NORDHAVEN,
KINGDOM OF NORWAY
ON
SISTER CITY COOPERATION

The City Government of Sukamaju, Republic of Indonesia and the City of Nordhaven, Kingdom of Norway, hereinafter
referred to as "the Parties",
Desiring to strengthen the friendship between the two cities, have agreed as follows:

Article 1
Objective
The Parties shall develop cooperation in education, culture and tourism.

Article 2
Duration
This Memorandum shall come into effect on the date of its signing and shall remain in force for a period of five (5)
years.

Signed in Sukamaju on 14 March 2019 in two original copies in the English language.

FOR THE CITY GOVERNMENT OF SUKAMAJU,          FOR THE CITY OF NORDHAVEN,
REPUBLIC OF INDONESIA                         KINGDOM OF NORWAY

Signed                                        Signed

HARDI SASMITA                                 INGRID HALVORSEN
Mayor                                         Mayor
"""


def test_sister_city_memorandum_with_countries_beside_the_parties_and_english_signature_blocks():
    facts = schema_of([_SISTER_CITY])
    assert facts["doc_type"] == "MOU" and facts["title"] == "Sister City Cooperation"
    assert facts["parties"] == [
        {"role": "PIHAK PERTAMA", "institution": "The City Government of Sukamaju, Republic of Indonesia",
         "signatory": "Hardi Sasmita", "position": "Mayor"},
        {"role": "PIHAK KEDUA", "institution": "The City of Nordhaven, Kingdom of Norway",
         "signatory": "Ingrid Halvorsen", "position": "Mayor"}]
    assert (facts["sign_date"], facts["sign_place"]) == ("2019-03-14", "Sukamaju")
    assert (facts["duration"], facts["end_date"]) == ("P5Y", "2024-03-13")


@pytest.mark.parametrize("heading", [
    "KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KOTA SUKAMAJU,\nPROVINSI JAWA BARAT\nDENGAN\nPEMERINTAH KOTA TIRTAWANGI,\n"
    "PROVINSI JAWA TENGAH",
    "KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KOTA SUKAMAJU, PROVINSI JAWA BARAT\nDAN\nPEMERINTAH KOTA TIRTAWANGI,\n"
    "PROVINSI JAWA TENGAH",
])
def test_a_province_beside_a_party_is_not_a_party(heading):
    page = heading + "\nTENTANG\nPENGEMBANGAN PARIWISATA\n\nPara pihak sepakat sebagai berikut.\n"
    parties = schema_of([page])["parties"]
    assert [party["institution"] for party in parties] == [
        "Pemerintah Kota Sukamaju, Provinsi Jawa Barat", "Pemerintah Kota Tirtawangi, Provinsi Jawa Tengah"]


@pytest.mark.parametrize("tail, institution, position", [
    ("HENDRA GUNAWAN, Direktur Utama, bertempat tinggal di Sukamaju, dalam hal ini sah mewakili PT Bank Daerah Sukamaju "
     "(Persero) Tbk", "PT Bank Daerah Sukamaju (Persero) Tbk", "Direktur Utama"),
    ("HENDRA GUNAWAN, Direktur Utama dan oleh karenanya sah bertindak untuk dan atas nama Direksi PT Bank Daerah "
     "Sukamaju (Persero) Tbk berkantor pusat di Sukamaju", "PT Bank Daerah Sukamaju (Persero) Tbk", "Direktur Utama"),
    ("HENDRA GUNAWAN, Pemimpin Cabang Sukamaju, sesuai Surat Kuasa Direksi Nomor 44/DIR/2021 tanggal 1 Juli 2021, "
     "oleh karena itu sah mewakili PT Bank Daerah Sukamaju (Persero) Tbk", "PT Bank Daerah Sukamaju (Persero) Tbk",
     "Pemimpin Cabang Sukamaju"),
])
def test_what_follows_an_office_or_precedes_a_body_is_not_part_of_it(tail, institution, position):
    body = FORMS["roman and colon"].split("II.")[0] + f"II. {tail}, selanjutnya disebut PIHAK KEDUA.\n"
    second = schema_of([_HEAD + body + _ARTICLE])["parties"][1]
    assert (second["signatory"], second["institution"], second["position"]) == ("Hendra Gunawan", institution, position)


@pytest.mark.parametrize("line, signatory, position", [
    ("dr. HENDRA GUNAWAN, Akp. MARS Direktur Rumah Sakit Sukamaju", "dr. Hendra Gunawan, Akp. MARS",
     "Direktur Rumah Sakit Sukamaju"),
    ("Prof. HENDRA GUNAWAN, DEA, Rektor Universitas Sukamaju", "Prof. Hendra Gunawan, DEA", "Rektor Universitas Sukamaju"),
    ("HENDRA GUNAWAN, S.E., Plt. Direktur Rumah Sakit Sukamaju", "Hendra Gunawan, S.E.", "Plt. Direktur Rumah Sakit Sukamaju"),
])
def test_degrees_before_the_office_belong_to_the_name(line, signatory, position):
    body = (FORMS["roman and colon"].split("II.")[0] + f"II. {line}, dalam hal ini bertindak untuk dan atas nama "
            "PT Bank Daerah Sukamaju (Persero) Tbk, selanjutnya disebut PIHAK KEDUA.\n")
    second = schema_of([_HEAD + body + _ARTICLE])["parties"][1]
    assert (second["signatory"], second["position"]) == (signatory, position)
