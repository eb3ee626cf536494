"""Unfilled and partly filled drafts and templates: every blank a form leaves (dots, underscores, dots spaced out,
"[Nama Direktur]", "(nama pejabat)", "<<nama>>", "NAMA PEJABAT", "(jabatan)") gives nothing, the filled parts are
read. Every text here is invented."""
from __future__ import annotations

import pytest

from tests.extract_texts import schema_of


def _draft(title: str, first: str, second: str, closing: str = "") -> str:
    return ("PERJANJIAN KERJA SAMA\nANTARA\nRUMAH SAKIT UMUM DAERAH WANASARI\nDENGAN\n……………………\n"
            "NOMOR : 445/     /RSUD/2024\nTENTANG\n" + title + "\n\n"
            "Pada hari ini …… tanggal …… bulan …… tahun dua ribu dua puluh empat, bertempat di Wanasari, kami yang "
            "bertanda tangan di bawah ini :\n\n" + first + "\n\n" + second + "\n\n"
            "PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK, sepakat untuk mengadakan kerja "
            "sama dengan ketentuan sebagai berikut :\n\nPasal 1\nMAKSUD DAN TUJUAN\n\nMaksud kerja sama ini adalah "
            "meningkatkan mutu pelayanan.\n\n" + closing)


_FIRST = ("1. dr. Ratna Kusumawardani, M.Kes, selaku Direktur Rumah Sakit Umum Daerah Wanasari, dalam hal ini "
          "bertindak untuk dan atas nama Rumah Sakit Umum Daerah Wanasari, berkedudukan di Jalan Merpati Nomor 12 "
          "Wanasari, selanjutnya disebut PIHAK PERTAMA.")


@pytest.mark.parametrize("name, office, body", [
    ("[Nama Direktur]", "[Jabatan]", "[Nama Instansi]"),
    ("(nama pejabat)", "(jabatan)", "(nama perusahaan)"),
    ("<<nama>>", "<<jabatan>>", "<<nama mitra>>"),
    ("{nama_penandatangan}", "{jabatan}", "{instansi}"),
    ("NAMA PEJABAT", "JABATAN", "NAMA INSTANSI"),
    ("(Nama Lengkap dan Gelar)", "_______________", "_____________________"),
    (". . . . . . . . . .", ". . . . . . . .", ". . . . . . . . . . ."),
])
def test_a_blank_second_party_gives_nothing(name, office, body):
    second = (f"2. {name}, selaku {office}, dalam hal ini bertindak untuk dan atas nama {body}, berkedudukan di "
              "……………………, selanjutnya disebut PIHAK KEDUA.")
    facts = schema_of([_draft("PELAYANAN KESEHATAN RUJUKAN", _FIRST, second)])
    first, other = facts["parties"]
    assert (first["institution"], first["signatory"], first["position"]) == (
        "Rumah Sakit Umum Daerah Wanasari", "dr. Ratna Kusumawardani, M.Kes",
        "Direktur Rumah Sakit Umum Daerah Wanasari")
    assert (other["role"], other["institution"], other["signatory"], other["position"]) == (
        "PIHAK KEDUA", None, None, None)
    assert facts["title"] == "Pelayanan Kesehatan Rujukan"
    assert facts["numbers"] == ["445/ /RSUD/2024"]
    assert facts["sign_date"] is None and facts["sign_place"] == "Wanasari"


@pytest.mark.parametrize("title", ["_______________________", ". . . . . . . . . .", "……………………",
                                   "[JUDUL KERJA SAMA]"])
def test_a_blank_subject_is_no_title(title):
    second = ("2. ……………………, selaku Direktur ……………, dalam hal ini bertindak untuk dan atas nama ……………, "
              "selanjutnya disebut PIHAK KEDUA.")
    facts = schema_of([_draft(title, _FIRST, second)])
    assert facts["title"] is None
    assert facts["parties"][1]["position"] == "Direktur"


@pytest.mark.parametrize("value, blank", [
    ("Nama Pejabat", True), ("nama>>", True), ("Nama Direktur]", True), ("JABATAN", True), ("Jabatan Pejabat", True),
    ("Budi Santoso, S.H.", False), ("Penamaan Jalan dan Taman Kota", False), ("Pejabat Pembuat Komitmen", False),
    ("Perusahaan Daerah Air Minum Tirta", False), ("Direktur ___________", True),
])
def test_a_fields_hint_is_a_blank(value, blank):
    from ingest.extract.text import is_placeholder

    assert is_placeholder(value) is blank


_SECOND = ("2. Hadi Santoso, S.Kom, selaku Direktur PT Sinar Mandiri Sejahtera, dalam hal ini bertindak untuk dan atas "
           "nama PT Sinar Mandiri Sejahtera, berkedudukan di Jalan Cempaka Raya Nomor 45 Mekarsari, selanjutnya "
           "disebut PIHAK KEDUA.")
_BLANK_FIRST = ("1. ……………………, selaku Direktur Rumah Sakit Umum Daerah Wanasari, dalam hal ini bertindak untuk dan "
                "atas nama Rumah Sakit Umum Daerah Wanasari, selanjutnya disebut PIHAK PERTAMA.")
_CLOSINGS = [
    # side by side, the first block's name left out, its office wider than its column
    "Demikian Perjanjian ini dibuat dalam rangkap 2 (dua).\n\n"
    "PIHAK PERTAMA,                                  PIHAK KEDUA,\n"
    "Direktur Rumah Sakit Umum Daerah Wanasari\n\n\n"
    "                                                Hadi Santoso, S.Kom\n"
    "NIP. ……………………\n",
    # stacked, the first block with its office and a blank name, the second filled
    "Demikian Perjanjian ini dibuat dalam rangkap 2 (dua).\n\nPIHAK PERTAMA,\n"
    "Direktur Rumah Sakit Umum Daerah Wanasari\n\n\nNIP. ...................\n\n"
    "PIHAK KEDUA,\nDirektur PT Sinar Mandiri Sejahtera\n\n\nHadi Santoso, S.Kom\n",
    # stacked, the first block with nothing under its office
    "Demikian Perjanjian ini dibuat dalam rangkap 2 (dua).\n\nPIHAK PERTAMA,\n"
    "Direktur Rumah Sakit Umum Daerah Wanasari\n\n\n\nPIHAK KEDUA,\nDirektur PT Sinar Mandiri Sejahtera\n\n\n"
    "Hadi Santoso, S.Kom\n",
]


@pytest.mark.parametrize("closing", _CLOSINGS)
def test_only_the_second_block_is_filled_and_the_signers_stay_apart(closing):
    facts = schema_of([_draft("PELAYANAN KESEHATAN RUJUKAN", _BLANK_FIRST, _SECOND, closing)])
    first, second = facts["parties"]
    assert (first["signatory"], first["position"]) == (None, "Direktur Rumah Sakit Umum Daerah Wanasari")
    assert (second["signatory"], second["institution"]) == ("Hadi Santoso, S.Kom", "PT Sinar Mandiri Sejahtera")


@pytest.mark.parametrize("office", ["Pimpinan", "Ketua", "Penanggung Jawab Klinik Pratama Harapan Sehat"])
def test_a_block_with_only_the_office_names_nobody(office):
    second = (f"2. ……………………, selaku {office}, dalam hal ini bertindak untuk dan atas nama ……………………, "
              "selanjutnya disebut PIHAK KEDUA.")
    closing = ("Demikian Perjanjian ini dibuat dalam rangkap 2 (dua).\n\nPIHAK PERTAMA,\n"
               "Direktur Rumah Sakit Umum Daerah Wanasari\n\n\ndr. Ratna Kusumawardani, M.Kes\n\n"
               f"PIHAK KEDUA,\n{office}\n\n\n\n")
    facts = schema_of([_draft("PELAYANAN KESEHATAN RUJUKAN", _FIRST, second, closing)])
    first, other = facts["parties"]
    assert first["signatory"] == "dr. Ratna Kusumawardani, M.Kes"
    assert (other["signatory"], other["position"], other["institution"]) == (None, office, None)
