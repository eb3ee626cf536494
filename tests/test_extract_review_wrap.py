"""Ordinary openings the rules for wrapped lines must leave as their own lines read them: a form's rows one to a line
(the next one unlabelled), a flattened table, a three-party heading, a signing place and the sentence after it, a
numbered form's last item, an addendum's heading citing its agreement's date. Every text here is invented."""
from __future__ import annotations

from ingest.extract.heading_parties import title_parties
from tests.extract_texts import schema_of

_HEAD = ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS KESEHATAN KABUPATEN WANAJAYA\nDENGAN\nPOLITEKNIK KESEHATAN CENDANA\n\n"
         "NOMOR : 440/18/DINKES/2024\nNOMOR : 09/PKC/PKS/2024\n\nTENTANG\nPRAKTIK KERJA LAPANGAN MAHASISWA\n\n"
         "Pada hari ini Kamis tanggal empat bulan April tahun dua ribu dua puluh empat, kami yang bertanda tangan di "
         "bawah ini:\n")
_TAIL = ("\n\nPIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.\n\nPasal 1\nTUJUAN\n\nTujuan "
         "Perjanjian ini adalah sebagai pedoman bagi PARA PIHAK.\n\nPasal 2\nPENUTUP\n\nDemikian Perjanjian ini dibuat "
         "dalam rangkap 2 (dua).\n")
_FIRST, _SECOND = "Dinas Kesehatan Kabupaten Wanajaya", "Politeknik Kesehatan Cendana"


def _people(opening: str) -> list[tuple]:
    return [(party["signatory"], party["position"]) for party in schema_of([_HEAD + opening + _TAIL])["parties"]]


def test_a_name_row_keeps_its_line_when_the_next_line_opens_the_office_or_the_body():
    # "Nama : X" / "Kepala Dinas Y, dalam hal ini …": the office has no label; it is no part of the name
    for opener in ("Kepala Dinas Kesehatan Kabupaten Wanajaya, dalam hal ini bertindak untuk dan atas nama",
                   "Selaku Kepala Dinas Kesehatan Kabupaten Wanajaya, dalam hal ini bertindak atas nama"):
        second = opener.replace("Kepala Dinas Kesehatan Kabupaten Wanajaya", f"Direktur {_SECOND}")
        opening = (f"1. Nama : Agus Salim, S.KM\n{opener} {_FIRST}, selanjutnya disebut PIHAK PERTAMA.\n2. Nama : Dr. "
                   f"Ratna Sari, M.Kes\n{second} {_SECOND}, selanjutnya disebut PIHAK KEDUA.")
        assert [name for name, _ in _people(opening)] == ["Agus Salim, S.KM", "Dr. Ratna Sari, M.Kes"], opener
    opening = (f"1. Nama : Agus Salim, S.KM\n{_FIRST} berkedudukan di Jalan Cempaka 3, selanjutnya disebut PIHAK "
               f"PERTAMA.\n2. Nama : Dr. Ratna Sari, M.Kes\n{_SECOND} berkedudukan di Jalan Flamboyan 7, selanjutnya "
               f"disebut PIHAK KEDUA.")
    assert [name for name, _ in _people(opening)] == ["Agus Salim, S.KM", "Dr. Ratna Sari, M.Kes"]


def test_an_office_row_keeps_its_line_when_the_next_line_is_an_address():
    # ("Jabatan : Kepala Dinas X" / "Jalan Cempaka 3 …, selanjutnya disebut …": the address is none of the office)
    for address in ("Jalan Cempaka 3 Wanajaya, berkedudukan di Wanajaya,", "Kantor di Jalan Cempaka 3 Wanajaya,"):
        opening = (f"1. Nama : Agus Salim, S.KM\n   Jabatan : Kepala {_FIRST}\n   {address} selanjutnya disebut "
                   f"PIHAK PERTAMA.\n2. Nama : Dr. Ratna Sari, M.Kes\n   Jabatan : Direktur {_SECOND}\n   selanjutnya "
                   f"disebut PIHAK KEDUA.")
        assert _people(opening)[0] == ("Agus Salim, S.KM", f"Kepala {_FIRST}"), address


def test_an_office_wrapped_before_a_clause_ends_at_the_clause():
    # "Jabatan : Kepala Dinas" / "Kesehatan … berkedudukan di …": the office goes on, the clause is none of it
    opening = (f"1. Nama : Agus Salim, S.KM\n   Jabatan : Kepala Dinas\n   Kesehatan Kabupaten Wanajaya berkedudukan di "
               f"Wanajaya, selanjutnya disebut PIHAK PERTAMA.\n2. Nama : Dr. Ratna Sari, M.Kes\n   Jabatan : Direktur "
               f"{_SECOND}\n   selanjutnya disebut PIHAK KEDUA.")
    assert _people(opening)[0] == ("Agus Salim, S.KM", f"Kepala {_FIRST}")


def test_a_flattened_labels_row_right_above_its_values_is_no_broken_label():
    # "Nama Jabatan Alamat" / ": X : Y : Z" with no blank line between: the last label is the row's, not "Alamat : Z"
    opening = (f"Nama Jabatan Alamat\n: Agus Salim, S.KM : Kepala {_FIRST} : Jalan Cempaka 3 Wanajaya\nDalam hal ini "
               f"bertindak untuk dan atas nama {_FIRST}, selanjutnya disebut PIHAK PERTAMA.\nNama Jabatan Alamat\n: Dr. "
               f"Ratna Sari, M.Kes : Direktur {_SECOND} : Jalan Flamboyan 7 Wanajaya\nDalam hal ini bertindak untuk dan "
               f"atas nama {_SECOND}, selanjutnya disebut PIHAK KEDUA.")
    assert _people(opening) == [("Agus Salim, S.KM", f"Kepala {_FIRST}"), ("Dr. Ratna Sari, M.Kes", f"Direktur {_SECOND}")]


def test_run_together_cells_end_the_office_at_its_address():
    # "N a m a : Jabatan : Alamat :" / "X KEPALA …" / "yang berkedudukan di …" or "Kantor Jalan …"
    for after in ("yang berkedudukan di Jalan Cempaka 3 Wanajaya,", "Kantor Jalan Cempaka 3 Wanajaya\nDalam hal ini "
                                                                     f"bertindak untuk dan atas nama {_FIRST},"):
        opening = (f"1. N a m a : Jabatan : Alamat :\nAGUS SALIM, S.KM KEPALA DINAS KESEHATAN KABUPATEN WANAJAYA\n{after} "
                   f"selanjutnya disebut PIHAK PERTAMA.\n2. N a m a : Jabatan : Alamat :\nDr. RATNA SARI, M.Kes DIREKTUR "
                   f"POLITEKNIK KESEHATAN CENDANA\nJalan Flamboyan 7 Wanajaya, dalam hal ini bertindak untuk dan atas nama "
                   f"{_SECOND}, selanjutnya disebut PIHAK KEDUA.")
        assert _people(opening)[0] == ("Agus Salim, S.KM", f"Kepala {_FIRST}"), after


def test_a_heading_dan_opening_a_line_before_a_unit_a_region_or_a_school_separates_parties():
    for heading, names in [
            ("ANTARA POLITEKNIK NEGERI CENDANA\nDAN SMK NEGERI 2 WANAJAYA DAN UNIVERSITAS MELATI",
             ["Politeknik Negeri Cendana", "SMK Negeri 2 Wanajaya", "Universitas Melati"]),
            ("ANTARA PEMERINTAH KABUPATEN WANAJAYA\nDAN KOTA CENDANA DAN PEMERINTAH PROVINSI SURYA",
             ["Pemerintah Kabupaten Wanajaya", "Kota Cendana", "Pemerintah Provinsi Surya"]),
            ("ANTARA HOTEL MELATI INDAH\nDAN SEKOLAH MENENGAH KEJURUAN CENDANA DAN POLITEKNIK PARIWISATA SURYA",
             ["Hotel Melati Indah", "Sekolah Menengah Kejuruan Cendana", "Politeknik Pariwisata Surya"])]:
        text = f"PERJANJIAN KERJA SAMA {heading}\nTENTANG PRAKTIK KERJA\n\nPada hari ini para pihak sepakat.\n"
        head_end = text.index("\n\n")
        assert [name for name, _, _ in title_parties(text, head_end)] == names, heading


_PLACED = ("PERJANJIAN KERJA SAMA\nANTARA\nDINAS KESEHATAN KABUPATEN WANAJAYA\nDENGAN\nPOLITEKNIK KESEHATAN CENDANA\n\n"
           "TENTANG\nPRAKTIK KERJA\n\nPada hari ini Kamis tanggal empat bulan April tahun dua ribu dua puluh empat, "
           "bertempat di {place}\n{line}\n1. Nama : Agus Salim\nJabatan : Kepala Dinas Kesehatan Kabupaten Wanajaya\n"
           "selanjutnya disebut PIHAK PERTAMA.\n2. Nama : Ratna Sari\nJabatan : Direktur Politeknik Kesehatan Cendana\n"
           "selanjutnya disebut PIHAK KEDUA.\n")


def test_a_signing_place_at_a_line_end_takes_no_sentence_from_the_next_line():
    for place, line, found in [
            ("Wanajaya", "Sesuai dengan kewenangan masing-masing, kami yang bertanda tangan di bawah ini:", "Wanajaya"),
            ("Wanajaya", "Masing-masing yang bertanda tangan di bawah ini:", "Wanajaya"),
            ("Wanajaya", "I. Agus Salim, selaku Kepala Dinas, kami yang bertanda tangan di bawah ini:", "Wanajaya"),
            ("Wanajaya", "PIHAK PERTAMA dan PIHAK KEDUA yang bertanda tangan di bawah ini:", "Wanajaya"),
            ("Wanajaya", "Berdasarkan Peraturan Bupati Wanajaya Nomor 3 Tahun 2020, yang bertanda tangan di bawah ini:",
             "Wanajaya"),
            ("Kantor Bupati", "Selanjutnya yang bertanda tangan di bawah ini:", None)]:
        assert schema_of([_PLACED.format(place=place, line=line)])["sign_place"] == found, line
    # the commit's own form goes on reading: a place whose name the line's end cut
    assert schema_of([_PLACED.format(place="Aula Dinas Kesehatan", line="Kabupaten Wanajaya kami yang bertanda tangan "
                                                                        "di bawah ini:")])["sign_place"] == "Wanajaya"


_BUDGET = ("NOTA KESEPAKATAN ANTARA PEMERINTAH KABUPATEN WANAJAYA DENGAN DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN "
           "WANAJAYA\nNOMOR : 12/KB/2023\nNOMOR : 170/45/DPRD/2023\nTENTANG KEBIJAKAN UMUM APBD TAHUN ANGGARAN 2024\n\n"
           "Yang bertanda tangan di bawah ini :\n1. Nama : BUDI HARTONO\n   Jabatan : Bupati Wanajaya\n   bertindak "
           "selaku dan atas nama Pemerintah Kabupaten Wanajaya\n2. Nama : SITI AMINAH\n   Jabatan : Ketua DPRD Kabupaten "
           "Wanajaya\n   bertindak selaku dan atas nama Dewan Perwakilan Rakyat Daerah Kabupaten Wanajaya\n{after}\n\n"
           "Ditetapkan di Wanajaya\npada tanggal 3 Agustus 2023\n")


def test_a_numbered_forms_last_body_ends_before_the_sentence_on_the_next_line():
    for after in ("Dengan ini menyatakan bahwa para pihak sepakat terhadap Kebijakan Umum APBD.", "Para pihak sepakat"):
        parties = schema_of([_BUDGET.format(after=after)])["parties"]
        assert [p["institution"] for p in parties] == ["Pemerintah Kabupaten Wanajaya",
                                                       "Dewan Perwakilan Rakyat Daerah Kabupaten Wanajaya"], after


def test_an_addendum_heading_citing_its_agreements_date_gives_no_signing_date():
    # "NOMOR : 12/PKS/2023" / "atas Perjanjian Kerja Sama tanggal 5 Mei 2021" / "TENTANG …": the cited agreement's date
    for cited in ("atas Perjanjian Kerja Sama tanggal 5 Mei 2021\nTENTANG", "perubahan atas PKS tanggal 5 Mei 2021\nTENTANG",
                  "Tindak lanjut MoU tanggal 5 Mei 2021 TENTANG"):
        text = (f"ADDENDUM PERJANJIAN KERJA SAMA\nNOMOR : 12/PKS/2023\n{cited} PELAYANAN KESEHATAN\n\nPara pihak sepakat "
                f"mengubah Pasal 3.\n")
        assert schema_of([text])["sign_date"] is None, cited
    # a heading's own date wrapped inside its value still dates it
    text = ("KESEPAKATAN BERSAMA\nNOMOR : 12/KB/2023\nNOMOR : 77/UM/2023\nTANGGAL : 5 Mei\n2023\nTENTANG PELAYANAN "
            "KESEHATAN\n\nPara pihak sepakat.\n")
    assert schema_of([text])["sign_date"] == "2023-05-05"
