"""Agreements among three to fifteen parties: numbered roles (PIHAK KE-3, PIHAK KEDUA BELAS), bodies sharing one
role, roles given respectively, parties in a table. Every text here is invented."""
from __future__ import annotations

import pytest

from tests.extract_texts import schema_of

_HEAD = """PERJANJIAN KERJA SAMA
NOMOR : 17/PKS/SETDA/2022
TENTANG
PENGELOLAAN SAMPAH REGIONAL

Pada hari ini Senin tanggal tujuh bulan Maret tahun dua ribu dua puluh dua (07-03-2022), kami yang
bertanda tangan di bawah ini:

"""
_PLACES = ["Lembah Hijau", "Sungai Terang", "Bukit Sari", "Karang Asri", "Telaga Biru", "Rawa Indah", "Batu Jaya",
           "Padang Wangi", "Kali Bening", "Suka Damai", "Wana Makmur", "Talang Sari", "Air Jernih", "Bumi Asih",
           "Muara Teduh"]
_NAMES = ["Andi Prasetyo", "Rina Kusumawati", "Budi Santoso", "Siti Rahmawati", "Agus Hidayat", "Dewi Saputra",
          "Hendra Wibisono", "Maya Lestiani", "Yusuf Nugroho", "Lestari Pratama", "Bambang Siregar", "Nur Halim",
          "Rudi Gunawan", "Fitri Permana", "Joko Sembiring"]
_WORDS = ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN",
          "KESEPULUH", "KESEBELAS", "KEDUA BELAS", "KETIGA BELAS", "KEEMPAT BELAS", "KELIMA BELAS"]


def _rows(text: str) -> list[tuple]:
    return [(p["role"], p["institution"], p["signatory"], p["position"]) for p in schema_of([text])["parties"]]


def _expected(count: int, roles: list[str] | None = None) -> list[tuple]:
    roles = roles or [f"PIHAK {word}" for word in _WORDS[:count]]
    return [(roles[i], f"Pemerintah Kabupaten {_PLACES[i]}", _NAMES[i], f"Bupati {_PLACES[i]}") for i in range(count)]


def _numbered(count: int, label) -> str:
    items = [f"{i + 1}. {_NAMES[i]}, Bupati {_PLACES[i]}, dalam hal ini bertindak untuk dan atas nama Pemerintah "
             f"Kabupaten {_PLACES[i]}, selanjutnya disebut PIHAK {label(i)};" for i in range(count)]
    return _HEAD + "\n".join(items) + "\n\nPARA PIHAK sepakat sebagai berikut:\n"


@pytest.mark.parametrize("count", [3, 5, 12, 15])
def test_numbered_roles_ke_n_designate_each_party(count):
    """"PIHAK KE-1" is read as the ordinal's usual word, PIHAK PERTAMA."""
    roles = ["PIHAK PERTAMA"] + [f"PIHAK {word}" for word in _WORDS[1:count]]
    assert _rows(_numbered(count, lambda i: f"KE-{i + 1}")) == _expected(count, roles)


def test_two_word_ordinals_up_to_the_fifteenth():
    rows = _rows(_numbered(15, lambda i: _WORDS[i]))
    assert [row[0] for row in rows[10:]] == ["PIHAK KESEBELAS", "PIHAK KEDUA BELAS", "PIHAK KETIGA BELAS",
                                            "PIHAK KEEMPAT BELAS", "PIHAK KELIMA BELAS"]
    assert rows == _expected(15)


def _villages(count: int, together: str, first: bool) -> str:
    villages = [f"{i + 1}. {_NAMES[i]}, Kepala Desa {_PLACES[i]}, dalam hal ini bertindak untuk dan atas nama "
                f"Pemerintah Desa {_PLACES[i]};" for i in range(count)]
    role, other = ("PIHAK PERTAMA", "PIHAK KEDUA") if first else ("PIHAK KEDUA", "PIHAK PERTAMA")
    villages.append(f"{together} {role};")
    number = count + 1 if first else 1
    clinic = (f"{number}. Joko Sembiring, Kepala Puskesmas Muara Teduh, dalam hal ini bertindak untuk dan atas nama "
              f"Puskesmas Muara Teduh, selanjutnya disebut {other};")
    if not first:
        villages = [line.replace(f"{i + 1}. ", f"{i + 2}. ", 1) for i, line in enumerate(villages)]
    body = villages + [clinic] if first else [clinic] + villages
    return _HEAD + "\n".join(body) + "\n\nPIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.\n"


@pytest.mark.parametrize("together", ["selanjutnya secara bersama-sama disebut",
                                      "yang selanjutnya baik sendiri-sendiri maupun bersama-sama disebut",
                                      "yang masing-masing maupun bersama-sama selanjutnya disebut sebagai"])
@pytest.mark.parametrize("first", [True, False])
def test_bodies_sharing_a_role_are_each_a_party(together, first):
    role, other = ("PIHAK PERTAMA", "PIHAK KEDUA") if first else ("PIHAK KEDUA", "PIHAK PERTAMA")
    villages = [(role, f"Pemerintah Desa {_PLACES[i]}", _NAMES[i], f"Kepala Desa {_PLACES[i]}") for i in range(3)]
    clinic = [(other, "Puskesmas Muara Teduh", "Joko Sembiring", "Kepala Puskesmas Muara Teduh")]
    assert _rows(_villages(3, together, first)) == (villages + clinic if first else clinic + villages)


@pytest.mark.parametrize("tail", ["yang selanjutnya masing-masing disebut PIHAK KESATU, PIHAK KEDUA, PIHAK KETIGA dan "
                                  "PIHAK KEEMPAT.",
                                  "yang selanjutnya secara berturut-turut disebut PIHAK KESATU sampai dengan PIHAK "
                                  "KEEMPAT."])
def test_roles_given_respectively(tail):
    items = [f"{i + 1}. {_NAMES[i]}, Bupati {_PLACES[i]}, dalam hal ini bertindak untuk dan atas nama Pemerintah "
             f"Kabupaten {_PLACES[i]}{';' if i < 3 else ','}" for i in range(4)]
    assert _rows(_HEAD + "\n".join(items) + "\n" + tail + "\n") == _expected(4)


def _table(bars: bool, roles_column: bool, closing: str) -> str:
    header = ["No", "Nama", "Jabatan", "Instansi"] + (["Sebutan"] if roles_column else [])
    rows = [[str(i + 1), _NAMES[i], f"Bupati {_PLACES[i]}", f"Pemerintah Kabupaten {_PLACES[i]}"]
            + ([f"PIHAK {_WORDS[i]}"] if roles_column else []) for i in range(4)]
    if bars:
        lines = ["| " + " | ".join(row) + " |" for row in [header] + rows]
    else:
        widths = [max(len(row[c]) for row in [header] + rows) for c in range(len(header))]
        lines = ["   ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in [header] + rows]
    return _HEAD + "\n".join(lines) + "\n\ndalam hal ini masing-masing bertindak untuk dan atas nama instansinya, " + \
        closing + "\n"


@pytest.mark.parametrize("bars", [True, False])
@pytest.mark.parametrize("roles_column, closing", [
    (True, "selanjutnya secara bersama-sama disebut PARA PIHAK."),
    (False, "selanjutnya secara berturut-turut disebut PIHAK KESATU, PIHAK KEDUA, PIHAK KETIGA dan PIHAK KEEMPAT."),
    (False, "selanjutnya secara berurutan disebut PIHAK KESATU sampai dengan PIHAK KEEMPAT.")])
def test_parties_in_a_table(bars, roles_column, closing):
    assert _rows(_table(bars, roles_column, closing)) == _expected(4)


def test_a_unit_with_its_region_after_dan_in_a_one_line_heading():
    text = ("PERJANJIAN KERJA SAMA\nANTARA PT CAHAYA NUSA MANDIRI, BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN "
            "LEMBAH HIJAU DAN KANTOR PERTANAHAN KABUPATEN SUNGAI TERANG\n" + _HEAD.split("\n", 1)[1] +
            "1. PT Cahaya Nusa Mandiri, dalam hal ini diwakili oleh Andi Prasetyo selaku Direktur Utama, selanjutnya "
            "disebut PIHAK PERTAMA;\n2. Badan Penanggulangan Bencana Daerah Kabupaten Lembah Hijau, dalam hal ini "
            "diwakili oleh Rina Kusumawati selaku Kepala Pelaksana, selanjutnya disebut PIHAK KEDUA; dan\n"
            "3. Kantor Pertanahan Kabupaten Sungai Terang, dalam hal ini diwakili oleh Budi Santoso selaku Kepala "
            "Kantor Pertanahan Kabupaten Sungai Terang, selanjutnya disebut PIHAK KETIGA.\n")
    assert [row[1] for row in _rows(text)] == ["PT Cahaya Nusa Mandiri",
                                               "Badan Penanggulangan Bencana Daerah Kabupaten Lembah Hijau",
                                               "Kantor Pertanahan Kabupaten Sungai Terang"]


def test_several_signers_of_one_body_stay_one_party():
    """Two persons acting for the same body under one designation are no two parties."""
    text = _HEAD + ("1. Andi Prasetyo, Ketua Koperasi Sumber Rejeki, bertindak untuk dan atas nama Koperasi Sumber "
                    "Rejeki;\n2. Rina Kusumawati, Sekretaris Koperasi Sumber Rejeki, bertindak untuk dan atas nama "
                    "Koperasi Sumber Rejeki;\nselanjutnya secara bersama-sama disebut PIHAK PERTAMA;\n"
                    "3. Budi Santoso, Bupati Lembah Hijau, dalam hal ini bertindak untuk dan atas nama Pemerintah "
                    "Kabupaten Lembah Hijau, selanjutnya disebut PIHAK KEDUA.\n")
    rows = _rows(text)
    assert [row[0] for row in rows] == ["PIHAK PERTAMA", "PIHAK KEDUA"]
    assert rows[1] == ("PIHAK KEDUA", "Pemerintah Kabupaten Lembah Hijau", "Budi Santoso", "Bupati Lembah Hijau")


@pytest.mark.parametrize("mark", ["a", "1"])
def test_bodies_sharing_a_role_under_its_heading(mark):
    marks = "abc" if mark == "a" else "123"
    items = [f"   {marks[i]}. {_NAMES[i]}, Kepala Desa {_PLACES[i]}, dalam hal ini bertindak untuk dan atas nama "
             f"Pemerintah Desa {_PLACES[i]};" for i in range(3)]
    text = _HEAD + "I. PIHAK PERTAMA :\n" + "\n".join(items) + "\nII. PIHAK KEDUA :\n   Joko Sembiring, Kepala " \
        "Puskesmas Muara Teduh, dalam hal ini bertindak untuk dan atas nama Puskesmas Muara Teduh.\n\nPIHAK PERTAMA " \
        "dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.\n"
    assert _rows(text) == [("PIHAK PERTAMA", f"Pemerintah Desa {_PLACES[i]}", _NAMES[i], f"Kepala Desa {_PLACES[i]}")
                           for i in range(3)] + [("PIHAK KEDUA", "Puskesmas Muara Teduh", "Joko Sembiring",
                                                  "Kepala Puskesmas Muara Teduh")]


def test_each_body_sharing_a_role_signs_under_its_own_office():
    """The closing's block under the shared role is no one signer's: each village head signs under his office."""
    opening = [f"{i + 1}. Pemerintah Desa {_PLACES[i]}, dalam hal ini diwakili oleh Kepala Desa {_PLACES[i]};"
               for i in range(3)]
    heads = "".join(f"KEPALA DESA {_PLACES[i].upper()},".ljust(34) for i in range(3)).rstrip()
    names = "".join(_NAMES[i].ljust(34) for i in range(3)).rstrip()
    text = _HEAD + "\n".join(opening) + "\nselanjutnya secara bersama-sama disebut PIHAK PERTAMA;\n4. Puskesmas Muara " \
        "Teduh, dalam hal ini diwakili oleh Kepala Puskesmas Muara Teduh, selanjutnya disebut PIHAK KEDUA.\n\n" \
        "Pasal 1\nRUANG LINGKUP\nRuang lingkup perjanjian ini meliputi kerja sama para pihak.\n\nDemikian " \
        "Perjanjian Kerja Sama ini dibuat dalam rangkap secukupnya.\n\nPIHAK PERTAMA,\n\n" + heads + "\n\n\n" + \
        names + "\n\nPIHAK KEDUA,\nKEPALA PUSKESMAS MUARA TEDUH,\n\n\nJoko Sembiring\n"
    assert _rows(text) == [("PIHAK PERTAMA", f"Pemerintah Desa {_PLACES[i]}", _NAMES[i], f"Kepala Desa {_PLACES[i]}")
                           for i in range(3)] + [("PIHAK KEDUA", "Puskesmas Muara Teduh", "Joko Sembiring",
                                                  "Kepala Puskesmas Muara Teduh")]


def test_items_run_together_in_one_paragraph():
    """A text layer that lost the line breaks: the items follow each other after semicolons, a label perhaps alone
    at a line's end, a name's degrees wrapped after a designation."""
    text = _HEAD + (
        "1. Andi Prasetyo, Kepala Desa Lembah Hijau, dalam hal ini bertindak untuk dan atas nama Pemerintah Desa "
        "Lembah\nHijau; 2. Rina Kusumawati, Kepala Desa Sungai Terang, dalam hal ini bertindak untuk dan atas nama\n"
        "Pemerintah Desa Sungai Terang; yang masing-masing maupun bersama-sama selanjutnya disebut sebagai\n"
        "PIHAK PERTAMA; 3. Budi Santoso,\nM.Kes., Kepala Puskesmas Bukit Sari, dalam hal ini bertindak untuk dan atas "
        "nama Puskesmas Bukit Sari, selanjutnya disebut PIHAK KEDUA.\n")
    assert _rows(text) == [
        ("PIHAK PERTAMA", "Pemerintah Desa Lembah Hijau", "Andi Prasetyo", "Kepala Desa Lembah Hijau"),
        ("PIHAK PERTAMA", "Pemerintah Desa Sungai Terang", "Rina Kusumawati", "Kepala Desa Sungai Terang"),
        ("PIHAK KEDUA", "Puskesmas Bukit Sari", "Budi Santoso, M.Kes.", "Kepala Puskesmas Bukit Sari")]


def test_an_office_word_ending_the_line_after_a_name_in_capitals():
    text = _numbered(3, lambda i: _WORDS[i]).replace("2. Rina Kusumawati, Bupati", "2. RINA KUSUMAWATI, S.E., M.M., "
                                                     "Bupati\n")
    assert _rows(text)[1] == ("PIHAK KEDUA", "Pemerintah Kabupaten Sungai Terang", "Rina Kusumawati, S.E., M.M.",
                              "Bupati Sungai Terang")


_WRAPPED_SPACES = """No   Nama                 Jabatan                          Instansi
1    Andi Prasetyo        Bupati Lembah Hijau              Pemerintah Kabupaten Lembah Hijau
2    Rina Kusumawati      Kepala Dinas Kesehatan           Dinas Kesehatan Kabupaten Sungai
                          Kabupaten Sungai Terang          Terang
3    Budi Santoso         Wali Kota Bukit Sari             Pemerintah Kota Bukit Sari
"""
_WRAPPED_BARS = """| No | Nama | Jabatan | Instansi |
| 1 | Andi Prasetyo | Bupati Lembah Hijau | Pemerintah Kabupaten Lembah Hijau |
| 2 | Rina Kusumawati | Kepala Dinas Kesehatan | Dinas Kesehatan Kabupaten Sungai |
|  |  | Kabupaten Sungai Terang | Terang |
| 3 | Budi Santoso, | Wali Kota Bukit Sari | Pemerintah Kota Bukit Sari |
|  | M.Kes. |  |  |
"""


@pytest.mark.parametrize("table", [_WRAPPED_SPACES, _WRAPPED_BARS])
def test_a_table_cell_wrapped_onto_the_next_line(table):
    text = _HEAD + table + "\ndalam hal ini masing-masing bertindak untuk dan atas nama instansinya, selanjutnya " \
        "secara bersama-sama disebut PARA PIHAK.\n"
    rows = _rows(text)
    assert rows[1] == ("PIHAK KEDUA", "Dinas Kesehatan Kabupaten Sungai Terang", "Rina Kusumawati",
                       "Kepala Dinas Kesehatan Kabupaten Sungai Terang")
    assert [row[1] for row in rows] == ["Pemerintah Kabupaten Lembah Hijau", "Dinas Kesehatan Kabupaten Sungai Terang",
                                        "Pemerintah Kota Bukit Sari"]


def test_an_undivided_heading_list_never_completes_a_name():
    """"ALPHA UNIVERSITY, BETA UNIVERSITY AND …" read as two names: the first party is Alpha University alone (a comma
    tail from the heading completes a name only with a region or a company's suffix)."""
    text = ("COOPERATION AGREEMENT\nBETWEEN\nALPHA UNIVERSITY, BETA UNIVERSITY AND GAMMA INSTITUTE OF TECHNOLOGY\n\n"
            "This Agreement is made on 7 March 2022 by and between:\n1. Alpha University, represented by Prof. Andi "
            "Prasetyo, Rector, hereinafter referred to as the FIRST PARTY;\n2. Beta University, represented by Dr. "
            "Rina Kusumawati, Rector, hereinafter referred to as the SECOND PARTY; and\n3. Gamma Institute of "
            "Technology, represented by Dr. Budi Santoso, President, hereinafter referred to as the THIRD PARTY.\n")
    assert [row[1] for row in _rows(text)] == ["Alpha University", "Beta University", "Gamma Institute of Technology"]


def test_consortium_members_sharing_a_role_end_at_their_semicolon():
    text = _HEAD + ("1. PT Cahaya Nusa Mandiri, dalam hal ini diwakili oleh Andi Prasetyo selaku Direktur Utama, bertindak "
                    "selaku Ketua Konsorsium, selanjutnya disebut PIHAK PERTAMA;\n2. PT Griya Karya Utama, dalam hal ini "
                    "diwakili oleh Rina Kusumawati selaku Direktur Utama;\n3. PT Sinar Bumi Perkasa, dalam hal ini "
                    "diwakili oleh Budi Santoso selaku Direktur;\nmasing-masing selaku Anggota Konsorsium, selanjutnya "
                    "secara bersama-sama disebut PIHAK KEDUA.\n")
    assert _rows(text) == [("PIHAK PERTAMA", "PT Cahaya Nusa Mandiri", "Andi Prasetyo", "Direktur Utama"),
                           ("PIHAK KEDUA", "PT Griya Karya Utama", "Rina Kusumawati", "Direktur Utama"),
                           ("PIHAK KEDUA", "PT Sinar Bumi Perkasa", "Budi Santoso", "Direktur")]


def test_a_title_alone_at_a_line_end_before_the_name():
    text = _HEAD + ("1. H.\nMaya Halim, S.E., M.M., Kepala Desa Lembah Hijau, dalam hal ini bertindak untuk dan atas nama\n"
                    "Pemerintah Desa Lembah Hijau, selanjutnya disebut PIHAK PERTAMA;\n2. Rina Kusumawati, Kepala "
                    "Puskesmas Bukit Sari, dalam hal ini bertindak untuk dan atas nama Puskesmas Bukit Sari, selanjutnya "
                    "disebut PIHAK KEDUA.\n")
    assert _rows(text)[0] == ("PIHAK PERTAMA", "Pemerintah Desa Lembah Hijau", "H. Maya Halim, S.E., M.M.",
                              "Kepala Desa Lembah Hijau")


_HEADING_ONLY = """KESEPAKATAN BERSAMA
ANTARA
UNIVERSITAS NUSA CENDEKIA
PEMERINTAH KOTA LUBUK SEJUK
DENGAN
PT CAHAYA NUSA MANDIRI
NOMOR : 700/KB/2021
TENTANG
PEMBANGUNAN JALAN PENGHUBUNG

Pada hari ini Jumat tanggal tujuh belas bulan Desember tahun dua ribu dua puluh satu (17-12-2021), PARA PIHAK
sepakat untuk mengadakan Kesepakatan Bersama dengan ketentuan sebagai berikut:

Pasal 1
MAKSUD DAN TUJUAN
Maksud kesepakatan ini adalah kerja sama para pihak.

Demikian Kesepakatan Bersama ini dibuat dan ditandatangani oleh PARA PIHAK.
"""


def test_heading_lines_before_dengan_are_parties_each_when_each_signs():
    closing = ("UNIVERSITAS NUSA CENDEKIA,                  PEMERINTAH KOTA LUBUK SEJUK,\n"
               "Rektor Universitas Nusa Cendekia,           Wali Kota Lubuk Sejuk,\n\n\n"
               "Andi Prasetyo                               Rina Kusumawati\n\n"
               "PT CAHAYA NUSA MANDIRI,\nDirektur Utama,\n\n\nBudi Santoso\n")
    assert _rows(_HEADING_ONLY + "\n" + closing) == [
        ("PIHAK PERTAMA", "Universitas Nusa Cendekia", "Andi Prasetyo", "Rektor Universitas Nusa Cendekia"),
        ("PIHAK KEDUA", "Pemerintah Kota Lubuk Sejuk", "Rina Kusumawati", "Wali Kota Lubuk Sejuk"),
        ("PIHAK KETIGA", "PT Cahaya Nusa Mandiri", "Budi Santoso", "Direktur Utama")]


def test_heading_lines_before_dengan_without_signatures_stay_one_side():
    """Without a closing naming each, "A" / "B" / "DENGAN" / "C" may be two sides: never split by guess."""
    assert len(_rows(_HEADING_ONLY)) == 2
